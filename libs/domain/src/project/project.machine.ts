/**
 * The project (세부사업) lifecycle: planned → agreed → inProgress ↔ suspended → completed →
 * evaluated → closed, cancelled from any state that is not terminal. Guards keep expenditures
 * within the allocation and an amended allocation above what is already spent.
 */
import { assign, setup } from 'xstate';
import type { DistrictCode, Funder, TaskCode } from '../catalogs.js';
import { type Budget, zeroBudget } from '../money.js';
import type { Executor, Indicator, ProjectEvent, Satisfaction } from './project.messages.js';
import { type TrackedCondition, tracked } from './conditions.js';
import { type AgreementTerm, agreementTermEnd } from '../agreement/agreement-term.js';

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
  readonly selfEvaluation: { readonly indicators: readonly Indicator[]; readonly summary: string | null; readonly recordedOn: string } | null;
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

function settle(context: ProjectContext, conditionId: string, change: (condition: TrackedCondition) => TrackedCondition): ProjectContext {
  return { ...context, conditions: context.conditions.map((condition) => (condition.conditionId === conditionId ? change(condition) : condition)) };
}

export function openCondition(context: ProjectContext, conditionId: string): TrackedCondition | undefined {
  return context.conditions.find((condition) => condition.conditionId === conditionId && condition.status === 'open');
}

function applyProjectEvent(context: ProjectContext, event: ProjectEvent): ProjectContext {
  switch (event.type) {
    case 'ProjectCreated': {
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
    }
    case 'ProjectAgreed':
      return {
        ...context,
        agreementId: event.data.agreementId,
        allocation: event.data.allocation,
        agreedOn: event.data.agreedOn,
        term: event.data.term ?? (context.year !== null ? { from: event.data.agreedOn, until: agreementTermEnd(context.year) } : null),
      };
    case 'ProjectStarted':
      return { ...context, startedOn: event.data.startedOn };
    case 'ProjectSuspended':
      return { ...context, suspension: { reason: event.data.reason, suspendedOn: event.data.suspendedOn } };
    case 'ProjectResumed':
      return { ...context, suspension: null };
    case 'ExpenditureRecorded': {
      const { expenditureId, funder, amount, spentOn, purpose, executedBy, school } = event.data;
      return {
        ...context,
        spent: { ...context.spent, [funder]: context.spent[funder] + amount },
        expenditures: [...context.expenditures, { expenditureId, funder, amount, spentOn, purpose, executedBy, school }],
      };
    }
    case 'ProjectReleasedFromAgreement': {
      const { agreementId, amendmentId, releasedOn, returned, allocation } = event.data;
      return { ...context, allocation, release: { agreementId, amendmentId, releasedOn, returned } };
    }
    case 'ProjectBudgetAmended':
      return {
        ...context,
        allocation: event.data.newAllocation,
        amendmentIds: [...context.amendmentIds, event.data.amendmentId],
      };
    case 'ConditionFulfilled':
      return settle(context, event.data.conditionId, (c) => ({ ...c, status: 'fulfilled', evidence: event.data.evidence, settledOn: event.data.fulfilledOn }));
    case 'ConditionWaived':
      return settle(context, event.data.conditionId, (c) => ({
        ...c,
        status: 'waived',
        settledOn: event.data.meeting.heldOn,
        waiver: { reason: event.data.reason, meeting: event.data.meeting },
      }));
    case 'ConditionOverdue':
      return settle(context, event.data.conditionId, (c) => ({ ...c, overdueOn: event.data.overdueOn }));
    case 'EvaluationOverdue': {
      const { deadlineId, dueOn, overdueOn } = event.data;
      return { ...context, overdueEvaluations: [...context.overdueEvaluations, { deadlineId, dueOn, overdueOn }] };
    }
    case 'ProjectCompleted':
      return { ...context, completedOn: event.data.completedOn };
    case 'SelfEvaluationRecorded': {
      const { indicators, summary, recordedOn } = event.data;
      return { ...context, selfEvaluation: { indicators, summary, recordedOn } };
    }
    case 'ComprehensiveEvaluationRecorded':
    case 'ComprehensiveEvaluationCorrected':
      return { ...context, comprehensiveEvaluation: { satisfaction: event.data.satisfaction, surveyedOn: event.data.surveyedOn } };
    case 'SelfEvaluationCorrected': {
      const { indicators, summary, correctedOn } = event.data;
      return { ...context, selfEvaluation: { indicators, summary, recordedOn: correctedOn } };
    }
    case 'ProjectEvaluated':
      return { ...context, evaluatedOn: event.data.evaluatedOn };
    case 'ProjectClosed':
      return { ...context, closedOn: event.data.closedOn };
    case 'ProjectCancelled': {
      const { reason, cancelledOn, returned } = event.data;
      return { ...context, cancellation: { reason, cancelledOn, returned } };
    }
  }
}

export const projectMachine = setup({
  types: {
    context: {} as ProjectContext,
    events: {} as ProjectEvent,
  },
  guards: {
    conditionOpen: ({ context, event }) =>
      (event.type === 'ConditionFulfilled' || event.type === 'ConditionWaived') && openCondition(context, event.data.conditionId) !== undefined,
    conditionNewlyOverdue: ({ context, event }) =>
      event.type === 'ConditionOverdue' && openCondition(context, event.data.conditionId)?.overdueOn === null,
    newOverdueEvaluation: ({ context, event }) =>
      event.type === 'EvaluationOverdue' && !context.overdueEvaluations.some((overdue) => overdue.deadlineId === event.data.deadlineId),
    withinAllocation: ({ context, event }) =>
      event.type === 'ExpenditureRecorded' &&
      !context.expenditures.some((expenditure) => expenditure.expenditureId === event.data.expenditureId) &&
      context.release === null &&
      withinAllocation(context, event.data.funder, event.data.amount),
    coversSpent: ({ context, event }) =>
      event.type === 'ProjectBudgetAmended' &&
      !context.amendmentIds.includes(event.data.amendmentId) &&
      coversSpent(event.data.newAllocation, context.spent),
    notReleased: ({ context, event }) => event.type === 'ProjectReleasedFromAgreement' && context.release === null,
    selfEvaluationPending: ({ context, event }) => event.type === 'SelfEvaluationRecorded' && context.selfEvaluation === null,
    comprehensiveEvaluationPending: ({ context, event }) =>
      event.type === 'ComprehensiveEvaluationRecorded' && context.comprehensiveEvaluation === null,
    // A project is evaluated on its own self-evaluation; the province-wide survey is no per-project gate.
    selfEvaluationIn: ({ context }) => context.selfEvaluation !== null,
    comprehensiveEvaluationIn: ({ context }) => context.comprehensiveEvaluation !== null,
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
