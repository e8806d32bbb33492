/**
 * Where an agenda item stands after each event, and which body holds it then: the domain's own
 * state table (agendaItemStatusAfter, read off the machine), in the read side's words.
 */
import {
  type AgendaItemEvent,
  type AgendaItemStatus,
  type BodyCode,
  agendaItemBodyOf,
  agendaItemStatusAfter,
  agendaItemStatuses,
  agendaItemTerminalStatuses,
  agendaItemWorkflow,
} from '@gongron/domain';
import type { StoredEvent } from '@gongron/event-store';

/** The states an item can stand in once proposed: the domain's own list, without its pre-proposal 'none'. */
export type AgendaState = Exclude<AgendaItemStatus, 'none'>;
export const agendaStates = agendaItemStatuses.filter((s): s is AgendaState => s !== 'none');

/** The body whose step it is in each state, as the domain defines it. */
export const bodyOfState = agendaItemBodyOf as Readonly<Record<AgendaState, BodyCode>>;

export const terminalAgendaStates = agendaItemTerminalStatuses as readonly AgendaState[];

/** Every event type of the agenda-item workflow. */
export const agendaItemEventTypes = Object.keys(agendaItemWorkflow.eventTypes) as readonly AgendaItemEvent['type'][];

/** The state an event moves its item to, or undefined when it records without moving: the domain's state table. */
export function agendaStateAfter(event: StoredEvent): AgendaState | undefined {
  const status = agendaItemStatusAfter(event);
  return status === 'none' ? undefined : status;
}
