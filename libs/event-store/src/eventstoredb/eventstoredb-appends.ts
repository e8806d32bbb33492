/**
 * Appending on EventStoreDB in the four steps the adapter's header describes: read the head and
 * the ids' claims (a retry is answered there), claim every id for its place, write the events
 * pinned to the revision the chain was sealed on, and read them back from the leader.
 */
import {
  jsonEvent,
  NO_STREAM,
  WrongExpectedVersionError,
  type AppendResult as ClientAppendResult,
  type Position,
} from '@eventstore/db-client';
import type { AppendResult, EventToAppend, ExpectedRevision } from '../event-store.js';
import { EventIdConflictError, EventTooLargeError, StoreUnavailableError, WrongExpectedRevisionError } from '../errors.js';
import {
  appendResult,
  checkExpected,
  conflictForExistingId,
  prepareBatch,
  resolveRetry,
  sealBatch,
  toStoredEvent,
  type PreparedEvent,
  type RawEvent,
  type SealedEvent,
} from '../core.js';
import { appendedEventBytes, MAX_APPEND_BYTES } from '../append-size.js';
import type { CompiledRegistry } from '../registry.js';
import { keyRequestsOf, protectBatch } from '../personal-data/protect.js';
import type { PostgresSubjectKeys } from '../personal-data/subject-keys.js';
import { mapEventStoreDbError, revisionFromClient, type EventStoreDbCall } from './eventstoredb-errors.js';
import { CLAIMED, claimData, claimStreamOf, mayTake, type ClaimHead, type ClaimState } from './event-id-claims.js';
import { portPosition } from './log-position.js';
import { eventData, storedMetadata } from './stored-form.js';
import { pause, type EventStoreDbCalls } from './eventstoredb-calls.js';
import type { EventStoreDbReads } from './eventstoredb-reads.js';

const APPEND_ATTEMPTS = 5;

export class EventStoreDbAppends {
  constructor(
    private readonly calls: EventStoreDbCalls,
    private readonly reads: EventStoreDbReads,
    private readonly registry: CompiledRegistry,
    private readonly clock: () => Date,
    private readonly subjectKeys: PostgresSubjectKeys | undefined,
  ) {}

  /** Appends a batch whose expectation is already validated. */
  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    const batch = await this.protect(streamId, prepareBatch(streamId, events, this.registry));
    const call: EventStoreDbCall = {
      operation: `append to ${streamId}`,
      streamId,
      expected,
      batch: { firstEventId: batch[0]!.id, bytes: batch.reduce((sum, event) => sum + appendedEventBytes(event), 0) },
    };
    for (let attempt = 1; ; attempt++) {
      const result = await this.attempt(streamId, batch, expected, call, attempt === APPEND_ATTEMPTS);
      if (result) return result;
    }
  }

  /** One pass through the four steps; undefined when another append got in the way and this one may try again. */
  private async attempt(
    streamId: string,
    batch: readonly PreparedEvent[],
    expected: ExpectedRevision,
    call: EventStoreDbCall,
    last: boolean,
  ): Promise<AppendResult | undefined> {
    const [head, claims] = await Promise.all([
      this.reads.streamHead(streamId),
      Promise.all(batch.map((event) => this.reads.claimHead(event.id))),
    ]);

    // 1. A retried batch: its first id is stored in this stream.
    const states = await Promise.all(batch.map((event, index) => this.reads.claimStateOf(event.id, claims[index]!)));
    const retried = await this.retriedResult(streamId, batch, claims, states);
    if (retried) return retried;
    checkExpected(streamId, expected, head.revision);
    checkClaims(streamId, batch, head.revision, claims, states);
    const sealed = sealBatch(streamId, batch, head.revision, head.hash, this.clock().toISOString());
    this.checkStoredSize(sealed);

    // 2. Claim every id for its place.
    const lostRace = await this.claim(streamId, head.revision, batch, claims, states, call);
    if (lostRace) {
      if (!last) return undefined;
      throw new EventIdConflictError(lostRace, streamId, 'other appends kept claiming it at the same moment');
    }

    // 3. The events, pinned to the revision the chain was sealed on.
    let written: ClientAppendResult;
    try {
      written = await this.write(streamId, sealed, head.revision, call);
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        if (!last) return undefined;
        throw new WrongExpectedRevisionError(streamId, expected, revisionFromClient(error.actualVersion));
      }
      throw mapEventStoreDbError(error, call);
    }

    // 4. What is stored there now.
    return this.appended(streamId, batch, sealed, head.revision, written.position, call);
  }

  /** The original result when the batch's first id is stored in this stream; undefined when it is not stored. */
  private async retriedResult(
    streamId: string,
    batch: readonly PreparedEvent[],
    claims: readonly ClaimHead[],
    states: readonly ClaimState[],
  ): Promise<AppendResult | undefined> {
    const firstPlace = claims[0]!.place;
    if (states[0] !== 'stored' || !firstPlace) return undefined;
    if (firstPlace.streamId !== streamId) throw conflictForExistingId(streamId, batch[0]!.id, firstPlace);
    const place = await this.reads.readRange(streamId, firstPlace.revision, batch.length);
    resolveRetry(streamId, batch, firstPlace, place);
    return appendResult(
      streamId,
      place.map((event) => toStoredEvent(this.registry, event)),
      true,
    );
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
        const result = await this.calls.appendOnLeader(
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
    const result = await this.calls.appendOnLeader(
      streamId,
      sealed.map(eventData),
      current < 0 ? NO_STREAM : BigInt(current),
      call.operation,
    );
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
      stored = await this.reads.readRange(streamId, from, sealed.length).catch((error: unknown) => {
        if (error instanceof StoreUnavailableError) return [];
        throw error;
      });
      if (stored.length === sealed.length || wait > this.calls.deadlineMs) break;
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
}

/** Every id free to take the place this append gives it: stored elsewhere or claimed for another place is a conflict. */
function checkClaims(
  streamId: string,
  batch: readonly PreparedEvent[],
  current: number,
  claims: readonly ClaimHead[],
  states: readonly ClaimState[],
): void {
  batch.forEach((event, index) => {
    const claim = claims[index]!;
    if (states[index] === 'stored') throw conflictForExistingId(streamId, event.id, claim.place!);
    if (!mayTake(states[index]!, claim, { streamId, revision: current + 1 + index })) {
      throw new EventIdConflictError(
        event.id,
        streamId,
        `it is claimed by an append to "${claim.place!.streamId}" at revision ${claim.place!.revision} that has not been written (yet)`,
      );
    }
  });
}
