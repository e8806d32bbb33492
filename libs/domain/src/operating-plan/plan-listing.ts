/**
 * The approved operating plan is what the 부속합의서's 제1조 table lists. Where a district has an
 * operating plan for the year, its agreement lists exactly the approved plan's projects: nothing
 * is listed before the plan is approved, a project outside it is refused by name, and the first
 * signature waits until every project of the plan is listed and none outside it is (a project
 * listed before the plan was drafted is withdrawn first). A district and year without a plan keep
 * listing as before — the agreements recorded before plans existed, and districts that do not
 * keep their plan here — and their projects then carry the 미심의 mark unless an item approved
 * them. The rule is decided on the plan the application reads (`metadata.facts.plan`), so stored
 * histories replay unchanged; once one party has signed the listing is fixed, and an amendment
 * (제2조 변경) in force may still add a project the plan did not have.
 */
import { type DomainError, ruleBroken } from '../errors.js';
import type { PlanOfAgreement, PlanProject } from './plan-of-agreement.js';

export type { PlanOfAgreement } from './plan-of-agreement.js';

/** Why the agreement may not list this project, or undefined when it may. */
export function planListingRefusal(plan: PlanOfAgreement | undefined, projectId: string, field: string): DomainError | undefined {
  if (plan === undefined) return undefined;
  if (plan.status !== 'approved' || plan.approvedProjects === null) {
    return ruleBroken(
      'AGREEMENT.PLAN_NOT_APPROVED',
      `the operating plan ${String(plan.planId)} is not approved yet (${plan.status}); the agreement lists the approved plan's projects`,
      {
        field,
        details: { projectId, planId: plan.planId, planStatus: plan.status },
      },
    );
  }
  if (!plan.approvedProjects.some((project) => project.projectId === projectId)) {
    return ruleBroken(
      'AGREEMENT.PROJECT_NOT_IN_PLAN',
      `project ${projectId} is not in the approved operating plan ${String(plan.planId)}`,
      {
        field,
        details: { projectId, planId: plan.planId },
      },
    );
  }
  return undefined;
}

/** The approved plan's projects the agreement does not list yet (empty without a plan). */
export function planProjectsNotListed(plan: PlanOfAgreement | undefined, listed: readonly string[]): PlanProject[] {
  if (plan === undefined || plan.approvedProjects === null) return [];
  return plan.approvedProjects.filter((project) => !listed.includes(project.projectId));
}

/**
 * Why the first signature waits: the plan is not approved, one of its projects is not listed, or
 * the agreement lists a project outside it (listed before the district drafted its plan).
 */
export function planSignatureRefusal(plan: PlanOfAgreement | undefined, listed: readonly string[]): DomainError | undefined {
  if (plan === undefined) return undefined;
  if (plan.status !== 'approved' || plan.approvedProjects === null) {
    return ruleBroken(
      'AGREEMENT.PLAN_NOT_APPROVED',
      `the operating plan ${String(plan.planId)} is not approved yet (${plan.status}); the agreement is signed on the approved plan`,
      {
        details: { planId: plan.planId, planStatus: plan.status },
      },
    );
  }
  const missing = planProjectsNotListed(plan, listed);
  const first = missing[0];
  if (first !== undefined) {
    return ruleBroken(
      'AGREEMENT.PLAN_PROJECT_NOT_LISTED',
      `project ${first.projectId} of the approved operating plan is not listed in the agreement`,
      {
        details: { projectId: first.projectId, planId: plan.planId, missing: missing.map((project) => project.projectId) },
      },
    );
  }
  const approved = plan.approvedProjects;
  const outside = listed.findIndex((projectId) => !approved.some((project) => project.projectId === projectId));
  if (outside < 0) return undefined;
  return ruleBroken(
    'AGREEMENT.PROJECT_NOT_IN_PLAN',
    `project ${String(listed[outside])} is listed but not in the approved operating plan ${String(plan.planId)}; withdraw it before signing`,
    {
      field: `projects[${outside}]`,
      details: { projectId: listed[outside], planId: plan.planId },
    },
  );
}
