/** Where a project stands after each event (domain.md: the project lifecycle). */
import type { StoredEvent } from '@gongron/event-store';

export const projectStates = ['planned', 'agreed', 'inProgress', 'suspended', 'completed', 'evaluated', 'closed', 'cancelled'] as const;

export const projectEventTypes = [
  'ProjectCreated',
  'ProjectAgreed',
  'ProjectStarted',
  'ProjectSuspended',
  'ProjectResumed',
  'ExpenditureRecorded',
  'ProjectReleasedFromAgreement',
  'ProjectBudgetAmended',
  'ProjectCompleted',
  'SelfEvaluationRecorded',
  'ComprehensiveEvaluationRecorded',
  'SelfEvaluationCorrected',
  'ComprehensiveEvaluationCorrected',
  'ProjectEvaluated',
  'ProjectClosed',
  'ProjectCancelled',
] as const;

export function projectStateAfter(event: StoredEvent): string | undefined {
  switch (event.type) {
    case 'ProjectCreated':
      return 'planned';
    case 'ProjectAgreed':
      return 'agreed';
    case 'ProjectStarted':
    case 'ProjectResumed':
      return 'inProgress';
    case 'ProjectSuspended':
      return 'suspended';
    case 'ProjectCompleted':
      return 'completed';
    case 'ProjectEvaluated':
      return 'evaluated';
    case 'ProjectClosed':
      return 'closed';
    case 'ProjectCancelled':
      return 'cancelled';
    default:
      return undefined;
  }
}
