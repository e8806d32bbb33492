/**
 * The agenda item decider: validates commands, applies the councils' rules and returns events;
 * the machine in agenda-item.machine.ts decides which events may follow which state.
 */
import type { BodyCode } from '../catalogs.js';
import { type DomainError, invalid, ruleBroken, transitionNotAllowed } from '../errors.js';
import type { Meeting } from '../messages.js';
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
import { assertCarried, assertQuorum, tally } from '../votes.js';
import { requireConditions } from '../project/conditions.js';
import { operatingYearInPreparation } from '../agreement/agreement-term.js';
import { type DecisionAtMeeting, decisionAtMeeting } from '../meeting/meeting-decisions.js';
import { type CommandScope, type Workflow, type WorkflowState, machineWorkflow } from '../workflow.js';
import {
  type AgendaItemContext,
  type AgendaItemStatus,
  type DraftRevision,
  agendaItemBodyOf,
  agendaItemMachine,
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

function decideAgendaItem(command: AgendaItemCommand, state: AgendaItemState): AgendaItemEvent[] {
  const today = command.metadata.today;
  const data: unknown = command.data;
  const itemId = state.itemId ?? requireId(field(data, 'itemId'), 'data.itemId');
  switch (command.type) {
    case 'ProposeAgendaItem': {
      const proposedOn = optionalIsoDate(field(data, 'proposedOn'), 'data.proposedOn');
      return [
        {
          type: 'AgendaItemProposed',
          data: {
            itemId,
            district: requireDistrict(field(data, 'district'), 'data.district'),
            title: requireText(field(data, 'title'), 'data.title', 300),
            description: requireText(field(data, 'description'), 'data.description'),
            proposerCategory: requireOneOf(field(data, 'proposerCategory'), proposerCategories, 'data.proposerCategory'),
            taskCode: optionalTaskCode(field(data, 'taskCode'), 'data.taskCode'),
            source: optionalText(field(data, 'source'), 'data.source', 200),
            proposedOn: proposedOn ?? today,
            workflowVersion: AGENDA_ITEM_WORKFLOW_VERSION,
            ...effective(proposedOn, today),
          },
        },
      ];
    }
    case 'OpenDeliberation': {
      const openedOn = optionalIsoDate(field(data, 'openedOn'), 'data.openedOn');
      return [
        {
          type: 'DeliberationOpened',
          data: {
            itemId,
            openedOn: openedOn ?? today,
            method: optionalText(field(data, 'method'), 'data.method', 200),
            ...effective(openedOn, today),
          },
        },
      ];
    }
    case 'RecordOpinion': {
      const opinionId = requireId(field(data, 'opinionId'), 'data.opinionId');
      if (state.opinions.some((opinion) => opinion.opinionId === opinionId)) {
        throw ruleBroken('AGENDA_ITEM.DUPLICATE_OPINION', `opinion ${opinionId} is already recorded`, { field: 'data.opinionId' });
      }
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
    }
    case 'AdoptAgendaItem': {
      const decided = atMeeting(command, state, 'civic-council');
      const meeting = decided?.meeting ?? meetingOf(field(data, 'meeting'), 'data.meeting', 'civic-council');
      const votes = decided?.tally ?? tally(field(data, 'tally'), 'data.tally');
      assertCarried(votes, 'data.tally');
      return [{ type: 'AgendaItemAdopted', data: { itemId, meeting, tally: votes, effectiveAt: meeting.heldOn } }];
    }
    case 'DismissAgendaItem': {
      const reason = requireText(field(data, 'reason'), 'data.reason');
      const meetingValue = field(data, 'meeting');
      const decided = atMeeting(command, state, 'civic-council');
      const meeting = decided?.meeting
        ?? (meetingValue === undefined || meetingValue === null ? null : meetingOf(meetingValue, 'data.meeting', 'civic-council'));
      const votes = decided?.tally ?? tally(field(data, 'tally'), 'data.tally');
      assertQuorum(votes, 'data.tally');
      return [{ type: 'AgendaItemDismissed', data: { itemId, reason, meeting, tally: votes, ...effective(meeting?.heldOn ?? null, today) } }];
    }
    case 'WithdrawAgendaItem':
      return [
        {
          type: 'AgendaItemWithdrawn',
          data: { itemId, reason: optionalText(field(data, 'reason'), 'data.reason'), withdrawnOn: today },
        },
      ];
    case 'StartDrafting':
      return [
        { type: 'DraftingStarted', data: { itemId, owner: requireText(field(data, 'owner'), 'data.owner', 200), startedOn: today } },
      ];
    case 'SubmitDraftRevision': {
      const revisionId = requireId(field(data, 'revisionId'), 'data.revisionId');
      if (state.revisions.some((revision) => revision.revisionId === revisionId)) {
        throw ruleBroken('AGENDA_ITEM.DUPLICATE_REVISION', `revision ${revisionId} was already submitted`, {
          field: 'data.revisionId',
        });
      }
      const budgetRequest = field(data, 'budgetRequest');
      return [
        {
          type: 'DraftRevisionSubmitted',
          data: {
            itemId,
            revisionId,
            title: optionalText(field(data, 'title'), 'data.title', 300) ?? state.title ?? '',
            plan: requireText(field(data, 'plan'), 'data.plan', 100_000),
            taskCode: optionalTaskCode(field(data, 'taskCode'), 'data.taskCode'),
            budgetRequest: budgetRequest === undefined || budgetRequest === null ? null : budget(budgetRequest, 'data.budgetRequest'),
            submittedOn: today,
          },
        },
      ];
    }
    case 'TableForReview': {
      const meetingValue = field(data, 'meeting');
      const meeting = meetingValue === undefined || meetingValue === null
        ? null
        : meetingOf(meetingValue, 'data.meeting', 'steering-committee');
      const latest = latestRevision(state);
      if (!isCompleteRevision(latest)) {
        throw ruleBroken(
          'AGENDA_ITEM.NO_COMPLETE_REVISION',
          'tabling needs a complete draft revision: a plan, a task code and a budget request above zero',
          { details: { latestRevisionId: latest?.revisionId ?? null } },
        );
      }
      if (state.awaitingRevision) {
        throw ruleBroken('AGENDA_ITEM.REVISION_NOT_SUBMITTED', 'the committee asked for a revision; submit one before tabling again');
      }
      return [
        {
          type: 'AgendaItemTabled',
          data: {
            itemId,
            revisionId: latest.revisionId,
            meeting,
            tabledOn: meeting?.heldOn ?? today,
            ...effective(meeting?.heldOn ?? null, today),
          },
        },
      ];
    }
    case 'RecordReviewDecision': {
      const decision = requireOneOf(field(data, 'decision'), reviewDecisions, 'data.decision');
      const decided = atMeeting(command, state, 'steering-committee');
      const meeting = decided?.meeting ?? meetingOf(field(data, 'meeting'), 'data.meeting', 'steering-committee');
      const votes = decided?.tally ?? tally(field(data, 'tally'), 'data.tally');
      const obligations = requireConditions(field(data, 'conditions'), 'data.conditions', {
        nonEmpty: decision === 'conditionallyApproved',
      });
      const conditions = obligations.map((condition) => condition.text);
      if (decision !== 'conditionallyApproved' && conditions.length > 0) {
        throw invalid('COMMAND.INVALID', 'data.conditions', 'conditions belong to a conditional approval only');
      }
      const feedback = optionalText(field(data, 'feedback'), 'data.feedback');
      if (decision === 'revisionRequested' && feedback === null) {
        throw invalid('COMMAND.INVALID', 'data.feedback', 'a revision request needs the committee\'s feedback');
      }
      if (decision === 'rejected') assertQuorum(votes, 'data.tally');
      else assertCarried(votes, 'data.tally');
      const revisionId = state.tabledRevisionId ?? '';
      let project: ApprovedProject | null = null;
      if (decision === 'approved' || decision === 'conditionallyApproved') {
        const revision = state.revisions.find((candidate) => candidate.revisionId === revisionId);
        if (!isCompleteRevision(revision) || state.district === null) {
          throw ruleBroken('AGENDA_ITEM.NO_COMPLETE_REVISION', 'the tabled revision is not complete');
        }
        const yearValue = field(data, 'projectYear');
        project = {
          projectId: projectIdForAgendaItem(itemId),
          district: state.district,
          // The operating year the approval prepares (March–February), not the meeting's calendar year.
          year: yearValue === undefined || yearValue === null
            ? operatingYearInPreparation(meeting.heldOn)
            : requireYear(yearValue, 'data.projectYear'),
          title: revision.title,
          taskCode: revision.taskCode,
          plannedBudget: revision.budgetRequest,
          revisionId,
          ...(obligations.length > 0 ? { conditions: obligations } : {}),
        };
      }
      return [
        {
          type: 'ReviewDecisionRecorded',
          data: { itemId, decision, conditions, feedback, meeting, tally: votes, revisionId, project, effectiveAt: meeting.heldOn },
        },
      ];
    }
    case 'DeferAgendaItem': {
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
            reason: requireText(field(data, 'reason'), 'data.reason'),
            effectiveAt: meeting.heldOn,
          },
        },
      ];
    }
    case 'LinkProject': {
      const projectId = requireId(field(data, 'projectId'), 'data.projectId');
      if (state.approvedProject !== null && state.approvedProject.projectId !== projectId) {
        throw ruleBroken('AGENDA_ITEM.PROJECT_MISMATCH', `the approval created project ${state.approvedProject.projectId}, not ${projectId}`, {
          field: 'data.projectId',
        });
      }
      return [{ type: 'ProjectLinked', data: { itemId, projectId } }];
    }
    case 'MarkReviewOverdue': {
      const deadlineId = requireId(field(data, 'deadlineId'), 'data.deadlineId');
      const dueOn = requireIsoDate(field(data, 'dueOn'), 'data.dueOn');
      if (today < dueOn) {
        throw ruleBroken('AGENDA_ITEM.REVIEW_NOT_DUE', `the review is due on ${dueOn}; it is not overdue on ${today}`, {
          field: 'data.dueOn',
          details: { dueOn, today },
        });
      }
      return [{ type: 'ReviewOverdue', data: { itemId, deadlineId, tabledOn: state.tabledOn, dueOn, overdueOn: today } }];
    }
    case 'MarkProjectEvaluated': {
      const projectId = requireId(field(data, 'projectId'), 'data.projectId');
      if (state.projectId !== projectId) {
        throw ruleBroken('AGENDA_ITEM.PROJECT_MISMATCH', `the item is linked to project ${String(state.projectId)}, not ${projectId}`, {
          field: 'data.projectId',
        });
      }
      const evaluatedOn = optionalIsoDate(field(data, 'evaluatedOn'), 'data.evaluatedOn');
      return [
        {
          type: 'ProjectEvaluationNoted',
          data: { itemId, projectId, evaluatedOn: evaluatedOn ?? today, ...effective(evaluatedOn, today) },
        },
      ];
    }
    case 'RecordFeedback': {
      const meetingValue = field(data, 'meeting');
      const meeting = meetingValue === undefined || meetingValue === null
        ? null
        : meetingOf(meetingValue, 'data.meeting', 'steering-committee');
      return [
        {
          type: 'FeedbackRecorded',
          data: {
            itemId,
            summary: requireText(field(data, 'summary'), 'data.summary'),
            recommendations: requireTextList(field(data, 'recommendations'), 'data.recommendations'),
            followUpProposalId: optionalId(field(data, 'followUpProposalId'), 'data.followUpProposalId'),
            meeting,
            recordedOn: meeting?.heldOn ?? today,
            ...effective(meeting?.heldOn ?? null, today),
          },
        },
      ];
    }
  }
}

function scopeOf(command: AgendaItemCommand, state: AgendaItemState): CommandScope {
  const body = commandBodies[command.type];
  if (body === 'system') return { kind: 'system' };
  const district = state.district ?? requireDistrict(field(command.data, 'district'), 'data.district');
  const resolved = body === 'current' ? agendaItemBodyOf[state.status] : body;
  return { kind: 'secretary', district, body: resolved ?? 'civic-council' };
}

export const agendaItemWorkflow: Workflow<AgendaItemCommand, AgendaItemEvent, AgendaItemState> = machineWorkflow<AgendaItemCommand, AgendaItemEvent, AgendaItemStatus, AgendaItemContext>({
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
      return transitionNotAllowed('AGENDA_ITEM.PROJECT_ALREADY_LINKED', `project ${String(projectId)} is already linked`, agendaItemWorkflow.allowedActions(state), {
        status: state.status,
        command: command.type,
      });
    }
    if (command.type === 'MarkReviewOverdue' && state.overdueReviews.some((overdue) => overdue.deadlineId === field(command.data, 'deadlineId'))) {
      return transitionNotAllowed(
        'AGENDA_ITEM.REVIEW_OVERDUE_ALREADY_RECORDED',
        `review deadline ${String(field(command.data, 'deadlineId'))} has already fired`,
        agendaItemWorkflow.allowedActions(state),
        { status: state.status, command: command.type },
      );
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
