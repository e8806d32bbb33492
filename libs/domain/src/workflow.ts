/**
 * A workflow is an XState v5 machine over domain events plus a decider around it. `evolve` folds a
 * stored event with XState's pure `transition`; `decide` validates the command, asks the machine
 * whether the command's event may happen in the current state (409 with the allowed actions when
 * not), checks the rules that guard it (422 with a stable code), and lets the machine's guards
 * have the last word before any event is returned: a guard made of rules (rules.ts) refuses with
 * its broken rule's own code, so the two cannot tell the user different things.
 */
import { type AnyStateMachine, initialTransition, transition } from 'xstate';
import type { BodyCode, DistrictCode, Funder } from './catalogs.js';
import { DomainError, invalid, notFound, ruleBroken, transitionNotAllowed } from './errors.js';
import { isRuleGuard } from './rules.js';
import { requireMetadata } from './validation.js';
import { type MachineStep, inertStepper } from './xstate-step.js';

export interface Decider<C, E, S> {
  /** Throws DomainError on refusal. */
  decide(command: C, state: S): E[];
  /** Pure fold through XState's transition(). */
  evolve(state: S, event: E): S;
  initialState(): S;
}

export type WorkflowCategory =
  | 'agenda-item'
  | 'project'
  | 'agreement'
  | 'roster'
  | 'meeting'
  | 'operating-plan'
  | 'school-call'
  | 'province-survey'
  | 'district-evaluation';

export type CommandScope =
  | {
      readonly kind: 'secretary';
      readonly district: DistrictCode;
      readonly body: BodyCode;
      /**
       * At an agenda item's proposal stage, the civic council it is before (null: recorded without
       * one, the district's default council); only that council's secretary acts on it.
       */
      readonly council?: string | null;
      /** What the council owns here: an item at its proposal stage (default), a council's roster, or its meeting. */
      readonly councilSubject?: 'item' | 'roster' | 'meeting';
    }
  /** party undefined: an official of either party. */
  | { readonly kind: 'official'; readonly district: DistrictCode; readonly party?: Funder }
  /** The province office (도교육청): province-wide records, in no district. */
  | { readonly kind: 'province' }
  /** Only process managers (role 'system') or an administrator. */
  | { readonly kind: 'system' };

/** Turns the data of an older schema version of an event into the next version's data. */
export interface Upcaster {
  readonly type: string;
  /** The schema version this upcaster reads; it produces fromVersion + 1. */
  readonly fromVersion: number;
  upcast(data: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

export interface Workflow<C extends { type: string }, E extends { type: string }, S> {
  readonly category: WorkflowCategory;
  readonly version: number;
  readonly decider: Decider<C, E, S>;
  readonly machine: AnyStateMachine;
  readonly commandTypes: readonly C['type'][];
  readonly eventTypes: { readonly [T in E['type']]: { readonly schemaVersion: number } };
  readonly upcasters: readonly Upcaster[];
  allowedActions(state: S): C['type'][];
  commandScope(command: C, state: S): CommandScope;
  streamIdOf(command: C): string;
  view(state: S): Record<string, unknown>;
  readonly definitionJson: unknown;
  /** The reference fold through XState's own transition(); `decider.evolve` must agree with it. */
  evolveWithXStateTransition(state: S, event: E): S;
}

export type AnyWorkflow = Workflow<{ type: string }, { type: string }, { readonly status: string }>;

/** Every workflow state is the machine's state value plus its context. */
export type WorkflowState<Status extends string, Context extends object> = Readonly<{ status: Status }> & Readonly<Context>;

export interface MachineWorkflowDefinition<
  C extends { type: string; data: unknown; metadata: unknown },
  E extends { type: string; data: unknown },
  Status extends string,
  Context extends object,
> {
  readonly category: WorkflowCategory;
  readonly version: number;
  /** Prefix of error codes, e.g. 'AGENDA_ITEM'. */
  readonly codePrefix: string;
  /** What the category is called in messages, e.g. 'agenda item'. */
  readonly noun: string;
  readonly machine: AnyStateMachine;
  /** The state before the stream's first event. */
  readonly absentStatus: Status;
  readonly commandTypes: readonly C['type'][];
  readonly creatingCommands: readonly C['type'][];
  /** Commands that may start the stream and may also continue it (a roster's first member is like its next). */
  readonly openingCommands?: readonly C['type'][];
  /** The event whose transition in the machine decides whether a command may be issued now. */
  readonly commandEvents: { readonly [T in C['type']]: E['type'] };
  readonly eventTypes: { readonly [T in E['type']]: { readonly schemaVersion: number } };
  readonly upcasters: readonly Upcaster[];
  /**
   * Refusals more telling than "not allowed now", checked before it: e.g. the same project linked
   * twice, which a process manager's runner treats as already done.
   */
  alreadyDone?(command: C, state: WorkflowState<Status, Context>): DomainError | undefined;
  /** Validates the command and checks the rules; returns the events. */
  handle(command: C, state: WorkflowState<Status, Context>): E[];
  /** Scope of a command on an existing stream (or a creating command). */
  scope(command: C, state: WorkflowState<Status, Context>): CommandScope;
  streamIdOf(command: C): string;
  view(state: WorkflowState<Status, Context>): Record<string, unknown>;
}

type Snapshot = MachineStep;

/** The end of a decider's exhaustive dispatch: a command type no case handles does not compile. */
export function unknownCommand(command: never): never {
  throw invalid('COMMAND.UNKNOWN_TYPE', 'type', `${String((command as { type?: unknown }).type)} is not a known command`);
}

type AnyCommand = { type: string; data: unknown; metadata: unknown };
type AnyEvent = { type: string; data: unknown };

/**
 * States are plain objects (cacheable, comparable, JSON-safe); the snapshot each was made from
 * is remembered so folding a stream does not resolve it again from the plain object.
 */
function stateCodec<Status extends string, Context extends object>(machine: AnyStateMachine) {
  type S = WorkflowState<Status, Context>;
  const snapshots = new WeakMap<object, Snapshot>();
  const toState = (snapshot: Snapshot): S => {
    const state = { status: snapshot.value as Status, ...(snapshot.context as Context) } as S;
    snapshots.set(state, snapshot);
    return state;
  };
  const toSnapshot = (state: S): Snapshot => {
    const known = snapshots.get(state);
    if (known !== undefined) return known;
    const { status, ...context } = state as { status: Status } & Record<string, unknown>;
    return machine.resolveState({ value: status, context }) as Snapshot;
  };
  return { toState, toSnapshot };
}

/** The refusal of the first rule a guard of the event's transitions in this state finds broken. */
function brokenRule(machine: AnyStateMachine, snapshot: Snapshot, event: AnyEvent): DomainError | undefined {
  const guards: Readonly<Record<string, unknown>> = machine.implementations.guards;
  const candidates = machine.root.states[String(snapshot.value)]?.on[event.type] ?? [];
  for (const candidate of candidates) {
    const guard: unknown = candidate.guard;
    const name =
      typeof guard === 'string' ? guard : typeof guard === 'object' && guard !== null ? (guard as { type?: unknown }).type : undefined;
    const implementation = typeof name === 'string' ? guards[name] : undefined;
    if (!isRuleGuard(implementation) || !implementation.selects(snapshot.context, event)) continue;
    const refusal = implementation.refusalFor(snapshot.context, event);
    if (refusal !== undefined) return refusal;
  }
  return undefined;
}

/** Which commands a state allows, and the refusals of a command of the wrong type or on the wrong stream. */
function commandGate<C extends AnyCommand, E extends AnyEvent, Status extends string, Context extends object>(
  definition: MachineWorkflowDefinition<C, E, Status, Context>,
) {
  type S = WorkflowState<Status, Context>;
  const { machine, codePrefix, noun } = definition;

  const handledEvents = (status: Status): ReadonlySet<string> => {
    const node = machine.root.states[status];
    return new Set(node ? node.ownEvents : []);
  };

  const allowedActions = (state: S): C['type'][] => {
    const events = handledEvents(state.status);
    return definition.commandTypes.filter((type) => events.has(definition.commandEvents[type as C['type']]));
  };

  const commandTypeOf = (command: unknown): C['type'] => {
    const type = typeof command === 'object' && command !== null ? (command as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !(definition.commandTypes as readonly string[]).includes(type)) {
      throw invalid('COMMAND.UNKNOWN_TYPE', 'type', `${String(type)} is not a ${noun} command`);
    }
    return type as C['type'];
  };

  const requireExisting = (command: C, state: S): void => {
    const type = commandTypeOf(command);
    const creating = (definition.creatingCommands as readonly string[]).includes(type);
    const opening = (definition.openingCommands as readonly string[] | undefined)?.includes(type) ?? false;
    if (state.status === definition.absentStatus && !creating && !opening) {
      throw notFound(`${codePrefix}.NOT_FOUND`, `no ${noun} at ${definition.streamIdOf(command)}`, {
        details: { streamId: definition.streamIdOf(command) },
      });
    }
    if (state.status !== definition.absentStatus && creating) {
      throw transitionNotAllowed(
        `${codePrefix}.ALREADY_EXISTS`,
        `the ${noun} ${definition.streamIdOf(command)} already exists`,
        allowedActions(state),
        { status: state.status, command: type },
      );
    }
  };

  return { allowedActions, commandTypeOf, requireExisting };
}

/**
 * The decider's `decide`: the command is checked (its shape, its stream, what the state allows),
 * handled, and every event it returns must be one the machine takes from where it then stands.
 */
function deciding<C extends AnyCommand, E extends AnyEvent, Status extends string, Context extends object>(
  definition: MachineWorkflowDefinition<C, E, Status, Context>,
  gate: ReturnType<typeof commandGate<C, E, Status, Context>>,
  codec: ReturnType<typeof stateCodec<Status, Context>>,
  step: ReturnType<typeof inertStepper>,
): (command: C, state: WorkflowState<Status, Context>) => E[] {
  const { machine, codePrefix, noun } = definition;
  return (command, state) => {
    const type = gate.commandTypeOf(command);
    if (typeof command.data !== 'object' || command.data === null || Array.isArray(command.data)) {
      throw invalid('COMMAND.INVALID', 'data', 'data must be an object');
    }
    requireMetadata(command.metadata);
    gate.requireExisting(command, state);
    const done = definition.alreadyDone?.(command, state);
    if (done) throw done;
    const allowed = gate.allowedActions(state);
    if (!allowed.includes(type)) {
      throw transitionNotAllowed(
        `${codePrefix}.TRANSITION_NOT_ALLOWED`,
        `${type} is not allowed while the ${noun} is ${state.status}`,
        allowed,
        { status: state.status, command: type },
      );
    }
    const events = definition.handle(command, state);
    let snapshot = codec.toSnapshot(state);
    for (const event of events) {
      if (!snapshot.can(event)) {
        const broken = brokenRule(machine, snapshot, event);
        if (broken !== undefined) throw broken;
        throw ruleBroken(`${codePrefix}.RULE_VIOLATED`, `${event.type} may not happen while the ${noun} is ${String(snapshot.value)}`, {
          details: { status: snapshot.value, event: event.type },
        });
      }
      snapshot = step(snapshot, event);
    }
    return events;
  };
}

export function machineWorkflow<C extends AnyCommand, E extends AnyEvent, Status extends string, Context extends object>(
  definition: MachineWorkflowDefinition<C, E, Status, Context>,
): Workflow<C, E, WorkflowState<Status, Context>> {
  type S = WorkflowState<Status, Context>;
  const { machine, codePrefix, noun } = definition;
  const codec = stateCodec<Status, Context>(machine);
  const { toState, toSnapshot } = codec;
  const initial = toState(initialTransition(machine)[0] as Snapshot);
  const step = inertStepper(machine);
  const gate = commandGate(definition);
  const decide = deciding(definition, gate, codec, step);

  const evolve = (state: S, event: E): S => {
    const snapshot = toSnapshot(state);
    if (!(event.type in definition.eventTypes) || !snapshot.can(event)) {
      throw new DomainError(
        'rule',
        `${codePrefix}.EVENT_NOT_APPLICABLE`,
        `stored event ${event.type} cannot follow a ${noun} in state ${state.status}`,
        { details: { status: state.status, event: event.type } },
      );
    }
    return toState(step(snapshot, event));
  };

  const evolveWithXStateTransition = (state: S, event: E): S => {
    const snapshot = toSnapshot(state);
    if (!snapshot.can(event)) return state;
    return toState(transition(machine, snapshot, event)[0] as Snapshot);
  };

  return {
    category: definition.category,
    version: definition.version,
    decider: { decide, evolve, initialState: () => initial },
    evolveWithXStateTransition,
    machine,
    commandTypes: definition.commandTypes,
    eventTypes: definition.eventTypes,
    upcasters: definition.upcasters,
    allowedActions: gate.allowedActions,
    commandScope(command, state) {
      gate.commandTypeOf(command);
      gate.requireExisting(command, state);
      return definition.scope(command, state);
    },
    streamIdOf: definition.streamIdOf,
    view: definition.view,
    definitionJson: machineDefinitionJson(machine),
  };
}

/** A diagram-friendly JSON view of a machine: states, final states, and per event the guarded targets. */
export interface MachineDefinitionJson {
  readonly id: string;
  readonly initial: string;
  readonly states: Record<
    string,
    { readonly type: string; readonly on: Record<string, { readonly target: string | null; readonly guard: string | null }[]> }
  >;
}

export function machineDefinitionJson(machine: AnyStateMachine): MachineDefinitionJson {
  const states: MachineDefinitionJson['states'] = {};
  for (const [key, node] of Object.entries(machine.root.states)) {
    const on: Record<string, { target: string | null; guard: string | null }[]> = {};
    for (const [eventType, transitions] of Object.entries(node.on)) {
      on[eventType] = transitions.map((candidate) => {
        const guard: unknown = candidate.guard;
        const guardName =
          typeof guard === 'string'
            ? guard
            : typeof guard === 'object' && guard !== null && typeof (guard as { type?: unknown }).type === 'string'
              ? (guard as { type: string }).type
              : null;
        return { target: candidate.target?.[0]?.key ?? null, guard: guardName };
      });
    }
    states[key] = { type: node.type, on };
  }
  const initial = machine.root.initial?.target?.[0]?.key ?? '';
  return { id: machine.id, initial, states };
}
