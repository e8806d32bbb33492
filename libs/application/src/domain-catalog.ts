/** The domain's workflows and process managers, for the generic command path. */
import type { EventTypeRegistry } from '@gongron/event-store';
import {
  type DomainWorkflow,
  domainWorkflows,
  PERSONAL_DATA_ERASED,
  WITNESS_KEY_REGISTERED,
  personalFieldsOf,
  processManagers,
  workflowForCommand,
  schoolCatalog,
  workflowForStream,
} from '@gongron/domain';
import { agreementPreconditions, type CommandPrecondition } from './commands/agreement-projects.js';
import { meetingPreconditions } from './commands/meeting-facts.js';
import { schoolCallPreconditions } from './commands/school-call-facts.js';
import { districtEvaluationPreconditions } from './commands/evaluation-facts.js';
import { operatingPlanPreconditions } from './commands/plan-facts.js';
import type { WorkflowCatalog } from './commands/workflow-port.js';

export const domainCatalog: WorkflowCatalog = { workflows: domainWorkflows, workflowForCommand, workflowForStream };

/** The checks of other streams' facts every command path runs before deciding (with the default schools). */
export const domainPreconditions: Readonly<Record<string, CommandPrecondition>> = {
  ...agreementPreconditions,
  ...meetingPreconditions(),
  ...schoolCallPreconditions(schoolCatalog()),
  ...districtEvaluationPreconditions(),
  ...operatingPlanPreconditions,
};

export const domainProcessManagers = processManagers;

/**
 * Every event type the workflows write, with its schema version and upcasters, and the domain's
 * list of personal fields (encrypted per data subject by the store), for the store. The erasure
 * of a data subject and the registration of a witness key are recorded in the log too.
 */
export function buildEventTypeRegistry(source: readonly DomainWorkflow[] = domainWorkflows): EventTypeRegistry {
  const types: Record<string, { schemaVersion: number }> = {
    [PERSONAL_DATA_ERASED]: { schemaVersion: 1 },
    [WITNESS_KEY_REGISTERED]: { schemaVersion: 1 },
  };
  for (const workflow of source) {
    for (const [type, { schemaVersion }] of Object.entries(workflow.eventTypes)) types[type] = { schemaVersion };
  }
  return { types, upcasters: source.flatMap((w) => [...w.upcasters]), personalData: personalFieldsOf };
}
