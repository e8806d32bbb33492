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
import { streamCategory } from './stream-ids.js';
import type { AnyWorkflow, Upcaster } from './workflow.js';

export type DomainEvent = AgendaItemEvent | ProjectEvent | AgreementEvent | RosterEvent | MeetingEvent | OperatingPlanEvent;
export type DomainCommand = AgendaItemCommand | ProjectCommand | AgreementCommand | RosterCommand | MeetingCommand | OperatingPlanCommand;
export type DomainState = AgendaItemState | ProjectState | AgreementState | RosterState | MeetingState | OperatingPlanState;

/** Every command's type name; a misspelt one is no `CommandType`. */
export type CommandType = DomainCommand['type'];
/** The command of that type. */
export type CommandOf<T extends CommandType> = Extract<DomainCommand, { readonly type: T }>;
/** What a command of that type carries as its data. */
export type CommandData<T extends CommandType> = CommandOf<T>['data'];

export const workflows = [agendaItemWorkflow, projectWorkflow, agreementWorkflow, rosterWorkflow, meetingWorkflow, operatingPlanWorkflow] as const;

const anyWorkflows: readonly AnyWorkflow[] = workflows as unknown as readonly AnyWorkflow[];

export function workflowForCommand(type: string): AnyWorkflow | undefined {
  return anyWorkflows.find((workflow) => (workflow.commandTypes as readonly string[]).includes(type));
}

export function workflowForStream(streamId: string): AnyWorkflow | undefined {
  const category = streamCategory(streamId);
  return anyWorkflows.find((workflow) => workflow.category === category);
}

export function workflowForEvent(type: string): AnyWorkflow | undefined {
  return anyWorkflows.find((workflow) => Object.hasOwn(workflow.eventTypes, type));
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
export function upcastEventData(
  type: string,
  schemaVersion: number,
  data: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const workflow = workflowForEvent(type);
  if (workflow === undefined) throw new RangeError(`unknown event type ${type}`);
  const current = (workflow.eventTypes as Record<string, { schemaVersion: number }>)[type]?.schemaVersion ?? 1;
  if (schemaVersion > current) {
    throw new RangeError(`${type} schema version ${schemaVersion} is newer than this code (${current})`);
  }
  let result: Record<string, unknown> = { ...data };
  for (let version = schemaVersion; version < current; version += 1) {
    const upcaster: Upcaster | undefined = workflow.upcasters.find((candidate) => candidate.type === type && candidate.fromVersion === version);
    if (upcaster === undefined) throw new RangeError(`no upcaster for ${type} from schema version ${version}`);
    result = upcaster.upcast(result);
  }
  return result;
}
