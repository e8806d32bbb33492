/** The domain's workflows and process managers, as the generic command path sees them. */
import type { EventTypeRegistry } from '@gongron/event-store';
import {
  PERSONAL_DATA_ERASED,
  WITNESS_KEY_REGISTERED,
  personalFieldsOf,
  processManagers,
  workflowForCommand,
  workflowForStream,
  workflows,
} from '@gongron/domain';
import { agreementPreconditions, type CommandPrecondition } from './commands/agreement-projects.js';
import { meetingPreconditions } from './commands/meeting-facts.js';
import type { WorkflowCatalog, WorkflowLike } from './commands/workflow-port.js';
import type { ProcessManagerLike } from './process-managers/process-manager.runner.js';

const all = workflows as unknown as readonly WorkflowLike[];

export const domainCatalog: WorkflowCatalog = {
  workflows: all,
  workflowForCommand: (type) => (workflowForCommand as (t: string) => WorkflowLike | undefined)(type),
  workflowForStream: (streamId) => (workflowForStream as (s: string) => WorkflowLike | undefined)(streamId),
};

/** The checks of other streams' facts every command path runs before deciding. */
export const domainPreconditions: Readonly<Record<string, CommandPrecondition>> = { ...agreementPreconditions, ...meetingPreconditions };

export const domainProcessManagers = processManagers as unknown as readonly ProcessManagerLike[];

/**
 * Every event type the workflows write, with its schema version and upcasters, and the domain's
 * list of personal fields (encrypted per data subject by the store), for the store. The erasure
 * of a data subject and the registration of a witness key are recorded in the log too.
 */
export function buildEventTypeRegistry(source: readonly WorkflowLike[] = all): EventTypeRegistry {
  const types: Record<string, { schemaVersion: number }> = {
    [PERSONAL_DATA_ERASED]: { schemaVersion: 1 },
    [WITNESS_KEY_REGISTERED]: { schemaVersion: 1 },
  };
  for (const workflow of source) {
    for (const [type, { schemaVersion }] of Object.entries(workflow.eventTypes)) types[type] = { schemaVersion };
  }
  return { types, upcasters: source.flatMap((w) => [...w.upcasters]), personalData: personalFieldsOf };
}
