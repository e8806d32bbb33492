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
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  NoStreamError,
  NotLeaderError,
  START,
  StreamNotFoundError,
  streamNameFilter,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendResult as ClientAppendResult,
  type Position,
  type ReadPosition,
  type ReadRevision,
  type ResolvedEvent,
  type StreamingRead,
} from '@eventstore/db-client';
import type {
  AppendResult,
  EventHandler,
  EventMetadata,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  JsonObject,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  Subscription,
  SubscriptionOptions,
  VerificationResult,
} from '../event-store.js';
import {
  StreamNotFoundError as UnknownStreamError,
  EventIdConflictError,
  EventTooLargeError,
  StoreUnavailableError,
  WrongExpectedRevisionError,
} from '../errors.js';
import {
  appendResult,
  applyStreamRead,
  checkExpected,
  conflictForExistingId,
  InvalidArgumentError,
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
  type SealedEvent,
} from '../core.js';
import { appendedEventBytes, MAX_APPEND_BYTES, storedMetadataJson } from '../append-size.js';
import { CompiledRegistry, type EventTypeRegistry } from '../registry.js';
import { parseStreamId } from '../stream-id.js';
import type pg from 'pg';
import { createPostgresPool } from '../postgres/postgres-pool.js';
import { keyRequestsOf, protectBatch } from '../personal-data/protect.js';
import { PostgresSubjectKeys } from '../personal-data/subject-keys.js';
import { mapEventStoreDbError, revisionFromClient, type EventStoreDbCall } from './eventstoredb-errors.js';
import {
  CLAIMED,
  claimData,
  claimHeadFrom,
  claimState,
  claimStreamOf,
  mayTake,
  type ClaimHead,
  type ClaimState,
} from './event-id-claims.js';
import { logPosition, portPosition } from './log-position.js';

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

interface GongronMetadata {
  readonly metadata: EventMetadata;
  readonly gongron: { schemaVersion: number; recordedAt: string; hash: string; previousHash: string };
}

/** Gongron's stream names on the server, for subscription filters: `<category>:` (stream-id.ts). */
const GONGRON_STREAM_NAMES = '^[a-z][a-z0-9-]{0,62}:';
const APPEND_ATTEMPTS = 5;
const LEADER = { requiresLeader: true } as const;

type AnyResolved = ResolvedEvent | AllStreamResolvedEvent;

function isGongronEvent(resolved: AnyResolved): boolean {
  const event = resolved.event;
  if (!event || event.streamId.startsWith('$') || !event.streamId.includes(':')) return false;
  const metadata = event.metadata as Partial<GongronMetadata> | undefined;
  return typeof metadata === 'object' && metadata !== null && typeof metadata.gongron === 'object' && metadata.gongron !== null;
}

function toRaw(resolved: AnyResolved): RawEvent {
  const event = resolved.event!;
  const stored = event.metadata as unknown as GongronMetadata;
  return {
    id: event.id,
    type: event.type,
    schemaVersion: stored.gongron.schemaVersion,
    streamId: event.streamId,
    revision: Number(event.revision),
    position: portPosition(event.position, `${event.streamId}@${event.revision}`),
    recordedAt: stored.gongron.recordedAt,
    data: event.data as JsonObject,
    metadata: stored.metadata ?? {},
    hash: stored.gongron.hash,
    previousHash: stored.gongron.previousHash,
  };
}

function eventData(event: SealedEvent) {
  return jsonEvent({
    id: event.id,
    type: event.type,
    data: event.data as Parameters<typeof jsonEvent>[0]['data'],
    metadata: Buffer.from(storedMetadata(event)),
  });
}

function storedMetadata(event: SealedEvent): string {
  return storedMetadataJson({
    metadataJson: event.metadataJson,
    metadata: event.metadata,
    schemaVersion: event.schemaVersion,
    recordedAt: event.recordedAt,
    hash: event.hash,
    previousHash: event.previousHash,
  });
}

function pause(ms: number, wake?: (resume: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake?.(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export class EventStoreDbEventStore implements EventStore {
  private readonly registry: CompiledRegistry;
  private readonly clock: () => Date;
  private readonly deadlineMs: number;
  private readonly resubscribe: { readonly firstMs: number; readonly maxMs: number };
  private readonly subscriptions = new Set<Subscription>();
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
    this.clock = options.clock ?? (() => new Date());
    this.deadlineMs = options.deadlineMs ?? 10_000;
    this.resubscribe = options.resubscribe ?? { firstMs: 100, maxMs: 5_000 };
    if (!Number.isInteger(this.deadlineMs) || this.deadlineMs < 1)
      throw new InvalidArgumentError('deadlineMs', `must be an integer ≥ 1 (got ${String(this.deadlineMs)})`);
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

  // ── appending ────────────────────────────────────────────────────────────

  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    this.ensureOpen();
    validateExpected(expected);
    const batch = await this.protect(streamId, prepareBatch(streamId, events, this.registry));
    const call: EventStoreDbCall = {
      operation: `append to ${streamId}`,
      streamId,
      expected,
      batch: { firstEventId: batch[0]!.id, bytes: batch.reduce((sum, event) => sum + appendedEventBytes(event), 0) },
    };
    for (let attempt = 1; ; attempt++) {
      const last = attempt === APPEND_ATTEMPTS;
      const [head, claims] = await Promise.all([this.streamHead(streamId), Promise.all(batch.map((event) => this.claimHead(event.id)))]);

      // 1. A retried batch: its first id is stored in this stream.
      const states = await Promise.all(batch.map((event, index) => this.claimStateOf(event.id, claims[index]!)));
      const firstPlace = claims[0]!.place;
      if (states[0] === 'stored' && firstPlace) {
        if (firstPlace.streamId !== streamId) throw conflictForExistingId(streamId, batch[0]!.id, firstPlace);
        const place = await this.readRange(streamId, firstPlace.revision, batch.length);
        resolveRetry(streamId, batch, firstPlace, place);
        return appendResult(
          streamId,
          place.map((event) => toStoredEvent(this.registry, event)),
          true,
        );
      }
      checkExpected(streamId, expected, head.revision);
      batch.forEach((event, index) => {
        const claim = claims[index]!;
        if (states[index] === 'stored') throw conflictForExistingId(streamId, event.id, claim.place!);
        if (!mayTake(states[index]!, claim, { streamId, revision: head.revision + 1 + index })) {
          throw new EventIdConflictError(
            event.id,
            streamId,
            `it is claimed by an append to "${claim.place!.streamId}" at revision ${claim.place!.revision} that has not been written (yet)`,
          );
        }
      });
      const sealed = sealBatch(streamId, batch, head.revision, head.hash, this.clock().toISOString());
      this.checkStoredSize(sealed);

      // 2. Claim every id for its place.
      const lostRace = await this.claim(streamId, head.revision, batch, claims, states, call);
      if (lostRace) {
        if (!last) continue;
        throw new EventIdConflictError(lostRace, streamId, 'other appends kept claiming it at the same moment');
      }

      // 3. The events, pinned to the revision the chain was sealed on.
      let written: ClientAppendResult;
      try {
        written = await this.write(streamId, sealed, head.revision, call);
      } catch (error) {
        if (error instanceof WrongExpectedVersionError) {
          if (!last) continue;
          throw new WrongExpectedRevisionError(streamId, expected, revisionFromClient(error.actualVersion));
        }
        throw mapEventStoreDbError(error, call);
      }

      // 4. What is stored there now.
      return this.appended(streamId, batch, sealed, head.revision, written.position, call);
    }
  }

  /**
   * Personal values sealed before anything is written. EventStoreDB has no transaction shared
   * with PostgreSQL, so the keys are made first (a key whose append then fails seals nothing);
   * a retried batch gets the keys its first attempt made, and so the same bytes.
   */
  private async protect(streamId: string, batch: PreparedEvent[]): Promise<PreparedEvent[]> {
    const keys = this.subjectKeys;
    const locate = this.registry.personalData;
    if (!keys || !locate) return batch;
    const requests = keyRequestsOf(streamId, batch, locate);
    if (requests.length === 0) return batch;
    let made: Map<string, Buffer>;
    try {
      made = await keys.keysBeforeAppend(requests, this.clock().toISOString());
    } catch (error) {
      throw new StoreUnavailableError(`EventStoreDB: the personal-data keys in PostgreSQL could not be read (${(error as Error).message})`);
    }
    return protectBatch(streamId, batch, locate, made);
  }

  /** The real stored size; the port's bound covers it unless the clock is past the year 9999. */
  private checkStoredSize(sealed: readonly SealedEvent[]): void {
    let bytes = 0;
    for (const event of sealed) {
      bytes += Buffer.byteLength(event.dataJson) + Buffer.byteLength(storedMetadata(event)) + 2 * event.type.length;
      if (bytes > MAX_APPEND_BYTES) throw new EventTooLargeError(event.id, bytes, MAX_APPEND_BYTES);
    }
  }

  /** Claims every id for its place; answers the id whose claim another append changed first, if any. */
  private async claim(
    streamId: string,
    current: number,
    batch: readonly PreparedEvent[],
    claims: readonly ClaimHead[],
    states: readonly ClaimState[],
    call: EventStoreDbCall,
  ): Promise<string | undefined> {
    const outcomes = await Promise.allSettled(
      batch.map(async (event, index) => {
        const revision = current + 1 + index;
        const claim = claims[index]!;
        // A pending claim for exactly this place already says what this append will do.
        if (states[index] === 'pending') return;
        const result = await this.appendOnLeader(
          claimStreamOf(event.id),
          [jsonEvent({ type: CLAIMED, data: claimData({ streamId, revision }) })],
          claim.version < 0 ? NO_STREAM : BigInt(claim.version),
          `claim ${event.id}`,
        );
        if (!result.success)
          throw new WrongExpectedVersionError(undefined, {
            streamName: claimStreamOf(event.id),
            current: result.nextExpectedRevision,
            expected: BigInt(claim.version),
          });
      }),
    );
    const failed = outcomes.findIndex((outcome) => outcome.status === 'rejected');
    if (failed < 0) return undefined;
    const reason = (outcomes[failed] as PromiseRejectedResult).reason;
    if (reason instanceof WrongExpectedVersionError) return batch[failed]!.id;
    throw mapEventStoreDbError(reason, { ...call, operation: `claim ${batch[failed]!.id} for ${streamId}` });
  }

  private async write(
    streamId: string,
    sealed: readonly SealedEvent[],
    current: number,
    call: EventStoreDbCall,
  ): Promise<ClientAppendResult> {
    const result = await this.appendOnLeader(streamId, sealed.map(eventData), current < 0 ? NO_STREAM : BigInt(current), call.operation);
    // Refused at connect; checked again because a result with success false was not written.
    if (!result.success) {
      throw new WrongExpectedVersionError(undefined, {
        streamName: streamId,
        current: result.nextExpectedRevision < 0n ? 'no_stream' : result.nextExpectedRevision,
        expected: current < 0 ? 'no_stream' : BigInt(current),
      });
    }
    return result;
  }

  private async appended(
    streamId: string,
    batch: readonly PreparedEvent[],
    sealed: readonly SealedEvent[],
    current: number,
    lastPosition: Position | undefined,
    call: EventStoreDbCall,
  ): Promise<AppendResult> {
    const from = current + 1;
    let stored: RawEvent[] = [];
    for (let wait = 25; ; wait *= 4) {
      stored = await this.readRange(streamId, from, sealed.length).catch((error: unknown) => {
        if (error instanceof StoreUnavailableError) return [];
        throw error;
      });
      if (stored.length === sealed.length || wait > this.deadlineMs) break;
      await pause(wait);
    }
    if (stored.length === sealed.length) {
      const ours = stored.every((event, index) => event.id === sealed[index]!.id && event.hash === sealed[index]!.hash);
      // Not ours: the server found these ids already there and wrote nothing (IndexWriter's idempotency).
      if (!ours) resolveRetry(streamId, batch, { streamId, revision: from }, stored);
      return appendResult(
        streamId,
        stored.map((event) => toStoredEvent(this.registry, event)),
        !ours,
      );
    }
    if (sealed.length === 1 && lastPosition) {
      const { dataJson: _data, metadataJson: _metadata, ...event } = sealed[0]!;
      return appendResult(
        streamId,
        [toStoredEvent(this.registry, { ...event, position: portPosition(lastPosition, call.operation) })],
        false,
      );
    }
    throw new StoreUnavailableError(
      `EventStoreDB (${call.operation}): the batch was written at revisions ${from}–${from + sealed.length - 1}, but the leader does not return it yet; retrying the append returns it`,
    );
  }

  // ── reading ──────────────────────────────────────────────────────────────

  /**
   * Every read goes through here: a deadline between messages, the port's errors, and the gRPC
   * call cancelled however the loop ends (the client's for-await alone leaves it open).
   */
  private async *read<T extends AnyResolved>(
    open: () => StreamingRead<T>,
    call: EventStoreDbCall,
    missingIsEmpty = false,
  ): AsyncGenerator<T> {
    for (let attempt = 1; ; attempt++) {
      let yielded = false;
      try {
        for await (const item of this.readOnce(open, call, missingIsEmpty)) {
          yielded = true;
          yield item;
        }
        return;
      } catch (error) {
        // A follower answered NotLeader and the client has moved to the leader: ask it once more.
        if (attempt === 1 && !yielded && error instanceof StoreUnavailableError && error.cause instanceof NotLeaderError) continue;
        throw error;
      }
    }
  }

  private async *readOnce<T extends AnyResolved>(
    open: () => StreamingRead<T>,
    call: EventStoreDbCall,
    missingIsEmpty: boolean,
  ): AsyncGenerator<T> {
    let late = false;
    let read: StreamingRead<T>;
    try {
      read = open();
    } catch (error) {
      throw mapEventStoreDbError(error, call);
    }
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        late = true;
        read.destroy(new Error('deadline'));
      }, this.deadlineMs);
    };
    arm();
    try {
      for await (const item of read) {
        arm();
        yield item;
      }
    } catch (error) {
      if (late) throw new StoreUnavailableError(`EventStoreDB (${call.operation}): no answer within ${this.deadlineMs} ms`, error);
      if (missingIsEmpty && (error instanceof StreamNotFoundError || error instanceof NoStreamError)) return;
      throw mapEventStoreDbError(error, call);
    } finally {
      clearTimeout(timer);
      await read.cancel().catch(() => undefined);
    }
  }

  private streamEvents(
    streamId: string,
    direction: typeof FORWARDS | typeof BACKWARDS,
    fromRevision: ReadRevision,
    maxCount: number,
  ): AsyncGenerator<ResolvedEvent> {
    return this.read(
      () => this.client.readStream(streamId, { direction, fromRevision, maxCount, ...LEADER }),
      { operation: `read ${streamId}`, streamId },
      true,
    );
  }

  private allEvents(
    direction: typeof FORWARDS | typeof BACKWARDS,
    fromPosition: ReadPosition,
    maxCount: number,
    operation = 'read $all',
  ): AsyncGenerator<AllStreamResolvedEvent> {
    return this.read(() => this.client.readAll({ direction, fromPosition, maxCount, ...LEADER }), { operation });
  }

  private async streamHead(streamId: string): Promise<{ revision: number; hash: string }> {
    for await (const resolved of this.streamEvents(streamId, BACKWARDS, END, 1)) {
      const revision = Number(resolved.event!.revision);
      return { revision, hash: isGongronEvent(resolved) ? toRaw(resolved).hash : '' };
    }
    return { revision: -1, hash: '' };
  }

  private async claimHead(eventId: string): Promise<ClaimHead> {
    for await (const resolved of this.streamEvents(claimStreamOf(eventId), BACKWARDS, END, 1)) {
      return claimHeadFrom(Number(resolved.event!.revision), resolved.event!.type, resolved.event!.data);
    }
    return { version: -1 };
  }

  private async claimStateOf(eventId: string, head: ClaimHead): Promise<ClaimState> {
    if (!head.place) return 'free';
    let idThere: string | undefined;
    for await (const resolved of this.streamEvents(head.place.streamId, FORWARDS, BigInt(head.place.revision), 1)) {
      if (resolved.event && Number(resolved.event.revision) === head.place.revision) idThere = resolved.event.id;
    }
    return claimState(eventId, head, idThere);
  }

  /** `count` events of one stream from revision `from`, in order. */
  private async readRange(streamId: string, from: number, count: number): Promise<RawEvent[]> {
    const events: RawEvent[] = [];
    for await (const resolved of this.streamEvents(streamId, FORWARDS, BigInt(from), count)) {
      if (isGongronEvent(resolved)) events.push(toRaw(resolved));
    }
    return events;
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    this.ensureOpen();
    parseStreamId(streamId);
    const read = normalizeStreamRead(options);
    const open = read.highRevision === Number.MAX_SAFE_INTEGER;
    let count = open ? Number.MAX_SAFE_INTEGER : read.highRevision - read.lowRevision + 1;
    // Without a time bound the first maxCount events of the range are the answer.
    if (read.maxCount !== undefined && read.recordedAtOrBefore === undefined && read.effectiveAtOrBefore === undefined)
      count = Math.min(count, read.maxCount);
    if (count <= 0) return [];
    const events: RawEvent[] = [];
    const from: ReadRevision = read.direction === 'forward' ? BigInt(read.lowRevision) : open ? END : BigInt(read.highRevision);
    const direction = read.direction === 'forward' ? FORWARDS : BACKWARDS;
    for await (const resolved of this.streamEvents(streamId, direction, from, count)) {
      if (isGongronEvent(resolved)) events.push(toRaw(resolved));
    }
    if (read.direction === 'backward') events.reverse();
    return applyStreamRead(events, read).map((event) => toStoredEvent(this.registry, event));
  }

  async streamRevision(streamId: string): Promise<number> {
    this.ensureOpen();
    parseStreamId(streamId);
    return (await this.streamHead(streamId)).revision;
  }

  async readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    this.ensureOpen();
    const { after, maxCount } = normalizeReadAll(options);
    return (await this.readAllRaw(after, maxCount)).map((event) => toStoredEvent(this.registry, event));
  }

  /** Gongron's events after `after`; claims and system events share `$all` and are read past. */
  private async readAllRaw(after: number, maxCount: number): Promise<RawEvent[]> {
    const events: RawEvent[] = [];
    const page = Math.min(2 * maxCount + 2, 4096);
    let from: ReadPosition = after === 0 ? START : logPosition(after);
    // A page starts at the last position of the one before, which it may return again.
    let floor = after;
    for (;;) {
      let seen = 0;
      let lastPosition: Position | undefined;
      for await (const resolved of this.allEvents(FORWARDS, from, page)) {
        seen++;
        if (resolved.event) lastPosition = resolved.event.position;
        if (!isGongronEvent(resolved)) continue;
        const raw = toRaw(resolved);
        if (raw.position <= floor) continue;
        events.push(raw);
        floor = raw.position;
        if (events.length === maxCount) return events;
      }
      if (seen < page || !lastPosition) return events;
      from = lastPosition;
    }
  }

  async headPosition(): Promise<number> {
    this.ensureOpen();
    // The last record of $all is usually the last event written; claims and system events may
    // follow it, so read back in growing pages until one of Gongron's.
    let from: ReadPosition = END;
    for (let page = 1; ; page = Math.min(page * 16, 4096)) {
      let seen = 0;
      let lastPosition: Position | undefined;
      for await (const resolved of this.allEvents(BACKWARDS, from, page, 'read the head of $all')) {
        seen++;
        if (resolved.event) lastPosition = resolved.event.position;
        if (isGongronEvent(resolved)) return portPosition(resolved.event!.position, 'the head of $all');
      }
      if (seen < page || !lastPosition) return 0;
      from = lastPosition;
    }
  }

  // ── subscribing ──────────────────────────────────────────────────────────

  subscribeToAll(after: number, handler: EventHandler, options?: SubscriptionOptions): Subscription {
    this.ensureOpen();
    if (!Number.isInteger(after) || after < 0) throw new InvalidArgumentError('after', `must be an integer ≥ 0 (got ${String(after)})`);
    let stopped = false;
    let position = after;
    let current: { unsubscribe(): Promise<void> } | undefined;
    let wake: (() => void) | undefined;
    const fail = (error: unknown) => {
      stopped = true;
      if (options?.onError) options.onError(error);
      else console.error('EventStoreDB subscription stopped after an error', error);
    };
    const run = async () => {
      let failures = 0;
      while (!stopped) {
        const subscription = this.client.subscribeToAll({
          fromPosition: position === 0 ? START : logPosition(position),
          filter: streamNameFilter({ regex: GONGRON_STREAM_NAMES }),
        });
        current = subscription;
        try {
          // for-await pulls the next event only after the handler settled: back-pressure.
          for await (const resolved of subscription) {
            if (stopped) break;
            failures = 0;
            if (!isGongronEvent(resolved)) continue;
            let event: StoredEvent;
            try {
              const raw = toRaw(resolved);
              if (raw.position <= position) continue;
              event = toStoredEvent(this.registry, raw);
            } catch (error) {
              fail(error);
              break;
            }
            try {
              await handler(event);
            } catch (error) {
              fail(error);
              break;
            }
            position = event.position;
          }
        } catch (error) {
          if (!stopped) {
            const mapped = mapEventStoreDbError(error, { operation: 'subscribe to $all' });
            // A transport error is waited out; anything else ends the subscription.
            if (!(mapped instanceof StoreUnavailableError)) fail(mapped);
          }
        } finally {
          await subscription.unsubscribe().catch(() => undefined);
        }
        if (stopped) break;
        failures++;
        const ceiling = Math.min(this.resubscribe.maxMs, this.resubscribe.firstMs * 2 ** Math.min(failures - 1, 20));
        await pause(ceiling / 2 + Math.random() * (ceiling / 2), (resume) => (wake = resume));
      }
    };
    const done = run();
    const handle: Subscription = {
      done,
      async stop() {
        stopped = true;
        wake?.();
        await current?.unsubscribe().catch(() => undefined);
        await done;
      },
    };
    this.subscriptions.add(handle);
    void done.then(() => this.subscriptions.delete(handle));
    return handle;
  }

  // ── verification and health ──────────────────────────────────────────────

  async verifyStream(streamId: string): Promise<VerificationResult> {
    this.ensureOpen();
    parseStreamId(streamId);
    const events: RawEvent[] = [];
    for await (const resolved of this.streamEvents(streamId, FORWARDS, START, Number.MAX_SAFE_INTEGER)) {
      if (isGongronEvent(resolved)) events.push(toRaw(resolved));
    }
    if (events.length === 0) throw new UnknownStreamError(streamId);
    return verifyPages(
      (async function* () {
        yield events;
      })(),
    );
  }

  async verifyAll(onProgress?: (eventsChecked: number) => void): Promise<VerificationResult> {
    this.ensureOpen();
    const read = (after: number) => this.readAllRaw(after, 2000);
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
      for await (const _ of this.allEvents(BACKWARDS, END, 1, 'ping')) break;
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

  /** One append, on the leader: a follower's NotLeader wrote nothing, and the client has moved to the leader. */
  private async appendOnLeader(
    streamName: string,
    events: Parameters<EventStoreDBClient['appendToStream']>[1],
    expectedRevision: bigint | typeof NO_STREAM,
    operation: string,
  ): Promise<ClientAppendResult> {
    const once = () =>
      this.withDeadline(
        this.client.appendToStream(streamName, events, { expectedRevision, deadline: this.deadlineMs, ...LEADER }),
        operation,
      );
    try {
      return await once();
    } catch (error) {
      if (error instanceof NotLeaderError) return once();
      throw error;
    }
  }

  /** The server bounds an append by the request's deadline; this bounds the wait for its answer. */
  private withDeadline<T>(pending: Promise<T>, operation: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new StoreUnavailableError(
              `EventStoreDB (${operation}): no answer within ${this.deadlineMs + 2000} ms; the outcome is not known, and retrying is safe`,
            ),
          ),
        this.deadlineMs + 2000,
      );
    });
    // A late answer after the deadline is dropped, not left as an unhandled rejection.
    pending.catch(() => undefined);
    return Promise.race([pending, late]).finally(() => clearTimeout(timer));
  }
}
