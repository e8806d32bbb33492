/** The workflows, looked up by command type, stream id or event type. */
import { type AgendaItemState, agendaItemWorkflow } from './agenda-item/agenda-item.workflow.js';
import type { AgendaItemCommand, AgendaItemEvent } from './agenda-item/agenda-item.messages.js';
import { type AgreementState, agreementWorkflow } from './agreement/agreement.workflow.js';
import type { AgreementCommand, AgreementEvent } from './agreement/agreement.messages.js';
import { type ProjectState, projectWorkflow } from './project/project.workflow.js';
import type { ProjectCommand, ProjectEvent } from './project/project.messages.js';
import { type MeetingState, meetingWorkflow } from './meeting/meeting.workflow.js';
import type { MeetingCommand, MeetingEvent } from './meeting/meeting.messages.js';
import { type RosterState, rosterWorkflow } from './roster/roster.workflow.js';
import type { RosterCommand, RosterEvent } from './roster/roster.messages.js';
import { type OperatingPlanState, operatingPlanWorkflow } from './operating-plan/operating-plan.workflow.js';
import type { OperatingPlanCommand, OperatingPlanEvent } from './operating-plan/operating-plan.messages.js';
import { type SchoolCallState, schoolCallWorkflow } from './school-call/school-call.workflow.js';
import type { SchoolCallCommand, SchoolCallEvent } from './school-call/school-call.messages.js';
import { type ProvinceSurveyState, provinceSurveyWorkflow } from './evaluation/province-survey.workflow.js';
import type { ProvinceSurveyCommand, ProvinceSurveyEvent } from './evaluation/province-survey.messages.js';
import { type DistrictEvaluationState, districtEvaluationWorkflow } from './evaluation/district-evaluation.workflow.js';
import type { DistrictEvaluationCommand, DistrictEvaluationEvent } from './evaluation/district-evaluation.messages.js';
import { streamCategory } from './stream-ids.js';
import type { CommandMetadata } from './messages.js';
import type { AnyWorkflow, Upcaster, Workflow } from './workflow.js';

export type DomainEvent =
  | AgendaItemEvent
  | ProjectEvent
  | AgreementEvent
  | RosterEvent
  | MeetingEvent
  | OperatingPlanEvent
  | SchoolCallEvent
  | ProvinceSurveyEvent
  | DistrictEvaluationEvent;
export type DomainCommand =
  | AgendaItemCommand
  | ProjectCommand
  | AgreementCommand
  | RosterCommand
  | MeetingCommand
  | OperatingPlanCommand
  | SchoolCallCommand
  | ProvinceSurveyCommand
  | DistrictEvaluationCommand;
export type DomainState =
  | AgendaItemState
  | ProjectState
  | AgreementState
  | RosterState
  | MeetingState
  | OperatingPlanState
  | SchoolCallState
  | ProvinceSurveyState
  | DistrictEvaluationState;

/**
 * A workflow as the generic command path holds it: any domain command, event and state. Widening
 * each workflow to the unions is sound because each refuses what is not its own at run time: its
 * `decide` and `commandScope` a command of another workflow (COMMAND.UNKNOWN_TYPE), its `evolve`
 * an event of another (EVENT_NOT_APPLICABLE). This is the one place the widening is written.
 */
export type DomainWorkflow = Workflow<DomainCommand, DomainEvent, DomainState>;

/** Every command's type name; a misspelt one is no `CommandType`. */
export type CommandType = DomainCommand['type'];
/** The command of that type. */
export type CommandOf<T extends CommandType> = Extract<DomainCommand, { readonly type: T }>;
/** What a command of that type carries as its data. */
export type CommandData<T extends CommandType> = CommandOf<T>['data'];
/** A command's type and data without its metadata, correlated: the data is that type's. */
export type CommandBody = { readonly [T in CommandType]: { readonly type: T; readonly data: CommandData<T> } }[CommandType];

/** The command of this type; its data is checked against the command's declaration when it compiles. */
export function domainCommand<T extends CommandType>(type: T, data: CommandData<T>, metadata: CommandMetadata): CommandOf<T> {
  // TypeScript cannot correlate a generic type with its data inside the union; the signature does.
  return { type, data, metadata } as unknown as CommandOf<T>;
}

export const workflows = [
  agendaItemWorkflow,
  projectWorkflow,
  agreementWorkflow,
  rosterWorkflow,
  meetingWorkflow,
  operatingPlanWorkflow,
  schoolCallWorkflow,
  provinceSurveyWorkflow,
  districtEvaluationWorkflow,
] as const;

/** The workflows as the generic command path holds them (see DomainWorkflow). */
export const domainWorkflows: readonly DomainWorkflow[] = workflows as unknown as readonly DomainWorkflow[];
const anyWorkflows: readonly AnyWorkflow[] = domainWorkflows;

export function workflowForCommand(type: string): DomainWorkflow | undefined {
  return domainWorkflows.find((workflow) => (workflow.commandTypes as readonly string[]).includes(type));
}

export function workflowForStream(streamId: string): DomainWorkflow | undefined {
  const category = streamCategory(streamId);
  return domainWorkflows.find((workflow) => workflow.category === category);
}

export function workflowForEvent(type: string): DomainWorkflow | undefined {
  return domainWorkflows.find((workflow) => Object.hasOwn(workflow.eventTypes, type));
}

export const eventSchemaVersions: Record<DomainEvent['type'], number> = Object.fromEntries(
  anyWorkflows.flatMap((workflow) =>
    Object.entries(workflow.eventTypes).map(([type, entry]) => [type, (entry as { schemaVersion: number }).schemaVersion]),
  ),
) as Record<DomainEvent['type'], number>;

export const domainEventTypes = Object.keys(eventSchemaVersions) as DomainEvent['type'][];
export const domainCommandTypes = anyWorkflows.flatMap((workflow) => [...workflow.commandTypes]) as DomainCommand['type'][];

/**
 * Brings stored event data up to the current schema version of its type by running the
 * workflow's upcasters in order. A version newer than the code knows, or a gap without an
 * upcaster, is refused: history must never be read wrongly.
 */
export function upcastEventData(type: string, schemaVersion: number, data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const workflow = workflowForEvent(type);
  if (workflow === undefined) throw new RangeError(`unknown event type ${type}`);
  const current = (workflow.eventTypes as Record<string, { schemaVersion: number }>)[type]?.schemaVersion ?? 1;
  if (schemaVersion > current) {
    throw new RangeError(`${type} schema version ${schemaVersion} is newer than this code (${current})`);
  }
  let result: Record<string, unknown> = { ...data };
  for (let version = schemaVersion; version < current; version += 1) {
    const upcaster: Upcaster | undefined = workflow.upcasters.find(
      (candidate) => candidate.type === type && candidate.fromVersion === version,
    );
    if (upcaster === undefined) throw new RangeError(`no upcaster for ${type} from schema version ${version}`);
    result = upcaster.upcast(result);
  }
  return result;
}
