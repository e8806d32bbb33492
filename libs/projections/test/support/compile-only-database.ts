import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import type { ReadModelDatabase } from '../../src/sql.js';

/** A SQLite read-model database whose queries are only compiled, never run: for unit tests of the engine's parts. */
export function compileOnlyDatabase(): ReadModelDatabase {
  const db = new Kysely({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new SqliteIntrospector(k),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
  return { kind: 'sqlite', db };
}
