/**
 * Another process holding SQLite's write lock (a CLI rebuild, a backup, a second API on the same
 * file) must not freeze this one. better-sqlite3's busy handler sleeps on the calling thread — the
 * event loop's — so its timeout is kept short, and a statement that still finds the database
 * locked is tried again on timers until a configured wait has passed; then the caller is told
 * "unavailable" (503 with Retry-After at the HTTP door).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreUnavailableError } from '../errors.js';

/** The busy handler's own wait per attempt, in ms. */
export const SQLITE_BUSY_TIMEOUT_MS = 10;
/** How long a write waits in all for another connection's lock, by default. */
export const DEFAULT_SQLITE_BUSY_WAIT_MS = 5000;

export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** Runs `attempt` until it does not find the database locked, for at most `waitMs`. */
export async function retryWhileBusy<T>(attempt: () => T | Promise<T>, waitMs: number): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isSqliteBusy(error)) throw error;
      if (Date.now() + pause > deadline) {
        throw new StoreUnavailableError(`SQLite: the database stayed locked by another connection for ${waitMs} ms`, error);
      }
      await sleep(pause);
    }
  }
}

/**
 * A connection that writes to the log: WAL (readers keep reading while a commit waits), and an
 * acknowledged commit on disk (NORMAL in WAL mode can lose the last commits on power loss).
 * `busyTimeoutMs` is the busy handler's wait: longer while starting up (another process may be
 * migrating), SQLITE_BUSY_TIMEOUT_MS while serving.
 */
export function configureWriter(db: { pragma(source: string): unknown }, busyTimeoutMs: number): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
}
