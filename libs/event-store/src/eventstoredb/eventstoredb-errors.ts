/**
 * Every error `@eventstore/db-client` 6.2.1 can raise, mapped to the port's typed errors.
 * Pure: no I/O, so each row is proven against the client's own error classes.
 *
 * Where the errors come from (EventStoreDB v24.10, `src/EventStore.Core/Services/Transport/Grpc/`):
 * - `RpcExceptions.cs` — the unary Append and the reads: not ready / too busy are gRPC
 *   UNAVAILABLE ("Server Is Not Ready", "Server Is Too Busy"); commit and prepare timeouts are
 *   ABORTED ("Operation timed out"), which the client calls `TimeoutError`; access denied,
 *   stream deleted, wrong expected version and the append size carry an `exception` key the
 *   client turns into its own classes; an event over MaxAppendEventSize is INVALID_ARGUMENT
 *   with a key the client does not know, so it arrives as `UnknownError` with code 3.
 * - `Status.cs` and `Streams.BatchAppend.cs` — the batched append the client prefers: not
 *   ready / busy / no leader info come back as a status the client cannot unpack, as
 *   `UnknownError("Could not recognize Server Is Not Ready")`; `BadRequest` and
 *   `MaximumAppendEventSizeExceeded` likewise ("Could not recognize BadRequest"); a timeout is
 *   `DeadlineExceededError`.
 * - The client itself (`dist/utils/CommandError.js`, `convertToCommandError`): gRPC codes
 *   without a key become `UnavailableError` (14), `DeadlineExceededError` (4), `TimeoutError`
 *   (10), `AccessDeniedError` (16), `NotFoundError` (5), `CancelledError` (1, server side);
 *   `dist/streams/appendToStream/append.js` rejects with the raw gRPC error when the request
 *   stream breaks (a server dying between the read and the write: a plain code 14 error);
 *   `dist/Client/discovery.js` throws a plain `Error("Failed to discover after N attempts.")`.
 *
 * A timeout or a broken connection leaves an append's outcome unknown; it is
 * StoreUnavailableError, and a retry is safe because the adapter recognises a retried batch.
 */
import {
  AccessDeniedError,
  CancelledError,
  convertToCommandError,
  DeadlineExceededError,
  InvalidArgumentError as ClientInvalidArgumentError,
  InvalidTransactionError,
  isCommandError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  RequiredMetadataPropertyMissingError,
  StreamDeletedError as ClientStreamDeletedError,
  TimeoutError,
  UnavailableError,
  UnknownError,
  UnsupportedError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { ExpectedRevision } from '../event-store.js';
import {
  EventStoreError,
  EventTooLargeError,
  InvalidEventError,
  StoreUnavailableError,
  StreamDeletedError,
  WrongExpectedRevisionError,
} from '../errors.js';
import { InvalidArgumentError } from '../core.js';

/** What the failed call was doing, for the typed error. */
export interface EventStoreDbCall {
  /** e.g. "append to item:1", "read $all", "ping". */
  readonly operation: string;
  readonly streamId?: string;
  /** The caller's expectation, for a wrong expected version. */
  readonly expected?: ExpectedRevision;
  /** The batch being appended: its first id and its size as the port counts it. */
  readonly batch?: { readonly firstEventId: string; readonly bytes: number };
}

const NOT_READY = /Server Is Not Ready|Server Is Too Busy|Server Is Busy|No leader info available/i;
const EVENT_TOO_LARGE = /MaximumAppendEventSizeExceeded|exceeds Maximum Append Event Size/i;
const BAD_REQUEST = /BadRequest|Record is too big|Empty eventId/i;
const GRPC_INVALID_ARGUMENT = 3;

function isServiceError(error: unknown): error is Error & { code: number } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'number' && 'details' in error;
}

/** `expected` and `actual` as the client reports them, in port terms. */
export function revisionFromClient(value: bigint | 'any' | 'no_stream' | 'stream_exists' | undefined): number {
  return typeof value === 'bigint' ? Number(value) : -1;
}

function unavailable(call: EventStoreDbCall, what: string, cause: unknown): StoreUnavailableError {
  return new StoreUnavailableError(`EventStoreDB (${call.operation}): ${what}`, cause);
}

function tooLarge(call: EventStoreDbCall, message: string): EventTooLargeError {
  // "Event with Id: <id>, Size: <n>, exceeds Maximum Append Event Size of <m>." — only the unary append says it.
  const detail = /Id: ([0-9a-f-]{36}), Size: (\d+), exceeds Maximum Append Event Size of (\d+)/i.exec(message);
  if (detail) return new EventTooLargeError(detail[1]!, Number(detail[2]), Number(detail[3]));
  return new EventTooLargeError(call.batch?.firstEventId ?? '', 0, 0);
}

function badRequest(call: EventStoreDbCall, message: string): EventStoreError {
  const rule = `was refused by EventStoreDB as a bad request (${message || 'no detail given'})`;
  return call.batch ? new InvalidEventError('events', rule) : new InvalidArgumentError('request', rule);
}

/**
 * The port's error for anything the client raised. Errors that are not the client's or gRPC's
 * (a TypeError from a bug) come back unchanged, so they are not mistaken for an outage.
 */
export function mapEventStoreDbError(error: unknown, call: EventStoreDbCall): unknown {
  if (error instanceof EventStoreError) return error;
  if (!(error instanceof Error)) return error;
  const converted = isCommandError(error) ? error : isServiceError(error) ? convertToCommandError(error) : error;
  const message = converted.message ?? '';

  if (converted instanceof WrongExpectedVersionError) {
    return new WrongExpectedRevisionError(
      call.streamId ?? converted.streamName,
      call.expected ?? 'any',
      revisionFromClient(converted.actualVersion),
    );
  }
  if (converted instanceof MaxAppendSizeExceededError) {
    return new EventTooLargeError(call.batch?.firstEventId ?? '', call.batch?.bytes ?? 0, converted.maxAppendSize);
  }
  if (converted instanceof ClientStreamDeletedError) return new StreamDeletedError(call.streamId ?? converted.streamName ?? '');
  if (converted instanceof AccessDeniedError) {
    return unavailable(call, "access denied: the connection string's user may not do this; nothing was written", converted);
  }
  if (converted instanceof RequiredMetadataPropertyMissingError || converted instanceof InvalidTransactionError)
    return badRequest(call, message);
  if (converted instanceof ClientInvalidArgumentError) return badRequest(call, converted.errorMessage ?? message);
  if (converted instanceof UnknownError) {
    if (NOT_READY.test(message)) return unavailable(call, `the server is not ready or too busy (${message})`, converted);
    if (EVENT_TOO_LARGE.test(message)) return tooLarge(call, message);
    if (BAD_REQUEST.test(message) || (converted as { code?: unknown }).code === GRPC_INVALID_ARGUMENT) return badRequest(call, message);
    return unavailable(
      call,
      `the server answered with an unknown error (${message || 'no detail given'}); the outcome is not known`,
      converted,
    );
  }
  if (converted instanceof NotLeaderError)
    return unavailable(
      call,
      `the node is not the leader (${converted.leader.address}:${converted.leader.port}); the client reconnects to it`,
      converted,
    );
  if (converted instanceof TimeoutError || converted instanceof DeadlineExceededError) {
    return unavailable(call, `no answer in time (${message || 'deadline exceeded'}); the outcome is not known`, converted);
  }
  if (converted instanceof UnavailableError) {
    return unavailable(
      call,
      NOT_READY.test(message) ? `the server is not ready or too busy (${message})` : `the server cannot be reached (${message})`,
      converted,
    );
  }
  if (converted instanceof CancelledError) return unavailable(call, `the server cancelled the call (${message})`, converted);
  if (converted instanceof UnsupportedError) return unavailable(call, `the server is too old: ${message}`, converted);
  if (isCommandError(converted)) return unavailable(call, `${converted.type}: ${message}`, converted);
  if (/^Failed to discover after \d+ attempts/.test(message))
    return unavailable(call, `no cluster node could be discovered (${message})`, converted);
  return error;
}
