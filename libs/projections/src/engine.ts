/**
 * The projection engine: runs projections live from the log (the runner), rebuilds them
 * into fresh tables and swaps them in, and reports checkpoints and lag.
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
import type { EventStore, StoredEvent, Subscription } from '@gongron/event-store';
import { type Operation, type Projection, ProjectionError, type Row, physicalTableName } from './projection.js';
import { RowCache, type RowLoader } from './row-cache.js';
import {
  CHECKPOINTS_TABLE,
  REBUILDS_TABLE,
  type ReadModelDatabase,
  type Statement,
  changeStatements,
  createGenerationTables,
  createMetaTables,
  dropGenerationTables,
  loadRow,
  pointViews,
} from './sql.js';
import { type MetaState, type PlanExecutor, choosePlanExecutor, readMeta } from './write-plan.js';

const LIVE_CACHED_ROWS = 20_000;
const REBUILD_CACHED_ROWS = 250_000;

export interface ProjectionEngineOptions {
  readonly database: ReadModelDatabase;
  readonly store: EventStore;
  readonly projections: readonly Projection[];
  /** Events per read and per transaction of the live runner (default 5,000). */
  readonly batchSize?: number;
  /**
   * Events per transaction of a rebuild (default 20,000): bigger batches let the many changes
   * of one row in a batch become one write.
   */
  readonly rebuildBatchSize?: number;
  /**
   * Events per read of a rebuild (default 2,000, at most the batch size): a rebuild reads in
   * small pages and commits every `rebuildBatchSize` events, so events are dropped young.
   */
  readonly rebuildPageSize?: number;
  /**
   * Rows the live runner keeps in memory per projection between batches (default 20,000): the
   * rows recent events touched. More only costs memory; a miss reads the row from its table.
   */
  readonly maxCachedRows?: number;
  /**
   * Rows a rebuild keeps in memory per projection (default 250,000): while it fits, every row
   * of the fresh generation is known without a query.
   */
  readonly rebuildCachedRows?: number;
  /** How often the live runner looks for new events when no wake-up came (default 500 ms). */
  readonly pollIntervalMs?: number;
  /**
   * While events keep coming, how long the live runner lets them gather after applying some
   * (default 25 ms): one transaction then applies many instead of one each, and the process
   * serves other work (HTTP requests) in between. An event after a quiet spell is applied at once.
   */
  readonly liveBatchDelayMs?: number;
  /** Errors of the live runner (it retries after a second). */
  readonly onError?: (error: unknown) => void;
  readonly clock?: () => Date;
  /**
   * A better-sqlite3 handle to write through (default: the event store's own handle when it
   * opens the same file as the read models).
   */
  readonly sqliteHandle?: unknown;
}

export interface ProjectionStatus {
  readonly name: string;
  readonly description: string;
  /** The version of the code. */
  readonly version: number;
  /** The version the current tables were built with (undefined before the first build). */
  readonly builtVersion?: number;
  readonly generation?: number;
  /** Last global position applied (0 before any). */
  readonly position: number;
  readonly headPosition: number;
  /** Events in the log this projection has not applied yet. */
  readonly lag: number;
  /** Events applied by this process since it started. */
  readonly eventsApplied: number;
  readonly updatedAt?: string;
  readonly state: 'current' | 'outdated' | 'not-built';
  readonly rebuild?: { readonly generation: number; readonly position: number; readonly version: number; readonly startedAt: string };
  readonly tables: readonly string[];
}

/** A reader of the log (a projection, a process manager) that this process runs and that has stopped following it. */
export interface StalledReader {
  readonly name: string;
  /** Events in the log it has not taken in yet. */
  readonly lag: number;
  /** How long it has not moved while behind, ms. */
  readonly stalledForMs: number;
  /** Attempts that failed in a row. */
  readonly consecutiveFailures: number;
  readonly lastError?: string;
}

/** When a reader behind the log counts as stalled. */
export interface StallLimits {
  /** Not moving for this long while behind, ms. */
  readonly afterMs: number;
  /** Or this many attempts failed in a row while behind. */
  readonly afterFailures: number;
}

export const DEFAULT_STALL_LIMITS: StallLimits = { afterMs: 30_000, afterFailures: 3 };

export interface RebuildProgress {
  readonly projections: readonly string[];
  /** Events of the log replayed so far in this run (from where the run started). */
  readonly processed: number;
  /** Events to replay in this run, as far as the log's head is known. */
  readonly total: number;
  readonly position: number;
  readonly headPosition: number;
  /** True for the run that resumed a half-built generation. */
  readonly resumed: boolean;
}

export interface RebuildResult {
  readonly projections: readonly {
    readonly name: string;
    readonly generation: number;
    readonly position: number;
    readonly resumed: boolean;
  }[];
  readonly events: number;
  readonly durationMs: number;
  readonly eventsPerSecond: number;
}

export interface RebuildOptions {
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Stop between batches (the generation stays, a later run resumes it). */
  readonly signal?: AbortSignal;
  /** Test hook: called after each committed batch. */
  readonly afterBatch?: (position: number) => Promise<void> | void;
}

interface ProjectionState {
  readonly projection: Projection;
  readonly handles: ReadonlySet<string>;
  cache: RowCache;
  /** What this process last saw committed; -1 when unknown. */
  generation: number;
  position: number;
  eventsApplied: number;
  /** When this projection last took in a batch or was at the log's head (ms since the epoch). */
  movedAt: number;
}

export class ProjectionEngine {
  private readonly states = new Map<string, ProjectionState>();
  private readonly batchSize: number;
  private readonly rebuildBatchSize: number;
  private readonly rebuildPageSize: number;
  private readonly maxCachedRows: number;
  private readonly rebuildCachedRows: number;
  private readonly pollIntervalMs: number;
  private readonly liveBatchDelayMs: number;
  private endGathering?: () => void;
  private readonly clock: () => Date;
  private prepared = false;
  private executor?: PlanExecutor;
  private running = false;
  /** Batches of the live runner that failed in a row, and the last failure. */
  private failures = 0;
  private lastError: string | undefined;
  private stopping = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private subscription?: Subscription;
  private upgrades?: Promise<void>;

  constructor(private readonly options: ProjectionEngineOptions) {
    const names = new Set<string>();
    for (const projection of options.projections) {
      if (names.has(projection.name)) {
        throw new ProjectionError('PROJECTION.DUPLICATE', `Two projections are named ${projection.name}`, { name: projection.name });
      }
      names.add(projection.name);
      this.states.set(projection.name, {
        projection,
        handles: new Set(projection.handles),
        cache: new RowCache(projection, false, options.maxCachedRows ?? LIVE_CACHED_ROWS),
        generation: -1,
        position: -1,
        eventsApplied: 0,
        movedAt: Date.now(),
      });
    }
    this.batchSize = options.batchSize ?? 5_000;
    this.rebuildBatchSize = options.rebuildBatchSize ?? options.batchSize ?? 20_000;
    this.rebuildPageSize = Math.min(options.rebuildPageSize ?? 2_000, this.rebuildBatchSize);
    this.maxCachedRows = options.maxCachedRows ?? LIVE_CACHED_ROWS;
    this.rebuildCachedRows = options.rebuildCachedRows ?? REBUILD_CACHED_ROWS;
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.liveBatchDelayMs = options.liveBatchDelayMs ?? 25;
    this.clock = options.clock ?? (() => new Date());
  }

  get projections(): readonly Projection[] {
    return this.options.projections;
  }

  private get db(): ReadModelDatabase['db'] {
    return this.options.database.db;
  }

  private now(): string {
    return this.clock().toISOString();
  }

  /** Names → projections; `all` means every one. Unknown names are refused by name. */
  resolve(names: readonly string[] | 'all'): Projection[] {
    if (names === 'all' || names.includes('all')) return [...this.options.projections];
    return names.map((name) => {
      const state = this.states.get(name);
      if (!state) {
        throw new ProjectionError(
          'PROJECTION.UNKNOWN',
          `Unknown projection "${name}"; known: ${[...this.states.keys()].join(', ')}, or all`,
          { name, known: [...this.states.keys()] },
        );
      }
      return state.projection;
    });
  }

  /**
   * Creates the meta tables and, for a projection never built, generation 1 (empty, at
   * position 0) with its views; drops generations left behind by an interrupted swap.
   */
  async prepare(): Promise<void> {
    if (this.prepared) return;
    this.executor ??= await choosePlanExecutor(
      this.options.database,
      this.options.sqliteHandle ?? (this.options.store as { database?: unknown }).database,
    );
    await this.executor.execute({ statements: createMetaTables(this.db) });
    const meta = await readMeta(this.db);
    const missing = [...this.states.values()].filter((s) => !meta.checkpoints.has(s.projection.name)).map((s) => s.projection);
    if (missing.length > 0) {
      const statements: Statement[] = [];
      for (const projection of missing) {
        statements.push(...createGenerationTables(this.db, projection.tables, 1), ...pointViews(this.db, projection.tables, 1));
        statements.push(
          this.db
            .insertInto(CHECKPOINTS_TABLE)
            .values({ name: projection.name, position: 0, version: projection.version, generation: 1, updated_at: this.now() })
            .compile(),
        );
      }
      // Another process may have built them meanwhile: then this plan is simply not needed.
      await this.executor.execute({ statements, verify: (m) => missing.every((p) => !m.checkpoints.has(p.name)) });
    }
    await this.dropStaleGenerations();
    this.prepared = true;
  }

  private get plans(): PlanExecutor {
    if (!this.executor) throw new ProjectionError('PROJECTION.NOT_PREPARED', 'Call prepare() first');
    return this.executor;
  }

  private async dropStaleGenerations(): Promise<void> {
    const meta = await readMeta(this.db);
    const tables = await this.db.introspection.getTables();
    const existing = new Set(tables.map((t) => t.name));
    for (const state of this.states.values()) {
      const name = state.projection.name;
      const keep = (m: MetaState) => new Set([m.checkpoints.get(name)?.generation, m.rebuilds.get(name)?.generation]);
      const stale = new Set<number>();
      for (const table of state.projection.tables) {
        const pattern = new RegExp(`^${table.name}__g(\\d+)$`);
        for (const tableName of existing) {
          const match = pattern.exec(tableName);
          if (match && !keep(meta).has(Number(match[1]))) stale.add(Number(match[1]));
        }
      }
      for (const generation of stale) {
        await this.plans.execute({
          statements: dropGenerationTables(this.db, state.projection.tables, generation),
          verify: (m) => !keep(m).has(generation),
        });
      }
    }
  }

  async status(): Promise<ProjectionStatus[]> {
    await this.prepare();
    const [{ checkpoints, rebuilds }, head] = await Promise.all([readMeta(this.db), this.options.store.headPosition()]);
    return [...this.states.values()].map((state) => {
      const { projection } = state;
      const checkpoint = checkpoints.get(projection.name);
      const rebuild = rebuilds.get(projection.name);
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
        eventsApplied: state.eventsApplied,
        updatedAt: checkpoint?.updated_at,
        state: !checkpoint ? 'not-built' : checkpoint.version === projection.version ? 'current' : 'outdated',
        rebuild: rebuild
          ? { generation: rebuild.generation, position: rebuild.position, version: rebuild.version, startedAt: rebuild.started_at }
          : undefined,
        tables: projection.tables.map((t) => t.name),
      };
    });
  }

  /**
   * The projections the live runner of this process follows that are behind the log and stuck:
   * no batch taken in and not at its head for `limits.afterMs`, or behind while its batches failed `limits.afterFailures`
   * times in a row (a batch applies every projection in one transaction, so each one behind is
   * held back). Empty when the live runner is not running here.
   */
  async stalled(limits: StallLimits = DEFAULT_STALL_LIMITS): Promise<StalledReader[]> {
    if (!this.running) return [];
    const now = Date.now();
    const failing = this.failures >= limits.afterFailures;
    return (await this.status()).flatMap((status) => {
      const state = this.states.get(status.name)!;
      const stalledForMs = now - state.movedAt;
      if (status.state !== 'current' || status.lag === 0 || (!failing && stalledForMs < limits.afterMs)) return [];
      return [
        {
          name: status.name,
          lag: status.lag,
          stalledForMs,
          consecutiveFailures: this.failures,
          ...(this.lastError ? { lastError: this.lastError } : {}),
        },
      ];
    });
  }

  // ---------------------------------------------------------------- projecting

  /** Runs a projection over the events after `after` into its row cache; returns how many it applied. */
  private async projectInto(
    projection: Projection,
    handles: ReadonlySet<string>,
    cache: RowCache,
    events: readonly StoredEvent[],
    after: number,
    generation: number,
  ): Promise<number> {
    const loader: RowLoader = (table, key) => loadRow(this.db, table, generation, key);
    const lookup = { get: (table: string, key: Row) => cache.get(table, key, loader) };
    let applied = 0;
    for (const event of events) {
      if (event.position <= after || !handles.has(event.type)) continue;
      // Synchronous projections and cached rows never wait on a promise: most of a rebuild.
      let operations = projection.project(event, lookup);
      if (operations instanceof Promise) operations = await operations;
      for (const operation of operations as readonly Operation[]) {
        const pending = cache.apply(operation, loader);
        if (pending) await pending;
      }
      applied++;
    }
    return applied;
  }

  /** The statements that write the rows changed in the cache since the last call. */
  private changesOf(cache: RowCache, generation: number): Statement[] {
    return changeStatements(this.db, generation, cache.takeChanges(), this.options.database.kind);
  }

  /**
   * Applies every event of the log after position `after` up to the batch's last one (as
   * `readAll({ after })` gave them) to every current projection: rows and checkpoints in one
   * transaction, redone when another process moved a checkpoint meanwhile. Positions may have
   * holes — an append rolled back after drawing its positions leaves one on PostgreSQL, never
   * filled — so the batch covers a projection whose checkpoint is at `after` or beyond, not only
   * one whose checkpoint is just below the first event.
   */
  async applyEvents(events: readonly StoredEvent[], after: number = events.length > 0 ? events[0]!.position - 1 : 0): Promise<void> {
    if (events.length === 0) return;
    await this.prepare();
    const last = events[events.length - 1]!.position;
    for (let attempt = 0; ; attempt++) {
      const meta = await readMeta(this.db);
      const work: { state: ProjectionState; generation: number; from: number; applied: number }[] = [];
      const statements: Statement[] = [];
      try {
        for (const state of this.states.values()) {
          const checkpoint = meta.checkpoints.get(state.projection.name);
          if (!checkpoint || checkpoint.version !== state.projection.version) continue;
          if (checkpoint.position >= last) continue;
          // Events this batch does not cover (a checkpoint moved back): the next read starts
          // from the lowest checkpoint and brings them.
          if (checkpoint.position < after) continue;
          if (checkpoint.generation !== state.generation || checkpoint.position !== state.position) state.cache.reset(false);
          const { projection, handles, cache } = state;
          const applied = await this.projectInto(projection, handles, cache, events, checkpoint.position, checkpoint.generation);
          statements.push(
            ...this.changesOf(cache, checkpoint.generation),
            this.db
              .updateTable(CHECKPOINTS_TABLE)
              .set({ position: last, updated_at: this.now() })
              .where('name', '=', projection.name)
              .compile(),
          );
          work.push({ state, generation: checkpoint.generation, from: checkpoint.position, applied });
        }
        if (work.length === 0) return;
        const written = await this.plans.execute({
          statements,
          verify: (m) =>
            work.every(({ state, generation, from }) => {
              const now = m.checkpoints.get(state.projection.name);
              return now !== undefined && now.generation === generation && now.position === from;
            }),
        });
        if (written) {
          for (const { state, generation, applied } of work) {
            state.generation = generation;
            state.position = last;
            state.eventsApplied += applied;
            state.movedAt = Date.now();
            state.cache.trim();
          }
          return;
        }
      } catch (error) {
        // Every cache, not only those of the batch's finished projections: a projection that
        // failed halfway (a lost connection while loading a row) holds increments of this batch
        // in its cache already, and its checkpoint did not move to say so.
        for (const state of this.states.values()) this.forget(state);
        throw error;
      }
      for (const { state } of work) this.forget(state);
      if (attempt >= 5)
        throw new ProjectionError(
          'PROJECTION.CONTENDED',
          'Checkpoints kept moving under this batch; another process applies the same projections',
        );
    }
  }

  private forget(state: ProjectionState): void {
    state.cache.reset(false);
    state.position = -1;
    state.generation = -1;
  }

  /** The lowest checkpoint among current projections (where the next read starts). */
  private async lowestPosition(): Promise<number | undefined> {
    const { checkpoints } = await readMeta(this.db);
    let lowest: number | undefined;
    for (const state of this.states.values()) {
      const checkpoint = checkpoints.get(state.projection.name);
      if (!checkpoint || checkpoint.version !== state.projection.version) continue;
      lowest = lowest === undefined ? checkpoint.position : Math.min(lowest, checkpoint.position);
    }
    return lowest;
  }

  /** Applies every event up to the log's head, then returns the number of events read. */
  async catchUp(): Promise<number> {
    await this.prepare();
    let read = 0;
    for (;;) {
      const from = await this.lowestPosition();
      if (from === undefined) return read;
      const events = await this.options.store.readAll({ after: from, maxCount: this.batchSize });
      if (events.length === 0) return read;
      await this.applyEvents(events, from);
      read += events.length;
      // A long backlog is applied batch by batch; other work of the process runs in between.
      if (events.length >= this.batchSize) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  // ---------------------------------------------------------------- the live runner

  /**
   * Starts the live runner: projections built with an older version are rebuilt in the
   * background (their old tables keep serving meanwhile), the others follow the log.
   */
  async start(): Promise<void> {
    if (this.running) return;
    await this.prepare();
    this.running = true;
    this.stopping = false;
    this.failures = 0;
    this.lastError = undefined;
    for (const state of this.states.values()) state.movedAt = Date.now();
    const outdated = (await this.status()).filter((s) => s.state === 'outdated').map((s) => s.name);
    if (outdated.length > 0) {
      this.upgrades = this.rebuild(outdated).then(
        () => this.wake(),
        (error: unknown) => {
          if (!this.stopping) this.options.onError?.(error);
        },
      );
    }
    const head = await this.options.store.headPosition();
    this.subscription = this.options.store.subscribeToAll(head, () => this.wake(), {
      onError: (error) => this.options.onError?.(error),
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
        for (const state of this.states.values()) state.movedAt = now;
        this.failures = 0;
        this.lastError = undefined;
        if (this.stopping) break;
        if (read === 0) await this.pause(this.pollIntervalMs);
        else await this.gather(this.liveBatchDelayMs);
      } catch (error) {
        if (this.stopping) break;
        this.failures += 1;
        this.lastError = error instanceof Error ? error.message : String(error);
        this.options.onError?.(error);
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

  // ---------------------------------------------------------------- rebuild

  /**
   * Replays the log into a fresh generation of each named projection's tables, then swaps
   * them in atomically. Resumes a generation a killed run left half-built.
   */
  async rebuild(names: readonly string[] | 'all', options: RebuildOptions = {}): Promise<RebuildResult> {
    const projections = this.resolve(names);
    await this.prepare();
    const started = performance.now();
    const targets = await this.claimGenerations(projections);
    const startFrom = Math.min(...targets.map((t) => t.position));
    let position = startFrom;
    let head = await this.options.store.headPosition();
    const resumed = targets.some((t) => t.resumed);
    const report = () =>
      options.onProgress?.({
        projections: projections.map((p) => p.name),
        processed: position - startFrom,
        total: Math.max(head - startFrom, position - startFrom),
        position,
        headPosition: head,
        resumed,
      });
    report();
    // Pages are small and transactions big: each page is projected into the row caches, and
    // every `rebuildBatchSize` events the changed rows and the progress are committed. The next
    // page is read while the current one is projected, and a batch is written while the next one
    // is projected (on PostgreSQL both overlap; SQLite writes in this thread). One commit is in
    // flight at most, and each checks that the one before it landed.
    let read = position;
    let uncommitted = 0;
    let inFlight: Promise<void> = Promise.resolve();
    const settle = async () => {
      await inFlight;
      position = Math.min(...targets.map((t) => t.position));
      if (position > head) head = position;
    };
    const commit = async () => {
      const batch = this.takeRebuildCommit(targets);
      await settle();
      if (batch) {
        inFlight = this.writeRebuildCommit(batch);
        inFlight.catch(() => undefined); // surfaced by the next settle()
      }
      uncommitted = 0;
      // Rows may leave the caches only once everything they hold is written.
      if (targets.some((t) => t.cache.needsTrim)) {
        await settle();
        for (const target of targets) target.cache.trim();
      }
      if (options.afterBatch) {
        await settle();
        await options.afterBatch(position);
      }
      report();
    };
    let nextPage = this.options.store.readAll({ after: read, maxCount: this.rebuildPageSize });
    try {
      for (;;) {
        if (options.signal?.aborted || this.stopping) {
          await settle();
          throw new ProjectionError('PROJECTION.REBUILD_ABORTED', 'Rebuild stopped; run it again to resume', { position });
        }
        const events = await nextPage;
        if (events.length === 0) {
          if (uncommitted > 0) await commit();
          await settle();
          const latest = await this.options.store.headPosition();
          if (latest <= position) break;
          head = latest;
          nextPage = this.options.store.readAll({ after: read, maxCount: this.rebuildPageSize });
          continue;
        }
        const last = events[events.length - 1]!.position;
        nextPage = this.options.store.readAll({ after: last, maxCount: this.rebuildPageSize });
        await this.projectRebuildPage(targets, events);
        // On SQLite every step runs in this thread: let the server answer its requests (the
        // rebuild's own progress stream among them) between pages, not only when it is over.
        await new Promise<void>((resolve) => setImmediate(resolve));
        read = last;
        uncommitted += events.length;
        if (uncommitted >= this.rebuildBatchSize) await commit();
      }
    } catch (error) {
      await nextPage.catch(() => undefined);
      await inFlight.catch(() => undefined);
      this.discardUncommitted(targets);
      throw error;
    }
    await this.swap(targets);
    const durationMs = performance.now() - started;
    const finalPosition = Math.max(...targets.map((t) => t.position));
    const events = finalPosition - startFrom;
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

  private async claimGenerations(projections: readonly Projection[]): Promise<RebuildTarget[]> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const meta = await readMeta(this.db);
      const targets: RebuildTarget[] = [];
      const statements: Statement[] = [];
      for (const projection of projections) {
        const state = this.states.get(projection.name)!;
        const existing = meta.rebuilds.get(projection.name);
        if (existing && existing.version === projection.version) {
          targets.push({
            state,
            generation: existing.generation,
            position: existing.position,
            issued: existing.position,
            projected: existing.position,
            resumed: true,
            cache: new RowCache(projection, false, this.rebuildCachedRows),
          });
          continue;
        }
        if (existing) statements.push(...dropGenerationTables(this.db, projection.tables, existing.generation));
        const generation = Math.max(meta.checkpoints.get(projection.name)?.generation ?? 0, existing?.generation ?? 0) + 1;
        const now = this.now();
        statements.push(
          ...createGenerationTables(this.db, projection.tables, generation),
          this.db.deleteFrom(REBUILDS_TABLE).where('name', '=', projection.name).compile(),
          this.db
            .insertInto(REBUILDS_TABLE)
            .values({ name: projection.name, generation, position: 0, version: projection.version, started_at: now, updated_at: now })
            .compile(),
        );
        targets.push({
          state,
          generation,
          position: 0,
          issued: 0,
          projected: 0,
          resumed: false,
          cache: new RowCache(projection, true, this.rebuildCachedRows),
        });
      }
      const unchanged = (m: MetaState) =>
        projections.every((p) => {
          const before = meta.rebuilds.get(p.name);
          const now = m.rebuilds.get(p.name);
          return before?.generation === now?.generation && before?.position === now?.position;
        });
      if (await this.plans.execute({ statements, verify: unchanged })) return targets;
    }
    throw new ProjectionError('PROJECTION.CONTENDED', 'Another rebuild of the same projections keeps changing their generations');
  }

  /** Projects a page of the log into the caches of the rebuild's targets (nothing written yet). */
  private async projectRebuildPage(targets: RebuildTarget[], events: readonly StoredEvent[]): Promise<void> {
    const last = events[events.length - 1]!.position;
    for (const target of targets) {
      if (target.projected >= last) continue;
      const { projection, handles } = target.state;
      await this.projectInto(projection, handles, target.cache, events, target.projected, target.generation);
      target.projected = last;
    }
  }

  /**
   * Takes what the targets projected since the last commit was issued: the statements that write
   * it with their progress, each checking that the previous commit is the last one written.
   */
  private takeRebuildCommit(targets: RebuildTarget[]): RebuildCommit | undefined {
    const work = targets
      .filter((target) => target.projected > target.issued)
      .map((target) => ({ target, from: target.issued, to: target.projected }));
    if (work.length === 0) return undefined;
    const statements: Statement[] = [];
    for (const { target, to } of work) {
      statements.push(
        ...this.changesOf(target.cache, target.generation),
        this.db
          .updateTable(REBUILDS_TABLE)
          .set({ position: to, updated_at: this.now() })
          .where('name', '=', target.state.projection.name)
          .compile(),
      );
      target.issued = to;
    }
    return { work, statements };
  }

  /** Writes a taken commit in one transaction; the targets' committed positions move when it lands. */
  private async writeRebuildCommit({ work, statements }: RebuildCommit): Promise<void> {
    const written = await this.plans.execute({
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
  private discardUncommitted(targets: readonly RebuildTarget[]): void {
    for (const target of targets) {
      if (target.projected === target.position && target.issued === target.position) continue;
      target.cache.reset(false);
      target.projected = target.position;
      target.issued = target.position;
    }
  }

  /** Projects and writes one batch, waiting for the write (the swap's catch-up). */
  private async applyRebuildBatch(targets: RebuildTarget[], events: readonly StoredEvent[]): Promise<void> {
    try {
      await this.projectRebuildPage(targets, events);
      const batch = this.takeRebuildCommit(targets);
      if (batch) await this.writeRebuildCommit(batch);
    } catch (error) {
      this.discardUncommitted(targets);
      throw error;
    }
    for (const target of targets) target.cache.trim();
  }

  /**
   * One transaction repoints the views and moves the checkpoint, once the new generation has
   * reached the old one's checkpoint (so readers never go back in time); the old tables go after.
   */
  private async swap(targets: RebuildTarget[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      for (;;) {
        const from = Math.min(...targets.map((t) => t.position));
        const events = await this.options.store.readAll({ after: from, maxCount: this.rebuildBatchSize });
        if (events.length === 0) break;
        await this.applyRebuildBatch(targets, events);
      }
      const meta = await readMeta(this.db);
      const statements: Statement[] = [];
      for (const target of targets) {
        const { projection } = target.state;
        statements.push(
          ...pointViews(this.db, projection.tables, target.generation),
          this.db.deleteFrom(CHECKPOINTS_TABLE).where('name', '=', projection.name).compile(),
          this.db
            .insertInto(CHECKPOINTS_TABLE)
            .values({
              name: projection.name,
              position: target.position,
              version: projection.version,
              generation: target.generation,
              updated_at: this.now(),
            })
            .compile(),
          this.db.deleteFrom(REBUILDS_TABLE).where('name', '=', projection.name).compile(),
        );
      }
      const written = await this.plans.execute({
        statements,
        verify: (m) =>
          targets.every((target) => {
            const name = target.state.projection.name;
            const row = m.rebuilds.get(name);
            const live = m.checkpoints.get(name);
            return row?.generation === target.generation && row.position === target.position && (!live || live.position <= target.position);
          }),
      });
      if (written) {
        for (const target of targets) {
          // The rebuilt rows are in memory already: the live runner continues from them, within its own limit.
          target.cache.limit(this.maxCachedRows);
          target.state.cache = target.cache;
          target.state.generation = target.generation;
          target.state.position = target.position;
          const previous = meta.checkpoints.get(target.state.projection.name);
          if (previous && previous.generation !== target.generation) {
            const old = previous.generation;
            await this.plans.execute({
              statements: dropGenerationTables(this.db, target.state.projection.tables, old),
              verify: (m) =>
                m.checkpoints.get(target.state.projection.name)?.generation !== old &&
                m.rebuilds.get(target.state.projection.name)?.generation !== old,
            });
          }
        }
        return;
      }
      const superseded = targets.find((t) => meta.rebuilds.get(t.state.projection.name)?.generation !== t.generation);
      if (superseded)
        throw new ProjectionError('PROJECTION.REBUILD_SUPERSEDED', `Another rebuild took over ${superseded.state.projection.name}`);
      if (attempt >= 50) throw new ProjectionError('PROJECTION.CONTENDED', 'The live projections kept running ahead of the rebuild');
    }
  }

  /** Table names of the generation readers currently see (for tests and diagnostics). */
  async currentTables(name: string): Promise<string[]> {
    const projection = this.resolve([name])[0]!;
    const checkpoint = (await readMeta(this.db)).checkpoints.get(name);
    if (!checkpoint) return [];
    return projection.tables.map((t) => physicalTableName(t.name, checkpoint.generation));
  }
}

interface RebuildTarget {
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

interface RebuildCommit {
  readonly work: readonly { readonly target: RebuildTarget; readonly from: number; readonly to: number }[];
  readonly statements: readonly Statement[];
}

/** A wait of `ms` that `end()` cuts short. */
function delay(ms: number): { readonly done: Promise<void>; readonly end: () => void } {
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
