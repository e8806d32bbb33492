/**
 * Who is acting is the domain's `Actor`: a token resolves to one, and its scope (district and
 * body, or district and party) bounds what it may do. `system` is the process managers' own identity.
 */
import type { Actor } from '@gongron/domain';

export type { Actor } from '@gongron/domain';

/** The identity the process managers act under: deterministic, so their events name it. */
export const SYSTEM_ACTOR: Actor = { id: 'system:process-manager', role: 'system', name: 'process manager' };

/** The actor as recorded on events: only the fields that are set. */
export function actorRef(actor: Actor): Actor {
  const ref: { -readonly [K in keyof Actor]: Actor[K] } = { id: actor.id, role: actor.role };
  if (actor.district !== undefined) ref.district = actor.district;
  if (actor.body !== undefined) ref.body = actor.body;
  if (actor.council !== undefined) ref.council = actor.council;
  if (actor.party !== undefined) ref.party = actor.party;
  if (actor.name !== undefined) ref.name = actor.name;
  return ref;
}
