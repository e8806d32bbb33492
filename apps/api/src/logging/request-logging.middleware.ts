/**
 * One log line per request when its response finishes: method, path, status, duration, actor
 * and correlation id. The correlation id is taken from `X-Correlation-Id` or created here and
 * echoed back, so a caller can find its request in the logs and on the events it caused.
 */
import { randomUUID } from 'node:crypto';
import type { HttpRequest as Request, HttpResponse as Response, NextFunction } from '../http-types.js';
import type { AppLogger } from './app-logger.js';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestLogging(logger: AppLogger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const given = request.headers['x-correlation-id'];
    const correlationId = typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
    request.headers['x-correlation-id'] = correlationId;
    response.setHeader('X-Correlation-Id', correlationId);
    response.on('finish', () => {
      const actor = request.actor;
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const fields = {
        method: request.method,
        path: request.originalUrl.split('?')[0],
        status: response.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
        correlationId,
        ...(actor ? { actorId: actor.id, role: actor.role } : {}),
      };
      if (response.statusCode >= 500) logger.errorWith('request', fields);
      else logger.infoWith('request', fields);
    });
    next();
  };
}
