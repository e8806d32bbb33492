/**
 * The relay's Prometheus metrics. One set per registry, shared by every relay in the process
 * (labelled by relay name), because a registry refuses a metric name registered twice.
 */
import { Counter, Gauge, register as defaultRegistry, type Registry } from 'prom-client';

export interface RelayMetricSource {
  readonly name: string;
  /** Current values; the lag needs the log's head, so this may ask the store. */
  metricSnapshot(): Promise<{ checkpoint: number; head: number; lag: number; connected: boolean }>;
}

export interface RelayMetrics {
  readonly published: Counter<'relay' | 'topic'>;
  readonly failures: Counter<'relay'>;
  attach(relay: RelayMetricSource): void;
  detach(relay: RelayMetricSource): void;
}

const byRegistry = new WeakMap<Registry, RelayMetrics>();

type Snapshot = Awaited<ReturnType<RelayMetricSource['metricSnapshot']>>;

/**
 * One store read per relay and scrape, shared by the four gauges (a registry collects them
 * concurrently, so each awaits the same snapshot).
 */
function sharedSnapshots(relays: ReadonlySet<RelayMetricSource>): () => Promise<Map<string, Snapshot>> {
  let pending: { at: number; values: Promise<Map<string, Snapshot>> } | undefined;
  return () => {
    const now = Date.now();
    if (pending && now - pending.at < 250) return pending.values;
    const values = (async () => {
      const result = new Map<string, Snapshot>();
      for (const relay of relays) {
        try {
          result.set(relay.name, await relay.metricSnapshot());
        } catch {
          // A store that cannot answer leaves this relay out of the scrape rather than failing it.
        }
      }
      return result;
    })();
    pending = { at: now, values };
    return values;
  };
}

/** The four gauges read from the relays' snapshots at each scrape. */
function registerGauges(registers: Registry[], snapshots: () => Promise<Map<string, Snapshot>>): void {
  const gauge = (name: string, help: string, pick: (snapshot: Snapshot) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['relay'],
      registers,
      async collect() {
        const values = await snapshots();
        this.reset();
        for (const [relay, snapshot] of values) this.set({ relay }, pick(snapshot));
      },
    });
  gauge('gongron_kafka_relay_checkpoint', 'Global position of the last event the broker acknowledged', (s) => s.checkpoint);
  gauge('gongron_kafka_relay_head_position', 'Global position of the last committed event in the log', (s) => s.head);
  gauge('gongron_kafka_relay_lag', 'Committed events not yet acknowledged by the broker', (s) => s.lag);
  gauge('gongron_kafka_relay_connected', '1 while the relay holds a working connection to the broker', (s) => (s.connected ? 1 : 0));
}

export function relayMetrics(registry: Registry = defaultRegistry): RelayMetrics {
  const existing = byRegistry.get(registry);
  if (existing) return existing;
  const relays = new Set<RelayMetricSource>();
  const registers = [registry];
  registerGauges(registers, sharedSnapshots(relays));
  const metrics: RelayMetrics = {
    published: new Counter({
      name: 'gongron_kafka_relay_published_total',
      help: 'Events the broker acknowledged (at-least-once: a retried batch counts again)',
      labelNames: ['relay', 'topic'],
      registers,
    }),
    failures: new Counter({
      name: 'gongron_kafka_relay_failures_total',
      help: 'Failed attempts to read the log or publish a batch (each is retried)',
      labelNames: ['relay'],
      registers,
    }),
    attach: (relay) => relays.add(relay),
    detach: (relay) => relays.delete(relay),
  };
  byRegistry.set(registry, metrics);
  return metrics;
}
