import {
  evaluateAim,
  inferHigherIsBetter,
  normaliseResult,
  renderMarkdown,
  replaceBetweenMarkers,
  ResultShapeError,
  RESULTS_END,
  RESULTS_START,
  summariseBench,
  summariseRatio,
  type RunReport,
} from './aggregate.js';
import type { BenchResult } from './results.js';

function run(cases: [string, number, string?][]): BenchResult {
  return {
    name: 'store',
    startedAt: '2026-01-01T00:00:00.000Z',
    cases: cases.map(([id, value, unit = 'events/s']) => ({ id, label: id, unit, value, higherIsBetter: inferHigherIsBetter(unit) })),
  };
}

describe('normaliseResult', () => {
  it('keeps the common shape as written', () => {
    const raw = {
      name: 'emmett',
      startedAt: '2026-01-01T00:00:00.000Z',
      cases: [{ id: 'a', label: 'A', unit: 'events/s', value: 10, higherIsBetter: true }],
    };
    expect(normaliseResult(raw, 'emmett')).toEqual(raw);
  });

  it('reads near variants: results instead of cases, name instead of id, opsPerSec and ms values', () => {
    const result = normaliseResult(
      {
        results: [
          { name: 'append', opsPerSec: 500 },
          { name: 'rebuild', ms: 1200 },
        ],
      },
      'projections',
    );
    expect(result.name).toBe('projections');
    expect(result.cases).toEqual([
      { id: 'append', label: 'append', unit: 'ops/s', value: 500, higherIsBetter: true },
      { id: 'rebuild', label: 'rebuild', unit: 'ms', value: 1200, higherIsBetter: false },
    ]);
  });

  it('turns a nested result (rates and …Ms figures) into cases, leaving settings and aims out', () => {
    const kafka = {
      name: 'kafka',
      brokers: ['127.0.0.1:9092'],
      throughput: { events: 50000, seconds: 13.7, eventsPerSecond: 3644 },
      latency: { ratePerSecond: 500, commitToBrokerAckMs: { received: 5000, p50: 39.2, p99: 191 } },
      aims: { eventsPerSecond: 10000, p99Ms: 250 },
    };
    expect(normaliseResult(kafka, 'kafka').cases).toEqual([
      { id: 'throughput.eventsPerSecond', label: 'throughput · eventsPerSecond', unit: 'events/s', value: 3644, higherIsBetter: true },
      {
        id: 'latency.commitToBrokerAckMs.p50',
        label: 'latency · commitToBrokerAckMs · p50',
        unit: 'ms',
        value: 39.2,
        higherIsBetter: false,
      },
      {
        id: 'latency.commitToBrokerAckMs.p99',
        label: 'latency · commitToBrokerAckMs · p99',
        unit: 'ms',
        value: 191,
        higherIsBetter: false,
      },
    ]);
  });

  it('names the file and the case when a value is missing', () => {
    expect(() => normaliseResult({ cases: [{ id: 'x', value: 'fast' }] }, 'kafka')).toThrow(
      new ResultShapeError('kafka.latest.json', 'case "x" has no finite numeric "value"'),
    );
    expect(() => normaliseResult({ name: 'x', node: 'v20' }, 'kafka')).toThrow(
      /kafka\.latest\.json: has no "cases" array and no measured figures/,
    );
  });
});

describe('summariseBench', () => {
  it('gives median and min–max per case over the repeats', () => {
    const runs = [
      run([
        ['a', 10],
        ['b', 1, 'ms'],
      ]),
      run([
        ['a', 30],
        ['b', 3, 'ms'],
      ]),
      run([
        ['a', 20],
        ['b', 2, 'ms'],
      ]),
    ];
    const [a, b] = summariseBench('store', runs);
    expect(a).toMatchObject({ id: 'a', median: 20, min: 10, max: 30, runs: 3, higherIsBetter: true });
    expect(b).toMatchObject({ id: 'b', median: 2, min: 1, max: 3, higherIsBetter: false });
  });

  it('takes the mean of the middle two for an even number of runs', () => {
    const [a] = summariseBench('store', [run([['a', 1]]), run([['a', 2]]), run([['a', 10]]), run([['a', 20]])]);
    expect(a!.median).toBe(6);
  });
});

describe('summariseRatio', () => {
  const rule = { id: 'r', label: 'r', bench: 'store', numerator: 'g', denominator: 'raw', atLeast: 0.5 };

  it('computes the ratio inside each run, then the median of those ratios', () => {
    // Run-to-run noise hits both sides of one run alike; a ratio of medians would mix runs.
    const runs = [
      run([
        ['g', 40],
        ['raw', 100],
      ]),
      run([
        ['g', 90],
        ['raw', 100],
      ]),
      run([
        ['g', 30],
        ['raw', 50],
      ]),
    ];
    const r = summariseRatio(rule, runs)!;
    expect(r.median).toBeCloseTo(0.6);
    expect(r.min).toBeCloseTo(0.4);
    expect(r.max).toBeCloseTo(0.9);
    expect(r.met).toBe(true);
  });

  it('inverts ratios of times so that above 1 still means faster', () => {
    const r = summariseRatio({ ...rule, atLeast: undefined }, [
      run([
        ['g', 5, 'ms'],
        ['raw', 10, 'ms'],
      ]),
    ])!;
    expect(r.median).toBe(2);
  });

  it('reports a missed aim, and nothing when a side was not measured', () => {
    expect(
      summariseRatio(rule, [
        run([
          ['g', 10],
          ['raw', 100],
        ]),
      ])!.met,
    ).toBe(false);
    expect(summariseRatio(rule, [run([['g', 10]])])).toBeUndefined();
  });
});

describe('evaluateAim', () => {
  const summaries = summariseBench('http', [run([['p99', 30, 'ms']]), run([['p99', 20, 'ms']]), run([['p99', 22, 'ms']])]);

  it('judges the median against the aim', () => {
    expect(evaluateAim({ id: 'p', label: 'p99', bench: 'http', caseId: 'p99', atMost: 25, unit: 'ms' }, summaries)).toMatchObject({
      measured: 22,
      met: true,
    });
    expect(evaluateAim({ id: 'p', label: 'p99', bench: 'http', caseId: 'p99', atMost: 21, unit: 'ms' }, summaries).met).toBe(false);
  });

  it('says not measured rather than failed when the case is absent', () => {
    expect(evaluateAim({ id: 'p', label: 'p99', bench: 'http', caseId: 'other', atMost: 25, unit: 'ms' }, summaries)).toEqual({
      id: 'p',
      label: 'p99',
      target: '≤ 25 ms',
      unit: 'ms',
    });
  });
});

describe('BENCHMARKS.md section', () => {
  const report: RunReport = {
    date: '2026-01-01',
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:30:00.000Z',
    repeat: 5,
    scale: 1,
    machine: { cpuModel: 'Test CPU', cores: 2, memoryMb: 4096, freeMemoryMb: 2048, os: 'linux', node: 'v20.20.0' },
    versions: { node: 'v20.20.0', postgresql: '15.20' },
    benches: [{ name: 'store', runs: 5, failures: ['run 3 exited with code 1'] }],
    cases: summariseBench('store', [run([['a|b', 1234.5]])]),
    ratios: [{ id: 'r', label: 'Gongron / Emmett', runs: 5, median: 1.8, min: 1.6, max: 2, atLeast: 1.5, met: true }],
    aims: [{ id: 'b', label: 'Board', target: '≤ 20 ms', unit: 'ms' }],
    notes: ['kafka: skipped'],
  };

  it('shows machine, versions, ratios with their aims, cases, and failures', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('Test CPU, 2 cores, 4 GB memory');
    expect(md).toContain('postgresql 15.20');
    expect(md).toContain('| Gongron / Emmett | 1.8× | 1.6–2× | 5 | ≥ 1.5× (met) |');
    expect(md).toContain('| store | a\\|b | 1,235 | 1,235 | events/s | 1 |');
    expect(md).toContain('| Board | ≤ 20 ms | not measured | – |');
    expect(md).toContain('- store: run 3 exited with code 1');
  });

  it('rewrites only what is between the markers', () => {
    const doc = `# Benchmarks\n\nintro\n\n${RESULTS_START}\nold table\n${RESULTS_END}\n\nclosing note\n`;
    const next = replaceBetweenMarkers(doc, 'new table');
    expect(next).toBe(`# Benchmarks\n\nintro\n\n${RESULTS_START}\nnew table\n${RESULTS_END}\n\nclosing note\n`);
    expect(replaceBetweenMarkers('# B\n', 'x')).toBe(`# B\n\n## Results\n\n${RESULTS_START}\nx\n${RESULTS_END}\n`);
  });
});
