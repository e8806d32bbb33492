/** How SQLite's failures read to callers: unavailable (busy, locked, unreadable, full…) or as they came. */
import { EventStoreError, StoreUnavailableError } from '../errors.js';

const UNAVAILABLE_CODES = new Set([
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT',
]);

/** Maps driver failures to StoreUnavailableError; typed store errors pass through. */
export function mapSqliteError(error: unknown): unknown {
  if (error instanceof EventStoreError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if ([...UNAVAILABLE_CODES].some((prefix) => code.startsWith(prefix)) || /database connection is not open/i.test(message)) {
    return new StoreUnavailableError(`SQLite: ${message}`, error);
  }
  return error;
}

/** Runs synchronous driver work with its failures mapped. */
export function runSqlite<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw mapSqliteError(error);
  }
}
