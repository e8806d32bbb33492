/**
 * Typed errors of the event store. Callers branch on `code` (stable strings), never on messages.
 */
import type { ExpectedRevision } from './event-store.js';

export abstract class EventStoreError extends Error {
  abstract readonly code: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The stream is not at the revision the writer expected: nothing was written. */
export class WrongExpectedRevisionError extends EventStoreError {
  readonly code = 'STREAM.WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's current revision, -1 when it does not exist. */
    readonly actual: number,
  ) {
    super(
      `Stream "${streamId}" expected ${describeExpected(expected)} but is ${actual < 0 ? 'absent (no stream)' : `at revision ${actual}`}`,
    );
  }
}

function describeExpected(expected: ExpectedRevision): string {
  return typeof expected === 'number' ? `revision ${expected}` : `"${expected}"`;
}

export class InvalidStreamIdError extends EventStoreError {
  readonly code = 'STREAM.INVALID_ID';
  constructor(
    readonly streamId: unknown,
    readonly rule: string,
  ) {
    super(`Invalid stream id ${JSON.stringify(streamId)}: ${rule}`);
  }
}

/**
 * The append is larger than one append may be. Sizes are counted as EventStoreDB counts them
 * (see append-size.ts): data + stored metadata + twice the type's length, summed over the batch.
 */
export class EventTooLargeError extends EventStoreError {
  readonly code = 'EVENT.TOO_LARGE';
  constructor(
    /** The event that takes the append over the limit. */
    readonly eventId: string,
    /** The append's size up to and including that event; 0 when the server did not say. */
    readonly sizeBytes: number,
    /** The limit that was passed; 0 when the server did not say. */
    readonly limitBytes: number,
  ) {
    super(
      `Event "${eventId}" takes the append ${sizeBytes > 0 ? `to ${sizeBytes} bytes ` : ''}over the limit` +
        `${limitBytes > 0 ? ` of ${limitBytes} bytes` : ''} for one append (data + stored metadata + twice the type's length, summed over the batch)`,
    );
  }
}

export class UnknownEventTypeError extends EventStoreError {
  readonly code = 'EVENT.UNKNOWN_TYPE';
  constructor(
    readonly eventType: string,
    readonly eventId: string,
  ) {
    super(`Event "${eventId}" has type "${eventType}", which is not in the registry of known event types`);
  }
}

/** The batch or one of its events breaks a rule; `field` names what is wrong. */
export class InvalidEventError extends EventStoreError {
  readonly code = 'EVENT.INVALID';
  constructor(
    readonly field: string,
    readonly rule: string,
    readonly index?: number,
  ) {
    super(`Invalid event${index === undefined ? ' batch' : ` at index ${index}`}: ${field} ${rule}`);
  }
}

/** An event id is already stored elsewhere (another stream or place) or with different content. */
export class EventIdConflictError extends EventStoreError {
  readonly code = 'EVENT.ID_CONFLICT';
  constructor(
    readonly eventId: string,
    readonly streamId: string,
    readonly detail: string,
  ) {
    super(`Event id "${eventId}" cannot be appended to "${streamId}": ${detail}`);
  }
}

/** The database cannot be reached or went away; the operation may be retried. */
export class StoreUnavailableError extends EventStoreError {
  readonly code = 'STORE.UNAVAILABLE';
  constructor(message: string, cause?: unknown) {
    super(`Event store unavailable: ${message}`, { cause });
  }
}

/**
 * The stream was deleted in the database behind the store's back (Gongron never deletes a
 * stream): it can be neither read nor appended to. Only EventStoreDB can report it.
 */
export class StreamDeletedError extends EventStoreError {
  readonly code = 'STREAM.DELETED';
  constructor(readonly streamId: string) {
    super(`Stream "${streamId}" was deleted in the database; it can be neither read nor appended to`);
  }
}

/** Verification of a stream that the log does not know (no events, no stream head). */
export class StreamNotFoundError extends EventStoreError {
  readonly code = 'STREAM.NOT_FOUND';
  constructor(readonly streamId: string) {
    super(`The log has no stream "${streamId}"`);
  }
}
