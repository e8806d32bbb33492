/**
 * EventStoreDB adapter: one EventStoreDB stream per Gongron stream, `$all` for the global log and
 * its subscriptions. Written against `@eventstore/db-client` 6.2.1 and the server's source at
 * v24.10.4 (github.com/EventStore/EventStore, `src/EventStore.Core/…`, cited by path below).
 *
 * Stored form. Data is the event's JSON; metadata is the envelope of `append-size.ts` (the hash
 * chain, schema version and recorded time in `gongron`, the caller's metadata in `metadata`,
 * `$correlationId`/`$causationId` copied for the server's own projections), sent as bytes so the
 * server stores exactly what the port measured. Positions are log positions (log-position.ts).
 *
 * Event ids, across the whole log. The server's duplicate check does not give the port's rule:
 * it is per stream and tied to the expected version — a new stream, or an expected revision equal
 * to the stream's head, is written whatever ids it carries; only `any`/`stream-exists`, or an
 * expected revision below the head, compare ids, and only with the same stream
 * (`Services/Storage/ReaderIndex/IndexWriter.cs`, `CheckCommit`). v24.10 has no append across
 * streams (`src/Protos/Grpc/streams.proto`: `Append` and `BatchAppend` name one stream each), so
 * the id and its events cannot be written in one step. The adapter keeps one claim stream per id
 * (event-id-claims.ts) and writes in this order:
 *   1. read the stream's head and each id's claim, and what each claimed place holds; an id
 *      stored in this stream at the batch's place is a retry (the original result,
 *      `duplicate: true`); an id stored elsewhere, or claimed for a place not yet written other
 *      than the one this append gives it, is `EventIdConflictError`;
 *   2. claim every id for (stream, revision), each claim appended with the claim stream's
 *      expected version (`no_stream` for a new id), so of two claimants of one id only one
 *      writes (IndexWriter: an expected version equal to the head is the only case written
 *      without an id check, and it fails for the second writer because the head moved);
 *   3. append the events with the expected revision the hash chain was sealed on;
 *   4. read them back from the leader: our hashes mean we wrote them; the same ids with other
 *      hashes mean the server answered from its own idempotency check (another append of these
 *      ids got there first), so the result is a duplicate or a conflict, as on SQL.
 * The invariant: once an id is stored, its last claim names its place. A claim is taken over
 * only when its place holds another id (stale: revisions never change, and the claimant's write,
 * pinned below that place, can never write — IndexWriter answers an expected revision below the
 * head as a duplicate when the very same ids sit there and refuses it otherwise), or when its
 * place is still empty and is
 * exactly where this append puts the id (whichever of the two writes lands, the id lands where
 * the claim says; the server writes at most one of them, and step 4 names the other). Claims are
 * never released: a release after a refusal could undo the claim of a racing write of the same
 * id to the same place that did land. A crash after step 2 leaves a pending claim: a retry of
 * the batch takes it over; the id cannot go elsewhere until its place is filled (then it is
 * stale). A crash after step 3 leaves the events and their claims: the retry is recognised in
 * step 1, however old it is, by reading one claim event and the batch's own events — nothing
 * reads a window of earlier events.
 *
 * Size. The server caps one append at MaxAppendSize, 1,048,576 bytes by default
 * (`Configuration/ClusterVNodeOptions.cs`; counted in `Services/Transport/Grpc/Streams.Append.cs`
 * and `Streams.BatchAppend.cs` as `Event.SizeOnDisk` = data + metadata + 2 × type length). The
 * port refuses any batch over that on every adapter (append-size.ts); a server configured lower
 * still answers with the same EventTooLargeError (eventstoredb-errors.ts).
 *
 * Reads and writes go to the leader (`requires-leader`; a follower answers NotLeader and the
 * client moves to the leader, `dist/Client/index.js`, `shouldReconnect`). The leader answers a
 * write only once it is indexed (`Services/RequestManager/Managers/RequestManagerBase.cs`,
 * `AllEventsWritten` waits for `CommitSource.IndexedPosition`), so the read-back of step 4 sees
 * it; should it not within the deadline, a single-event result is built from what was written
 * and the position the append returned (the last event's log position: `StorageChaser.cs`,
 * `CommitAck` at the `TransactionEnd` prepare), and a longer batch reports StoreUnavailableError
 * saying it was written — retrying returns it.
 *
 * Every call has a deadline: the client sets none on reads (`dist/streams/readStream.js`,
 * `deadline: Infinity`), so each read is cancelled after `deadlineMs` without a message, and each
 * append is bounded both by the server (the request's deadline) and here. Leaving a read early
 * cancels its gRPC call. `throwOnAppendFailure=false` is refused: it turns a wrong expected
 * version into a result with `success: false` (`dist/streams/appendToStream/append.js`).
 * Subscriptions filter on Gongron's stream names on the server and, after a transport error,
 * resubscribe from the last delivered position with back-off.
 */
import { BACKWARDS, END, EventStoreDBClient } from '@eventstore/db-client';
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
import { StreamNotFoundError as UnknownStreamError, StoreUnavailableError } from '../errors.js';
import { InvalidArgumentError, validateExpected, verifyPages } from '../core.js';
import { CompiledRegistry, type EventTypeRegistry } from '../registry.js';
import { parseStreamId } from '../stream-id.js';
import type pg from 'pg';
import { createPostgresPool } from '../postgres/postgres-pool.js';
import { PostgresSubjectKeys } from '../personal-data/subject-keys.js';
import { EventStoreDbCalls } from './eventstoredb-calls.js';
import { EventStoreDbReads } from './eventstoredb-reads.js';
import { EventStoreDbAppends } from './eventstoredb-appends.js';
import { subscribeToAllEvents, type ResubscribePauses } from './eventstoredb-subscription.js';

export interface EventStoreDbEventStoreOptions {
  readonly connectionString: string;
  readonly registry?: EventTypeRegistry;
  readonly clock?: () => Date;
  /** The longest any call may go without an answer, ms (default 10,000). */
  readonly deadlineMs?: number;
  /** A subscription's wait before resubscribing after a transport error: the first and the longest, ms. */
  readonly resubscribe?: { readonly firstMs: number; readonly maxMs: number };
  /**
   * The installation's PostgreSQL (DATABASE_URL of the scale-out mode, beside the read models):
   * where the personal-data keys are kept. With it and a registry that lists personal fields,
   * every personal value is sealed before it is appended, as on the SQL stores; the log on the
   * server holds only ciphertext, and an erasure destroys the key in PostgreSQL.
   */
  readonly subjectKeysConnectionString?: string;
}

const VERIFY_PAGE_SIZE = 2000;

/**
 * The door: server calls with their deadlines (eventstoredb-calls.ts), reads, appends and the
 * subscription each live in their own module; the stored form is stored-form.ts.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly registry: CompiledRegistry;
  private readonly resubscribe: ResubscribePauses;
  private readonly subscriptions = new Set<Subscription>();
  private readonly reads: EventStoreDbReads;
  private readonly appends: EventStoreDbAppends;
  private readonly calls: EventStoreDbCalls;
  private closed = false;
  private readonly keysPool: pg.Pool | undefined;
  readonly subjectKeys: PostgresSubjectKeys | undefined;

  private constructor(
    readonly client: EventStoreDBClient,
    options: EventStoreDbEventStoreOptions,
  ) {
    this.registry = new CompiledRegistry(options.registry);
    if (this.registry.personalData && options.subjectKeysConnectionString) {
      this.keysPool = createPostgresPool({ connectionString: options.subjectKeysConnectionString, max: 4 });
      this.subjectKeys = new PostgresSubjectKeys(this.keysPool);
    }
    const clock = options.clock ?? (() => new Date());
    const deadlineMs = options.deadlineMs ?? 10_000;
    this.resubscribe = options.resubscribe ?? { firstMs: 100, maxMs: 5_000 };
    if (!Number.isInteger(deadlineMs) || deadlineMs < 1)
      throw new InvalidArgumentError('deadlineMs', `must be an integer ≥ 1 (got ${String(deadlineMs)})`);
    this.calls = new EventStoreDbCalls(client, deadlineMs);
    this.reads = new EventStoreDbReads(this.calls, this.registry);
    this.appends = new EventStoreDbAppends(this.calls, this.reads, this.registry, clock, this.subjectKeys);
  }

  /** Connects and checks that the server answers (StoreUnavailableError otherwise). */
  static async connect(options: EventStoreDbEventStoreOptions): Promise<EventStoreDbEventStore> {
    const store = await EventStoreDbEventStore.open(options);
    try {
      await store.ping();
      if (store.keysPool) await PostgresSubjectKeys.migrate(store.keysPool);
    } catch (error) {
      await store.client.dispose().catch(() => undefined);
      await store.keysPool?.end().catch(() => undefined);
      throw error;
    }
    return store;
  }

  /**
   * A store over the connection string without waiting for the server: calls fail with
   * StoreUnavailableError until it answers, and subscriptions wait for it.
   */
  static async open(options: EventStoreDbEventStoreOptions): Promise<EventStoreDbEventStore> {
    let client: EventStoreDBClient;
    try {
      client = EventStoreDBClient.connectionString(options.connectionString);
    } catch (error) {
      throw new InvalidArgumentError('connectionString', `is not an EventStoreDB connection string (${(error as Error).message})`);
    }
    // The client parses the option itself (any spelling); its getter is typed protected, public at run time.
    if ((client as unknown as { readonly throwOnAppendFailure: boolean }).throwOnAppendFailure === false) {
      await client.dispose();
      throw new InvalidArgumentError(
        'connectionString',
        'sets throwOnAppendFailure=false, which would turn a wrong expected revision into a success; remove it',
      );
    }
    try {
      return new EventStoreDbEventStore(client, options);
    } catch (error) {
      await client.dispose();
      throw error;
    }
  }

  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    this.ensureOpen();
    validateExpected(expected);
    return this.appends.append(streamId, events, expected);
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
    if (!Number.isInteger(after) || after < 0) throw new InvalidArgumentError('after', `must be an integer ≥ 0 (got ${String(after)})`);
    const handle = subscribeToAllEvents(this.client, this.registry, this.resubscribe, after, handler, options);
    this.subscriptions.add(handle);
    void handle.done.then(() => this.subscriptions.delete(handle));
    return handle;
  }

  async verifyStream(streamId: string): Promise<VerificationResult> {
    this.ensureOpen();
    parseStreamId(streamId);
    const events = await this.reads.wholeStream(streamId);
    if (events.length === 0) throw new UnknownStreamError(streamId);
    return verifyPages(
      (async function* () {
        yield events;
      })(),
    );
  }

  async verifyAll(onProgress?: (eventsChecked: number) => void): Promise<VerificationResult> {
    this.ensureOpen();
    const read = (after: number) => this.reads.readAllRaw(after, VERIFY_PAGE_SIZE);
    async function* pages() {
      let after = 0;
      for (;;) {
        const page = await read(after);
        if (page.length === 0) return;
        yield page;
        after = page[page.length - 1]!.position;
      }
    }
    return verifyPages(pages(), onProgress);
  }

  async ping(): Promise<void> {
    this.ensureOpen();
    try {
      for await (const _ of this.calls.allEvents(BACKWARDS, END, 1, 'ping')) break;
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      throw new StoreUnavailableError(`EventStoreDB (ping): ${(error as Error).message}`, error);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.client.dispose();
    await this.keysPool?.end();
  }

  private ensureOpen(): void {
    if (this.closed) throw new StoreUnavailableError('EventStoreDB: the event store is closed');
  }
}
