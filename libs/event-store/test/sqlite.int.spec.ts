import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteCheckpointStore, SqliteEventStore, StoreUnavailableError } from '../src/index.js';
import { event, runEventStoreContract, type StoredColumns } from './event-store.contract.js';

const SQLITE_COLUMNS: Record<keyof StoredColumns, string> = {
  data: 'data',
  metadata: 'metadata',
  type: 'type',
  recordedAt: 'recorded_at',
  revision: 'revision',
  previousHash: 'previous_hash',
  hash: 'hash',
};

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'gongron-es-'));
}

runEventStoreContract('sqlite', async (options) => {
  const dir = tempDir();
  const file = join(dir, 'events.db');
  const store = new SqliteEventStore({ file, ...options });
  return {
    store,
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    // Straight to the file through a second connection, as someone editing the database would.
    tamper: {
      update: async (streamId, revision, columns) => {
        const db = new Database(file);
        try {
          for (const [field, value] of Object.entries(columns)) {
            db.prepare(`update gongron_events set ${SQLITE_COLUMNS[field as keyof StoredColumns]} = ? where stream_id = ? and revision = ?`).run(value, streamId, revision);
          }
        } finally {
          db.close();
        }
      },
      remove: async (streamId, revision) => {
        const db = new Database(file);
        try {
          db.prepare('delete from gongron_events where stream_id = ? and revision = ?').run(streamId, revision);
        } finally {
          db.close();
        }
      },
    },
  };
});

describe('SQLite event store specifics', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps one file in WAL mode, migrates once and survives being opened twice', async () => {
    const file = join(dir, 'one.db');
    const first = new SqliteEventStore({ file });
    await first.append('item:1', [event()], 'no-stream');
    await first.close();
    const second = new SqliteEventStore({ file });
    expect(second.database.pragma('journal_mode', { simple: true })).toBe('wal');
    const migrations = second.database.prepare('select version from gongron_schema_migrations').all();
    expect(migrations).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
    expect(await second.streamRevision('item:1')).toBe(0);
    await second.close();
  });

  it('shares an existing handle with read models and leaves it open on close', async () => {
    const db = new Database(join(dir, 'shared.db'));
    const store = new SqliteEventStore({ database: db });
    expect(store.database).toBe(db);
    await store.append('item:2', [event()], 'no-stream');
    db.exec('create table read_model (id text primary key)');
    await store.close();
    expect(db.open).toBe(true);
    expect(db.prepare('select count(*) as n from gongron_events').get()).toEqual({ n: 1 });
    db.close();
  });

  it('delivers events written by another process (another connection) to a live subscriber', async () => {
    const file = join(dir, 'two.db');
    const reader = new SqliteEventStore({ file, pollIntervalMs: 20 });
    const writer = new SqliteEventStore({ file });
    const seen: string[] = [];
    const subscription = reader.subscribeToAll(0, (e) => {
      seen.push(e.streamId);
    });
    await writer.append('item:a', [event()], 'no-stream');
    await writer.append('item:b', [event()], 'no-stream');
    const deadline = Date.now() + 5000;
    while (seen.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await subscription.stop();
    expect(seen).toEqual(['item:a', 'item:b']);
    await Promise.all([reader.close(), writer.close()]);
  });

  it('reports a closed or unopenable database as unavailable', async () => {
    const store = new SqliteEventStore({ file: join(dir, 'closed.db') });
    await store.close();
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(() => new SqliteEventStore({ file: join(dir, 'missing-dir', 'x.db') })).toThrow(StoreUnavailableError);
  });

  it('keeps checkpoints in gongron_checkpoints', async () => {
    const file = join(dir, 'cp.db');
    const checkpoints = new SqliteCheckpointStore({ file });
    expect(await checkpoints.load('kafka-relay')).toBe(0);
    await checkpoints.save('kafka-relay', 42);
    await checkpoints.save('kafka-relay', 43);
    await checkpoints.close();
    const again = new SqliteCheckpointStore({ file });
    expect(await again.load('kafka-relay')).toBe(43);
    await expect(again.save('', 1)).rejects.toMatchObject({ code: 'STORE.INVALID_ARGUMENT' });
    await expect(again.save('x', -1)).rejects.toMatchObject({ code: 'STORE.INVALID_ARGUMENT' });
    await again.close();
  });
});
