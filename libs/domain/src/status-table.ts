/**
 * A workflow's state table as data, read off its machine, for those who read the log without
 * folding it (the read models): the state an event leads to. The machine stays the one place the
 * table is declared; a new state or event type reaches every reader from there.
 */
import type { AnyStateMachine } from 'xstate';
import { type ProjectStatus, projectMachine } from './project/project.machine.js';
import { machineDefinitionJson } from './workflow.js';

/** An event as a reader of the log holds it: its type, and its data where the type alone does not tell. */
export interface EventOfLog {
  readonly type: string;
  readonly data?: unknown;
}

/**
 * For each event type, the state it moves a stream to, where every transition of that type leads
 * to one and the same state; an event type that leaves the state as it was (or whose data chooses
 * among several states) has none.
 */
export function statusAfterEventType<Status extends string>(machine: AnyStateMachine): (event: EventOfLog) => Status | undefined {
  const targets = new Map<string, Set<string | null>>();
  for (const node of Object.values(machineDefinitionJson(machine).states)) {
    for (const [eventType, transitions] of Object.entries(node.on)) {
      const seen = targets.get(eventType) ?? new Set<string | null>();
      for (const transition of transitions) seen.add(transition.target);
      targets.set(eventType, seen);
    }
  }
  const moves = new Map<string, Status>();
  for (const [eventType, seen] of targets) {
    const [only] = [...seen];
    if (seen.size === 1 && only !== null && only !== undefined) moves.set(eventType, only as Status);
  }
  return (event) => moves.get(event.type);
}

/** The state a project stands in after an event, or undefined when the event records without moving it. */
export const projectStatusAfter: (event: EventOfLog) => ProjectStatus | undefined = statusAfterEventType<ProjectStatus>(projectMachine);
