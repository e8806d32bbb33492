import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { SqliteCheckpointStore, SqliteEventStore, StoreUnavailableError, WrongExpectedRevisionError } from '../src/index.js';
import { event, runEventStoreContract, waitFor, type ContractFactory, type StoredColumns } from './event-store.contract.js';
import { runLogTamperContract } from './log-tamper.contract.js';
import { treeOf, writeSqliteTree } from '../../../test/support/retree.js';
import { APPEND_ONLY_TABLES } from '../src/sqlite/sqlite-schema.js';
import { TS_LOADER } from '../../../test/support/child-processes.js';

const CHILD = fileURLToPath(new URL('./support/append-thread-child.ts', import.meta.url));

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

/** A second connection to the file, as someone editing the database would open, with the append-only triggers dropped first. */
function asAttacker(file: string, work: (db: Database.Database) => void): void {
  const db = new Database(file);
  try {
    for (const table of APPEND_ONLY_TABLES)
      db.exec(`drop trigger if exists ${table}_no_update; drop trigger if exists ${table}_no_delete;`);
    work(db);
  } finally {
    db.close();
  }
}

const sqliteContract =
  (appendThread: boolean): ContractFactory =>
  async (options) => {
    const dir = tempDir();
    const file = join(dir, 'events.db');
    const store = new SqliteEventStore({ file, appendThread, ...options });
    return {
      store,
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      tamper: {
        update: async (streamId, revision, columns) =>
          asAttacker(file, (db) => {
            for (const [field, value] of Object.entries(columns)) {
              db.prepare(
                `update gongron_events set ${SQLITE_COLUMNS[field as keyof StoredColumns]} = ? where stream_id = ? and revision = ?`,
              ).run(value, streamId, revision);
            }
          }),
        remove: async (streamId, revision) =>
          asAttacker(file, (db) => db.prepare('delete from gongron_events where stream_id = ? and revision = ?').run(streamId, revision)),
      },
    };
  };

runEventStoreContract('sqlite', sqliteContract(false));
runEventStoreContract('sqlite, appends in their own thread', sqliteContract(true));

runLogTamperContract('sqlite', async (options) => {
  const dir = tempDir();
  const file = join(dir, 'events.db');
  const store = new SqliteEventStore({ file, ...options });
  const attack = async (work: (db: Database.Database) => void) => asAttacker(file, work);
  return {
    store,
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    attacker: {
      reseal: (streamId, revision, columns) =>
        attack((db) =>
          db
            .prepare('update gongron_events set data = ?, hash = ?, previous_hash = ? where stream_id = ? and revision = ?')
            .run(columns.data, columns.hash, columns.previousHash, streamId, revision),
        ),
      removeEvents: (streamId, fromRevision, options) =>
        attack((db) => {
          db.prepare('delete from gongron_events where stream_id = ? and revision >= ?').run(streamId, fromRevision);
          const heads = db.prepare("select type from sqlite_master where name = 'gongron_streams'").pluck().get();
          if (options?.head && heads === 'table') db.prepare('delete from gongron_streams where stream_id = ?').run(streamId);
        }),
      swapPositions: (first, second) =>
        attack((db) => {
          const move = db.prepare('update gongron_events set position = ? where position = ?');
          move.run(-1, first);
          move.run(first, second);
          move.run(second, -1);
        }),
      setHead: (streamId, revision, hash) =>
        attack((db) => {
          // The heads are a view of the events; a table in its place can say what it likes.
          db.exec(`drop view if exists gongron_streams;
            create table if not exists gongron_streams (stream_id text primary key, category text not null, revision integer not null, last_hash text not null);
            insert or ignore into gongron_streams select stream_id, substr(stream_id, 1, instr(stream_id, ':') - 1), max(revision), hash from gongron_events group by stream_id;`);
          db.prepare('update gongron_streams set revision = ?, last_hash = ? where stream_id = ?').run(revision, hash, streamId);
        }),
      retree: () =>
        attack((db) => {
          const tree = treeOf(
            db.prepare<[], { position: number; hash: string }>('select position, hash from gongron_events order by position').all(),
          );
          writeSqliteTree(db, tree);
        }),
    },
  };
});

/**
 * Commits in the file's write-ahead log since it was last reset: frames of the current salt
 * whose header records the database size after a commit (https://sqlite.org/fileformat2.html#walformat).
 */
function walCommits(file: string): number {
  const wal = readFileSync(`${file}-wal`);
  if (wal.length < 32) return 0;
  const pageSize = wal.readUInt32BE(8);
  const [salt1, salt2] = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  let commits = 0;
  for (let frame = 32; frame + 24 + pageSize <= wal.length; frame += 24 + pageSize) {
    if (wal.readUInt32BE(frame + 8) !== salt1 || wal.readUInt32BE(frame + 12) !== salt2) break;
    if (wal.readUInt32BE(frame + 4) !== 0) commits++;
  }
  return commits;
}

describe.each([
  ['on the calling thread', false],
  ['in the append thread', true],
])('SQLite group commit %s', (_where, appendThread) => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the appends asked for together in one commit, each with its own answer: a refused one leaves the others stored', async () => {
    const file = join(dir, 'group.db');
    const store = new SqliteEventStore({ file, appendThread });
    store.database.pragma('wal_autocheckpoint = 0');
    const existing = 'item:group-existing';
    const first = await store.append(existing, [event(), event()], 'no-stream');
    const retried = event();
    await store.append('item:group-retried', [retried], 'no-stream');
    const commitsBefore = walCommits(file);

    const streams = Array.from({ length: 40 }, (_, index) => `item:group-${index}`);
    const answers = await Promise.allSettled([
      ...streams.map((streamId) => store.append(streamId, [event(), event()], 'no-stream')),
      store.append(existing, [event()], 0), // stale: the stream is at revision 1
      store.append('item:group-retried', [retried], 'no-stream'), // the same batch again
    ]);

    expect(walCommits(file)).toBe(commitsBefore + 1);
    const stored = answers.slice(0, 40).map((answer) => (answer.status === 'fulfilled' ? answer.value : answer.reason));
    expect(stored.map((result) => result.revision)).toEqual(streams.map(() => 1));
    const positions = stored.flatMap((result) => result.events.map((e: { position: number }) => e.position));
    expect(positions).toEqual(positions.map((_, index) => first.events[1]!.position + 2 + index));
    expect(answers[40]).toMatchObject({ status: 'rejected', reason: { code: 'STREAM.WRONG_EXPECTED_REVISION' } });
    expect(answers[41]).toMatchObject({ status: 'fulfilled', value: { duplicate: true, revision: 0 } });
    expect(await store.streamRevision(existing)).toBe(1);
    for (const streamId of streams) expect(await store.readStream(streamId)).toHaveLength(2);
    expect((await store.verifyAll()).ok).toBe(true);
    await store.close();
  });

  it('fails every append of a group whose commit cannot be made, and stores none of them', async () => {
    const file = join(dir, 'locked.db');
    const store = new SqliteEventStore({ file, busyWaitMs: 200, appendThread });
    await store.append('item:locked-before', [event()], 'no-stream');
    const other = new Database(file);
    other.exec('begin immediate');
    try {
      const answers = await Promise.allSettled(
        Array.from({ length: 5 }, (_, index) => store.append(`item:locked-${index}`, [event()], 'no-stream')),
      );
      for (const answer of answers) expect(answer).toMatchObject({ status: 'rejected', reason: expect.any(StoreUnavailableError) });
    } finally {
      other.exec('rollback');
      other.close();
    }
    for (let index = 0; index < 5; index++) expect(await store.streamRevision(`item:locked-${index}`)).toBe(-1);
    expect((await store.append('item:locked-0', [event()], 'no-stream')).revision).toBe(0);
    await store.close();
  });

  it('writes an append asked for just before the store closes', async () => {
    const file = join(dir, 'closing.db');
    const store = new SqliteEventStore({ file, appendThread });
    const appended = store.append('item:closing', [event()], 'no-stream');
    await store.close();
    expect((await appended).revision).toBe(0);
    const again = new SqliteEventStore({ file, appendThread });
    expect(await again.streamRevision('item:closing')).toBe(0);
    await again.close();
  });
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
    expect(migrations).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }, { version: 5 }]);
    expect(await second.streamRevision('item:1')).toBe(0);
    await second.close();
  });

  it('refuses UPDATE and DELETE on the log and its tree, from any connection', async () => {
    const file = join(dir, 'append-only.db');
    const store = new SqliteEventStore({ file });
    await store.append('item:append-only', [event(), event()], 'no-stream');
    const raw = new Database(file);
    try {
      expect(() => raw.prepare("update gongron_events set data = '{}' where revision = 1").run()).toThrow(
        'gongron_events is append-only: UPDATE refused',
      );
      expect(() => raw.prepare('delete from gongron_events where revision = 1').run()).toThrow(
        'gongron_events is append-only: DELETE refused',
      );
      expect(() => raw.prepare("update gongron_merkle_tree set hash = x'00'").run()).toThrow(
        'gongron_merkle_tree is append-only: UPDATE refused',
      );
      expect(() => raw.prepare('delete from gongron_merkle_tree where node % 2 = 0').run()).toThrow(
        'gongron_merkle_tree is append-only: DELETE refused',
      );
      expect(() => raw.prepare('delete from gongron_merkle_tree where node % 2 = 1').run()).toThrow(
        'gongron_merkle_tree is append-only: DELETE refused',
      );
    } finally {
      raw.close();
    }
    expect(await store.readStream('item:append-only')).toHaveLength(2);
    expect((await store.verifyAll()).ok).toBe(true);
    await store.append('item:append-only', [event()], 1);
    await store.close();
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

/** Whether some connection holds the file's write lock (this one then cannot begin a write). */
function writeLocked(probe: Database.Database): boolean {
  try {
    probe.exec('begin immediate');
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  }
  probe.exec('rollback');
  return false;
}

describe('SQLite append thread', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers "unavailable" when its thread dies inside the transaction, writes nothing of that append, and appends on a new thread', async () => {
    const file = join(dir, 'crash.db');
    const store = new SqliteEventStore({ file, appendThread: true });
    await store.append('item:crash-before', [event()], 'no-stream');
    const first = store.appendWorker!;
    expect(first).toBeDefined();
    // The chosen point: the event's row is inserted and its transaction not committed. A trigger
    // holds the thread there (it counts to three million after each insert into this stream).
    const other = new Database(file, { timeout: 0 });
    other.exec(`create view hold_count as with recursive n(x) as (select 1 union all select x + 1 from n limit 3000000) select count(*) as c from n;
      create trigger hold_append after insert on gongron_events when new.stream_id = 'item:crash' begin select c from hold_count; end;`);
    const killed = store.append('item:crash', [event(), event()], 'no-stream');
    await waitFor(() => writeLocked(other));
    await first.terminate();
    await expect(killed).rejects.toMatchObject({ code: 'STORE.UNAVAILABLE', message: expect.stringMatching(/append thread stopped/) });
    other.exec('drop trigger hold_append; drop view hold_count;');
    // The dead thread's connection is gone with its transaction: the lock is free and nothing of the append is stored.
    expect(writeLocked(other)).toBe(false);
    other.close();
    expect(await store.streamRevision('item:crash')).toBe(-1);
    expect(store.appendWorker).toBeUndefined();

    const again = await store.append('item:crash', [event()], 'no-stream');
    expect(again).toMatchObject({ revision: 0, duplicate: false });
    expect(store.appendWorker).toBeDefined();
    expect(store.appendWorker).not.toBe(first);
    expect(await store.readAll()).toHaveLength(2);
    expect((await store.verifyAll()).ok).toBe(true);
    await store.close();
    expect(store.appendWorker).toBeUndefined();
  });

  it('ends its thread on close, so a process with nothing else to do exits after the close has resolved', async () => {
    const file = join(dir, 'child.db');
    const child = spawnSync(process.execPath, ['--import', TS_LOADER, CHILD, file], { encoding: 'utf8', timeout: 60_000 });
    expect(child.stderr).toBe('');
    expect(child.stdout.split('\n')).toEqual(['appended 0', 'closed without a thread', '']);
    expect(child.status).toBe(0);
  });

  it('gives the refusals of the thread their own types and codes, and keeps grouping while a group is out', async () => {
    const file = join(dir, 'refusals.db');
    const store = new SqliteEventStore({ file, appendThread: true });
    const stored = await store.append('item:refused', [event()], 'no-stream');
    await expect(store.append('item:refused', [event()], 'no-stream')).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    await expect(store.append('item:elsewhere', [{ ...event(), id: stored.events[0]!.id }], 'no-stream')).rejects.toMatchObject({
      code: 'EVENT.ID_CONFLICT',
    });
    // Appends asked for in later turns, while the first group is being written, go out together.
    store.database.pragma('wal_autocheckpoint = 0');
    const before = walCommits(file);
    const answers: Promise<unknown>[] = [store.append('item:first-group', [event()], 'no-stream')];
    await new Promise((resolve) => setImmediate(resolve));
    for (let index = 0; index < 20; index++) answers.push(store.append(`item:next-group-${index}`, [event()], 'no-stream'));
    await Promise.all(answers);
    expect(walCommits(file)).toBeLessThanOrEqual(before + 2);
    await store.close();
  });
});
