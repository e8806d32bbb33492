/**
 * The one place the domain steps past XState's public API, and why.
 *
 * XState's `transition(machine, snapshot, event)` builds a throwaway actor on every call, which
 * costs about 0.2 ms and dominated folding a stream. These machines spawn nothing and run no side
 * effects (their only action is `assign`, and their guards are pure functions of context and
 * event), so one inert actor scope serves every step of `machine.transition(snapshot, event, scope)`.
 * XState types that scope (`AnyActorScope`) but builds it only inside its actors; the members below
 * are the ones its transition reads, stubbed to do nothing.
 *
 * What this relies on, checked by libs/domain/test/xstate-step.unit.spec.ts: a step touches no
 * scope member beyond these, and gives the snapshot `transition()` gives. When XState changes
 * either, that test fails before a fold silently drifts; `evolveWithXStateTransition` keeps the
 * library function as the reference the workflow specs compare against.
 */
import { type AnyActorScope, type AnyStateMachine, type MachineSnapshot, createActor } from 'xstate';

export type MachineStep = MachineSnapshot<object, { type: string }, never, string, string, unknown, never, never>;

/** The scope members an inert step provides. */
export const inertScopeMembers = ['self', 'id', 'sessionId', 'system', 'logger', 'defer', 'stopChild', 'emit', 'actionExecutor'] as const;

/** A scope for `machine.transition` that runs nothing: no logging, no deferred actions, no children, no emitted events. */
export function inertScope(machine: AnyStateMachine): AnyActorScope {
  const self = createActor(machine);
  const scope: Record<(typeof inertScopeMembers)[number], unknown> = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => undefined,
    defer: () => undefined,
    stopChild: () => undefined,
    emit: () => undefined,
    actionExecutor: () => undefined,
  };
  return scope as unknown as AnyActorScope;
}

/** One pure step of the machine, without building an actor: the snapshot `transition()` would give. */
export function inertStepper(
  machine: AnyStateMachine,
  scope: AnyActorScope = inertScope(machine),
): (snapshot: MachineStep, event: { type: string }) => MachineStep {
  return (snapshot, event) => machine.transition(snapshot, event, scope) as MachineStep;
}
