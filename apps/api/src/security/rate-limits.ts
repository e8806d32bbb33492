/**
 * Rate limits, with rate-limiter-flexible: requests per window from one client address and with
 * one bearer token, and a much stricter limit on failed authentication per address — past it,
 * the address is refused every token attempt (valid ones too, so a guess cannot be confirmed)
 * until the block ends. Every refusal is a 429 problem with `Retry-After`, and every refusal
 * and failed authentication is logged as a security event.
 *
 * (@nestjs/throttler would be the Nest-native choice, but it is CommonJS requiring the ESM
 * @nestjs/common, which only Node's own loader accepts, not the test runner's before Node 24.9.)
 */
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { isIPv6 } from 'node:net';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimits } from '@gongron/application';
import type { HttpRequest } from '../http-types.js';
import { AppLogger } from '../logging/app-logger.js';
import { ApiProblem } from '../problem/api-problem.js';

export const RATE_LIMITS = Symbol.for('gongron.RateLimits');

type LimitedRequest = HttpRequest & { ip?: string };

function bearerOf(request: HttpRequest): string | undefined {
  const header = request.headers.authorization;
  const raw = Array.isArray(header) ? header[0] : header;
  const match = raw ? /^Bearer\s+(\S+)\s*$/i.exec(raw) : null;
  return match?.[1];
}

/**
 * The client address the limits count: Express's `req.ip` (which honours TRUST_PROXY); an
 * IPv4-mapped address as IPv4, and IPv6 by its /64, since one client holds a whole /64.
 */
export function clientAddress(request: LimitedRequest): string {
  const raw = request.ip ?? request.socket.remoteAddress ?? 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw);
  if (mapped) return mapped[1]!;
  if (!isIPv6(raw)) return raw;
  const [head = '', tail = ''] = raw.split('::');
  const left = head ? head.split(':') : [];
  const right = raw.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

function tooManyRequests(retryAfterMs: number, detail: string): ApiProblem {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new ApiProblem(429, 'RATE.LIMITED', detail, { retryAfter: seconds }, { 'Retry-After': String(seconds) });
}

/** Requests per window by address and by token; probes (`/health`) are never limited. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly byAddress?: RateLimiterMemory;
  private readonly byToken?: RateLimiterMemory;

  constructor(
    @Inject(RATE_LIMITS) private readonly limits: RateLimits,
    @Inject(AppLogger) private readonly log: AppLogger,
  ) {
    if (limits.perAddress > 0)
      this.byAddress = new RateLimiterMemory({ keyPrefix: 'address', points: limits.perAddress, duration: limits.windowSeconds });
    if (limits.perToken > 0)
      this.byToken = new RateLimiterMemory({ keyPrefix: 'token', points: limits.perToken, duration: limits.windowSeconds });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<LimitedRequest>();
    // An orchestrator that sees 429 from a probe would restart a healthy server.
    if (request.path.startsWith('/health')) return true;
    if (this.byAddress) await this.take(this.byAddress, clientAddress(request), request, 'address');
    const token = bearerOf(request);
    if (this.byToken && token !== undefined) await this.take(this.byToken, token, request, 'token');
    return true;
  }

  private async take(limiter: RateLimiterMemory, key: string, request: LimitedRequest, limit: 'address' | 'token'): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      this.log.warnWith('security event', {
        event: 'rate.limited',
        limit,
        address: clientAddress(request),
        method: request.method,
        path: request.path,
        retryAfterMs: refusal.msBeforeNext,
      });
      throw tooManyRequests(
        refusal.msBeforeNext,
        `Too many requests ${limit === 'token' ? 'with this token' : 'from this address'}: at most ` +
          `${limit === 'token' ? this.limits.perToken : this.limits.perAddress} per ${this.limits.windowSeconds} s. Try again later.`,
      );
    }
  }
}

/**
 * Failed authentications per address. The access guard asks `assertNotBlocked` before it looks
 * a token up and calls `recordFailure` after a token failed.
 */
@Injectable()
export class AuthFailureLimiter {
  private readonly failures: RateLimiterMemory;

  constructor(
    @Inject(RATE_LIMITS) private readonly limits: RateLimits,
    @Inject(AppLogger) private readonly log: AppLogger,
  ) {
    this.failures = new RateLimiterMemory({
      keyPrefix: 'authentication',
      points: limits.authFailures,
      duration: limits.authFailureWindowSeconds,
      blockDuration: limits.authFailureBlockSeconds,
    });
  }

  /** Throws the 429 while the request's address is blocked. */
  async assertNotBlocked(request: HttpRequest): Promise<void> {
    const state = await this.failures.get(clientAddress(request as LimitedRequest));
    if (state && state.consumedPoints > this.limits.authFailures) throw tooManyRequests(state.msBeforeNext, this.detail());
  }

  /** Counts a failed authentication; throws the 429 once the address is past its limit. */
  async recordFailure(request: HttpRequest, reason: string): Promise<void> {
    const address = clientAddress(request as LimitedRequest);
    let blocked: RateLimiterRes | undefined;
    let failures: number;
    try {
      failures = (await this.failures.consume(address)).consumedPoints;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      blocked = refusal;
      failures = refusal.consumedPoints;
    }
    this.log.warnWith('security event', {
      event: blocked ? 'authentication.blocked' : 'authentication.failed',
      reason,
      address,
      method: request.method,
      path: request.path,
      failures,
    });
    if (blocked) throw tooManyRequests(blocked.msBeforeNext, this.detail());
  }

  private detail(): string {
    const { limits } = this;
    return (
      `Too many failed authentications from this address (more than ${limits.authFailures} in ${limits.authFailureWindowSeconds} s); ` +
      `token attempts from it are refused for ${limits.authFailureBlockSeconds} s.`
    );
  }
}
