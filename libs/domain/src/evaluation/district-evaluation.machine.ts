/**
 * A district's self-evaluation as an XState machine: none → recorded (기록됨); a correction restates
 * it. Its one rule of the stored history is declared once in `districtEvaluationRules`; whether the
 * projects and items it names are the district's is decided on the facts of their own streams
 * (district-evaluation.workflow.ts).
 */
import { assign, setup } from 'xstate';
import type { DistrictCode } from '../catalogs.js';
import { ruleBroken } from '../errors.js';
import { guardOf, rule } from '../rules.js';
import type { DistrictEvaluationContent, DistrictEvaluationEvent } from './district-evaluation.messages.js';

export const districtEvaluationStatuses = ['none', 'recorded'] as const;
export type DistrictEvaluationStatus = (typeof districtEvaluationStatuses)[number];

export interface DistrictEvaluationCorrection {
  readonly correction: number;
  readonly reason: string;
  readonly enteredOn: string;
}

export interface DistrictEvaluationContext {
  readonly evaluationId: string | null;
  readonly district: DistrictCode | null;
  readonly year: number | null;
  readonly workflowVersion: number | null;
  readonly recordedOn: string | null;
  readonly evaluation: DistrictEvaluationContent | null;
  readonly corrections: readonly DistrictEvaluationCorrection[];
}

export const initialDistrictEvaluationContext: DistrictEvaluationContext = {
  evaluationId: null,
  district: null,
  year: null,
  workflowVersion: null,
  recordedOn: null,
  evaluation: null,
  corrections: [],
};

export const districtEvaluationRules = {
  /** Each individual indicator is listed once. */
  indicatorsOnce: rule<DistrictEvaluationContext, Pick<DistrictEvaluationContent, 'indicators'>>(
    ['DISTRICT_EVALUATION.INDICATOR_DUPLICATE'],
    (_context, { indicators }) => {
      const ids = indicators.map((indicator) => indicator.indicatorId);
      const index = ids.findIndex((id, at) => ids.indexOf(id) !== at);
      return index < 0
        ? undefined
        : ruleBroken('DISTRICT_EVALUATION.INDICATOR_DUPLICATE', `indicator ${ids[index]} is listed twice`, {
            field: `data.indicators[${index}].indicatorId`,
            details: { indicatorId: ids[index] },
          });
    },
  ),
} as const;

/** The projects and agenda items the evaluation links to, each once, in the order its indicators name them. */
export function evaluationLinks(content: Pick<DistrictEvaluationContent, 'indicators'>): {
  readonly projectIds: readonly string[];
  readonly agendaItemIds: readonly string[];
} {
  return {
    projectIds: [...new Set(content.indicators.flatMap((indicator) => indicator.projectIds))],
    agendaItemIds: [...new Set(content.indicators.flatMap((indicator) => indicator.agendaItemIds))],
  };
}

const contentOf = (data: DistrictEvaluationContent): DistrictEvaluationContent => ({
  summary: data.summary,
  indicators: data.indicators,
  report: data.report,
});

function applyEvaluationEvent(context: DistrictEvaluationContext, event: DistrictEvaluationEvent): DistrictEvaluationContext {
  switch (event.type) {
    case 'DistrictEvaluationRecorded': {
      const { evaluationId, district, year, workflowVersion, enteredOn } = event.data;
      return { ...context, evaluationId, district, year, workflowVersion, recordedOn: enteredOn, evaluation: contentOf(event.data) };
    }
    case 'DistrictEvaluationCorrected': {
      const { correction, reason, enteredOn } = event.data;
      return { ...context, evaluation: contentOf(event.data), corrections: [...context.corrections, { correction, reason, enteredOn }] };
    }
  }
}

export const districtEvaluationMachine = setup({
  types: { context: {} as DistrictEvaluationContext, events: {} as DistrictEvaluationEvent },
  guards: {
    indicatorsOnce: guardOf<DistrictEvaluationContext, DistrictEvaluationEvent, DistrictEvaluationEvent['type']>(
      ['DistrictEvaluationRecorded', 'DistrictEvaluationCorrected'],
      [districtEvaluationRules.indicatorsOnce],
    ),
  },
  actions: { record: assign(({ context, event }) => applyEvaluationEvent(context, event)) },
}).createMachine({
  id: 'districtEvaluation',
  initial: 'none',
  context: initialDistrictEvaluationContext,
  states: {
    none: { on: { DistrictEvaluationRecorded: { target: 'recorded', guard: 'indicatorsOnce', actions: 'record' } } },
    recorded: { on: { DistrictEvaluationCorrected: { guard: 'indicatorsOnce', actions: 'record' } } },
  },
});
