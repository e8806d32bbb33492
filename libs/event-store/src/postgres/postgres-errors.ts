/** How driver failures read to callers: unavailable (retry later), invalid data, or as they came. */
import { EventStoreError, InvalidEventError, StoreUnavailableError } from '../errors.js';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** Maps driver failures to StoreUnavailableError (connection refused, server shutting down, 08xxx…). */
export function mapPostgresError(error: unknown): unknown {
  if (error instanceof EventStoreError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const message = (error as Error)?.message ?? String(error);
  if (
    NETWORK_CODES.has(code) ||
    code.startsWith('08') ||
    code === '57P01' ||
    code === '57P02' ||
    code === '57P03' ||
    code === '53300' ||
    code === '3D000' ||
    (code === '55000' && /not currently accepting connections/i.test(message)) ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end/i.test(
      message,
    )
  ) {
    return new StoreUnavailableError(`PostgreSQL: ${message || code}`, error);
  }
  if (code === '22P05' || code === '22P02') {
    return new InvalidEventError('data', `cannot be stored as JSONB (${message})`);
  }
  return error;
}

/** Whether a client that failed this way must be discarded rather than returned to the pool. */
export function isBroken(error: unknown): boolean {
  return mapPostgresError(error) instanceof StoreUnavailableError;
}
