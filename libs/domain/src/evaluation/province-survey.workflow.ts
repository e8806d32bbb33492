/**
 * The province survey's decider: one small function per command, a thin exhaustive dispatch.
 * Only the province office (도교육청) records or corrects it.
 */
import { LIST_LIMITS, TEXT_LIMITS } from '../limits.js';
import { provinceSurveyId, provinceSurveyStreamId } from '../stream-ids.js';
import {
  field,
  optionalTaskCode,
  optionalText,
  requireDistrict,
  requireId,
  requireIsoDate,
  requireListSize,
  requireObject,
  requireText,
  requireYear,
} from '../validation.js';
import { invalid } from '../errors.js';
import { type CommandScope, type Workflow, type WorkflowState, machineWorkflow, unknownCommand } from '../workflow.js';
import { respondentCount, surveyScore } from './indicators.js';
import { type IpaMeans, type IpaQuadrant, importancePerformanceAnalysis } from './ipa.js';
import {
  type ProvinceSurveyContext,
  type ProvinceSurveyStatus,
  provinceSurveyContentRules,
  provinceSurveyMachine,
  totalRespondents,
} from './province-survey.machine.js';
import type {
  ProvinceSurveyCommand,
  ProvinceSurveyContent,
  ProvinceSurveyEvent,
  SurveyDistrictResult,
  SurveyIndicator,
} from './province-survey.messages.js';

export type ProvinceSurveyState = WorkflowState<ProvinceSurveyStatus, ProvinceSurveyContext>;

export const PROVINCE_SURVEY_WORKFLOW_VERSION = 1;

/** Longest lists of one survey: its common indicators, and one result per district and indicator. */
export const PROVINCE_SURVEY_LIMITS = { indicators: LIST_LIMITS.indicators, results: 31 * LIST_LIMITS.indicators } as const;

export const provinceSurveyCommandTypes = [
  'RecordProvinceSurvey',
  'CorrectProvinceSurvey',
] as const satisfies readonly ProvinceSurveyCommand['type'][];

const commandEvents = {
  RecordProvinceSurvey: 'ProvinceSurveyRecorded',
  CorrectProvinceSurvey: 'ProvinceSurveyCorrected',
} as const satisfies { readonly [T in ProvinceSurveyCommand['type']]: ProvinceSurveyEvent['type'] };

const eventTypes = {
  ProvinceSurveyRecorded: { schemaVersion: 1 },
  ProvinceSurveyCorrected: { schemaVersion: 1 },
} as const satisfies { readonly [T in ProvinceSurveyEvent['type']]: { readonly schemaVersion: number } };

type Decision<T extends ProvinceSurveyCommand['type']> = (
  command: Extract<ProvinceSurveyCommand, { type: T }>,
  state: ProvinceSurveyState,
) => ProvinceSurveyEvent[];

function listOf(value: unknown, path: string, maxEntries: number): unknown[] {
  if (!Array.isArray(value) || value.length === 0) throw invalid('COMMAND.INVALID', path, `${path} must list at least one entry`);
  requireListSize(value, path, maxEntries);
  return value;
}

function surveyIndicator(value: unknown, path: string): SurveyIndicator {
  const entry = requireObject(value, path);
  return {
    indicatorId: requireId(entry['indicatorId'], `${path}.indicatorId`),
    name: requireText(entry['name'], `${path}.name`, TEXT_LIMITS.label),
    taskCode: optionalTaskCode(entry['taskCode'], `${path}.taskCode`),
    importance: surveyScore(entry['importance'], `${path}.importance`),
    performance: surveyScore(entry['performance'], `${path}.performance`),
  };
}

function districtResult(value: unknown, path: string): SurveyDistrictResult {
  const entry = requireObject(value, path);
  return {
    district: requireDistrict(entry['district'], `${path}.district`),
    indicatorId: requireId(entry['indicatorId'], `${path}.indicatorId`),
    importance: surveyScore(entry['importance'], `${path}.importance`),
    performance: surveyScore(entry['performance'], `${path}.performance`),
  };
}

/** The survey the command states, checked field by field and then against the survey's rules. */
function surveyOf(data: unknown, state: ProvinceSurveyState, enteredOn: string): ProvinceSurveyContent {
  const period = requireObject(field(data, 'period'), 'data.period');
  const respondents = requireObject(field(data, 'respondents'), 'data.respondents');
  const content: ProvinceSurveyContent = {
    title: requireText(field(data, 'title'), 'data.title', TEXT_LIMITS.title),
    period: { from: requireIsoDate(period['from'], 'data.period.from'), to: requireIsoDate(period['to'], 'data.period.to') },
    respondents: {
      students: respondentCount(respondents['students'], 'data.respondents.students'),
      parents: respondentCount(respondents['parents'], 'data.respondents.parents'),
      teachers: respondentCount(respondents['teachers'], 'data.respondents.teachers'),
    },
    conductedWith: optionalText(field(data, 'conductedWith'), 'data.conductedWith', TEXT_LIMITS.label),
    indicators: listOf(field(data, 'indicators'), 'data.indicators', PROVINCE_SURVEY_LIMITS.indicators).map((entry, index) =>
      surveyIndicator(entry, `data.indicators[${index}]`),
    ),
    results: listOf(field(data, 'results'), 'data.results', PROVINCE_SURVEY_LIMITS.results).map((entry, index) =>
      districtResult(entry, `data.results[${index}]`),
    ),
  };
  for (const surveyRule of provinceSurveyContentRules) surveyRule.enforce(state, { ...content, enteredOn });
  return content;
}

const record: Decision<'RecordProvinceSurvey'> = (command, state) => {
  const year = requireYear(field(command.data, 'year'), 'data.year');
  const enteredOn = command.metadata.today;
  return [
    {
      type: 'ProvinceSurveyRecorded',
      data: {
        surveyId: provinceSurveyId(year),
        year,
        ...surveyOf(command.data, state, enteredOn),
        enteredOn,
        workflowVersion: PROVINCE_SURVEY_WORKFLOW_VERSION,
      },
    },
  ];
};

const correct: Decision<'CorrectProvinceSurvey'> = (command, state) => {
  const reason = requireText(field(command.data, 'reason'), 'data.reason', TEXT_LIMITS.note);
  const enteredOn = command.metadata.today;
  return [
    {
      type: 'ProvinceSurveyCorrected',
      data: {
        surveyId: state.surveyId ?? '',
        ...surveyOf(command.data, state, enteredOn),
        correction: state.corrections.length + 1,
        reason,
        enteredOn,
      },
    },
  ];
};

function decideProvinceSurvey(command: ProvinceSurveyCommand, state: ProvinceSurveyState): ProvinceSurveyEvent[] {
  switch (command.type) {
    case 'RecordProvinceSurvey':
      return record(command, state);
    case 'CorrectProvinceSurvey':
      return correct(command, state);
    default:
      return unknownCommand(command);
  }
}

/** The province office records the province-wide evaluation; no one else does. */
const surveyScope = (): CommandScope => ({ kind: 'province' });

/** What `GET /evaluations/province/{year}` shows: the survey as it stands, its total and its province-wide IPA. */
export type ProvinceSurveyView = ProvinceSurveyState & {
  readonly totalRespondents: number;
  readonly analysis: {
    readonly means: IpaMeans | null;
    readonly items: readonly (SurveyIndicator & { readonly quadrant: IpaQuadrant })[];
  };
};

export function provinceSurveyView(state: ProvinceSurveyState): ProvinceSurveyView {
  const survey = state.survey;
  return {
    ...state,
    totalRespondents: survey === null ? 0 : totalRespondents(survey.respondents),
    analysis: importancePerformanceAnalysis(survey?.indicators ?? []),
  };
}

export const provinceSurveyWorkflow: Workflow<ProvinceSurveyCommand, ProvinceSurveyEvent, ProvinceSurveyState> = machineWorkflow<
  ProvinceSurveyCommand,
  ProvinceSurveyEvent,
  ProvinceSurveyStatus,
  ProvinceSurveyContext
>({
  category: 'province-survey',
  version: PROVINCE_SURVEY_WORKFLOW_VERSION,
  codePrefix: 'PROVINCE_SURVEY',
  noun: 'province survey',
  machine: provinceSurveyMachine,
  absentStatus: 'none',
  commandTypes: provinceSurveyCommandTypes,
  creatingCommands: ['RecordProvinceSurvey'],
  commandEvents,
  eventTypes,
  upcasters: [],
  handle: decideProvinceSurvey,
  scope: surveyScope,
  streamIdOf: (command) => provinceSurveyStreamId(requireYear(field(command.data, 'year'), 'data.year')),
  view: provinceSurveyView,
});
