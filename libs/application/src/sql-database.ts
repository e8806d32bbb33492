/**
 * The SQL database for everything that is not the log: read models, access tokens,
 * idempotency records. One Kysely definition speaks SQLite (embedded) and PostgreSQL (server).
 * In embedded mode it opens its own connection to the same file as the log (WAL lets the
 * two work side by side), so a read-model transaction never wraps an append.
 */
import Database from 'better-sqlite3';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  type QueryResult,
  SqliteDialect,
  type SqliteDatabase,
  type SqliteStatement,
  sql,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';
import { createPostgresPool, DEFAULT_SQLITE_BUSY_WAIT_MS, retryWhileBusy, SQLITE_BUSY_TIMEOUT_MS } from '@gongron/event-store';
import { ensureDataFile } from './data-folder.js';

export type SqlDialectKind = 'sqlite' | 'postgres';

export type SqlDatabaseOptions =
  | {
      readonly kind: 'sqlite';
      readonly file: string;
      /** How long a statement waits for another process's write lock before "unavailable". Default 5 s. */
      readonly busyWaitMs?: number;
    }
  | {
      readonly kind: 'postgres';
      readonly connectionString: string;
      readonly poolSize?: number;
      /** Told of every connection lost (the pool replaces it; the process carries on). */
      readonly onConnectionError?: (error: Error) => void;
    };

export interface SqlDatabase {
  readonly kind: SqlDialectKind;
  // Tables belong to the modules that create them; each declares its own row types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly db: Kysely<any>;
  close(): Promise<void>;
}

// PostgreSQL returns bigint (int8) as string by default; every count and position here fits
// in a double (a decade of the province is under a million events).
pg.types.setTypeParser(20, (value: string) => Number(value));

/** Distinct statements kept prepared per SQLite connection (the oldest unused one goes first). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every query again; compiling the SQL cost more than running
 * the small lookups this database mostly serves (token checks, checkpoints, idempotency keys).
 * Prepared statements are kept by their SQL text. `all` and `run` finish before they return,
 * so one statement serves every caller; `iterate` holds its statement until the rows are read,
 * so each stream gets a statement of its own. Schema statements are not worth keeping.
 */
export function cachingStatements(handle: Database.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => handle.close(),
    prepare(source: string): SqliteStatement {
      const known = cache.get(source);
      if (known) {
        cache.delete(source);
        cache.set(source, known);
        return known;
      }
      const statement = handle.prepare(source);
      const cached: SqliteStatement = {
        reader: statement.reader,
        all: (parameters) => statement.all(parameters),
        run: (parameters) => statement.run(parameters),
        iterate: (parameters) => handle.prepare(source).iterate(parameters),
      };
      if (SCHEMA_STATEMENT.test(source)) return cached;
      cache.set(source, cached);
      if (cache.size > size) cache.delete(cache.keys().next().value as string);
      return cached;
    },
  };
}

const SCHEMA_STATEMENT = /^\s*(create|drop|alter|pragma|vacuum|attach|detach)\b/i;

/** A connection whose statements wait out another process's lock asynchronously. */
class PatientConnection implements DatabaseConnection {
  constructor(
    private readonly inner: DatabaseConnection,
    private readonly waitMs: number,
  ) {}
  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return retryWhileBusy(() => this.inner.executeQuery<R>(query), this.waitMs);
  }
  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

class PatientDriver implements Driver {
  private readonly connections = new WeakMap<DatabaseConnection, PatientConnection>();
  constructor(
    private readonly inner: Driver,
    private readonly waitMs: number,
  ) {}
  init(): Promise<void> {
    return this.inner.init();
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await this.inner.acquireConnection();
    let patient = this.connections.get(connection);
    if (!patient) {
      patient = new PatientConnection(connection, this.waitMs);
      this.connections.set(connection, patient);
    }
    return patient;
  }
  // The inner driver issues begin/commit/rollback through the connection it is given: the patient one.
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(connection, settings);
  }
  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection);
  }
  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection);
  }
  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(connection);
  }
  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

class PatientSqliteDialect extends SqliteDialect {
  constructor(
    config: ConstructorParameters<typeof SqliteDialect>[0],
    private readonly waitMs: number,
  ) {
    super(config);
  }
  override createDriver(): Driver {
    return new PatientDriver(super.createDriver(), this.waitMs);
  }
}

export function openSqlDatabase(options: SqlDatabaseOptions): SqlDatabase {
  if (options.kind === 'sqlite') {
    ensureDataFile(options.file);
    const waitMs = options.busyWaitMs ?? DEFAULT_SQLITE_BUSY_WAIT_MS;
    // Opening may wait for another process (a migration); serving never blocks the thread for long.
    const handle = new Database(options.file, { timeout: waitMs });
    handle.pragma('journal_mode = WAL');
    // Idempotency records and access tokens are acknowledged to clients: they survive power loss too.
    handle.pragma('synchronous = FULL');
    handle.pragma('foreign_keys = ON');
    handle.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    const dialect = new PatientSqliteDialect({ database: cachingStatements(handle) }, waitMs);
    const db = new Kysely({ dialect });
    return { kind: 'sqlite', db, close: () => db.destroy() };
  }
  const pool = createPostgresPool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    onError: options.onConnectionError ?? (() => undefined),
  });
  const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  return { kind: 'postgres', db, close: () => db.destroy() };
}

export { sql };
