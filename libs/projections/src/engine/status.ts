/**
 * What the engine says about its projections: each one's checkpoint, lag and rebuild in
 * progress, and which of them the live runner of this process follows but is stuck on.
 */
import type { Projection } from '../projection.js';
import type { CheckpointRow, RebuildRow } from '../sql.js';
import { readMeta } from '../write-plan.js';
import type { EngineContext } from './context.js';
import { DEFAULT_STALL_LIMITS, type ProjectionStatus, type StallLimits, type StalledReader } from './types.js';

/** One projection's status from its stored rows and the log's head. */
export function statusOf(
  projection: Projection,
  eventsApplied: number,
  checkpoint: CheckpointRow | undefined,
  rebuild: RebuildRow | undefined,
  head: number,
): ProjectionStatus {
  const position = checkpoint?.position ?? 0;
  return {
    name: projection.name,
    description: projection.description,
    version: projection.version,
    builtVersion: checkpoint?.version,
    generation: checkpoint?.generation,
    position,
    headPosition: head,
    lag: Math.max(0, head - position),
    eventsApplied,
    updatedAt: checkpoint?.updated_at,
    state: !checkpoint ? 'not-built' : checkpoint.version === projection.version ? 'current' : 'outdated',
    rebuild: rebuild
      ? { generation: rebuild.generation, position: rebuild.position, version: rebuild.version, startedAt: rebuild.started_at }
      : undefined,
    tables: projection.tables.map((t) => t.name),
  };
}

/** Every projection's status, in the order the engine was given them. */
export async function readStatuses(ctx: EngineContext): Promise<ProjectionStatus[]> {
  const [{ checkpoints, rebuilds }, head] = await Promise.all([readMeta(ctx.db), ctx.store.headPosition()]);
  return [...ctx.states.values()].map(({ projection, eventsApplied }) =>
    statusOf(projection, eventsApplied, checkpoints.get(projection.name), rebuilds.get(projection.name), head),
  );
}

/** How the live runner has fared: batches failed in a row, the last failure, when each projection last moved. */
export interface RunnerHealth {
  readonly failures: number;
  readonly lastError?: string;
  /** ms since the epoch when the projection last took in a batch or was at the log's head. */
  movedAt(name: string): number;
}

/**
 * The current projections behind the log and stuck at `now`: not moved for `limits.afterMs`,
 * or behind while the runner's batches failed `limits.afterFailures` times in a row (a batch
 * applies every projection in one transaction, so each one behind is held back).
 */
export function stalledReaders(
  statuses: readonly ProjectionStatus[],
  health: RunnerHealth,
  now: number,
  limits: StallLimits = DEFAULT_STALL_LIMITS,
): StalledReader[] {
  const failing = health.failures >= limits.afterFailures;
  return statuses.flatMap((status) => {
    const stalledForMs = now - health.movedAt(status.name);
    if (status.state !== 'current' || status.lag === 0 || (!failing && stalledForMs < limits.afterMs)) return [];
    return [
      {
        name: status.name,
        lag: status.lag,
        stalledForMs,
        consecutiveFailures: health.failures,
        ...(health.lastError ? { lastError: health.lastError } : {}),
      },
    ];
  });
}
