/**
 * The operating plan (운영계획) as an XState machine over its events: drafting (작성 중) →
 * underReview (심의, once submitted to the steering committee) → approved (가결) or rejected
 * (부결); a return for revision (보완 요구) puts it back into drafting for its next revision.
 *
 * Each rule is declared once in `operatingPlanRules`: the machine's guards are derived from it, and
 * the decider refuses with the same rule's code before the machine would, so stored history and
 * new commands are judged alike.
 */
import { assign, setup } from 'xstate';
import type { DistrictCode } from '../catalogs.js';
import { type DomainError, ruleBroken } from '../errors.js';
import type { Meeting } from '../messages.js';
import { type Budget, addBudgets, zeroBudget } from '../money.js';
import { type Tally, assertCarried, assertQuorum, carries, hasQuorum } from '../votes.js';
import type { OperatingPlanEvent, PlanDecision, PlanProject } from './operating-plan.messages.js';

export const operatingPlanStatuses = ['none', 'drafting', 'underReview', 'approved', 'rejected'] as const;
export type OperatingPlanStatus = (typeof operatingPlanStatuses)[number];

export const operatingPlanTerminalStatuses: readonly OperatingPlanStatus[] = ['approved', 'rejected'];

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
  approvedProjects: null,
};

type EventOf<T extends OperatingPlanEvent['type']> = Extract<OperatingPlanEvent, { type: T }>;

/** One rule of the plan: when it holds, and the refusal that names it when it does not. */
interface PlanRule<T extends OperatingPlanEvent['type']> {
  readonly event: T;
  holds(context: OperatingPlanContext, event: EventOf<T>): boolean;
  refusal(context: OperatingPlanContext, event: EventOf<T>): DomainError;
}

const rule = <T extends OperatingPlanEvent['type']>(definition: PlanRule<T>): PlanRule<T> => definition;

const isListedIn = (projects: readonly PlanProject[], projectId: string): boolean => projects.some((project) => project.projectId === projectId);

/** The one tally rule of the committee: an approval or a return needs the motion carried, a rejection a quorum. */
const tallySupports = (decision: PlanDecision, tally: Tally): boolean => (decision === 'rejected' ? hasQuorum(tally) : carries(tally));

export const operatingPlanRules = {
  projectNotYetListed: rule({
    event: 'ProjectAddedToPlan',
    holds: (context, event) => !isListedIn(context.projects, event.data.projectId),
    refusal: (_context, event) =>
      ruleBroken('OPERATING_PLAN.PROJECT_ALREADY_LISTED', `project ${event.data.projectId} is already in the plan`, {
        field: 'data.projectId',
        details: { projectId: event.data.projectId },
      }),
  }),
  projectListed: rule({
    event: 'ProjectRemovedFromPlan',
    holds: (context, event) => isListedIn(context.projects, event.data.projectId),
    refusal: (_context, event) =>
      ruleBroken('OPERATING_PLAN.PROJECT_NOT_LISTED', `project ${event.data.projectId} is not in the plan`, {
        field: 'data.projectId',
        details: { projectId: event.data.projectId },
      }),
  }),
  submittedWithProjects: rule({
    event: 'OperatingPlanSubmitted',
    holds: (_context, event) => event.data.projects.length > 0,
    refusal: () => ruleBroken('OPERATING_PLAN.NO_PROJECTS', 'the plan lists no project yet; add the projects before submitting it'),
  }),
  revisionGivesReasons: rule({
    event: 'OperatingPlanSubmitted',
    holds: (_context, event) => event.data.revision === 1 || event.data.reasons.length > 0,
    refusal: (_context, event) =>
      ruleBroken('OPERATING_PLAN.REASONS_REQUIRED', `revision ${event.data.revision} of the plan needs the reasons for its changes`, {
        field: 'data.reasons',
        details: { revision: event.data.revision },
      }),
  }),
  tallySupportsDecision: rule({
    event: 'OperatingPlanDecided',
    holds: (_context, event) => tallySupports(event.data.decision, event.data.tally),
    refusal: (_context, event) => {
      try {
        if (event.data.decision === 'rejected') assertQuorum(event.data.tally, 'data.tally');
        else assertCarried(event.data.tally, 'data.tally');
      } catch (error) {
        return error as DomainError;
      }
      return ruleBroken('OPERATING_PLAN.RULE_VIOLATED', 'the tally does not support the decision');
    },
  }),
} as const;

type AnyPlanRule = PlanRule<OperatingPlanEvent['type']>;
const rulesFor = (type: OperatingPlanEvent['type']): readonly AnyPlanRule[] =>
  (Object.values(operatingPlanRules) as readonly AnyPlanRule[]).filter((candidate) => candidate.event === type);

/** The first rule the event breaks, as its refusal; undefined when every rule holds. */
export function brokenPlanRule(context: OperatingPlanContext, event: OperatingPlanEvent): DomainError | undefined {
  const broken = rulesFor(event.type).find((candidate) => !candidate.holds(context, event));
  return broken?.refusal(context, event);
}

const rulesHold = ({ context, event }: { context: OperatingPlanContext; event: OperatingPlanEvent }): boolean =>
  brokenPlanRule(context, event) === undefined;

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
  }
}

const decidedAs =
  (decision: PlanDecision) =>
  ({ context, event }: { context: OperatingPlanContext; event: OperatingPlanEvent }): boolean =>
    event.type === 'OperatingPlanDecided' && event.data.decision === decision && rulesHold({ context, event });

export const operatingPlanMachine = setup({
  types: { context: {} as OperatingPlanContext, events: {} as OperatingPlanEvent },
  guards: {
    rulesHold,
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
        ProjectAddedToPlan: { guard: 'rulesHold', actions: 'record' },
        ProjectRemovedFromPlan: { guard: 'rulesHold', actions: 'record' },
        OperatingPlanSubmitted: { target: 'underReview', guard: 'rulesHold', actions: 'record' },
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
    rejected: { type: 'final' },
  },
});
