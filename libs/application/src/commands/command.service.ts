/**
 * The one generic command path: read the stream → fold it (from the cached state when there is
 * one) → check the actor's scope → decide → append with the expected revision. Every refusal
 * comes back as a CommandRefused with a stable code; nothing here answers with a crash.
 */
import { randomUUID } from 'node:crypto';
import type { EventMetadata, EventStore, EventToAppend, JsonObject, StoredEvent } from '@gongron/event-store';
import { actorRef } from '../access/actor.js';
import { authorize } from '../access/authorize.js';
import { canonicalJson, deterministicUuid, sha256Hex } from '../idempotency/canonical-json.js';
import type { IdempotencyStore } from '../idempotency/idempotency.store.js';
import { CommandRefused, isDomainErrorLike, refusalFromDomainError } from './command-refused.js';
import { type CachedState, StateCache } from './state-cache.js';
import { call, type DomainCommandLike, type DomainEventLike, type WorkflowCatalog, type WorkflowLike } from './workflow-port.js';

export interface ExecuteOptions {
  /** The revision the caller last saw (`If-Match`); another current revision is refused as stale. */
  readonly expectedRevision?: number;
  /** The same key and command again answers with the first result and writes nothing. */
  readonly idempotencyKey?: string;
  /** Seed for event ids, so that re-issuing the same command after a crash cannot write twice. */
  readonly eventIdSeed?: string;
}

export interface CommandResult {
  readonly streamId: string;
  readonly revision: number;
  readonly state: Record<string, unknown>;
  readonly allowedActions: string[];
  readonly events: StoredEvent[];
}

export interface StreamSnapshot {
  readonly streamId: string;
  readonly revision: number;
  readonly state: Record<string, unknown>;
  readonly allowedActions: string[];
  readonly workflow: WorkflowLike;
}

/** Without If-Match a lost race is retried on the newer state; a conflict after this many is reported. */
const MAX_ATTEMPTS = 5;

export class CommandService {
  constructor(
    private readonly store: EventStore,
    private readonly catalog: WorkflowCatalog,
    private readonly cache: StateCache = new StateCache(),
    private readonly idempotency?: IdempotencyStore,
  ) {}

  get stateCache(): StateCache {
    return this.cache;
  }

  async execute(command: DomainCommandLike, options: ExecuteOptions = {}): Promise<CommandResult> {
    if (options.idempotencyKey === undefined || !this.idempotency) return this.run(command, options);
    const actorId = command.metadata.actor.id;
    const requestHash = sha256Hex(canonicalJson({ type: command.type, data: command.data, expectedRevision: options.expectedRevision }));
    const begun = await this.idempotency.begin(actorId, options.idempotencyKey, requestHash);
    if (begun.kind === 'replay') {
      if (begun.response.status >= 400) throw refusalFromStored(begun.response.body);
      return begun.response.body as CommandResult;
    }
    if (begun.kind === 'mismatch') {
      throw new CommandRefused('idempotency-mismatch', 'IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was already used with another request.', {
        field: 'Idempotency-Key',
      });
    }
    if (begun.kind === 'in-progress') {
      throw new CommandRefused('conflict', 'IDEMPOTENCY.IN_PROGRESS', 'A request with this Idempotency-Key is still being processed.', {
        field: 'Idempotency-Key',
      });
    }
    try {
      const result = await this.run(command, options);
      await this.idempotency.complete(actorId, options.idempotencyKey, { status: 200, body: result });
      return result;
    } catch (error) {
      if (error instanceof CommandRefused) {
        await this.idempotency.complete(actorId, options.idempotencyKey, { status: error.status, body: refusalToStored(error) });
      } else {
        await this.idempotency.release(actorId, options.idempotencyKey);
      }
      throw error;
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
      state: call.view(workflow, current.state),
      allowedActions: call.allowedActions(workflow, current.state),
      workflow,
    };
  }

  private async run(command: DomainCommandLike, options: ExecuteOptions): Promise<CommandResult> {
    const workflow = this.catalog.workflowForCommand(command.type);
    if (!workflow) {
      throw new CommandRefused('invalid', 'COMMAND.UNKNOWN_TYPE', `Unknown command type "${command.type}".`, { field: 'type' });
    }
    const streamId = this.domainCall(() => call.streamIdOf(workflow, command));
    // A cached state is decided on without reading the log first: the append's expected revision
    // proves it is still current. Any other outcome (a refusal, nothing to do, a lost race) is
    // decided again on the state read from the log, so an outdated cache never answers.
    let trustCache = true;
    for (let attempt = 1; ; ) {
      const cached = trustCache ? this.cache.get(streamId) : undefined;
      const unverified = cached !== undefined;
      const current = cached ?? (await this.foldFrom(streamId, workflow, trustCache ? undefined : this.cache.get(streamId)));
      let toAppend: EventToAppend[];
      let decided: readonly DomainEventLike[];
      let workflowVersion: number;
      try {
        const scope = this.domainCall(() => call.scope(workflow, command, current.state), current.revision);
        authorize(command.metadata.actor, scope);
        if (options.expectedRevision !== undefined && options.expectedRevision !== current.revision) {
          throw staleRevision(streamId, options.expectedRevision, current.revision);
        }
        decided = this.domainCall(() => call.decide(workflow, command, current.state), current.revision);
        if (decided.length === 0) {
          if (unverified) {
            trustCache = false;
            continue;
          }
          return {
            streamId,
            revision: current.revision,
            state: call.view(workflow, current.state),
            allowedActions: call.allowedActions(workflow, current.state),
            events: [],
          };
        }
        workflowVersion = current.revision < 0 ? workflow.version : current.workflowVersion;
        toAppend = decided.map((event, index): EventToAppend => ({
          id: options.eventIdSeed !== undefined ? deterministicUuid(`${options.eventIdSeed}#${index}`) : randomUUID(),
          type: event.type,
          data: event.data as JsonObject,
          metadata: this.metadataFor(command, event.data, workflowVersion),
        }));
      } catch (error) {
        if (unverified && error instanceof CommandRefused) {
          trustCache = false;
          continue;
        }
        throw error;
      }
      try {
        const appended = await this.store.append(streamId, toAppend, current.revision < 0 ? 'no-stream' : current.revision);
        let state = current.state;
        for (const event of decided) state = call.evolve(workflow, state, event);
        this.cache.set(streamId, { revision: appended.revision, state, workflowVersion });
        return {
          streamId,
          revision: appended.revision,
          state: call.view(workflow, state),
          allowedActions: call.allowedActions(workflow, state),
          events: [...appended.events],
        };
      } catch (error) {
        if (!isWrongExpectedRevision(error)) throw error;
        trustCache = false;
        if (options.expectedRevision !== undefined) {
          throw staleRevision(streamId, options.expectedRevision, error.actual);
        }
        if (attempt >= MAX_ATTEMPTS) {
          throw new CommandRefused('conflict', 'STREAM.CONCURRENT_WRITES', `"${streamId}" kept changing while this command was decided; try again.`, {
            currentRevision: error.actual,
          });
        }
        attempt += 1;
      }
    }
  }

  /** Cached state plus the events appended since; the whole stream on a miss. */
  private fold(streamId: string, workflow: WorkflowLike): Promise<{ revision: number; state: unknown; workflowVersion: number }> {
    return this.foldFrom(streamId, workflow, this.cache.get(streamId));
  }

  private async foldFrom(
    streamId: string,
    workflow: WorkflowLike,
    cached: CachedState | undefined,
  ): Promise<{ revision: number; state: unknown; workflowVersion: number }> {
    let revision = cached?.revision ?? -1;
    let state = cached ? cached.state : workflow.decider.initialState();
    let workflowVersion = cached?.workflowVersion ?? workflow.version;
    const newer = await this.store.readStream(streamId, { fromRevision: revision + 1 });
    for (const event of newer) {
      if (event.revision === 0 && typeof event.metadata.workflowVersion === 'number') workflowVersion = event.metadata.workflowVersion;
      state = call.evolve(workflow, state, { type: event.type, data: event.data });
      revision = event.revision;
    }
    if (revision >= 0 && newer.length > 0) this.cache.set(streamId, { revision, state, workflowVersion });
    return { revision, state, workflowVersion };
  }

  private metadataFor(command: DomainCommandLike, data: object, workflowVersion: number): EventMetadata {
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

function refusalToStored(error: CommandRefused): Record<string, unknown> {
  return {
    kind: error.kind,
    code: error.code,
    message: error.message,
    ...(error.field !== undefined ? { field: error.field } : {}),
    ...(error.allowedActions !== undefined ? { allowedActions: error.allowedActions } : {}),
    ...(error.details !== undefined ? { details: error.details } : {}),
    ...(error.currentRevision !== undefined ? { currentRevision: error.currentRevision } : {}),
  };
}

function refusalFromStored(body: unknown): CommandRefused {
  const b = body as { kind: CommandRefused['kind']; code: string; message: string; field?: string; allowedActions?: string[]; details?: Record<string, unknown>; currentRevision?: number };
  return new CommandRefused(b.kind, b.code, b.message, {
    ...(b.field !== undefined ? { field: b.field } : {}),
    ...(b.allowedActions !== undefined ? { allowedActions: b.allowedActions } : {}),
    ...(b.details !== undefined ? { details: b.details } : {}),
    ...(b.currentRevision !== undefined ? { currentRevision: b.currentRevision } : {}),
  });
}
