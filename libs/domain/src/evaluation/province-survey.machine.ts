/**
 * The province survey as an XState machine: none → recorded (기록됨); a correction restates the
 * survey and leaves it recorded. Each rule is declared once in `provinceSurveyRules`: the machine's
 * guard asks it of the stored events and the decider refuses with its code before the machine would.
 */
import { assign, setup } from 'xstate';
import { ruleBroken } from '../errors.js';
import { guardOf, rule } from '../rules.js';
import type { ProvinceSurveyContent, ProvinceSurveyEvent, SurveyRespondents } from './province-survey.messages.js';

export const provinceSurveyStatuses = ['none', 'recorded'] as const;
export type ProvinceSurveyStatus = (typeof provinceSurveyStatuses)[number];

export interface ProvinceSurveyCorrection {
  readonly correction: number;
  readonly reason: string;
  readonly enteredOn: string;
}

export interface ProvinceSurveyContext {
  readonly surveyId: string | null;
  readonly year: number | null;
  readonly workflowVersion: number | null;
  readonly recordedOn: string | null;
  /** The survey as it now stands (the last record or correction). */
  readonly survey: ProvinceSurveyContent | null;
  readonly corrections: readonly ProvinceSurveyCorrection[];
}

export const initialProvinceSurveyContext: ProvinceSurveyContext = {
  surveyId: null,
  year: null,
  workflowVersion: null,
  recordedOn: null,
  survey: null,
  corrections: [],
};

/** Everyone who answered. */
export function totalRespondents(respondents: SurveyRespondents): number {
  return respondents.students + respondents.parents + respondents.teachers;
}

type Entered = ProvinceSurveyContent & { readonly enteredOn: string };

const firstRepeated = (keys: readonly string[]): string | undefined => keys.find((key, index) => keys.indexOf(key) !== index);

export const provinceSurveyRules = {
  /** The survey opened before, or on the day, it closed. */
  periodInOrder: rule<ProvinceSurveyContext, Pick<Entered, 'period'>>(['PROVINCE_SURVEY.PERIOD_REVERSED'], (_context, { period }) =>
    period.from <= period.to
      ? undefined
      : ruleBroken('PROVINCE_SURVEY.PERIOD_REVERSED', `the survey closes on ${period.to}, before it opens on ${period.from}`, {
          field: 'data.period.to',
          details: { from: period.from, to: period.to },
        }),
  ),
  /** Results are recorded once the survey has closed. */
  periodEnded: rule<ProvinceSurveyContext, Pick<Entered, 'period' | 'enteredOn'>>(
    ['PROVINCE_SURVEY.PERIOD_NOT_ENDED'],
    (_context, { period, enteredOn }) =>
      period.to <= enteredOn
        ? undefined
        : ruleBroken('PROVINCE_SURVEY.PERIOD_NOT_ENDED', `the survey is open until ${period.to}; its results come after it closes`, {
            field: 'data.period.to',
            details: { to: period.to, today: enteredOn },
          }),
  ),
  /** Someone answered. */
  answered: rule<ProvinceSurveyContext, Pick<Entered, 'respondents'>>(['PROVINCE_SURVEY.NO_RESPONDENTS'], (_context, { respondents }) =>
    totalRespondents(respondents) > 0
      ? undefined
      : ruleBroken('PROVINCE_SURVEY.NO_RESPONDENTS', 'a survey nobody answered has no results', { field: 'data.respondents' }),
  ),
  /** Each common indicator is listed once. */
  indicatorsOnce: rule<ProvinceSurveyContext, Pick<Entered, 'indicators'>>(
    ['PROVINCE_SURVEY.INDICATOR_DUPLICATE'],
    (_context, { indicators }) => {
      const repeated = firstRepeated(indicators.map((indicator) => indicator.indicatorId));
      return repeated === undefined
        ? undefined
        : ruleBroken('PROVINCE_SURVEY.INDICATOR_DUPLICATE', `indicator ${repeated} is listed twice`, {
            field: `data.indicators[${indicators.map((indicator) => indicator.indicatorId).lastIndexOf(repeated)}].indicatorId`,
            details: { indicatorId: repeated },
          });
    },
  ),
  /** A district's result is for an indicator the survey lists, once per district and indicator. */
  resultsOfListedIndicators: rule<ProvinceSurveyContext, Pick<Entered, 'indicators' | 'results'>>(
    ['PROVINCE_SURVEY.RESULT_INDICATOR_UNKNOWN', 'PROVINCE_SURVEY.RESULT_DUPLICATE'],
    (_context, { indicators, results }) => {
      const listed = new Set(indicators.map((indicator) => indicator.indicatorId));
      const seen = new Set<string>();
      for (const [index, result] of results.entries()) {
        if (!listed.has(result.indicatorId)) {
          return ruleBroken(
            'PROVINCE_SURVEY.RESULT_INDICATOR_UNKNOWN',
            `the result for ${result.district} names indicator ${result.indicatorId}, which the survey does not list`,
            {
              field: `data.results[${index}].indicatorId`,
              details: { district: result.district, indicatorId: result.indicatorId },
            },
          );
        }
        const key = `${result.district} ${result.indicatorId}`;
        if (seen.has(key)) {
          return ruleBroken('PROVINCE_SURVEY.RESULT_DUPLICATE', `${result.district} has two results for indicator ${result.indicatorId}`, {
            field: `data.results[${index}]`,
            details: { district: result.district, indicatorId: result.indicatorId },
          });
        }
        seen.add(key);
      }
      return undefined;
    },
  ),
} as const;

/** The rules every record and correction of the survey answers to, in the order the decider asks them. */
export const provinceSurveyContentRules = [
  provinceSurveyRules.periodInOrder,
  provinceSurveyRules.periodEnded,
  provinceSurveyRules.answered,
  provinceSurveyRules.indicatorsOnce,
  provinceSurveyRules.resultsOfListedIndicators,
] as const;

const contentOf = (data: ProvinceSurveyContent): ProvinceSurveyContent => ({
  title: data.title,
  period: data.period,
  respondents: data.respondents,
  conductedWith: data.conductedWith,
  indicators: data.indicators,
  results: data.results,
});

function applySurveyEvent(context: ProvinceSurveyContext, event: ProvinceSurveyEvent): ProvinceSurveyContext {
  switch (event.type) {
    case 'ProvinceSurveyRecorded': {
      const { surveyId, year, workflowVersion, enteredOn } = event.data;
      return { ...context, surveyId, year, workflowVersion, recordedOn: enteredOn, survey: contentOf(event.data) };
    }
    case 'ProvinceSurveyCorrected': {
      const { correction, reason, enteredOn } = event.data;
      return { ...context, survey: contentOf(event.data), corrections: [...context.corrections, { correction, reason, enteredOn }] };
    }
  }
}

export const provinceSurveyMachine = setup({
  types: { context: {} as ProvinceSurveyContext, events: {} as ProvinceSurveyEvent },
  guards: {
    surveyHolds: guardOf<ProvinceSurveyContext, ProvinceSurveyEvent, ProvinceSurveyEvent['type']>(
      ['ProvinceSurveyRecorded', 'ProvinceSurveyCorrected'],
      provinceSurveyContentRules,
    ),
  },
  actions: { record: assign(({ context, event }) => applySurveyEvent(context, event)) },
}).createMachine({
  id: 'provinceSurvey',
  initial: 'none',
  context: initialProvinceSurveyContext,
  states: {
    none: { on: { ProvinceSurveyRecorded: { target: 'recorded', guard: 'surveyHolds', actions: 'record' } } },
    recorded: { on: { ProvinceSurveyCorrected: { guard: 'surveyHolds', actions: 'record' } } },
  },
});
