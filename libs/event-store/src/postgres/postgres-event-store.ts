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
 * batch is resealed. The explicit-transaction path below (lock the row, read the head, seal,
 * insert) remains for an append that keeps finding its head stale or whose group failed.
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
  VerifyOptions,
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
  type PreparedEvent,
  type RawEvent,
  type SealedEvent,
} from '../core.js';
import { CompiledRegistry, type EventTypeRegistry } from '../registry.js';
import { parseStreamId, streamCategory } from '../stream-id.js';
import { pollingSubscription, WakeSignal } from '../subscription.js';
import { createPostgresPool } from './postgres-pool.js';
import { PostgresSubjectKeys, type SubjectKeyRequest } from '../personal-data/subject-keys.js';
import { keyRequestsOf, protectBatch } from '../personal-data/protect.js';
import { postgresMerkleStorage, receiptsOf } from './postgres-merkle.js';
import { MerkleLogReader, storedReceipts, type MerkleLog, type MerkleStorage, type Receipt } from '../merkle/merkle-log.js';
import { verifyLog, verifyStreamRows, type StreamHeadRecord } from '../merkle/log-verification.js';
import {
  EXPECT_ANY,
  EXPECT_STREAM_EXISTS,
  migratePostgres,
  NOTIFY_CHANNEL,
  OUTCOME_ID_STORED,
  OUTCOME_INSERTED,
  OUTCOME_STALE_HEAD,
  OUTCOME_WRONG_EXPECTED,
} from './postgres-schema.js';

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

/** An append waiting for (or riding in) a group commit. */
interface PendingAppend {
  readonly streamId: string;
  readonly category: string;
  readonly batch: PreparedEvent[];
  readonly expected: ExpectedRevision;
  /** How many times the head it was sealed on turned out stale. */
  staleRounds: number;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

interface StreamHead {
  readonly revision: number;
  /** undefined when only the revision is known (the first group answers with the hash). */
  readonly hash: string | undefined;
}

interface GroupRow {
  o_outcome: number;
  o_item: number | null;
  o_number: string;
  o_text: string | null;
  o_leaf: string | null;
}

/**
 * Two groups in flight: while one holds the append lock and flushes its commit, the next has
 * already locked its streams and checked its expectations and waits at the lock, so the lock
 * never idles through a client round trip.
 */
const GROUPS_IN_FLIGHT = 2;
const MAX_GROUP_APPENDS = 256;
const MAX_GROUP_EVENTS = 4096;
/** After this many stale heads an append takes the locking path, which cannot be overtaken. */
const MAX_STALE_ROUNDS = 2;
const HEAD_CACHE_SIZE = 10_000;
const LISTENER_RETRY_MIN_MS = 100;
const LISTENER_RETRY_MAX_MS = 5_000;

function expectedCode(expected: ExpectedRevision): number {
  if (expected === 'any') return EXPECT_ANY;
  if (expected === 'stream-exists') return EXPECT_STREAM_EXISTS;
  if (expected === 'no-stream') return -1;
  return expected;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

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
    (code === '55000' && /not currently accepting connections/i.test(message)) ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end/i.test(
      message,
    )
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
  private readonly queue: PendingAppend[] = [];
  /** Streams with an append in a group in flight: their next append waits to be sealed on the new head. */
  private readonly busyStreams = new Set<string>();
  private groupsInFlight = 0;
  private readonly groups = new Set<Promise<void>>();
  /**
   * Last known head per stream (from appends and reads). Only a guess to seal against: the
   * group function compares it with the locked stream row and answers "stale" on a mismatch.
   */
  private readonly heads = new Map<string, StreamHead>();
  private listener: pg.Client | undefined;
  private listenerStarting: Promise<void> | undefined;
  private listenerTimer: NodeJS.Timeout | undefined;
  private listenerRetryMs = LISTENER_RETRY_MIN_MS;
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
    this.clock = options.clock ?? (() => new Date());
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.beforeCommit = options.beforeCommit;
    this.subjectKeys = this.registry.personalData ? new PostgresSubjectKeys(this.pool) : undefined;
    this.treeStorage = postgresMerkleStorage(
      (name, text, values) => this.query(name, text, values),
      async (position) => {
        const rows = await this.query<EventRow>('gongron-event-at', `select ${COLUMNS} from gongron_events where position = $1`, [
          position,
        ]);
        return rows[0] && toRaw(rows[0]);
      },
    );
    this.merkle = new MerkleLogReader(this.treeStorage);
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
      this.queue.push({ streamId, category, batch, expected, staleRounds: 0, resolve, reject });
      this.pump();
    });
  }

  /** Starts group commits while there is room and queued work whose stream is not in flight. */
  private pump(): void {
    while (this.groupsInFlight < GROUPS_IN_FLIGHT && this.queue.length > 0) {
      const group: PendingAppend[] = [];
      const taken = new Set<string>();
      let eventCount = 0;
      for (let index = 0; index < this.queue.length && group.length < MAX_GROUP_APPENDS;) {
        const pending = this.queue[index]!;
        // One append per stream per group, and none while an earlier one is in flight: each is
        // sealed on the head the previous one left, and a stream's appends keep their order.
        if (
          this.busyStreams.has(pending.streamId) ||
          taken.has(pending.streamId) ||
          (group.length > 0 && eventCount + pending.batch.length > MAX_GROUP_EVENTS)
        ) {
          taken.add(pending.streamId);
          index++;
          continue;
        }
        this.queue.splice(index, 1);
        taken.add(pending.streamId);
        group.push(pending);
        eventCount += pending.batch.length;
      }
      if (group.length === 0) return;
      this.groupsInFlight++;
      for (const pending of group) this.busyStreams.add(pending.streamId);
      const running = this.commitGroup(group)
        // Settling twice is a no-op: this only reaches appends nothing has answered yet.
        .catch((error: unknown) => group.forEach((pending) => pending.reject(mapPostgresError(error))))
        .finally(() => {
          this.groupsInFlight--;
          this.groups.delete(running);
          for (const pending of group) this.busyStreams.delete(pending.streamId);
          this.pump();
        });
      this.groups.add(running);
    }
  }

  private rememberHead(streamId: string, head: StreamHead): void {
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > HEAD_CACHE_SIZE) this.heads.delete(this.heads.keys().next().value!);
  }

  /** The head to seal on: known for 'no-stream', else the last one seen (possibly stale). */
  private guessHead(streamId: string, expected: ExpectedRevision): StreamHead {
    if (expected === 'no-stream') return { revision: -1, hash: '' };
    const known = this.heads.get(streamId);
    if (typeof expected === 'number' && known?.revision !== expected) return { revision: expected, hash: undefined };
    return known ?? { revision: -1, hash: '' };
  }

  /** One statement, one transaction, one WAL flush for every append of the group. */
  private async commitGroup(group: PendingAppend[]): Promise<void> {
    const recordedAt = this.clock().toISOString();
    const guesses = group.map((pending) => this.guessHead(pending.streamId, pending.expected));
    let sealedGroup: SealedEvent[][] = [];
    // The batches as stored. Each pending append keeps its plain batch: should this transaction
    // roll back, the keys it created are gone and the next attempt seals again.
    let batches: PreparedEvent[][] = group.map((pending) => pending.batch);
    // Sealing waits for the subjects' keys, which the group's own transaction creates where missing.
    const seal = async (client: pg.PoolClient | undefined): Promise<unknown[]> => {
      if (client) {
        batches = [];
        for (const pending of group) batches.push(await this.protect(client, pending.streamId, pending.batch, recordedAt));
      }
      sealedGroup = group.map((pending, item) =>
        sealBatch(pending.streamId, batches[item]!, guesses[item]!.revision, guesses[item]!.hash ?? '', recordedAt),
      );
      const items: number[] = [];
      const events: SealedEvent[] = [];
      sealedGroup.forEach((sealed, item) => {
        for (const event of sealed) {
          items.push(item + 1);
          events.push(event);
        }
      });
      return [
        group.map((p) => p.streamId),
        group.map((p) => p.category),
        group.map((p) => expectedCode(p.expected)),
        guesses.map((g) => g.revision),
        guesses.map((g) => g.hash ?? null),
        group.map((p) => p.batch.length),
        recordedAt,
        items,
        events.map((e) => e.id),
        events.map((e) => e.revision),
        events.map((e) => e.type),
        events.map((e) => e.schemaVersion),
        events.map((e) => e.dataJson),
        events.map((e) => e.metadataJson),
        events.map((e) => e.hash),
        events.map((e) => e.previousHash),
      ];
    };
    const needsKeys =
      this.subjectKeys !== undefined && group.some((pending) => this.keyRequests(pending.streamId, pending.batch).length > 0);
    let rows: GroupRow[];
    try {
      rows = await this.runGroup(seal, needsKeys);
    } catch (error) {
      const mapped = mapPostgresError(error);
      if (mapped instanceof StoreUnavailableError) {
        for (const pending of group) pending.reject(mapped);
        return;
      }
      // One member spoiled the statement (a racing duplicate id, data PostgreSQL refuses):
      // each append runs alone, so each gets its own answer.
      await Promise.all(group.map((pending) => this.appendLocked(pending).then(pending.resolve, pending.reject)));
      return;
    }
    const refused = new Map<number, GroupRow>();
    const positions = new Map<string, number>();
    const leaves = new Map<string, number>();
    for (const row of rows) {
      if (row.o_outcome === OUTCOME_INSERTED) {
        positions.set(row.o_text!, Number(row.o_number));
        leaves.set(row.o_text!, Number(row.o_leaf));
      } else refused.set(row.o_item! - 1, row);
    }
    if (positions.size > 0) this.signal.notify();
    const retries: Promise<void>[] = [];
    group.forEach((pending, item) => {
      const refusal = refused.get(item);
      if (!refusal) {
        const sealed = sealedGroup[item]!;
        const last = sealed[sealed.length - 1]!;
        this.rememberHead(pending.streamId, { revision: last.revision, hash: last.hash });
        const stored = sealed.map((event) => this.storedFromSealed(event, positions.get(event.id)!));
        const receipts = receiptsOf(
          stored,
          sealed.map((event) => leaves.get(event.id)!),
        );
        pending.resolve(appendResult(pending.streamId, stored, false, receipts));
        return;
      }
      const head = { revision: Number(refusal.o_number), hash: refusal.o_text ?? '' };
      this.rememberHead(pending.streamId, head);
      if (refusal.o_outcome === OUTCOME_STALE_HEAD) {
        pending.staleRounds++;
        if (pending.staleRounds > MAX_STALE_ROUNDS) retries.push(this.appendLocked(pending).then(pending.resolve, pending.reject));
        else this.queue.unshift(pending);
      } else if (refusal.o_outcome === OUTCOME_WRONG_EXPECTED) {
        // A retry of an append that already succeeded carries a stale expectation: recognise it first.
        retries.push(
          this.retryResult(this.pool, pending.streamId, batches[item]!)
            .then((retried) => retried ?? Promise.reject(new WrongExpectedRevisionError(pending.streamId, pending.expected, head.revision)))
            .then(pending.resolve, (error: unknown) => pending.reject(mapPostgresError(error))),
        );
      } else if (refusal.o_outcome === OUTCOME_ID_STORED) {
        retries.push(this.resolveUniqueViolation(pending.streamId, pending.batch, undefined).then(pending.resolve, pending.reject));
      }
    });
    await Promise.all(retries);
  }

  private async runGroup(seal: (client: pg.PoolClient | undefined) => Promise<unknown[]>, needsKeys: boolean): Promise<GroupRow[]> {
    const client = await this.pool.connect();
    const query = (values: unknown[]) => ({
      name: 'gongron-append-group',
      text: `select o_outcome, o_item, o_number, o_text, o_leaf
               from gongron_append_group($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::text[]::jsonb[], $14::text[]::jsonb[], $15, $16)`,
      values,
    });
    const transaction = needsKeys || this.beforeCommit !== undefined;
    try {
      if (!transaction) {
        // Autocommit: the statement's own transaction commits as it ends, with no round trip inside the lock.
        const { rows } = await client.query<GroupRow>(query(await seal(undefined)));
        client.release();
        return rows;
      }
      await client.query('begin');
      // The subjects' keys are written in the transaction of the events sealed under them.
      const { rows } = await client.query<GroupRow>(query(await seal(needsKeys ? client : undefined)));
      if (this.beforeCommit) await this.beforeCommit(client);
      await client.query('commit');
      client.release();
      return rows;
    } catch (error) {
      if (transaction) await client.query('rollback').catch(() => undefined);
      client.release(isBroken(error));
      throw error;
    }
  }

  private storedFromSealed(event: SealedEvent, position: number): StoredEvent {
    return toStoredEvent(this.registry, {
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      streamId: event.streamId,
      revision: event.revision,
      position,
      recordedAt: event.recordedAt,
      data: event.data,
      metadata: event.metadata,
      hash: event.hash,
      previousHash: event.previousHash,
    });
  }

  /** The path that cannot be overtaken: lock the stream row, read its head, seal, insert. */
  private async appendLocked(pending: PendingAppend): Promise<AppendResult> {
    const { streamId, batch, expected } = pending;
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
    if (!result.duplicate) this.rememberHead(streamId, { revision: result.revision, hash: result.events[result.events.length - 1]!.hash });
    return result;
  }

  private async appendWith(
    client: pg.PoolClient,
    streamId: string,
    plainBatch: PreparedEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    await client.query('begin');
    const batch = await this.protect(client, streamId, plainBatch, this.clock().toISOString());
    const category = streamCategory(streamId);
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
    const inserted = await client.query<{ revision: string; position: string; leaf_index: string }>({
      name: 'gongron-append-events',
      text: 'select revision, position, leaf_index from gongron_append_events($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
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
    const leaves = new Map(inserted.rows.map((row) => [Number(row.revision), Number(row.leaf_index)]));
    const stored = sealed.map(({ dataJson: _d, metadataJson: _m, ...fields }) =>
      toStoredEvent(this.registry, { ...fields, position: positions.get(fields.revision)! }),
    );
    return appendResult(
      streamId,
      stored,
      false,
      receiptsOf(
        stored,
        sealed.map((event) => leaves.get(event.revision)!),
      ),
    );
  }

  /** The duplicate result when the batch's first id is already stored; undefined when it is not. */
  private async retryResult(client: pg.Pool | pg.PoolClient, streamId: string, batch: PreparedEvent[]): Promise<AppendResult | undefined> {
    // Unnamed, so it is planned for the table's current size (a rare path: retries and conflicts).
    const located = await client.query<{ stream_id: string; revision: string }>(
      'select stream_id, revision from gongron_events where event_id = $1',
      [batch[0]!.id],
    );
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
    const receipts = await this.storedReceipts(place.map((event) => event.position));
    return appendResult(
      streamId,
      place.map((event) => toStoredEvent(this.registry, event)),
      true,
      receipts,
    );
  }

  private async storedReceipts(positions: readonly number[]): Promise<Receipt[] | undefined> {
    const leaves = await Promise.all(positions.map((position) => this.merkle.leafByPosition(position)));
    return storedReceipts(leaves, (await this.merkle.treeHead()).size);
  }

  /** A unique constraint was the last line: a retried batch, an id stored elsewhere, or a lost race. */
  private keyRequests(streamId: string, batch: readonly PreparedEvent[]): SubjectKeyRequest[] {
    const locate = this.registry.personalData;
    return locate ? keyRequestsOf(streamId, batch, locate) : [];
  }

  /** Personal values encrypted under their subjects' keys, created on `client`'s transaction where missing. */
  private async protect(client: pg.PoolClient, streamId: string, batch: PreparedEvent[], at: string): Promise<PreparedEvent[]> {
    const requests = this.keyRequests(streamId, batch);
    if (requests.length === 0 || !this.subjectKeys) return batch;
    return protectBatch(streamId, batch, this.registry.personalData!, await this.subjectKeys.keysForAppend(client, requests, at));
  }

  /** The batch as it would be stored under the keys that exist now (to recognise a retry; a missing key cannot match). */
  private async protectWithExisting(streamId: string, batch: PreparedEvent[]): Promise<PreparedEvent[]> {
    const requests = this.keyRequests(streamId, batch);
    if (requests.length === 0 || !this.subjectKeys) return batch;
    return protectBatch(streamId, batch, this.registry.personalData!, await this.subjectKeys.existingKeys(this.pool, requests), 'leave');
  }

  private async resolveUniqueViolation(streamId: string, plainBatch: PreparedEvent[], violation: unknown): Promise<AppendResult> {
    const batch = await this.protectWithExisting(streamId, plainBatch);
    try {
      const retried = await this.retryResult(this.pool, streamId, batch);
      if (retried) return retried;
      const { rows } = await this.pool.query<{ event_id: string; stream_id: string; revision: string }>(
        'select event_id, stream_id, revision from gongron_events where event_id = any($1::text[])',
        [batch.map((e) => e.id)],
      );
      if (rows[0])
        throw conflictForExistingId(streamId, rows[0].event_id, { streamId: rows[0].stream_id, revision: Number(rows[0].revision) });
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
    const rows = await this.query<EventRow>(
      'gongron-read-stream',
      `select ${COLUMNS} from gongron_events where stream_id = $1 and revision between $2 and $3 order by revision`,
      [streamId, read.lowRevision, read.highRevision],
    );
    const last = rows[rows.length - 1];
    if (last) this.rememberHead(streamId, { revision: Number(last.revision), hash: last.hash });
    return applyStreamRead(rows.map(toRaw), read).map((event) => toStoredEvent(this.registry, event));
  }

  async streamRevision(streamId: string): Promise<number> {
    this.ensureOpen();
    parseStreamId(streamId);
    const rows = await this.query<{ revision: string }>(
      'gongron-stream-revision',
      'select revision from gongron_streams where stream_id = $1',
      [streamId],
    );
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
    return this.query<EventRow>(
      'gongron-read-all',
      `select ${COLUMNS} from gongron_events where position > $1 order by position limit $2`,
      [after, maxCount],
    );
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

  /**
   * LISTEN on a dedicated connection so appends by other processes wake subscribers at once.
   * A lost connection is replaced, with a growing pause while the server stays away; polling
   * carries the subscribers meanwhile, and the first wake after re-listening catches them up.
   */
  private startListener(): Promise<void> {
    if (this.listener || this.listenerStarting || this.closed) return this.listenerStarting ?? Promise.resolve();
    const client = new pg.Client(this.pool.options);
    // Registered before connect: an error at any moment (even mid-handshake) must not be uncaught.
    client.on('error', () => this.listenerLost(client));
    client.on('end', () => this.listenerLost(client));
    client.on('notification', () => this.signal.notify());
    this.listenerStarting = (async () => {
      try {
        await client.connect();
        await client.query(`listen ${NOTIFY_CHANNEL}`);
        if (this.closed) {
          await client.end();
          return;
        }
        this.listener = client;
        this.listenerRetryMs = LISTENER_RETRY_MIN_MS;
        // Anything appended while no one listened is found now.
        this.signal.notify();
      } catch {
        await client.end().catch(() => undefined);
        this.scheduleListener();
      } finally {
        this.listenerStarting = undefined;
      }
    })();
    return this.listenerStarting;
  }

  private listenerLost(client: pg.Client): void {
    if (this.listener !== client) return;
    this.listener = undefined;
    client.end().catch(() => undefined);
    this.scheduleListener();
  }

  private scheduleListener(): void {
    if (this.closed || this.listenerTimer || this.subscriptions.size === 0) return;
    const delay = this.listenerRetryMs;
    this.listenerRetryMs = Math.min(this.listenerRetryMs * 2, LISTENER_RETRY_MAX_MS);
    this.listenerTimer = setTimeout(() => {
      this.listenerTimer = undefined;
      void this.startListener();
    }, delay);
    this.listenerTimer.unref();
  }

  /** Whether the LISTEN connection is up (readiness reports it; polling covers its absence). */
  get listening(): boolean {
    return this.listener !== undefined;
  }

  async verifyStream(streamId: string, options?: VerifyOptions): Promise<VerificationResult> {
    this.ensureOpen();
    parseStreamId(streamId);
    const rows = await this.query<EventRow>(
      'gongron-verify-stream',
      `select ${COLUMNS} from gongron_events where stream_id = $1 order by revision`,
      [streamId],
    );
    const [head] = await this.storedHeads(streamId);
    return verifyStreamRows(
      {
        streamId,
        events: rows.map(toRaw),
        head,
        leafAt: (position) => this.merkle.leafByPosition(position),
        inclusionProof: (leafIndex, treeSize) => this.merkle.inclusionProof(leafIndex, treeSize),
        storedRoot: async (size) => (await this.merkle.treeHead(size)).rootHash,
        treeSize: async () => this.treeStorage.size(),
        eventCount: async () =>
          Number((await this.query<{ n: string }>('gongron-verify-count', 'select count(*) as n from gongron_events', []))[0]!.n),
        eventPositions: async (after, maxCount) =>
          (
            await this.query<{ position: string }>(
              'gongron-verify-event-positions',
              'select position from gongron_events where position > $1 order by position limit $2',
              [after, maxCount],
            )
          ).map((row) => Number(row.position)),
        leafPositions: async (afterIndex, maxCount) => (await this.treeStorage.leaves(afterIndex, maxCount)).map((leaf) => leaf.position),
      },
      options?.checkpoints,
    );
  }

  async verifyAll(onProgress?: (eventsChecked: number) => void, options?: VerifyOptions): Promise<VerificationResult> {
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
    return verifyLog(
      {
        events: pages,
        leaves: async (afterIndex, maxCount) => this.treeStorage.leaves(afterIndex, maxCount),
        treeSize: async () => this.treeStorage.size(),
        storedRoot: async (size) => (await this.merkle.treeHead(size)).rootHash,
        leafAt: (position) => this.merkle.leafByPosition(position),
        streamHeads: () => this.storedHeads(),
        streamEvent: async (streamId, revision) =>
          (
            await this.query<EventRow>(
              'gongron-verify-stream-event',
              `select ${COLUMNS} from gongron_events where stream_id = $1 and revision = $2`,
              [streamId, revision],
            )
          ).map(toRaw)[0],
      },
      options?.checkpoints,
      onProgress,
    );
  }

  /** The stream heads of gongron_streams (one stream's, or all). */
  private async storedHeads(streamId?: string): Promise<StreamHeadRecord[]> {
    const rows =
      streamId === undefined
        ? await this.query<{ stream_id: string; revision: string; last_hash: string }>(
            'gongron-verify-heads',
            'select stream_id, revision, last_hash from gongron_streams',
            [],
          )
        : await this.query<{ stream_id: string; revision: string; last_hash: string }>(
            'gongron-verify-head',
            'select stream_id, revision, last_hash from gongron_streams where stream_id = $1',
            [streamId],
          );
    return rows.map((row) => ({ streamId: row.stream_id, revision: Number(row.revision), hash: row.last_hash }));
  }

  async ping(): Promise<void> {
    this.ensureOpen();
    await this.query('gongron-ping', 'select 1', []);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    clearTimeout(this.listenerTimer);
    await this.listenerStarting;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    // Appends accepted before close finish (or fail) before the pool goes.
    while (this.groups.size > 0) await Promise.all(this.groups);
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
