/**
 * A consent stored by an older version that names a project never created: the budget process
 * manager reacts to it, is refused (PROJECT.NOT_FOUND) and parks the reaction — a real parked
 * reaction for the tests of the parked-reaction tools (CLI and administrators' page).
 */
import { randomUUID } from 'node:crypto';
import type { AppendResult, EventStore } from '@gongron/event-store';

export const GHOST_AGREEMENT = 'suwon-2099';
export const ghostBudget = { 'education-office': 1_000_000, 'local-government': 1_000_000 };
/** The budget the ghost consent raises the project to. */
export const ghostRaised = { ...ghostBudget, 'education-office': 2_000_000 };

export function appendGhostConsent(store: EventStore, projectId: string): Promise<AppendResult> {
  return store.append(
    `agreement:${GHOST_AGREEMENT}`,
    [
      {
        id: randomUUID(),
        type: 'AmendmentConsented',
        data: {
          agreementId: GHOST_AGREEMENT,
          amendmentId: 'amend-old',
          proposedBy: 'local-government',
          consentedBy: 'education-office',
          changes: [],
          budgets: [{ kind: 'budget', projectId, oldBudget: ghostBudget, newBudget: ghostRaised }],
          consentedOn: '2099-05-01',
        },
      },
    ],
    'any',
  );
}
