/**
 * Where an event id lives, for the whole log: one small EventStoreDB stream per event id
 * (`gongron-event-id-<uuid>`; no colon, so never a Gongron stream). Its last event says which
 * stream and revision the id was last claimed for. The rules here
 * are pure; eventstoredb-event-store.ts reads and writes the streams. Why this is enough to keep
 * an id in one place only is set out in that file's header.
 */
import type { JsonObject } from '../event-store.js';

export const CLAIM_STREAM_PREFIX = 'gongron-event-id-';
export const CLAIMED = 'GongronEventIdClaimed';

export function claimStreamOf(eventId: string): string {
  return `${CLAIM_STREAM_PREFIX}${eventId}`;
}

/** The place an id was claimed for. */
export interface ClaimedPlace {
  readonly streamId: string;
  readonly revision: number;
}

/** The claim stream's head: its revision (-1 when absent) and the live claim, if any. */
export interface ClaimHead {
  readonly version: number;
  readonly place?: ClaimedPlace;
}

export function claimData(place: ClaimedPlace): JsonObject {
  return { streamId: place.streamId, revision: place.revision };
}

/** Reads a claim stream's last event; anything unrecognised counts as no live claim. */
export function claimHeadFrom(version: number, type: string | undefined, data: unknown): ClaimHead {
  if (type !== CLAIMED || typeof data !== 'object' || data === null) return { version };
  const { streamId, revision } = data as { streamId?: unknown; revision?: unknown };
  if (typeof streamId !== 'string' || typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0) return { version };
  return { version, place: { streamId, revision } };
}

/**
 * What a live claim means, given the id stored at the claimed revision of the claimed stream
 * (undefined when that revision does not exist yet):
 * - `stored` — the id sits there: it is in the log, at that place;
 * - `stale` — another id sits there: revisions never change, so the claimant's write (pinned
 *   to the revision before) can never succeed; the id is free;
 * - `pending` — nothing is there yet: the claimant's write is in flight, or it stopped (a
 *   crash, a lost race) before writing or releasing.
 */
export type ClaimState = 'free' | 'stored' | 'stale' | 'pending';

export function claimState(eventId: string, head: ClaimHead, idAtPlace: string | undefined): ClaimState {
  if (!head.place) return 'free';
  if (idAtPlace === undefined) return 'pending';
  return idAtPlace === eventId ? 'stored' : 'stale';
}

/**
 * Whether an append may claim the id for `target`: free and stale claims may be taken over; a
 * pending claim only for the very same place, since a write that lands there lands the id where
 * the claim says, whoever made it. A pending claim for any other place keeps the id until that
 * place is filled. Claims are never released: a release could only be written after a refusal,
 * and a racing write of the same id to the same place might still have landed.
 */
export function mayTake(state: ClaimState, head: ClaimHead, target: ClaimedPlace): boolean {
  if (state === 'free' || state === 'stale') return true;
  if (state === 'pending') return head.place!.streamId === target.streamId && head.place!.revision === target.revision;
  return false;
}
