import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CompiledQuery } from 'kysely';
import { CHECKPOINTS_TABLE, REBUILDS_TABLE } from '../src/sql.js';
import { type SqliteHandle, SqliteHandlePlanExecutor } from '../src/write-plan.js';

describe('a read-model batch written on the log’s own SQLite handle', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongron-write-plan-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('commits without waiting for the disk, and leaves the handle as durable as it was for the log’s next append, also when the batch fails', async () => {
    const handle = new Database(join(dir, 'log.db'));
    try {
      handle.pragma('journal_mode = WAL');
      handle.pragma('synchronous = FULL');
      handle.exec(`create table ${CHECKPOINTS_TABLE} (name text primary key); create table ${REBUILDS_TABLE} (name text primary key);`);
      handle.exec('create table rows (id integer primary key, value text not null)');
      const executor = new SqliteHandlePlanExecutor(handle as unknown as SqliteHandle);
      let during: unknown;
      const written = await executor.execute({
        statements: [CompiledQuery.raw('insert into rows (id, value) values (?, ?)', [1, 'one'])],
        verify: () => {
          during = handle.pragma('synchronous', { simple: true });
          return true;
        },
      });
      expect(written).toBe(true);
      expect(during).toBe(1); // NORMAL: no fsync at the batch's commit
      expect(handle.pragma('synchronous', { simple: true })).toBe(2); // FULL again for the log
      await expect(
        executor.execute({ statements: [CompiledQuery.raw('insert into rows (id, value) values (?, ?)', [1, 'again'])] }),
      ).rejects.toMatchObject({ message: expect.stringMatching(/UNIQUE/) }); // SqliteError may come from another jest realm
      expect(handle.pragma('synchronous', { simple: true })).toBe(2);
      expect(handle.prepare('select value from rows').pluck().all()).toEqual(['one']);
    } finally {
      handle.close();
    }
  });
});
