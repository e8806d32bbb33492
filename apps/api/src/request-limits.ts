/**
 * What the API refuses before any work is done on a request: JSON nested deeper than any
 * command needs (deep nesting overflows the stack of the validators that walk it) and text no
 * backend can store (NUL, lone surrogates). Load shedding, which refuses before these, is in
 * `shedding/`.
 */
import { findUnstorableText, UNSTORABLE_TEXT_RULE } from '@gongron/event-store';
import type { HttpRequest, HttpResponse, NextFunction } from './http-types.js';
import { ApiProblem } from './problem/api-problem.js';

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
      throw Object.assign(new Error(`The request body is nested deeper than ${limit} levels.`), {
        status: 400,
        type: 'entity.too.deep',
        depthLimit: limit,
      });
    }
  };
}

/** After the body parser: a string or key no backend can store is refused, naming its field. */
export function refuseUnstorableText(request: HttpRequest, _response: HttpResponse, next: NextFunction): void {
  const body = (request as { body?: unknown }).body;
  const field = body !== null && typeof body === 'object' ? findUnstorableText(body) : undefined;
  if (field === undefined) return next();
  next(
    ApiProblem.badRequest('VALIDATION.UNSTORABLE_TEXT', `${field} ${UNSTORABLE_TEXT_RULE}.`, {
      field,
      errors: [{ field, code: 'FIELD.UNSTORABLE_TEXT', message: `${field} ${UNSTORABLE_TEXT_RULE}` }],
    }),
  );
}
