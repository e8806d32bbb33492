/**
 * `Idempotency-Key` on writes: the first request with a key is carried out and its response
 * (success or refusal) recorded against the caller and a hash of the request; the same key and
 * request again gets that response back and writes nothing; the same key with another request
 * is refused (422). Server errors are not recorded, so the key may be retried.
 */
import { type CallHandler, type ExecutionContext, HttpStatus, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import { canonicalJson, IdempotencyStore, sha256Hex } from '@gongron/application';
import { catchError, from, mergeMap, type Observable } from 'rxjs';
import type { HttpRequest, HttpResponse } from '../http-types.js';
import { ApiProblem } from '../problem/api-problem.js';
import { exceptionToProblem } from '../problem/problem.filter.js';
import { ReplayedResponse } from './replayed-response.js';

const KEY_SHAPE = /^[\x21-\x7e]{1,200}$/;
const REPLAYED_HEADERS = ['etag', 'location'];

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(IdempotencyStore) private readonly records: IdempotencyStore,
    @Inject(Reflector) private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const response = context.switchToHttp().getResponse<HttpResponse>();
    const raw = request.headers['idempotency-key'];
    if (raw === undefined || request.method === 'GET' || request.method === 'HEAD') return next.handle();
    const key = Array.isArray(raw) ? raw[0]! : raw;
    if (!KEY_SHAPE.test(key)) {
      throw ApiProblem.badRequest('IDEMPOTENCY.KEY_INVALID', 'Idempotency-Key must be 1 to 200 visible ASCII characters.', {
        field: 'Idempotency-Key',
      });
    }
    const actorId = request.actor?.id ?? 'public';
    const requestHash = sha256Hex(
      canonicalJson({ method: request.method, url: request.originalUrl, body: request.body ?? null, ifMatch: request.headers['if-match'] ?? null }),
    );
    const successStatus =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
      (request.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);

    return from(this.records.begin(actorId, key, requestHash)).pipe(
      mergeMap((begun) => {
        if (begun.kind === 'replay') throw new ReplayedResponse(begun.response);
        if (begun.kind === 'mismatch') {
          throw new ApiProblem(422, 'IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was already used with a different request.', {
            field: 'Idempotency-Key',
          });
        }
        if (begun.kind === 'in-progress') {
          throw new ApiProblem(409, 'IDEMPOTENCY.IN_PROGRESS', 'A request with this Idempotency-Key is still being processed.', {
            field: 'Idempotency-Key',
          });
        }
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            const headers: Record<string, string> = {};
            for (const name of REPLAYED_HEADERS) {
              const value = response.getHeader(name);
              if (typeof value === 'string') headers[name] = value;
            }
            await this.records.complete(actorId, key, { status: successStatus, body: body ?? null, headers });
            return body;
          }),
          catchError(async (error: unknown) => {
            const problem = exceptionToProblem(error, request);
            if (problem.status < 500) await this.records.complete(actorId, key, { status: problem.status, body: problem });
            else await this.records.release(actorId, key);
            throw error;
          }),
        );
      }),
    );
  }
}
