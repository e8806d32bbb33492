/**
 * The one way the pages talk to the API: openapi-fetch over the paths generated from the API's
 * own OpenAPI document (schema.d.ts). Every request asks for JSON in the page's language; every
 * change carries the session's CSRF token, the revision the page last saw (If-Match) and an
 * Idempotency-Key chosen once per form submission, so a second click replays the first answer
 * instead of writing twice.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import { lang } from '../i18n.js';
import type { components, paths } from './schema.js';

export type Schemas = components['schemas'];

export type FieldError = Schemas['ProblemFieldErrorDto'];

/** A refusal as the API describes it (ProblemDto); a lost connection is status 0 with code NETWORK. */
export type Problem = Pick<Schemas['ProblemDto'], 'status' | 'code'> & Partial<Omit<Schemas['ProblemDto'], 'status' | 'code'>>;

export const CSRF_COOKIE = 'gongron_csrf';

export function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const headers: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept', 'application/json');
    request.headers.set('Accept-Language', lang.get() === 'ko' ? 'ko-KR,ko;q=0.9,en;q=0.5' : 'en,ko;q=0.5');
    if (UNSAFE.has(request.method)) {
      const token = csrfToken();
      if (token) request.headers.set('X-CSRF-Token', token);
    }
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(headers);

/** Listeners told when the API says the session is over (401), so the page can offer sign-in. */
export const signedOut = new Set<() => void>();

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.code);
  }
}

/** The API answered 404: the record asked for does not exist. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ProblemError && error.problem.status === 404;
}

function asProblem(status: number, body: unknown): Problem {
  if (body && typeof body === 'object' && 'code' in body) return { ...(body as Problem), status };
  return { status, code: status === 0 ? 'NETWORK' : `HTTP.${status}` };
}

/** Unwraps an openapi-fetch answer: the data, or a thrown ProblemError with the problem body. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let answer: { data?: T; error?: unknown; response: Response };
  try {
    answer = await call;
  } catch {
    throw new ProblemError({ status: 0, code: 'NETWORK' });
  }
  if (answer.response.ok) return answer.data as T;
  const problem = asProblem(answer.response.status, answer.error);
  if (problem.status === 401) for (const listener of signedOut) listener();
  throw new ProblemError(problem);
}

/** A fresh key for one form submission; reused by its retries and double clicks. */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}

/** The headers every command sends: the revision last seen and the submission's key. */
export function commandHeaders(revision: number | undefined, key: string): { 'If-Match'?: string; 'Idempotency-Key': string } {
  return revision === undefined ? { 'Idempotency-Key': key } : { 'If-Match': `"${revision}"`, 'Idempotency-Key': key };
}

export type CommandAnswer = Schemas['CommandResponseDto'];
