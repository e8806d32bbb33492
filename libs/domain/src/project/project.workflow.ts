/**
 * The project decider: validates commands and applies the budget and evaluation rules; the
 * machine in project.machine.ts decides which events may follow which state.
 */
import type { DistrictCode, Funder } from '../catalogs.js';
import { type DomainError, forbidden, invalid, ruleBroken, transitionNotAllowed } from '../errors.js';
import { asAlreadyDone } from '../rules.js';
import { type Budget, budget, remainingBudget, won, zeroBudget } from '../money.js';
import { agreementId as agreementIdOf, projectStreamId } from '../stream-ids.js';
import {
  effective,
  field,
  optionalId,
  optionalIsoDate,
  optionalText,
  requireDistrict,
  requireFunder,
  requireId,
  requireIsoDate,
  requireMeeting,
  requireObject,
  requireOneOf,
  requireTaskCode,
  requireText,
  requireYear,
} from '../validation.js';
import { TEXT_LIMITS } from '../limits.js';
import { type CommandScope, type Upcaster, type Workflow, type WorkflowState, machineWorkflow, unknownCommand } from '../workflow.js';
import { type ProjectContext, type ProjectStatus, projectMachine, projectRules, projectTerminalStatuses } from './project.machine.js';
import {
  type Executor,
  type ExpenditureGrant,
  type ProjectCommand,
  type ProjectEvent,
  type Satisfaction,
  executors,
} from './project.messages.js';
import type { CommandFacts } from '../messages.js';
import { type AgreementTerm, describeTerm, withinTerm } from '../agreement/agreement-term.js';
import { blockingConditions, requireConditions } from './conditions.js';
import { finiteNumber, indicators } from '../evaluation/indicators.js';

export type ProjectState = WorkflowState<ProjectStatus, ProjectContext>;

/** What `GET /projects/{id}` shows of a project: its state and what is derived from it. */
export type ProjectView = ProjectState & {
  readonly terminal: boolean;
  /** Allocated less spent, per funder, in won; null before the agreement allocates. */
  readonly remaining: Budget | null;
};

export const PROJECT_WORKFLOW_VERSION = 1;

export const projectCommandTypes = [
  'CreateProject',
  'MarkProjectAgreed',
  'StartProject',
  'SuspendProject',
  'ResumeProject',
  'RecordExpenditure',
  'ReleaseFromAgreement',
  'AmendProjectBudget',
  'CompleteProject',
  'RecordSelfEvaluation',
  'RecordComprehensiveEvaluation',
  'CorrectSelfEvaluation',
  'CorrectComprehensiveEvaluation',
  'CloseProject',
  'CancelProject',
  'MarkEvaluationOverdue',
  'FulfillCondition',
  'WaiveCondition',
  'MarkConditionOverdue',
] as const satisfies readonly ProjectCommand['type'][];

const commandEvents = {
  CreateProject: 'ProjectCreated',
  MarkProjectAgreed: 'ProjectAgreed',
  StartProject: 'ProjectStarted',
  SuspendProject: 'ProjectSuspended',
  ResumeProject: 'ProjectResumed',
  RecordExpenditure: 'ExpenditureRecorded',
  ReleaseFromAgreement: 'ProjectReleasedFromAgreement',
  AmendProjectBudget: 'ProjectBudgetAmended',
  CompleteProject: 'ProjectCompleted',
  RecordSelfEvaluation: 'SelfEvaluationRecorded',
  RecordComprehensiveEvaluation: 'ComprehensiveEvaluationRecorded',
  CorrectSelfEvaluation: 'SelfEvaluationCorrected',
  CorrectComprehensiveEvaluation: 'ComprehensiveEvaluationCorrected',
  CloseProject: 'ProjectClosed',
  CancelProject: 'ProjectCancelled',
  MarkEvaluationOverdue: 'EvaluationOverdue',
  FulfillCondition: 'ConditionFulfilled',
  WaiveCondition: 'ConditionWaived',
  MarkConditionOverdue: 'ConditionOverdue',
} as const satisfies { readonly [T in ProjectCommand['type']]: ProjectEvent['type'] };

const eventTypes = {
  ProjectCreated: { schemaVersion: 1 },
  ProjectAgreed: { schemaVersion: 1 },
  ProjectStarted: { schemaVersion: 1 },
  ProjectSuspended: { schemaVersion: 1 },
  ProjectResumed: { schemaVersion: 1 },
  ExpenditureRecorded: { schemaVersion: 3 },
  ProjectReleasedFromAgreement: { schemaVersion: 1 },
  ProjectBudgetAmended: { schemaVersion: 1 },
  ProjectCompleted: { schemaVersion: 1 },
  SelfEvaluationRecorded: { schemaVersion: 1 },
  ComprehensiveEvaluationRecorded: { schemaVersion: 1 },
  SelfEvaluationCorrected: { schemaVersion: 1 },
  ComprehensiveEvaluationCorrected: { schemaVersion: 1 },
  ProjectEvaluated: { schemaVersion: 1 },
  ProjectClosed: { schemaVersion: 1 },
  ProjectCancelled: { schemaVersion: 1 },
  EvaluationOverdue: { schemaVersion: 1 },
  ConditionFulfilled: { schemaVersion: 1 },
  ConditionWaived: { schemaVersion: 1 },
  ConditionOverdue: { schemaVersion: 1 },
} as const satisfies { readonly [T in ProjectEvent['type']]: { readonly schemaVersion: number } };

function satisfaction(value: unknown, path: string): Satisfaction {
  const record = requireObject(value, path);
  const score = (key: keyof Satisfaction): number => {
    const at = `${path}.${key}`;
    const n = finiteNumber(record[key], at);
    if (n < 0 || n > 100) throw invalid('PROJECT.INVALID_SATISFACTION', at, `${at} must be on the 0–100 scale`);
    return n;
  };
  return { students: score('students'), parents: score('parents'), teachers: score('teachers') };
}

function optionalTerm(value: unknown, path: string): AgreementTerm | null {
  if (value === undefined || value === null) return null;
  const term = requireObject(value, path);
  const from = requireIsoDate(term['from'], `${path}.from`);
  const until = requireIsoDate(term['until'], `${path}.until`);
  if (until < from) throw invalid('COMMAND.INVALID', `${path}.until`, `${path}.until must not be before ${path}.from`);
  return { from, until };
}

/** Expenditures stored before the executor was recorded were executed by their funder. */
const expenditureExecutedByFunder: Upcaster = {
  type: 'ExpenditureRecorded',
  fromVersion: 1,
  upcast: (data) => ({ ...data, executedBy: data['funder'], school: null }),
};

/** Expenditures stored before they named a grant keep the school's name as typed in, and no grant. */
const expenditureWithoutGrant: Upcaster = {
  type: 'ExpenditureRecorded',
  fromVersion: 2,
  upcast: (data) => ({ ...data, grant: null }),
};

interface ExecutorOfExpenditure {
  readonly executedBy: Executor;
  readonly school: string | null;
  readonly grant: ExpenditureGrant | null;
}

/**
 * Who executed the expenditure; a school names the project's grant it executes (the school comes
 * from the grant, read by the application as `facts.schoolGrant`).
 */
function executorOf(data: unknown, funder: Funder, projectId: string, facts: CommandFacts | undefined): ExecutorOfExpenditure {
  const named = field(data, 'executedBy');
  const executedBy = named === undefined || named === null ? funder : requireOneOf(named, executors, 'data.executedBy');
  if (field(data, 'school') !== undefined) {
    throw invalid(
      'COMMAND.INVALID',
      'data.school',
      'a school’s expenditure names its grant (data.grantId); the school comes from the grant',
    );
  }
  const grantId = optionalId(field(data, 'grantId'), 'data.grantId');
  if (executedBy !== 'school') {
    if (grantId !== null) {
      throw invalid('COMMAND.INVALID', 'data.grantId', 'a grant is named only when a school executed the expenditure (executedBy: school)');
    }
    return { executedBy, school: null, grant: null };
  }
  if (grantId === null) throw invalid('COMMAND.INVALID', 'data.grantId', 'name the grant the school executed it from (학교 집행)');
  const known = facts?.schoolGrant;
  if (known === undefined || known === null || known.grantId !== grantId || known.projectId !== projectId) {
    throw ruleBroken('PROJECT.GRANT_NOT_OF_PROJECT', `there is no grant ${grantId} among the grants of project ${projectId}`, {
      field: 'data.grantId',
      details: { grantId, projectId },
    });
  }
  return {
    executedBy,
    school: known.schoolName,
    grant: { grantId, callId: known.callId, schoolId: known.schoolId, amount: known.amount[funder] },
  };
}

type Decision<T extends ProjectCommand['type']> = (
  command: Extract<ProjectCommand, { type: T }>,
  state: ProjectState,
  projectId: string,
) => ProjectEvent[];

const createProject: Decision<'CreateProject'> = ({ data, metadata: { today } }, _state, projectId) => {
  const plannedBudget = budget(field(data, 'plannedBudget'), 'data.plannedBudget');
  const conditions = requireConditions(field(data, 'conditions'), 'data.conditions', { nonEmpty: false });
  return [
    {
      type: 'ProjectCreated',
      data: {
        projectId,
        district: requireDistrict(field(data, 'district'), 'data.district'),
        year: requireYear(field(data, 'year'), 'data.year'),
        title: requireText(field(data, 'title'), 'data.title', TEXT_LIMITS.title),
        taskCode: requireTaskCode(field(data, 'taskCode'), 'data.taskCode'),
        plannedBudget,
        sourceAgendaItemId: optionalId(field(data, 'sourceAgendaItemId'), 'data.sourceAgendaItemId'),
        sourceRevisionId: optionalId(field(data, 'sourceRevisionId'), 'data.sourceRevisionId'),
        createdOn: today,
        workflowVersion: PROJECT_WORKFLOW_VERSION,
        ...(conditions.length > 0 ? { conditions } : {}),
      },
    },
  ];
};

const markAgreed: Decision<'MarkProjectAgreed'> = ({ data, metadata: { today } }, state, projectId) => {
  const agreementId = requireId(field(data, 'agreementId'), 'data.agreementId');
  const allocation = budget(field(data, 'allocation'), 'data.allocation');
  if (state.district !== null && state.year !== null && agreementId !== agreementIdOf(state.district, state.year)) {
    throw ruleBroken(
      'PROJECT.AGREEMENT_MISMATCH',
      `a ${state.year} project of ${state.district} is agreed by agreement ${agreementIdOf(state.district, state.year)}, not ${agreementId}`,
      { field: 'data.agreementId' },
    );
  }
  const agreedOn = optionalIsoDate(field(data, 'agreedOn'), 'data.agreedOn');
  const term = optionalTerm(field(data, 'term'), 'data.term');
  return [
    {
      type: 'ProjectAgreed',
      data: {
        projectId,
        agreementId,
        allocation,
        agreedOn: agreedOn ?? today,
        ...(term !== null ? { term } : {}),
        ...effective(agreedOn, today),
      },
    },
  ];
};

const start: Decision<'StartProject'> = ({ data, metadata: { today } }, _state, projectId) => {
  const startedOn = optionalIsoDate(field(data, 'startedOn'), 'data.startedOn');
  return [{ type: 'ProjectStarted', data: { projectId, startedOn: startedOn ?? today, ...effective(startedOn, today) } }];
};

const suspend: Decision<'SuspendProject'> = ({ data, metadata: { today } }, _state, projectId) => {
  const suspendedOn = optionalIsoDate(field(data, 'suspendedOn'), 'data.suspendedOn');
  return [
    {
      type: 'ProjectSuspended',
      data: {
        projectId,
        reason: requireText(field(data, 'reason'), 'data.reason', TEXT_LIMITS.note),
        suspendedOn: suspendedOn ?? today,
        ...effective(suspendedOn, today),
      },
    },
  ];
};

const resume: Decision<'ResumeProject'> = ({ data, metadata: { today } }, _state, projectId) => {
  const resumedOn = optionalIsoDate(field(data, 'resumedOn'), 'data.resumedOn');
  return [{ type: 'ProjectResumed', data: { projectId, resumedOn: resumedOn ?? today, ...effective(resumedOn, today) } }];
};

/** An official of one party records only that party's expenditures. */
function requireOwnParty(actor: ProjectCommand['metadata']['actor'], funder: Funder): void {
  if (actor.role === 'official' && actor.party !== undefined && actor.party !== funder) {
    throw forbidden('PROJECT.PARTY_MISMATCH', `an official of the ${actor.party} records only its own expenditures, not the ${funder}'s`, {
      field: 'data.funder',
      details: { actorParty: actor.party, funder },
    });
  }
}

/** Money is spent only once every condition the approval set before spending is met. */
function requireConditionsMet(state: ProjectState): void {
  const blocking = blockingConditions(state.conditions);
  const first = blocking[0];
  if (first === undefined) return;
  throw ruleBroken(
    'PROJECT.CONDITION_NOT_FULFILLED',
    `condition ${first.conditionId} of the approval ("${first.text}") must be fulfilled before money is spent (집행 전 이행 조건 미이행)`,
    {
      field: 'data.amount',
      details: {
        conditionId: first.conditionId,
        condition: first.text,
        openConditions: blocking.map((condition) => condition.conditionId),
      },
    },
  );
}

/** An expenditure is dated within the term of the agreement that allocated the money. */
function requireWithinTerm(state: ProjectState, spentOn: string): void {
  if (state.term === null || withinTerm(state.term, spentOn)) return;
  throw ruleBroken(
    'PROJECT.OUTSIDE_AGREEMENT_TERM',
    `agreement ${String(state.agreementId)} is in force ${describeTerm(state.term)} (협약 기간 ${state.term.from} ~ ${state.term.until}); an expenditure dated ${spentOn} is outside it`,
    {
      field: 'data.spentOn',
      details: { agreementId: state.agreementId, term: state.term, termFrom: state.term.from, termUntil: state.term.until, spentOn },
    },
  );
}

const recordExpenditure: Decision<'RecordExpenditure'> = ({ data, metadata: { today, actor, facts } }, state, projectId) => {
  const expenditureId = requireId(field(data, 'expenditureId'), 'data.expenditureId');
  const funder = requireFunder(field(data, 'funder'), 'data.funder');
  requireOwnParty(actor, funder);
  const amount = won(field(data, 'amount'), 'data.amount');
  if (amount === 0) throw invalid('MONEY.INVALID', 'data.amount', 'an expenditure must be above zero won');
  const spentOn = requireIsoDate(field(data, 'spentOn'), 'data.spentOn');
  const purpose = requireText(field(data, 'purpose'), 'data.purpose', TEXT_LIMITS.purpose);
  const executor = executorOf(data, funder, projectId, facts);
  projectRules.stillInAgreement.enforce(state, undefined);
  requireConditionsMet(state);
  requireWithinTerm(state, spentOn);
  projectRules.newExpenditure.enforce(state, { expenditureId });
  projectRules.grantOfFunder.enforce(state, { funder, grant: executor.grant, school: executor.school });
  projectRules.withinGrant.enforce(state, { funder, amount, grant: executor.grant, school: executor.school });
  projectRules.withinAllocation.enforce(state, { funder, amount });
  return [
    {
      type: 'ExpenditureRecorded',
      data: { projectId, expenditureId, funder, amount, spentOn, purpose, ...executor, ...effective(spentOn, today) },
    },
  ];
};

const releaseFromAgreement: Decision<'ReleaseFromAgreement'> = ({ data, metadata: { today } }, state, projectId) => {
  const agreementId = requireId(field(data, 'agreementId'), 'data.agreementId');
  const amendmentId = requireId(field(data, 'amendmentId'), 'data.amendmentId');
  if (state.agreementId !== agreementId) {
    throw ruleBroken('PROJECT.AGREEMENT_MISMATCH', `project ${projectId} is agreed by ${String(state.agreementId)}, not ${agreementId}`, {
      field: 'data.agreementId',
    });
  }
  const releasedOn = optionalIsoDate(field(data, 'releasedOn'), 'data.releasedOn');
  const previousAllocation = state.allocation ?? zeroBudget;
  return [
    {
      type: 'ProjectReleasedFromAgreement',
      data: {
        projectId,
        agreementId,
        amendmentId,
        previousAllocation,
        allocation: state.spent,
        returned: remainingBudget(previousAllocation, state.spent),
        releasedOn: releasedOn ?? today,
        ...effective(releasedOn, today),
      },
    },
  ];
};

const amendBudget: Decision<'AmendProjectBudget'> = ({ data, metadata: { today } }, state, projectId) => {
  const amendmentId = requireId(field(data, 'amendmentId'), 'data.amendmentId');
  const newAllocation = budget(field(data, 'newAllocation'), 'data.newAllocation');
  projectRules.coversSpent.enforce(state, { newAllocation });
  const amendedOn = optionalIsoDate(field(data, 'amendedOn'), 'data.amendedOn');
  return [
    {
      type: 'ProjectBudgetAmended',
      data: {
        projectId,
        amendmentId,
        agreementId: optionalId(field(data, 'agreementId'), 'data.agreementId') ?? state.agreementId,
        previousAllocation: state.allocation ?? zeroBudget,
        newAllocation,
        amendedOn: amendedOn ?? today,
        ...effective(amendedOn, today),
      },
    },
  ];
};

const complete: Decision<'CompleteProject'> = ({ data, metadata: { today } }, state, projectId) => {
  const completedOn = optionalIsoDate(field(data, 'completedOn'), 'data.completedOn');
  return [
    {
      type: 'ProjectCompleted',
      data: {
        projectId,
        completedOn: completedOn ?? today,
        allocation: state.allocation ?? zeroBudget,
        spent: state.spent,
        ...effective(completedOn, today),
      },
    },
  ];
};

const evaluated = (state: ProjectState, projectId: string, today: string): ProjectEvent => ({
  type: 'ProjectEvaluated',
  data: { projectId, sourceAgendaItemId: state.sourceAgendaItemId, evaluatedOn: today },
});

const recordSelfEvaluation: Decision<'RecordSelfEvaluation'> = ({ data, metadata: { today } }, state, projectId) => {
  projectRules.selfEvaluationPending.enforce(state, undefined);
  return [
    {
      type: 'SelfEvaluationRecorded',
      data: {
        projectId,
        indicators: indicators(field(data, 'indicators'), 'data.indicators'),
        summary: optionalText(field(data, 'summary'), 'data.summary'),
        recordedOn: today,
      },
    },
    // The self-evaluation evaluates the project: the survey is no per-project gate.
    evaluated(state, projectId, today),
  ];
};

const recordComprehensiveEvaluation: Decision<'RecordComprehensiveEvaluation'> = ({ data, metadata: { today } }, state, projectId) => {
  projectRules.comprehensiveEvaluationPending.enforce(state, undefined);
  const surveyedOn = optionalIsoDate(field(data, 'surveyedOn'), 'data.surveyedOn');
  const recorded: ProjectEvent = {
    type: 'ComprehensiveEvaluationRecorded',
    data: {
      projectId,
      satisfaction: satisfaction(field(data, 'satisfaction'), 'data.satisfaction'),
      surveyedOn: surveyedOn ?? today,
      ...effective(surveyedOn, today),
    },
  };
  // A project whose self-evaluation came in under the earlier rule (both needed) is evaluated now.
  return state.status === 'completed' && state.selfEvaluation !== null ? [recorded, evaluated(state, projectId, today)] : [recorded];
};

const correctSelfEvaluation: Decision<'CorrectSelfEvaluation'> = ({ data, metadata: { today } }, state, projectId) => {
  projectRules.selfEvaluationIn.enforce(state, undefined);
  const previous = state.selfEvaluation!;
  const corrected: ProjectEvent = {
    type: 'SelfEvaluationCorrected',
    data: {
      projectId,
      indicators: indicators(field(data, 'indicators'), 'data.indicators'),
      summary: optionalText(field(data, 'summary'), 'data.summary'),
      previous: { indicators: previous.indicators, summary: previous.summary },
      reason: requireText(field(data, 'reason'), 'data.reason', TEXT_LIMITS.note),
      correctedOn: today,
    },
  };
  return state.status === 'completed' ? [corrected, evaluated(state, projectId, today)] : [corrected];
};

const correctComprehensiveEvaluation: Decision<'CorrectComprehensiveEvaluation'> = ({ data, metadata: { today } }, state, projectId) => {
  projectRules.comprehensiveEvaluationIn.enforce(state, undefined);
  const previous = state.comprehensiveEvaluation!;
  const surveyedOn = optionalIsoDate(field(data, 'surveyedOn'), 'data.surveyedOn');
  return [
    {
      type: 'ComprehensiveEvaluationCorrected',
      data: {
        projectId,
        satisfaction: satisfaction(field(data, 'satisfaction'), 'data.satisfaction'),
        surveyedOn: surveyedOn ?? previous.surveyedOn,
        previous: { satisfaction: previous.satisfaction, surveyedOn: previous.surveyedOn },
        reason: requireText(field(data, 'reason'), 'data.reason', TEXT_LIMITS.note),
        correctedOn: today,
      },
    },
  ];
};

const markEvaluationOverdue: Decision<'MarkEvaluationOverdue'> = ({ data, metadata: { today } }, state, projectId) => {
  const deadlineId = requireId(field(data, 'deadlineId'), 'data.deadlineId');
  const dueOn = requireIsoDate(field(data, 'dueOn'), 'data.dueOn');
  if (today < dueOn) {
    throw ruleBroken('PROJECT.EVALUATION_NOT_DUE', `the evaluation is due on ${dueOn}; it is not overdue on ${today}`, {
      field: 'data.dueOn',
      details: { dueOn, today },
    });
  }
  const missing: ('self' | 'comprehensive')[] = [];
  if (state.selfEvaluation === null) missing.push('self');
  if (state.comprehensiveEvaluation === null) missing.push('comprehensive');
  return [{ type: 'EvaluationOverdue', data: { projectId, deadlineId, completedOn: state.completedOn, dueOn, overdueOn: today, missing } }];
};

/** The condition of the approval a command settles or marks overdue: one the approval names, still open. */
function openConditionId(data: unknown, state: ProjectState): string {
  const conditionId = requireId(field(data, 'conditionId'), 'data.conditionId');
  projectRules.conditionOpen.enforce(state, { conditionId });
  return conditionId;
}

const fulfillCondition: Decision<'FulfillCondition'> = ({ data, metadata: { today } }, state, projectId) => {
  const conditionId = openConditionId(data, state);
  const fulfilledOn = optionalIsoDate(field(data, 'fulfilledOn'), 'data.fulfilledOn');
  return [
    {
      type: 'ConditionFulfilled',
      data: {
        projectId,
        conditionId,
        evidence: requireText(field(data, 'evidence'), 'data.evidence', TEXT_LIMITS.note),
        fulfilledOn: fulfilledOn ?? today,
        ...effective(fulfilledOn, today),
      },
    },
  ];
};

const waiveCondition: Decision<'WaiveCondition'> = ({ data, metadata: { today } }, state, projectId) => {
  const conditionId = openConditionId(data, state);
  const meeting = requireMeeting(field(data, 'meeting'), 'data.meeting');
  if (meeting.body !== undefined && meeting.body !== 'steering-committee') {
    throw ruleBroken('PROJECT.WRONG_BODY', `conditions are waived by the steering-committee, not the ${meeting.body}`, {
      field: 'data.meeting.body',
    });
  }
  return [
    {
      type: 'ConditionWaived',
      data: {
        projectId,
        conditionId,
        reason: requireText(field(data, 'reason'), 'data.reason', TEXT_LIMITS.note),
        meeting: { ...meeting, body: 'steering-committee' },
        ...effective(meeting.heldOn, today),
      },
    },
  ];
};

const markConditionOverdue: Decision<'MarkConditionOverdue'> = ({ data, metadata: { today } }, state, projectId) => {
  const conditionId = openConditionId(data, state);
  const deadlineId = requireId(field(data, 'deadlineId'), 'data.deadlineId');
  const dueOn = requireIsoDate(field(data, 'dueOn'), 'data.dueOn');
  if (today < dueOn) {
    throw ruleBroken('PROJECT.CONDITION_NOT_DUE', `condition ${conditionId} is due on ${dueOn}; it is not overdue on ${today}`, {
      field: 'data.dueOn',
      details: { dueOn, today },
    });
  }
  return [{ type: 'ConditionOverdue', data: { projectId, conditionId, deadlineId, dueOn, overdueOn: today } }];
};

const close: Decision<'CloseProject'> = ({ data, metadata: { today } }, _state, projectId) => {
  const closedOn = optionalIsoDate(field(data, 'closedOn'), 'data.closedOn');
  return [{ type: 'ProjectClosed', data: { projectId, closedOn: closedOn ?? today, ...effective(closedOn, today) } }];
};

const cancel: Decision<'CancelProject'> = ({ data, metadata: { today, actor } }, state, projectId) => {
  const cancelledOn = optionalIsoDate(field(data, 'cancelledOn'), 'data.cancelledOn');
  const returned: Budget = state.allocation === null ? zeroBudget : remainingBudget(state.allocation, state.spent);
  return [
    {
      type: 'ProjectCancelled',
      data: {
        projectId,
        reason: requireText(field(data, 'reason'), 'data.reason', TEXT_LIMITS.note),
        cancelledWhile: state.status,
        spent: state.spent,
        returned,
        cancelledOn: cancelledOn ?? today,
        agreementId: state.release === null ? state.agreementId : null,
        district: districtOf(state),
        ...(state.year !== null ? { year: state.year } : {}),
        cancelledBy: actor.party ?? null,
        ...effective(cancelledOn, today),
      },
    },
  ];
};

function decideProject(command: ProjectCommand, state: ProjectState): ProjectEvent[] {
  const projectId = state.projectId ?? requireId(field(command.data, 'projectId'), 'data.projectId');
  switch (command.type) {
    case 'CreateProject':
      return createProject(command, state, projectId);
    case 'MarkProjectAgreed':
      return markAgreed(command, state, projectId);
    case 'StartProject':
      return start(command, state, projectId);
    case 'SuspendProject':
      return suspend(command, state, projectId);
    case 'ResumeProject':
      return resume(command, state, projectId);
    case 'RecordExpenditure':
      return recordExpenditure(command, state, projectId);
    case 'ReleaseFromAgreement':
      return releaseFromAgreement(command, state, projectId);
    case 'AmendProjectBudget':
      return amendBudget(command, state, projectId);
    case 'CompleteProject':
      return complete(command, state, projectId);
    case 'RecordSelfEvaluation':
      return recordSelfEvaluation(command, state, projectId);
    case 'RecordComprehensiveEvaluation':
      return recordComprehensiveEvaluation(command, state, projectId);
    case 'CorrectSelfEvaluation':
      return correctSelfEvaluation(command, state, projectId);
    case 'CorrectComprehensiveEvaluation':
      return correctComprehensiveEvaluation(command, state, projectId);
    case 'MarkEvaluationOverdue':
      return markEvaluationOverdue(command, state, projectId);
    case 'FulfillCondition':
      return fulfillCondition(command, state, projectId);
    case 'WaiveCondition':
      return waiveCondition(command, state, projectId);
    case 'MarkConditionOverdue':
      return markConditionOverdue(command, state, projectId);
    case 'CloseProject':
      return close(command, state, projectId);
    case 'CancelProject':
      return cancel(command, state, projectId);
    default:
      return unknownCommand(command);
  }
}

/** The district of an existing project (scopes are asked only for existing streams or creating commands). */
function districtOf(state: ProjectState): DistrictCode {
  if (state.district === null) throw new RangeError('the project has no district before it is created');
  return state.district;
}

function scopeOf(command: ProjectCommand, state: ProjectState): CommandScope {
  switch (command.type) {
    case 'MarkProjectAgreed':
    case 'ReleaseFromAgreement':
    case 'AmendProjectBudget':
    case 'MarkEvaluationOverdue':
    case 'MarkConditionOverdue':
      return { kind: 'system' };
    case 'WaiveCondition':
      return { kind: 'secretary', district: districtOf(state), body: 'steering-committee' };
    case 'CreateProject': {
      const source = field(command.data, 'sourceAgendaItemId');
      if (source !== undefined && source !== null) return { kind: 'system' };
      return { kind: 'official', district: requireDistrict(field(command.data, 'district'), 'data.district') };
    }
    case 'RecordExpenditure':
      return {
        kind: 'official',
        district: districtOf(state),
        party: requireFunder(field(command.data, 'funder'), 'data.funder'),
      };
    default:
      return { kind: 'official', district: districtOf(state) };
  }
}

/** The refusal of a command whose effect is already in the project's history (409 with the allowed actions). */
function alreadyDoneOf(command: ProjectCommand, state: ProjectState): DomainError | undefined {
  const details = { status: state.status, command: command.type };
  const done = (refusal: DomainError | undefined): DomainError | undefined =>
    refusal === undefined ? undefined : asAlreadyDone(refusal, projectWorkflow.allowedActions(state), details);
  const named = (key: string): string | undefined => {
    const value = field(command.data, key);
    return typeof value === 'string' ? value : undefined;
  };
  switch (command.type) {
    case 'ReleaseFromAgreement':
      if (state.status === 'cancelled') {
        return transitionNotAllowed(
          'PROJECT.ALREADY_CANCELLED',
          `the project was cancelled on ${String(state.cancellation?.cancelledOn)}; its unspent allocation was returned then`,
          [],
          details,
        );
      }
      return done(projectRules.notReleased.refusal(state, undefined));
    case 'MarkProjectAgreed':
      return state.status !== 'planned' && state.agreementId === field(command.data, 'agreementId')
        ? transitionNotAllowed(
            'PROJECT.ALREADY_AGREED',
            `the project is already agreed by ${String(state.agreementId)}`,
            projectWorkflow.allowedActions(state),
            details,
          )
        : undefined;
    case 'AmendProjectBudget':
      return done(projectRules.newAmendment.refusal(state, { amendmentId: String(field(command.data, 'amendmentId')) }));
    case 'MarkConditionOverdue': {
      const conditionId = named('conditionId');
      return conditionId === undefined ? undefined : done(projectRules.newConditionOverdue.refusal(state, { conditionId }));
    }
    case 'MarkEvaluationOverdue': {
      const deadlineId = named('deadlineId');
      return deadlineId === undefined ? undefined : done(projectRules.newOverdueEvaluation.refusal(state, { deadlineId }));
    }
    default:
      return undefined;
  }
}

export const projectWorkflow: Workflow<ProjectCommand, ProjectEvent, ProjectState> = machineWorkflow<
  ProjectCommand,
  ProjectEvent,
  ProjectStatus,
  ProjectContext
>({
  category: 'project',
  version: PROJECT_WORKFLOW_VERSION,
  codePrefix: 'PROJECT',
  noun: 'project',
  machine: projectMachine,
  absentStatus: 'none',
  commandTypes: projectCommandTypes,
  creatingCommands: ['CreateProject'],
  commandEvents,
  eventTypes,
  upcasters: [expenditureExecutedByFunder, expenditureWithoutGrant],
  alreadyDone: alreadyDoneOf,
  handle: decideProject,
  scope: scopeOf,
  streamIdOf: (command) => projectStreamId(requireId(field(command.data, 'projectId'), 'data.projectId')),
  view: (state): ProjectView => ({
    ...state,
    terminal: projectTerminalStatuses.includes(state.status),
    remaining: state.allocation === null ? null : remainingBudget(state.allocation, state.spent),
  }),
});
