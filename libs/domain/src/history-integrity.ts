/**
 * A stored event is a fact. When today's rules cannot fold it into its stream's state, the history
 * and the code disagree: nothing can be decided or shown on that stream until an administrator
 * looks. That is an integrity failure naming the stream, the revision and the event — never a
 * crash and never a rule refusal (the caller did nothing wrong).
 */
/** The part of a stored event an integrity failure names. */
export interface StoredEventRef {
  readonly streamId: string;
  readonly revision: number;
  readonly id: string;
  readonly type: string;
}

export interface HistoryIntegrityDetails {
  readonly streamId: string;
  readonly revision: number;
  readonly eventId: string;
  readonly eventType: string;
  /** The domain's refusal code, when the fold refused with one. */
  readonly cause?: string;
}

export const HISTORY_INTEGRITY_CODE = 'STREAM.INTEGRITY';

export class HistoryDoesNotFold extends Error {
  readonly code = HISTORY_INTEGRITY_CODE;
  readonly details: HistoryIntegrityDetails;

  constructor(event: StoredEventRef, error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    const cause = error instanceof Error ? (error as { code?: unknown }).code : undefined;
    super(`The stored history of "${event.streamId}" no longer folds at revision ${event.revision} (${event.type}): ${reason}`);
    this.name = 'HistoryDoesNotFold';
    this.details = {
      streamId: event.streamId,
      revision: event.revision,
      eventId: event.id,
      eventType: event.type,
      ...(typeof cause === 'string' ? { cause } : {}),
    };
  }
}

/** Recognised by shape, so a second copy of this module (another bundle) still maps. */
export function isHistoryDoesNotFold(error: unknown): error is HistoryDoesNotFold {
  return (
    error instanceof Error &&
    (error as { code?: unknown }).code === HISTORY_INTEGRITY_CODE &&
    typeof (error as { details?: unknown }).details === 'object'
  );
}

/** Folds one stored event with `evolve`; any failure becomes HistoryDoesNotFold naming the event. */
export function foldStoredEvent<S, E>(evolve: (state: S, event: E) => S, state: S, event: StoredEventRef & { readonly data: unknown }): S {
  try {
    return evolve(state, { type: event.type, data: event.data } as E);
  } catch (error) {
    throw new HistoryDoesNotFold(event, error);
  }
}
