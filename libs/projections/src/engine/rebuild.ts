/**
 * A rebuild: replays the log into a fresh generation of each named projection's tables (or
 * resumes the one a killed run left half-built), then swaps them in atomically.
 *
 * Pages are small and transactions big: each page is projected into the row caches, and every
 * `rebuildBatchSize` events the changed rows and the progress are committed. The next page is
 * read while the current one is projected, and a commit is written while the next page is
 * projected (on PostgreSQL both overlap; SQLite writes in this thread). One commit is in flight
 * at most, and each checks that the one before it landed.
 */
import type { StoredEvent } from '@gongron/event-store';
import { type Projection, ProjectionError } from '../projection.js';
import { readMeta } from '../write-plan.js';
import type { EngineContext } from './context.js';
import type { Generations } from './generations.js';
import { type RebuildTarget, applyBatch, discardUncommitted, projectPage, takeCommit, targetOf, writeCommit } from './rebuild-commits.js';
import type { RebuildOptions, RebuildProgress, RebuildResult } from './types.js';

/** Where a rebuild's replay stands: read, projected, committed, and what it knows of the log's head. */
export class RebuildRun {
  /** Lowest committed position among the targets, as of the last settled commit. */
  private position: number;
  private head: number;
  /** Last position read from the log. */
  private read: number;
  /** Events projected since the last commit was issued. */
  private uncommitted = 0;
  private inFlight: Promise<void> = Promise.resolve();
  private nextPage: Promise<readonly StoredEvent[]> = Promise.resolve([]);

  constructor(
    private readonly ctx: EngineContext,
    private readonly targets: readonly RebuildTarget[],
    private readonly options: RebuildOptions,
    private readonly stopping: () => boolean,
    readonly startFrom: number,
    head: number,
  ) {
    this.position = startFrom;
    this.read = startFrom;
    this.head = head;
  }

  /** How far this run got, as `onProgress` reports it. */
  progress(): RebuildProgress {
    return progressOf(this.targets, this.startFrom, this.position, this.head);
  }

  /** Replays the log up to its head into the targets, committing as it goes. */
  async replay(): Promise<void> {
    this.report();
    this.nextPage = this.readPage(this.read);
    try {
      for (;;) {
        if (this.options.signal?.aborted || this.stopping()) {
          await this.settle();
          throw new ProjectionError('PROJECTION.REBUILD_ABORTED', 'Rebuild stopped; run it again to resume', { position: this.position });
        }
        const events = await this.nextPage;
        if (events.length === 0) {
          if (await this.atHead()) return;
          continue;
        }
        const last = events[events.length - 1]!.position;
        this.nextPage = this.readPage(last);
        await projectPage(this.ctx, this.targets, events);
        // On SQLite every step runs in this thread: let the server answer its requests (the
        // rebuild's own progress stream among them) between pages, not only when it is over.
        await new Promise<void>((resolve) => setImmediate(resolve));
        this.read = last;
        this.uncommitted += events.length;
        if (this.uncommitted >= this.ctx.settings.rebuildBatchSize) await this.commit();
      }
    } catch (error) {
      await this.nextPage.catch(() => undefined);
      await this.inFlight.catch(() => undefined);
      discardUncommitted(this.targets);
      throw error;
    }
  }

  private readPage(after: number): Promise<readonly StoredEvent[]> {
    return this.ctx.store.readAll({ after, maxCount: this.ctx.settings.rebuildPageSize });
  }

  /** After an empty page: commits the rest; true when the log has no more, else reads on. */
  private async atHead(): Promise<boolean> {
    if (this.uncommitted > 0) await this.commit();
    await this.settle();
    const latest = await this.ctx.store.headPosition();
    if (latest <= this.position) return true;
    this.head = latest;
    this.nextPage = this.readPage(this.read);
    return false;
  }

  /** Waits for the commit in flight; the committed position (and the head, if behind it) follow. */
  private async settle(): Promise<void> {
    await this.inFlight;
    this.position = Math.min(...this.targets.map((t) => t.position));
    if (this.position > this.head) this.head = this.position;
  }

  private async commit(): Promise<void> {
    const batch = takeCommit(this.ctx, this.targets);
    await this.settle();
    if (batch) {
      this.inFlight = writeCommit(this.ctx, batch);
      this.inFlight.catch(() => undefined); // surfaced by the next settle()
    }
    this.uncommitted = 0;
    // Rows may leave the caches only once everything they hold is written.
    if (this.targets.some((t) => t.cache.needsTrim)) {
      await this.settle();
      for (const target of this.targets) target.cache.trim();
    }
    if (this.options.afterBatch) {
      await this.settle();
      await this.options.afterBatch(this.position);
    }
    this.report();
  }

  private report(): void {
    this.options.onProgress?.(this.progress());
  }
}

/** A run's progress from its targets, where it started, the committed position and the head it knows. */
export function progressOf(targets: readonly RebuildTarget[], startFrom: number, position: number, head: number): RebuildProgress {
  return {
    projections: targets.map((t) => t.state.projection.name),
    processed: position - startFrom,
    total: Math.max(head - startFrom, position - startFrom),
    position,
    headPosition: head,
    resumed: targets.some((t) => t.resumed),
  };
}

/**
 * Replays the log into a fresh generation of each projection's tables, then swaps them in
 * atomically. Resumes a generation a killed run left half-built.
 */
export async function rebuildProjections(
  ctx: EngineContext,
  generations: Generations,
  projections: readonly Projection[],
  options: RebuildOptions,
  stopping: () => boolean,
): Promise<RebuildResult> {
  const started = performance.now();
  const targets = (await generations.claim(projections)).map((claimed) => targetOf(claimed, ctx.settings.rebuildCachedRows));
  const startFrom = Math.min(...targets.map((t) => t.position));
  const head = await ctx.store.headPosition();
  await new RebuildRun(ctx, targets, options, stopping, startFrom, head).replay();
  await swapIn(ctx, generations, targets);
  const durationMs = performance.now() - started;
  const events = Math.max(...targets.map((t) => t.position)) - startFrom;
  return {
    projections: targets.map((t) => ({
      name: t.state.projection.name,
      generation: t.generation,
      position: t.position,
      resumed: t.resumed,
    })),
    events,
    durationMs,
    eventsPerSecond: durationMs > 0 ? (events * 1000) / durationMs : 0,
  };
}

/**
 * Catches the targets up with the log, then swaps them in once they have reached the live
 * checkpoints (so readers never go back in time); the live runner then continues from the
 * rebuilt rows, and the old tables go.
 */
async function swapIn(ctx: EngineContext, generations: Generations, targets: readonly RebuildTarget[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    for (;;) {
      const from = Math.min(...targets.map((t) => t.position));
      const events = await ctx.store.readAll({ after: from, maxCount: ctx.settings.rebuildBatchSize });
      if (events.length === 0) break;
      await applyBatch(ctx, targets, events);
    }
    const meta = await readMeta(ctx.db);
    if (await generations.swap(targets)) {
      for (const target of targets) {
        // The rebuilt rows are in memory already: the live runner continues from them, within its own limit.
        target.cache.limit(ctx.settings.maxCachedRows);
        target.state.cache = target.cache;
        target.state.generation = target.generation;
        target.state.position = target.position;
        const previous = meta.checkpoints.get(target.state.projection.name);
        if (previous && previous.generation !== target.generation)
          await generations.dropReplaced(target.state.projection, previous.generation);
      }
      return;
    }
    const superseded = targets.find((t) => meta.rebuilds.get(t.state.projection.name)?.generation !== t.generation);
    if (superseded)
      throw new ProjectionError('PROJECTION.REBUILD_SUPERSEDED', `Another rebuild took over ${superseded.state.projection.name}`);
    if (attempt >= 50) throw new ProjectionError('PROJECTION.CONTENDED', 'The live projections kept running ahead of the rebuild');
  }
}
