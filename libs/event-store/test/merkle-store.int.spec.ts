import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createTestDatabase, describeWithPostgres } from '../../../test/support/postgres.js';
import { PostgresEventStore, SqliteEventStore } from '../src/index.js';
import { event } from './event-store.contract.js';
import { merkleRegistry, runMerkleContract } from './merkle-store.contract.js';
import { treeOf, writeSqliteTree } from '../../../test/support/retree.js';

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
      raw.exec('drop trigger gongron_merkle_tree_no_delete;');
      raw.exec('delete from gongron_merkle_tree;');
      raw.close();
      const reopened = new SqliteEventStore({ file, registry: merkleRegistry });
      expect(await reopened.merkle!.treeHead()).toEqual(kept);
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SQLite: a tree kept in the two tables of earlier versions', () => {
  it('moves into the one in-order table with every leaf and node, the same root and the same proofs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongron-merkle-'));
    try {
      const file = join(dir, 'events.db');
      const first = new SqliteEventStore({ file, registry: merkleRegistry });
      for (let n = 0; n < 13; n++) await first.append(`item:${n % 4}`, [event(), event(), event()], 'any');
      const head = await first.merkle!.treeHead();
      const proof = await first.merkle!.inclusionProof(17, head.size);
      await first.close();

      // The layout of schema version 4: leaves and nodes in tables of their own.
      const raw = new Database(file);
      const rows = raw.prepare('select node, position, hash from gongron_merkle_tree order by node').all() as {
        node: number;
        position: number | null;
        hash: Buffer;
      }[];
      expect(rows.filter((row) => row.node % 2 === 0)).toHaveLength(39);
      raw.exec(`drop table gongron_merkle_tree;
        delete from gongron_schema_migrations where component = 'event-store' and version = 5;
        create table gongron_merkle_leaves (leaf_index integer primary key, position integer not null unique, hash blob not null);
        create table gongron_merkle_nodes (level integer not null, idx integer not null, hash blob not null, primary key (level, idx)) without rowid;`);
      for (const table of ['gongron_merkle_leaves', 'gongron_merkle_nodes'])
        raw.exec(
          `create trigger ${table}_no_delete before delete on ${table} begin select raise(abort, '${table} is append-only: DELETE refused'); end;`,
        );
      const leaf = raw.prepare('insert into gongron_merkle_leaves values (?, ?, ?)');
      const node = raw.prepare('insert into gongron_merkle_nodes values (?, ?, ?)');
      for (const row of rows) {
        if (row.node % 2 === 0) leaf.run(row.node / 2, row.position, row.hash);
        else {
          // Row r of level l ≥ 1 is idx·2^(l+1) + 2^l − 1: l is the number of trailing ones of r.
          let level = 0;
          while (((row.node >> level) & 1) === 1) level++;
          node.run(level, (row.node + 1 - 2 ** level) / 2 ** (level + 1), row.hash);
        }
      }
      raw.close();

      const reopened = new SqliteEventStore({ file, registry: merkleRegistry });
      expect(await reopened.merkle!.treeHead()).toEqual(head);
      expect(await reopened.merkle!.inclusionProof(17, head.size)).toEqual(proof);
      const migrated = new Database(file, { readonly: true });
      expect(migrated.prepare('select node, position, hash from gongron_merkle_tree order by node').all()).toEqual(rows);
      expect(migrated.prepare("select count(*) as n from sqlite_master where name like 'gongron_merkle_%'").get()).toEqual({ n: 3 });
      migrated.close();
      await reopened.append('item:0', [event()], 'any');
      expect((await reopened.merkle!.treeHead()).size).toBe(40);
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SQLite: leaves by position where the positions have holes', () => {
  it('finds each leaf by its event position, and none for a position the log skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongron-merkle-'));
    try {
      const file = join(dir, 'events.db');
      const store = new SqliteEventStore({ file, registry: merkleRegistry });
      for (let n = 0; n < 9; n++) await store.append(`item:${n}`, [event()], 'no-stream');
      await store.close();
      // A log carried over from PostgreSQL keeps that server's positions, holes and all.
      const raw = new Database(file);
      raw.exec('drop trigger gongron_events_no_update; drop trigger gongron_merkle_tree_no_update;');
      const positions = [1, 2, 4, 7, 8, 11, 12, 13, 20];
      for (let at = positions.length - 1; at >= 0; at--)
        raw.prepare('update gongron_events set position = ? where position = ?').run(positions[at], at + 1);
      raw.exec('drop trigger gongron_merkle_tree_no_delete');
      writeSqliteTree(raw, treeOf(raw.prepare('select position, hash from gongron_events order by position').all() as never));
      raw.close();

      const reopened = new SqliteEventStore({ file, registry: merkleRegistry });
      for (const [leafIndex, position] of positions.entries())
        expect(await reopened.merkle!.leafByPosition(position)).toMatchObject({ leafIndex, position });
      for (const skipped of [3, 5, 9, 14, 19, 21]) expect(await reopened.merkle!.leafByPosition(skipped)).toBeUndefined();
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The tree a rebuild from the events as stored gives: what the store's own tree must equal. */
function rebuiltRoot(file: string): { size: number; rootHash: string } {
  const raw = new Database(file, { readonly: true });
  try {
    const events = raw.prepare('select position, hash from gongron_events order by position').all() as { position: number; hash: string }[];
    return { size: events.length, rootHash: treeOf(events).root };
  } finally {
    raw.close();
  }
}

describe('SQLite: an append that fails inside its transaction', () => {
  it('leaves the tree as if it had not been tried (the tree table refusing its rows, or a fault after the tree was written)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongron-merkle-'));
    try {
      const file = join(dir, 'events.db');
      const store = new SqliteEventStore({ file, registry: merkleRegistry });
      await store.append('item:a', [event()], 'any');
      // The second append's tree rows are refused, as a full disk would refuse them.
      store.database.exec(`create trigger gongron_test_tree_full before insert on gongron_merkle_tree
        begin select raise(abort, 'database or disk is full'); end;`);
      // The driver's error may come from another test file's realm (its native part is loaded once per
      // process), where jest's toThrow does not see an error; its message is what matters.
      const refused = await store.append('item:b', [event()], 'any').then(
        () => 'appended',
        (error: unknown) => (error as { message?: unknown }).message,
      );
      expect(refused).toBe('database or disk is full');
      store.database.exec('drop trigger gongron_test_tree_full');
      expect(await store.merkle!.treeHead()).toEqual(rebuiltRoot(file));
      expect((await store.merkle!.treeHead()).size).toBe(1);

      // A fault after the tree's rows were written, for a batch of one and of two.
      const tree = (store as unknown as { transaction: { tree: { append: (...args: unknown[]) => unknown } } }).transaction.tree;
      const append = tree.append.bind(tree);
      tree.append = (...args: unknown[]) => {
        append(...args);
        throw new Error('disk I/O error');
      };
      await expect(store.append('item:c', [event()], 'any')).rejects.toThrow('disk I/O error');
      await expect(store.append('item:c', [event(), event()], 'any')).rejects.toThrow('disk I/O error');
      tree.append = append;
      expect(await store.merkle!.treeHead()).toEqual(rebuiltRoot(file));

      for (let n = 0; n < 5; n++) {
        await store.append(`item:${n}`, [event()], 'any');
        expect(await store.merkle!.treeHead()).toEqual(rebuiltRoot(file));
      }
      expect(await store.merkle!.treeHead()).toMatchObject({ size: 6 });
      expect((await store.verifyAll()).ok).toBe(true);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('two stores on one file, appending in turn, keep one tree: each reads where the other left it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongron-merkle-'));
    try {
      const file = join(dir, 'events.db');
      const one = new SqliteEventStore({ file, registry: merkleRegistry });
      const two = new SqliteEventStore({ file, registry: merkleRegistry });
      for (const [n, store] of [one, two, two, one, one, one, two, one, two].entries()) {
        await store.append(`item:${n % 2}`, [event()], 'any');
        expect(await one.merkle!.treeHead()).toEqual(rebuiltRoot(file));
        expect(await two.merkle!.treeHead()).toEqual(rebuiltRoot(file));
      }
      expect((await two.verifyAll()).ok).toBe(true);
      await one.close();
      await two.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
