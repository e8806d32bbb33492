/**
 * What other workflows know of an operating plan (운영계획): its statuses, a project as the plan
 * lists it, and the plan as the agreement's decision sees it. Kept apart from the plan's commands
 * and events so that the command facts (messages.ts) can name the plan without a cycle.
 */
import type { TaskCode } from '../catalogs.js';
import type { Budget } from '../money.js';

export const operatingPlanStatuses = ['none', 'drafting', 'underReview', 'approved', 'rejected'] as const;
export type OperatingPlanStatus = (typeof operatingPlanStatuses)[number];

/** Where a project in the plan comes from: an approved agenda item, or the offices' own design. */
export const planProjectOrigins = ['agenda-item', 'office'] as const;
export type PlanProjectOrigin = (typeof planProjectOrigins)[number];

/** A project as the plan lists it (goal · task · project · budget per funder). */
export interface PlanProject {
  readonly projectId: string;
  readonly title: string;
  readonly taskCode: TaskCode;
  readonly budget: Budget;
  readonly origin: PlanProjectOrigin;
  /** The approved agenda item it came from; null for an office project. */
  readonly sourceAgendaItemId: string | null;
}

/** The plan as the agreement's decision sees it (`undefined`: the district has no plan for the year). */
export interface PlanOfAgreement {
  readonly planId: string | null;
  readonly status: OperatingPlanStatus;
  readonly approvedProjects: readonly PlanProject[] | null;
}
