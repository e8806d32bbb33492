/**
 * Where a project stands after each event: the domain's project states, event types and state
 * table (projectStatusAfter, read off the machine), in the read side's words.
 */
import { type ProjectEvent, type ProjectStatus, projectStatusAfter, projectStatuses, projectWorkflow } from '@gongron/domain';
import type { StoredEvent } from '@gongron/event-store';

/** The states a project can stand in once created: the domain's own list, without its pre-creation 'none'. */
export type ProjectState = Exclude<ProjectStatus, 'none'>;
export const projectStates = projectStatuses.filter((s): s is ProjectState => s !== 'none');

/** Every event type of the project workflow. */
export const projectEventTypes = Object.keys(projectWorkflow.eventTypes) as readonly ProjectEvent['type'][];

/** The state an event moves its project to, or undefined when it records without moving. */
export function projectStateAfter(event: StoredEvent): ProjectState | undefined {
  const status = projectStatusAfter(event);
  return status === 'none' ? undefined : status;
}
