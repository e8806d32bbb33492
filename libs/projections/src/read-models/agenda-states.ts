/**
 * Where an agenda item stands after each event, and which body holds it then
 * (domain.md: the state table of the agenda item).
 */
import { agendaItemBodyOf, agendaItemWorkflow, type AgendaItemEvent, agendaItemStatuses, agendaItemTerminalStatuses, type AgendaItemStatus, type BodyCode } from '@gongron/domain';
import type { StoredEvent } from '@gongron/event-store';
import { str } from './event-data.js';

/** The states an item can stand in once proposed: the domain's own list, without its pre-proposal 'none'. */
export type AgendaState = Exclude<AgendaItemStatus, 'none'>;
export const agendaStates = agendaItemStatuses.filter((s): s is AgendaState => s !== 'none');

/** The body whose step it is in each state, as the domain defines it. */
export const bodyOfState = agendaItemBodyOf as Readonly<Record<AgendaState, BodyCode>>;

export const terminalAgendaStates = agendaItemTerminalStatuses as readonly AgendaState[];

/** Every event type of the agenda-item workflow. */
export const agendaItemEventTypes = Object.keys(agendaItemWorkflow.eventTypes) as readonly AgendaItemEvent['type'][];

/** The state an event moves its item to, or undefined when it records without moving. */
export function agendaStateAfter(event: StoredEvent): AgendaState | undefined {
  switch (event.type) {
    case 'AgendaItemProposed':
      return 'proposed';
    case 'DeliberationOpened':
      return 'inDeliberation';
    case 'AgendaItemAdopted':
      return 'referred';
    case 'AgendaItemDismissed':
      return 'dismissed';
    case 'AgendaItemWithdrawn':
      return 'withdrawn';
    case 'DraftingStarted':
    case 'DraftRevisionSubmitted':
      return 'drafting';
    case 'AgendaItemTabled':
      return 'underReview';
    case 'ReviewDecisionRecorded': {
      const decision = str(event.data.decision);
      if (decision === 'approved' || decision === 'conditionallyApproved') return 'approved';
      if (decision === 'revisionRequested') return 'drafting';
      if (decision === 'rejected') return 'rejected';
      return undefined;
    }
    case 'ProjectLinked':
      return 'inImplementation';
    case 'ProjectEvaluationNoted':
      return 'awaitingFeedback';
    case 'FeedbackRecorded':
      return 'closed';
    default:
      return undefined;
  }
}
