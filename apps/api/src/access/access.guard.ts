/**
 * Resolves `Authorization: Bearer gr_…` — or, without one, the browser's session cookie — to an
 * actor on every request and enforces the route's marks: no or unknown or revoked or expired token → 401 with a `WWW-Authenticate: Bearer`
 * challenge (unless the route is public), a role the route does not admit → 403. Failed
 * authentications count against the address (429 past the limit).
 */
import type { ServerResponse } from 'node:http';
import { type CanActivate, type ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessTokenService, type Actor } from '@gongron/application';
import type { TokenRole } from '@gongron/domain';
import type { HttpRequest } from '../http-types.js';
import { ApiProblem } from '../problem/api-problem.js';
import { AuthFailureLimiter } from '../security/rate-limits.js';
import { type RequestWithSession, SessionAuthenticator } from '../session/session.authenticator.js';
import { PUBLIC_ROUTE, ROUTE_ROLES } from './access.decorators.js';

type RequestWithActor = RequestWithSession & { actor?: Actor };

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AccessTokenService) private readonly tokens: AccessTokenService,
    @Inject(AuthFailureLimiter) private readonly failures: AuthFailureLimiter,
    @Optional() @Inject(SessionAuthenticator) private readonly sessions?: SessionAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets) === true;
    const roles = this.reflector.getAllAndOverride<TokenRole[] | undefined>(ROUTE_ROLES, targets);
    const request = context.switchToHttp().getRequest<RequestWithActor>();

    const header = request.headers.authorization;
    const raw = Array.isArray(header) ? header[0] : header;
    let actor: Actor | undefined;
    if (raw !== undefined && raw !== '') {
      await this.failures.assertNotBlocked(request as unknown as HttpRequest);
      const match = /^Bearer\s+(\S+)\s*$/i.exec(raw);
      const checked = match ? await this.tokens.check(match[1]!) : ({ status: 'unknown' } as const);
      if (checked.status === 'valid') actor = checked.actor;
      else {
        await this.failures.recordFailure(
          request as unknown as HttpRequest,
          checked.status === 'expired' ? 'token expired' : 'token unknown',
        );
        if (!isPublic && checked.status === 'expired') {
          throw ApiProblem.unauthorized(
            'ACCESS.TOKEN_EXPIRED',
            `The bearer token expired at ${checked.expiredAt}; ask an administrator for a new one.`,
            true,
          );
        }
        if (!isPublic) throw ApiProblem.unauthorized('ACCESS.TOKEN_INVALID', 'The bearer token is unknown, revoked or malformed.', true);
      }
    } else if (this.sessions) {
      actor = await this.sessions.authenticate(request, context.switchToHttp().getResponse<ServerResponse>(), isPublic);
    }
    if (actor) request.actor = actor;
    if (isPublic) return true;
    if (!actor)
      throw ApiProblem.unauthorized(
        'ACCESS.TOKEN_MISSING',
        'This route needs a bearer token (Authorization: Bearer gr_…) or a session (POST /session).',
      );
    if (roles && roles.length > 0 && !roles.includes(actor.role as TokenRole)) {
      throw ApiProblem.forbidden('ACCESS.ROLE_NOT_ALLOWED', `This route is for ${roles.join(', ')}; the token is a ${actor.role} token.`);
    }
    return true;
  }
}
