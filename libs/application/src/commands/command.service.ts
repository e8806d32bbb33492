/**
 * The one generic command path: read the stream → fold it (from the cached state when there is
 * one) → check the actor's scope → decide → append with the expected revision. Every refusal
 * comes back as a CommandRefused with a stable code; nothing here answers with a crash.
 */
import { withCouncilOfRecord } from './council-of-record.js';
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import {
  storedReceipts,
  type EventMetadata,
  type EventStore,
  type EventToAppend,
  type JsonObject,
  type Receipt,
  type StoredEvent,
} from '@gongron/event-store';
import {
  type DomainCommand,
  type DomainEvent,
  type DomainState,
  type DomainWorkflow,
  defaultOrganisation,
  type Organisation,
  foldStoredEvent,
  isHistoryDoesNotFold,
} from '@gongron/domain';
import { actorRef } from '../access/actor.js';
import { authorize } from '../access/authorize.js';
import { deterministicUuid } from '../idempotency/canonical-json.js';
import type { CommandPrecondition } from './agreement-projects.js';
import { CommandRefused, isDomainErrorLike, refusalFromDomainError } from './command-refused.js';
import { businessDateOf } from '../time/business-clock.js';
import { type CachedState, StateCache } from './state-cache.js';
import type { WorkflowCatalog } from './workflow-port.js';

/**
 * A command from outside the type system (JSON from a client or a file, a script's table of
 * steps), taken as the domain's command: the command path refuses an unknown type, and the
 * decider every field it does not accept, by name; a missing business date is filled in from `now`.
 */
export function untypedCommand(command: {
  readonly type: string;
  readonly data: object;
  readonly metadata: {
    readonly now: string;
    readonly today?: string;
    readonly actor: object;
    readonly correlationId?: string;
    readonly causationId?: string;
  };
}): DomainCommand {
  return command as DomainCommand;
}

export interface ExecuteOptions {
  /** The revision the caller last saw (`If-Match`); another current revision is refused as stale. */
  readonly expectedRevision?: number;
  /** Seed for event ids, so that re-issuing the same command after a crash cannot write twice. */
  readonly eventIdSeed?: string;
  /**
   * An earlier attempt with this seed may already have appended (it crashed or lost its answer):
   * look for its events first and answer with the state they produced instead of deciding again.
   */
  readonly mayBeApplied?: boolean;
}

export interface CommandResult {
  readonly streamId: string;
  readonly revision: number;
  readonly state: Record<string, unknown>;
  readonly allowedActions: string[];
  readonly events: StoredEvent[];
  /** Where each of the events sits in the log's Merkle tree, in the same order (absent on EventStoreDB). */
  readonly receipts?: readonly Receipt[];
}

export interface StreamSnapshot {
  readonly streamId: string;
  readonly revision: number;
  readonly state: Record<string, unknown>;
  readonly allowedActions: string[];
  readonly workflow: DomainWorkflow;
}

/**
 * How a command that keeps losing the race for its stream (no `If-Match`) is retried: on the
 * newer state, after a random pause of up to base·2^attempt (capped), so that writers of one hot
 * stream spread out instead of colliding again in lockstep.
 */
interface FoldedStream {
  readonly revision: number;
  readonly state: DomainState;
  readonly workflowVersion: number;
}

export interface CommandRetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_COMMAND_RETRY: CommandRetryPolicy = { maxAttempts: 40, baseDelayMs: 2, maxDelayMs: 200 };

export interface CommandServiceOptions {
  readonly retry?: Partial<CommandRetryPolicy>;
  /** Checks of other streams' facts, by command type, run before deciding. */
  readonly preconditions?: Readonly<Record<string, CommandPrecondition>>;
  /** Source of the back-off jitter in [0, 1). */
  readonly random?: () => number;
  /** The districts' civic councils, which bound what a civic council secretary may act on (default: one council each). */
  readonly organisation?: Organisation;
}

/** Full jitter: a uniformly random pause below the exponential bound. */
export function backoffDelayMs(policy: CommandRetryPolicy, attempt: number, random: () => number = Math.random): number {
  const bound = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * bound);
}

export class CommandService {
  private readonly retry: CommandRetryPolicy;
  private readonly random: () => number;
  private readonly preconditions: Readonly<Record<string, CommandPrecondition>>;
  private readonly organisation: Organisation;
  /** The last command queued per stream; see inTurn. */
  private readonly turns = new Map<string, Promise<void>>();

  constructor(
    private readonly store: EventStore,
    private readonly catalog: WorkflowCatalog,
    private readonly cache: StateCache = new StateCache(),
    options: CommandServiceOptions = {},
  ) {
    this.retry = { ...DEFAULT_COMMAND_RETRY, ...options.retry };
    this.random = options.random ?? Math.random;
    this.preconditions = options.preconditions ?? {};
    this.organisation = options.organisation ?? defaultOrganisation;
  }

  get stateCache(): StateCache {
    return this.cache;
  }

  async execute(issued: DomainCommand, options: ExecuteOptions = {}): Promise<CommandResult> {
    // Facts come from the command path alone; whatever a caller put there is not one.
    const { facts: _ignored, ...metadata } = issued.metadata;
    const command = withCouncilOfRecord(withBusinessDate({ ...issued, metadata }), this.organisation);
    const workflow = this.catalog.workflowForCommand(command.type);
    if (!workflow) {
      throw new CommandRefused('invalid', 'COMMAND.UNKNOWN_TYPE', `Unknown command type "${command.type}".`, { field: 'type' });
    }
    const streamId = this.domainCall(() => workflow.streamIdOf(command));
    return this.inTurn(streamId, () => this.run(command, workflow, streamId, options));
  }

  /**
   * Commands on one stream are decided one after another in this process: the writers of a hot
   * item queue here instead of racing each other to the log, where all but one would lose and
   * fresh writers could starve one that keeps retrying. Races with other processes remain and
   * are retried with back-off.
   */
  private async inTurn<T>(streamId: string, work: () => Promise<T>): Promise<T> {
    const before = this.turns.get(streamId);
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    const tail = before ? before.then(() => mine) : mine;
    this.turns.set(streamId, tail);
    try {
      if (before) await before;
      return await work();
    } finally {
      done();
      if (this.turns.get(streamId) === tail) this.turns.delete(streamId);
    }
  }

  /** Current state of a stream from the log; a stream that does not exist is refused as not found. */
  async load(streamId: string): Promise<StreamSnapshot> {
    const workflow = this.catalog.workflowForStream(streamId);
    if (!workflow) throw new CommandRefused('not-found', 'STREAM.NOT_FOUND', `No workflow has streams like "${streamId}".`);
    const current = await this.fold(streamId, workflow);
    if (current.revision < 0) throw new CommandRefused('not-found', 'STREAM.NOT_FOUND', `Nothing is recorded under "${streamId}".`);
    return {
      streamId,
      revision: current.revision,
      state: workflow.view(current.state),
      allowedActions: workflow.allowedActions(current.state),
      workflow,
    };
  }

  private async run(issued: DomainCommand, workflow: DomainWorkflow, streamId: string, options: ExecuteOptions): Promise<CommandResult> {
    const seed = options.eventIdSeed;
    if (seed !== undefined && options.mayBeApplied) {
      const applied = await this.appliedResult(streamId, workflow, seed);
      if (applied) return applied;
    }
    const command = await this.withFacts(issued);
    // A cached state is decided on without reading the log first: the append's expected revision
    // proves it is still current. Any other outcome (a refusal, nothing to do, a lost race) is
    // decided again on the state read from the log, so an outdated cache never answers.
    let trustCache = true;
    for (let attempt = 1; ;) {
      const cached = trustCache ? this.cache.get(streamId) : undefined;
      const unverified = cached !== undefined;
      const current = cached ?? (await this.foldFrom(streamId, workflow, trustCache ? undefined : this.cache.get(streamId)));
      let decision: Decision | undefined;
      try {
        decision = this.decideOn(command, workflow, streamId, current, options);
      } catch (error) {
        if (!unverified || !(error instanceof CommandRefused)) throw error;
      }
      if (decision === undefined && unverified) {
        trustCache = false;
        continue;
      }
      if (decision === undefined) return unchangedResult(streamId, workflow, current);
      try {
        return await this.append(streamId, workflow, current, decision, seed);
      } catch (error) {
        if (seed !== undefined && isEventIdConflict(error)) return await this.appliedElsewhere(streamId, workflow, seed);
        if (!isWrongExpectedRevision(error)) throw error;
        trustCache = false;
        refuseLostRace(streamId, options, error.actual, attempt, this.retry.maxAttempts);
        await delay(backoffDelayMs(this.retry, attempt, this.random));
        attempt += 1;
      }
    }
  }

  /** The command with the facts of other streams its precondition gathered, if it has one. */
  private async withFacts(command: DomainCommand): Promise<DomainCommand> {
    const precondition = this.preconditions[command.type];
    if (!precondition) return command;
    const facts = await precondition(command, { view: (id) => this.viewOf(id), state: (id) => this.stateOf(id) });
    return facts ? { ...command, metadata: { ...command.metadata, facts } } : command;
  }

  /** The events to append for the command on this state; undefined when there is nothing to do. */
  private decideOn(
    command: DomainCommand,
    workflow: DomainWorkflow,
    streamId: string,
    current: FoldedStream,
    options: ExecuteOptions,
  ): Decision | undefined {
    const scope = this.domainCall(() => workflow.commandScope(command, current.state), current.revision);
    authorize(command.metadata.actor, scope, this.organisation);
    if (options.expectedRevision !== undefined && options.expectedRevision !== current.revision) {
      throw staleRevision(streamId, options.expectedRevision, current.revision);
    }
    const decided = this.domainCall(() => workflow.decider.decide(command, current.state), current.revision);
    if (decided.length === 0) return undefined;
    const seed = options.eventIdSeed;
    const workflowVersion = current.revision < 0 ? workflow.version : current.workflowVersion;
    const toAppend = decided.map((event, index): EventToAppend => ({
      id: seed !== undefined ? deterministicUuid(`${seed}#${index}`) : randomUUID(),
      type: event.type,
      data: event.data as JsonObject,
      metadata: this.metadataFor(command, event.data, workflowVersion),
    }));
    return { toAppend, workflowVersion };
  }

  /** Appends with the expected revision and answers with the state after the stored events. */
  private async append(
    streamId: string,
    workflow: DomainWorkflow,
    current: FoldedStream,
    { toAppend, workflowVersion }: Decision,
    seed: string | undefined,
  ): Promise<CommandResult> {
    const appended = await this.store.append(streamId, toAppend, current.revision < 0 ? 'no-stream' : current.revision);
    if (appended.duplicate && seed !== undefined) {
      // An earlier attempt of this very command stored these events: answer as it would have.
      const applied = await this.appliedResult(streamId, workflow, seed);
      if (applied) return applied;
    }
    let state = current.state;
    // Folded as stored (personal values encrypted), exactly as a read of the stream would fold them.
    for (const event of appended.events) state = this.evolveStored(workflow, state, event);
    this.cache.set(streamId, { revision: appended.revision, state, workflowVersion });
    return {
      streamId,
      revision: appended.revision,
      state: workflow.view(state),
      allowedActions: workflow.allowedActions(state),
      events: [...appended.events],
      ...(appended.receipts ? { receipts: appended.receipts } : {}),
    };
  }

  /**
   * The seeded ids are taken: another attempt of this command got there first (decided on
   * another state, so with other content). Its result is the answer; nothing is written twice.
   */
  private async appliedElsewhere(streamId: string, workflow: DomainWorkflow, seed: string): Promise<CommandResult> {
    const applied = await this.appliedResult(streamId, workflow, seed);
    if (applied) return applied;
    throw new CommandRefused(
      'conflict',
      'COMMAND.ALREADY_APPLIED_ELSEWHERE',
      `The events of this command are already stored outside "${streamId}".`,
    );
  }

  /**
   * The answer of an earlier attempt with this seed, when its events are in the stream: the state
   * right after them. Undefined when that attempt never appended.
   */
  private async appliedResult(streamId: string, workflow: DomainWorkflow, seed: string): Promise<CommandResult | undefined> {
    const events = await this.store.readStream(streamId);
    const first = deterministicUuid(`${seed}#0`);
    const at = events.findIndex((event) => event.id === first);
    if (at < 0) return undefined;
    let end = at;
    while (end + 1 < events.length && events[end + 1]!.id === deterministicUuid(`${seed}#${end + 1 - at}`)) end += 1;
    let state = workflow.decider.initialState();
    for (const event of events.slice(0, end + 1)) state = this.evolveStored(workflow, state, event);
    const applied = events.slice(at, end + 1);
    const receipts = await this.storedReceipts(applied);
    return {
      streamId,
      revision: events[end]!.revision,
      state: workflow.view(state),
      allowedActions: workflow.allowedActions(state),
      events: applied,
      ...(receipts ? { receipts } : {}),
    };
  }

  /** The receipts of events already stored, against the tree as it is now. */
  private async storedReceipts(events: readonly StoredEvent[]): Promise<Receipt[] | undefined> {
    const merkle = this.store.merkle;
    if (!merkle) return undefined;
    const leaves = await Promise.all(events.map((event) => merkle.leafByPosition(event.position)));
    return storedReceipts(leaves, (await merkle.treeHead()).size);
  }

  private async viewOf(streamId: string): Promise<Record<string, unknown> | undefined> {
    const workflow = this.catalog.workflowForStream(streamId);
    if (!workflow) return undefined;
    const current = await this.fold(streamId, workflow);
    return current.revision < 0 ? undefined : workflow.view(current.state);
  }

  private async stateOf(streamId: string): Promise<Record<string, unknown> | undefined> {
    const workflow = this.catalog.workflowForStream(streamId);
    if (!workflow) return undefined;
    const current = await this.fold(streamId, workflow);
    return current.revision < 0 ? undefined : (current.state as Record<string, unknown>);
  }

  /** Cached state plus the events appended since; the whole stream on a miss. */
  private fold(streamId: string, workflow: DomainWorkflow): Promise<FoldedStream> {
    return this.foldFrom(streamId, workflow, this.cache.get(streamId));
  }

  private async foldFrom(streamId: string, workflow: DomainWorkflow, cached: CachedState | undefined): Promise<FoldedStream> {
    let revision = cached?.revision ?? -1;
    let state = cached ? cached.state : workflow.decider.initialState();
    let workflowVersion = cached?.workflowVersion ?? workflow.version;
    const newer = await this.store.readStream(streamId, { fromRevision: revision + 1 });
    for (const event of newer) {
      if (event.revision === 0 && typeof event.metadata.workflowVersion === 'number') workflowVersion = event.metadata.workflowVersion;
      state = this.evolveStored(workflow, state, event);
      revision = event.revision;
    }
    if (revision >= 0 && newer.length > 0) this.cache.set(streamId, { revision, state, workflowVersion });
    return { revision, state, workflowVersion };
  }

  /**
   * A stored event is a fact; when today's rules cannot fold it, the history and the code disagree.
   * That is answered as an integrity refusal naming the event, never as a crash or a rule refusal.
   */
  private evolveStored(workflow: DomainWorkflow, state: DomainState, event: StoredEvent): DomainState {
    try {
      return foldStoredEvent(
        (current: DomainState, domainEvent: DomainEvent) => workflow.decider.evolve(current, domainEvent),
        state,
        event,
      );
    } catch (error) {
      if (!isHistoryDoesNotFold(error)) throw error;
      throw new CommandRefused('integrity', error.code, error.message, { details: { ...error.details } });
    }
  }

  private metadataFor(command: DomainCommand, data: object, workflowVersion: number): EventMetadata {
    const effectiveAt = (data as { effectiveAt?: unknown }).effectiveAt;
    return {
      actor: actorRef(command.metadata.actor),
      correlationId: command.metadata.correlationId ?? randomUUID(),
      ...(command.metadata.causationId !== undefined ? { causationId: command.metadata.causationId } : {}),
      workflowVersion,
      ...(typeof effectiveAt === 'string' ? { effectiveAt } : {}),
      commandType: command.type,
    };
  }

  private domainCall<T>(fn: () => T, currentRevision?: number): T {
    try {
      return fn();
    } catch (error) {
      if (isDomainErrorLike(error)) throw refusalFromDomainError(error, currentRevision);
      throw error;
    }
  }
}

function isEventIdConflict(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'EVENT.ID_CONFLICT';
}

/**
 * Every command reaches the domain with its Korean business date: the one the caller read from
 * the business clock, or the one of its instant. An instant that is no instant is left for the
 * domain to refuse by name.
 */
function withBusinessDate(command: DomainCommand): DomainCommand {
  // Typed commands carry it; a command read back from storage or sent as JSON may not.
  if ((command.metadata.today as string | undefined) !== undefined) return command;
  const instant = Date.parse(command.metadata.now);
  if (Number.isNaN(instant)) return command;
  return { ...command, metadata: { ...command.metadata, today: businessDateOf(new Date(instant)) } };
}

function isWrongExpectedRevision(error: unknown): error is Error & { actual: number } {
  return (
    error instanceof Error &&
    (error as { code?: unknown }).code === 'STREAM.WRONG_EXPECTED_REVISION' &&
    typeof (error as { actual?: unknown }).actual === 'number'
  );
}

function staleRevision(streamId: string, expected: number, actual: number): CommandRefused {
  return new CommandRefused(
    'stale',
    'STREAM.STALE_REVISION',
    `"${streamId}" is at revision ${actual}, not ${expected}; read it again and decide on the current state.`,
    { field: 'If-Match', currentRevision: actual },
  );
}

/** What a decision appends: the events with their ids and metadata, under the stream's workflow version. */
interface Decision {
  readonly toAppend: EventToAppend[];
  readonly workflowVersion: number;
}

/** The answer when the command changes nothing: the stream as it is. */
function unchangedResult(streamId: string, workflow: DomainWorkflow, current: FoldedStream): CommandResult {
  return {
    streamId,
    revision: current.revision,
    state: workflow.view(current.state),
    allowedActions: workflow.allowedActions(current.state),
    events: [],
  };
}

/**
 * A lost race for the stream is refused when the caller named the revision it decided on
 * (If-Match), or when the retries are spent; otherwise the command is decided again.
 */
function refuseLostRace(streamId: string, options: ExecuteOptions, actual: number, attempt: number, maxAttempts: number): void {
  if (options.expectedRevision !== undefined) {
    throw staleRevision(streamId, options.expectedRevision, actual);
  }
  if (attempt >= maxAttempts) {
    throw new CommandRefused(
      'conflict',
      'STREAM.CONCURRENT_WRITES',
      `"${streamId}" kept changing while this command was decided; try again.`,
      {
        currentRevision: actual,
      },
    );
  }
}
