/**
 * The embedded default: one SQLite file in WAL mode. SQLite has a single writer, so positions
 * (the rowid) become visible in order and readers can never skip one.
 *
 * Group commit: the appends asked for in one turn of the event loop (the requests the API took
 * together) are written in one IMMEDIATE transaction, each in a savepoint of its own, so they
 * share one commit and its fsync (`synchronous = FULL`: an acknowledged append is on disk)
 * instead of paying one each on the event loop. Every append keeps its own expected-revision
 * check and its own answer: one that is refused rolls back to its savepoint and leaves the
 * others of the group committed; a failure of the commit itself fails every append of it.
 *
 * With `appendThread` (the API and the worker open their log so), the group's transaction runs
 * in a thread of its own with its own connection (sqlite-append-thread.ts): a slow fsync then
 * delays only the appends waiting for it, while this thread keeps reading (WAL) and answering.
 * The appends that arrive while a group is out form the next group.
 *
 * The group commit (sqlite-group-commit.ts), the statements (sqlite-statements.ts), verification
 * (sqlite-verification.ts) and error mapping (sqlite-errors.ts) each live in their own module.
 */
import type { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type {
  AppendResult,
  EventHandler,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  Subscription,
  SubscriptionOptions,
  VerificationResult,
  VerifyOptions,
} from '../event-store.js';
import { StoreUnavailableError } from '../errors.js';
import {
  appendResult,
  applyStreamRead,
  conflictForExistingId,
  normalizeReadAll,
  normalizeStreamRead,
  prepareBatch,
  toStoredEvent,
  validateExpected,
  type PreparedEvent,
  type RawEvent,
} from '../core.js';
import { CompiledRegistry, type EventTypeRegistry } from '../registry.js';
import { parseStreamId } from '../stream-id.js';
import { pollingSubscription, WakeSignal } from '../subscription.js';
import { configureWriter, DEFAULT_SQLITE_BUSY_WAIT_MS, SQLITE_BUSY_TIMEOUT_MS } from './sqlite-busy.js';
import { migrateSqlite } from './sqlite-schema.js';
import { SqliteMerkleTree } from './sqlite-merkle.js';
import { MerkleLogReader, type MerkleLog } from '../merkle/merkle-log.js';
import { SqliteSubjectKeys, type SubjectKeyRequest } from '../personal-data/subject-keys.js';
import { fromWireError, rawEventOf, SqliteAppendTransaction, storedRetry, type AppendOutcome } from './sqlite-append-transaction.js';
import { SqliteAppendThread } from './sqlite-append-thread.js';
import { protectPersonalData } from '../personal-data/protect.js';
import { mapSqliteError, runSqlite } from './sqlite-errors.js';
import { prepareSqliteStatements, type SqliteStatements } from './sqlite-statements.js';
import { SqliteGroupCommit } from './sqlite-group-commit.js';
import { SqliteVerification } from './sqlite-verification.js';

export { mapSqliteError } from './sqlite-errors.js';

export interface SqliteEventStoreOptions {
  /** A file path (or ':memory:'), or an open better-sqlite3 handle shared with read models. */
  readonly file?: string;
  readonly database?: Database.Database;
  readonly registry?: EventTypeRegistry;
  readonly clock?: () => Date;
  /** How often subscribers look for events written by other processes. Default 100 ms. */
  readonly pollIntervalMs?: number;
  /** How long an append waits for another process's write lock before "unavailable". Default 5 s. */
  readonly busyWaitMs?: number;
  /**
   * Write appends in a thread of their own, on a connection of its own (a file only; not with
   * `database` or ':memory:'). Default false: appends commit on the calling thread.
   */
  readonly appendThread?: boolean;
}

export class SqliteEventStore implements EventStore {
  readonly database: Database.Database;
  private readonly ownsDatabase: boolean;
  private readonly registry: CompiledRegistry;
  private readonly clock: () => Date;
  private readonly signal = new WakeSignal();
  private readonly pollIntervalMs: number;
  private readonly subscriptions = new Set<Subscription>();
  private readonly statements: SqliteStatements;
  /** The group's transaction on this thread's connection, when appends are not written by a thread of their own. */
  private readonly transaction: SqliteAppendTransaction | undefined;
  private readonly thread: SqliteAppendThread | undefined;
  private readonly groupCommit: SqliteGroupCommit;
  private readonly verification: SqliteVerification;
  private readonly tree: SqliteMerkleTree;
  readonly merkle: MerkleLog;
  private readonly busyWaitMs: number;
  /** The key table, when the registry names personal fields (personal-data/). */
  readonly subjectKeys: SqliteSubjectKeys | undefined;
  private closed = false;

  constructor(options: SqliteEventStoreOptions) {
    if (!options.database && !options.file) throw new TypeError('SqliteEventStore needs a file or an open database handle');
    try {
      this.database = options.database ?? new Database(options.file!);
    } catch (error) {
      throw new StoreUnavailableError(`SQLite: cannot open ${options.file}: ${(error as Error).message}`, error);
    }
    this.ownsDatabase = !options.database;
    this.registry = new CompiledRegistry(options.registry);
    this.clock = options.clock ?? (() => new Date());
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.busyWaitMs = options.busyWaitMs ?? DEFAULT_SQLITE_BUSY_WAIT_MS;
    try {
      // Starting up may wait for another process's migration; serving never blocks the thread for long.
      if (this.ownsDatabase) configureWriter(this.database, this.busyWaitMs);
      migrateSqlite(this.database);
      this.subjectKeys = this.registry.personalData ? new SqliteSubjectKeys(this.database) : undefined;
      this.statements = prepareSqliteStatements(this.database);
      this.tree = new SqliteMerkleTree(this.database, (position) => {
        const row = this.statements.atPosition.get(position);
        return row && rawEventOf(row);
      });
      if (this.needsCatchUp()) this.database.transaction(() => this.tree.catchUp()).immediate();
      this.merkle = new MerkleLogReader(this.tree.storage);
      if (this.ownsDatabase) this.database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    } catch (error) {
      throw mapSqliteError(error);
    }
    const file = options.database ? undefined : options.file;
    if (options.appendThread && file !== undefined && file !== ':memory:') {
      this.thread = new SqliteAppendThread({ file, busyWaitMs: this.busyWaitMs, personalData: this.subjectKeys !== undefined });
    } else {
      this.transaction = new SqliteAppendTransaction(this.database, this.subjectKeys);
    }
    this.groupCommit = new SqliteGroupCommit(
      this.transaction ? { transaction: this.transaction } : { thread: this.thread! },
      this.clock,
      this.busyWaitMs,
    );
    this.verification = new SqliteVerification(this.database, this.statements, this.tree, this.merkle);
  }

  /** The append thread while it runs (with `appendThread`): a test stops it at a chosen moment to prove the store recovers. */
  get appendWorker(): Worker | undefined {
    return this.thread?.current;
  }

  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    this.ensureOpen();
    const batch = prepareBatch(streamId, events, this.registry);
    validateExpected(expected);
    const locate = this.subjectKeys ? this.registry.personalData : undefined;
    // Where the personal values are is the registry's to say, here; they are sealed in the append's transaction.
    const personal = locate && batch.map((event) => locate({ type: event.type, streamId, data: event.data, metadata: event.metadata }));
    let outcome: AppendOutcome;
    try {
      outcome = await this.groupCommit.commit({ streamId, batch, expected, ...(personal ? { personal } : {}) });
    } catch (error) {
      throw mapSqliteError(error);
    }
    switch (outcome.kind) {
      case 'appended':
        this.signal.notify();
        return appendResult(streamId, this.storedEvents(outcome.events), false, outcome.receipts);
      case 'retried':
        return appendResult(streamId, this.storedEvents(outcome.events), true, outcome.receipts);
      case 'unique-violation':
        return this.resolveAfterConflict(streamId, batch);
      case 'refused':
        throw fromWireError(outcome.error);
    }
  }

  private storedEvents(raw: readonly RawEvent[]): StoredEvent[] {
    return raw.map((event) => toStoredEvent(this.registry, event));
  }

  /** Events written before the tree existed (or by a version without it) get their leaves. */
  private needsCatchUp(): boolean {
    const head = this.statements.head.get()?.head ?? 0;
    return head > (this.statements.lastLeafPosition.get() ?? 0);
  }

  /** Personal values encrypted under their subjects' keys, created here (inside the append's transaction) where missing. */
  private protect(
    streamId: string,
    batch: PreparedEvent[],
    keysOf: (requests: SubjectKeyRequest[]) => Map<string, Buffer>,
    missing: 'throw' | 'leave' = 'throw',
  ): PreparedEvent[] {
    return this.subjectKeys ? protectPersonalData(streamId, batch, this.registry.personalData, keysOf, missing) : batch;
  }

  private retryResult(streamId: string, batch: PreparedEvent[], first: { stream_id: string; revision: number }): AppendResult {
    const { place, receipts } = storedRetry(this.statements.streamRange, this.tree, streamId, batch, first);
    return appendResult(
      streamId,
      place.map((event) => toStoredEvent(this.registry, event)),
      true,
      receipts,
    );
  }

  /** The insert hit the unique event id: either a retried batch or an id stored elsewhere. */
  private resolveAfterConflict(streamId: string, plainBatch: PreparedEvent[]): AppendResult {
    try {
      const keys = this.subjectKeys;
      // Only an event sealed under the keys stored now can be the one already stored.
      const batch = keys ? this.protect(streamId, plainBatch, (requests) => keys.existingKeys(requests), 'leave') : plainBatch;
      const first = this.statements.locateId.get(batch[0]!.id);
      if (first) return this.retryResult(streamId, batch, first);
      for (const event of batch) {
        const location = this.statements.locateId.get(event.id);
        if (location) throw conflictForExistingId(streamId, event.id, { streamId: location.stream_id, revision: location.revision });
      }
    } catch (error) {
      throw mapSqliteError(error);
    }
    throw new StoreUnavailableError('SQLite: the append hit a unique constraint that no stored event explains');
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    this.ensureOpen();
    parseStreamId(streamId);
    const read = normalizeStreamRead(options);
    const rows = this.run(() => this.statements.streamRange.all(streamId, read.lowRevision, read.highRevision));
    return applyStreamRead(rows.map(rawEventOf), read).map((event) => toStoredEvent(this.registry, event));
  }

  async streamRevision(streamId: string): Promise<number> {
    this.ensureOpen();
    parseStreamId(streamId);
    return this.run(() => this.statements.streamRevision.get(streamId) ?? -1);
  }

  async readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    this.ensureOpen();
    const { after, maxCount } = normalizeReadAll(options);
    return this.readAllSync(after, maxCount);
  }

  private readAllSync(after: number, maxCount: number): StoredEvent[] {
    const rows = this.run(() => this.statements.readAll.all(after, maxCount));
    const events: StoredEvent[] = new Array(rows.length);
    for (let index = 0; index < rows.length; index++) events[index] = toStoredEvent(this.registry, rawEventOf(rows[index]!));
    return events;
  }

  async headPosition(): Promise<number> {
    this.ensureOpen();
    return this.run(() => this.statements.head.get()?.head ?? 0);
  }

  subscribeToAll(after: number, handler: EventHandler, options?: SubscriptionOptions): Subscription {
    this.ensureOpen();
    const subscription = pollingSubscription(
      { read: async (from, maxCount) => this.readAllSync(from, maxCount), signal: this.signal, pollIntervalMs: this.pollIntervalMs },
      after,
      handler,
      options,
    );
    this.subscriptions.add(subscription);
    void subscription.done.then(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async verifyStream(streamId: string, options?: VerifyOptions): Promise<VerificationResult> {
    this.ensureOpen();
    return this.verification.verifyStream(streamId, options);
  }

  async verifyAll(onProgress?: (eventsChecked: number) => void, options?: VerifyOptions): Promise<VerificationResult> {
    this.ensureOpen();
    return this.verification.verifyAll(onProgress, options);
  }

  async ping(): Promise<void> {
    this.ensureOpen();
    this.run(() => this.statements.ping.get());
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Appends already asked for are written (or refused) before the file closes.
    await this.groupCommit.flush();
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.thread?.close();
    if (this.ownsDatabase) this.database.close();
  }

  private run<T>(work: () => T): T {
    return runSqlite(work);
  }

  private ensureOpen(): void {
    if (this.closed || !this.database.open) throw new StoreUnavailableError('SQLite: the event store is closed');
  }
}
