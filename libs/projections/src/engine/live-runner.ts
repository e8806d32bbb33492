/**
 * The live runner: follows the log from the lowest checkpoint of the current projections and
 * applies each batch to all of them — rows and checkpoints in one transaction — woken by the
 * store's subscription, with polling as a fallback, and retrying a failed batch after a second.
 */
import type { StoredEvent, Subscription } from '@gongron/event-store';
import { ProjectionError } from '../projection.js';
import { CHECKPOINTS_TABLE, type Statement } from '../sql.js';
import { type MetaState, readMeta } from '../write-plan.js';
import type { EngineContext, ProjectionState } from './context.js';
import { changesOf, projectInto } from './projecting.js';
import type { RunnerHealth } from './status.js';
import type { ProjectionStatus } from './types.js';

/** What the runner asks of the rest of the engine. */
export interface LiveRunnerDeps {
  prepare(): Promise<void>;
  status(): Promise<ProjectionStatus[]>;
  /** Rebuilds outdated projections in the background while the runner follows the others. */
  rebuild(names: readonly string[]): Promise<unknown>;
}

/** A projection's part of a batch: where its checkpoint was and how many events it applied. */
interface BatchWork {
  readonly state: ProjectionState;
  readonly generation: number;
  readonly from: number;
  readonly applied: number;
}

interface Batch {
  readonly work: readonly BatchWork[];
  readonly statements: readonly Statement[];
}

export class LiveRunner {
  private running = false;
  private stopping = false;
  /** Batches that failed in a row, and the last failure. */
  private failures = 0;
  private lastError: string | undefined;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private endGathering?: () => void;
  private subscription?: Subscription;
  private upgrades?: Promise<void>;

  constructor(
    private readonly ctx: EngineContext,
    private readonly deps: LiveRunnerDeps,
  ) {}

  get isRunning(): boolean {
    return this.running;
  }

  /** True from `stop()` until the runner has stopped: a rebuild it started stops between batches. */
  get isStopping(): boolean {
    return this.stopping;
  }

  get health(): RunnerHealth {
    const { failures, lastError, ctx } = this;
    return { failures, lastError, movedAt: (name) => ctx.stateOf(name).movedAt };
  }

  /**
   * Applies every event of the log after position `after` up to the batch's last one (as
   * `readAll({ after })` gave them) to every current projection: rows and checkpoints in one
   * transaction, redone when another process moved a checkpoint meanwhile. Positions may have
   * holes — an append rolled back after drawing its positions leaves one on PostgreSQL, never
   * filled — so the batch covers a projection whose checkpoint is at `after` or beyond, not only
   * one whose checkpoint is just below the first event.
   */
  async applyEvents(events: readonly StoredEvent[], after: number): Promise<void> {
    if (events.length === 0) return;
    await this.deps.prepare();
    const last = events[events.length - 1]!.position;
    for (let attempt = 0; ; attempt++) {
      const meta = await readMeta(this.ctx.db);
      let batch: Batch;
      try {
        batch = await this.projectBatch(meta, events, after, last);
        if (batch.work.length === 0 || (await this.writeBatch(batch, last))) return;
      } catch (error) {
        // Every cache, not only those of the batch's finished projections: a projection that
        // failed halfway (a lost connection while loading a row) holds increments of this batch
        // in its cache already, and its checkpoint did not move to say so.
        for (const state of this.ctx.states.values()) forget(state);
        throw error;
      }
      for (const { state } of batch.work) forget(state);
      if (attempt >= 5)
        throw new ProjectionError(
          'PROJECTION.CONTENDED',
          'Checkpoints kept moving under this batch; another process applies the same projections',
        );
    }
  }

  /** Projects the batch into the caches of the projections it covers, with the statements that write it. */
  private async projectBatch(meta: MetaState, events: readonly StoredEvent[], after: number, last: number): Promise<Batch> {
    const work: BatchWork[] = [];
    const statements: Statement[] = [];
    for (const state of this.ctx.states.values()) {
      const checkpoint = meta.checkpoints.get(state.projection.name);
      if (!checkpoint || checkpoint.version !== state.projection.version) continue;
      if (checkpoint.position >= last) continue;
      // Events this batch does not cover (a checkpoint moved back): the next read starts
      // from the lowest checkpoint and brings them.
      if (checkpoint.position < after) continue;
      if (checkpoint.generation !== state.generation || checkpoint.position !== state.position) state.cache.reset(false);
      const { projection, handles, cache } = state;
      const applied = await projectInto(this.ctx, projection, handles, cache, events, checkpoint.position, checkpoint.generation);
      statements.push(
        ...changesOf(this.ctx, cache, checkpoint.generation),
        this.ctx.db
          .updateTable(CHECKPOINTS_TABLE)
          .set({ position: last, updated_at: this.ctx.now() })
          .where('name', '=', projection.name)
          .compile(),
      );
      work.push({ state, generation: checkpoint.generation, from: checkpoint.position, applied });
    }
    return { work, statements };
  }

  /** Writes a batch if every checkpoint it was built on is still there; true when written. */
  private async writeBatch({ work, statements }: Batch, last: number): Promise<boolean> {
    const written = await this.ctx.plans.execute({
      statements,
      verify: (m) =>
        work.every(({ state, generation, from }) => {
          const now = m.checkpoints.get(state.projection.name);
          return now !== undefined && now.generation === generation && now.position === from;
        }),
    });
    if (!written) return false;
    for (const { state, generation, applied } of work) {
      state.generation = generation;
      state.position = last;
      state.eventsApplied += applied;
      state.movedAt = Date.now();
      state.cache.trim();
    }
    return true;
  }

  /** The lowest checkpoint among current projections (where the next read starts). */
  private async lowestPosition(): Promise<number | undefined> {
    const { checkpoints } = await readMeta(this.ctx.db);
    let lowest: number | undefined;
    for (const state of this.ctx.states.values()) {
      const checkpoint = checkpoints.get(state.projection.name);
      if (!checkpoint || checkpoint.version !== state.projection.version) continue;
      lowest = lowest === undefined ? checkpoint.position : Math.min(lowest, checkpoint.position);
    }
    return lowest;
  }

  /** Applies every event up to the log's head, then returns the number of events read. */
  async catchUp(): Promise<number> {
    await this.deps.prepare();
    const { batchSize } = this.ctx.settings;
    let read = 0;
    for (;;) {
      const from = await this.lowestPosition();
      if (from === undefined) return read;
      const events = await this.ctx.store.readAll({ after: from, maxCount: batchSize });
      if (events.length === 0) return read;
      await this.applyEvents(events, from);
      read += events.length;
      // A long backlog is applied batch by batch; other work of the process runs in between.
      if (events.length >= batchSize) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /**
   * Starts the live runner: projections built with an older version are rebuilt in the
   * background (their old tables keep serving meanwhile), the others follow the log.
   */
  async start(): Promise<void> {
    if (this.running) return;
    await this.deps.prepare();
    this.running = true;
    this.stopping = false;
    this.failures = 0;
    this.lastError = undefined;
    for (const state of this.ctx.states.values()) state.movedAt = Date.now();
    const outdated = (await this.deps.status()).filter((s) => s.state === 'outdated').map((s) => s.name);
    if (outdated.length > 0) {
      this.upgrades = this.deps.rebuild(outdated).then(
        () => this.wake(),
        (error: unknown) => {
          if (!this.stopping) this.ctx.options.onError?.(error);
        },
      );
    }
    const head = await this.ctx.store.headPosition();
    this.subscription = this.ctx.store.subscribeToAll(head, () => this.wake(), {
      onError: (error) => this.ctx.options.onError?.(error),
    });
    this.loop = this.runLoop();
  }

  private wake(): void {
    this.wakeUp?.();
  }

  /** Waits `ms`; a wake-up (new events, stop) ends the wait early. */
  private async pause(ms: number): Promise<void> {
    const wait = delay(ms);
    this.wakeUp = wait.end;
    await wait.done;
    if (this.wakeUp === wait.end) this.wakeUp = undefined;
  }

  /** Like pause, but a wake-up does not end it (only stop does): events gather meanwhile. */
  private async gather(ms: number): Promise<void> {
    const wait = delay(ms);
    this.endGathering = wait.end;
    await wait.done;
    if (this.endGathering === wait.end) this.endGathering = undefined;
  }

  private async runLoop(): Promise<void> {
    while (!this.stopping) {
      try {
        const read = await this.catchUp();
        // catchUp returns at the log's head: every current projection is there now.
        const now = Date.now();
        for (const state of this.ctx.states.values()) state.movedAt = now;
        this.failures = 0;
        this.lastError = undefined;
        if (this.stopping) break;
        if (read === 0) await this.pause(this.ctx.settings.pollIntervalMs);
        else await this.gather(this.ctx.settings.liveBatchDelayMs);
      } catch (error) {
        if (this.stopping) break;
        this.failures += 1;
        this.lastError = error instanceof Error ? error.message : String(error);
        this.ctx.options.onError?.(error);
        await this.pause(1_000);
      }
    }
  }

  /** Stops after the batch in progress; resolves when stopped. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.stopping = true;
    this.wake();
    this.endGathering?.();
    await this.subscription?.stop().catch(() => undefined);
    await this.loop;
    await this.upgrades;
    this.running = false;
  }
}

/** Forgets what this process knew of a projection: the next batch reloads from its tables. */
function forget(state: ProjectionState): void {
  state.cache.reset(false);
  state.position = -1;
  state.generation = -1;
}

/** A wait of `ms` that `end()` cuts short. */
export function delay(ms: number): { readonly done: Promise<void>; readonly end: () => void } {
  let end!: () => void;
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    end = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return { done, end };
}
