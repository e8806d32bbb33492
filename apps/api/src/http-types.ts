/** The slice of Express's request and response this app uses (Express ships no types of its own). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Actor, IdempotencyClaim } from '@gongron/application';

export interface HttpRequest extends IncomingMessage {
  readonly method: string;
  readonly originalUrl: string;
  readonly path: string;
  readonly body?: unknown;
  readonly params: Record<string, string>;
  readonly query: Record<string, unknown>;
  actor?: Actor;
  /** Set by the idempotency interceptor when the request carries an Idempotency-Key. */
  idempotency?: IdempotencyClaim;
}

export interface HttpResponse extends ServerResponse {
  status(code: number): this;
  type(contentType: string): this;
  send(body: unknown): this;
  json(body: unknown): this;
  set(field: string, value: string): this;
}

export type NextFunction = (error?: unknown) => void;
