/**
 * Prometheus gauges (and the applied-events counter) for the projections, read at scrape time from the checkpoints (so they
 * show the truth even when another process — the worker, a CLI rebuild — moves them).
 */
import { Counter, Gauge, type Registry, register as defaultRegistry } from 'prom-client';
import type { ProjectionStatus } from './engine.js';

export const PROJECTION_METRIC_NAMES = [
  'gongron_projection_checkpoint_position',
  'gongron_projection_lag_events',
  'gongron_projection_events_applied_total',
  'gongron_projection_rebuild_position',
] as const;

/** Registers (or re-registers) the projection gauges; `source` is usually `engine.status()`. */
export function registerProjectionMetrics(source: () => Promise<readonly ProjectionStatus[]>, registry: Registry = defaultRegistry): void {
  for (const name of PROJECTION_METRIC_NAMES) registry.removeSingleMetric(name);
  let pending: Promise<readonly ProjectionStatus[]> | undefined;
  // One status read serves all four gauges of a scrape.
  const statuses = () => {
    pending ??= source().finally(() => setImmediate(() => (pending = undefined)));
    return pending;
  };
  const gauge = (name: string, help: string, value: (s: ProjectionStatus) => number | undefined) =>
    new Gauge({
      name,
      help,
      labelNames: ['projection'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const status of await statuses()) {
          const v = value(status);
          if (v !== undefined) this.set({ projection: status.name }, v);
        }
      },
    });
  gauge('gongron_projection_checkpoint_position', 'Last global log position applied by the projection', (s) => s.position);
  gauge('gongron_projection_lag_events', 'Events in the log the projection has not applied yet (head − checkpoint)', (s) => s.lag);
  // Only grows while the process runs, so a counter: rate() over it is the projection's throughput.
  new Counter({
    name: 'gongron_projection_events_applied_total',
    help: 'Events applied by this process since it started',
    labelNames: ['projection'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const status of await statuses()) this.inc({ projection: status.name }, status.eventsApplied);
    },
  });
  gauge('gongron_projection_rebuild_position', 'Position reached by a rebuild in progress', (s) => s.rebuild?.position);
}
