/**
 * The project (세부사업) lifecycle: planned → agreed → inProgress ↔ suspended → completed →
 * evaluated → closed, cancelled from any state that is not terminal. Guards keep expenditures
 * within the allocation (and a school's within its grant) and an amended allocation above what is
 * already spent.
 */
import { assign, setup } from 'xstate';
import { type DistrictCode, type Funder, type TaskCode, funderNames } from '../catalogs.js';
import { type Budget, zeroBudget } from '../money.js';
import type { Executor, ExpenditureGrant, Indicator, ProjectEvent, Satisfaction } from './project.messages.js';
import { type TrackedCondition, tracked } from './conditions.js';
import { type AgreementTerm, agreementTermEnd } from '../agreement/agreement-term.js';
import { notFound, ruleBroken, transitionNotAllowed } from '../errors.js';
import { guardOf, rule } from '../rules.js';
import { type ContextUpdates, applyContextUpdate } from '../context-updates.js';

export const projectStatuses = [
  'none',
  'planned',
  'agreed',
  'inProgress',
  'suspended',
  'completed',
  'evaluated',
  'closed',
  'cancelled',
] as const;
export type ProjectStatus = (typeof projectStatuses)[number];
export const projectTerminalStatuses: readonly ProjectStatus[] = ['closed', 'cancelled'];

export interface Expenditure {
  readonly expenditureId: string;
  readonly funder: Funder;
  readonly amount: number;
  readonly spentOn: string;
  readonly purpose: string;
  readonly executedBy: Executor;
  readonly school: string | null;
  /** The grant a school executed it from (null: not a school's, or recorded before expenditures named grants). */
  readonly grant: ExpenditureGrant | null;
}

/** The project's withdrawal from its agreement: what went back, and from when nothing more is spent. */
export interface Release {
  readonly agreementId: string;
  readonly amendmentId: string;
  readonly releasedOn: string;
  readonly returned: Budget;
}

export interface ProjectContext {
  readonly projectId: string | null;
  readonly district: DistrictCode | null;
  readonly year: number | null;
  readonly title: string | null;
  readonly taskCode: TaskCode | null;
  readonly workflowVersion: number | null;
  readonly sourceAgendaItemId: string | null;
  readonly sourceRevisionId: string | null;
  readonly plannedBudget: Budget | null;
  readonly agreementId: string | null;
  readonly allocation: Budget | null;
  readonly spent: Budget;
  readonly expenditures: readonly Expenditure[];
  readonly amendmentIds: readonly string[];
  /** Set once an amendment withdrew the project from its agreement. */
  readonly release: Release | null;
  readonly createdOn: string | null;
  readonly agreedOn: string | null;
  /** The term of the agreement that allocated the budget: expenditures are dated within it. */
  readonly term: AgreementTerm | null;
  readonly startedOn: string | null;
  readonly suspension: { readonly reason: string; readonly suspendedOn: string } | null;
  readonly completedOn: string | null;
  readonly selfEvaluation: {
    readonly indicators: readonly Indicator[];
    readonly summary: string | null;
    readonly recordedOn: string;
  } | null;
  readonly comprehensiveEvaluation: { readonly satisfaction: Satisfaction; readonly surveyedOn: string } | null;
  readonly evaluatedOn: string | null;
  /** The obligations of a conditional approval. */
  readonly conditions: readonly TrackedCondition[];
  /** Evaluation deadlines that ran out after completion. */
  readonly overdueEvaluations: readonly { readonly deadlineId: string; readonly dueOn: string; readonly overdueOn: string }[];
  readonly closedOn: string | null;
  readonly cancellation: { readonly reason: string; readonly cancelledOn: string; readonly returned: Budget } | null;
}

export const initialProjectContext: ProjectContext = {
  projectId: null,
  district: null,
  year: null,
  title: null,
  taskCode: null,
  workflowVersion: null,
  sourceAgendaItemId: null,
  sourceRevisionId: null,
  plannedBudget: null,
  agreementId: null,
  allocation: null,
  spent: zeroBudget,
  expenditures: [],
  amendmentIds: [],
  release: null,
  createdOn: null,
  agreedOn: null,
  term: null,
  startedOn: null,
  suspension: null,
  completedOn: null,
  selfEvaluation: null,
  comprehensiveEvaluation: null,
  evaluatedOn: null,
  overdueEvaluations: [],
  conditions: [],
  closedOn: null,
  cancellation: null,
};

/** Whether spending `amount` more from `funder` stays within its allocation. */
export function withinAllocation(context: ProjectContext, funder: Funder, amount: number): boolean {
  return context.allocation !== null && context.spent[funder] + amount <= context.allocation[funder];
}

export function coversSpent(allocation: Budget, spent: Budget): boolean {
  return allocation['education-office'] >= spent['education-office'] && allocation['local-government'] >= spent['local-government'];
}

/** What the school has spent from a grant, from the given funder, in the expenditures recorded so far. */
export function spentFromGrant(context: Pick<ProjectContext, 'expenditures'>, funder: Funder, grant: ExpenditureGrant): number {
  return context.expenditures
    .filter((e) => e.funder === funder && e.grant?.grantId === grant.grantId && e.grant.callId === grant.callId)
    .reduce((sum, e) => sum + e.amount, 0);
}

function settle(context: ProjectContext, conditionId: string, change: (condition: TrackedCondition) => TrackedCondition): ProjectContext {
  return {
    ...context,
    conditions: context.conditions.map((condition) => (condition.conditionId === conditionId ? change(condition) : condition)),
  };
}

export function openCondition(context: ProjectContext, conditionId: string): TrackedCondition | undefined {
  return context.conditions.find((condition) => condition.conditionId === conditionId && condition.status === 'open');
}

/*
 * The project's rules, each stated once: the machine's guards below ask them of events, the
 * decider (project.workflow.ts) refuses commands with their stable codes.
 */
export const projectRules = {
  /** A condition is fulfilled, waived or marked overdue only while the approval has it open. */
  conditionOpen: rule<ProjectContext, { readonly conditionId: string }>(
    ['PROJECT.CONDITION_NOT_FOUND', 'PROJECT.CONDITION_SETTLED'],
    (context, { conditionId }) => {
      const condition = context.conditions.find((candidate) => candidate.conditionId === conditionId);
      if (condition === undefined) {
        return notFound(
          'PROJECT.CONDITION_NOT_FOUND',
          `the approval of project ${String(context.projectId)} has no condition ${conditionId}`,
          {
            field: 'data.conditionId',
            details: { conditions: context.conditions.map((candidate) => candidate.conditionId) },
          },
        );
      }
      if (condition.status !== 'open') {
        return ruleBroken(
          'PROJECT.CONDITION_SETTLED',
          `condition ${conditionId} was already ${condition.status} on ${String(condition.settledOn)}`,
          {
            field: 'data.conditionId',
            details: { conditionId, status: condition.status, settledOn: condition.settledOn },
          },
        );
      }
      return undefined;
    },
  ),
  /** A condition's deadline runs out once. */
  newConditionOverdue: rule<ProjectContext, { readonly conditionId: string }>(
    ['PROJECT.CONDITION_OVERDUE_ALREADY_RECORDED'],
    (context, { conditionId }) => {
      const condition = context.conditions.find((candidate) => candidate.conditionId === conditionId);
      return condition !== undefined && condition.overdueOn !== null
        ? transitionNotAllowed(
            'PROJECT.CONDITION_OVERDUE_ALREADY_RECORDED',
            `condition ${condition.conditionId} is already recorded overdue`,
            [],
          )
        : undefined;
    },
  ),
  /** An evaluation deadline runs out once. */
  newOverdueEvaluation: rule<ProjectContext, { readonly deadlineId: string }>(
    ['PROJECT.EVALUATION_OVERDUE_ALREADY_RECORDED'],
    (context, { deadlineId }) =>
      context.overdueEvaluations.some((overdue) => overdue.deadlineId === deadlineId)
        ? transitionNotAllowed('PROJECT.EVALUATION_OVERDUE_ALREADY_RECORDED', `evaluation deadline ${deadlineId} has already fired`, [])
        : undefined,
  ),
  /** Nothing more is spent once the project was withdrawn from its agreement. */
  stillInAgreement: rule<ProjectContext, unknown>(['PROJECT.WITHDRAWN_FROM_AGREEMENT'], (context) => {
    const release = context.release;
    return release === null
      ? undefined
      : ruleBroken(
          'PROJECT.WITHDRAWN_FROM_AGREEMENT',
          `project ${String(context.projectId)} was withdrawn from agreement ${release.agreementId} on ${release.releasedOn} (amendment ${release.amendmentId}); its unspent allocation was returned and nothing more is spent`,
          { field: 'data.amount', details: { ...release, releasedOn: release.releasedOn } },
        );
  }),
  /** An expenditure is recorded once. */
  newExpenditure: rule<ProjectContext, { readonly expenditureId: string }>(
    ['PROJECT.DUPLICATE_EXPENDITURE'],
    (context, { expenditureId }) =>
      context.expenditures.some((expenditure) => expenditure.expenditureId === expenditureId)
        ? ruleBroken('PROJECT.DUPLICATE_EXPENDITURE', `expenditure ${expenditureId} is already recorded`, { field: 'data.expenditureId' })
        : undefined,
  ),
  /** A school executes only the money its grant gave from the expenditure's funder. */
  grantOfFunder: rule<ProjectContext, { readonly funder: Funder; readonly grant: ExpenditureGrant | null; readonly school: string | null }>(
    ['PROJECT.GRANT_OF_ANOTHER_FUNDER'],
    (_context, { funder, grant, school }) =>
      // Stored before expenditures named grants, an event may carry no grant at all.
      !grant || grant.amount > 0
        ? undefined
        : ruleBroken(
            'PROJECT.GRANT_OF_ANOTHER_FUNDER',
            `grant ${grant.grantId} gave nothing from ${funder}; a school executes only the money its grant gave`,
            {
              field: 'data.grantId',
              details: { grantId: grant.grantId, school: school ?? grant.schoolId, funder, funderName: funderNames[funder] },
            },
          ),
  ),
  /** A school's expenditures from a grant stay within what the grant gave from their funder. */
  withinGrant: rule<
    ProjectContext,
    { readonly funder: Funder; readonly amount: number; readonly grant: ExpenditureGrant | null; readonly school: string | null }
  >(['PROJECT.EXPENDITURE_ABOVE_GRANT'], (context, { funder, amount, grant, school }) => {
    if (!grant) return undefined;
    const spent = spentFromGrant(context, funder, grant);
    return spent + amount <= grant.amount
      ? undefined
      : ruleBroken(
          'PROJECT.EXPENDITURE_ABOVE_GRANT',
          `${amount} won would bring the school's spending from grant ${grant.grantId} to ${spent + amount} won, above the grant's ${grant.amount} won from ${funder}`,
          {
            field: 'data.amount',
            details: {
              grantId: grant.grantId,
              school: school ?? grant.schoolId,
              funder,
              funderName: funderNames[funder],
              grant: grant.amount,
              spent,
              amount,
              available: grant.amount - spent,
            },
          },
        );
  }),
  /** A funder spends within its allocation. */
  withinAllocation: rule<ProjectContext, { readonly funder: Funder; readonly amount: number }>(
    ['BUDGET.EXCEEDS_ALLOCATION'],
    (context, { funder, amount }) => {
      if (withinAllocation(context, funder, amount)) return undefined;
      const allocated = context.allocation?.[funder] ?? 0;
      const spent = context.spent[funder];
      return ruleBroken(
        'BUDGET.EXCEEDS_ALLOCATION',
        `${amount} won from ${funder} would bring its spending to ${spent + amount} won, above its allocation of ${allocated} won`,
        { field: 'data.amount', details: { funder, allocation: allocated, spent, amount, available: allocated - spent } },
      );
    },
  ),
  /** An amendment of the budget is applied once. */
  newAmendment: rule<ProjectContext, { readonly amendmentId: string }>(['PROJECT.AMENDMENT_ALREADY_APPLIED'], (context, { amendmentId }) =>
    context.amendmentIds.includes(amendmentId)
      ? transitionNotAllowed('PROJECT.AMENDMENT_ALREADY_APPLIED', `amendment ${amendmentId} is already applied`, [])
      : undefined,
  ),
  /** An amended allocation covers what is already spent. */
  coversSpent: rule<ProjectContext, { readonly newAllocation: Budget }>(['BUDGET.BELOW_SPENT'], (context, { newAllocation }) =>
    coversSpent(newAllocation, context.spent)
      ? undefined
      : ruleBroken('BUDGET.BELOW_SPENT', 'the new allocation is below what has already been spent', {
          field: 'data.newAllocation',
          details: { spent: context.spent, newAllocation },
        }),
  ),
  /** A project is withdrawn from its agreement once. */
  notReleased: rule<ProjectContext, unknown>(['PROJECT.ALREADY_RELEASED'], (context) =>
    context.release === null
      ? undefined
      : transitionNotAllowed(
          'PROJECT.ALREADY_RELEASED',
          `the project was withdrawn from agreement ${context.release.agreementId} on ${context.release.releasedOn}`,
          [],
        ),
  ),
  /** The self-evaluation is recorded once (and corrected after). */
  selfEvaluationPending: rule<ProjectContext, unknown>(['PROJECT.EVALUATION_ALREADY_RECORDED'], (context) =>
    context.selfEvaluation === null
      ? undefined
      : ruleBroken('PROJECT.EVALUATION_ALREADY_RECORDED', 'the self-evaluation is already recorded'),
  ),
  /** The comprehensive evaluation is recorded once (and corrected after). */
  comprehensiveEvaluationPending: rule<ProjectContext, unknown>(['PROJECT.EVALUATION_ALREADY_RECORDED'], (context) =>
    context.comprehensiveEvaluation === null
      ? undefined
      : ruleBroken('PROJECT.EVALUATION_ALREADY_RECORDED', 'the comprehensive evaluation is already recorded'),
  ),
  /** A self-evaluation is corrected, and a project evaluated, only once one is in. */
  selfEvaluationIn: rule<ProjectContext, unknown>(['PROJECT.EVALUATION_NOT_RECORDED'], (context) =>
    context.selfEvaluation !== null
      ? undefined
      : ruleBroken('PROJECT.EVALUATION_NOT_RECORDED', 'there is no self-evaluation to correct; record it first', {
          field: 'data.indicators',
        }),
  ),
  /** A comprehensive evaluation is corrected only once one is in. */
  comprehensiveEvaluationIn: rule<ProjectContext, unknown>(['PROJECT.EVALUATION_NOT_RECORDED'], (context) =>
    context.comprehensiveEvaluation !== null
      ? undefined
      : ruleBroken('PROJECT.EVALUATION_NOT_RECORDED', 'there is no comprehensive evaluation to correct; record it first', {
          field: 'data.satisfaction',
        }),
  ),
} as const;

/** A comprehensive evaluation, first recorded or corrected: the survey's satisfaction and day. */
const comprehensiveEvaluationSurveyed = (
  context: ProjectContext,
  event: Extract<ProjectEvent, { type: 'ComprehensiveEvaluationRecorded' | 'ComprehensiveEvaluationCorrected' }>,
): ProjectContext => ({
  ...context,
  comprehensiveEvaluation: { satisfaction: event.data.satisfaction, surveyedOn: event.data.surveyedOn },
});

/** Folds an event's data into the project's context; the machine decides whether the event may happen. */
const projectUpdates: ContextUpdates<ProjectContext, ProjectEvent> = {
  ProjectCreated: (context, event) => {
    const d = event.data;
    return {
      ...context,
      projectId: d.projectId,
      district: d.district,
      year: d.year,
      title: d.title,
      taskCode: d.taskCode,
      workflowVersion: d.workflowVersion,
      sourceAgendaItemId: d.sourceAgendaItemId,
      sourceRevisionId: d.sourceRevisionId,
      plannedBudget: d.plannedBudget,
      createdOn: d.createdOn,
      conditions: (d.conditions ?? []).map(tracked),
    };
  },
  ProjectAgreed: (context, event) => ({
    ...context,
    agreementId: event.data.agreementId,
    allocation: event.data.allocation,
    agreedOn: event.data.agreedOn,
    term: event.data.term ?? (context.year !== null ? { from: event.data.agreedOn, until: agreementTermEnd(context.year) } : null),
  }),
  ProjectStarted: (context, event) => ({ ...context, startedOn: event.data.startedOn }),
  ProjectSuspended: (context, event) => ({ ...context, suspension: { reason: event.data.reason, suspendedOn: event.data.suspendedOn } }),
  ProjectResumed: (context) => ({ ...context, suspension: null }),
  ExpenditureRecorded: (context, event) => {
    const { expenditureId, funder, amount, spentOn, purpose, executedBy, school, grant } = event.data;
    return {
      ...context,
      spent: { ...context.spent, [funder]: context.spent[funder] + amount },
      expenditures: [...context.expenditures, { expenditureId, funder, amount, spentOn, purpose, executedBy, school, grant }],
    };
  },
  ProjectReleasedFromAgreement: (context, event) => {
    const { agreementId, amendmentId, releasedOn, returned, allocation } = event.data;
    return { ...context, allocation, release: { agreementId, amendmentId, releasedOn, returned } };
  },
  ProjectBudgetAmended: (context, event) => ({
    ...context,
    allocation: event.data.newAllocation,
    amendmentIds: [...context.amendmentIds, event.data.amendmentId],
  }),
  ConditionFulfilled: (context, event) =>
    settle(context, event.data.conditionId, (c) => ({
      ...c,
      status: 'fulfilled',
      evidence: event.data.evidence,
      settledOn: event.data.fulfilledOn,
    })),
  ConditionWaived: (context, event) =>
    settle(context, event.data.conditionId, (c) => ({
      ...c,
      status: 'waived',
      settledOn: event.data.meeting.heldOn,
      waiver: { reason: event.data.reason, meeting: event.data.meeting },
    })),
  ConditionOverdue: (context, event) => settle(context, event.data.conditionId, (c) => ({ ...c, overdueOn: event.data.overdueOn })),
  EvaluationOverdue: (context, event) => {
    const { deadlineId, dueOn, overdueOn } = event.data;
    return { ...context, overdueEvaluations: [...context.overdueEvaluations, { deadlineId, dueOn, overdueOn }] };
  },
  ProjectCompleted: (context, event) => ({ ...context, completedOn: event.data.completedOn }),
  SelfEvaluationRecorded: (context, event) => {
    const { indicators, summary, recordedOn } = event.data;
    return { ...context, selfEvaluation: { indicators, summary, recordedOn } };
  },
  ComprehensiveEvaluationRecorded: comprehensiveEvaluationSurveyed,
  ComprehensiveEvaluationCorrected: comprehensiveEvaluationSurveyed,
  SelfEvaluationCorrected: (context, event) => {
    const { indicators, summary, correctedOn } = event.data;
    return { ...context, selfEvaluation: { indicators, summary, recordedOn: correctedOn } };
  },
  ProjectEvaluated: (context, event) => ({ ...context, evaluatedOn: event.data.evaluatedOn }),
  ProjectClosed: (context, event) => ({ ...context, closedOn: event.data.closedOn }),
  ProjectCancelled: (context, event) => {
    const { reason, cancelledOn, returned } = event.data;
    return { ...context, cancellation: { reason, cancelledOn, returned } };
  },
};

function applyProjectEvent(context: ProjectContext, event: ProjectEvent): ProjectContext {
  return applyContextUpdate(projectUpdates, context, event);
}

export const projectMachine = setup({
  types: {
    context: {} as ProjectContext,
    events: {} as ProjectEvent,
  },
  guards: {
    conditionOpen: guardOf<ProjectContext, ProjectEvent, 'ConditionFulfilled' | 'ConditionWaived'>(
      ['ConditionFulfilled', 'ConditionWaived'],
      [projectRules.conditionOpen],
    ),
    conditionNewlyOverdue: guardOf<ProjectContext, ProjectEvent, 'ConditionOverdue'>('ConditionOverdue', [
      projectRules.newConditionOverdue,
      projectRules.conditionOpen,
    ]),
    newOverdueEvaluation: guardOf<ProjectContext, ProjectEvent, 'EvaluationOverdue'>('EvaluationOverdue', [
      projectRules.newOverdueEvaluation,
    ]),
    withinAllocation: guardOf<ProjectContext, ProjectEvent, 'ExpenditureRecorded'>('ExpenditureRecorded', [
      projectRules.stillInAgreement,
      projectRules.newExpenditure,
      projectRules.withinAllocation,
      projectRules.grantOfFunder,
      projectRules.withinGrant,
    ]),
    coversSpent: guardOf<ProjectContext, ProjectEvent, 'ProjectBudgetAmended'>('ProjectBudgetAmended', [
      projectRules.newAmendment,
      projectRules.coversSpent,
    ]),
    notReleased: guardOf<ProjectContext, ProjectEvent, 'ProjectReleasedFromAgreement'>('ProjectReleasedFromAgreement', [
      projectRules.notReleased,
    ]),
    selfEvaluationPending: guardOf<ProjectContext, ProjectEvent, 'SelfEvaluationRecorded'>('SelfEvaluationRecorded', [
      projectRules.selfEvaluationPending,
    ]),
    comprehensiveEvaluationPending: guardOf<ProjectContext, ProjectEvent, 'ComprehensiveEvaluationRecorded'>(
      'ComprehensiveEvaluationRecorded',
      [projectRules.comprehensiveEvaluationPending],
    ),
    // A project is evaluated on its own self-evaluation; the province-wide survey is no per-project gate.
    selfEvaluationIn: guardOf<ProjectContext, ProjectEvent, 'SelfEvaluationCorrected' | 'ProjectEvaluated'>(
      ['SelfEvaluationCorrected', 'ProjectEvaluated'],
      [projectRules.selfEvaluationIn],
    ),
    comprehensiveEvaluationIn: guardOf<ProjectContext, ProjectEvent, 'ComprehensiveEvaluationCorrected'>(
      'ComprehensiveEvaluationCorrected',
      [projectRules.comprehensiveEvaluationIn],
    ),
  },
  actions: {
    record: assign(({ context, event }) => applyProjectEvent(context, event)),
  },
}).createMachine({
  id: 'project',
  initial: 'none',
  context: initialProjectContext,
  states: {
    none: {
      on: { ProjectCreated: { target: 'planned', actions: 'record' } },
    },
    planned: {
      on: {
        ConditionFulfilled: { guard: 'conditionOpen', actions: 'record' },
        ConditionWaived: { guard: 'conditionOpen', actions: 'record' },
        ConditionOverdue: { guard: 'conditionNewlyOverdue', actions: 'record' },
        ProjectAgreed: { target: 'agreed', actions: 'record' },
        ProjectCancelled: { target: 'cancelled', actions: 'record' },
      },
    },
    agreed: {
      on: {
        ConditionFulfilled: { guard: 'conditionOpen', actions: 'record' },
        ConditionWaived: { guard: 'conditionOpen', actions: 'record' },
        ConditionOverdue: { guard: 'conditionNewlyOverdue', actions: 'record' },
        ProjectStarted: { target: 'inProgress', actions: 'record' },
        ProjectBudgetAmended: { guard: 'coversSpent', actions: 'record' },
        ProjectReleasedFromAgreement: { guard: 'notReleased', actions: 'record' },
        ProjectCancelled: { target: 'cancelled', actions: 'record' },
      },
    },
    inProgress: {
      on: {
        ConditionFulfilled: { guard: 'conditionOpen', actions: 'record' },
        ConditionWaived: { guard: 'conditionOpen', actions: 'record' },
        ConditionOverdue: { guard: 'conditionNewlyOverdue', actions: 'record' },
        ExpenditureRecorded: { guard: 'withinAllocation', actions: 'record' },
        ProjectBudgetAmended: { guard: 'coversSpent', actions: 'record' },
        ProjectSuspended: { target: 'suspended', actions: 'record' },
        ProjectCompleted: { target: 'completed', actions: 'record' },
        ProjectReleasedFromAgreement: { guard: 'notReleased', actions: 'record' },
        ProjectCancelled: { target: 'cancelled', actions: 'record' },
      },
    },
    suspended: {
      on: {
        ConditionFulfilled: { guard: 'conditionOpen', actions: 'record' },
        ConditionWaived: { guard: 'conditionOpen', actions: 'record' },
        ConditionOverdue: { guard: 'conditionNewlyOverdue', actions: 'record' },
        ProjectResumed: { target: 'inProgress', actions: 'record' },
        ProjectBudgetAmended: { guard: 'coversSpent', actions: 'record' },
        ProjectReleasedFromAgreement: { guard: 'notReleased', actions: 'record' },
        ProjectCancelled: { target: 'cancelled', actions: 'record' },
      },
    },
    completed: {
      // Evaluated once the self-evaluation is in; the comprehensive evaluation may come before or after.
      on: {
        ConditionFulfilled: { guard: 'conditionOpen', actions: 'record' },
        ConditionWaived: { guard: 'conditionOpen', actions: 'record' },
        ConditionOverdue: { guard: 'conditionNewlyOverdue', actions: 'record' },
        SelfEvaluationRecorded: { guard: 'selfEvaluationPending', actions: 'record' },
        ComprehensiveEvaluationRecorded: { guard: 'comprehensiveEvaluationPending', actions: 'record' },
        SelfEvaluationCorrected: { guard: 'selfEvaluationIn', actions: 'record' },
        ComprehensiveEvaluationCorrected: { guard: 'comprehensiveEvaluationIn', actions: 'record' },
        ProjectEvaluated: { target: 'evaluated', guard: 'selfEvaluationIn', actions: 'record' },
        ProjectReleasedFromAgreement: { guard: 'notReleased', actions: 'record' },
        ProjectCancelled: { target: 'cancelled', actions: 'record' },
        EvaluationOverdue: { guard: 'newOverdueEvaluation', actions: 'record' },
      },
    },
    evaluated: {
      on: {
        ConditionFulfilled: { guard: 'conditionOpen', actions: 'record' },
        ConditionWaived: { guard: 'conditionOpen', actions: 'record' },
        ConditionOverdue: { guard: 'conditionNewlyOverdue', actions: 'record' },
        ComprehensiveEvaluationRecorded: { guard: 'comprehensiveEvaluationPending', actions: 'record' },
        SelfEvaluationCorrected: { guard: 'selfEvaluationIn', actions: 'record' },
        ComprehensiveEvaluationCorrected: { guard: 'comprehensiveEvaluationIn', actions: 'record' },
        ProjectClosed: { target: 'closed', actions: 'record' },
        ProjectReleasedFromAgreement: { guard: 'notReleased', actions: 'record' },
        ProjectCancelled: { target: 'cancelled', actions: 'record' },
      },
    },
    closed: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
