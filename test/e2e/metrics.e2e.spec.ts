/**
 * `/metrics` as Prometheus reads it: parsed by a Prometheus text-format parser, with Node's and
 * the process's default families, the request-duration histogram by route template and status,
 * and counters for what only grows.
 */
import { readFileSync } from 'node:fs';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { Registry } from 'prom-client';
import { relayMetrics } from '@gongron/messaging';
import { eventually, startTestApi, type TestApi } from './api-support.js';

interface Family {
  name: string;
  type: 'COUNTER' | 'GAUGE' | 'HISTOGRAM' | 'SUMMARY' | 'UNTYPED';
  metrics: { labels?: Record<string, string>; value?: string; buckets?: Record<string, string>; count?: string; sum?: string }[];
}

describe('/metrics', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  let lastText = '';
  async function scrape(): Promise<Map<string, Family>> {
    const answer = await fetch(`${api.url}/metrics`);
    expect(answer.headers.get('content-type')).toContain('text/plain');
    lastText = await answer.text();
    const families = parsePrometheusTextFormat(lastText) as Family[];
    return new Map(families.map((family) => [family.name, family]));
  }

  /**
   * The label sets of a histogram's series. The parser keeps a histogram's buckets but drops its
   * labels, so they are read from its `_count` samples.
   */
  function histogramSeries(name: string): { labels: Record<string, string>; count: number }[] {
    return lastText
      .split('\n')
      .filter((line) => line.startsWith(`${name}_count{`))
      .map((line) => {
        const [, labelText, count] = /^[^{]+\{(.*)\} (\S+)$/.exec(line)!;
        const labels = Object.fromEntries([...labelText!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
        return { labels, count: Number(count) };
      });
  }

  it('has the process and Node default metrics', async () => {
    const families = await scrape();
    expect(families.get('process_cpu_user_seconds_total')?.type).toBe('COUNTER');
    expect(families.get('process_resident_memory_bytes')?.type).toBe('GAUGE');
    expect(families.get('nodejs_eventloop_lag_seconds')?.type).toBe('GAUGE');
    expect(families.get('nodejs_heap_size_used_bytes')?.type).toBe('GAUGE');
    expect(families.get('nodejs_gc_duration_seconds')?.type).toBe('HISTOGRAM');
  });

  it('times every request in a histogram by route template and status, never by raw URL', async () => {
    await api.call('GET', '/agenda-items/no-such-item', { token: api.adminToken });
    await api.call('GET', '/public/dashboard');
    await api.call('GET', '/nowhere/at/all');
    const families = await eventually(async () => {
      const scraped = await scrape();
      if (!histogramSeries('gongron_http_request_duration_seconds').some((s) => s.labels.route === '/public/dashboard'))
        throw new Error('not yet recorded');
      return scraped;
    });
    const histogram = families.get('gongron_http_request_duration_seconds')!;
    expect(histogram.type).toBe('HISTOGRAM');
    expect(Object.keys(histogram.metrics[0]!.buckets ?? {})).toEqual(expect.arrayContaining(['0.005', '0.1', '1', '10', '+Inf']));
    const series = histogramSeries('gongron_http_request_duration_seconds');
    const names = series.map((s) => `${s.labels.method} ${s.labels.route} ${s.labels.status}`);
    expect(names).toContain('GET /agenda-items/:id 404');
    expect(names).toContain('GET /public/dashboard 200');
    expect(names).toContain('GET unmatched 404');
    expect(names.some((s) => s.includes('no-such-item'))).toBe(false);
    expect(series.find((s) => s.labels.route === '/public/dashboard')!.count).toBeGreaterThanOrEqual(1);
  });

  it('exposes what only grows as counters: events applied by each projection', async () => {
    const families = await scrape();
    const applied = families.get('gongron_projection_events_applied_total');
    expect(applied?.type).toBe('COUNTER');
    expect(applied!.metrics.map((m) => m.labels?.projection)).toContain('agenda-board');
    expect(families.get('gongron_projection_lag_events')?.type).toBe('GAUGE');
  });

  it('serves every metric the Grafana dashboard in docker/grafana queries', async () => {
    const dashboard = JSON.parse(readFileSync('docker/grafana/gongron-dashboard.json', 'utf8')) as {
      panels: { targets: { expr: string }[] }[];
    };
    const queried = new Set(
      dashboard.panels.flatMap((panel) =>
        panel.targets.flatMap((target) => [...target.expr.matchAll(/\b((?:gongron|process|nodejs)_[a-z0-9_]+)\{/g)].map((m) => m[1]!)),
      ),
    );
    expect(queried.size).toBeGreaterThan(8);
    const families = await scrape();
    // This API runs no Kafka relay; the relay's metrics are the ones it registers when it does.
    const relayRegistry = new Registry();
    relayMetrics(relayRegistry);
    const relayNames = (await relayRegistry.getMetricsAsJSON()).map((metric) => metric.name);
    const served = (name: string) => {
      const family = name.replace(/_(bucket|count|sum)$/, '');
      return families.has(name) || families.has(family) || relayNames.includes(name);
    };
    expect([...queried].filter((name) => !served(name))).toEqual([]);
  });
});
