/**
 * The agenda item (안건) as an XState machine over its events: civic council (proposal) →
 * working council (drafting) → steering committee (review, feedback). Guards hold the rules
 * that stored history must satisfy too: quorum, carried motions, a complete revision.
 */
import { assign, setup } from 'xstate';
import type { BodyCode, DistrictCode, TaskCode } from '../catalogs.js';
import type { Meeting } from '../messages.js';
import { type Budget, budgetTotal } from '../money.js';
import { invalid, ruleBroken, transitionNotAllowed } from '../errors.js';
import { guardOf, rule } from '../rules.js';
import { type EventOfLog, statusAfterEventType } from '../status-table.js';
import { field } from '../validation.js';
import { type Tally, noQuorum, notCarried } from '../votes.js';
import type { AgendaItemEvent, ApprovedProject, OpinionStance, ProposerCategory, ReviewDecision } from './agenda-item.messages.js';
import { type ContextUpdates, applyContextUpdate } from '../context-updates.js';

export const agendaItemStatuses = [
  'none',
  'proposed',
  'inDeliberation',
  'referred',
  'drafting',
  'underReview',
  'approved',
  'inImplementation',
  'awaitingFeedback',
  'closed',
  'dismissed',
  'withdrawn',
  'rejected',
] as const;
export type AgendaItemStatus = (typeof agendaItemStatuses)[number];

export const agendaItemTerminalStatuses: readonly AgendaItemStatus[] = ['closed', 'dismissed', 'withdrawn', 'rejected'];

/** The body whose step it is in each state (and who may defer the item there). */
export const agendaItemBodyOf: Readonly<Record<AgendaItemStatus, BodyCode | null>> = {
  none: null,
  proposed: 'civic-council',
  inDeliberation: 'civic-council',
  dismissed: 'civic-council',
  withdrawn: 'civic-council',
  referred: 'working-council',
  drafting: 'working-council',
  underReview: 'steering-committee',
  approved: 'steering-committee',
  inImplementation: 'steering-committee',
  awaitingFeedback: 'steering-committee',
  closed: 'steering-committee',
  rejected: 'steering-committee',
};

export interface Opinion {
  readonly opinionId: string;
  readonly stance: OpinionStance;
  readonly respondentCategory: ProposerCategory;
  readonly text: string;
  readonly receivedOn: string;
}

export interface DraftRevision {
  readonly revisionId: string;
  readonly title: string;
  readonly plan: string;
  readonly taskCode: TaskCode | null;
  readonly budgetRequest: Budget | null;
  readonly submittedOn: string;
}

export interface RecordedReviewDecision {
  readonly decision: ReviewDecision;
  readonly conditions: readonly string[];
  readonly feedback: string | null;
  readonly meeting: Meeting;
  readonly tally: Tally;
  readonly revisionId: string;
}

export interface Deferral {
  readonly body: BodyCode;
  readonly status: string;
  readonly meeting: Meeting;
  readonly reason: string;
}

export interface AgendaItemContext {
  readonly itemId: string | null;
  readonly district: DistrictCode | null;
  /** The civic council it was proposed in (null: recorded without one, the district's default council). */
  readonly council: string | null;
  readonly workflowVersion: number | null;
  readonly title: string | null;
  readonly description: string | null;
  readonly proposerCategory: ProposerCategory | null;
  readonly taskCode: TaskCode | null;
  readonly source: string | null;
  readonly proposedOn: string | null;
  readonly deliberationOpenedOn: string | null;
  readonly opinions: readonly Opinion[];
  readonly adoption: { readonly meeting: Meeting; readonly tally: Tally } | null;
  readonly dismissal: { readonly reason: string; readonly meeting: Meeting | null; readonly tally: Tally } | null;
  readonly withdrawal: { readonly reason: string | null; readonly withdrawnOn: string } | null;
  readonly draftingOwner: string | null;
  readonly revisions: readonly DraftRevision[];
  /** True after a revision was requested, until a new revision is submitted. */
  readonly awaitingRevision: boolean;
  readonly tabledRevisionId: string | null;
  readonly reviewDecisions: readonly RecordedReviewDecision[];
  readonly conditions: readonly string[];
  readonly approvedProject: ApprovedProject | null;
  readonly deferrals: readonly Deferral[];
  readonly projectId: string | null;
  readonly projectEvaluatedOn: string | null;
  /** The day the item was last tabled for review. */
  readonly tabledOn: string | null;
  /** Review deadlines that ran out while the item was under review. */
  readonly overdueReviews: readonly { readonly deadlineId: string; readonly dueOn: string; readonly overdueOn: string }[];
  readonly feedback: {
    readonly summary: string;
    readonly recommendations: readonly string[];
    readonly followUpProposalId: string | null;
    readonly recordedOn: string;
  } | null;
}

export const initialAgendaItemContext: AgendaItemContext = {
  itemId: null,
  district: null,
  council: null,
  workflowVersion: null,
  title: null,
  description: null,
  proposerCategory: null,
  taskCode: null,
  source: null,
  proposedOn: null,
  deliberationOpenedOn: null,
  opinions: [],
  adoption: null,
  dismissal: null,
  withdrawal: null,
  draftingOwner: null,
  revisions: [],
  awaitingRevision: false,
  tabledRevisionId: null,
  reviewDecisions: [],
  conditions: [],
  approvedProject: null,
  deferrals: [],
  projectId: null,
  projectEvaluatedOn: null,
  tabledOn: null,
  overdueReviews: [],
  feedback: null,
};

/** A revision the steering committee can review: a plan, a task code and a budget request above zero. */
export function isCompleteRevision(revision: DraftRevision | undefined): revision is DraftRevision & {
  readonly taskCode: TaskCode;
  readonly budgetRequest: Budget;
} {
  return (
    revision !== undefined &&
    revision.plan.trim().length > 0 &&
    revision.taskCode !== null &&
    revision.budgetRequest !== null &&
    budgetTotal(revision.budgetRequest) > 0
  );
}

export function latestRevision(context: AgendaItemContext): DraftRevision | undefined {
  return context.revisions[context.revisions.length - 1];
}

/** Ready to table: the latest revision is complete and answers any revision request. */
export function isReadyForReview(context: AgendaItemContext): boolean {
  return !context.awaitingRevision && isCompleteRevision(latestRevision(context));
}

/** Folds an event's data into the context; the machine decides whether the event may happen. */
const agendaItemUpdates: ContextUpdates<AgendaItemContext, AgendaItemEvent> = {
  AgendaItemProposed: (context, event) => {
    const d = event.data;
    return {
      ...context,
      itemId: d.itemId,
      district: d.district,
      council: d.council ?? null,
      workflowVersion: d.workflowVersion,
      title: d.title,
      description: d.description,
      proposerCategory: d.proposerCategory,
      taskCode: d.taskCode,
      source: d.source,
      proposedOn: d.proposedOn,
    };
  },
  DeliberationOpened: (context, event) => ({ ...context, deliberationOpenedOn: event.data.openedOn }),
  OpinionRecorded: (context, event) => {
    const { opinionId, stance, respondentCategory, text, receivedOn } = event.data;
    return { ...context, opinions: [...context.opinions, { opinionId, stance, respondentCategory, text, receivedOn }] };
  },
  AgendaItemAdopted: (context, event) => ({ ...context, adoption: { meeting: event.data.meeting, tally: event.data.tally } }),
  AgendaItemDismissed: (context, event) => ({
    ...context,
    dismissal: { reason: event.data.reason, meeting: event.data.meeting, tally: event.data.tally },
  }),
  AgendaItemWithdrawn: (context, event) => ({ ...context, withdrawal: { reason: event.data.reason, withdrawnOn: event.data.withdrawnOn } }),
  DraftingStarted: (context, event) => ({ ...context, draftingOwner: event.data.owner }),
  DraftRevisionSubmitted: (context, event) => {
    const { revisionId, title, plan, taskCode, budgetRequest, submittedOn } = event.data;
    return {
      ...context,
      revisions: [...context.revisions, { revisionId, title, plan, taskCode, budgetRequest, submittedOn }],
      awaitingRevision: false,
    };
  },
  AgendaItemTabled: (context, event) => ({ ...context, tabledRevisionId: event.data.revisionId, tabledOn: event.data.tabledOn }),
  ReviewOverdue: (context, event) => {
    const { deadlineId, dueOn, overdueOn } = event.data;
    return { ...context, overdueReviews: [...context.overdueReviews, { deadlineId, dueOn, overdueOn }] };
  },
  ReviewDecisionRecorded: (context, event) => {
    const { decision, conditions, feedback, meeting, tally, revisionId, project } = event.data;
    return {
      ...context,
      reviewDecisions: [...context.reviewDecisions, { decision, conditions, feedback, meeting, tally, revisionId }],
      conditions: decision === 'conditionallyApproved' ? conditions : context.conditions,
      approvedProject: project ?? context.approvedProject,
      awaitingRevision: decision === 'revisionRequested',
      tabledRevisionId: decision === 'revisionRequested' ? null : context.tabledRevisionId,
    };
  },
  AgendaItemDeferred: (context, event) => {
    const { body, status, meeting, reason } = event.data;
    return { ...context, deferrals: [...context.deferrals, { body, status, meeting, reason }] };
  },
  ProjectLinked: (context, event) => ({ ...context, projectId: event.data.projectId }),
  ProjectEvaluationNoted: (context, event) => ({ ...context, projectEvaluatedOn: event.data.evaluatedOn }),
  FeedbackRecorded: (context, event) => {
    const { summary, recommendations, followUpProposalId, recordedOn } = event.data;
    return { ...context, feedback: { summary, recommendations, followUpProposalId, recordedOn } };
  },
};

function applyAgendaItemEvent(context: AgendaItemContext, event: AgendaItemEvent): AgendaItemContext {
  return applyContextUpdate(agendaItemUpdates, context, event);
}

/*
 * The agenda item's rules, each stated once: the machine's guards below ask them of events, the
 * decider (agenda-item.workflow.ts) refuses commands with their stable codes.
 */
export const isApproval = (decision: ReviewDecision): boolean => decision === 'approved' || decision === 'conditionallyApproved';

/** Where the steering committee's decision leads the item: the targets of the machine's three review transitions. */
export const agendaItemReviewOutcomes = {
  approved: 'approved',
  conditionallyApproved: 'approved',
  revisionRequested: 'drafting',
  rejected: 'rejected',
} as const satisfies Readonly<Record<ReviewDecision, AgendaItemStatus>>;

export const agendaItemRules = {
  /** An opinion is recorded once. */
  newOpinion: rule<AgendaItemContext, { readonly opinionId: string }>(['AGENDA_ITEM.DUPLICATE_OPINION'], (context, { opinionId }) =>
    context.opinions.some((opinion) => opinion.opinionId === opinionId)
      ? ruleBroken('AGENDA_ITEM.DUPLICATE_OPINION', `opinion ${opinionId} is already recorded`, { field: 'data.opinionId' })
      : undefined,
  ),
  /** The civic council adopts an item by a carried motion. */
  adoptionCarried: rule<AgendaItemContext, { readonly tally: Tally }>(
    ['VOTE.NO_QUORUM', 'VOTE.MOTION_NOT_CARRIED'],
    (_context, { tally }) => notCarried(tally, 'data.tally'),
  ),
  /** A dismissal needs a quorum. */
  dismissalQuorate: rule<AgendaItemContext, { readonly tally: Tally }>(['VOTE.NO_QUORUM'], (_context, { tally }) =>
    noQuorum(tally, 'data.tally'),
  ),
  /** A draft revision is submitted once. */
  newRevision: rule<AgendaItemContext, { readonly revisionId: string }>(['AGENDA_ITEM.DUPLICATE_REVISION'], (context, { revisionId }) =>
    context.revisions.some((revision) => revision.revisionId === revisionId)
      ? ruleBroken('AGENDA_ITEM.DUPLICATE_REVISION', `revision ${revisionId} was already submitted`, { field: 'data.revisionId' })
      : undefined,
  ),
  /** Tabling needs a complete latest revision that answers any revision request. */
  readyForReview: rule<AgendaItemContext, unknown>(
    ['AGENDA_ITEM.NO_COMPLETE_REVISION', 'AGENDA_ITEM.REVISION_NOT_SUBMITTED'],
    (context) => {
      const latest = latestRevision(context);
      if (!isCompleteRevision(latest)) {
        return ruleBroken(
          'AGENDA_ITEM.NO_COMPLETE_REVISION',
          'tabling needs a complete draft revision: a plan, a task code and a budget request above zero',
          { details: { latestRevisionId: latest?.revisionId ?? null } },
        );
      }
      if (context.awaitingRevision) {
        return ruleBroken('AGENDA_ITEM.REVISION_NOT_SUBMITTED', 'the committee asked for a revision; submit one before tabling again');
      }
      return undefined;
    },
  ),
  /** A conditional approval states its conditions. */
  conditionsOfConditionalApproval: rule<AgendaItemContext, { readonly decision: ReviewDecision; readonly conditions: readonly unknown[] }>(
    ['COMMAND.INVALID'],
    (_context, { decision, conditions }) =>
      decision === 'conditionallyApproved' && conditions.length === 0
        ? invalid('COMMAND.INVALID', 'data.conditions', 'data.conditions must list at least one condition')
        : undefined,
  ),
  /** A revision request carries the committee's feedback. */
  feedbackOfRevisionRequest: rule<AgendaItemContext, { readonly decision: ReviewDecision; readonly feedback: string | null }>(
    ['COMMAND.INVALID'],
    (_context, { decision, feedback }) =>
      decision === 'revisionRequested' && feedback === null
        ? invalid('COMMAND.INVALID', 'data.feedback', "a revision request needs the committee's feedback")
        : undefined,
  ),
  /** A rejection needs a quorum; an approval or a revision request a carried motion. */
  reviewVote: rule<AgendaItemContext, { readonly decision: ReviewDecision; readonly tally: Tally }>(
    ['VOTE.NO_QUORUM', 'VOTE.MOTION_NOT_CARRIED'],
    (_context, { decision, tally }) => (decision === 'rejected' ? noQuorum(tally, 'data.tally') : notCarried(tally, 'data.tally')),
  ),
  /** The project linked is the one the approval created. */
  approvedProject: rule<AgendaItemContext, { readonly projectId: string }>(['AGENDA_ITEM.PROJECT_MISMATCH'], (context, { projectId }) =>
    context.approvedProject !== null && context.approvedProject.projectId !== projectId
      ? ruleBroken('AGENDA_ITEM.PROJECT_MISMATCH', `the approval created project ${context.approvedProject.projectId}, not ${projectId}`, {
          field: 'data.projectId',
        })
      : undefined,
  ),
  /** A review deadline runs out once. */
  newOverdueReview: rule<AgendaItemContext, { readonly deadlineId: string }>(
    ['AGENDA_ITEM.REVIEW_OVERDUE_ALREADY_RECORDED'],
    (context, { deadlineId }) =>
      context.overdueReviews.some((overdue) => overdue.deadlineId === deadlineId)
        ? transitionNotAllowed('AGENDA_ITEM.REVIEW_OVERDUE_ALREADY_RECORDED', `review deadline ${String(deadlineId)} has already fired`, [])
        : undefined,
  ),
  /** The evaluation noted is of the project linked. */
  linkedProject: rule<AgendaItemContext, { readonly projectId: string }>(['AGENDA_ITEM.PROJECT_MISMATCH'], (context, { projectId }) =>
    context.projectId !== projectId
      ? ruleBroken('AGENDA_ITEM.PROJECT_MISMATCH', `the item is linked to project ${String(context.projectId)}, not ${projectId}`, {
          field: 'data.projectId',
        })
      : undefined,
  ),
} as const;

/** The rules a review decision answers to, in the order the decider asks them. */
const reviewDecisionRules = [
  agendaItemRules.conditionsOfConditionalApproval,
  agendaItemRules.feedbackOfRevisionRequest,
  agendaItemRules.reviewVote,
] as const;

export const agendaItemMachine = setup({
  types: {
    context: {} as AgendaItemContext,
    events: {} as AgendaItemEvent,
  },
  guards: {
    newOpinion: guardOf<AgendaItemContext, AgendaItemEvent, 'OpinionRecorded'>('OpinionRecorded', [agendaItemRules.newOpinion]),
    adoptionCarried: guardOf<AgendaItemContext, AgendaItemEvent, 'AgendaItemAdopted'>('AgendaItemAdopted', [
      agendaItemRules.adoptionCarried,
    ]),
    dismissalQuorate: guardOf<AgendaItemContext, AgendaItemEvent, 'AgendaItemDismissed'>('AgendaItemDismissed', [
      agendaItemRules.dismissalQuorate,
    ]),
    newRevision: guardOf<AgendaItemContext, AgendaItemEvent, 'DraftRevisionSubmitted'>('DraftRevisionSubmitted', [
      agendaItemRules.newRevision,
    ]),
    readyForReview: guardOf<AgendaItemContext, AgendaItemEvent, 'AgendaItemTabled'>(
      'AgendaItemTabled',
      [agendaItemRules.readyForReview],
      (data, context) => latestRevision(context)?.revisionId === data.revisionId,
    ),
    approvalCarried: guardOf<AgendaItemContext, AgendaItemEvent, 'ReviewDecisionRecorded'>(
      'ReviewDecisionRecorded',
      reviewDecisionRules,
      (data) => isApproval(data.decision) && data.project !== null,
    ),
    revisionRequestCarried: guardOf<AgendaItemContext, AgendaItemEvent, 'ReviewDecisionRecorded'>(
      'ReviewDecisionRecorded',
      reviewDecisionRules,
      (data) => data.decision === 'revisionRequested',
    ),
    rejectionQuorate: guardOf<AgendaItemContext, AgendaItemEvent, 'ReviewDecisionRecorded'>(
      'ReviewDecisionRecorded',
      reviewDecisionRules,
      (data) => data.decision === 'rejected',
    ),
    approvedProject: guardOf<AgendaItemContext, AgendaItemEvent, 'ProjectLinked'>('ProjectLinked', [agendaItemRules.approvedProject]),
    newOverdueReview: guardOf<AgendaItemContext, AgendaItemEvent, 'ReviewOverdue'>('ReviewOverdue', [agendaItemRules.newOverdueReview]),
    linkedProject: guardOf<AgendaItemContext, AgendaItemEvent, 'ProjectEvaluationNoted'>('ProjectEvaluationNoted', [
      agendaItemRules.linkedProject,
    ]),
  },
  actions: {
    record: assign(({ context, event }) => applyAgendaItemEvent(context, event)),
  },
}).createMachine({
  id: 'agendaItem',
  initial: 'none',
  context: initialAgendaItemContext,
  states: {
    none: {
      on: { AgendaItemProposed: { target: 'proposed', actions: 'record' } },
    },
    proposed: {
      on: {
        DeliberationOpened: { target: 'inDeliberation', actions: 'record' },
        AgendaItemDismissed: { target: 'dismissed', guard: 'dismissalQuorate', actions: 'record' },
        AgendaItemWithdrawn: { target: 'withdrawn', actions: 'record' },
        AgendaItemDeferred: { actions: 'record' },
      },
    },
    inDeliberation: {
      on: {
        OpinionRecorded: { guard: 'newOpinion', actions: 'record' },
        AgendaItemAdopted: { target: 'referred', guard: 'adoptionCarried', actions: 'record' },
        AgendaItemDismissed: { target: 'dismissed', guard: 'dismissalQuorate', actions: 'record' },
        AgendaItemWithdrawn: { target: 'withdrawn', actions: 'record' },
        AgendaItemDeferred: { actions: 'record' },
      },
    },
    referred: {
      on: {
        DraftingStarted: { target: 'drafting', actions: 'record' },
        AgendaItemDeferred: { actions: 'record' },
      },
    },
    drafting: {
      on: {
        DraftRevisionSubmitted: { guard: 'newRevision', actions: 'record' },
        AgendaItemTabled: { target: 'underReview', guard: 'readyForReview', actions: 'record' },
        AgendaItemDeferred: { actions: 'record' },
      },
    },
    underReview: {
      on: {
        ReviewDecisionRecorded: [
          { target: agendaItemReviewOutcomes.approved, guard: 'approvalCarried', actions: 'record' },
          { target: agendaItemReviewOutcomes.revisionRequested, guard: 'revisionRequestCarried', actions: 'record' },
          { target: agendaItemReviewOutcomes.rejected, guard: 'rejectionQuorate', actions: 'record' },
        ],
        AgendaItemDeferred: { actions: 'record' },
        ReviewOverdue: { guard: 'newOverdueReview', actions: 'record' },
      },
    },
    approved: {
      on: { ProjectLinked: { target: 'inImplementation', guard: 'approvedProject', actions: 'record' } },
    },
    inImplementation: {
      on: { ProjectEvaluationNoted: { target: 'awaitingFeedback', guard: 'linkedProject', actions: 'record' } },
    },
    awaitingFeedback: {
      on: {
        FeedbackRecorded: { target: 'closed', actions: 'record' },
        AgendaItemDeferred: { actions: 'record' },
      },
    },
    closed: { type: 'final' },
    dismissed: { type: 'final' },
    withdrawn: { type: 'final' },
    rejected: { type: 'final' },
  },
});

const agendaItemStatusAfterType = statusAfterEventType<AgendaItemStatus>(agendaItemMachine);

/**
 * The state an agenda item stands in after an event, read off the machine (the review decision by
 * its outcome), or undefined when the event records without moving the item.
 */
export function agendaItemStatusAfter(event: EventOfLog): AgendaItemStatus | undefined {
  if (event.type !== 'ReviewDecisionRecorded') return agendaItemStatusAfterType(event);
  const decision = field(event.data, 'decision');
  return typeof decision === 'string' && Object.hasOwn(agendaItemReviewOutcomes, decision)
    ? agendaItemReviewOutcomes[decision as ReviewDecision]
    : undefined;
}
