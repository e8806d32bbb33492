/**
 * Where an agenda item stands after each event, and which body holds it then
 * (domain.md: the state table of the agenda item).
 */
import type { StoredEvent } from '@gongron/event-store';
import { str } from './event-data.js';

export const agendaStates = [
  'proposed',
  'inDeliberation',
  'referred',
  'drafting',
  'underReview',
  'approved',
  'inImplementation',
  'awaitingFeedback',
  'closed',
  'dismissed',
  'withdrawn',
  'rejected',
] as const;
export type AgendaState = (typeof agendaStates)[number];

export const bodyOfState: Readonly<Record<AgendaState, string>> = {
  proposed: 'civic-council',
  inDeliberation: 'civic-council',
  dismissed: 'civic-council',
  withdrawn: 'civic-council',
  referred: 'working-council',
  drafting: 'working-council',
  underReview: 'steering-committee',
  approved: 'steering-committee',
  inImplementation: 'steering-committee',
  awaitingFeedback: 'steering-committee',
  closed: 'steering-committee',
  rejected: 'steering-committee',
};

export const terminalAgendaStates: readonly AgendaState[] = ['closed', 'dismissed', 'withdrawn', 'rejected'];

export const agendaItemEventTypes = [
  'AgendaItemProposed',
  'DeliberationOpened',
  'OpinionRecorded',
  'AgendaItemAdopted',
  'AgendaItemDismissed',
  'AgendaItemWithdrawn',
  'DraftingStarted',
  'DraftRevisionSubmitted',
  'AgendaItemTabled',
  'ReviewDecisionRecorded',
  'AgendaItemDeferred',
  'ProjectLinked',
  'ProjectEvaluationNoted',
  'FeedbackRecorded',
] as const;

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
