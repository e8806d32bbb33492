import type { Condition, ConditionInput } from '../project/conditions.js';
import type { BodyCode, DistrictCode, TaskCode } from '../catalogs.js';
import type { Budget } from '../money.js';
import type { Tally, TallyInput } from '../votes.js';
import type { Command, Meeting, MeetingReference } from '../messages.js';

export const proposerCategories = ['student', 'parent', 'teacher', 'citizen', 'official', 'other'] as const;
export type ProposerCategory = (typeof proposerCategories)[number];
export const opinionStances = ['support', 'oppose', 'neutral'] as const;
export type OpinionStance = (typeof opinionStances)[number];
export const reviewDecisions = ['approved', 'conditionallyApproved', 'revisionRequested', 'rejected'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/** The project an approval creates, carried on the decision so the process manager needs nothing else. */
export interface ApprovedProject {
  readonly projectId: string;
  readonly district: DistrictCode;
  readonly year: number;
  readonly title: string;
  readonly taskCode: TaskCode;
  readonly plannedBudget: Budget;
  readonly revisionId: string;
  /** The conditions of a conditional approval, which the project carries as obligations. */
  readonly conditions?: readonly Condition[];
}

// --- commands ---

export type ProposeAgendaItem = Command<
  'ProposeAgendaItem',
  {
    itemId: string;
    district: DistrictCode;
    title: string;
    description: string;
    proposerCategory: ProposerCategory;
    taskCode?: TaskCode;
    /** e.g. 'survey', 'forum' */
    source?: string;
    /** When the proposal was made, if not today. */
    proposedOn?: string;
    /** The civic council it is proposed in (default: the proposing secretary's). */
    council?: string;
  }
>;
export type OpenDeliberation = Command<'OpenDeliberation', { itemId: string; openedOn?: string; method?: string }>;
export type RecordOpinion = Command<
  'RecordOpinion',
  {
    itemId: string;
    opinionId: string;
    stance: OpinionStance;
    respondentCategory: ProposerCategory;
    text: string;
    receivedOn?: string;
  }
>;
export type AdoptAgendaItem = Command<'AdoptAgendaItem', { itemId: string; meeting: MeetingReference; tally: TallyInput }>;
export type DismissAgendaItem = Command<
  'DismissAgendaItem',
  { itemId: string; reason: string; tally: TallyInput; meeting?: MeetingReference }
>;
export type WithdrawAgendaItem = Command<'WithdrawAgendaItem', { itemId: string; reason?: string }>;
export type StartDrafting = Command<'StartDrafting', { itemId: string; owner: string }>;
export type SubmitDraftRevision = Command<
  'SubmitDraftRevision',
  {
    itemId: string;
    revisionId: string;
    plan: string;
    taskCode?: TaskCode;
    budgetRequest?: Budget;
    /** Project title; defaults to the item's title. */
    title?: string;
  }
>;
export type TableForReview = Command<'TableForReview', { itemId: string; meeting?: MeetingReference }>;
export type RecordReviewDecision = Command<
  'RecordReviewDecision',
  {
    itemId: string;
    decision: ReviewDecision;
    conditions?: readonly ConditionInput[];
    feedback?: string;
    meeting: MeetingReference;
    tally: TallyInput;
    /** Year of the project an approval creates; defaults to the meeting's year. */
    projectYear?: number;
  }
>;
export type DeferAgendaItem = Command<'DeferAgendaItem', { itemId: string; meeting: MeetingReference; reason: string }>;
export type LinkProject = Command<'LinkProject', { itemId: string; projectId: string }>;
export type MarkProjectEvaluated = Command<'MarkProjectEvaluated', { itemId: string; projectId: string; evaluatedOn?: string }>;
export type RecordFeedback = Command<
  'RecordFeedback',
  {
    itemId: string;
    summary: string;
    recommendations: readonly string[];
    followUpProposalId?: string;
    meeting?: MeetingReference;
  }
>;

/** Fired by the deadline scheduler when the review period after tabling has run out. */
export type MarkReviewOverdue = Command<'MarkReviewOverdue', { itemId: string; deadlineId: string; dueOn: string }>;

export type AgendaItemCommand =
  | ProposeAgendaItem
  | OpenDeliberation
  | RecordOpinion
  | AdoptAgendaItem
  | DismissAgendaItem
  | WithdrawAgendaItem
  | StartDrafting
  | SubmitDraftRevision
  | TableForReview
  | RecordReviewDecision
  | DeferAgendaItem
  | LinkProject
  | MarkProjectEvaluated
  | MarkReviewOverdue
  | RecordFeedback;

// --- events ---

export type AgendaItemProposed = {
  readonly type: 'AgendaItemProposed';
  readonly data: {
    itemId: string;
    district: DistrictCode;
    title: string;
    description: string;
    proposerCategory: ProposerCategory;
    taskCode: TaskCode | null;
    source: string | null;
    proposedOn: string;
    workflowVersion: number;
    effectiveAt?: string;
    /** The civic council it was proposed in; absent on items recorded before (the district's default council). */
    council?: string;
  };
};
export type DeliberationOpened = {
  readonly type: 'DeliberationOpened';
  readonly data: { itemId: string; openedOn: string; method: string | null; effectiveAt?: string };
};
export type OpinionRecorded = {
  readonly type: 'OpinionRecorded';
  readonly data: {
    itemId: string;
    opinionId: string;
    stance: OpinionStance;
    respondentCategory: ProposerCategory;
    text: string;
    receivedOn: string;
    effectiveAt?: string;
  };
};
export type AgendaItemAdopted = {
  readonly type: 'AgendaItemAdopted';
  readonly data: { itemId: string; meeting: Meeting; tally: Tally; effectiveAt: string };
};
export type AgendaItemDismissed = {
  readonly type: 'AgendaItemDismissed';
  readonly data: {
    itemId: string;
    reason: string;
    meeting: Meeting | null;
    tally: Tally;
    effectiveAt?: string;
  };
};
export type AgendaItemWithdrawn = {
  readonly type: 'AgendaItemWithdrawn';
  readonly data: { itemId: string; reason: string | null; withdrawnOn: string };
};
export type DraftingStarted = { readonly type: 'DraftingStarted'; readonly data: { itemId: string; owner: string; startedOn: string } };
export type DraftRevisionSubmitted = {
  readonly type: 'DraftRevisionSubmitted';
  readonly data: {
    itemId: string;
    revisionId: string;
    title: string;
    plan: string;
    taskCode: TaskCode | null;
    budgetRequest: Budget | null;
    submittedOn: string;
  };
};
export type AgendaItemTabled = {
  readonly type: 'AgendaItemTabled';
  readonly data: {
    itemId: string;
    revisionId: string;
    meeting: Meeting | null;
    tabledOn: string;
    effectiveAt?: string;
  };
};
export type ReviewDecisionRecorded = {
  readonly type: 'ReviewDecisionRecorded';
  readonly data: {
    itemId: string;
    decision: ReviewDecision;
    conditions: readonly string[];
    feedback: string | null;
    meeting: Meeting;
    tally: Tally;
    revisionId: string;
    /** Present for approved and conditionallyApproved. */
    project: ApprovedProject | null;
    effectiveAt: string;
  };
};
export type AgendaItemDeferred = {
  readonly type: 'AgendaItemDeferred';
  readonly data: {
    itemId: string;
    body: BodyCode;
    status: string;
    meeting: Meeting;
    reason: string;
    effectiveAt: string;
  };
};
export type ProjectLinked = { readonly type: 'ProjectLinked'; readonly data: { itemId: string; projectId: string } };
export type ProjectEvaluationNoted = {
  readonly type: 'ProjectEvaluationNoted';
  readonly data: { itemId: string; projectId: string; evaluatedOn: string; effectiveAt?: string };
};
export type FeedbackRecorded = {
  readonly type: 'FeedbackRecorded';
  readonly data: {
    itemId: string;
    summary: string;
    recommendations: readonly string[];
    followUpProposalId: string | null;
    meeting: Meeting | null;
    recordedOn: string;
    effectiveAt?: string;
  };
};

/** The steering committee has not decided by the day the review was due (a fired deadline). */
export type ReviewOverdue = {
  readonly type: 'ReviewOverdue';
  readonly data: {
    itemId: string;
    deadlineId: string;
    tabledOn: string | null;
    dueOn: string;
    overdueOn: string;
  };
};

export type AgendaItemEvent =
  | AgendaItemProposed
  | DeliberationOpened
  | OpinionRecorded
  | AgendaItemAdopted
  | AgendaItemDismissed
  | AgendaItemWithdrawn
  | DraftingStarted
  | DraftRevisionSubmitted
  | AgendaItemTabled
  | ReviewDecisionRecorded
  | AgendaItemDeferred
  | ProjectLinked
  | ProjectEvaluationNoted
  | FeedbackRecorded
  | ReviewOverdue;
