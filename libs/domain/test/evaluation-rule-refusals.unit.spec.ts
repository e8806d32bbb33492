/**
 * Every rule a guard of the province survey's and the district self-evaluation's machines asks is
 * reachable through `decide` with its own stable code, on a record and on a correction; the list of
 * rule × code is read off the guards, and a rule without a case (or a case without a rule) fails.
 */
import {
  type AnyWorkflow,
  type ProvinceSurveyEvent,
  districtEvaluationRules,
  districtEvaluationWorkflow,
  provinceSurveyRules,
  provinceSurveyWorkflow,
} from '../src/index.js';
import { correctSelfEvaluation, correctSurvey, recordSelfEvaluation, recordSurvey, survey2023 } from './support/evaluation-scenarios.js';
import { coverageOf, guardedRefusals, plainGuards, refusalOf } from './support/refusals.js';
import { run } from './support/scenarios.js';

interface RefusalCase {
  readonly workflow: AnyWorkflow;
  readonly rule: string;
  readonly code: string;
  readonly field: string;
  readonly before: readonly { readonly type: string; readonly data: unknown }[];
  readonly command: { readonly type: string; readonly data: unknown; readonly metadata?: unknown };
}

const surveyWorkflow = provinceSurveyWorkflow as unknown as AnyWorkflow;
const evaluationWorkflow = districtEvaluationWorkflow as unknown as AnyWorkflow;

/** Each survey rule broken by the change, on the first record and again on a correction. */
const surveyBreaks: readonly [string, string, string, Record<string, unknown>][] = [
  ['periodInOrder', 'PROVINCE_SURVEY.PERIOD_REVERSED', 'data.period.to', { period: { from: '2023-11-08', to: '2023-10-24' } }],
  ['periodEnded', 'PROVINCE_SURVEY.PERIOD_NOT_ENDED', 'data.period.to', { period: { from: '2023-10-24', to: '2023-12-31' } }],
  ['answered', 'PROVINCE_SURVEY.NO_RESPONDENTS', 'data.respondents', { respondents: { students: 0, parents: 0, teachers: 0 } }],
  [
    'indicatorsOnce',
    'PROVINCE_SURVEY.INDICATOR_DUPLICATE',
    'data.indicators[1].indicatorId',
    { indicators: [survey2023.indicators[0], survey2023.indicators[0]] },
  ],
  [
    'resultsOfListedIndicators',
    'PROVINCE_SURVEY.RESULT_INDICATOR_UNKNOWN',
    'data.results[0].indicatorId',
    { results: [{ district: 'suwon', indicatorId: 'sports', importance: 4, performance: 4 }] },
  ],
  [
    'resultsOfListedIndicators',
    'PROVINCE_SURVEY.RESULT_DUPLICATE',
    'data.results[1]',
    { results: [survey2023.results[0], survey2023.results[0]] },
  ],
];

const twice = { indicatorId: 'same', name: '같은 지표', target: 1, result: 1 };

const cases: readonly RefusalCase[] = [
  ...surveyBreaks.flatMap(([rule, code, field, change]): RefusalCase[] => [
    { workflow: surveyWorkflow, rule, code, field, before: [], command: recordSurvey(change) },
    { workflow: surveyWorkflow, rule, code, field, before: [recordSurvey()], command: correctSurvey(change) },
  ]),
  {
    workflow: evaluationWorkflow,
    rule: 'indicatorsOnce',
    code: 'DISTRICT_EVALUATION.INDICATOR_DUPLICATE',
    field: 'data.indicators[1].indicatorId',
    before: [],
    command: recordSelfEvaluation({ indicators: [twice, twice] }),
  },
  {
    workflow: evaluationWorkflow,
    rule: 'indicatorsOnce',
    code: 'DISTRICT_EVALUATION.INDICATOR_DUPLICATE',
    field: 'data.indicators[1].indicatorId',
    before: [recordSelfEvaluation()],
    command: correctSelfEvaluation({ indicators: [twice, twice] }),
  },
];

const rulesOf = new Map<AnyWorkflow, Readonly<Record<string, unknown>>>([
  [surveyWorkflow, provinceSurveyRules],
  [evaluationWorkflow, districtEvaluationRules],
]);

describe('every rule an evaluation guard asks is refused with its own stable code', () => {
  it.each(cases.map((c) => [`${c.workflow.category} ${c.command.type}: ${c.rule} → ${c.code} (${c.field})`, c] as const))(
    '%s',
    (_name, c) => {
      const { state } = run(c.workflow, c.before);
      const refusal = refusalOf(() => c.workflow.decider.decide(c.command, state));
      expect(refusal.code).toBe(c.code);
      expect(refusal.kind).toBe('rule');
      expect(refusal.field).toBe(c.field);
      expect(refusal.code).not.toMatch(/RULE_VIOLATED$/);
    },
  );

  it.each([...rulesOf])('covers every rule × code of the %#th machine, whose guards are all made of rules', (workflow, rules) => {
    expect(plainGuards(workflow)).toEqual([]);
    const coverage = coverageOf(
      guardedRefusals(workflow, rules),
      cases.filter((c) => c.workflow === workflow),
    );
    expect(coverage).toEqual({ unnamed: [], missing: [], extra: [] });
  });

  it('refuses a stored history the rules do not allow when it is replayed', () => {
    const [event] = run(provinceSurveyWorkflow, [recordSurvey()]).events;
    const broken = { ...event!, data: { ...event!.data, respondents: { students: 0, parents: 0, teachers: 0 } } } as ProvinceSurveyEvent;
    expect(() => provinceSurveyWorkflow.decider.evolve(provinceSurveyWorkflow.decider.initialState(), broken)).toThrow(
      expect.objectContaining({ code: 'PROVINCE_SURVEY.EVENT_NOT_APPLICABLE' }),
    );
  });
});
