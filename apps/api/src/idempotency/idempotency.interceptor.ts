/**
 * `Idempotency-Key` on writes — the one idempotency protocol of the API: the first request with a
 * key is carried out and its response (success or refusal) recorded against the caller and a
 * hash of the request; the same key and request again gets that response back and writes nothing;
 * the same key with another request is refused (422). The command behind it gets event ids
 * derived from the key's record, so an attempt that died after appending (or whose answer could
 * not be recorded) is found in the log by the retry that takes the key over: it answers with what
 * was applied instead of writing again. A server error or a lost race gives the key back for an
 * immediate retry; it is never deleted while its events may be in the log.
 */
import { randomUUID } from 'node:crypto';
import { type CallHandler, type ExecutionContext, HttpStatus, Inject, Injectable, Logger, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import { NATURALLY_IDEMPOTENT } from './without-idempotency-key.js';
import { BusinessClock, canonicalJson, IdempotencyStore, sha256Hex } from '@gongron/application';
import { catchError, from, mergeMap, type Observable } from 'rxjs';
import type { HttpRequest, HttpResponse } from '../http-types.js';
import { ApiProblem } from '../problem/api-problem.js';
import { exceptionToProblem } from '../problem/problem.filter.js';
import { ReplayedResponse } from './replayed-response.js';

const KEY_SHAPE = /^[\x21-\x7e]{1,200}$/;
const REPLAYED_HEADERS = ['etag', 'location'];
/** Refusals that a second try may not get: the key stays open for it instead of repeating them. */
const TRANSIENT_CODES = new Set(['STREAM.CONCURRENT_WRITES', 'STORE.UNAVAILABLE']);

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(
    @Inject(IdempotencyStore) private readonly records: IdempotencyStore,
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(BusinessClock) private readonly clock: BusinessClock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const response = context.switchToHttp().getResponse<HttpResponse>();
    const raw = request.headers['idempotency-key'];
    if (raw === undefined || request.method === 'GET' || request.method === 'HEAD') return next.handle();
    if (this.reflector.get<boolean | undefined>(NATURALLY_IDEMPOTENT, context.getHandler()) === true) return next.handle();
    const key = Array.isArray(raw) ? raw[0]! : raw;
    if (!KEY_SHAPE.test(key)) {
      throw ApiProblem.badRequest('IDEMPOTENCY.KEY_INVALID', 'Idempotency-Key must be 1 to 200 visible ASCII characters.', {
        field: 'Idempotency-Key',
      });
    }
    const actorId = request.actor?.id ?? 'public';
    const requestHash = sha256Hex(
      canonicalJson({
        method: request.method,
        url: request.originalUrl,
        body: request.body ?? null,
        ifMatch: request.headers['if-match'] ?? null,
      }),
    );
    const successStatus =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
      (request.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);

    const correlation = request.headers['x-correlation-id'];
    const decidedWith = { now: this.clock.read().now, correlationId: typeof correlation === 'string' ? correlation : randomUUID() };

    return from(this.records.begin(actorId, key, requestHash, decidedWith)).pipe(
      mergeMap((begun) => {
        if (begun.kind === 'replay') throw new ReplayedResponse(begun.response);
        if (begun.kind === 'mismatch') {
          throw new ApiProblem(422, 'IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was already used with a different request.', {
            field: 'Idempotency-Key',
          });
        }
        if (begun.kind === 'in-progress') {
          // Retry-After: when the holder's lease ends, a retry takes the key over (its holder may have died).
          const seconds = Math.max(1, Math.ceil((Date.parse(begun.leaseUntil) - Date.now()) / 1000));
          throw new ApiProblem(
            409,
            'IDEMPOTENCY.IN_PROGRESS',
            'A request with this Idempotency-Key is still being processed.',
            { field: 'Idempotency-Key' },
            { 'Retry-After': String(seconds) },
          );
        }
        request.idempotency = { eventIdSeed: begun.eventIdSeed, context: begun.context, mayBeApplied: begun.mayBeApplied };
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            const headers: Record<string, string> = {};
            for (const name of REPLAYED_HEADERS) {
              const value = response.getHeader(name);
              if (typeof value === 'string') headers[name] = value;
            }
            // The command is applied whatever happens to its record: the caller gets the answer,
            // and a retry that finds no record takes the key over and finds the events instead.
            await this.records
              .complete(actorId, key, { status: successStatus, body: body ?? null, headers })
              .catch((error: unknown) => this.recordFailed(actorId, key, error));
            return body;
          }),
          catchError(async (error: unknown) => {
            const problem = exceptionToProblem(error, request);
            if (problem.status < 500 && !TRANSIENT_CODES.has(problem.code)) {
              await this.records
                .complete(actorId, key, { status: problem.status, body: problem })
                .catch((e: unknown) => this.recordFailed(actorId, key, e));
            } else {
              await this.records.yieldLease(actorId, key).catch(() => undefined);
            }
            throw error;
          }),
        );
      }),
    );
  }

  private async recordFailed(actorId: string, key: string, error: unknown): Promise<void> {
    this.logger.warn({
      msg: 'the answer to an Idempotency-Key could not be recorded; a retry will find the applied command in the log',
      actorId,
      key,
      err: String(error),
    });
    await this.records.yieldLease(actorId, key).catch(() => undefined);
  }
}
