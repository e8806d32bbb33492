/** Shared set-up for the projection tests: a SQLite log and read-model database in a temp folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlDatabase, type SqlDatabase } from '@gongron/application';
import { SqliteEventStore } from '@gongron/event-store';
import { dumpTable, type Projection, type Row } from '../src/index.js';
import { GeneratedClock } from '../src/testing/history-generator.js';

export interface SqliteFixture {
  readonly dir: string;
  readonly file: string;
  readonly clock: GeneratedClock;
  readonly store: SqliteEventStore;
  readonly database: SqlDatabase;
  close(): Promise<void>;
}

export function sqliteFixture(start = new Date('2024-03-01T00:00:00Z')): SqliteFixture {
  const dir = mkdtempSync(join(tmpdir(), 'gongron-projections-'));
  const file = join(dir, 'gongron.sqlite');
  const clock = new GeneratedClock(start);
  const store = new SqliteEventStore({ file, clock: clock.now, pollIntervalMs: 20 });
  const database = openSqlDatabase({ kind: 'sqlite', file });
  return {
    dir,
    file,
    clock,
    store,
    database,
    async close() {
      await database.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every table of every projection, as readers see it. */
export async function dumpAll(database: SqlDatabase, projections: readonly Projection[]): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const projection of projections) for (const table of projection.tables) out[table.name] = await dumpTable(database.db, table);
  return out;
}
