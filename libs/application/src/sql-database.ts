/**
 * The SQL database for everything that is not the log: read models, access tokens,
 * idempotency records. One Kysely definition speaks SQLite (embedded) and PostgreSQL (server).
 * In embedded mode it opens its own connection to the same file as the log (WAL lets the
 * two work side by side), so a read-model transaction never wraps an append.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, type SqliteStatement, sql } from 'kysely';
import pg from 'pg';

export type SqlDialectKind = 'sqlite' | 'postgres';

export type SqlDatabaseOptions =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly poolSize?: number };

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

export function openSqlDatabase(options: SqlDatabaseOptions): SqlDatabase {
  if (options.kind === 'sqlite') {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    const handle = new Database(options.file);
    handle.pragma('journal_mode = WAL');
    handle.pragma('synchronous = NORMAL');
    handle.pragma('busy_timeout = 10000');
    handle.pragma('foreign_keys = ON');
    const db = new Kysely({ dialect: new SqliteDialect({ database: cachingStatements(handle) }) });
    return { kind: 'sqlite', db, close: () => db.destroy() };
  }
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
  const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  return { kind: 'postgres', db, close: () => db.destroy() };
}

export { sql };
