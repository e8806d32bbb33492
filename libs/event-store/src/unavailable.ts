/**
 * Whether an error means "the database cannot answer now" rather than "this request is wrong":
 * the store's own StoreUnavailableError, or a raw driver error from a connection that went away
 * (the read models and idempotency records reach PostgreSQL and SQLite through Kysely, which
 * passes driver errors through unchanged). Callers answer 503 with Retry-After for these.
 */
import { StoreUnavailableError } from './errors.js';
import { mapPostgresError } from './postgres/postgres-errors.js';
import { mapSqliteError } from './sqlite/sqlite-errors.js';

export function isStoreUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    if (current instanceof StoreUnavailableError) return true;
    if (typeof current === 'object') {
      if (mapPostgresError(current) instanceof StoreUnavailableError) return true;
      if (mapSqliteError(current) instanceof StoreUnavailableError) return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
