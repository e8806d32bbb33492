/** Read refusals as problem bodies: bad query → 400 naming the field, unknown → 404. */
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { type Observable, catchError, throwError } from 'rxjs';
import { ProjectionError, ReadQueryError } from '@gongron/projections';
import { ApiProblem } from '../problem/api-problem.js';

export function toProblem(error: unknown): unknown {
  if (error instanceof ReadQueryError) {
    return error.kind === 'invalid'
      ? ApiProblem.badRequest(error.code, error.message, { field: error.field })
      : ApiProblem.notFound(error.code, error.message);
  }
  if (error instanceof ProjectionError && error.code === 'PROJECTION.UNKNOWN') return ApiProblem.notFound(error.code, error.message);
  // The store refuses a malformed stream id with its own typed error (code STREAM.INVALID_ID).
  if (error instanceof Error && (error as { code?: unknown }).code === 'STREAM.INVALID_ID') {
    return ApiProblem.badRequest('STREAM.INVALID_ID', error.message, { field: 'streamId' });
  }
  if (error instanceof Error && (error as { code?: unknown }).code === 'STREAM.NOT_FOUND')
    return ApiProblem.notFound('STREAM.NOT_FOUND', error.message);
  return error;
}

@Injectable()
export class ReadErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((error: unknown) => throwError(() => toProblem(error))));
  }
}

/** A single query value (repeated parameters are refused, naming the field). */
export function single(query: Record<string, unknown>, field: string): string | undefined {
  const value = query[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw ApiProblem.badRequest('QUERY.REPEATED_PARAMETER', `${field} must be given once`, { field });
  return value;
}
