/**
 * The API's defences in one place: security headers and `no-store` (helmet), the client address
 * as the rate limits see it (TRUST_PROXY), and the Node server's timeouts and connection cap.
 * The rate limits themselves are guards (`securityProviders`), since they need to know the token.
 */
import type { Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import type { GongronConfig } from '@gongron/application';
import { applyHttpServerLimits } from './http-server-limits.js';
import { AuthFailureLimiter, RATE_LIMITS, RateLimitGuard } from './rate-limits.js';
import { securityHeaders } from './security-headers.js';

/** Before any route: headers on every answer, problems and static files included. */
export function applySecurity(app: NestExpressApplication, config: GongronConfig): void {
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());
  applyHttpServerLimits(app.getHttpServer() as Server, config.http);
}

/**
 * The rate-limit guard and the failed-authentication limiter, for the app module's providers —
 * placed before the access guard, so a flood is refused before any token is looked up.
 */
export function securityProviders(config: GongronConfig): Provider[] {
  return [{ provide: RATE_LIMITS, useValue: config.rateLimits }, AuthFailureLimiter, { provide: APP_GUARD, useClass: RateLimitGuard }];
}
