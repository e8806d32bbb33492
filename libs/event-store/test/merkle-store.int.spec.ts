import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createTestDatabase, describeWithPostgres } from '../../../test/support/postgres.js';
import { PostgresEventStore, SqliteEventStore } from '../src/index.js';
import { event } from './event-store.contract.js';
import { merkleRegistry, runMerkleContract } from './merkle-store.contract.js';

runMerkleContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongron-merkle-'));
  return {
    store: new SqliteEventStore({ file: join(dir, 'events.db'), registry: merkleRegistry }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

const describePg = await describeWithPostgres();
describePg('PostgreSQL', () => {
  runMerkleContract('postgres', async () => {
    const database = await createTestDatabase('gongron_merkle');
    return {
      store: await PostgresEventStore.create({ connectionString: database.url, registry: merkleRegistry }),
      cleanup: () => database.drop(),
    };
  });
});

describe('SQLite: a log written before the tree', () => {
  it('gets its leaves when the store opens, the same tree as if it had been kept all along', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongron-merkle-'));
    try {
      const file = join(dir, 'events.db');
      const first = new SqliteEventStore({ file, registry: merkleRegistry });
      for (let n = 0; n < 11; n++) await first.append(`item:${n}`, [event(), event()], 'no-stream');
      const kept = await first.merkle!.treeHead();
      await first.close();
      const raw = new Database(file);
      // A log from before the tree has no tree and no append-only triggers.
      raw.exec('drop trigger gongron_merkle_nodes_no_delete; drop trigger gongron_merkle_leaves_no_delete;');
      raw.exec('delete from gongron_merkle_nodes; delete from gongron_merkle_leaves;');
      raw.close();
      const reopened = new SqliteEventStore({ file, registry: merkleRegistry });
      expect(await reopened.merkle!.treeHead()).toEqual(kept);
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
