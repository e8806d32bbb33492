import { Inject, Injectable } from '@nestjs/common';
import { CommandService } from '@gongron/application';
import type { HttpResponse } from '../http-types.js';
import { ApiProblem } from '../problem/api-problem.js';
import { etag } from './command-gateway.js';

export interface StreamStateResponse {
  readonly streamId: string;
  readonly revision: number;
  readonly state: Record<string, unknown>;
  readonly allowedActions: string[];
}

export interface StreamListPage {
  readonly streamId: string;
  readonly revision: number;
  readonly list: string;
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly entries: unknown[];
}

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;

/** `GET` of one item, project or agreement: folded from the log, never from a read model. */
@Injectable()
export class StreamReader {
  constructor(@Inject(CommandService) private readonly commands: CommandService) {}

  async read(streamId: string, response: HttpResponse): Promise<StreamStateResponse> {
    const snapshot = await this.commands.load(streamId);
    response.setHeader('ETag', etag(snapshot.revision));
    return { streamId, revision: snapshot.revision, state: snapshot.state, allowedActions: snapshot.allowedActions };
  }

  /**
   * One page of a list of the state (an item's opinions, a project's expenditures), in recorded
   * order: the full lists that command answers show only the latest entries of.
   */
  async page(
    streamId: string,
    list: string,
    query: { offset?: unknown; limit?: unknown },
    response: HttpResponse,
  ): Promise<StreamListPage> {
    const offset = whole(query.offset, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
    const limit = whole(query.limit, 'limit', PAGE_LIMIT_DEFAULT, 1, PAGE_LIMIT_MAX);
    const snapshot = await this.commands.load(streamId);
    const entries = snapshot.state[list];
    const all = Array.isArray(entries) ? entries : [];
    response.setHeader('ETag', etag(snapshot.revision));
    return { streamId, revision: snapshot.revision, list, total: all.length, offset, limit, entries: all.slice(offset, offset + limit) };
  }
}

function whole(raw: unknown, field: string, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw ApiProblem.badRequest('QUERY.INVALID', `${field} must be a whole number from ${min} to ${max}.`, { field });
  }
  return Number(raw);
}
