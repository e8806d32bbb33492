/**
 * Every state × every command of every workflow: a command the state allows is never refused as
 * a transition, and a command it does not allow is refused as one, naming the allowed actions.
 */
import {
  type AgendaItemStatus,
  type AgreementStatus,
  type DomainError,
  type MeetingStatus,
  type OperatingPlanStatus,
  type ProjectStatus,
  type RosterStatus,
  type SchoolCallStatus,
  type Workflow,
  agendaItemWorkflow,
  agreementWorkflow,
  isDomainError,
  meetingWorkflow,
  operatingPlanWorkflow,
  provinceSurveyWorkflow,
  districtEvaluationWorkflow,
  type ProvinceSurveyStatus,
  type DistrictEvaluationStatus,
  projectWorkflow,
  rosterWorkflow,
  schoolCallWorkflow,
} from '@gongron/domain';
import {
  agendaItemCommands,
  agendaItemPaths,
  agreementCommands,
  agreementPaths,
  meetingCommands,
  meetingPaths,
  projectCommands,
  projectPaths,
  rosterCommands,
  rosterPaths,
  run,
} from './support/scenarios.js';
import { operatingPlanCommands, operatingPlanPaths } from './support/operating-plan-scenarios.js';
import { schoolCallCommands, schoolCallPaths } from './support/school-call-scenarios.js';
import {
  districtEvaluationCommands,
  districtEvaluationPaths,
  provinceSurveyCommands,
  provinceSurveyPaths,
} from './support/evaluation-scenarios.js';

type AnyCommand = { type: string };

interface MatrixCase {
  readonly workflow: Workflow<AnyCommand, { type: string }, { readonly status: string }>;
  readonly paths: Readonly<Record<string, readonly AnyCommand[]>>;
  readonly commands: Readonly<Record<string, AnyCommand>>;
  readonly allowed: Readonly<Record<string, readonly string[]>>;
}

const agendaAllowed: Readonly<Record<AgendaItemStatus, readonly string[]>> = {
  none: ['ProposeAgendaItem'],
  proposed: ['OpenDeliberation', 'DismissAgendaItem', 'WithdrawAgendaItem', 'DeferAgendaItem'],
  inDeliberation: ['RecordOpinion', 'AdoptAgendaItem', 'DismissAgendaItem', 'WithdrawAgendaItem', 'DeferAgendaItem'],
  referred: ['StartDrafting', 'DeferAgendaItem'],
  drafting: ['SubmitDraftRevision', 'TableForReview', 'DeferAgendaItem'],
  underReview: ['RecordReviewDecision', 'DeferAgendaItem', 'MarkReviewOverdue'],
  approved: ['LinkProject'],
  inImplementation: ['MarkProjectEvaluated'],
  awaitingFeedback: ['DeferAgendaItem', 'RecordFeedback'],
  closed: [],
  dismissed: [],
  withdrawn: [],
  rejected: [],
};

const projectAllowed: Readonly<Record<ProjectStatus, readonly string[]>> = {
  none: ['CreateProject'],
  planned: ['MarkProjectAgreed', 'CancelProject', 'FulfillCondition', 'WaiveCondition', 'MarkConditionOverdue'],
  agreed: [
    'StartProject',
    'AmendProjectBudget',
    'ReleaseFromAgreement',
    'CancelProject',
    'FulfillCondition',
    'WaiveCondition',
    'MarkConditionOverdue',
  ],
  inProgress: [
    'SuspendProject',
    'RecordExpenditure',
    'AmendProjectBudget',
    'ReleaseFromAgreement',
    'CompleteProject',
    'CancelProject',
    'FulfillCondition',
    'WaiveCondition',
    'MarkConditionOverdue',
  ],
  suspended: [
    'ResumeProject',
    'AmendProjectBudget',
    'ReleaseFromAgreement',
    'CancelProject',
    'FulfillCondition',
    'WaiveCondition',
    'MarkConditionOverdue',
  ],
  completed: [
    'RecordSelfEvaluation',
    'RecordComprehensiveEvaluation',
    'CorrectSelfEvaluation',
    'CorrectComprehensiveEvaluation',
    'ReleaseFromAgreement',
    'CancelProject',
    'MarkEvaluationOverdue',
    'FulfillCondition',
    'WaiveCondition',
    'MarkConditionOverdue',
  ],
  evaluated: [
    'RecordComprehensiveEvaluation',
    'CorrectSelfEvaluation',
    'CorrectComprehensiveEvaluation',
    'CloseProject',
    'ReleaseFromAgreement',
    'CancelProject',
    'FulfillCondition',
    'WaiveCondition',
    'MarkConditionOverdue',
  ],
  closed: [],
  cancelled: [],
};

const agreementAllowed: Readonly<Record<AgreementStatus, readonly string[]>> = {
  none: ['DraftAgreement'],
  drafting: ['AddProjectToAgreement', 'WithdrawProjectFromAgreement', 'SignAgreement'],
  signing: ['SignAgreement'],
  inForce: ['ProposeAmendment', 'ConsentToAmendment', 'RefuseAmendment', 'ProposeWithdrawalOfCancelledProject', 'ExpireAgreement'],
  expired: [],
};

const rosterAllowed: Readonly<Record<RosterStatus, readonly string[]>> = {
  none: ['AddMember'],
  active: ['AddMember', 'ChangeMemberTerm', 'ChangeMemberRole', 'RemoveMember'],
};

const meetingAllowed: Readonly<Record<MeetingStatus, readonly string[]>> = {
  none: ['ScheduleMeeting'],
  scheduled: ['AddAgendaEntry', 'CancelMeeting', 'ConveneMeeting'],
  convened: ['AddAgendaEntry', 'ChangeAttendance', 'AdjournMeeting'],
  adjourned: ['RecordMinutes'],
  minutesRecorded: ['RecordMinutes', 'ApproveMinutes'],
  minutesApproved: [],
  cancelled: [],
};

const operatingPlanAllowed: Readonly<Record<OperatingPlanStatus, readonly string[]>> = {
  none: ['DraftOperatingPlan'],
  drafting: ['AddProjectToPlan', 'RemoveProjectFromPlan', 'SubmitOperatingPlan'],
  underReview: ['DecideOperatingPlan'],
  approved: [],
  rejected: ['RedraftOperatingPlan'],
};

const schoolCallAllowed: Readonly<Record<SchoolCallStatus, readonly string[]>> = {
  none: ['OpenSchoolCall', 'AwardDirectSchoolGrant'],
  open: ['ReceiveSchoolApplication', 'CloseSchoolCall', 'CancelSchoolCall'],
  reviewing: ['SelectSchoolApplication', 'DeclineSchoolApplication', 'ConcludeSchoolSelection', 'CancelSchoolCall'],
  granting: ['AwardSchoolGrant', 'SubmitSchoolGrantReport', 'RecordSchoolGrantInspection', 'CompleteSchoolCall', 'CancelSchoolCall'],
  completed: ['RecordSchoolGrantInspection'],
  cancelled: [],
  direct: ['AwardDirectSchoolGrant', 'SubmitSchoolGrantReport', 'RecordSchoolGrantInspection'],
};

const provinceSurveyAllowed: Readonly<Record<ProvinceSurveyStatus, readonly string[]>> = {
  none: ['RecordProvinceSurvey'],
  recorded: ['CorrectProvinceSurvey'],
};

const districtEvaluationAllowed: Readonly<Record<DistrictEvaluationStatus, readonly string[]>> = {
  none: ['RecordDistrictEvaluation'],
  recorded: ['CorrectDistrictEvaluation'],
};

const cases: Record<string, MatrixCase> = {
  'agenda item': {
    workflow: agendaItemWorkflow as unknown as MatrixCase['workflow'],
    paths: agendaItemPaths,
    commands: agendaItemCommands,
    allowed: agendaAllowed,
  },
  project: {
    workflow: projectWorkflow as unknown as MatrixCase['workflow'],
    paths: projectPaths,
    commands: projectCommands,
    allowed: projectAllowed,
  },
  agreement: {
    workflow: agreementWorkflow as unknown as MatrixCase['workflow'],
    paths: agreementPaths,
    commands: agreementCommands,
    allowed: agreementAllowed,
  },
  roster: {
    workflow: rosterWorkflow as unknown as MatrixCase['workflow'],
    paths: rosterPaths,
    commands: rosterCommands,
    allowed: rosterAllowed,
  },
  meeting: {
    workflow: meetingWorkflow as unknown as MatrixCase['workflow'],
    paths: meetingPaths,
    commands: meetingCommands,
    allowed: meetingAllowed,
  },
  'operating plan': {
    workflow: operatingPlanWorkflow as unknown as MatrixCase['workflow'],
    paths: operatingPlanPaths,
    commands: operatingPlanCommands,
    allowed: operatingPlanAllowed,
  },
  'call for schools': {
    workflow: schoolCallWorkflow as unknown as MatrixCase['workflow'],
    paths: schoolCallPaths,
    commands: schoolCallCommands,
    allowed: schoolCallAllowed,
  },
  'province survey': {
    workflow: provinceSurveyWorkflow as unknown as MatrixCase['workflow'],
    paths: provinceSurveyPaths,
    commands: provinceSurveyCommands,
    allowed: provinceSurveyAllowed,
  },
  'district self-evaluation': {
    workflow: districtEvaluationWorkflow as unknown as MatrixCase['workflow'],
    paths: districtEvaluationPaths,
    commands: districtEvaluationCommands,
    allowed: districtEvaluationAllowed,
  },
};

/** A repeat of what already happened is refused with its own transition code (process managers treat it as done). */
const repeatCodes: Readonly<Record<string, string>> = {
  'inImplementation LinkProject': 'AGENDA_ITEM.PROJECT_ALREADY_LINKED',
  'awaitingFeedback LinkProject': 'AGENDA_ITEM.PROJECT_ALREADY_LINKED',
  'closed LinkProject': 'AGENDA_ITEM.PROJECT_ALREADY_LINKED',
  'awaitingFeedback MarkProjectEvaluated': 'AGENDA_ITEM.PROJECT_EVALUATION_ALREADY_NOTED',
  'closed MarkProjectEvaluated': 'AGENDA_ITEM.PROJECT_EVALUATION_ALREADY_NOTED',
  'agreed MarkProjectAgreed': 'PROJECT.ALREADY_AGREED',
  'inProgress MarkProjectAgreed': 'PROJECT.ALREADY_AGREED',
  'suspended MarkProjectAgreed': 'PROJECT.ALREADY_AGREED',
  'completed MarkProjectAgreed': 'PROJECT.ALREADY_AGREED',
  'evaluated MarkProjectAgreed': 'PROJECT.ALREADY_AGREED',
  'closed MarkProjectAgreed': 'PROJECT.ALREADY_AGREED',
  'expired ExpireAgreement': 'AGREEMENT.ALREADY_EXPIRED',
  'expired ProposeWithdrawalOfCancelledProject': 'AGREEMENT.ALREADY_EXPIRED',
  'cancelled ReleaseFromAgreement': 'PROJECT.ALREADY_CANCELLED',
};

/**
 * The allowed pairs whose sample command is refused by a rule about the data the path left,
 * not by the state: each names the one rule that refuses it.
 */
const ruleRefusals: Readonly<Record<string, string>> = {
  // The path reaches drafting before any revision is submitted.
  'agenda-item drafting TableForReview': 'AGENDA_ITEM.NO_COMPLETE_REVISION',
  // The path lists the sample project while drafting.
  'agreement drafting AddProjectToAgreement': 'AGREEMENT.PROJECT_ALREADY_LISTED',
  // The path reaches signing by the sample party's signature.
  'agreement signing SignAgreement': 'AGREEMENT.ALREADY_SIGNED',
  // The path reaches inForce with no amendment proposed.
  'agreement inForce ConsentToAmendment': 'AGREEMENT.AMENDMENT_NOT_FOUND',
  'agreement inForce RefuseAmendment': 'AGREEMENT.AMENDMENT_NOT_FOUND',
  // The path completes the project with no evaluation recorded, so there is nothing to correct.
  'project completed CorrectSelfEvaluation': 'PROJECT.EVALUATION_NOT_RECORDED',
  'project completed CorrectComprehensiveEvaluation': 'PROJECT.EVALUATION_NOT_RECORDED',
  // The path evaluates the project on its self-evaluation alone: no survey figures to correct.
  'project evaluated CorrectComprehensiveEvaluation': 'PROJECT.EVALUATION_NOT_RECORDED',
  // The path adds the sample member, so adding it again is a duplicate.
  'roster active AddMember': 'ROSTER.DUPLICATE_MEMBER',
  // The path lists the sample project while drafting.
  'operating-plan drafting AddProjectToPlan': 'OPERATING_PLAN.PROJECT_ALREADY_LISTED',
  // The path receives the sample application while the call is open.
  'school-call open ReceiveSchoolApplication': 'SCHOOL_CALL.APPLICATION_ALREADY_RECEIVED',
  // The path closes the call with the sample application still undecided.
  'school-call reviewing ConcludeSchoolSelection': 'SCHOOL_CALL.APPLICATIONS_UNDECIDED',
  // The path reaches granting before any grant is awarded: nothing to report or inspect.
  'school-call granting SubmitSchoolGrantReport': 'SCHOOL_CALL.GRANT_UNKNOWN',
  'school-call granting RecordSchoolGrantInspection': 'SCHOOL_CALL.GRANT_UNKNOWN',
  // The path grants the sample direct grant, so granting it again reuses its id.
  'school-call direct AwardDirectSchoolGrant': 'SCHOOL_CALL.GRANT_ID_TAKEN',
};

/** 'agenda-item' → 'AGENDA_ITEM', the prefix of a workflow's codes. */
const codePrefixOf = (category: string): string => category.toUpperCase().replaceAll('-', '_');

function refusalOf(fn: () => unknown): DomainError | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
}

describe.each(Object.entries(cases))('%s: state × command', (_name, { workflow, paths, commands, allowed }) => {
  const statuses = Object.keys(paths);
  const pairs = statuses.flatMap((status) => workflow.commandTypes.map((type) => [status, type] as const));

  test.each(statuses)('the scenario path reaches %s, where exactly the expected actions are allowed', (status) => {
    const { state } = run(workflow, paths[status] ?? []);
    expect(state.status).toBe(status);
    expect([...workflow.allowedActions(state)].sort()).toEqual([...(allowed[status] ?? [])].sort());
  });

  test.each(pairs)('in %s, %s', (status, type) => {
    const { state } = run(workflow, paths[status] ?? []);
    const command = commands[type];
    if (command === undefined) throw new Error(`no sample ${type}`);
    const refusal = refusalOf(() => workflow.decider.decide(command, state));
    // A command that starts a stream and also continues it (a roster's member, a project's direct
    // grant) is not "already existing" where it is refused: it is not allowed in that state.
    const isOpening = statuses.some((other) => other !== 'none' && (allowed[other] ?? []).includes(type));
    const isCreating = (allowed['none'] ?? []).includes(type) && !isOpening;
    if ((allowed[status] ?? []).includes(type)) {
      // Allowed now: the sample command is accepted, unless this state's data breaks a named rule.
      expect(refusal?.code).toBe(ruleRefusals[`${workflow.category} ${status} ${type}`]);
    } else if (status === 'none') {
      expect(refusal).toMatchObject({ kind: 'not-found', code: expect.stringMatching(/\.NOT_FOUND$/) });
    } else {
      expect(refusal?.kind).toBe('transition');
      const expectedCode = isCreating
        ? `${codePrefixOf(workflow.category)}.ALREADY_EXISTS`
        : (repeatCodes[`${status} ${type}`] ?? `${codePrefixOf(workflow.category)}.TRANSITION_NOT_ALLOWED`);
      expect(refusal?.code).toBe(expectedCode);
      expect([...(refusal?.allowedActions ?? [])].sort()).toEqual([...(allowed[status] ?? [])].sort());
    }
  });
});
