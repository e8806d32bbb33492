/**
 * What every command route does around the command itself: the actor from the guard, the
 * correlation id, the clock, `If-Match` as the expected revision, the one command path,
 * and the answer with the revision as `ETag`.
 */
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { BusinessClock, businessDateOf, type CommandResult, CommandService, deterministicUuid } from '@gongron/application';
import { type CommandData, type CommandType, domainCommand } from '@gongron/domain';
import type { HttpRequest, HttpResponse } from '../http-types.js';
import { ApiProblem } from '../problem/api-problem.js';

export interface EventSummary {
  readonly id: string;
  readonly type: string;
  readonly revision: number;
  readonly position: number;
  readonly recordedAt: string;
  /** Where the event sits in the log's Merkle tree: provable later against any newer checkpoint. */
  readonly receipt?: { readonly leafIndex: number; readonly leafHash: string; readonly treeSize: number };
}

/** A list of the state that the answer shows only the latest entries of. */
export interface PartialList {
  readonly total: number;
  readonly shown: number;
}

export interface CommandResponse {
  readonly streamId: string;
  readonly revision: number;
  /** The state after the command, with every list cut to its latest ANSWER_LIST_LIMIT entries. */
  readonly state: Record<string, unknown>;
  readonly allowedActions: string[];
  readonly events: EventSummary[];
  /** The lists cut short, by name; their full contents are on the stream's paged list routes. */
  readonly partial?: Readonly<Record<string, PartialList>>;
}

/**
 * Entries of each list a command answer carries. An answer (and the idempotency record that keeps
 * it) stays the same size however long the item's history grows: the 300th opinion's answer is
 * no larger than the 30th's.
 */
export const ANSWER_LIST_LIMIT = 20;

@Injectable()
export class CommandGateway {
  constructor(
    @Inject(CommandService) private readonly commands: CommandService,
    @Inject(BusinessClock) private readonly clock: BusinessClock,
  ) {}

  /** Issues the domain's command of this type: a misspelt type or a field the command does not declare does not compile. */
  async send<T extends CommandType>(request: HttpRequest, response: HttpResponse, type: T, data: CommandData<T>): Promise<CommandResponse> {
    const actor = request.actor;
    if (!actor) throw ApiProblem.unauthorized('ACCESS.TOKEN_MISSING', 'This route needs a bearer token.');
    const expectedRevision = parseIfMatch(request.headers['if-match']);
    const correlation = request.headers['x-correlation-id'];
    // Under an Idempotency-Key every attempt decides with the first attempt's clock and
    // correlation and writes the same event ids, so the log itself refuses a second write.
    const claim = request.idempotency;
    const correlationId = claim ? claim.context.correlationId : typeof correlation === 'string' ? correlation : undefined;
    const { now, today } = claim ? { now: claim.context.now, today: businessDateOf(new Date(claim.context.now)) } : this.clock.read();
    const result = await this.commands.execute(
      domainCommand(type, withoutUndefined(data), {
        now,
        today,
        actor,
        ...(correlationId !== undefined ? { correlationId } : {}),
      }),
      {
        ...(expectedRevision !== undefined ? { expectedRevision } : {}),
        ...(claim ? { eventIdSeed: claim.eventIdSeed, mayBeApplied: claim.mayBeApplied } : {}),
      },
    );
    response.setHeader('ETag', etag(result.revision));
    const last = result.receipts?.[result.receipts.length - 1];
    if (last)
      response.setHeader(
        'Gongron-Receipt',
        `position=${last.position}; leaf-index=${last.leafIndex}; leaf-hash=${last.leafHash}; tree-size=${last.treeSize}`,
      );
    return toResponse(result);
  }
}

/**
 * An id the server assigns for the request (an item, an opinion, an expenditure…). Under an
 * Idempotency-Key it is derived from the key's record, so a retry names the same thing and finds
 * what the first attempt wrote instead of creating a second one.
 */
export function assignedId(request: HttpRequest, name: string): string {
  return request.idempotency ? deterministicUuid(`${request.idempotency.eventIdSeed}:${name}`) : randomUUID();
}

export function etag(revision: number): string {
  return `"${revision}"`;
}

export function toResponse(result: CommandResult): CommandResponse {
  const { state, partial } = boundedState(result.state);
  return {
    streamId: result.streamId,
    revision: result.revision,
    state,
    allowedActions: result.allowedActions,
    events: result.events.map((e, index) => {
      const receipt = result.receipts?.[index];
      return {
        id: e.id,
        type: e.type,
        revision: e.revision,
        position: e.position,
        recordedAt: e.recordedAt,
        ...(receipt ? { receipt: { leafIndex: receipt.leafIndex, leafHash: receipt.leafHash, treeSize: receipt.treeSize } } : {}),
      };
    }),
    ...(partial ? { partial } : {}),
  };
}

/** The state with every top-level list longer than the limit cut to its latest entries. */
export function boundedState(
  state: Record<string, unknown>,
  limit = ANSWER_LIST_LIMIT,
): { state: Record<string, unknown>; partial?: Record<string, PartialList> } {
  let partial: Record<string, PartialList> | undefined;
  const bounded: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(state)) {
    if (Array.isArray(value) && value.length > limit) {
      bounded[name] = value.slice(value.length - limit);
      (partial ??= {})[name] = { total: value.length, shown: limit };
    } else {
      bounded[name] = value;
    }
  }
  return partial ? { state: bounded, partial } : { state: bounded };
}

/** `If-Match: "3"` (or W/"3", or 3) → 3; `*` → no condition; anything else is a 400. */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header.join(',') : header).trim();
  if (value === '*' || value === '') return undefined;
  const match = /^(?:W\/)?"?(-1|\d{1,9})"?$/.exec(value);
  if (!match) {
    throw ApiProblem.badRequest('PRECONDITION.IF_MATCH_INVALID', 'If-Match must be one revision as an ETag, e.g. "3".', {
      field: 'If-Match',
    });
  }
  return Number(match[1]);
}

/** DTO instances carry no undefined keys into commands (the stored event stays minimal). */
function withoutUndefined<T>(data: T): T {
  return JSON.parse(JSON.stringify(data)) as T;
}
