/**
 * PostgreSQL adapter. An append is one transaction: lock (or create) the stream row, check the
 * expectation, then draw positions and insert under a transaction-scoped advisory lock that is
 * held until the commit. PostgreSQL releases a transaction's locks only after its commit is
 * visible to new snapshots, so the lock orders commits exactly as it orders positions: when a
 * reader sees position p, every lower position is committed (or rolled back, leaving a hole
 * that is never filled). Readers can therefore advance by position and never skip an event
 * that commits late — the sequence-gap problem. Only the insert and the commit are serialised;
 * validation, hashing and the stream check run concurrently.
 */
import pg from 'pg';
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
} from '../event-store.js';
import { EventStoreError, InvalidEventError, StoreUnavailableError, WrongExpectedRevisionError } from '../errors.js';
import {
  appendResult,
  applyStreamRead,
  checkExpected,
  conflictForExistingId,
  normalizeReadAll,
  normalizeStreamRead,
  prepareBatch,
  resolveRetry,
  sealBatch,
  toStoredEvent,
  validateExpected,
  verifyPages,
  type PreparedEvent,
  type RawEvent,
} from '../core.js';
import { CompiledRegistry, type EventTypeRegistry } from '../registry.js';
import { parseStreamId } from '../stream-id.js';
import { pollingSubscription, WakeSignal } from '../subscription.js';
import { migratePostgres, NOTIFY_CHANNEL } from './postgres-schema.js';

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

interface EventRow {
  position: string;
  event_id: string;
  stream_id: string;
  revision: string;
  type: string;
  schema_version: number;
  recorded_at: Date;
  data: RawEvent['data'];
  metadata: RawEvent['metadata'];
  hash: string;
  previous_hash: string;
}

const COLUMNS = 'position, event_id, stream_id, revision, type, schema_version, recorded_at, data, metadata, hash, previous_hash';

function toRaw(row: EventRow): RawEvent {
  return {
    id: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    revision: Number(row.revision),
    position: Number(row.position),
    recordedAt: row.recorded_at.toISOString(),
    data: row.data,
    metadata: row.metadata,
    hash: row.hash,
    previousHash: row.previous_hash,
  };
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Maps driver failures to StoreUnavailableError (connection refused, server shutting down, 08xxx…). */
export function mapPostgresError(error: unknown): unknown {
  if (error instanceof EventStoreError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const message = (error as Error)?.message ?? String(error);
  if (
    NETWORK_CODES.has(code) ||
    code.startsWith('08') ||
    code === '57P01' ||
    code === '57P02' ||
    code === '57P03' ||
    code === '53300' ||
    code === '3D000' ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end/i.test(message)
  ) {
    return new StoreUnavailableError(`PostgreSQL: ${message || code}`, error);
  }
  if (code === '22P05' || code === '22P02') {
    return new InvalidEventError('data', `cannot be stored as JSONB (${message})`);
  }
  return error;
}

export class PostgresEventStore implements EventStore {
  readonly pool: pg.Pool;
  private readonly ownsPool: boolean;
  private readonly registry: CompiledRegistry;
  private readonly clock: () => Date;
  private readonly signal = new WakeSignal();
  private readonly pollIntervalMs: number;
  private readonly beforeCommit: PostgresEventStoreOptions['beforeCommit'];
  private readonly subscriptions = new Set<Subscription>();
  private listener: pg.Client | undefined;
  private listenerStarting: Promise<void> | undefined;
  private closed = false;

  private constructor(options: PostgresEventStoreOptions) {
    if (!options.pool && !options.connectionString) throw new TypeError('PostgresEventStore needs a connectionString or a pool');
    this.pool = options.pool ?? new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 });
    this.ownsPool = !options.pool;
    // An idle client that loses its server must not crash the process; the next query reports it.
    if (this.ownsPool) this.pool.on('error', () => undefined);
    this.registry = new CompiledRegistry(options.registry);
    this.clock = options.clock ?? (() => new Date());
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.beforeCommit = options.beforeCommit;
  }

  /** Connects and migrates the schema (versioned; safe to run twice). */
  static async create(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(options);
    try {
      await migratePostgres(store.pool);
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
    const client = await this.connect();
    let result: AppendResult;
    try {
      result = await this.appendWith(client, streamId, batch, expected);
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      if ((error as { code?: string }).code === '23505') {
        client.release();
        return this.resolveUniqueViolation(streamId, batch, error);
      }
      client.release(isBroken(error));
      throw mapPostgresError(error);
    }
    client.release();
    this.signal.notify();
    return result;
  }

  private async appendWith(client: pg.PoolClient, streamId: string, batch: PreparedEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    await client.query('begin');
    const category = streamId.slice(0, streamId.indexOf(':'));
    // Creates the row for a new stream or locks the existing one: writers of one stream queue here.
    const head = await client.query<{ revision: string; last_hash: string }>({
      name: 'gongron-lock-stream',
      text: `insert into gongron_streams (stream_id, category, revision, last_hash) values ($1, $2, -1, '')
             on conflict (stream_id) do update set stream_id = excluded.stream_id
             returning revision, last_hash`,
      values: [streamId, category],
    });
    const current = Number(head.rows[0]!.revision);
    try {
      checkExpected(streamId, expected, current);
    } catch (error) {
      // A retry of an append that already succeeded carries a stale expectation: recognise it first.
      const retried = await this.retryResult(client, streamId, batch);
      await client.query('rollback');
      if (retried) return retried;
      throw error;
    }
    const recordedAt = this.clock().toISOString();
    const sealed = sealBatch(streamId, batch, current, head.rows[0]!.last_hash, recordedAt);
    const inserted = await client.query<{ revision: string; position: string }>({
      name: 'gongron-append-events',
      text: 'select revision, position from gongron_append_events($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
      values: [
        streamId,
        category,
        sealed.map((e) => e.id),
        sealed.map((e) => e.revision),
        sealed.map((e) => e.type),
        sealed.map((e) => e.schemaVersion),
        recordedAt,
        sealed.map((e) => e.dataJson),
        sealed.map((e) => e.metadataJson),
        sealed.map((e) => e.hash),
        sealed.map((e) => e.previousHash),
      ],
    });
    if (this.beforeCommit) await this.beforeCommit(client);
    await client.query('commit');
    const positions = new Map(inserted.rows.map((row) => [Number(row.revision), Number(row.position)]));
    const stored = sealed.map(({ dataJson: _d, metadataJson: _m, ...fields }) =>
      toStoredEvent(this.registry, { ...fields, position: positions.get(fields.revision)! }),
    );
    return appendResult(streamId, stored, false);
  }

  /** The duplicate result when the batch's first id is already stored; undefined when it is not. */
  private async retryResult(client: pg.Pool | pg.PoolClient, streamId: string, batch: PreparedEvent[]): Promise<AppendResult | undefined> {
    const located = await client.query<{ stream_id: string; revision: string }>({
      name: 'gongron-locate-id',
      text: 'select stream_id, revision from gongron_events where event_id = $1',
      values: [batch[0]!.id],
    });
    const first = located.rows[0];
    if (!first) return undefined;
    const revision = Number(first.revision);
    const place =
      first.stream_id === streamId
        ? (
            await client.query<EventRow>(
              `select ${COLUMNS} from gongron_events where stream_id = $1 and revision between $2 and $3 order by revision`,
              [streamId, revision, revision + batch.length - 1],
            )
          ).rows.map(toRaw)
        : [];
    resolveRetry(streamId, batch, { streamId: first.stream_id, revision }, place);
    return appendResult(streamId, place.map((event) => toStoredEvent(this.registry, event)), true);
  }

  /** A unique constraint was the last line: a retried batch, an id stored elsewhere, or a lost race. */
  private async resolveUniqueViolation(streamId: string, batch: PreparedEvent[], violation: unknown): Promise<AppendResult> {
    try {
      const retried = await this.retryResult(this.pool, streamId, batch);
      if (retried) return retried;
      const { rows } = await this.pool.query<{ event_id: string; stream_id: string; revision: string }>(
        'select event_id, stream_id, revision from gongron_events where event_id = any($1::text[])',
        [batch.map((e) => e.id)],
      );
      if (rows[0]) throw conflictForExistingId(streamId, rows[0].event_id, { streamId: rows[0].stream_id, revision: Number(rows[0].revision) });
      throw new WrongExpectedRevisionError(streamId, 'any', await this.streamRevision(streamId));
    } catch (error) {
      if (error instanceof EventStoreError) throw error;
      throw mapPostgresError(error ?? violation);
    }
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    this.ensureOpen();
    parseStreamId(streamId);
    const read = normalizeStreamRead(options);
    const low = read.direction === 'forward' ? (read.fromRevision ?? 0) : (read.toRevision ?? 0);
    const high = read.direction === 'forward' ? (read.toRevision ?? Number.MAX_SAFE_INTEGER) : (read.fromRevision ?? Number.MAX_SAFE_INTEGER);
    const rows = await this.query<EventRow>('gongron-read-stream', `select ${COLUMNS} from gongron_events where stream_id = $1 and revision between $2 and $3 order by revision`, [
      streamId,
      low,
      high,
    ]);
    return applyStreamRead(rows.map(toRaw), read).map((event) => toStoredEvent(this.registry, event));
  }

  async streamRevision(streamId: string): Promise<number> {
    this.ensureOpen();
    parseStreamId(streamId);
    const rows = await this.query<{ revision: string }>('gongron-stream-revision', 'select revision from gongron_streams where stream_id = $1', [streamId]);
    return rows[0] ? Number(rows[0].revision) : -1;
  }

  async readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    this.ensureOpen();
    const { after, maxCount } = normalizeReadAll(options);
    const rows = await this.readAllRows(after, maxCount);
    const events: StoredEvent[] = new Array(rows.length);
    for (let index = 0; index < rows.length; index++) events[index] = toStoredEvent(this.registry, toRaw(rows[index]!));
    return events;
  }

  private readAllRows(after: number, maxCount: number): Promise<EventRow[]> {
    return this.query<EventRow>('gongron-read-all', `select ${COLUMNS} from gongron_events where position > $1 order by position limit $2`, [after, maxCount]);
  }

  async headPosition(): Promise<number> {
    this.ensureOpen();
    const rows = await this.query<{ head: string | null }>('gongron-head', 'select max(position) as head from gongron_events', []);
    return Number(rows[0]?.head ?? 0);
  }

  subscribeToAll(after: number, handler: EventHandler, options?: SubscriptionOptions): Subscription {
    this.ensureOpen();
    void this.startListener();
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

  /** LISTEN on a dedicated connection so appends by other processes wake subscribers at once. */
  private startListener(): Promise<void> {
    if (this.listener || this.listenerStarting) return this.listenerStarting ?? Promise.resolve();
    const client = new pg.Client(this.pool.options);
    this.listenerStarting = (async () => {
      try {
        await client.connect();
        client.on('notification', () => this.signal.notify());
        client.on('error', () => {
          // Polling carries on; the next subscription starts a new listener.
          if (this.listener === client) this.listener = undefined;
          client.end().catch(() => undefined);
        });
        await client.query(`listen ${NOTIFY_CHANNEL}`);
        if (this.closed) await client.end();
        else this.listener = client;
      } catch {
        await client.end().catch(() => undefined);
      } finally {
        this.listenerStarting = undefined;
      }
    })();
    return this.listenerStarting;
  }

  async verifyStream(streamId: string): Promise<VerificationResult> {
    this.ensureOpen();
    parseStreamId(streamId);
    const rows = await this.query<EventRow>('gongron-verify-stream', `select ${COLUMNS} from gongron_events where stream_id = $1 order by revision`, [streamId]);
    return verifyPages(
      (async function* () {
        yield rows.map(toRaw);
      })(),
    );
  }

  async verifyAll(onProgress?: (eventsChecked: number) => void): Promise<VerificationResult> {
    this.ensureOpen();
    const read = (after: number) => this.readAllRows(after, 5000);
    async function* pages() {
      let after = 0;
      for (;;) {
        const page = (await read(after)).map(toRaw);
        if (page.length === 0) return;
        yield page;
        after = page[page.length - 1]!.position;
      }
    }
    return verifyPages(pages(), onProgress);
  }

  async ping(): Promise<void> {
    this.ensureOpen();
    await this.query('gongron-ping', 'select 1', []);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.listenerStarting;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    if (this.ownsPool) await this.pool.end();
  }

  private async connect(): Promise<pg.PoolClient> {
    try {
      return await this.pool.connect();
    } catch (error) {
      throw mapPostgresError(error);
    }
  }

  private async query<R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]): Promise<R[]> {
    try {
      return (await this.pool.query<R>({ name, text, values })).rows;
    } catch (error) {
      throw mapPostgresError(error);
    }
  }

  private ensureOpen(): void {
    if (this.closed) throw new StoreUnavailableError('PostgreSQL: the event store is closed');
  }
}

function isBroken(error: unknown): boolean {
  return mapPostgresError(error) instanceof StoreUnavailableError;
}
