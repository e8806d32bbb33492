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
import { EventStoreError, StoreUnavailableError } from '../errors.js';
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
import type { CanonicalParts } from '../hash.js';
import { parseStreamId } from '../stream-id.js';
import { pollingSubscription, WakeSignal } from '../subscription.js';
import { configureWriter, DEFAULT_SQLITE_BUSY_WAIT_MS, retryWhileBusy, SQLITE_BUSY_TIMEOUT_MS } from './sqlite-busy.js';
import { migrateSqlite, STREAMS_VIEW_SQL } from './sqlite-schema.js';
import { verifyLog, verifyStreamRows, type StreamHeadRecord } from '../merkle/log-verification.js';
import { SqliteMerkleTree } from './sqlite-merkle.js';
import { MerkleLogReader, type LeafRecord, type MerkleLog } from '../merkle/merkle-log.js';
import { SqliteSubjectKeys, type SubjectKeyRequest } from '../personal-data/subject-keys.js';
import {
  EVENT_COLUMNS,
  fromWireError,
  rawEventOf,
  SqliteAppendTransaction,
  storedRetry,
  type AppendOutcome,
  type AppendRequest,
  type EventRow,
} from './sqlite-append-transaction.js';
import { SqliteAppendThread } from './sqlite-append-thread.js';
import { protectPersonalData } from '../personal-data/protect.js';

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

/** What a verified row's data and metadata read as: verification hashes their stored text and parses neither. */
const UNPARSED: Readonly<Record<string, never>> = Object.freeze({});

/** A row for verification: its fields, and the stored text of data and metadata that the hash covers. */
function toVerifiedRow(row: EventRow): RawEvent & { readonly canonical: CanonicalParts } {
  return {
    id: row[1],
    type: row[4],
    schemaVersion: row[5],
    streamId: row[2],
    revision: row[3],
    position: row[0],
    recordedAt: row[6],
    data: UNPARSED,
    metadata: UNPARSED as RawEvent['metadata'],
    hash: row[9],
    previousHash: row[10],
    canonical: { data: row[7], metadata: row[8] },
  };
}

const UNAVAILABLE_CODES = new Set([
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT',
]);

/** Maps driver failures to StoreUnavailableError; typed store errors pass through. */
export function mapSqliteError(error: unknown): unknown {
  if (error instanceof EventStoreError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if ([...UNAVAILABLE_CODES].some((prefix) => code.startsWith(prefix)) || /database connection is not open/i.test(message)) {
    return new StoreUnavailableError(`SQLite: ${message}`, error);
  }
  return error;
}

export class SqliteEventStore implements EventStore {
  readonly database: Database.Database;
  private readonly ownsDatabase: boolean;
  private readonly registry: CompiledRegistry;
  private readonly clock: () => Date;
  private readonly signal = new WakeSignal();
  private readonly pollIntervalMs: number;
  private readonly subscriptions = new Set<Subscription>();
  private readonly statements: ReturnType<SqliteEventStore['prepareStatements']>;
  /** The group's transaction on this thread's connection, when appends are not written by a thread of their own. */
  private readonly transaction: SqliteAppendTransaction | undefined;
  private readonly thread: SqliteAppendThread | undefined;
  /** Appends asked for since the last group commit, written together on the loop's next check phase. */
  private pending: PendingAppend[] = [];
  /** The groups being written; appends asked for meanwhile form the next one. */
  private flushing: Promise<void> | undefined;
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
      this.statements = this.prepareStatements();
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
  }

  /** The append thread while it runs (with `appendThread`): a test stops it at a chosen moment to prove the store recovers. */
  get appendWorker(): Worker | undefined {
    return this.thread?.current;
  }

  /** Queues an append for the next group commit; resolves once that commit is on disk. */
  private commitInGroup(request: Omit<AppendRequest, 'recordedAt'>): Promise<AppendOutcome> {
    return new Promise((resolve, reject) => {
      this.pending.push({ request, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => void this.flush());
    });
  }

  /** Writes the queued appends, a group at a time, until none is left. */
  private flush(): Promise<void> {
    this.flushing ??= this.drain().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const group = this.pending;
      this.pending = [];
      await this.write(group);
    }
  }

  /** One group in one transaction (again while another connection holds the write lock). */
  private async write(group: readonly PendingAppend[]): Promise<void> {
    try {
      const requests = group.map((entry): AppendRequest => ({ ...entry.request, recordedAt: this.clock().toISOString() }));
      const transaction = this.transaction;
      const outcomes = transaction
        ? await retryWhileBusy(() => transaction.commitGroup(requests), this.busyWaitMs)
        : await this.thread!.commit(requests);
      outcomes.forEach((outcome, index) => group[index]!.resolve(outcome));
    } catch (error) {
      for (const entry of group) entry.reject(error);
    }
  }

  private prepareStatements() {
    const db = this.database;
    return {
      streamRevision: db.prepare<[string], number | null>('select max(revision) from gongron_events where stream_id = ?').pluck(),
      locateId: db.prepare<[string], { stream_id: string; revision: number }>(
        'select stream_id, revision from gongron_events where event_id = ?',
      ),
      streamRange: db
        .prepare<[string, number, number], EventRow>(
          `select ${EVENT_COLUMNS} from gongron_events where stream_id = ? and revision between ? and ? order by revision`,
        )
        .raw(),
      readAll: db
        .prepare<[number, number], EventRow>(`select ${EVENT_COLUMNS} from gongron_events where position > ? order by position limit ?`)
        .raw(),
      head: db.prepare<[], { head: number | null }>('select max(position) as head from gongron_events'),
      atPosition: db.prepare<[number], EventRow>(`select ${EVENT_COLUMNS} from gongron_events where position = ?`).raw(),
      lastLeafPosition: db.prepare<[], number | null>('select position from gongron_merkle_tree order by node desc limit 1').pluck(),
      ping: db.prepare('select 1'),
      eventCount: db.prepare<[], number>('select count(*) from gongron_events').pluck(),
      eventPositions: db
        .prepare<[number, number], number>('select position from gongron_events where position > ? order by position limit ?')
        .pluck(),
      leafPositions: db
        .prepare<[number, number], number>(
          'select position from gongron_merkle_tree where node > ? * 2 and node % 2 = 0 order by node limit ?',
        )
        .pluck(),
      streamsKind: db.prepare<[], { type: string; sql: string }>("select type, sql from sqlite_master where name = 'gongron_streams'"),
    };
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
      outcome = await this.commitInGroup({ streamId, batch, expected, ...(personal ? { personal } : {}) });
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
    parseStreamId(streamId);
    const s = this.statements;
    const events = this.run(() => s.streamRange.all(streamId, 0, Number.MAX_SAFE_INTEGER)).map(rawEventOf);
    const head = this.run(() => this.storedHeads(streamId))[0];
    return verifyStreamRows(
      {
        streamId,
        events,
        head,
        leafAt: async (position) => this.run(() => this.tree.leafAt(position)),
        inclusionProof: (leafIndex, treeSize) => this.merkle.inclusionProof(leafIndex, treeSize),
        storedRoot: async (size) => (await this.merkle.treeHead(size)).rootHash,
        treeSize: async () => this.run(() => this.tree.size()),
        eventCount: async () => this.run(() => s.eventCount.get() ?? 0),
        eventPositions: async (after, maxCount) => this.run(() => s.eventPositions.all(after, maxCount)),
        leafPositions: async (afterIndex, maxCount) => this.run(() => s.leafPositions.all(afterIndex, maxCount)),
      },
      options?.checkpoints,
    );
  }

  async verifyAll(onProgress?: (eventsChecked: number) => void, options?: VerifyOptions): Promise<VerificationResult> {
    this.ensureOpen();
    const s = this.statements;
    // The stored data and metadata are the canonical JSON the hash covers (core.ts): hashed as stored, parsed never.
    const read = (after: number) => this.run(() => s.readAll.all(after, 5000)).map(toVerifiedRow);
    async function* pages() {
      let after = 0;
      for (;;) {
        const page = read(after);
        if (page.length === 0) return;
        yield page;
        after = page[page.length - 1]!.position;
        // Let the event loop breathe between pages of a long verification.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    return verifyLog(
      {
        events: pages,
        leaves: async (afterIndex, maxCount) => this.run(() => this.tree.storage.leaves(afterIndex, maxCount) as LeafRecord[]),
        treeSize: async () => this.run(() => this.tree.size()),
        storedRoot: async (size) => (await this.merkle.treeHead(size)).rootHash,
        leafAt: async (position) => this.run(() => this.tree.leafAt(position)),
        streamHeads: async () => this.run(() => this.storedHeads()),
        streamEvent: async (streamId, revision) => this.run(() => s.streamRange.all(streamId, revision, revision).map(rawEventOf)[0]),
      },
      options?.checkpoints,
      onProgress,
    );
  }

  /**
   * Stream heads stored apart from the events. The schema's gongron_streams is a view of the
   * events (it cannot disagree with them); a table put in its place behind the store's back can.
   */
  private storedHeads(streamId?: string): StreamHeadRecord[] {
    const kind = this.statements.streamsKind.get();
    // SQLite keeps the statement as written, but with its first keywords in upper case.
    if (kind === undefined || (kind.type === 'view' && kind.sql.replace(/^create view/i, 'create view') === STREAMS_VIEW_SQL)) return [];
    const rows = this.database
      .prepare<unknown[], { stream_id: string; revision: number; last_hash: string }>(
        `select stream_id, revision, last_hash from gongron_streams${streamId === undefined ? '' : ' where stream_id = ?'}`,
      )
      .all(...(streamId === undefined ? [] : [streamId]));
    return rows.map((row) => ({ streamId: row.stream_id, revision: Number(row.revision), hash: row.last_hash }));
  }

  async ping(): Promise<void> {
    this.ensureOpen();
    this.run(() => this.statements.ping.get());
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Appends already asked for are written (or refused) before the file closes.
    await this.flush();
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.thread?.close();
    if (this.ownsDatabase) this.database.close();
  }

  private run<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw mapSqliteError(error);
    }
  }

  private ensureOpen(): void {
    if (this.closed || !this.database.open) throw new StoreUnavailableError('SQLite: the event store is closed');
  }
}

interface PendingAppend {
  readonly request: Omit<AppendRequest, 'recordedAt'>;
  readonly resolve: (outcome: AppendOutcome) => void;
  readonly reject: (error: unknown) => void;
}
