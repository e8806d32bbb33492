/**
 * Votes under the Korean committee rule: a quorum is a majority of the members on roll present
 * (재적위원 과반수 출석); a motion carries with a majority of those present (출석위원 과반수 찬성).
 */
import { type DomainError, invalid, ruleBroken } from './errors.js';

export interface Tally {
  readonly onRoll: number;
  readonly present: number;
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
}

/**
 * A tally as a command gives it: at a recorded meeting the members on roll and present are the
 * roster's and the attendance's, so a command may leave them out (and is refused if it claims others).
 */
export interface TallyInput {
  readonly onRoll?: number;
  readonly present?: number;
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
}

const tallyKeys = ['onRoll', 'present', 'for', 'against', 'abstain'] as const;

/** Refuses a tally that is not whole non-negative counts or does not add up. */
export function validateTally(t: Tally, field = 'tally'): void {
  if (typeof t !== 'object' || t === null) {
    throw invalid('VOTE.INVALID_TALLY', field, `${field} must be an object (onRoll, present, for, against, abstain)`);
  }
  for (const key of tallyKeys) {
    const value: unknown = (t as unknown as Record<string, unknown>)[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw invalid('VOTE.INVALID_TALLY', `${field}.${key}`, `${field}.${key} must be a non-negative whole number`);
    }
  }
  if (t.onRoll < 1) {
    throw invalid('VOTE.INVALID_TALLY', `${field}.onRoll`, `${field}.onRoll must be at least 1`);
  }
  if (t.present > t.onRoll) {
    throw invalid('VOTE.TALLY_DOES_NOT_ADD_UP', `${field}.present`, `more members present (${t.present}) than on roll (${t.onRoll})`);
  }
  if (t.for + t.against + t.abstain > t.present) {
    throw invalid(
      'VOTE.TALLY_DOES_NOT_ADD_UP',
      `${field}.for`,
      `for + against + abstain (${t.for + t.against + t.abstain}) exceeds the members present (${t.present})`,
    );
  }
}

/** The tally as a plain readonly object with only the five counts. */
export function tally(value: unknown, field = 'tally'): Tally {
  const t = value as Tally;
  validateTally(t, field);
  return { onRoll: t.onRoll, present: t.present, for: t.for, against: t.against, abstain: t.abstain };
}

export function hasQuorum(t: Tally): boolean {
  return t.present * 2 > t.onRoll;
}

export function carries(t: Tally): boolean {
  return hasQuorum(t) && t.for * 2 > t.present;
}

/** The refusal of a decision taken without a quorum, or undefined when one was present. */
export function noQuorum(t: Tally, field = 'tally'): DomainError | undefined {
  if (hasQuorum(t)) return undefined;
  return ruleBroken('VOTE.NO_QUORUM', `no quorum: ${t.present} of ${t.onRoll} members present, more than half needed`, {
    field: `${field}.present`,
    details: { onRoll: t.onRoll, present: t.present, needed: Math.floor(t.onRoll / 2) + 1 },
  });
}

/** The refusal of a motion that did not carry (no quorum, or too few for), or undefined when it carried. */
export function notCarried(t: Tally, field = 'tally'): DomainError | undefined {
  const withoutQuorum = noQuorum(t, field);
  if (withoutQuorum !== undefined) return withoutQuorum;
  if (carries(t)) return undefined;
  return ruleBroken('VOTE.MOTION_NOT_CARRIED', `the motion did not carry: ${t.for} for of ${t.present} present, more than half needed`, {
    field: `${field}.for`,
    details: { present: t.present, for: t.for, needed: Math.floor(t.present / 2) + 1 },
  });
}

export function assertQuorum(t: Tally, field = 'tally'): void {
  validateTally(t, field);
  const refusal = noQuorum(t, field);
  if (refusal !== undefined) throw refusal;
}

export function assertCarried(t: Tally, field = 'tally'): void {
  validateTally(t, field);
  const refusal = notCarried(t, field);
  if (refusal !== undefined) throw refusal;
}
