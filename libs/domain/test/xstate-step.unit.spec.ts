/**
 * What the fast fold relies on in XState (src/xstate-step.ts): a step of `machine.transition` with
 * the inert scope touches no scope member beyond the stubbed ones, and gives the snapshot XState's
 * own `transition()` gives. If an XState release reads another member or steps differently, this
 * fails before folds drift.
 */
import { type AnyActorScope, initialTransition, transition } from 'xstate';
import { type AnyWorkflow, agendaItemWorkflow, agreementWorkflow, meetingWorkflow, projectWorkflow, rosterWorkflow } from '../src/index.js';
import { type MachineStep, inertScope, inertScopeMembers, inertStepper } from '../src/xstate-step.js';
import { agendaItemPaths, agreementPaths, meetingPaths, projectPaths, rosterPaths, run } from './support/scenarios.js';

const histories: readonly (readonly [AnyWorkflow, Readonly<Record<string, readonly { type: string }[]>>])[] = [
  [agendaItemWorkflow as unknown as AnyWorkflow, agendaItemPaths],
  [projectWorkflow as unknown as AnyWorkflow, projectPaths],
  [agreementWorkflow as unknown as AnyWorkflow, agreementPaths],
  [rosterWorkflow as unknown as AnyWorkflow, rosterPaths],
  [meetingWorkflow as unknown as AnyWorkflow, meetingPaths],
];

/** The longest path of each workflow: the events that bring it furthest. */
function eventsOf(workflow: AnyWorkflow, paths: Readonly<Record<string, readonly { type: string }[]>>): { type: string }[] {
  const longest = Object.values(paths).reduce((best, path) => (path.length > best.length ? path : best), [] as readonly { type: string }[]);
  return run(workflow, longest).events;
}

describe('the inert XState step', () => {
  it.each(histories.map(([workflow, paths]) => [workflow.category, workflow, paths] as const))(
    '%s: reads no scope member beyond the stubbed ones',
    (_category, workflow, paths) => {
      const read = new Set<string>();
      const scope = new Proxy(inertScope(workflow.machine) as unknown as Record<string, unknown>, {
        get(target, key, receiver) {
          if (typeof key === 'string') read.add(key);
          return Reflect.get(target, key, receiver) as unknown;
        },
        has(target, key) {
          if (typeof key === 'string') read.add(key);
          return Reflect.has(target, key);
        },
      }) as unknown as AnyActorScope;
      const step = inertStepper(workflow.machine, scope);
      let snapshot = initialTransition(workflow.machine)[0] as MachineStep;
      const events = eventsOf(workflow, paths);
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) snapshot = step(snapshot, event);
      expect([...read].filter((key) => !(inertScopeMembers as readonly string[]).includes(key))).toEqual([]);
    },
  );

  it.each(histories.map(([workflow, paths]) => [workflow.category, workflow, paths] as const))(
    '%s: gives the snapshot transition() gives, event by event',
    (_category, workflow, paths) => {
      const step = inertStepper(workflow.machine);
      let fast = initialTransition(workflow.machine)[0] as MachineStep;
      let reference = initialTransition(workflow.machine)[0] as MachineStep;
      for (const event of eventsOf(workflow, paths)) {
        fast = step(fast, event);
        reference = transition(workflow.machine, reference, event)[0] as MachineStep;
        expect(fast.value).toEqual(reference.value);
        expect(fast.context).toEqual(reference.context);
        expect(fast.status).toBe(reference.status);
      }
    },
  );
});
