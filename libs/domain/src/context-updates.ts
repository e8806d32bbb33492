/**
 * How each event of a workflow changes its context: one small function per event type, in a
 * table that names every event type (one left out does not compile). The machine decides
 * whether the event may happen; the table only says what it changes.
 */
export type ContextUpdates<C, E extends { type: string }> = {
  readonly [T in E['type']]: (context: C, event: Extract<E, { type: T }>) => C;
};

/** The context after the event, by the event type's own update. */
export function applyContextUpdate<C, E extends { type: string }>(updates: ContextUpdates<C, E>, context: C, event: E): C {
  const update = updates[event.type as E['type']] as (context: C, event: E) => C;
  return update(context, event);
}
