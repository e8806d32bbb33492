/**
 * A district's self-evaluation decider: one small function per command, a thin exhaustive
 * dispatch. The projects and agenda items its indicators name are read by the application from
 * their own streams and handed over as `metadata.facts.linked`.
 */
import type { DistrictCode } from '../catalogs.js';
import { invalid, ruleBroken } from '../errors.js';
import { LIST_LIMITS, TEXT_LIMITS } from '../limits.js';
import type { CommandFacts } from '../messages.js';
import { districtEvaluationId, districtEvaluationStreamId } from '../stream-ids.js';
import {
  field,
  optionalText,
  requireDistrict,
  requireId,
  requireListSize,
  requireObject,
  requireText,
  requireYear,
} from '../validation.js';
import { type CommandScope, type Workflow, type WorkflowState, machineWorkflow, unknownCommand } from '../workflow.js';
import { indicator } from './indicators.js';
import {
  type DistrictEvaluationContext,
  type DistrictEvaluationStatus,
  districtEvaluationMachine,
  districtEvaluationRules,
  evaluationLinks,
} from './district-evaluation.machine.js';
import type {
  DistrictEvaluationCommand,
  DistrictEvaluationContent,
  DistrictEvaluationEvent,
  DistrictIndicator,
  EvaluationReport,
} from './district-evaluation.messages.js';

export type DistrictEvaluationState = WorkflowState<DistrictEvaluationStatus, DistrictEvaluationContext>;

/** What `GET /evaluations/districts/{district}/{year}` shows: the evaluation and every project and item its indicators name. */
export type DistrictEvaluationView = DistrictEvaluationState & {
  readonly links: { readonly projectIds: readonly string[]; readonly agendaItemIds: readonly string[] };
};

export const DISTRICT_EVALUATION_WORKFLOW_VERSION = 1;

/** How many projects or items one indicator may name. */
export const DISTRICT_EVALUATION_LIMITS = { linksPerIndicator: 100 } as const;

/** A stored document's name: its SHA-256, 64 lower-case hexadecimal digits. */
export const REPORT_HASH_PATTERN = /^[0-9a-f]{64}$/;

export const districtEvaluationCommandTypes = [
  'RecordDistrictEvaluation',
  'CorrectDistrictEvaluation',
] as const satisfies readonly DistrictEvaluationCommand['type'][];

const commandEvents = {
  RecordDistrictEvaluation: 'DistrictEvaluationRecorded',
  CorrectDistrictEvaluation: 'DistrictEvaluationCorrected',
} as const satisfies { readonly [T in DistrictEvaluationCommand['type']]: DistrictEvaluationEvent['type'] };

const eventTypes = {
  DistrictEvaluationRecorded: { schemaVersion: 1 },
  DistrictEvaluationCorrected: { schemaVersion: 1 },
} as const satisfies { readonly [T in DistrictEvaluationEvent['type']]: { readonly schemaVersion: number } };

type Decision<T extends DistrictEvaluationCommand['type']> = (
  command: Extract<DistrictEvaluationCommand, { type: T }>,
  state: DistrictEvaluationState,
) => DistrictEvaluationEvent[];

function idList(value: unknown, path: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalid('COMMAND.INVALID', path, `${path} must be a list of ids`);
  requireListSize(value, path, DISTRICT_EVALUATION_LIMITS.linksPerIndicator);
  return value.map((id, index) => requireId(id, `${path}[${index}]`));
}

function districtIndicator(value: unknown, path: string): DistrictIndicator {
  const entry = requireObject(value, path);
  return {
    indicatorId: requireId(entry['indicatorId'], `${path}.indicatorId`),
    ...indicator(entry, path),
    projectIds: idList(entry['projectIds'], `${path}.projectIds`),
    agendaItemIds: idList(entry['agendaItemIds'], `${path}.agendaItemIds`),
  };
}

function report(value: unknown): EvaluationReport {
  const entry = requireObject(value, 'data.report');
  const sha256 = entry['sha256'];
  if (typeof sha256 !== 'string' || !REPORT_HASH_PATTERN.test(sha256)) {
    throw invalid('COMMAND.INVALID', 'data.report.sha256', 'data.report.sha256 must be the SHA-256 of the stored report (64 hex digits)');
  }
  return { sha256, name: requireText(entry['name'], 'data.report.name', TEXT_LIMITS.fileName) };
}

/**
 * Every project and item the indicators name exists and is the district's; a project is of the
 * evaluation's year too.
 */
function requireOwnLinks(content: DistrictEvaluationContent, district: DistrictCode, year: number, facts: CommandFacts | undefined): void {
  for (const [index, entry] of content.indicators.entries()) {
    for (const [at, projectId] of entry.projectIds.entries()) {
      const path = `data.indicators[${index}].projectIds[${at}]`;
      const project = facts?.linked?.projects[projectId] ?? null;
      if (project === null) {
        throw ruleBroken('DISTRICT_EVALUATION.PROJECT_UNKNOWN', `there is no project ${projectId}`, {
          field: path,
          details: { projectId },
        });
      }
      if (project.district !== district) {
        throw ruleBroken(
          'DISTRICT_EVALUATION.PROJECT_OF_ANOTHER_DISTRICT',
          `project ${projectId} belongs to ${project.district}, not to ${district}`,
          {
            field: path,
            details: { projectId, projectDistrict: project.district, district },
          },
        );
      }
      if (project.year !== year) {
        throw ruleBroken(
          'DISTRICT_EVALUATION.PROJECT_OF_ANOTHER_YEAR',
          `project ${projectId} is a ${String(project.year)} project, not one of ${year}`,
          {
            field: path,
            details: { projectId, projectYear: project.year, year },
          },
        );
      }
    }
    for (const [at, itemId] of entry.agendaItemIds.entries()) {
      const path = `data.indicators[${index}].agendaItemIds[${at}]`;
      const item = facts?.linked?.agendaItems[itemId] ?? null;
      if (item === null) {
        throw ruleBroken('DISTRICT_EVALUATION.AGENDA_ITEM_UNKNOWN', `there is no agenda item ${itemId}`, {
          field: path,
          details: { itemId },
        });
      }
      if (item.district !== district) {
        throw ruleBroken(
          'DISTRICT_EVALUATION.AGENDA_ITEM_OF_ANOTHER_DISTRICT',
          `agenda item ${itemId} belongs to ${item.district}, not to ${district}`,
          {
            field: path,
            details: { itemId, itemDistrict: item.district, district },
          },
        );
      }
    }
  }
}

function evaluationOf(
  command: DistrictEvaluationCommand,
  state: DistrictEvaluationState,
  district: DistrictCode,
  year: number,
): DistrictEvaluationContent {
  const listed = field(command.data, 'indicators');
  if (!Array.isArray(listed) || listed.length === 0) {
    throw invalid('COMMAND.INVALID', 'data.indicators', 'data.indicators must list at least one indicator (name, target, result)');
  }
  requireListSize(listed, 'data.indicators', LIST_LIMITS.indicators);
  const content: DistrictEvaluationContent = {
    summary: optionalText(field(command.data, 'summary'), 'data.summary', TEXT_LIMITS.text),
    indicators: listed.map((entry, index) => districtIndicator(entry, `data.indicators[${index}]`)),
    report: report(field(command.data, 'report')),
  };
  districtEvaluationRules.indicatorsOnce.enforce(state, content);
  requireOwnLinks(content, district, year, command.metadata.facts);
  return content;
}

const addressOf = (command: DistrictEvaluationCommand) => ({
  district: requireDistrict(field(command.data, 'district'), 'data.district'),
  year: requireYear(field(command.data, 'year'), 'data.year'),
});

const record: Decision<'RecordDistrictEvaluation'> = (command, state) => {
  const { district, year } = addressOf(command);
  return [
    {
      type: 'DistrictEvaluationRecorded',
      data: {
        evaluationId: districtEvaluationId(district, year),
        district,
        year,
        ...evaluationOf(command, state, district, year),
        enteredOn: command.metadata.today,
        workflowVersion: DISTRICT_EVALUATION_WORKFLOW_VERSION,
      },
    },
  ];
};

const correct: Decision<'CorrectDistrictEvaluation'> = (command, state) => {
  const { district, year } = addressOf(command);
  const reason = requireText(field(command.data, 'reason'), 'data.reason', TEXT_LIMITS.note);
  return [
    {
      type: 'DistrictEvaluationCorrected',
      data: {
        evaluationId: state.evaluationId ?? districtEvaluationId(district, year),
        ...evaluationOf(command, state, district, year),
        correction: state.corrections.length + 1,
        reason,
        enteredOn: command.metadata.today,
      },
    },
  ];
};

function decideDistrictEvaluation(command: DistrictEvaluationCommand, state: DistrictEvaluationState): DistrictEvaluationEvent[] {
  switch (command.type) {
    case 'RecordDistrictEvaluation':
      return record(command, state);
    case 'CorrectDistrictEvaluation':
      return correct(command, state);
    default:
      return unknownCommand(command);
  }
}

/** The district's officials (either party) record and correct its self-evaluation. */
function evaluationScope(command: DistrictEvaluationCommand, state: DistrictEvaluationState): CommandScope {
  return { kind: 'official', district: state.district ?? addressOf(command).district };
}

export const districtEvaluationWorkflow: Workflow<DistrictEvaluationCommand, DistrictEvaluationEvent, DistrictEvaluationState> =
  machineWorkflow<DistrictEvaluationCommand, DistrictEvaluationEvent, DistrictEvaluationStatus, DistrictEvaluationContext>({
    category: 'district-evaluation',
    version: DISTRICT_EVALUATION_WORKFLOW_VERSION,
    codePrefix: 'DISTRICT_EVALUATION',
    noun: 'district self-evaluation',
    machine: districtEvaluationMachine,
    absentStatus: 'none',
    commandTypes: districtEvaluationCommandTypes,
    creatingCommands: ['RecordDistrictEvaluation'],
    commandEvents,
    eventTypes,
    upcasters: [],
    handle: decideDistrictEvaluation,
    scope: evaluationScope,
    streamIdOf: (command) => {
      const { district, year } = addressOf(command);
      return districtEvaluationStreamId(district, year);
    },
    view: (state): DistrictEvaluationView => ({
      ...state,
      links: state.evaluation === null ? { projectIds: [], agendaItemIds: [] } : evaluationLinks(state.evaluation),
    }),
  });
