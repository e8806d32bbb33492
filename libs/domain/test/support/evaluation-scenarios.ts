/**
 * Material for the evaluation specs: the 2023 province survey (its respondents as the basic plan
 * reports them: 116,370 — 71,271 students, 20,592 parents, 24,507 teachers — and four common
 * indicators with sample means), suwon's 2023 self-evaluation, one valid sample of every command
 * and the paths into each state.
 */
import type {
  Actor,
  DistrictEvaluationCommand,
  DistrictEvaluationStatus,
  LinkedRecord,
  ProvinceSurveyCommand,
  ProvinceSurveyStatus,
} from '../../src/index.js';
import { meta } from './scenarios.js';

export const provinceOffice: Actor = { id: 'token-province', role: 'province' };
export const suwonOfficial: Actor = { id: 'token-suwon-edu', role: 'official', district: 'suwon', party: 'education-office' };

/** Entered on 4 December 2023, after the survey closed on 8 November. */
export const SURVEY_NOW = '2023-12-04T10:00:00+09:00';

export const surveyIndicators = [
  { indicatorId: 'counselling', name: '인성·정서 상담 프로그램', taskCode: '2-3', importance: 4.35, performance: 3.62 },
  { indicatorId: 'local-experience', name: '지역 연계 체험활동', taskCode: '2-2', importance: 4.2, performance: 4.05 },
  { indicatorId: 'village-community', name: '마을교육공동체 참여', taskCode: '1-1', importance: 3.7, performance: 3.55 },
  { indicatorId: 'career', name: '진로·직업 체험', taskCode: '3-1', importance: 3.8, performance: 4.1 },
] as const;

export const surveyResults = [
  { district: 'suwon', indicatorId: 'counselling', importance: 4.4, performance: 3.5 },
  { district: 'suwon', indicatorId: 'local-experience', importance: 4.1, performance: 4.2 },
  { district: 'suwon', indicatorId: 'village-community', importance: 3.6, performance: 3.4 },
  { district: 'suwon', indicatorId: 'career', importance: 3.9, performance: 4.0 },
  { district: 'hwaseong', indicatorId: 'counselling', importance: 4.3, performance: 3.7 },
] as const;

export const survey2023 = {
  year: 2023,
  title: '2023 미래교육협력지구 공통지표 설문조사',
  period: { from: '2023-10-24', to: '2023-11-08' },
  respondents: { students: 71_271, parents: 20_592, teachers: 24_507 },
  conductedWith: '경기도교육연구원',
  indicators: surveyIndicators,
  results: surveyResults,
};

export const surveyMeta = (actor: Actor = provinceOffice, now = SURVEY_NOW) => meta(actor, now);

export function recordSurvey(change: Record<string, unknown> = {}): Extract<ProvinceSurveyCommand, { type: 'RecordProvinceSurvey' }> {
  return { type: 'RecordProvinceSurvey', data: { ...survey2023, ...change }, metadata: surveyMeta() } as Extract<
    ProvinceSurveyCommand,
    { type: 'RecordProvinceSurvey' }
  >;
}

export function correctSurvey(change: Record<string, unknown> = {}): Extract<ProvinceSurveyCommand, { type: 'CorrectProvinceSurvey' }> {
  return {
    type: 'CorrectProvinceSurvey',
    data: {
      ...survey2023,
      respondents: { students: 71_271, parents: 20_592, teachers: 24_507 },
      reason: '화성 결과 입력 오류 정정',
      ...change,
    },
    metadata: surveyMeta(provinceOffice, '2023-12-11T10:00:00+09:00'),
  } as Extract<ProvinceSurveyCommand, { type: 'CorrectProvinceSurvey' }>;
}

export const provinceSurveyCommands: { readonly [T in ProvinceSurveyCommand['type']]: Extract<ProvinceSurveyCommand, { type: T }> } = {
  RecordProvinceSurvey: recordSurvey(),
  CorrectProvinceSurvey: correctSurvey(),
};

export const provinceSurveyPaths: Readonly<Record<ProvinceSurveyStatus, readonly ProvinceSurveyCommand[]>> = {
  none: [],
  recorded: [recordSurvey()],
};

// --- the district's self-evaluation ---

export const REPORT_SHA256 = 'a'.repeat(64);

/** The projects and items suwon's indicators name, as their streams hold them. */
export const suwonLinks: {
  readonly projects: Readonly<Record<string, LinkedRecord | null>>;
  readonly agendaItems: Readonly<Record<string, LinkedRecord | null>>;
} = {
  projects: { 'suwon-2023-counselling': { district: 'suwon', year: 2023 }, 'suwon-2023-village': { district: 'suwon', year: 2023 } },
  agendaItems: { 'item-7': { district: 'suwon', year: null } },
};

export const selfEvaluation2023 = {
  district: 'suwon',
  year: 2023,
  summary: '상담 프로그램 참여가 목표에 못 미쳐 2024년에 확대합니다.',
  indicators: [
    {
      indicatorId: 'counselling-participants',
      name: '상담 프로그램 참여 학생',
      target: 1200,
      result: 950,
      unit: '명',
      projectIds: ['suwon-2023-counselling'],
      agendaItemIds: ['item-7'],
    },
    { indicatorId: 'village-classes', name: '마을 강좌 운영', target: 40, result: 44, unit: '회', projectIds: ['suwon-2023-village'] },
  ],
  report: { sha256: REPORT_SHA256, name: '2023 수원 자체평가 보고서.pdf' },
};

export const evaluationMeta = (actor: Actor = suwonOfficial, now = '2024-01-15T10:00:00+09:00') => ({
  ...meta(actor, now),
  facts: { linked: suwonLinks },
});

export function recordSelfEvaluation(
  change: Record<string, unknown> = {},
  metadata = evaluationMeta(),
): Extract<DistrictEvaluationCommand, { type: 'RecordDistrictEvaluation' }> {
  return { type: 'RecordDistrictEvaluation', data: { ...selfEvaluation2023, ...change }, metadata } as Extract<
    DistrictEvaluationCommand,
    { type: 'RecordDistrictEvaluation' }
  >;
}

export function correctSelfEvaluation(
  change: Record<string, unknown> = {},
): Extract<DistrictEvaluationCommand, { type: 'CorrectDistrictEvaluation' }> {
  return {
    type: 'CorrectDistrictEvaluation',
    data: { ...selfEvaluation2023, reason: '참여 학생 수 집계 정정', ...change },
    metadata: evaluationMeta(suwonOfficial, '2024-01-22T10:00:00+09:00'),
  } as Extract<DistrictEvaluationCommand, { type: 'CorrectDistrictEvaluation' }>;
}

export const districtEvaluationCommands: {
  readonly [T in DistrictEvaluationCommand['type']]: Extract<DistrictEvaluationCommand, { type: T }>;
} = {
  RecordDistrictEvaluation: recordSelfEvaluation(),
  CorrectDistrictEvaluation: correctSelfEvaluation(),
};

export const districtEvaluationPaths: Readonly<Record<DistrictEvaluationStatus, readonly DistrictEvaluationCommand[]>> = {
  none: [],
  recorded: [recordSelfEvaluation()],
};
