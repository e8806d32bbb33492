/**
 * A rebuild's targets — one generation per projection — and how what they projected is
 * committed: each commit writes the rows changed since the one before with the rebuild row's new
 * position, and first checks that the one before it is the last one written.
 *
 * A target moves three marks forward: `projected` (in its row cache), `issued` (in a commit
 * written or being written) and `position` (committed). Always position ≤ issued ≤ projected.
 */
import type { StoredEvent } from '@gongron/event-store';
import { ProjectionError } from '../projection.js';
import { RowCache } from '../row-cache.js';
import { REBUILDS_TABLE, type Statement } from '../sql.js';
import type { EngineContext, ProjectionState } from './context.js';
import type { ClaimedGeneration } from './generations.js';
import { changesOf, projectInto } from './projecting.js';

export interface RebuildTarget {
  readonly state: ProjectionState;
  readonly generation: number;
  /** Last position committed to the generation. */
  position: number;
  /** Last position whose rows are in a commit written or being written. */
  issued: number;
  /** Last position projected into the cache (ahead of `position` until the next commit). */
  projected: number;
  readonly resumed: boolean;
  readonly cache: RowCache;
}

export interface RebuildCommit {
  readonly work: readonly { readonly target: RebuildTarget; readonly from: number; readonly to: number }[];
  readonly statements: readonly Statement[];
}

/** The target of a claimed generation; a fresh one's cache knows its tables are empty. */
export function targetOf(claimed: ClaimedGeneration, cachedRows: number): RebuildTarget {
  const { state, generation, position, resumed } = claimed;
  return {
    state,
    generation,
    position,
    issued: position,
    projected: position,
    resumed,
    cache: new RowCache(state.projection, !resumed, cachedRows),
  };
}

/** Projects a page of the log into the caches of the rebuild's targets (nothing written yet). */
export async function projectPage(ctx: EngineContext, targets: readonly RebuildTarget[], events: readonly StoredEvent[]): Promise<void> {
  const last = events[events.length - 1]!.position;
  for (const target of targets) {
    if (target.projected >= last) continue;
    const { projection, handles } = target.state;
    await projectInto(ctx, projection, handles, target.cache, events, target.projected, target.generation);
    target.projected = last;
  }
}

/**
 * Takes what the targets projected since the last commit was issued: the statements that write
 * it with their progress, each checking that the previous commit is the last one written.
 */
export function takeCommit(ctx: EngineContext, targets: readonly RebuildTarget[]): RebuildCommit | undefined {
  const work = targets
    .filter((target) => target.projected > target.issued)
    .map((target) => ({ target, from: target.issued, to: target.projected }));
  if (work.length === 0) return undefined;
  const statements: Statement[] = [];
  for (const { target, to } of work) {
    statements.push(
      ...changesOf(ctx, target.cache, target.generation),
      ctx.db
        .updateTable(REBUILDS_TABLE)
        .set({ position: to, updated_at: ctx.now() })
        .where('name', '=', target.state.projection.name)
        .compile(),
    );
    target.issued = to;
  }
  return { work, statements };
}

/** Writes a taken commit in one transaction; the targets' committed positions move when it lands. */
export async function writeCommit(ctx: EngineContext, { work, statements }: RebuildCommit): Promise<void> {
  const written = await ctx.plans.execute({
    statements,
    verify: (m) =>
      work.every(({ target, from }) => {
        const row = m.rebuilds.get(target.state.projection.name);
        return row !== undefined && row.generation === target.generation && row.position === from;
      }),
  });
  if (!written) {
    throw new ProjectionError(
      'PROJECTION.REBUILD_SUPERSEDED',
      `Another rebuild took over ${work.map((w) => w.target.state.projection.name).join(', ')}`,
    );
  }
  for (const { target, to } of work) target.position = to;
}

/** Forgets rows projected or issued but not written: the caches reload what the tables hold. */
export function discardUncommitted(targets: readonly RebuildTarget[]): void {
  for (const target of targets) {
    if (target.projected === target.position && target.issued === target.position) continue;
    target.cache.reset(false);
    target.projected = target.position;
    target.issued = target.position;
  }
}

/** Projects and writes one batch, waiting for the write (the swap's catch-up). */
export async function applyBatch(ctx: EngineContext, targets: readonly RebuildTarget[], events: readonly StoredEvent[]): Promise<void> {
  try {
    await projectPage(ctx, targets, events);
    const batch = takeCommit(ctx, targets);
    if (batch) await writeCommit(ctx, batch);
  } catch (error) {
    discardUncommitted(targets);
    throw error;
  }
  for (const target of targets) target.cache.trim();
}
