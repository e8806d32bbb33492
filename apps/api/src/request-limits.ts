/**
 * What the API refuses before any work is done on a request: JSON nested deeper than any
 * command needs (deep nesting overflows the stack of the validators that walk it), text no
 * backend can store (NUL, lone surrogates), and more requests at once than the process can
 * answer quickly (load shedding: 503 with Retry-After at once, instead of a queue of seconds).
 */
import { findUnstorableText, UNSTORABLE_TEXT_RULE } from '@gongron/event-store';
import type { HttpRequest, HttpResponse, NextFunction } from './http-types.js';
import { ApiProblem, problemBody } from './problem/api-problem.js';
import { RETRY_AFTER_SECONDS } from './problem/problem.filter.js';

/** Deepest JSON nesting accepted in a body; the deepest command body is a handful of levels. */
export const MAX_JSON_DEPTH = 32;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The nesting depth of JSON text (strings skipped), stopping as soon as it passes `limit`. */
export function jsonDepthExceeds(body: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < body.length; index++) {
    const byte = body[index]!;
    if (inString) {
      if (byte === BACKSLASH) index++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
  }
  return false;
}

/** body-parser's `verify`: runs on the raw bytes, before JSON.parse and any transform. */
export function refuseDeepJson(limit = MAX_JSON_DEPTH) {
  return (_request: unknown, _response: unknown, body: Buffer): void => {
    if (jsonDepthExceeds(body, limit)) {
      throw Object.assign(new Error(`The request body is nested deeper than ${limit} levels.`), { status: 400, type: 'entity.too.deep', depthLimit: limit });
    }
  };
}

/** After the body parser: a string or key no backend can store is refused, naming its field. */
export function refuseUnstorableText(request: HttpRequest, _response: HttpResponse, next: NextFunction): void {
  const body = (request as { body?: unknown }).body;
  const field = body !== null && typeof body === 'object' ? findUnstorableText(body) : undefined;
  if (field === undefined) return next();
  next(ApiProblem.badRequest('VALIDATION.UNSTORABLE_TEXT', `${field} ${UNSTORABLE_TEXT_RULE}.`, { field, errors: [{ field, code: 'FIELD.UNSTORABLE_TEXT', message: `${field} ${UNSTORABLE_TEXT_RULE}` }] }));
}

/**
 * At most `limit` requests are handled at once; the next one is answered 503 at once, before
 * routing, authentication or body parsing, so an overload costs almost nothing per refusal and
 * the accepted requests keep their latency. Liveness is never shed.
 */
export function shedLoad(limit: number) {
  let inFlight = 0;
  const body = JSON.stringify(problemBody(503, 'SERVER.OVERLOADED', `The server is handling ${limit} requests at once; try again shortly.`));
  return (request: HttpRequest, response: HttpResponse, next: NextFunction): void => {
    if (limit <= 0 || request.path === '/health/live') return next();
    if (inFlight >= limit) {
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      response.status(503).type('application/problem+json').send(body);
      return;
    }
    inFlight++;
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      inFlight--;
    };
    response.once('finish', release);
    response.once('close', release);
    next();
  };
}
