/**
 * The operating plan (운영계획) as an XState machine over its events: drafting (작성 중) →
 * underReview (심의, once submitted to the steering committee) → approved (가결) or rejected
 * (부결); a return for revision (보완 요구) puts it back into drafting for its next revision, and
 * so does a redraft after 부결 (the working council takes the rejected plan up again), so that a
 * rejection does not leave the district's year without a plan its agreement could list.
 *
 * Each rule is declared once in `operatingPlanRules` (rules.ts): the machine's guards ask it of
 * events, and the decider refuses with the same rule's code before the machine would, so stored
 * history and new commands are judged alike.
 */
import { assign, setup } from 'xstate';
import type { DistrictCode } from '../catalogs.js';
import { invalid, ruleBroken } from '../errors.js';
import type { Meeting } from '../messages.js';
import { type Budget, addBudgets, zeroBudget } from '../money.js';
import { guardOf, rule } from '../rules.js';
import { type Tally, noQuorum, notCarried } from '../votes.js';
import type { OperatingPlanEvent, PlanDecision, PlanProject } from './operating-plan.messages.js';

import type { OperatingPlanStatus } from './plan-of-agreement.js';

export { type OperatingPlanStatus, operatingPlanStatuses } from './plan-of-agreement.js';

/** Only approval ends a plan: a rejected plan may be redrafted for the committee again. */
export const operatingPlanTerminalStatuses: readonly OperatingPlanStatus[] = ['approved'];

export interface PlanRevision {
  readonly revision: number;
  readonly projects: readonly PlanProject[];
  readonly reasons: readonly string[];
  readonly submittedOn: string;
}

export interface PlanDecisionRecord {
  readonly decision: PlanDecision;
  readonly revision: number;
  readonly meeting: Meeting;
  readonly tally: Tally;
  readonly feedback: string | null;
  readonly decidedOn: string;
}

export interface PlanRedraft {
  readonly rejectedRevision: number;
  readonly reason: string;
  readonly redraftedOn: string;
}

export interface OperatingPlanContext {
  readonly planId: string | null;
  readonly district: DistrictCode | null;
  readonly year: number | null;
  readonly title: string | null;
  readonly draftedOn: string | null;
  readonly workflowVersion: number | null;
  /** The plan as it is being assembled (the working copy). */
  readonly projects: readonly PlanProject[];
  readonly revisions: readonly PlanRevision[];
  readonly decisions: readonly PlanDecisionRecord[];
  /** Each time the plan was taken up again after 부결. */
  readonly redrafts: readonly PlanRedraft[];
  /** The projects of the approved plan, once approved. */
  readonly approvedProjects: readonly PlanProject[] | null;
}

export const initialOperatingPlanContext: OperatingPlanContext = {
  planId: null,
  district: null,
  year: null,
  title: null,
  draftedOn: null,
  workflowVersion: null,
  projects: [],
  revisions: [],
  decisions: [],
  redrafts: [],
  approvedProjects: null,
};

const isListedIn = (projects: readonly PlanProject[], projectId: string): boolean =>
  projects.some((project) => project.projectId === projectId);

export const operatingPlanRules = {
  /** A project is listed in the plan once. */
  projectNotYetListed: rule<OperatingPlanContext, { readonly projectId: string }>(
    ['OPERATING_PLAN.PROJECT_ALREADY_LISTED'],
    (context, { projectId }) =>
      isListedIn(context.projects, projectId)
        ? ruleBroken('OPERATING_PLAN.PROJECT_ALREADY_LISTED', `project ${projectId} is already in the plan`, {
            field: 'data.projectId',
            details: { projectId },
          })
        : undefined,
  ),
  /** Only a project the plan lists is removed from it. */
  projectListed: rule<OperatingPlanContext, { readonly projectId: string }>(
    ['OPERATING_PLAN.PROJECT_NOT_LISTED'],
    (context, { projectId }) =>
      isListedIn(context.projects, projectId)
        ? undefined
        : ruleBroken('OPERATING_PLAN.PROJECT_NOT_LISTED', `project ${projectId} is not in the plan`, {
            field: 'data.projectId',
            details: { projectId },
          }),
  ),
  /** A plan is submitted with its projects. */
  submittedWithProjects: rule<OperatingPlanContext, { readonly projects: readonly PlanProject[] }>(
    ['OPERATING_PLAN.NO_PROJECTS'],
    (_context, { projects }) =>
      projects.length > 0
        ? undefined
        : ruleBroken('OPERATING_PLAN.NO_PROJECTS', 'the plan lists no project yet; add the projects before submitting it'),
  ),
  /** Every revision after the first gives the reasons for its changes. */
  revisionGivesReasons: rule<OperatingPlanContext, { readonly revision: number; readonly reasons: readonly string[] }>(
    ['OPERATING_PLAN.REASONS_REQUIRED'],
    (_context, { revision, reasons }) =>
      revision === 1 || reasons.length > 0
        ? undefined
        : ruleBroken('OPERATING_PLAN.REASONS_REQUIRED', `revision ${revision} of the plan needs the reasons for its changes`, {
            field: 'data.reasons',
            details: { revision },
          }),
  ),
  /** A return for revision carries the committee's feedback. */
  feedbackOfReturn: rule<OperatingPlanContext, { readonly decision: PlanDecision; readonly feedback: string | null }>(
    ['COMMAND.INVALID'],
    (_context, { decision, feedback }) =>
      decision === 'revisionRequested' && feedback === null
        ? invalid('COMMAND.INVALID', 'data.feedback', "a return for revision needs the committee's feedback")
        : undefined,
  ),
  /** The one tally rule of the committee: an approval or a return needs the motion carried, a rejection a quorum. */
  tallySupportsDecision: rule<OperatingPlanContext, { readonly decision: PlanDecision; readonly tally: Tally }>(
    ['VOTE.NO_QUORUM', 'VOTE.MOTION_NOT_CARRIED'],
    (_context, { decision, tally }) => (decision === 'rejected' ? noQuorum(tally, 'data.tally') : notCarried(tally, 'data.tally')),
  ),
} as const;

/** The rules a decision of the committee answers to, in the order the decider asks them. */
const decisionRules = [operatingPlanRules.feedbackOfReturn, operatingPlanRules.tallySupportsDecision] as const;

const decidedAs = (decision: PlanDecision) =>
  guardOf<OperatingPlanContext, OperatingPlanEvent, 'OperatingPlanDecided'>(
    'OperatingPlanDecided',
    decisionRules,
    (data) => data.decision === decision,
  );

/** The plan's projects summed per funder, in won. */
export function planTotals(projects: readonly PlanProject[]): Budget {
  return projects.reduce((total, project) => addBudgets(total, project.budget), zeroBudget);
}

function applyPlanEvent(context: OperatingPlanContext, event: OperatingPlanEvent): OperatingPlanContext {
  switch (event.type) {
    case 'OperatingPlanDrafted': {
      const { planId, district, year, title, draftedOn, workflowVersion } = event.data;
      return { ...context, planId, district, year, title, draftedOn, workflowVersion };
    }
    case 'ProjectAddedToPlan': {
      const { projectId, title, taskCode, budget, origin, sourceAgendaItemId } = event.data;
      return { ...context, projects: [...context.projects, { projectId, title, taskCode, budget, origin, sourceAgendaItemId }] };
    }
    case 'ProjectRemovedFromPlan':
      return { ...context, projects: context.projects.filter((project) => project.projectId !== event.data.projectId) };
    case 'OperatingPlanSubmitted': {
      const { revision, projects, reasons, submittedOn } = event.data;
      return { ...context, revisions: [...context.revisions, { revision, projects, reasons, submittedOn }] };
    }
    case 'OperatingPlanDecided': {
      const { decision, revision, meeting, tally, feedback, decidedOn, projects } = event.data;
      return {
        ...context,
        decisions: [...context.decisions, { decision, revision, meeting, tally, feedback, decidedOn }],
        approvedProjects: decision === 'approved' ? projects : context.approvedProjects,
      };
    }
    case 'OperatingPlanRedrafted': {
      const { rejectedRevision, reason, redraftedOn } = event.data;
      return { ...context, redrafts: [...context.redrafts, { rejectedRevision, reason, redraftedOn }] };
    }
  }
}

export const operatingPlanMachine = setup({
  types: { context: {} as OperatingPlanContext, events: {} as OperatingPlanEvent },
  guards: {
    projectNotYetListed: guardOf<OperatingPlanContext, OperatingPlanEvent, 'ProjectAddedToPlan'>('ProjectAddedToPlan', [
      operatingPlanRules.projectNotYetListed,
    ]),
    projectListed: guardOf<OperatingPlanContext, OperatingPlanEvent, 'ProjectRemovedFromPlan'>('ProjectRemovedFromPlan', [
      operatingPlanRules.projectListed,
    ]),
    submittable: guardOf<OperatingPlanContext, OperatingPlanEvent, 'OperatingPlanSubmitted'>('OperatingPlanSubmitted', [
      operatingPlanRules.submittedWithProjects,
      operatingPlanRules.revisionGivesReasons,
    ]),
    approved: decidedAs('approved'),
    revisionRequested: decidedAs('revisionRequested'),
    rejected: decidedAs('rejected'),
  },
  actions: { record: assign(({ context, event }) => applyPlanEvent(context, event)) },
}).createMachine({
  id: 'operatingPlan',
  initial: 'none',
  context: initialOperatingPlanContext,
  states: {
    none: { on: { OperatingPlanDrafted: { target: 'drafting', actions: 'record' } } },
    drafting: {
      on: {
        ProjectAddedToPlan: { guard: 'projectNotYetListed', actions: 'record' },
        ProjectRemovedFromPlan: { guard: 'projectListed', actions: 'record' },
        OperatingPlanSubmitted: { target: 'underReview', guard: 'submittable', actions: 'record' },
      },
    },
    underReview: {
      on: {
        OperatingPlanDecided: [
          { target: 'approved', guard: 'approved', actions: 'record' },
          { target: 'drafting', guard: 'revisionRequested', actions: 'record' },
          { target: 'rejected', guard: 'rejected', actions: 'record' },
        ],
      },
    },
    approved: { type: 'final' },
    rejected: { on: { OperatingPlanRedrafted: { target: 'drafting', actions: 'record' } } },
  },
});
