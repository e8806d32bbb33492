/**
 * The session cookie as the alternative to a bearer token. A request that changes something
 * (POST, PUT, PATCH, DELETE) with the cookie must also carry the session's CSRF token in
 * `X-CSRF-Token`; a bearer token needs none, since no other site's page can set that header.
 * On a public route a session that cannot act simply does not: the request runs as the public.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@gongron/application';
import { ApiProblem } from '../problem/api-problem.js';
import { CSRF_HEADER, SESSION_COOKIE, clearSessionCookies, readCookies } from './session.cookies.js';
import { type SessionRecord, SessionStore, csrfTokenMatches } from './session.store.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface SessionOnRequest {
  readonly id: string;
  readonly record: SessionRecord;
}

export interface RequestWithSession extends IncomingMessage {
  session?: SessionOnRequest;
}

@Injectable()
export class SessionAuthenticator {
  constructor(@Inject(SessionStore) private readonly sessions: SessionStore) {}

  /** The session's actor, undefined when there is no session cookie (or a public route cannot use it). */
  async authenticate(request: RequestWithSession, response: ServerResponse, isPublic: boolean): Promise<Actor | undefined> {
    const sessionId = readCookies(request).get(SESSION_COOKIE);
    if (sessionId === undefined || sessionId === '') return undefined;
    const record = await this.sessions.resolve(sessionId);
    if (!record) {
      clearSessionCookies(request, response);
      if (isPublic) return undefined;
      throw ApiProblem.unauthorized(
        'ACCESS.SESSION_ENDED',
        'The session has ended (signed out, expired, or its token was revoked); sign in again.',
      );
    }
    if (!SAFE_METHODS.has((request.method ?? 'GET').toUpperCase())) {
      const header = request.headers[CSRF_HEADER];
      const presented = Array.isArray(header) ? header[0] : header;
      if (presented === undefined || presented === '') {
        if (isPublic) return undefined;
        throw ApiProblem.forbidden(
          'ACCESS.CSRF_TOKEN_MISSING',
          'A change made with the session cookie needs the session’s CSRF token in the X-CSRF-Token header.',
          {
            field: 'X-CSRF-Token',
          },
        );
      }
      if (!csrfTokenMatches(sessionId, presented)) {
        if (isPublic) return undefined;
        throw ApiProblem.forbidden('ACCESS.CSRF_TOKEN_INVALID', 'The X-CSRF-Token header does not belong to this session.', {
          field: 'X-CSRF-Token',
        });
      }
    }
    request.session = { id: sessionId, record };
    return record.actor;
  }
}
