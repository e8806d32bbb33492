/**
 * Every error leaves as `application/problem+json`. Known refusals keep their status and code;
 * framework errors (unknown route, bad JSON, body too large) are translated; anything else is
 * a 500 without internals, logged with the request's correlation id.
 */
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { HttpRequest as Request, HttpResponse as Response } from '../http-types.js';
import { CommandRefused, TokenSpecError } from '@gongron/application';
import { isHistoryDoesNotFold } from '@gongron/domain';
import { isStoreUnavailable } from '@gongron/event-store';
import { ApiProblem, type ProblemBody, problemBody } from './api-problem.js';
import { refusalToProblem } from './refusal-to-problem.js';
import { languageOf, localizeProblem } from './localize.js';
import { AppLogger } from '../logging/app-logger.js';
import { ReplayedResponse } from '../idempotency/replayed-response.js';

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  expose?: boolean;
  limit?: number;
  message?: string;
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(@Inject(AppLogger) private readonly logger: AppLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    if (exception instanceof ReplayedResponse) {
      if (response.headersSent) return;
      const { status, body, headers } = exception.response;
      for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
      response.setHeader('Idempotency-Replayed', 'true');
      response
        .status(status)
        .type(status >= 400 ? 'application/problem+json' : 'application/json')
        .send(JSON.stringify(status >= 400 ? inLanguageOf(request, response, body as ProblemBody) : body));
      return;
    }
    const problem = exceptionToProblem(exception, request);
    if (problem.status >= 500 && problem.code !== 'STORE.UNAVAILABLE') {
      this.logger.errorWith('request failed', {
        err: exception instanceof Error ? { name: exception.name, message: exception.message, stack: exception.stack } : exception,
        method: request.method,
        url: request.originalUrl,
        correlationId: request.headers['x-correlation-id'],
      });
    }
    if (problem.code === 'STORE.UNAVAILABLE') {
      this.logger.warnWith('database unavailable', {
        err: exception instanceof Error ? exception.message : String(exception),
        method: request.method,
        url: request.originalUrl,
      });
    }
    if (response.headersSent) return;
    if (exception instanceof ApiProblem) for (const [name, value] of Object.entries(exception.headers)) response.setHeader(name, value);
    if (problem.status === 503 && !response.getHeader('Retry-After')) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response
      .status(problem.status)
      .type('application/problem+json')
      .send(JSON.stringify(inLanguageOf(request, response, problem)));
  }
}

/** Refusals are stored and logged in one form; each answer speaks the caller's language. */
function inLanguageOf(request: Request, response: Response, problem: ProblemBody): ProblemBody {
  const language = languageOf(request);
  response.setHeader('Content-Language', language);
  response.setHeader('Vary', 'Accept-Language');
  return localizeProblem(problem, language);
}

/** What a 503 tells clients to wait: a dropped connection is replaced, a lock released, within seconds. */
export const RETRY_AFTER_SECONDS = 1;

/** The problem body for any error; shared with the idempotency record so a replay is identical. */
export function exceptionToProblem(exception: unknown, request: Pick<Request, 'method' | 'path'>): ProblemBody {
  if (exception instanceof ApiProblem) return exception.problem;
  if (exception instanceof CommandRefused) return refusalToProblem(exception);
  // A read that folds a stored history (time travel) answers as the command path does.
  if (isHistoryDoesNotFold(exception)) return problemBody(409, exception.code, exception.message, { details: { ...exception.details } });
  if (isStoreUnavailable(exception)) {
    return problemBody(
      503,
      'STORE.UNAVAILABLE',
      'The database does not answer at the moment. Try again shortly; a retry with the same Idempotency-Key cannot apply a command twice.',
    );
  }
  if (exception instanceof TokenSpecError) {
    return problemBody(400, 'VALIDATION.FAILED', exception.message, {
      field: exception.problems[0]?.field,
      errors: exception.problems.map((p) => ({ field: p.field, code: p.code, message: p.message })),
    });
  }
  // The Express adapter wraps body-parser errors in an HttpException; the original says what went wrong.
  const parserError = (
    exception instanceof HttpException && exception.cause !== undefined ? exception.cause : exception
  ) as BodyParserError;
  if (parserError && typeof parserError === 'object' && typeof parserError.type === 'string') {
    if (parserError.type === 'entity.too.large') {
      return problemBody(
        413,
        'REQUEST.TOO_LARGE',
        `The request body is larger than the limit of ${parserError.limit ?? 'the server'} bytes.`,
      );
    }
    if (parserError.type === 'entity.too.deep') {
      const limit = (parserError as { depthLimit?: number }).depthLimit;
      return problemBody(400, 'REQUEST.TOO_DEEP', `The request body is nested deeper than the limit of ${limit} levels.`, { limit });
    }
    if (parserError.type === 'entity.parse.failed') {
      return problemBody(400, 'REQUEST.MALFORMED_JSON', 'The request body is not valid JSON.');
    }
    const status = parserError.status ?? parserError.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return problemBody(
        status,
        'REQUEST.UNREADABLE',
        parserError.expose ? (parserError.message ?? 'Unreadable request body.') : 'Unreadable request body.',
      );
    }
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (status === 404) {
      return problemBody(404, 'ROUTE.NOT_FOUND', `No route ${request.method} ${request.path}.`);
    }
    const message =
      typeof response === 'string'
        ? response
        : typeof (response as { message?: unknown }).message === 'string'
          ? (response as { message: string }).message
          : exception.message;
    return problemBody(status, status < 500 ? `HTTP.${status}` : 'SERVER.ERROR', status < 500 ? message : 'The server failed.');
  }
  return problemBody(500, 'SERVER.ERROR', 'The server failed to handle this request; it has been logged.');
}
