/**
 * Who is acting. A token resolves to one actor; the actor's scope (district and body, or
 * district and party) bounds what it may do. `system` is the process managers' own identity.
 */
export const ROLES = ['secretary', 'official', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const BODY_CODES = ['civic-council', 'working-council', 'steering-committee'] as const;
export const PARTY_CODES = ['education-office', 'local-government'] as const;

export interface Actor {
  readonly id: string;
  readonly role: Role | 'system';
  readonly district?: string;
  readonly body?: string;
  readonly party?: string;
  readonly name?: string;
}

/** The identity the process managers act under: deterministic, so their events name it. */
export const SYSTEM_ACTOR: Actor = { id: 'system:process-manager', role: 'system', name: 'process manager' };

/** The actor as recorded on events: only the fields that are set. */
export function actorRef(actor: Actor): Actor {
  const ref: { -readonly [K in keyof Actor]: Actor[K] } = { id: actor.id, role: actor.role };
  if (actor.district !== undefined) ref.district = actor.district;
  if (actor.body !== undefined) ref.body = actor.body;
  if (actor.party !== undefined) ref.party = actor.party;
  if (actor.name !== undefined) ref.name = actor.name;
  return ref;
}
