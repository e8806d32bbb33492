/**
 * Signing in from a browser: an access token or a one-time sign-in link is exchanged once for
 * a session cookie (`POST /session`), the page asks who it is (`GET /session`) and signs out
 * (`DELETE /session`). Administrators issue the links (`POST /admin/sign-in-links`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Body, Controller, Delete, Get, HttpCode, Inject, Optional, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AccessTokenService, type AccessTokenRecord, type Actor } from '@gongron/application';
import { Public, Roles } from '../access/access.decorators.js';
import { CurrentActor } from '../access/current-actor.decorator.js';
import { ProblemDto } from '../commands/openapi.js';
import type { HttpRequest } from '../http-types.js';
import { ApiProblem } from '../problem/api-problem.js';
import { AuthFailureLimiter } from '../security/rate-limits.js';
import { type RequestWithSession } from './session.authenticator.js';
import { SESSION_COOKIE, clearSessionCookies, readCookies, setSessionCookies } from './session.cookies.js';
import { CreateSessionDto, CreateSignInLinkDto, SessionDto, SignedOutDto, SignInLinkDto } from './session.dto.js';
import { type OpenedSession, type SessionRecord, SessionStore, SignInLinkRefused, csrfTokenOf, isActive } from './session.store.js';

const CSRF_HEADER_DOC = ApiHeader({
  name: 'X-CSRF-Token',
  required: false,
  description: 'Required with the session cookie (the csrfToken of GET /session); not with a bearer token',
});

function actorDto(actor: Actor): SessionDto['actor'] {
  return {
    id: actor.id,
    role: actor.role,
    ...(actor.district !== undefined ? { district: actor.district } : {}),
    ...(actor.body !== undefined ? { body: actor.body } : {}),
    ...(actor.council !== undefined ? { council: actor.council } : {}),
    ...(actor.party !== undefined ? { party: actor.party } : {}),
    ...(actor.name !== undefined ? { name: actor.name } : {}),
  };
}

@ApiTags('session')
@Controller()
export class SessionController {
  constructor(
    @Inject(SessionStore) private readonly sessions: SessionStore,
    @Inject(AccessTokenService) private readonly tokens: AccessTokenService,
    @Optional() @Inject(AuthFailureLimiter) private readonly failures?: AuthFailureLimiter,
  ) {}

  @Post('session')
  @Public()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Sign in: exchange an access token or a one-time sign-in link code for a session cookie',
    description:
      'Sets gongron_session (HttpOnly, SameSite=Strict, Secure over HTTPS) and gongron_csrf (readable by the page). ' +
      'A sign-in link opens one session only; a second use is refused.',
  })
  @ApiCreatedResponse({ type: SessionDto, description: 'Signed in; the cookies are set' })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Neither or both of token and code' })
  @ApiUnauthorizedResponse({ type: ProblemDto, description: 'Unknown or revoked token; unknown, used or expired sign-in link' })
  async create(
    @Body() body: CreateSessionDto,
    @Req() request: IncomingMessage,
    @Res({ passthrough: true }) response: ServerResponse,
  ): Promise<SessionDto> {
    const hasToken = body.token !== undefined && body.token !== '';
    const hasCode = body.code !== undefined && body.code !== '';
    if (hasToken === hasCode) {
      throw ApiProblem.badRequest(
        hasToken ? 'SESSION.ONE_CREDENTIAL' : 'SESSION.CREDENTIAL_REQUIRED',
        hasToken ? 'Give either token or code, not both.' : 'Give an access token (token) or a sign-in link code (code).',
        { field: 'token' },
      );
    }
    // A wrong token or code counts against the address like a wrong bearer token does.
    await this.failures?.assertNotBlocked(request as HttpRequest);
    let opened: OpenedSession;
    try {
      opened = hasToken ? await this.openWithToken(body.token!) : await this.openWithLink(body.code!);
    } catch (error) {
      if (error instanceof ApiProblem && error.problem.status === 401)
        await this.failures?.recordFailure(request as HttpRequest, 'sign-in refused');
      throw error;
    }
    // A new sign-in replaces whatever session this browser had (no fixation of an old id).
    const previous = readCookies(request).get(SESSION_COOKIE);
    if (previous) await this.sessions.close(previous);
    const csrfToken = csrfTokenOf(opened.id);
    setSessionCookies(
      request,
      response,
      { id: opened.id, csrfToken, absoluteExpiresAt: opened.absoluteExpiresAt },
      Date.parse(opened.createdAt),
    );
    response.setHeader('Cache-Control', 'no-store');
    return this.sessionAnswer(opened, csrfToken);
  }

  @Get('session')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Who am I: the actor, its role and scope, and for a session its expiry and CSRF token' })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ type: ProblemDto, description: 'No token and no session, or the session has ended' })
  current(
    @Req() request: RequestWithSession,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: ServerResponse,
  ): SessionDto {
    response.setHeader('Cache-Control', 'no-store');
    if (!request.session) return { authenticatedBy: 'bearer', actor: actorDto(actor) };
    return this.sessionAnswer(request.session.record, csrfTokenOf(request.session.id));
  }

  @Delete('session')
  @HttpCode(200)
  @ApiCookieAuth()
  @CSRF_HEADER_DOC
  @ApiOperation({ summary: 'Sign out: the session ends and its cookies are cleared' })
  @ApiOkResponse({ type: SignedOutDto, description: 'Signed out; the cookies are cleared' })
  @ApiUnauthorizedResponse({ type: ProblemDto, description: 'No session (it may have ended already)' })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'X-CSRF-Token missing or wrong' })
  async remove(@Req() request: RequestWithSession, @Res({ passthrough: true }) response: ServerResponse): Promise<SignedOutDto> {
    const ended = request.session ? await this.sessions.close(request.session.id) : false;
    clearSessionCookies(request, response);
    return { signedOut: ended };
  }

  @Post('admin/sign-in-links')
  @HttpCode(201)
  @Roles('admin')
  @ApiTags('admin')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @CSRF_HEADER_DOC
  @ApiOperation({
    summary: 'Issue a one-time sign-in link for a person (an existing token, or a new person by role and scope)',
    description: 'The code opens one session with POST /session { code } before it expires (GONGRON_SIGN_IN_LINK_MINUTES, default 15).',
  })
  @ApiCreatedResponse({ type: SignInLinkDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'tokenId together with a role or scope, neither, or a wrong scope' })
  @ApiUnauthorizedResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'Not an administrator' })
  async issueLink(@Body() body: CreateSignInLinkDto, @CurrentActor() actor: Actor): Promise<SignInLinkDto> {
    const person = await this.personFor(body);
    const link = await this.sessions.issueLink(person, actor.id);
    return { ...link, path: `/sign-in#code=${link.code}` };
  }

  private async personFor(body: CreateSignInLinkDto): Promise<AccessTokenRecord> {
    const { tokenId, ...spec } = body;
    const specGiven = Object.values(spec).some((v) => v !== undefined);
    if (tokenId !== undefined) {
      if (specGiven) {
        throw ApiProblem.badRequest(
          'SIGN_IN_LINK.TOKEN_OR_SCOPE',
          'Give either tokenId (an existing person) or role and scope (a new one), not both.',
          {
            field: 'tokenId',
          },
        );
      }
      const record = await this.tokens.get(tokenId);
      if (!isActive(record, Date.now())) {
        throw ApiProblem.badRequest('SIGN_IN_LINK.TOKEN_NOT_ACTIVE', `No active access token has the id ${tokenId}.`, { field: 'tokenId' });
      }
      return record;
    }
    if (spec.role === undefined) {
      throw ApiProblem.badRequest('SIGN_IN_LINK.PERSON_REQUIRED', 'Give tokenId (an existing person) or role and scope (a new one).', {
        field: 'tokenId',
      });
    }
    const { token: _secret, ...record } = await this.tokens.create({ ...spec, role: spec.role });
    return record;
  }

  private async openWithToken(token: string): Promise<OpenedSession> {
    const checked = await this.tokens.check(token);
    if (checked.status === 'expired') {
      throw ApiProblem.unauthorized(
        'ACCESS.TOKEN_EXPIRED',
        `The access token expired at ${checked.expiredAt}; ask an administrator for a new one.`,
      );
    }
    const record = checked.status === 'valid' ? await this.tokens.get(checked.actor.id) : undefined;
    if (!isActive(record, Date.now())) {
      throw ApiProblem.unauthorized('ACCESS.TOKEN_INVALID', 'The access token is unknown, revoked or malformed.');
    }
    return this.sessions.open(record, 'token');
  }

  private async openWithLink(code: string): Promise<OpenedSession> {
    try {
      return await this.sessions.redeemLink(code);
    } catch (error) {
      if (!(error instanceof SignInLinkRefused)) throw error;
      switch (error.reason) {
        case 'used':
          throw ApiProblem.unauthorized(
            'SIGN_IN_LINK.USED',
            'This sign-in link has been used already; ask an administrator for a new one.',
          );
        case 'expired':
          throw ApiProblem.unauthorized('SIGN_IN_LINK.EXPIRED', 'This sign-in link has expired; ask an administrator for a new one.');
        case 'token-inactive':
          throw ApiProblem.unauthorized(
            'ACCESS.TOKEN_INVALID',
            'The access of the person this link was issued for has been revoked or has expired.',
          );
        case 'unknown':
          throw ApiProblem.unauthorized('SIGN_IN_LINK.UNKNOWN', 'No sign-in link has this code.');
      }
    }
  }

  private sessionAnswer(session: SessionRecord, csrfToken: string): SessionDto {
    return {
      authenticatedBy: 'session',
      actor: actorDto(session.actor),
      origin: session.origin,
      createdAt: session.createdAt,
      expiresAt: session.expiresAt,
      absoluteExpiresAt: session.absoluteExpiresAt,
      idleTimeoutSeconds: this.sessions.idleSeconds,
      csrfToken,
    };
  }
}
