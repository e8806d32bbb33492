import type { DistrictCode, Funder, TaskCode } from '../catalogs.js';
import type { Budget } from '../money.js';
import type { Command, Meeting, MeetingReference } from '../messages.js';
import type { Condition, ConditionInput } from './conditions.js';
import type { AgreementTerm } from '../agreement/agreement-term.js';

import type { Indicator } from '../evaluation/indicators.js';

export type { Indicator } from '../evaluation/indicators.js';

/** Survey satisfaction on a 0–100 scale (percent satisfied or a 100-point score). */
export interface Satisfaction {
  readonly students: number;
  readonly parents: number;
  readonly teachers: number;
}

// --- commands ---

export type CreateProject = Command<
  'CreateProject',
  {
    projectId: string;
    district: DistrictCode;
    year: number;
    title: string;
    taskCode: TaskCode;
    plannedBudget: Budget;
    /** Present when an approved agenda item creates the project (issued by the process manager). */
    sourceAgendaItemId?: string;
    sourceRevisionId?: string;
    /** The conditions of the conditional approval, as obligations of the project. */
    conditions?: readonly ConditionInput[];
  }
>;
export type MarkProjectAgreed = Command<
  'MarkProjectAgreed',
  {
    projectId: string;
    agreementId: string;
    allocation: Budget;
    /** The day the agreement came into force. */
    agreedOn?: string;
    /** The agreement's term, within which expenditures are dated. */
    term?: AgreementTerm;
  }
>;
export type StartProject = Command<'StartProject', { projectId: string; startedOn?: string }>;
export type SuspendProject = Command<'SuspendProject', { projectId: string; reason: string; suspendedOn?: string }>;
export type ResumeProject = Command<'ResumeProject', { projectId: string; resumedOn?: string }>;
export type RecordExpenditure = Command<
  'RecordExpenditure',
  {
    projectId: string;
    expenditureId: string;
    /** Whose money it is. */
    funder: Funder;
    amount: number;
    spentOn: string;
    purpose: string;
    /** Who executed it (집행 주체), when not the funder itself: the other party, or a school through a grant. */
    executedBy?: Executor;
    /** The project's grant (of a call or direct) the school executed it from, when `executedBy` is 'school'. */
    grantId?: string;
  }
>;

/** The grant a school's expenditure was executed from, as recorded with it. */
export interface ExpenditureGrant {
  readonly grantId: string;
  /** The call (or the project's direct grants) that granted it. */
  readonly callId: string;
  readonly schoolId: string;
  /** What the grant gave from the expenditure's funder, in won. */
  readonly amount: number;
}

/**
 * Who executed an expenditure, apart from who funded it: one of the two parties (the funder, or
 * the other party spending the funder's share), or a school that received the money as a grant.
 */
export const executors = ['education-office', 'local-government', 'school'] as const;
export type Executor = (typeof executors)[number];

/** Issued when a consented amendment withdraws the project from its agreement. */
export type ReleaseFromAgreement = Command<
  'ReleaseFromAgreement',
  {
    projectId: string;
    agreementId: string;
    amendmentId: string;
    releasedOn?: string;
  }
>;
export type AmendProjectBudget = Command<
  'AmendProjectBudget',
  {
    projectId: string;
    amendmentId: string;
    newAllocation: Budget;
    agreementId?: string;
    amendedOn?: string;
  }
>;
export type CompleteProject = Command<'CompleteProject', { projectId: string; completedOn?: string }>;
export type RecordSelfEvaluation = Command<
  'RecordSelfEvaluation',
  {
    projectId: string;
    indicators: readonly Indicator[];
    summary?: string;
  }
>;
export type RecordComprehensiveEvaluation = Command<
  'RecordComprehensiveEvaluation',
  {
    projectId: string;
    satisfaction: Satisfaction;
    surveyedOn?: string;
  }
>;
/** A correction of a recorded self-evaluation, as a new event: the earlier record stays in the history. */
export type CorrectSelfEvaluation = Command<
  'CorrectSelfEvaluation',
  {
    projectId: string;
    indicators: readonly Indicator[];
    summary?: string;
    reason: string;
  }
>;
/** A correction of a recorded comprehensive evaluation (survey figures entered wrongly). */
export type CorrectComprehensiveEvaluation = Command<
  'CorrectComprehensiveEvaluation',
  {
    projectId: string;
    satisfaction: Satisfaction;
    surveyedOn?: string;
    reason: string;
  }
>;
export type CloseProject = Command<'CloseProject', { projectId: string; closedOn?: string }>;
export type CancelProject = Command<'CancelProject', { projectId: string; reason: string; cancelledOn?: string }>;

/** Fired by the deadline scheduler when the evaluation due after completion has not come in. */
export type MarkEvaluationOverdue = Command<'MarkEvaluationOverdue', { projectId: string; deadlineId: string; dueOn: string }>;

/** An official records the evidence that a condition of the approval is met. */
export type FulfillCondition = Command<
  'FulfillCondition',
  { projectId: string; conditionId: string; evidence: string; fulfilledOn?: string }
>;
/** The steering committee waives a condition at a meeting. */
export type WaiveCondition = Command<
  'WaiveCondition',
  { projectId: string; conditionId: string; reason: string; meeting: MeetingReference }
>;
/** Fired by the deadline scheduler when a condition's due day comes and it is still open. */
export type MarkConditionOverdue = Command<
  'MarkConditionOverdue',
  { projectId: string; conditionId: string; deadlineId: string; dueOn: string }
>;

export type ProjectCommand =
  | CreateProject
  | MarkProjectAgreed
  | StartProject
  | SuspendProject
  | ResumeProject
  | RecordExpenditure
  | ReleaseFromAgreement
  | AmendProjectBudget
  | CompleteProject
  | RecordSelfEvaluation
  | RecordComprehensiveEvaluation
  | CorrectSelfEvaluation
  | CorrectComprehensiveEvaluation
  | CloseProject
  | CancelProject
  | MarkEvaluationOverdue
  | FulfillCondition
  | WaiveCondition
  | MarkConditionOverdue;

// --- events ---

export type ProjectCreated = {
  readonly type: 'ProjectCreated';
  readonly data: {
    projectId: string;
    district: DistrictCode;
    year: number;
    title: string;
    taskCode: TaskCode;
    plannedBudget: Budget;
    sourceAgendaItemId: string | null;
    sourceRevisionId: string | null;
    createdOn: string;
    workflowVersion: number;
    /** Present when the approval had conditions. */
    conditions?: readonly Condition[];
  };
};
export type ProjectAgreed = {
  readonly type: 'ProjectAgreed';
  readonly data: {
    projectId: string;
    agreementId: string;
    allocation: Budget;
    agreedOn: string;
    /** The agreement's term (absent in histories recorded before terms were: then agreedOn until the end of February of the next year). */
    term?: AgreementTerm;
    effectiveAt?: string;
  };
};
export type ProjectStarted = {
  readonly type: 'ProjectStarted';
  readonly data: { projectId: string; startedOn: string; effectiveAt?: string };
};
export type ProjectSuspended = {
  readonly type: 'ProjectSuspended';
  readonly data: { projectId: string; reason: string; suspendedOn: string; effectiveAt?: string };
};
export type ProjectResumed = {
  readonly type: 'ProjectResumed';
  readonly data: { projectId: string; resumedOn: string; effectiveAt?: string };
};
/**
 * Schema version 3: a school's expenditure names its grant (version 2: a school's name only;
 * version 1: the funder executed it).
 */
export type ExpenditureRecorded = {
  readonly type: 'ExpenditureRecorded';
  readonly data: {
    projectId: string;
    expenditureId: string;
    funder: Funder;
    amount: number;
    spentOn: string;
    purpose: string;
    executedBy: Executor;
    /** The school's name: from its grant, or as typed in before expenditures named grants. */
    school: string | null;
    grant: ExpenditureGrant | null;
    effectiveAt?: string;
  };
};
/**
 * The agreement no longer lists the project (a consented amendment withdrew it): the unspent
 * allocation goes back to each funder, the allocation shrinks to what was spent, and no more is
 * spent under the agreement.
 */
export type ProjectReleasedFromAgreement = {
  readonly type: 'ProjectReleasedFromAgreement';
  readonly data: {
    projectId: string;
    agreementId: string;
    amendmentId: string;
    previousAllocation: Budget;
    /** What remains allocated: what was spent. */
    allocation: Budget;
    returned: Budget;
    releasedOn: string;
    effectiveAt?: string;
  };
};
export type ProjectBudgetAmended = {
  readonly type: 'ProjectBudgetAmended';
  readonly data: {
    projectId: string;
    amendmentId: string;
    agreementId: string | null;
    previousAllocation: Budget;
    newAllocation: Budget;
    amendedOn: string;
    effectiveAt?: string;
  };
};
export type ProjectCompleted = {
  readonly type: 'ProjectCompleted';
  readonly data: {
    projectId: string;
    completedOn: string;
    allocation: Budget;
    spent: Budget;
    effectiveAt?: string;
  };
};
export type SelfEvaluationRecorded = {
  readonly type: 'SelfEvaluationRecorded';
  readonly data: {
    projectId: string;
    indicators: readonly Indicator[];
    summary: string | null;
    recordedOn: string;
  };
};
export type ComprehensiveEvaluationRecorded = {
  readonly type: 'ComprehensiveEvaluationRecorded';
  readonly data: {
    projectId: string;
    satisfaction: Satisfaction;
    surveyedOn: string;
    effectiveAt?: string;
  };
};
export type SelfEvaluationCorrected = {
  readonly type: 'SelfEvaluationCorrected';
  readonly data: {
    projectId: string;
    indicators: readonly Indicator[];
    summary: string | null;
    previous: { readonly indicators: readonly Indicator[]; readonly summary: string | null };
    reason: string;
    correctedOn: string;
  };
};
export type ComprehensiveEvaluationCorrected = {
  readonly type: 'ComprehensiveEvaluationCorrected';
  readonly data: {
    projectId: string;
    satisfaction: Satisfaction;
    surveyedOn: string;
    previous: { readonly satisfaction: Satisfaction; readonly surveyedOn: string };
    reason: string;
    correctedOn: string;
  };
};
/**
 * The project is evaluated: its self-evaluation is in (histories before this was the rule also
 * waited for the comprehensive evaluation). The agenda item it came from now awaits feedback.
 */
export type ProjectEvaluated = {
  readonly type: 'ProjectEvaluated';
  readonly data: {
    projectId: string;
    sourceAgendaItemId: string | null;
    evaluatedOn: string;
  };
};
export type ProjectClosed = {
  readonly type: 'ProjectClosed';
  readonly data: { projectId: string; closedOn: string; effectiveAt?: string };
};
export type ProjectCancelled = {
  readonly type: 'ProjectCancelled';
  readonly data: {
    projectId: string;
    reason: string;
    /** The state the project was cancelled in. */
    cancelledWhile: string;
    spent: Budget;
    /** Allocated but unspent money returned to each funder. */
    returned: Budget;
    cancelledOn: string;
    /** The agreement that allocated the project's budget, which the cancellation asks to withdraw it (absent before this was recorded). */
    agreementId?: string | null;
    district?: DistrictCode;
    year?: number;
    /** The party whose official cancelled it; null for an administrator. */
    cancelledBy?: Funder | null;
    effectiveAt?: string;
  };
};

/** The project was completed but its evaluation was not in by the day it was due (a fired deadline). */
export type EvaluationOverdue = {
  readonly type: 'EvaluationOverdue';
  readonly data: {
    projectId: string;
    deadlineId: string;
    completedOn: string | null;
    dueOn: string;
    overdueOn: string;
    /** Which evaluations were still missing. */
    missing: readonly ('self' | 'comprehensive')[];
  };
};

export type ConditionFulfilled = {
  readonly type: 'ConditionFulfilled';
  readonly data: {
    projectId: string;
    conditionId: string;
    evidence: string;
    fulfilledOn: string;
    effectiveAt?: string;
  };
};
export type ConditionWaived = {
  readonly type: 'ConditionWaived';
  readonly data: {
    projectId: string;
    conditionId: string;
    reason: string;
    meeting: Meeting;
    effectiveAt?: string;
  };
};
/** A condition still open on its due day (a fired deadline). */
export type ConditionOverdue = {
  readonly type: 'ConditionOverdue';
  readonly data: {
    projectId: string;
    conditionId: string;
    deadlineId: string;
    dueOn: string;
    overdueOn: string;
  };
};

export type ProjectEvent =
  | ProjectCreated
  | ProjectAgreed
  | ProjectStarted
  | ProjectSuspended
  | ProjectResumed
  | ExpenditureRecorded
  | ProjectReleasedFromAgreement
  | ProjectBudgetAmended
  | ProjectCompleted
  | SelfEvaluationRecorded
  | ComprehensiveEvaluationRecorded
  | SelfEvaluationCorrected
  | ComprehensiveEvaluationCorrected
  | ProjectEvaluated
  | ProjectClosed
  | ProjectCancelled
  | EvaluationOverdue
  | ConditionFulfilled
  | ConditionWaived
  | ConditionOverdue;
