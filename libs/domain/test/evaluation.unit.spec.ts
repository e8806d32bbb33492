/**
 * The evaluation at the plan's two levels: the comprehensive evaluation as the province office's
 * survey (종합평가), a district's self-evaluation with its indicators and report (자체평가), both
 * corrected by new events, and the importance–performance analysis read off the survey.
 */
import {
  DeciderSpecification,
  type DistrictEvaluationEvent,
  type ProvinceSurveyEvent,
  districtEvaluationWorkflow,
  importancePerformanceAnalysis,
  ipaQuadrantOf,
  provinceSurveyView,
  provinceSurveyWorkflow,
} from '../src/index.js';
import {
  REPORT_SHA256,
  correctSelfEvaluation,
  correctSurvey,
  evaluationMeta,
  provinceOffice,
  recordSelfEvaluation,
  recordSurvey,
  suwonLinks,
  suwonOfficial,
  survey2023,
} from './support/evaluation-scenarios.js';
import { run } from './support/scenarios.js';

const survey = DeciderSpecification.for(provinceSurveyWorkflow.decider);
const selfEvaluation = DeciderSpecification.for(districtEvaluationWorkflow.decider);

const recorded = (): ProvinceSurveyEvent[] => run(provinceSurveyWorkflow, [recordSurvey()]).events;

describe('the comprehensive evaluation: the province survey', () => {
  test('the province office records the 2023 survey: its period, respondents per group, indicators and results per district', () => {
    survey([])
      .when(recordSurvey())
      .then([
        {
          type: 'ProvinceSurveyRecorded',
          data: {
            surveyId: '2023',
            year: 2023,
            title: survey2023.title,
            period: { from: '2023-10-24', to: '2023-11-08' },
            respondents: { students: 71_271, parents: 20_592, teachers: 24_507 },
            conductedWith: '경기도교육연구원',
            indicators: survey2023.indicators.map((indicator) => ({ ...indicator })),
            results: survey2023.results.map((result) => ({ ...result })),
            enteredOn: '2023-12-04',
            workflowVersion: 1,
          },
        },
      ]);
  });

  test('its view counts 116,370 respondents and puts 인성·정서 상담 프로그램 in 집중지원 province-wide', () => {
    const view = provinceSurveyView(run(provinceSurveyWorkflow, [recordSurvey()]).state);
    expect(view.totalRespondents).toBe(116_370);
    const quadrants = Object.fromEntries(view.analysis.items.map((item) => [item.name, item.quadrant]));
    expect(quadrants).toEqual({
      '인성·정서 상담 프로그램': 'concentrate',
      '지역 연계 체험활동': 'keepUp',
      '마을교육공동체 참여': 'improveGradually',
      '진로·직업 체험': 'maintain',
    });
  });

  test('a correction restates the survey as a new event; the first record stays in the history', () => {
    const corrected = correctSurvey({ respondents: { students: 71_271, parents: 20_592, teachers: 24_508 } });
    survey(recorded())
      .when(corrected)
      .thenState((state, events) => {
        expect(events.map((event) => event.type)).toEqual(['ProvinceSurveyCorrected']);
        expect(state.survey?.respondents.teachers).toBe(24_508);
        expect(state.corrections).toEqual([{ correction: 1, reason: '화성 결과 입력 오류 정정', enteredOn: '2023-12-11' }]);
        expect(state.recordedOn).toBe('2023-12-04');
      });
  });

  test('a second record of the same year is refused: it is corrected instead', () => {
    survey(recorded()).when(recordSurvey()).thenThrows({ code: 'PROVINCE_SURVEY.ALREADY_EXISTS', kind: 'transition' });
  });

  test('a correction before anything is recorded is refused as not found', () => {
    survey([]).when(correctSurvey()).thenThrows({ code: 'PROVINCE_SURVEY.NOT_FOUND', kind: 'not-found' });
  });

  test('a correction names its reason', () => {
    survey(recorded())
      .when(correctSurvey({ reason: ' ' }))
      .thenThrows({ code: 'COMMAND.INVALID', field: 'data.reason' });
  });

  test.each([
    ['a reversed period', { period: { from: '2023-11-08', to: '2023-10-24' } }, 'PROVINCE_SURVEY.PERIOD_REVERSED', 'data.period.to'],
    ['a survey still open', { period: { from: '2023-11-20', to: '2023-12-20' } }, 'PROVINCE_SURVEY.PERIOD_NOT_ENDED', 'data.period.to'],
    ['nobody answering', { respondents: { students: 0, parents: 0, teachers: 0 } }, 'PROVINCE_SURVEY.NO_RESPONDENTS', 'data.respondents'],
    [
      'a count that is no whole number',
      { respondents: { students: 1.5, parents: 0, teachers: 0 } },
      'COMMAND.INVALID',
      'data.respondents.students',
    ],
    [
      'an indicator listed twice',
      { indicators: [...survey2023.indicators, survey2023.indicators[0]] },
      'PROVINCE_SURVEY.INDICATOR_DUPLICATE',
      'data.indicators[4].indicatorId',
    ],
    [
      'a result for an unlisted indicator',
      { results: [{ district: 'suwon', indicatorId: 'sports', importance: 4, performance: 4 }] },
      'PROVINCE_SURVEY.RESULT_INDICATOR_UNKNOWN',
      'data.results[0].indicatorId',
    ],
    [
      'two results of a district for one indicator',
      { results: [survey2023.results[0], survey2023.results[0]] },
      'PROVINCE_SURVEY.RESULT_DUPLICATE',
      'data.results[1]',
    ],
    [
      'a score off the five-point scale',
      { indicators: [{ ...survey2023.indicators[0], importance: 5.2 }] },
      'EVALUATION.SCORE_OUT_OF_SCALE',
      'data.indicators[0].importance',
    ],
    [
      'a score with three decimals',
      { indicators: [{ ...survey2023.indicators[0], performance: 3.625 }] },
      'EVALUATION.SCORE_OUT_OF_SCALE',
      'data.indicators[0].performance',
    ],
    [
      'an unknown district',
      { results: [{ ...survey2023.results[0], district: 'seoul' }] },
      'CATALOG.UNKNOWN_DISTRICT',
      'data.results[0].district',
    ],
  ])('%s is refused, naming the field', (_name, change, code, field) => {
    survey([]).when(recordSurvey(change)).thenThrows({ code, field });
  });

  test('the survey is the province office’s alone: its scope names no district', () => {
    const state = provinceSurveyWorkflow.decider.initialState();
    expect(provinceSurveyWorkflow.commandScope(recordSurvey(), state)).toEqual({ kind: 'province' });
    expect(recordSurvey().metadata.actor).toBe(provinceOffice);
  });
});

describe('the importance–performance analysis', () => {
  test('quadrants split at the means; an item at a mean counts as high', () => {
    const means = { importance: 4, performance: 4 };
    expect(ipaQuadrantOf({ importance: 4.5, performance: 3.5 }, means)).toBe('concentrate');
    expect(ipaQuadrantOf({ importance: 4, performance: 4 }, means)).toBe('keepUp');
    expect(ipaQuadrantOf({ importance: 3.5, performance: 3.5 }, means)).toBe('improveGradually');
    expect(ipaQuadrantOf({ importance: 3.5, performance: 4.5 }, means)).toBe('maintain');
  });

  test('the means are those of the items analysed together', () => {
    const analysis = importancePerformanceAnalysis([
      { importance: 4, performance: 3 },
      { importance: 2, performance: 5 },
    ]);
    expect(analysis.means).toEqual({ importance: 3, performance: 4 });
    expect(analysis.items.map((item) => item.quadrant)).toEqual(['concentrate', 'maintain']);
    expect(importancePerformanceAnalysis([])).toEqual({ means: null, items: [] });
  });
});

describe("a district's self-evaluation", () => {
  const recordedEvaluation = (): DistrictEvaluationEvent[] => run(districtEvaluationWorkflow, [recordSelfEvaluation()]).events;

  test("suwon's officials record the 2023 self-evaluation: individual indicators linked to projects and items, and the report", () => {
    selfEvaluation([])
      .when(recordSelfEvaluation())
      .thenState((state, events) => {
        expect(events.map((event) => event.type)).toEqual(['DistrictEvaluationRecorded']);
        expect(state.status).toBe('recorded');
        expect(state.evaluation?.report).toEqual({ sha256: REPORT_SHA256, name: '2023 수원 자체평가 보고서.pdf' });
        expect(
          state.evaluation?.indicators.map((indicator) => [indicator.indicatorId, indicator.projectIds, indicator.agendaItemIds]),
        ).toEqual([
          ['counselling-participants', ['suwon-2023-counselling'], ['item-7']],
          ['village-classes', ['suwon-2023-village'], []],
        ]);
        expect(districtEvaluationWorkflow.view(state)['links']).toEqual({
          projectIds: ['suwon-2023-counselling', 'suwon-2023-village'],
          agendaItemIds: ['item-7'],
        });
      });
  });

  test('a correction is a new event with its reason and number', () => {
    selfEvaluation(recordedEvaluation())
      .when(correctSelfEvaluation({ indicators: [{ ...correctSelfEvaluation().data.indicators[0], result: 980 }] }))
      .thenState((state) => {
        expect(state.evaluation?.indicators[0]?.result).toBe(980);
        expect(state.corrections).toEqual([{ correction: 1, reason: '참여 학생 수 집계 정정', enteredOn: '2024-01-22' }]);
      });
  });

  test.each([
    [
      'a project of another district',
      { projects: { ...suwonLinks.projects, 'suwon-2023-counselling': { district: 'osan', year: 2023 } } },
      'DISTRICT_EVALUATION.PROJECT_OF_ANOTHER_DISTRICT',
      'data.indicators[0].projectIds[0]',
    ],
    [
      'a project of another year',
      { projects: { ...suwonLinks.projects, 'suwon-2023-village': { district: 'suwon', year: 2024 } } },
      'DISTRICT_EVALUATION.PROJECT_OF_ANOTHER_YEAR',
      'data.indicators[1].projectIds[0]',
    ],
    [
      'a project that does not exist',
      { projects: { ...suwonLinks.projects, 'suwon-2023-village': null } },
      'DISTRICT_EVALUATION.PROJECT_UNKNOWN',
      'data.indicators[1].projectIds[0]',
    ],
    ['an item that does not exist', { agendaItems: {} }, 'DISTRICT_EVALUATION.AGENDA_ITEM_UNKNOWN', 'data.indicators[0].agendaItemIds[0]'],
    [
      'an item of another district',
      { agendaItems: { 'item-7': { district: 'osan', year: null } } },
      'DISTRICT_EVALUATION.AGENDA_ITEM_OF_ANOTHER_DISTRICT',
      'data.indicators[0].agendaItemIds[0]',
    ],
  ])('an indicator naming %s is refused', (_name, links, code, field) => {
    const metadata = { ...evaluationMeta(), facts: { linked: { ...suwonLinks, ...links } as typeof suwonLinks } };
    selfEvaluation([]).when(recordSelfEvaluation({}, metadata)).thenThrows({ code, field });
  });

  test.each([
    [
      'an indicator listed twice',
      { indicators: [selfEvaluation2023Indicator(), selfEvaluation2023Indicator()] },
      'DISTRICT_EVALUATION.INDICATOR_DUPLICATE',
      'data.indicators[1].indicatorId',
    ],
    ['no report', { report: undefined }, 'COMMAND.INVALID', 'data.report'],
    ['a report that is no stored hash', { report: { sha256: 'abc', name: '보고서.pdf' } }, 'COMMAND.INVALID', 'data.report.sha256'],
    ['no indicator', { indicators: [] }, 'COMMAND.INVALID', 'data.indicators'],
  ])('%s is refused, naming the field', (_name, change, code, field) => {
    selfEvaluation([]).when(recordSelfEvaluation(change)).thenThrows({ code, field });
  });

  test("it is the district's officials' (either party), not a secretary's nor the province office's", () => {
    const state = districtEvaluationWorkflow.decider.initialState();
    expect(districtEvaluationWorkflow.commandScope(recordSelfEvaluation(), state)).toEqual({ kind: 'official', district: 'suwon' });
    expect(suwonOfficial.district).toBe('suwon');
  });
});

function selfEvaluation2023Indicator() {
  return { indicatorId: 'same', name: '같은 지표', target: 1, result: 1 };
}
