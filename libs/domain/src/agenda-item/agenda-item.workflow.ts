/**
 * The agenda item decider: validates commands, applies the councils' rules and returns events;
 * the machine in agenda-item.machine.ts decides which events may follow which state.
 */
import type { BodyCode } from '../catalogs.js';
import { type DomainError, invalid, ruleBroken, transitionNotAllowed } from '../errors.js';
import type { Actor, Meeting } from '../messages.js';
import { budget } from '../money.js';
import { agendaItemStreamId } from '../stream-ids.js';
import {
  effective,
  field,
  optionalId,
  optionalIsoDate,
  optionalTaskCode,
  optionalText,
  requireDistrict,
  requireId,
  requireIsoDate,
  requireMeeting,
  requireOneOf,
  requireText,
  requireTextList,
  requireYear,
} from '../validation.js';
import { TEXT_LIMITS, LIST_LIMITS } from '../limits.js';
import { tally } from '../votes.js';
import { asAlreadyDone } from '../rules.js';
import { type Condition, requireConditions } from '../project/conditions.js';
import { operatingYearInPreparation } from '../agreement/agreement-term.js';
import { type DecisionAtMeeting, decisionAtMeeting } from '../meeting/meeting-decisions.js';
import { type CommandScope, type Workflow, type WorkflowState, machineWorkflow, unknownCommand } from '../workflow.js';
import {
  type AgendaItemContext,
  type AgendaItemStatus,
  type DraftRevision,
  agendaItemBodyOf,
  agendaItemMachine,
  agendaItemRules,
  isApproval,
  agendaItemTerminalStatuses,
  isCompleteRevision,
  latestRevision,
} from './agenda-item.machine.js';
import {
  type AgendaItemCommand,
  type AgendaItemEvent,
  type ApprovedProject,
  opinionStances,
  proposerCategories,
  reviewDecisions,
} from './agenda-item.messages.js';

export type AgendaItemState = WorkflowState<AgendaItemStatus, AgendaItemContext>;

/** What `GET /agenda-items/{id}` shows of an item: its state and what is derived from it. */
export type AgendaItemView = AgendaItemState & {
  /** The body whose step it is (null before the proposal). */
  readonly body: BodyCode | null;
  readonly terminal: boolean;
  readonly latestRevision: DraftRevision | null;
  readonly opinionCount: number;
};

/**
 * Version 2: a decision of a body whose roster is entered is checked against its recorded meeting
 * (meeting/meeting-decisions.ts). Items proposed under version 1, before rosters, finish under the
 * typed tallies they began with.
 */
export const AGENDA_ITEM_WORKFLOW_VERSION = 2;

/** The id of the project an approved item creates: deterministic, so a re-run never makes a second one. */
export function projectIdForAgendaItem(itemId: string): string {
  return `${itemId}-p1`;
}

export const agendaItemCommandTypes = [
  'ProposeAgendaItem',
  'OpenDeliberation',
  'RecordOpinion',
  'AdoptAgendaItem',
  'DismissAgendaItem',
  'WithdrawAgendaItem',
  'StartDrafting',
  'SubmitDraftRevision',
  'TableForReview',
  'RecordReviewDecision',
  'DeferAgendaItem',
  'LinkProject',
  'MarkProjectEvaluated',
  'MarkReviewOverdue',
  'RecordFeedback',
] as const satisfies readonly AgendaItemCommand['type'][];

const commandEvents = {
  ProposeAgendaItem: 'AgendaItemProposed',
  OpenDeliberation: 'DeliberationOpened',
  RecordOpinion: 'OpinionRecorded',
  AdoptAgendaItem: 'AgendaItemAdopted',
  DismissAgendaItem: 'AgendaItemDismissed',
  WithdrawAgendaItem: 'AgendaItemWithdrawn',
  StartDrafting: 'DraftingStarted',
  SubmitDraftRevision: 'DraftRevisionSubmitted',
  TableForReview: 'AgendaItemTabled',
  RecordReviewDecision: 'ReviewDecisionRecorded',
  DeferAgendaItem: 'AgendaItemDeferred',
  LinkProject: 'ProjectLinked',
  MarkProjectEvaluated: 'ProjectEvaluationNoted',
  MarkReviewOverdue: 'ReviewOverdue',
  RecordFeedback: 'FeedbackRecorded',
} as const satisfies { readonly [T in AgendaItemCommand['type']]: AgendaItemEvent['type'] };

const eventTypes = {
  AgendaItemProposed: { schemaVersion: 1 },
  DeliberationOpened: { schemaVersion: 1 },
  OpinionRecorded: { schemaVersion: 1 },
  AgendaItemAdopted: { schemaVersion: 1 },
  AgendaItemDismissed: { schemaVersion: 1 },
  AgendaItemWithdrawn: { schemaVersion: 1 },
  DraftingStarted: { schemaVersion: 1 },
  DraftRevisionSubmitted: { schemaVersion: 1 },
  AgendaItemTabled: { schemaVersion: 1 },
  ReviewDecisionRecorded: { schemaVersion: 1 },
  AgendaItemDeferred: { schemaVersion: 1 },
  ProjectLinked: { schemaVersion: 1 },
  ProjectEvaluationNoted: { schemaVersion: 1 },
  FeedbackRecorded: { schemaVersion: 1 },
  ReviewOverdue: { schemaVersion: 1 },
} as const satisfies { readonly [T in AgendaItemEvent['type']]: { readonly schemaVersion: number } };

/** The body whose secretary issues each command (defer: the body responsible for the current state). */
const commandBodies: Readonly<Record<AgendaItemCommand['type'], BodyCode | 'current' | 'system'>> = {
  ProposeAgendaItem: 'civic-council',
  OpenDeliberation: 'civic-council',
  RecordOpinion: 'civic-council',
  AdoptAgendaItem: 'civic-council',
  DismissAgendaItem: 'civic-council',
  WithdrawAgendaItem: 'civic-council',
  StartDrafting: 'working-council',
  SubmitDraftRevision: 'working-council',
  TableForReview: 'working-council',
  RecordReviewDecision: 'steering-committee',
  RecordFeedback: 'steering-committee',
  DeferAgendaItem: 'current',
  LinkProject: 'system',
  MarkProjectEvaluated: 'system',
  MarkReviewOverdue: 'system',
};

/** A meeting of the given body; a meeting naming another body is refused. */
function meetingOf(value: unknown, path: string, body: BodyCode): Meeting {
  const meeting = requireMeeting(value, path);
  if (meeting.body !== undefined && meeting.body !== body) {
    throw ruleBroken('AGENDA_ITEM.WRONG_BODY', `this step belongs to the ${body}, not the ${meeting.body}`, {
      field: `${path}.body`,
      details: { expected: body, given: meeting.body },
    });
  }
  return { ...meeting, body };
}

/** The decision's meeting and tally from the recorded meeting, or null where the typed tally stands. */
function atMeeting(command: AgendaItemCommand, state: AgendaItemState, body: BodyCode): DecisionAtMeeting | null {
  if ((state.workflowVersion ?? 1) < 2 || state.district === null || state.itemId === null) return null;
  return decisionAtMeeting({
    itemId: state.itemId,
    district: state.district,
    body,
    meeting: field(command.data, 'meeting'),
    tally: field(command.data, 'tally'),
    facts: command.metadata.facts,
    today: command.metadata.today,
  });
}

type Decision<T extends AgendaItemCommand['type']> = (
  command: Extract<AgendaItemCommand, { type: T }>,
  state: AgendaItemState,
  itemId: string,
) => AgendaItemEvent[];

/** A meeting of the body, when one is given. */
function optionalMeetingOf(value: unknown, path: string, body: BodyCode): Meeting | null {
  return value === undefined || value === null ? null : meetingOf(value, path, body);
}

/** The civic council a proposal is made in: the one it names, else the proposing secretary's own. */
function proposalCouncil(data: unknown, actor: Actor): string | undefined {
  const named = optionalText(field(data, 'council'), 'data.council', TEXT_LIMITS.label);
  return named ?? (actor.body === 'civic-council' ? actor.council : undefined) ?? undefined;
}

const propose: Decision<'ProposeAgendaItem'> = ({ data, metadata: { today, actor } }, _state, itemId) => {
  const proposedOn = optionalIsoDate(field(data, 'proposedOn'), 'data.proposedOn');
  const council = proposalCouncil(data, actor);
  return [
    {
      type: 'AgendaItemProposed',
      data: {
        itemId,
        district: requireDistrict(field(data, 'district'), 'data.district'),
        title: requireText(field(data, 'title'), 'data.title', TEXT_LIMITS.title),
        description: requireText(field(data, 'description'), 'data.description'),
        proposerCategory: requireOneOf(field(data, 'proposerCategory'), proposerCategories, 'data.proposerCategory'),
        taskCode: optionalTaskCode(field(data, 'taskCode'), 'data.taskCode'),
        source: optionalText(field(data, 'source'), 'data.source', TEXT_LIMITS.label),
        proposedOn: proposedOn ?? today,
        workflowVersion: AGENDA_ITEM_WORKFLOW_VERSION,
        ...effective(proposedOn, today),
        ...(council !== undefined ? { council } : {}),
      },
    },
  ];
};

const openDeliberation: Decision<'OpenDeliberation'> = ({ data, metadata: { today } }, _state, itemId) => {
  const openedOn = optionalIsoDate(field(data, 'openedOn'), 'data.openedOn');
  return [
    {
      type: 'DeliberationOpened',
      data: {
        itemId,
        openedOn: openedOn ?? today,
        method: optionalText(field(data, 'method'), 'data.method', TEXT_LIMITS.label),
        ...effective(openedOn, today),
      },
    },
  ];
};

const recordOpinion: Decision<'RecordOpinion'> = ({ data, metadata: { today } }, state, itemId) => {
  const opinionId = requireId(field(data, 'opinionId'), 'data.opinionId');
  agendaItemRules.newOpinion.enforce(state, { opinionId });
  const receivedOn = optionalIsoDate(field(data, 'receivedOn'), 'data.receivedOn');
  return [
    {
      type: 'OpinionRecorded',
      data: {
        itemId,
        opinionId,
        stance: requireOneOf(field(data, 'stance'), opinionStances, 'data.stance'),
        respondentCategory: requireOneOf(field(data, 'respondentCategory'), proposerCategories, 'data.respondentCategory'),
        text: requireText(field(data, 'text'), 'data.text'),
        receivedOn: receivedOn ?? today,
        ...effective(receivedOn, today),
      },
    },
  ];
};

const adopt: Decision<'AdoptAgendaItem'> = (command, state, itemId) => {
  const decided = atMeeting(command, state, 'civic-council');
  const meeting = decided?.meeting ?? meetingOf(field(command.data, 'meeting'), 'data.meeting', 'civic-council');
  const votes = decided?.tally ?? tally(field(command.data, 'tally'), 'data.tally');
  agendaItemRules.adoptionCarried.enforce(state, { tally: votes });
  return [{ type: 'AgendaItemAdopted', data: { itemId, meeting, tally: votes, effectiveAt: meeting.heldOn } }];
};

const dismiss: Decision<'DismissAgendaItem'> = (command, state, itemId) => {
  const reason = requireText(field(command.data, 'reason'), 'data.reason', TEXT_LIMITS.note);
  const meetingValue = field(command.data, 'meeting');
  const decided = atMeeting(command, state, 'civic-council');
  const meeting = decided?.meeting ?? optionalMeetingOf(meetingValue, 'data.meeting', 'civic-council');
  const votes = decided?.tally ?? tally(field(command.data, 'tally'), 'data.tally');
  agendaItemRules.dismissalQuorate.enforce(state, { tally: votes });
  return [
    {
      type: 'AgendaItemDismissed',
      data: { itemId, reason, meeting, tally: votes, ...effective(meeting?.heldOn ?? null, command.metadata.today) },
    },
  ];
};

const withdraw: Decision<'WithdrawAgendaItem'> = ({ data, metadata: { today } }, _state, itemId) => [
  {
    type: 'AgendaItemWithdrawn',
    data: { itemId, reason: optionalText(field(data, 'reason'), 'data.reason', TEXT_LIMITS.note), withdrawnOn: today },
  },
];

const startDrafting: Decision<'StartDrafting'> = ({ data, metadata: { today } }, _state, itemId) => [
  {
    type: 'DraftingStarted',
    data: { itemId, owner: requireText(field(data, 'owner'), 'data.owner', TEXT_LIMITS.label), startedOn: today },
  },
];

const submitRevision: Decision<'SubmitDraftRevision'> = ({ data, metadata: { today } }, state, itemId) => {
  const revisionId = requireId(field(data, 'revisionId'), 'data.revisionId');
  agendaItemRules.newRevision.enforce(state, { revisionId });
  const budgetRequest = field(data, 'budgetRequest');
  return [
    {
      type: 'DraftRevisionSubmitted',
      data: {
        itemId,
        revisionId,
        title: optionalText(field(data, 'title'), 'data.title', TEXT_LIMITS.title) ?? state.title ?? '',
        plan: requireText(field(data, 'plan'), 'data.plan', TEXT_LIMITS.plan),
        taskCode: optionalTaskCode(field(data, 'taskCode'), 'data.taskCode'),
        budgetRequest: budgetRequest === undefined || budgetRequest === null ? null : budget(budgetRequest, 'data.budgetRequest'),
        submittedOn: today,
      },
    },
  ];
};

const table: Decision<'TableForReview'> = ({ data, metadata: { today } }, state, itemId) => {
  const meeting = optionalMeetingOf(field(data, 'meeting'), 'data.meeting', 'steering-committee');
  agendaItemRules.readyForReview.enforce(state, undefined);
  const revisionId = latestRevision(state)?.revisionId ?? '';
  return [
    {
      type: 'AgendaItemTabled',
      data: { itemId, revisionId, meeting, tabledOn: meeting?.heldOn ?? today, ...effective(meeting?.heldOn ?? null, today) },
    },
  ];
};

/** The project an approval creates from the tabled revision (tabling made sure the revision is complete). */
function approvedProjectOf(
  state: AgendaItemState,
  itemId: string,
  revisionId: string,
  yearValue: unknown,
  heldOn: string,
  obligations: readonly Condition[],
): ApprovedProject {
  const revision = state.revisions.find((candidate) => candidate.revisionId === revisionId);
  if (!isCompleteRevision(revision) || state.district === null) {
    throw ruleBroken('AGENDA_ITEM.NO_COMPLETE_REVISION', 'the tabled revision is not complete');
  }
  return {
    projectId: projectIdForAgendaItem(itemId),
    district: state.district,
    // The operating year the approval prepares (March–February), not the meeting's calendar year.
    year: yearValue === undefined || yearValue === null ? operatingYearInPreparation(heldOn) : requireYear(yearValue, 'data.projectYear'),
    title: revision.title,
    taskCode: revision.taskCode,
    plannedBudget: revision.budgetRequest,
    revisionId,
    ...(obligations.length > 0 ? { conditions: obligations } : {}),
  };
}

const recordReviewDecision: Decision<'RecordReviewDecision'> = (command, state, itemId) => {
  const data: unknown = command.data;
  const decision = requireOneOf(field(data, 'decision'), reviewDecisions, 'data.decision');
  const decided = atMeeting(command, state, 'steering-committee');
  const meeting = decided?.meeting ?? meetingOf(field(data, 'meeting'), 'data.meeting', 'steering-committee');
  const votes = decided?.tally ?? tally(field(data, 'tally'), 'data.tally');
  const conditionsValue = field(data, 'conditions');
  if (conditionsValue === undefined || conditionsValue === null || (Array.isArray(conditionsValue) && conditionsValue.length === 0)) {
    agendaItemRules.conditionsOfConditionalApproval.enforce(state, { decision, conditions: [] });
  }
  const obligations = requireConditions(conditionsValue, 'data.conditions', { nonEmpty: false });
  const conditions = obligations.map((condition) => condition.text);
  if (decision !== 'conditionallyApproved' && conditions.length > 0) {
    throw invalid('COMMAND.INVALID', 'data.conditions', 'conditions belong to a conditional approval only');
  }
  const feedback = optionalText(field(data, 'feedback'), 'data.feedback');
  agendaItemRules.feedbackOfRevisionRequest.enforce(state, { decision, feedback });
  agendaItemRules.reviewVote.enforce(state, { decision, tally: votes });
  const revisionId = state.tabledRevisionId ?? '';
  const project = isApproval(decision)
    ? approvedProjectOf(state, itemId, revisionId, field(data, 'projectYear'), meeting.heldOn, obligations)
    : null;
  return [
    {
      type: 'ReviewDecisionRecorded',
      data: { itemId, decision, conditions, feedback, meeting, tally: votes, revisionId, project, effectiveAt: meeting.heldOn },
    },
  ];
};

const defer: Decision<'DeferAgendaItem'> = ({ data }, state, itemId) => {
  const body = agendaItemBodyOf[state.status];
  if (body === null) throw ruleBroken('AGENDA_ITEM.RULE_VIOLATED', 'no body is responsible for the item now');
  const meeting = meetingOf(field(data, 'meeting'), 'data.meeting', body);
  return [
    {
      type: 'AgendaItemDeferred',
      data: {
        itemId,
        body,
        status: state.status,
        meeting,
        reason: requireText(field(data, 'reason'), 'data.reason', TEXT_LIMITS.note),
        effectiveAt: meeting.heldOn,
      },
    },
  ];
};

const linkProject: Decision<'LinkProject'> = ({ data }, state, itemId) => {
  const projectId = requireId(field(data, 'projectId'), 'data.projectId');
  agendaItemRules.approvedProject.enforce(state, { projectId });
  return [{ type: 'ProjectLinked', data: { itemId, projectId } }];
};

const markReviewOverdue: Decision<'MarkReviewOverdue'> = ({ data, metadata: { today } }, state, itemId) => {
  const deadlineId = requireId(field(data, 'deadlineId'), 'data.deadlineId');
  const dueOn = requireIsoDate(field(data, 'dueOn'), 'data.dueOn');
  if (today < dueOn) {
    throw ruleBroken('AGENDA_ITEM.REVIEW_NOT_DUE', `the review is due on ${dueOn}; it is not overdue on ${today}`, {
      field: 'data.dueOn',
      details: { dueOn, today },
    });
  }
  return [{ type: 'ReviewOverdue', data: { itemId, deadlineId, tabledOn: state.tabledOn, dueOn, overdueOn: today } }];
};

const markProjectEvaluated: Decision<'MarkProjectEvaluated'> = ({ data, metadata: { today } }, state, itemId) => {
  const projectId = requireId(field(data, 'projectId'), 'data.projectId');
  agendaItemRules.linkedProject.enforce(state, { projectId });
  const evaluatedOn = optionalIsoDate(field(data, 'evaluatedOn'), 'data.evaluatedOn');
  return [
    { type: 'ProjectEvaluationNoted', data: { itemId, projectId, evaluatedOn: evaluatedOn ?? today, ...effective(evaluatedOn, today) } },
  ];
};

const recordFeedback: Decision<'RecordFeedback'> = ({ data, metadata: { today } }, _state, itemId) => {
  const meeting = optionalMeetingOf(field(data, 'meeting'), 'data.meeting', 'steering-committee');
  return [
    {
      type: 'FeedbackRecorded',
      data: {
        itemId,
        summary: requireText(field(data, 'summary'), 'data.summary'),
        recommendations: requireTextList(field(data, 'recommendations'), 'data.recommendations', {
          maxLength: TEXT_LIMITS.note,
          maxEntries: LIST_LIMITS.recommendations,
        }),
        followUpProposalId: optionalId(field(data, 'followUpProposalId'), 'data.followUpProposalId'),
        meeting,
        recordedOn: meeting?.heldOn ?? today,
        ...effective(meeting?.heldOn ?? null, today),
      },
    },
  ];
};

function decideAgendaItem(command: AgendaItemCommand, state: AgendaItemState): AgendaItemEvent[] {
  const itemId = state.itemId ?? requireId(field(command.data, 'itemId'), 'data.itemId');
  switch (command.type) {
    case 'ProposeAgendaItem':
      return propose(command, state, itemId);
    case 'OpenDeliberation':
      return openDeliberation(command, state, itemId);
    case 'RecordOpinion':
      return recordOpinion(command, state, itemId);
    case 'AdoptAgendaItem':
      return adopt(command, state, itemId);
    case 'DismissAgendaItem':
      return dismiss(command, state, itemId);
    case 'WithdrawAgendaItem':
      return withdraw(command, state, itemId);
    case 'StartDrafting':
      return startDrafting(command, state, itemId);
    case 'SubmitDraftRevision':
      return submitRevision(command, state, itemId);
    case 'TableForReview':
      return table(command, state, itemId);
    case 'RecordReviewDecision':
      return recordReviewDecision(command, state, itemId);
    case 'DeferAgendaItem':
      return defer(command, state, itemId);
    case 'LinkProject':
      return linkProject(command, state, itemId);
    case 'MarkReviewOverdue':
      return markReviewOverdue(command, state, itemId);
    case 'MarkProjectEvaluated':
      return markProjectEvaluated(command, state, itemId);
    case 'RecordFeedback':
      return recordFeedback(command, state, itemId);
    default:
      return unknownCommand(command);
  }
}

function scopeOf(command: AgendaItemCommand, state: AgendaItemState): CommandScope {
  const body = commandBodies[command.type];
  if (body === 'system') return { kind: 'system' };
  const district = state.district ?? requireDistrict(field(command.data, 'district'), 'data.district');
  const resolved = body === 'current' ? agendaItemBodyOf[state.status] : body;
  if ((resolved ?? 'civic-council') !== 'civic-council') return { kind: 'secretary', district, body: resolved! };
  const council = command.type === 'ProposeAgendaItem' ? (proposalCouncil(command.data, command.metadata.actor) ?? null) : state.council;
  return { kind: 'secretary', district, body: 'civic-council', council };
}

export const agendaItemWorkflow: Workflow<AgendaItemCommand, AgendaItemEvent, AgendaItemState> = machineWorkflow<
  AgendaItemCommand,
  AgendaItemEvent,
  AgendaItemStatus,
  AgendaItemContext
>({
  category: 'agenda-item',
  version: AGENDA_ITEM_WORKFLOW_VERSION,
  codePrefix: 'AGENDA_ITEM',
  noun: 'agenda item',
  machine: agendaItemMachine,
  absentStatus: 'none',
  commandTypes: agendaItemCommandTypes,
  creatingCommands: ['ProposeAgendaItem'],
  commandEvents,
  eventTypes,
  upcasters: [],
  alreadyDone(command, state): DomainError | undefined {
    const projectId = field(command.data, 'projectId');
    const linkedStates: readonly AgendaItemStatus[] = ['inImplementation', 'awaitingFeedback', 'closed'];
    if (command.type === 'LinkProject' && linkedStates.includes(state.status) && state.projectId === projectId) {
      return transitionNotAllowed(
        'AGENDA_ITEM.PROJECT_ALREADY_LINKED',
        `project ${String(projectId)} is already linked`,
        agendaItemWorkflow.allowedActions(state),
        {
          status: state.status,
          command: command.type,
        },
      );
    }
    if (command.type === 'MarkReviewOverdue') {
      const refusal = agendaItemRules.newOverdueReview.refusal(state, { deadlineId: field(command.data, 'deadlineId') as string });
      if (refusal !== undefined) {
        return asAlreadyDone(refusal, agendaItemWorkflow.allowedActions(state), { status: state.status, command: command.type });
      }
    }
    const evaluatedStates: readonly AgendaItemStatus[] = ['awaitingFeedback', 'closed'];
    if (command.type === 'MarkProjectEvaluated' && evaluatedStates.includes(state.status) && state.projectId === projectId) {
      return transitionNotAllowed(
        'AGENDA_ITEM.PROJECT_EVALUATION_ALREADY_NOTED',
        `the evaluation of project ${String(projectId)} is already noted`,
        agendaItemWorkflow.allowedActions(state),
        { status: state.status, command: command.type },
      );
    }
    return undefined;
  },
  handle: decideAgendaItem,
  scope: scopeOf,
  streamIdOf: (command) => agendaItemStreamId(requireId(field(command.data, 'itemId'), 'data.itemId')),
  view: (state): AgendaItemView => ({
    ...state,
    body: agendaItemBodyOf[state.status],
    terminal: agendaItemTerminalStatuses.includes(state.status),
    latestRevision: latestRevision(state) ?? null,
    opinionCount: state.opinions.length,
  }),
});
