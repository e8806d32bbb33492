/**
 * PostgreSQL adapter. An append is one transaction: lock (or create) the stream row, check the
 * expectation, then draw positions and insert under a transaction-scoped advisory lock that is
 * held until the commit. PostgreSQL releases a transaction's locks only after its commit is
 * visible to new snapshots, so the lock orders commits exactly as it orders positions: when a
 * reader sees position p, every lower position is committed (or rolled back, leaving a hole
 * that is never filled). Readers can therefore advance by position and never skip an event
 * that commits late — the sequence-gap problem. Only the insert and the commit are serialised;
 * validation, hashing and the stream check run concurrently.
 *
 * Appends are group-committed: concurrent appends to different streams ride in one call of
 * gongron_append_group (one statement, one transaction, one WAL flush), each with its own
 * outcome. A batch is sealed on the stream head this store last saw; the function checks that
 * head against the locked stream row and answers "stale" when another writer moved it, and the
 * batch is resealed. The explicit-transaction path (lock the row, read the head, seal, insert)
 * remains for an append that keeps finding its head stale or whose group failed.
 *
 * This class is the door: the group commit (group-commit.ts, group-sealing.ts), the locked
 * append (locked-append.ts), retries (append-retries.ts), reads, verification, LISTEN and the
 * protection of personal fields each live in their own module.
 */
import type pg from 'pg';
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
import { prepareBatch, validateExpected } from '../core.js';
import { CompiledRegistry, type EventTypeRegistry } from '../registry.js';
import { streamCategory } from '../stream-id.js';
import { pollingSubscription, WakeSignal } from '../subscription.js';
import { createPostgresPool } from './postgres-pool.js';
import { PostgresSubjectKeys } from '../personal-data/subject-keys.js';
import { postgresMerkleStorage } from './postgres-merkle.js';
import { MerkleLogReader, type MerkleLog, type MerkleStorage } from '../merkle/merkle-log.js';
import { migratePostgres } from './postgres-schema.js';
import { mapPostgresError } from './postgres-errors.js';
import { pooledQuery, type PostgresQuery } from './postgres-rows.js';
import { StreamHeadCache } from './stream-head-cache.js';
import { PostgresPersonalFields } from './postgres-personal-fields.js';
import { AppendRetries } from './append-retries.js';
import { LockedAppend } from './locked-append.js';
import { GroupCommit } from './group-commit.js';
import { PostgresReads } from './postgres-reads.js';
import { PostgresVerification } from './postgres-verification.js';
import { PostgresListener } from './postgres-listener.js';

export { mapPostgresError } from './postgres-errors.js';

export interface PostgresEventStoreOptions {
  readonly connectionString?: string;
  /** An existing pool shared with read models; left open on close. */
  readonly pool?: pg.Pool;
  readonly poolSize?: number;
  readonly registry?: EventTypeRegistry;
  readonly clock?: () => Date;
  /** Fallback polling for subscribers when a notification is missed. Default 200 ms. */
  readonly pollIntervalMs?: number;
  /** Runs inside the append transaction right before COMMIT; tests use it to delay commits. */
  readonly beforeCommit?: (client: pg.PoolClient) => Promise<void>;
}

export class PostgresEventStore implements EventStore {
  readonly pool: pg.Pool;
  private readonly ownsPool: boolean;
  private readonly registry: CompiledRegistry;
  private readonly signal = new WakeSignal();
  private readonly pollIntervalMs: number;
  private readonly subscriptions = new Set<Subscription>();
  private readonly query: PostgresQuery;
  private readonly reads: PostgresReads;
  private readonly verification: PostgresVerification;
  private readonly groupCommit: GroupCommit;
  private readonly listener: PostgresListener;
  private closed = false;
  readonly merkle: MerkleLog;
  /** The key table, when the registry names personal fields (personal-data/). */
  readonly subjectKeys: PostgresSubjectKeys | undefined;
  private readonly treeStorage: MerkleStorage;

  private constructor(options: PostgresEventStoreOptions) {
    if (!options.pool && !options.connectionString) throw new TypeError('PostgresEventStore needs a connectionString or a pool');
    // A client that loses its server must not crash the process; the next query reports it.
    this.pool = options.pool ?? createPostgresPool({ connectionString: options.connectionString!, max: options.poolSize ?? 10 });
    this.ownsPool = !options.pool;
    this.registry = new CompiledRegistry(options.registry);
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.subjectKeys = this.registry.personalData ? new PostgresSubjectKeys(this.pool) : undefined;
    this.query = pooledQuery(this.pool);
    const heads = new StreamHeadCache();
    this.reads = new PostgresReads(this.query, this.registry, heads);
    this.treeStorage = postgresMerkleStorage(this.query, (position) => this.reads.eventAt(position));
    this.merkle = new MerkleLogReader(this.treeStorage);
    this.verification = new PostgresVerification(this.query, this.reads, this.merkle, this.treeStorage);
    const personalFields = new PostgresPersonalFields(this.pool, this.registry, this.subjectKeys);
    const context = {
      pool: this.pool,
      registry: this.registry,
      clock: options.clock ?? (() => new Date()),
      beforeCommit: options.beforeCommit,
      personalFields,
      retries: new AppendRetries(this.pool, this.registry, this.merkle, personalFields, (streamId) => this.streamRevision(streamId)),
      signal: this.signal,
      heads,
    };
    this.groupCommit = new GroupCommit(context, new LockedAppend(context));
    this.listener = new PostgresListener(this.pool.options, this.signal, () => this.subscriptions.size > 0);
  }

  /** Connects and migrates the schema (versioned; safe to run twice). */
  static async create(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(options);
    try {
      await migratePostgres(store.pool);
      if (store.subjectKeys) await PostgresSubjectKeys.migrate(store.pool);
    } catch (error) {
      if (store.ownsPool) await store.pool.end().catch(() => undefined);
      throw mapPostgresError(error);
    }
    return store;
  }

  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    this.ensureOpen();
    const batch = prepareBatch(streamId, events, this.registry);
    validateExpected(expected);
    return new Promise<AppendResult>((resolve, reject) => {
      const category = streamCategory(streamId);
      this.groupCommit.enqueue({ streamId, category, batch, expected, staleRounds: 0, resolve, reject });
    });
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    this.ensureOpen();
    return this.reads.readStream(streamId, options);
  }

  async streamRevision(streamId: string): Promise<number> {
    this.ensureOpen();
    return this.reads.streamRevision(streamId);
  }

  async readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    this.ensureOpen();
    return this.reads.readAll(options);
  }

  async headPosition(): Promise<number> {
    this.ensureOpen();
    return this.reads.headPosition();
  }

  subscribeToAll(after: number, handler: EventHandler, options?: SubscriptionOptions): Subscription {
    this.ensureOpen();
    void this.listener.start();
    const subscription = pollingSubscription(
      { read: (from, maxCount) => this.readAll({ after: from, maxCount }), signal: this.signal, pollIntervalMs: this.pollIntervalMs },
      after,
      handler,
      options,
    );
    this.subscriptions.add(subscription);
    void subscription.done.then(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  /** Whether the LISTEN connection is up (readiness reports it; polling covers its absence). */
  get listening(): boolean {
    return this.listener.listening;
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
    await this.query('gongron-ping', 'select 1', []);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.listener.markClosed();
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.listener.close();
    // Appends accepted before close finish (or fail) before the pool goes.
    await this.groupCommit.drain();
    if (this.ownsPool) await this.pool.end();
  }

  private ensureOpen(): void {
    if (this.closed) throw new StoreUnavailableError('PostgreSQL: the event store is closed');
  }
}
