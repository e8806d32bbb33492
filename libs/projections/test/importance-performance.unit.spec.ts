/**
 * The importance–performance read model against rows written by hand: a year's survey split at
 * the means of each scope (an item at a mean counts as high), results of an unknown indicator or
 * district left out, and a correction that replaces the year's rows.
 */
import { IPA_ITEMS, IPA_SCOPES, importancePerformanceProjection } from '../src/index.js';
import { ProjectionSpecification, storedEvents } from './support/projection-specification.js';

const indicators = [
  { indicatorId: 'counselling', name: '인성·정서 상담 프로그램', taskCode: '2-3', importance: 4.5, performance: 3 },
  { indicatorId: 'local-experience', name: '지역 연계 체험활동', taskCode: '2-2', importance: 3.5, performance: 4 },
  { indicatorId: 'career', name: '진로·직업 체험', taskCode: '3-1', importance: 4, performance: 3.5 },
];
const survey = {
  surveyId: '2023',
  year: 2023,
  title: '2023 미래교육협력지구 공통지표 설문조사',
  period: { from: '2023-10-24', to: '2023-11-08' },
  respondents: { students: 71_271, parents: 20_592, teachers: 24_507 },
  conductedWith: '경기도교육연구원',
  indicators,
  results: [
    { district: 'suwon', indicatorId: 'counselling', importance: 4, performance: 3 },
    { district: 'suwon', indicatorId: 'local-experience', importance: 3, performance: 4 },
    { district: 'suwon', indicatorId: 'no-such-indicator', importance: 5, performance: 5 },
    { district: 'atlantis', indicatorId: 'counselling', importance: 1, performance: 1 },
  ],
  enteredOn: '2023-12-04',
  workflowVersion: 1,
};
const period = survey.period;
const respondents = survey.respondents;
const title = survey.title;

const item = (
  scope: string,
  indicator: (typeof indicators)[number],
  scores: [number, number],
  quadrant: string,
  order: number,
  position: number,
) => ({
  year: 2023,
  scope,
  indicator_id: indicator.indicatorId,
  name: indicator.name,
  task_code: indicator.taskCode,
  importance: scores[0],
  performance: scores[1],
  quadrant,
  item_order: order,
  position,
});
const [counselling, localExperience, career] = indicators as [
  (typeof indicators)[number],
  (typeof indicators)[number],
  (typeof indicators)[number],
];

/** A scope's row: the province's carries the respondents, the period and what the year wrote. */
const scopeRow = (
  scope: string,
  means: { importance: number; performance: number },
  items: number,
  position: number,
  written?: { keys: { scope: string; indicatorId: string }[]; scopes: string[] },
  year = 2023,
) => ({
  year,
  scope,
  title,
  means,
  items,
  respondents: written ? respondents : null,
  period: written ? period : null,
  keys: written?.keys ?? null,
  scopes: written?.scopes ?? null,
  position,
});
const keysOf = (...pairs: [string, string][]) => pairs.map(([scope, indicatorId]) => ({ scope, indicatorId }));

describe('importance-performance read model', () => {
  test('a survey is split at the means of each scope: province-wide and per district, in hundredths', async () => {
    const e = storedEvents();
    const recorded = e('province-survey:2023', 'ProvinceSurveyRecorded', survey);
    await ProjectionSpecification.for(importancePerformanceProjection)
      .given([])
      .when([recorded])
      .then({
        [IPA_ITEMS]: [
          // Means 4.00 and 3.50: career sits at both and counts as high on both.
          item('province', counselling, [450, 300], 'concentrate', 0, 1),
          item('province', localExperience, [350, 400], 'maintain', 1, 1),
          item('province', career, [400, 350], 'keepUp', 2, 1),
          // suwon's own means, 3.50 and 3.50; its result for an unknown indicator is left out.
          item('suwon', counselling, [400, 300], 'concentrate', 0, 1),
          item('suwon', localExperience, [300, 400], 'maintain', 1, 1),
        ],
        [IPA_SCOPES]: [
          scopeRow('province', { importance: 4, performance: 3.5 }, 3, 1, {
            keys: keysOf(
              ['province', 'counselling'],
              ['province', 'local-experience'],
              ['province', 'career'],
              ['suwon', 'counselling'],
              ['suwon', 'local-experience'],
            ),
            scopes: ['province', 'suwon'],
          }),
          scopeRow('suwon', { importance: 3.5, performance: 3.5 }, 2, 1),
        ],
      });
  });

  test('a correction replaces the year: a dropped indicator and a district without results leave, a new district joins', async () => {
    const e = storedEvents();
    const recorded = e('province-survey:2023', 'ProvinceSurveyRecorded', survey);
    const corrected = e('province-survey:2023', 'ProvinceSurveyCorrected', {
      ...survey,
      indicators: [counselling, localExperience],
      results: [{ district: 'osan', indicatorId: 'counselling', importance: 4.25, performance: 3.75 }],
      correction: 1,
      reason: '진로 지표 제외',
      enteredOn: '2023-12-11',
    });
    await ProjectionSpecification.for(importancePerformanceProjection)
      .given([recorded])
      .when([corrected])
      .then({
        [IPA_ITEMS]: [
          // Means 4.00 and 3.50 again, from the two indicators left.
          item('province', counselling, [450, 300], 'concentrate', 0, 2),
          item('province', localExperience, [350, 400], 'maintain', 1, 2),
          item('osan', counselling, [425, 375], 'keepUp', 0, 2),
        ],
        [IPA_SCOPES]: [
          scopeRow('osan', { importance: 4.25, performance: 3.75 }, 1, 2),
          scopeRow('province', { importance: 4, performance: 3.5 }, 2, 2, {
            keys: keysOf(['province', 'counselling'], ['province', 'local-experience'], ['osan', 'counselling']),
            scopes: ['province', 'osan'],
          }),
        ],
      });
  });

  test('the year comes from the survey id when the event has none; a survey without a year writes nothing', async () => {
    const e = storedEvents();
    const { year: _year, ...withoutYear } = survey;
    const byId = e('province-survey:2024', 'ProvinceSurveyRecorded', { ...withoutYear, surveyId: '2024', results: [] });
    const noYear = e('province-survey:x', 'ProvinceSurveyRecorded', { ...withoutYear, surveyId: 'spring', results: [] });
    await ProjectionSpecification.for(importancePerformanceProjection)
      .given([])
      .when([byId, noYear])
      .then({
        [IPA_ITEMS]: [
          { ...item('province', counselling, [450, 300], 'concentrate', 0, 1), year: 2024 },
          { ...item('province', localExperience, [350, 400], 'maintain', 1, 1), year: 2024 },
          { ...item('province', career, [400, 350], 'keepUp', 2, 1), year: 2024 },
        ],
        [IPA_SCOPES]: [
          scopeRow(
            'province',
            { importance: 4, performance: 3.5 },
            3,
            1,
            { keys: keysOf(['province', 'counselling'], ['province', 'local-experience'], ['province', 'career']), scopes: ['province'] },
            2024,
          ),
        ],
      });
  });
});
