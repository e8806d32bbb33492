/**
 * The projection engine: runs projections live from the log (the runner), rebuilds them
 * into fresh tables and swaps them in, and reports checkpoints and lag. This class is the one
 * door callers use; the jobs live in `engine/`: generations of tables (`generations.ts`), the
 * live runner (`live-runner.ts`), rebuild (`rebuild.ts`, `rebuild-commits.ts`) and status
 * (`status.ts`).
 *
 * Guarantees
 * - A batch of events, the rows it produces and the checkpoint that says so are written in one
 *   transaction: after a crash the projection resumes exactly after the last committed batch.
 * - Readers use views (`rm_agenda_board`) over the current generation's tables
 *   (`rm_agenda_board__g3`). A rebuild writes generation N+1 while N keeps serving, then one
 *   transaction catches up the last events, repoints the views and moves the checkpoint.
 * - A rebuild killed half-way leaves its generation and its own progress row (same transaction
 *   as its rows); a re-run resumes from there, so it ends identical to a rebuild from scratch.
 *   A half-built generation of an older projection version is dropped and started over.
 */
import type { StoredEvent } from '@gongron/event-store';
import type { Projection } from './projection.js';
import { EngineContext } from './engine/context.js';
import { Generations } from './engine/generations.js';
import { LiveRunner } from './engine/live-runner.js';
import { rebuildProjections } from './engine/rebuild.js';
import { readStatuses, stalledReaders } from './engine/status.js';
import {
  DEFAULT_STALL_LIMITS,
  type ProjectionEngineOptions,
  type ProjectionStatus,
  type RebuildOptions,
  type RebuildResult,
  type StallLimits,
  type StalledReader,
} from './engine/types.js';

export * from './engine/types.js';

export class ProjectionEngine {
  private readonly ctx: EngineContext;
  private readonly generations: Generations;
  private readonly runner: LiveRunner;

  constructor(options: ProjectionEngineOptions) {
    this.ctx = new EngineContext(options);
    this.generations = new Generations(this.ctx);
    this.runner = new LiveRunner(this.ctx, {
      prepare: () => this.prepare(),
      status: () => this.status(),
      rebuild: (names) => this.rebuild(names),
    });
  }

  get projections(): readonly Projection[] {
    return this.ctx.options.projections;
  }

  /** Names → projections; `all` means every one. Unknown names are refused by name. */
  resolve(names: readonly string[] | 'all'): Projection[] {
    return this.ctx.resolve(names);
  }

  /**
   * Creates the meta tables and, for a projection never built, generation 1 (empty, at
   * position 0) with its views; drops generations left behind by an interrupted swap.
   */
  prepare(): Promise<void> {
    return this.generations.prepare();
  }

  async status(): Promise<ProjectionStatus[]> {
    await this.prepare();
    return readStatuses(this.ctx);
  }

  /**
   * The projections the live runner of this process follows that are behind the log and stuck:
   * no batch taken in and not at its head for `limits.afterMs`, or behind while its batches failed `limits.afterFailures`
   * times in a row (a batch applies every projection in one transaction, so each one behind is
   * held back). Empty when the live runner is not running here.
   */
  async stalled(limits: StallLimits = DEFAULT_STALL_LIMITS): Promise<StalledReader[]> {
    if (!this.runner.isRunning) return [];
    const now = Date.now();
    const statuses = await this.status();
    return stalledReaders(statuses, this.runner.health, now, limits);
  }

  /**
   * Applies every event of the log after position `after` up to the batch's last one to every
   * current projection: rows and checkpoints in one transaction (see `LiveRunner.applyEvents`).
   */
  applyEvents(events: readonly StoredEvent[], after: number = events.length > 0 ? events[0]!.position - 1 : 0): Promise<void> {
    return this.runner.applyEvents(events, after);
  }

  /** Applies every event up to the log's head, then returns the number of events read. */
  catchUp(): Promise<number> {
    return this.runner.catchUp();
  }

  /**
   * Starts the live runner: projections built with an older version are rebuilt in the
   * background (their old tables keep serving meanwhile), the others follow the log.
   */
  start(): Promise<void> {
    return this.runner.start();
  }

  /** Stops after the batch in progress; resolves when stopped. */
  stop(): Promise<void> {
    return this.runner.stop();
  }

  /**
   * Replays the log into a fresh generation of each named projection's tables, then swaps
   * them in atomically. Resumes a generation a killed run left half-built.
   */
  async rebuild(names: readonly string[] | 'all', options: RebuildOptions = {}): Promise<RebuildResult> {
    const projections = this.resolve(names);
    await this.prepare();
    return rebuildProjections(this.ctx, this.generations, projections, options, () => this.runner.isStopping);
  }

  /** Table names of the generation readers currently see (for tests and diagnostics). */
  currentTables(name: string): Promise<string[]> {
    return this.generations.currentTables(name);
  }
}
