/**
 * Every PostgreSQL pool and client of the process is made to survive a lost server. node-postgres
 * emits `error` on an idle pooled client, and on a checked-out client between queries (inside a
 * transaction, or a LISTEN connection), when its backend goes away (pg_terminate_backend, a
 * restart, a failover, a proxy reset). Without a listener that event is an uncaught exception and
 * the process dies. With one, the dead client is dropped from the pool on release (it is no
 * longer queryable), the query that was running fails with a connection error that the callers
 * map to STORE.UNAVAILABLE, and the next query opens a fresh connection.
 */
import pg from 'pg';

export type ConnectionErrorListener = (error: Error) => void;

export interface PostgresPoolOptions {
  readonly connectionString: string;
  readonly max?: number;
  /** How long to wait for a connection before answering "unavailable". Default 5 s. */
  readonly connectionTimeoutMillis?: number;
  readonly onError?: ConnectionErrorListener;
}

/** Attaches the listeners that keep a pool's connection faults from crashing the process. */
export function guardPool(pool: pg.Pool, onError: ConnectionErrorListener = () => undefined): pg.Pool {
  pool.on('error', (error) => onError(error));
  pool.on('connect', (client) => {
    client.on('error', (error) => onError(error));
  });
  return pool;
}

export function createPostgresPool(options: PostgresPoolOptions): pg.Pool {
  return guardPool(
    new pg.Pool({
      connectionString: options.connectionString,
      max: options.max ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5000,
      // A dead peer (no RST: a cable, a failover) is noticed by TCP keepalive, not after hours.
      keepAlive: true,
    }),
    options.onError,
  );
}
