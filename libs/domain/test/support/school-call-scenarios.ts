/**
 * Material for the school-call specs: the first call of suwon's project suwon-p1 (2025), one valid
 * sample of every command with the facts the application would hand over, and the paths into
 * each state.
 */
import {
  type Actor,
  type GrantBudgetFacts,
  type ProjectFacts,
  type SchoolCallCommand,
  type SchoolCallStatus,
  schoolCatalog,
} from '../../src/index.js';
import { meta } from './scenarios.js';

export const CALL_PROJECT = 'suwon-p1';
export const CALL_ID = 'suwon-p1.call-1';
/** The stream of the project's direct grants (지정 교부). */
export const DIRECT_ID = 'suwon-p1.direct';
/** The business day the samples are issued on: within the call's period. */
export const CALL_NOW = '2025-03-10T10:00:00+09:00';

export const suwonOfficial: Actor = { id: 'token-suwon-eo', role: 'official', district: 'suwon', party: 'education-office' };
export const callMeta = (now = CALL_NOW) => meta(suwonOfficial, now);

export const schools = schoolCatalog();
export const schoolNamed = (schoolId: string) => {
  const school = schools.schoolOf(schoolId);
  if (school === undefined) throw new Error(`no sample school ${schoolId}`);
  return school;
};

export function callProjectFacts(change: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    projectId: CALL_PROJECT,
    status: 'inProgress',
    district: 'suwon',
    year: 2025,
    title: '학교 교육과정 연계 마을교육',
    taskCode: '2-1',
    plannedBudget: { 'education-office': 100_000_000, 'local-government': 50_000_000 },
    sourceAgendaItemId: null,
    ...change,
  };
}

/** The project's money: 60,000,000 won from the office, 40,000,000 from the city, nothing granted by other calls. */
export function grantBudget(change: Partial<GrantBudgetFacts> = {}): GrantBudgetFacts {
  return {
    projectId: CALL_PROJECT,
    status: 'inProgress',
    allocation: { 'education-office': 60_000_000, 'local-government': 40_000_000 },
    released: false,
    grantedInOtherCalls: { 'education-office': 0, 'local-government': 0 },
    ...change,
  };
}

const won = (educationOffice: number, localGovernment: number) => ({
  'education-office': educationOffice,
  'local-government': localGovernment,
});

export function applyCommand(
  applicationId: string,
  schoolId: string,
  now = CALL_NOW,
): Extract<SchoolCallCommand, { type: 'ReceiveSchoolApplication' }> {
  return {
    type: 'ReceiveSchoolApplication',
    data: { callId: CALL_ID, applicationId, schoolId, requested: won(20_000_000, 10_000_000), plan: '마을 강사와 함께하는 생태 교육과정' },
    metadata: { ...callMeta(now), facts: { school: schools.schoolOf(schoolId) ?? null } },
  };
}

export function judgeCommand<T extends 'SelectSchoolApplication' | 'DeclineSchoolApplication'>(
  type: T,
  applicationId: string,
  score: number,
): Extract<SchoolCallCommand, { type: T }> {
  const reasons = [type === 'SelectSchoolApplication' ? '교육과정 연계가 구체적임' : '예산 계획이 불명확함'];
  return { type, data: { callId: CALL_ID, applicationId, score, reasons }, metadata: callMeta() } as Extract<
    SchoolCallCommand,
    { type: T }
  >;
}

export function awardCommand(
  grantId: string,
  applicationId: string,
  amount = won(20_000_000, 10_000_000),
  money: GrantBudgetFacts | null = grantBudget(),
): Extract<SchoolCallCommand, { type: 'AwardSchoolGrant' }> {
  return {
    type: 'AwardSchoolGrant',
    data: { callId: CALL_ID, grantId, applicationId, amount },
    metadata: { ...callMeta(), facts: { grantBudget: money } },
  };
}

/** A direct grant (지정 교부) of the sample project to a configured school, with the facts the application reads. */
export function directAwardCommand(
  grantId: string,
  schoolId = 'suwon-yulcheon-ms',
  amount = won(15_000_000, 5_000_000),
  money: GrantBudgetFacts | null = grantBudget(),
  project: ProjectFacts | null = callProjectFacts(),
): Extract<SchoolCallCommand, { type: 'AwardDirectSchoolGrant' }> {
  return {
    type: 'AwardDirectSchoolGrant',
    data: {
      projectId: CALL_PROJECT,
      grantId,
      schoolId,
      amount,
      reason: '특수학급 생태 교육 거점학교로 지정',
      purpose: '생태 교육 강사비와 교재 구입',
    },
    metadata: { ...callMeta(), facts: { project, school: schools.schoolOf(schoolId) ?? null, grantBudget: money } },
  };
}

export function reportCommand(
  grantId: string,
  spent = won(19_500_000, 10_000_000),
): Extract<SchoolCallCommand, { type: 'SubmitSchoolGrantReport' }> {
  return {
    type: 'SubmitSchoolGrantReport',
    data: { callId: CALL_ID, grantId, summary: '생태 교육 12차시 운영, 학생 120명 참여', spent },
    metadata: callMeta(),
  };
}

export const schoolCallCommands: { readonly [T in SchoolCallCommand['type']]: Extract<SchoolCallCommand, { type: T }> } = {
  OpenSchoolCall: {
    type: 'OpenSchoolCall',
    data: {
      projectId: CALL_PROJECT,
      number: 1,
      title: '2025 학교 교육과정 연계 마을교육 공모',
      criteria: ['교육과정 연계성', '지역 자원 활용', '예산 계획의 적정성'],
      amount: won(50_000_000, 30_000_000),
      opensOn: '2025-03-03',
      closesOn: '2025-03-21',
    },
    metadata: { ...callMeta(), facts: { project: callProjectFacts(), schoolCallsOfProject: 0 } },
  },
  ReceiveSchoolApplication: applyCommand('app-1', 'suwon-maetan-es'),
  CloseSchoolCall: { type: 'CloseSchoolCall', data: { callId: CALL_ID }, metadata: callMeta() },
  SelectSchoolApplication: judgeCommand('SelectSchoolApplication', 'app-1', 88),
  DeclineSchoolApplication: judgeCommand('DeclineSchoolApplication', 'app-1', 52),
  ConcludeSchoolSelection: { type: 'ConcludeSchoolSelection', data: { callId: CALL_ID }, metadata: callMeta() },
  AwardSchoolGrant: awardCommand('grant-1', 'app-1'),
  AwardDirectSchoolGrant: directAwardCommand('grant-1', 'suwon-yulcheon-ms', won(20_000_000, 10_000_000)),
  SubmitSchoolGrantReport: reportCommand('grant-1'),
  RecordSchoolGrantInspection: {
    type: 'RecordSchoolGrantInspection',
    data: {
      callId: CALL_ID,
      inspectionId: 'insp-1',
      grantId: 'grant-1',
      outcome: 'improvementNeeded',
      findings: ['강사비 증빙 일부 누락', '학생 만족도 조사 결과 첨부 필요'],
    },
    metadata: callMeta(),
  },
  CompleteSchoolCall: { type: 'CompleteSchoolCall', data: { callId: CALL_ID }, metadata: callMeta() },
  CancelSchoolCall: { type: 'CancelSchoolCall', data: { callId: CALL_ID, reason: '예산 조정으로 공모 취소' }, metadata: callMeta() },
};

const c = schoolCallCommands;
export const schoolCallPaths: { readonly [S in SchoolCallStatus]: readonly SchoolCallCommand[] } = {
  none: [],
  open: [c.OpenSchoolCall, c.ReceiveSchoolApplication],
  reviewing: [c.OpenSchoolCall, c.ReceiveSchoolApplication, c.CloseSchoolCall],
  granting: [c.OpenSchoolCall, c.ReceiveSchoolApplication, c.CloseSchoolCall, c.SelectSchoolApplication, c.ConcludeSchoolSelection],
  completed: [
    c.OpenSchoolCall,
    c.ReceiveSchoolApplication,
    c.CloseSchoolCall,
    c.SelectSchoolApplication,
    c.ConcludeSchoolSelection,
    c.AwardSchoolGrant,
    c.SubmitSchoolGrantReport,
    c.CompleteSchoolCall,
  ],
  cancelled: [c.OpenSchoolCall, c.CancelSchoolCall],
  direct: [c.AwardDirectSchoolGrant],
};
