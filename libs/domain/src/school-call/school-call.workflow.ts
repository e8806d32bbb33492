/**
 * The decider of a call for schools: one small function per command, a thin exhaustive dispatch.
 * What other streams and the configuration hold arrives as `metadata.facts`, read by the
 * application: the project a call is opened for (and how many calls it has), the school that
 * applies or is granted directly (from the configured schools), and the project's money when a
 * grant is decided. Officials of the project's district run the call and grant directly.
 */
import { invalid, ruleBroken } from '../errors.js';
import { LIST_LIMITS, TEXT_LIMITS } from '../limits.js';
import type { CommandFacts, GrantBudgetFacts } from '../messages.js';
import { type Budget, budget, budgetTotal, remainingBudget } from '../money.js';
import { type School, type SchoolLevel, schoolLevels } from '../schools.js';
import { directSchoolGrantsId, schoolCallId, schoolCallStreamId } from '../stream-ids.js';
import { field, requireId, requireIsoDate, requireOneOf, requireText, requireTextList, optionalIsoDate } from '../validation.js';
import { type EventOfLog, statusAfterEventType } from '../status-table.js';
import { type CommandScope, type Workflow, type WorkflowState, machineWorkflow, unknownCommand } from '../workflow.js';
import {
  type SchoolCallContext,
  type SchoolCallStatus,
  schoolCallMachine,
  schoolCallRules,
  schoolCallTerminalStatuses,
} from './school-call.machine.js';
import { type SchoolCallCommand, type SchoolCallEvent, inspectionOutcomes } from './school-call.messages.js';

export type SchoolCallState = WorkflowState<SchoolCallStatus, SchoolCallContext>;

/** What `GET /school-calls/{callId}` shows of a call. */
export type SchoolCallView = SchoolCallState & {
  readonly terminal: boolean;
  /** What the call may still grant, per funder. */
  readonly remaining: Budget;
  readonly selectedCount: number;
  readonly declinedCount: number;
  readonly reportedCount: number;
};

export const SCHOOL_CALL_WORKFLOW_VERSION = 1;

/** Bounds of a call's numbers and lists, declared once for the decider and the HTTP door. */
export const SCHOOL_CALL_LIMITS = {
  /** Calls one project runs. */
  callsPerProject: 50,
  /** Selection criteria of one call. */
  criteria: 30,
  /** Reasons of one selection or non-selection. */
  reasons: 20,
  /** Findings of one inspection. */
  findings: LIST_LIMITS.recommendations,
  /** A selection score, 0 to this. */
  maxScore: 100,
} as const;

export const schoolCallCommandTypes = [
  'OpenSchoolCall',
  'ReceiveSchoolApplication',
  'CloseSchoolCall',
  'SelectSchoolApplication',
  'DeclineSchoolApplication',
  'ConcludeSchoolSelection',
  'AwardSchoolGrant',
  'AwardDirectSchoolGrant',
  'SubmitSchoolGrantReport',
  'RecordSchoolGrantInspection',
  'CompleteSchoolCall',
  'CancelSchoolCall',
] as const satisfies readonly SchoolCallCommand['type'][];

const commandEvents = {
  OpenSchoolCall: 'SchoolCallOpened',
  ReceiveSchoolApplication: 'SchoolApplicationReceived',
  CloseSchoolCall: 'SchoolCallClosed',
  SelectSchoolApplication: 'SchoolApplicationSelected',
  DeclineSchoolApplication: 'SchoolApplicationDeclined',
  ConcludeSchoolSelection: 'SchoolSelectionConcluded',
  AwardSchoolGrant: 'SchoolGrantAwarded',
  AwardDirectSchoolGrant: 'DirectSchoolGrantAwarded',
  SubmitSchoolGrantReport: 'SchoolGrantReported',
  RecordSchoolGrantInspection: 'SchoolGrantInspected',
  CompleteSchoolCall: 'SchoolCallCompleted',
  CancelSchoolCall: 'SchoolCallCancelled',
} as const satisfies { readonly [T in SchoolCallCommand['type']]: SchoolCallEvent['type'] };

const eventTypes = {
  SchoolCallOpened: { schemaVersion: 1 },
  SchoolApplicationReceived: { schemaVersion: 1 },
  SchoolCallClosed: { schemaVersion: 1 },
  SchoolApplicationSelected: { schemaVersion: 1 },
  SchoolApplicationDeclined: { schemaVersion: 1 },
  SchoolSelectionConcluded: { schemaVersion: 1 },
  SchoolGrantAwarded: { schemaVersion: 1 },
  DirectSchoolGrantAwarded: { schemaVersion: 1 },
  SchoolGrantReported: { schemaVersion: 1 },
  SchoolGrantInspected: { schemaVersion: 1 },
  SchoolCallCompleted: { schemaVersion: 1 },
  SchoolCallCancelled: { schemaVersion: 1 },
} as const satisfies { readonly [T in SchoolCallEvent['type']]: { readonly schemaVersion: number } };

/** Project states in which a call is opened, and in which it grants (its agreement in force). */
const OPENABLE_PROJECT_STATES: readonly string[] = ['planned', 'agreed', 'inProgress'];
const GRANTING_PROJECT_STATES: readonly string[] = ['agreed', 'inProgress'];

type Decision<T extends SchoolCallCommand['type']> = (
  command: Extract<SchoolCallCommand, { type: T }>,
  state: SchoolCallState,
) => SchoolCallEvent[];

const callIdOf = (state: SchoolCallState): string => state.callId ?? '';

function projectOfCall(facts: CommandFacts | undefined, projectId: string) {
  const project = facts?.project;
  if (project === undefined || project === null || project.projectId !== projectId) {
    throw ruleBroken('SCHOOL_CALL.PROJECT_UNKNOWN', `there is no project ${projectId}; a call is run by an existing project`, {
      field: 'data.projectId',
      details: { projectId },
    });
  }
  return project;
}

function requireCallNumber(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > SCHOOL_CALL_LIMITS.callsPerProject) {
    throw invalid('COMMAND.INVALID', 'data.number', `data.number must be a whole number from 1 to ${SCHOOL_CALL_LIMITS.callsPerProject}`);
  }
  return value;
}

function requireLevels(value: unknown): SchoolLevel[] {
  if (value === undefined || value === null) return [...schoolLevels];
  if (!Array.isArray(value) || value.length === 0 || value.length > schoolLevels.length) {
    throw invalid('COMMAND.INVALID', 'data.levels', `data.levels must list one or more of ${schoolLevels.join(', ')}`);
  }
  const levels = value.map((level: unknown, index) => requireOneOf(level, schoolLevels, `data.levels[${index}]`));
  return schoolLevels.filter((level) => levels.includes(level));
}

function positiveBudget(value: unknown, path: string): Budget {
  const amount = budget(value, path);
  if (budgetTotal(amount, path) === 0) throw invalid('MONEY.INVALID', path, `${path} must grant more than 0 won`);
  return amount;
}

function requireScore(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > SCHOOL_CALL_LIMITS.maxScore) {
    throw invalid('COMMAND.INVALID', 'data.score', `data.score must be a whole number from 0 to ${SCHOOL_CALL_LIMITS.maxScore}`);
  }
  return value;
}

const reasonsOf = (value: unknown): string[] =>
  requireTextList(value, 'data.reasons', { nonEmpty: true, maxLength: TEXT_LIMITS.note, maxEntries: SCHOOL_CALL_LIMITS.reasons });

/** A date given for a fact (a report handed in, an inspection held) is today or before. */
function datedNotAfterToday(value: unknown, path: string, today: string): string {
  const date = optionalIsoDate(value, path) ?? today;
  if (date > today) {
    throw ruleBroken('SCHOOL_CALL.DATED_IN_FUTURE', `${path} ${date} is after today (${today})`, { field: path, details: { date, today } });
  }
  return date;
}

const open: Decision<'OpenSchoolCall'> = (command, state) => {
  const projectId = requireId(field(command.data, 'projectId'), 'data.projectId');
  const number = requireCallNumber(field(command.data, 'number'));
  const project = projectOfCall(command.metadata.facts, projectId);
  if (!OPENABLE_PROJECT_STATES.includes(project.status)) {
    throw ruleBroken(
      'SCHOOL_CALL.PROJECT_NOT_RUNNING',
      `project ${projectId} is ${project.status}; a call is opened for a project still to be carried out`,
      {
        field: 'data.projectId',
        details: { projectId, projectStatus: project.status },
      },
    );
  }
  const calls = command.metadata.facts?.schoolCallsOfProject ?? 0;
  if (number !== calls + 1) {
    throw ruleBroken('SCHOOL_CALL.NUMBER_NOT_NEXT', `project ${projectId} has ${calls} calls; the next is number ${calls + 1}`, {
      field: 'data.number',
      details: { projectId, number, next: calls + 1 },
    });
  }
  const opensOn = requireIsoDate(field(command.data, 'opensOn'), 'data.opensOn');
  const closesOn = requireIsoDate(field(command.data, 'closesOn'), 'data.closesOn');
  schoolCallRules.periodInOrder.enforce(state, { opensOn, closesOn });
  return [
    {
      type: 'SchoolCallOpened',
      data: {
        callId: schoolCallId(projectId, number),
        projectId,
        number,
        district: project.district,
        year: project.year,
        title: requireText(field(command.data, 'title'), 'data.title', TEXT_LIMITS.title),
        criteria: requireTextList(field(command.data, 'criteria'), 'data.criteria', {
          nonEmpty: true,
          maxLength: TEXT_LIMITS.note,
          maxEntries: SCHOOL_CALL_LIMITS.criteria,
        }),
        levels: requireLevels(field(command.data, 'levels')),
        amount: positiveBudget(field(command.data, 'amount'), 'data.amount'),
        opensOn,
        closesOn,
        openedOn: command.metadata.today,
        workflowVersion: SCHOOL_CALL_WORKFLOW_VERSION,
      },
    },
  ];
};

/** The configured school a command names, as the application read it. */
function configuredSchool(facts: CommandFacts | undefined, schoolId: string): School {
  const school = facts?.school;
  if (school === undefined || school === null || school.schoolId !== schoolId) {
    throw ruleBroken('SCHOOL_CALL.SCHOOL_UNKNOWN', `there is no school ${schoolId} among the configured schools`, {
      field: 'data.schoolId',
      details: { schoolId },
    });
  }
  return school;
}

const receive: Decision<'ReceiveSchoolApplication'> = (command, state) => {
  const applicationId = requireId(field(command.data, 'applicationId'), 'data.applicationId');
  const schoolId = requireId(field(command.data, 'schoolId'), 'data.schoolId');
  const school = configuredSchool(command.metadata.facts, schoolId);
  const requested = positiveBudget(field(command.data, 'requested'), 'data.requested');
  const plan = requireText(field(command.data, 'plan'), 'data.plan', TEXT_LIMITS.text);
  const receivedOn = command.metadata.today;
  schoolCallRules.schoolOfDistrict.enforce(state, { schoolId, district: school.district });
  schoolCallRules.levelEligible.enforce(state, { schoolId, level: school.level });
  schoolCallRules.newApplication.enforce(state, { applicationId, schoolId });
  schoolCallRules.receivedWithinPeriod.enforce(state, { receivedOn });
  return [
    {
      type: 'SchoolApplicationReceived',
      data: {
        callId: callIdOf(state),
        applicationId,
        schoolId,
        schoolName: school.name,
        level: school.level,
        district: school.district,
        requested,
        plan,
        receivedOn,
      },
    },
  ];
};

const close: Decision<'CloseSchoolCall'> = (command, state) => [
  {
    type: 'SchoolCallClosed',
    data: { callId: callIdOf(state), applications: state.applications.length, closedOn: command.metadata.today },
  },
];

function judged(command: { data: unknown }, state: SchoolCallState) {
  const applicationId = requireId(field(command.data, 'applicationId'), 'data.applicationId');
  const score = requireScore(field(command.data, 'score'));
  const reasons = reasonsOf(field(command.data, 'reasons'));
  schoolCallRules.applicationAwaitingDecision.enforce(state, { applicationId });
  const schoolId = state.applications.find((application) => application.applicationId === applicationId)?.schoolId ?? '';
  return { callId: callIdOf(state), applicationId, schoolId, score, reasons };
}

const select: Decision<'SelectSchoolApplication'> = (command, state) => [
  { type: 'SchoolApplicationSelected', data: { ...judged(command, state), selectedOn: command.metadata.today } },
];

const decline: Decision<'DeclineSchoolApplication'> = (command, state) => [
  { type: 'SchoolApplicationDeclined', data: { ...judged(command, state), declinedOn: command.metadata.today } },
];

const conclude: Decision<'ConcludeSchoolSelection'> = (command, state) => {
  schoolCallRules.everyApplicationDecided.enforce(state, undefined);
  const idsOf = (decision: 'selected' | 'declined') =>
    state.applications.filter((application) => application.decision === decision).map((application) => application.applicationId);
  return [
    {
      type: 'SchoolSelectionConcluded',
      data: { callId: callIdOf(state), selected: idsOf('selected'), declined: idsOf('declined'), concludedOn: command.metadata.today },
    },
  ];
};

/** The project's money, as its stream held it: allocated, not withdrawn from its agreement, still carried out. */
function grantBudgetOf(facts: CommandFacts | undefined, projectId: string): GrantBudgetFacts & { readonly allocation: Budget } {
  const money = facts?.grantBudget;
  if (money === undefined || money === null || money.projectId !== projectId) {
    throw ruleBroken('SCHOOL_CALL.PROJECT_UNKNOWN', `there is no project ${projectId}; a call is run by an existing project`, {
      details: { projectId },
    });
  }
  if (money.released) {
    throw ruleBroken(
      'SCHOOL_CALL.PROJECT_RELEASED',
      `project ${projectId} was withdrawn from its agreement; its unspent allocation was returned and nothing more is granted`,
      { details: { projectId } },
    );
  }
  if (money.allocation === null || !GRANTING_PROJECT_STATES.includes(money.status)) {
    throw ruleBroken(
      'SCHOOL_CALL.PROJECT_NOT_ALLOCATED',
      `project ${projectId} is ${money.status}; grants are made once its agreement is in force and while it is carried out`,
      { details: { projectId, projectStatus: money.status } },
    );
  }
  return { ...money, allocation: money.allocation };
}

const award: Decision<'AwardSchoolGrant'> = (command, state) => {
  const grantId = requireId(field(command.data, 'grantId'), 'data.grantId');
  const applicationId = requireId(field(command.data, 'applicationId'), 'data.applicationId');
  const amount = positiveBudget(field(command.data, 'amount'), 'data.amount');
  schoolCallRules.newGrant.enforce(state, { grantId });
  schoolCallRules.grantForSelected.enforce(state, { applicationId });
  schoolCallRules.withinCallAmount.enforce(state, { amount });
  const money = grantBudgetOf(command.metadata.facts, state.projectId ?? '');
  const { allocation, grantedInOtherCalls } = money;
  schoolCallRules.withinAllocation.enforce(state, { amount, allocation, grantedInOtherCalls });
  const application = state.applications.find((candidate) => candidate.applicationId === applicationId);
  return [
    {
      type: 'SchoolGrantAwarded',
      data: {
        callId: callIdOf(state),
        grantId,
        applicationId,
        schoolId: application?.schoolId ?? '',
        schoolName: application?.schoolName ?? '',
        projectId: state.projectId ?? '',
        amount,
        allocation,
        grantedInOtherCalls,
        awardedOn: command.metadata.today,
      },
    },
  ];
};

/**
 * A direct grant (지정 교부) to a configured school of the project's district, decided by the same
 * rules as a call's grant: a new grant id, a project that may grant now, and the project's grants
 * of all its calls and direct grants within its allocation per funder.
 */
const awardDirectly: Decision<'AwardDirectSchoolGrant'> = (command, state) => {
  const projectId = requireId(field(command.data, 'projectId'), 'data.projectId');
  const grantId = requireId(field(command.data, 'grantId'), 'data.grantId');
  const schoolId = requireId(field(command.data, 'schoolId'), 'data.schoolId');
  const amount = positiveBudget(field(command.data, 'amount'), 'data.amount');
  const reason = requireText(field(command.data, 'reason'), 'data.reason', TEXT_LIMITS.note);
  const purpose = requireText(field(command.data, 'purpose'), 'data.purpose', TEXT_LIMITS.purpose);
  const today = command.metadata.today;
  const awardedOn = datedNotAfterToday(field(command.data, 'grantedOn'), 'data.grantedOn', today);
  const facts = command.metadata.facts;
  const project = projectOfCall(facts, projectId);
  const school = configuredSchool(facts, schoolId);
  schoolCallRules.newGrant.enforce(state, { grantId });
  schoolCallRules.directGrantSchoolOfDistrict.enforce(state, { district: project.district, schoolId, schoolDistrict: school.district });
  const { allocation, grantedInOtherCalls } = grantBudgetOf(facts, projectId);
  schoolCallRules.withinAllocation.enforce(state, { amount, allocation, grantedInOtherCalls });
  return [
    {
      type: 'DirectSchoolGrantAwarded',
      data: {
        callId: directSchoolGrantsId(projectId),
        grantId,
        projectId,
        district: project.district,
        year: project.year,
        schoolId,
        schoolName: school.name,
        level: school.level,
        schoolDistrict: school.district,
        amount,
        reason,
        purpose,
        allocation,
        grantedInOtherCalls,
        awardedOn,
        ...(awardedOn !== today ? { effectiveAt: awardedOn } : {}),
        workflowVersion: SCHOOL_CALL_WORKFLOW_VERSION,
      },
    },
  ];
};

const report: Decision<'SubmitSchoolGrantReport'> = (command, state) => {
  const grantId = requireId(field(command.data, 'grantId'), 'data.grantId');
  const summary = requireText(field(command.data, 'summary'), 'data.summary', TEXT_LIMITS.text);
  const spent = budget(field(command.data, 'spent'), 'data.spent');
  const today = command.metadata.today;
  const submittedOn = datedNotAfterToday(field(command.data, 'submittedOn'), 'data.submittedOn', today);
  schoolCallRules.grantAwaitingReport.enforce(state, { grantId });
  schoolCallRules.reportWithinGrant.enforce(state, { grantId, spent });
  return [
    {
      type: 'SchoolGrantReported',
      data: {
        callId: callIdOf(state),
        grantId,
        summary,
        spent,
        submittedOn,
        ...(submittedOn !== today ? { effectiveAt: submittedOn } : {}),
      },
    },
  ];
};

const inspect: Decision<'RecordSchoolGrantInspection'> = (command, state) => {
  const inspectionId = requireId(field(command.data, 'inspectionId'), 'data.inspectionId');
  const grantId = requireId(field(command.data, 'grantId'), 'data.grantId');
  const outcome = requireOneOf(field(command.data, 'outcome'), inspectionOutcomes, 'data.outcome');
  const findings = requireTextList(field(command.data, 'findings'), 'data.findings', {
    nonEmpty: true,
    maxLength: TEXT_LIMITS.note,
    maxEntries: SCHOOL_CALL_LIMITS.findings,
  });
  const today = command.metadata.today;
  const inspectedOn = datedNotAfterToday(field(command.data, 'inspectedOn'), 'data.inspectedOn', today);
  schoolCallRules.inspectionOfGrant.enforce(state, { inspectionId, grantId });
  return [
    {
      type: 'SchoolGrantInspected',
      data: {
        callId: callIdOf(state),
        inspectionId,
        grantId,
        outcome,
        findings,
        inspectedOn,
        ...(inspectedOn !== today ? { effectiveAt: inspectedOn } : {}),
      },
    },
  ];
};

const complete: Decision<'CompleteSchoolCall'> = (command, state) => {
  schoolCallRules.everyGrantReported.enforce(state, undefined);
  return [{ type: 'SchoolCallCompleted', data: { callId: callIdOf(state), granted: state.granted, completedOn: command.metadata.today } }];
};

const cancel: Decision<'CancelSchoolCall'> = (command, state) => {
  const reason = requireText(field(command.data, 'reason'), 'data.reason', TEXT_LIMITS.note);
  schoolCallRules.nothingGranted.enforce(state, undefined);
  return [{ type: 'SchoolCallCancelled', data: { callId: callIdOf(state), reason, cancelledOn: command.metadata.today } }];
};

function decideSchoolCall(command: SchoolCallCommand, state: SchoolCallState): SchoolCallEvent[] {
  switch (command.type) {
    case 'OpenSchoolCall':
      return open(command, state);
    case 'ReceiveSchoolApplication':
      return receive(command, state);
    case 'CloseSchoolCall':
      return close(command, state);
    case 'SelectSchoolApplication':
      return select(command, state);
    case 'DeclineSchoolApplication':
      return decline(command, state);
    case 'ConcludeSchoolSelection':
      return conclude(command, state);
    case 'AwardSchoolGrant':
      return award(command, state);
    case 'AwardDirectSchoolGrant':
      return awardDirectly(command, state);
    case 'SubmitSchoolGrantReport':
      return report(command, state);
    case 'RecordSchoolGrantInspection':
      return inspect(command, state);
    case 'CompleteSchoolCall':
      return complete(command, state);
    case 'CancelSchoolCall':
      return cancel(command, state);
    default:
      return unknownCommand(command);
  }
}

function callStreamOf(command: SchoolCallCommand): string {
  if (command.type === 'AwardDirectSchoolGrant') {
    return schoolCallStreamId(directSchoolGrantsId(requireId(field(command.data, 'projectId'), 'data.projectId')));
  }
  if (command.type === 'OpenSchoolCall') {
    return schoolCallStreamId(
      schoolCallId(requireId(field(command.data, 'projectId'), 'data.projectId'), requireCallNumber(field(command.data, 'number'))),
    );
  }
  return schoolCallStreamId(requireId(field(command.data, 'callId'), 'data.callId'));
}

/** Officials of the project's district (either party) run the call. */
function callScope(command: SchoolCallCommand, state: SchoolCallState): CommandScope {
  if (state.district !== null) return { kind: 'official', district: state.district };
  const projectId = requireId(field(command.data, 'projectId'), 'data.projectId');
  return { kind: 'official', district: projectOfCall(command.metadata.facts, projectId).district };
}

export const schoolCallWorkflow: Workflow<SchoolCallCommand, SchoolCallEvent, SchoolCallState> = machineWorkflow<
  SchoolCallCommand,
  SchoolCallEvent,
  SchoolCallStatus,
  SchoolCallContext
>({
  category: 'school-call',
  version: SCHOOL_CALL_WORKFLOW_VERSION,
  codePrefix: 'SCHOOL_CALL',
  noun: 'call for schools',
  machine: schoolCallMachine,
  absentStatus: 'none',
  commandTypes: schoolCallCommandTypes,
  creatingCommands: ['OpenSchoolCall'],
  openingCommands: ['AwardDirectSchoolGrant'],
  commandEvents,
  eventTypes,
  upcasters: [],
  handle: decideSchoolCall,
  scope: callScope,
  streamIdOf: callStreamOf,
  view: (state): SchoolCallView => ({
    ...state,
    terminal: schoolCallTerminalStatuses.includes(state.status),
    remaining: remainingBudget(state.amount, state.granted),
    selectedCount: state.applications.filter((application) => application.decision === 'selected').length,
    declinedCount: state.applications.filter((application) => application.decision === 'declined').length,
    reportedCount: state.grants.filter((grant) => grant.report !== null).length,
  }),
});

/** The state an event moves its call to, read off the machine (undefined where it records without moving). */
export const schoolCallStatusAfter: (event: EventOfLog) => SchoolCallStatus | undefined =
  statusAfterEventType<SchoolCallStatus>(schoolCallMachine);
