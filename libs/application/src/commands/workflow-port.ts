/**
 * Where the command path finds the workflow for a command or a stream: the domain's own
 * workflows, in the product (`domainCatalog`), or a chosen few in a test.
 */
import type { DomainWorkflow } from '@gongron/domain';

export interface WorkflowCatalog {
  readonly workflows: readonly DomainWorkflow[];
  workflowForCommand(type: string): DomainWorkflow | undefined;
  workflowForStream(streamId: string): DomainWorkflow | undefined;
}
