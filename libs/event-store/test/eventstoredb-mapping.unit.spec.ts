/**
 * The EventStoreDB adapter's pure rules, against the client's real error classes: errors are
 * built the way `@eventstore/db-client` builds them from a server's answer (its constructors and
 * `convertToCommandError` over a gRPC error with the server's metadata keys,
 * `Services/Transport/Grpc/RpcExceptions.cs` at v24.10).
 */
import { randomUUID } from 'node:crypto';
import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import {
  CancelledError,
  convertToCommandError,
  DeadlineExceededError,
  InvalidArgumentError as ClientInvalidArgumentError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  StreamDeletedError as ClientStreamDeletedError,
  UnknownError,
  UnsupportedError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import {
  EventTooLargeError,
  InvalidArgumentError,
  InvalidEventError,
  isEventId,
  MAX_APPEND_BYTES,
  StoreUnavailableError,
  StreamDeletedError,
  WrongExpectedRevisionError,
  type EventMetadata,
} from '../src/index.js';
import { appendedEventBytes, sealedMetadataBytes, storedMetadataJson } from '../src/append-size.js';
import { mapEventStoreDbError, type EventStoreDbCall } from '../src/eventstoredb/eventstoredb-errors.js';
import { claimHeadFrom, claimState, claimStreamOf, CLAIMED, mayTake } from '../src/eventstoredb/event-id-claims.js';
import { logPosition, portPosition } from '../src/eventstoredb/log-position.js';

/** A gRPC error as @grpc/grpc-js delivers it, with the metadata the server sets. */
function grpcError(code: status, details: string, keys: Record<string, string> = {}): ServiceError {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(keys)) metadata.set(key, value);
  return Object.assign(new Error(`${code} ${status[code]}: ${details}`), { code, details, metadata });
}

const firstEventId = randomUUID();
const append: EventStoreDbCall = {
  operation: 'append to item:1',
  streamId: 'item:1',
  expected: 3,
  batch: { firstEventId, bytes: 2_000_000 },
};
const read: EventStoreDbCall = { operation: 'read item:1', streamId: 'item:1' };

describe('EventStoreDB errors, mapped to the port', () => {
  it("a wrong expected version is WrongExpectedRevisionError with the caller's expectation and the actual revision", () => {
    const atFour = mapEventStoreDbError(
      new WrongExpectedVersionError(undefined, { streamName: 'item:1', current: 4n, expected: 3n }),
      append,
    );
    expect(atFour).toBeInstanceOf(WrongExpectedRevisionError);
    expect(atFour).toMatchObject({ streamId: 'item:1', expected: 3, actual: 4 });
    const absent = mapEventStoreDbError(
      convertToCommandError(
        grpcError(status.FAILED_PRECONDITION, 'WrongExpectedVersion', {
          exception: 'wrong-expected-version',
          'stream-name': 'item:1',
          'expected-version': '3',
        }),
      ),
      append,
    );
    expect(absent).toMatchObject({ code: 'STREAM.WRONG_EXPECTED_REVISION', actual: -1 });
  });

  it("the server's append size limit is EventTooLargeError with the batch and the server's limit", () => {
    expect(mapEventStoreDbError(MaxAppendSizeExceededError.fromMaxAppendSize(524_288), append)).toMatchObject({
      code: 'EVENT.TOO_LARGE',
      eventId: firstEventId,
      sizeBytes: 2_000_000,
      limitBytes: 524_288,
    });
    const unary = convertToCommandError(
      grpcError(status.INVALID_ARGUMENT, 'Maximum Append Size of 1048576 Exceeded.', {
        exception: 'maximum-append-size-exceeded',
        'maximum-append-size': '1048576',
      }),
    );
    expect(unary).toBeInstanceOf(MaxAppendSizeExceededError);
    expect(mapEventStoreDbError(unary, append)).toMatchObject({ code: 'EVENT.TOO_LARGE', limitBytes: MAX_APPEND_BYTES });
  });

  it('a server limit on one event is EventTooLargeError too, naming what the server named', () => {
    const id = randomUUID();
    const unary = convertToCommandError(
      grpcError(status.INVALID_ARGUMENT, `Event with Id: ${id}, Size: 2000000, exceeds Maximum Append Event Size of 1000000.`, {
        exception: 'maximum-append-event-size-exceeded',
      }),
    );
    expect(unary).toBeInstanceOf(UnknownError);
    expect(mapEventStoreDbError(unary, append)).toMatchObject({
      code: 'EVENT.TOO_LARGE',
      eventId: id,
      sizeBytes: 2_000_000,
      limitBytes: 1_000_000,
    });
    // The batched append's status the client cannot unpack (Status.cs: MaximumAppendEventSizeExceeded).
    const batched = mapEventStoreDbError(new UnknownError(undefined, 'Could not recognize MaximumAppendEventSizeExceeded'), append);
    expect(batched).toBeInstanceOf(EventTooLargeError);
    expect(batched).toMatchObject({ eventId: firstEventId });
  });

  it.each([
    ['not ready, batched append', new UnknownError(undefined, 'Could not recognize Server Is Not Ready'), /not ready or too busy/],
    ['busy, batched append', new UnknownError(undefined, 'Could not recognize Server Is Busy'), /not ready or too busy/],
    [
      'no leader info, batched append',
      new UnknownError(undefined, 'Could not recognize No leader info available in response'),
      /not ready or too busy/,
    ],
    ['not ready, unary', convertToCommandError(grpcError(status.UNAVAILABLE, 'Server Is Not Ready')), /not ready or too busy/],
    ['too busy, unary', convertToCommandError(grpcError(status.UNAVAILABLE, 'Server Is Too Busy')), /not ready or too busy/],
    [
      'a dropped connection, as the client converts it',
      convertToCommandError(grpcError(status.UNAVAILABLE, 'Connection dropped')),
      /cannot be reached/,
    ],
    ['a raw gRPC error 14 from a broken append stream', grpcError(status.UNAVAILABLE, 'read ECONNRESET'), /cannot be reached/],
    [
      'a commit timeout (ABORTED)',
      convertToCommandError(grpcError(status.ABORTED, 'Operation timed out: Commit phase timeout.')),
      /outcome is not known/,
    ],
    ['a deadline', new DeadlineExceededError(), /outcome is not known/],
    ['cancelled by the server', new CancelledError(grpcError(status.CANCELLED, 'Cancelled by server')), /cancelled/],
    [
      'access denied',
      convertToCommandError(grpcError(status.PERMISSION_DENIED, 'Access Denied', { exception: 'access-denied' })),
      /access denied/,
    ],
    ['unauthenticated', convertToCommandError(grpcError(status.UNAUTHENTICATED, 'Bad credentials')), /access denied/],
    [
      'not the leader',
      convertToCommandError(
        grpcError(status.NOT_FOUND, 'Leader info available', {
          exception: 'not-leader',
          'leader-endpoint-host': 'node-2',
          'leader-endpoint-port': '2113',
        }),
      ),
      /node-2:2113/,
    ],
    ['an unknown server error', new UnknownError(), /unknown error/],
    ['a server too old', new UnsupportedError('batchAppend', '21.10'), /too old/],
    ['no cluster node discovered', new Error('Failed to discover after 10 attempts.'), /discovered/],
  ])('%s is StoreUnavailableError, the client error as cause', (_what, error, message) => {
    const mapped = mapEventStoreDbError(error, append);
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
    expect((mapped as Error).message).toMatch(message);
    expect((mapped as Error).cause).toBeDefined();
  });

  it("the client's NotLeaderError carries the leader it will reconnect to", () => {
    const error = convertToCommandError(
      grpcError(status.NOT_FOUND, 'Leader info available', {
        exception: 'not-leader',
        'leader-endpoint-host': 'node-2',
        'leader-endpoint-port': '2113',
      }),
    );
    expect(error).toBeInstanceOf(NotLeaderError);
  });

  it('a bad request is InvalidEventError on an append and InvalidArgumentError on a read', () => {
    const batched = new UnknownError(undefined, 'Could not recognize BadRequest');
    expect(mapEventStoreDbError(batched, append)).toBeInstanceOf(InvalidEventError);
    expect(mapEventStoreDbError(batched, append)).toMatchObject({ field: 'events' });
    expect(mapEventStoreDbError(batched, read)).toBeInstanceOf(InvalidArgumentError);
    const missing = convertToCommandError(
      grpcError(status.INVALID_ARGUMENT, "Required Metadata Property 'type' is missing", {
        exception: 'missing-required-metadata-property',
        'required-metadata-properties': 'type,content-type',
      }),
    );
    expect(mapEventStoreDbError(missing, append)).toMatchObject({ code: 'EVENT.INVALID' });
    const invalidTransaction = convertToCommandError(
      grpcError(status.INVALID_ARGUMENT, 'Invalid Transaction', { exception: 'invalid-transaction' }),
    );
    expect(mapEventStoreDbError(invalidTransaction, append)).toMatchObject({ code: 'EVENT.INVALID' });
    expect(mapEventStoreDbError(new ClientInvalidArgumentError('fromRevision value must be a non-negative integer'), read)).toMatchObject({
      code: 'STORE.INVALID_ARGUMENT',
      field: 'request',
    });
    expect(mapEventStoreDbError(grpcError(status.INVALID_ARGUMENT, 'Trying to read from an invalid position.'), read)).toMatchObject({
      code: 'STORE.INVALID_ARGUMENT',
    });
  });

  it('a deleted stream is STREAM.DELETED naming it', () => {
    expect(mapEventStoreDbError(ClientStreamDeletedError.fromStreamName('item:1'), append)).toBeInstanceOf(StreamDeletedError);
    const unary = convertToCommandError(
      grpcError(status.FAILED_PRECONDITION, "Event stream 'item:1' is deleted.", { exception: 'stream-deleted', 'stream-name': 'item:1' }),
    );
    expect(mapEventStoreDbError(unary, read)).toMatchObject({ code: 'STREAM.DELETED', streamId: 'item:1' });
  });

  it("leaves the port's own errors and errors that are not the client's as they are", () => {
    const own = new StoreUnavailableError('x');
    expect(mapEventStoreDbError(own, append)).toBe(own);
    const bug = new TypeError('undefined is not a function');
    expect(mapEventStoreDbError(bug, append)).toBe(bug);
  });
});

describe('EventStoreDB positions', () => {
  it('is the log position, and resumes from commit = prepare = that position', () => {
    expect(portPosition({ commit: 123_456n, prepare: 123_456n }, 'e')).toBe(123_456);
    expect(logPosition(123_456)).toEqual({ commit: 123_456n, prepare: 123_456n });
    expect(portPosition(logPosition(987_654_321), 'e')).toBe(987_654_321);
  });

  it('refuses a missing position and one a number cannot hold', () => {
    expect(() => portPosition(undefined, 'item:1@0')).toThrow(StoreUnavailableError);
    expect(() => portPosition({ commit: 2n ** 53n, prepare: 2n ** 53n }, 'item:1@0')).toThrow(/beyond 2\^53/);
  });
});

describe('EventStoreDB event-id claims', () => {
  const id = randomUUID();

  it("keeps one claim stream per id, outside Gongron's stream names", () => {
    expect(claimStreamOf(id)).toBe(`gongron-event-id-${id}`);
    expect(claimStreamOf(id)).not.toContain(':');
  });

  it('reads a claim, and anything else as no claim', () => {
    expect(claimHeadFrom(0, CLAIMED, { streamId: 'item:1', revision: 4 })).toEqual({
      version: 0,
      place: { streamId: 'item:1', revision: 4 },
    });
    expect(claimHeadFrom(1, 'SomethingElse', { streamId: 'item:1', revision: 4 })).toEqual({ version: 1 });
    expect(claimHeadFrom(2, CLAIMED, { streamId: 'item:1', revision: -1 })).toEqual({ version: 2 });
    expect(claimHeadFrom(2, CLAIMED, 'garbage')).toEqual({ version: 2 });
  });

  it('judges a claim by what its place holds, and lets a pending one be taken over only for the very same place', () => {
    const head = { version: 0, place: { streamId: 'item:1', revision: 4 } };
    expect(claimState(id, { version: -1 }, undefined)).toBe('free');
    expect(claimState(id, head, id)).toBe('stored');
    expect(claimState(id, head, randomUUID())).toBe('stale');
    expect(claimState(id, head, undefined)).toBe('pending');
    expect(mayTake('free', { version: -1 }, { streamId: 'item:2', revision: 0 })).toBe(true);
    expect(mayTake('stale', head, { streamId: 'item:2', revision: 0 })).toBe(true);
    expect(mayTake('pending', head, { streamId: 'item:1', revision: 4 })).toBe(true);
    expect(mayTake('pending', head, { streamId: 'item:1', revision: 5 })).toBe(false);
    expect(mayTake('pending', head, { streamId: 'item:2', revision: 4 })).toBe(false);
    expect(mayTake('stored', head, { streamId: 'item:1', revision: 4 })).toBe(false);
  });
});

describe('the size of an append, as EventStoreDB stores it', () => {
  const metadata = { correlationId: 'c-1', causationId: 'k-1', actor: { id: 'u', role: 'secretary' } };
  const metadataJson = '{"actor":{"id":"u","role":"secretary"},"causationId":"k-1","correlationId":"c-1"}';

  it('stores the envelope EventStoreDB keeps, with the system links copied', () => {
    const text = storedMetadataJson({
      metadataJson,
      metadata,
      schemaVersion: 2,
      recordedAt: '2024-03-01T09:00:00.000Z',
      hash: 'a'.repeat(64),
      previousHash: '',
    });
    expect(JSON.parse(text)).toEqual({
      gongron: { hash: 'a'.repeat(64), previousHash: '', recordedAt: '2024-03-01T09:00:00.000Z', schemaVersion: 2 },
      metadata,
      $correlationId: 'c-1',
      $causationId: 'k-1',
    });
  });

  it('bounds every sealed envelope from above, whatever revision the batch lands on', () => {
    const event = { type: 'ThingHappened', schemaVersion: 2, dataJson: '{"n":"한글"}', metadataJson, metadata };
    const bound = sealedMetadataBytes(event);
    for (const previousHash of ['', 'f'.repeat(64)]) {
      const real = Buffer.byteLength(
        storedMetadataJson({
          metadataJson,
          metadata,
          schemaVersion: 2,
          recordedAt: new Date(0).toISOString(),
          hash: 'f'.repeat(64),
          previousHash,
        }),
      );
      expect(real).toBeLessThanOrEqual(bound);
    }
    expect(appendedEventBytes(event)).toBe(Buffer.byteLength('{"n":"한글"}') + bound + 2 * 'ThingHappened'.length);
  });

  it.each<[string, EventMetadata, number]>([
    ['no metadata', {}, 1],
    ['a correlation id only', { correlationId: '상관-1' }, 12],
    ['both links and an actor', metadata, 3],
    ['links that are not strings', { correlationId: 7 as unknown as string, causationId: '' }, 1],
  ])('measures the envelope at its largest without building it (%s)', (_what, meta, schemaVersion) => {
    const json = JSON.stringify(meta);
    const largest = storedMetadataJson({
      metadataJson: json,
      metadata: meta,
      schemaVersion,
      recordedAt: '9999-12-31T23:59:59.999Z',
      hash: 'f'.repeat(64),
      previousHash: 'f'.repeat(64),
    });
    expect(sealedMetadataBytes({ schemaVersion, metadataJson: json, metadata: meta })).toBe(Buffer.byteLength(largest));
  });
});

describe('event ids', () => {
  it.each([
    [randomUUID(), true],
    ['0b8f3c36-77c5-5c9a-8f0e-4e1f2c3d4b5a', true],
    ['00000000-0000-0000-0000-000000000000', false],
    [randomUUID().toUpperCase(), false],
    [`{${randomUUID()}}`, false],
    [randomUUID().replace(/-/g, ''), false],
    ['evt-1', false],
    [42, false],
  ])('%s is an event id: %s', (id, valid) => {
    expect(isEventId(id)).toBe(valid);
  });
});
