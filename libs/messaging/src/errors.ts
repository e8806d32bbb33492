/** Typed errors of the messaging library; callers branch on `code`, never on messages. */
export abstract class MessagingError extends Error {
  abstract readonly code: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A relay or consumer option breaks a rule; `field` names the option. */
export class InvalidMessagingOptionError extends MessagingError {
  readonly code = 'MESSAGING.INVALID_OPTION';
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super(`Invalid messaging option ${field}: ${rule}`);
  }
}

/** A Kafka record lacks a CloudEvents header or carries a value that is not JSON. */
export class InvalidEnvelopeError extends MessagingError {
  readonly code = 'MESSAGING.INVALID_ENVELOPE';
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super(`Invalid event record: ${field} ${rule}`);
  }
}

/** Waiting for the relay to publish up to a position took longer than allowed. */
export class RelayTimeoutError extends MessagingError {
  readonly code = 'MESSAGING.RELAY_TIMEOUT';
  constructor(
    readonly position: number,
    readonly checkpoint: number,
    readonly timeoutMs: number,
    readonly lastError?: string,
  ) {
    super(
      `The relay did not publish up to position ${position} within ${timeoutMs} ms (checkpoint ${checkpoint})` +
        (lastError ? `; last error: ${lastError}` : ''),
    );
  }
}
