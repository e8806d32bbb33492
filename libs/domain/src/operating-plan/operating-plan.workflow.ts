/**
 * The operating plan decider: one small function per command, a thin exhaustive dispatch. The
 * projects a plan lists are read by the application from their own streams and handed over as
 * `metadata.facts.project`; the meeting and roster of the committee's decision likewise.
 */
import { ruleBroken, invalid } from '../errors.js';
import { LIST_LIMITS, TEXT_LIMITS } from '../limits.js';
import type { CommandFacts } from '../messages.js';
import { decisionAtMeeting } from '../meeting/meeting-decisions.js';
import { operatingPlanAgendaEntryId, operatingPlanId, operatingPlanStreamId } from '../stream-ids.js';
import { field, optionalText, requireDistrict, requireId, requireOneOf, requireText, requireYear } from '../validation.js';
import { type CommandScope, type Workflow, type WorkflowState, machineWorkflow, unknownCommand } from '../workflow.js';
import {
  type OperatingPlanContext,
  type OperatingPlanStatus,
  operatingPlanMachine,
  operatingPlanRules,
  operatingPlanTerminalStatuses,
  planTotals,
} from './operating-plan.machine.js';
import { type OperatingPlanCommand, type OperatingPlanEvent, type PlanProject, planDecisions } from './operating-plan.messages.js';
import type { Budget } from '../money.js';

export type OperatingPlanState = WorkflowState<OperatingPlanStatus, OperatingPlanContext>;

/** What `GET /operating-plans/{district}/{year}` shows of a plan. */
export type OperatingPlanView = OperatingPlanState & {
  readonly terminal: boolean;
  /** The working copy's budgets summed per funder, in won. */
  readonly totals: Budget;
  /** The revision now before the committee, or the last one submitted. */
  readonly currentRevision: number;
  /** How the plan is named on a meeting's agenda. */
  readonly agendaEntryId: string | null;
};

export const OPERATING_PLAN_WORKFLOW_VERSION = 1;

export const operatingPlanCommandTypes = [
  'DraftOperatingPlan',
  'AddProjectToPlan',
  'RemoveProjectFromPlan',
  'SubmitOperatingPlan',
  'DecideOperatingPlan',
  'RedraftOperatingPlan',
] as const satisfies readonly OperatingPlanCommand['type'][];

const commandEvents = {
  DraftOperatingPlan: 'OperatingPlanDrafted',
  AddProjectToPlan: 'ProjectAddedToPlan',
  RemoveProjectFromPlan: 'ProjectRemovedFromPlan',
  SubmitOperatingPlan: 'OperatingPlanSubmitted',
  DecideOperatingPlan: 'OperatingPlanDecided',
  RedraftOperatingPlan: 'OperatingPlanRedrafted',
} as const satisfies { readonly [T in OperatingPlanCommand['type']]: OperatingPlanEvent['type'] };

const eventTypes = {
  OperatingPlanDrafted: { schemaVersion: 1 },
  ProjectAddedToPlan: { schemaVersion: 1 },
  ProjectRemovedFromPlan: { schemaVersion: 1 },
  OperatingPlanSubmitted: { schemaVersion: 1 },
  OperatingPlanDecided: { schemaVersion: 1 },
  OperatingPlanRedrafted: { schemaVersion: 1 },
} as const satisfies { readonly [T in OperatingPlanEvent['type']]: { readonly schemaVersion: number } };

type Decision<T extends OperatingPlanCommand['type']> = (
  command: Extract<OperatingPlanCommand, { type: T }>,
  state: OperatingPlanState,
) => OperatingPlanEvent[];

const planIdOf = (state: OperatingPlanState): string => state.planId ?? '';

const draft: Decision<'DraftOperatingPlan'> = (command) => {
  const district = requireDistrict(field(command.data, 'district'), 'data.district');
  const year = requireYear(field(command.data, 'year'), 'data.year');
  return [
    {
      type: 'OperatingPlanDrafted',
      data: {
        planId: operatingPlanId(district, year),
        district,
        year,
        title: optionalText(field(command.data, 'title'), 'data.title', TEXT_LIMITS.title),
        draftedOn: command.metadata.today,
        workflowVersion: OPERATING_PLAN_WORKFLOW_VERSION,
      },
    },
  ];
};

/** The project named, as its own stream holds it: of the plan's district and year, and not cancelled. */
function eligibleProject(facts: CommandFacts | undefined, projectId: string, state: OperatingPlanState): PlanProject {
  const project = facts?.project;
  if (project === undefined || project === null || project.projectId !== projectId) {
    throw ruleBroken('OPERATING_PLAN.PROJECT_UNKNOWN', `there is no project ${projectId}; a plan lists only existing projects`, {
      field: 'data.projectId',
      details: { projectId },
    });
  }
  if (project.district !== state.district) {
    throw ruleBroken(
      'OPERATING_PLAN.PROJECT_OF_ANOTHER_DISTRICT',
      `project ${projectId} belongs to ${project.district}, not to the ${String(state.district)} plan`,
      {
        field: 'data.projectId',
        details: { projectId, projectDistrict: project.district, planDistrict: state.district },
      },
    );
  }
  if (project.year !== state.year) {
    throw ruleBroken(
      'OPERATING_PLAN.PROJECT_OF_ANOTHER_YEAR',
      `project ${projectId} is a ${project.year} project, not one of the ${String(state.year)} plan`,
      {
        field: 'data.projectId',
        details: { projectId, projectYear: project.year, planYear: state.year },
      },
    );
  }
  if (project.status === 'cancelled') {
    throw ruleBroken('OPERATING_PLAN.PROJECT_CANCELLED', `project ${projectId} is cancelled; a plan does not list a cancelled project`, {
      field: 'data.projectId',
      details: { projectId },
    });
  }
  return {
    projectId,
    title: project.title,
    taskCode: project.taskCode,
    budget: project.plannedBudget,
    origin: project.sourceAgendaItemId === null ? 'office' : 'agenda-item',
    sourceAgendaItemId: project.sourceAgendaItemId,
  };
}

const addProject: Decision<'AddProjectToPlan'> = (command, state) => {
  const projectId = requireId(field(command.data, 'projectId'), 'data.projectId');
  const planned = eligibleProject(command.metadata.facts, projectId, state);
  operatingPlanRules.projectNotYetListed.enforce(state, { projectId });
  return [{ type: 'ProjectAddedToPlan', data: { planId: planIdOf(state), addedOn: command.metadata.today, ...planned } }];
};

const removeProject: Decision<'RemoveProjectFromPlan'> = (command, state) => {
  const projectId = requireId(field(command.data, 'projectId'), 'data.projectId');
  const reason = requireText(field(command.data, 'reason'), 'data.reason', TEXT_LIMITS.note);
  operatingPlanRules.projectListed.enforce(state, { projectId });
  return [{ type: 'ProjectRemovedFromPlan', data: { planId: planIdOf(state), projectId, reason, removedOn: command.metadata.today } }];
};

function reasonsOf(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > LIST_LIMITS.planReasons) {
    throw invalid('COMMAND.INVALID', 'data.reasons', `data.reasons must be a list of at most ${LIST_LIMITS.planReasons} reasons`);
  }
  return value.map((reason: unknown, index) => requireText(reason, `data.reasons[${index}]`, TEXT_LIMITS.note));
}

const submit: Decision<'SubmitOperatingPlan'> = (command, state) => {
  const reasons = reasonsOf(field(command.data, 'reasons'));
  const revision = state.revisions.length + 1;
  operatingPlanRules.submittedWithProjects.enforce(state, { projects: state.projects });
  operatingPlanRules.revisionGivesReasons.enforce(state, { revision, reasons });
  return [
    {
      type: 'OperatingPlanSubmitted',
      data: { planId: planIdOf(state), revision, projects: state.projects, reasons, submittedOn: command.metadata.today },
    },
  ];
};

const decide: Decision<'DecideOperatingPlan'> = (command, state) => {
  const decision = requireOneOf(field(command.data, 'decision'), planDecisions, 'data.decision');
  const district = state.district ?? requireDistrict(field(command.data, 'district'), 'data.district');
  const year = state.year ?? requireYear(field(command.data, 'year'), 'data.year');
  const decided = decisionAtMeeting({
    itemId: operatingPlanAgendaEntryId(district, year),
    district,
    body: 'steering-committee',
    meeting: field(command.data, 'meeting'),
    tally: field(command.data, 'tally'),
    facts: command.metadata.facts,
    today: command.metadata.today,
  });
  if (decided === null) {
    // The plan is deliberated as a whole at a meeting: a committee without a roster cannot hold one.
    throw ruleBroken(
      'MEETING.REQUIRED',
      'the operating plan is decided at a recorded meeting of the steering committee (data.meeting.meetingId)',
      {
        field: 'data.meeting.meetingId',
        details: { body: 'steering-committee' },
      },
    );
  }
  const feedback = optionalText(field(command.data, 'feedback'), 'data.feedback', TEXT_LIMITS.text);
  operatingPlanRules.feedbackOfReturn.enforce(state, { decision, feedback });
  operatingPlanRules.tallySupportsDecision.enforce(state, { decision, tally: decided.tally });
  const revision = state.revisions.at(-1);
  const heldOn = decided.meeting.heldOn;
  return [
    {
      type: 'OperatingPlanDecided',
      data: {
        planId: planIdOf(state),
        decision,
        revision: revision?.revision ?? 0,
        meeting: decided.meeting,
        tally: decided.tally,
        feedback,
        projects: decision === 'approved' ? (revision?.projects ?? []) : [],
        decidedOn: heldOn,
        ...(heldOn !== command.metadata.today ? { effectiveAt: heldOn } : {}),
      },
    },
  ];
};

/** The rejected plan taken up again: the next submission is its next revision, with the reasons for its changes. */
const redraft: Decision<'RedraftOperatingPlan'> = (command, state) => {
  const reason = requireText(field(command.data, 'reason'), 'data.reason', TEXT_LIMITS.note);
  return [
    {
      type: 'OperatingPlanRedrafted',
      data: {
        planId: planIdOf(state),
        rejectedRevision: state.revisions.at(-1)?.revision ?? 0,
        reason,
        redraftedOn: command.metadata.today,
      },
    },
  ];
};

function decideOperatingPlan(command: OperatingPlanCommand, state: OperatingPlanState): OperatingPlanEvent[] {
  switch (command.type) {
    case 'DraftOperatingPlan':
      return draft(command, state);
    case 'AddProjectToPlan':
      return addProject(command, state);
    case 'RemoveProjectFromPlan':
      return removeProject(command, state);
    case 'SubmitOperatingPlan':
      return submit(command, state);
    case 'DecideOperatingPlan':
      return decide(command, state);
    case 'RedraftOperatingPlan':
      return redraft(command, state);
    default:
      return unknownCommand(command);
  }
}

function planStreamOf(command: OperatingPlanCommand): string {
  return operatingPlanStreamId(
    requireDistrict(field(command.data, 'district'), 'data.district'),
    requireYear(field(command.data, 'year'), 'data.year'),
  );
}

/** The working council assembles, submits and redrafts the plan; the steering committee decides it. */
function planScope(command: OperatingPlanCommand, state: OperatingPlanState): CommandScope {
  const district = state.district ?? requireDistrict(field(command.data, 'district'), 'data.district');
  return { kind: 'secretary', district, body: command.type === 'DecideOperatingPlan' ? 'steering-committee' : 'working-council' };
}

export const operatingPlanWorkflow: Workflow<OperatingPlanCommand, OperatingPlanEvent, OperatingPlanState> = machineWorkflow<
  OperatingPlanCommand,
  OperatingPlanEvent,
  OperatingPlanStatus,
  OperatingPlanContext
>({
  category: 'operating-plan',
  version: OPERATING_PLAN_WORKFLOW_VERSION,
  codePrefix: 'OPERATING_PLAN',
  noun: 'operating plan',
  machine: operatingPlanMachine,
  absentStatus: 'none',
  commandTypes: operatingPlanCommandTypes,
  creatingCommands: ['DraftOperatingPlan'],
  commandEvents,
  eventTypes,
  upcasters: [],
  handle: decideOperatingPlan,
  scope: planScope,
  streamIdOf: planStreamOf,
  view: (state): OperatingPlanView => ({
    ...state,
    terminal: operatingPlanTerminalStatuses.includes(state.status),
    totals: planTotals(state.projects),
    currentRevision: state.revisions.at(-1)?.revision ?? 0,
    agendaEntryId: state.district !== null && state.year !== null ? operatingPlanAgendaEntryId(state.district, state.year) : null,
  }),
});
