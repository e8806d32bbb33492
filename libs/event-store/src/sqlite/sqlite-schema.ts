import type Database from 'better-sqlite3';

/**
 * Stream heads are read from the (stream_id, revision) index of the log itself: SQLite has one
 * writer, so the head read inside the append's IMMEDIATE transaction cannot go stale, and a
 * separate stream table would cost every append a second B-tree write (and WAL page) for
 * nothing. The view keeps the heads queryable under the familiar name; max() makes SQLite
 * take the bare column (hash) from the row holding the highest revision.
 */
export const STREAMS_VIEW_SQL = `create view gongron_streams as
        select stream_id, substr(stream_id, 1, instr(stream_id, ':') - 1) as category, max(revision) as revision, hash as last_hash
          from gongron_events group by stream_id`;
const STREAMS_VIEW = `${STREAMS_VIEW_SQL};`;

/** The tables an append only ever inserts into: the log and its Merkle tree. */
export const APPEND_ONLY_TABLES = ['gongron_events', 'gongron_merkle_tree'] as const;

/**
 * Triggers that refuse every UPDATE and DELETE on the append-only tables, whoever sends them: a
 * change to the record has to drop a trigger first, which needs DDL rights and leaves the tables
 * for verification to judge.
 */
const appendOnlyTriggers = (tables: readonly string[]): string =>
  tables
    .map(
      (table) => `
      create trigger ${table}_no_update before update on ${table}
      begin select raise(abort, '${table} is append-only: UPDATE refused'); end;
      create trigger ${table}_no_delete before delete on ${table}
      begin select raise(abort, '${table} is append-only: DELETE refused'); end;`,
    )
    .join('\n');

/**
 * Versioned schema of the SQLite event store. Each migration runs once, in its own
 * transaction, recorded in gongron_schema_migrations; running them again changes nothing.
 */
const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'events, streams, checkpoints',
    sql: `
      create table if not exists gongron_streams (
        stream_id text primary key,
        category text not null,
        revision integer not null,
        last_hash text not null
      ) without rowid;
      create table if not exists gongron_events (
        position integer primary key,
        event_id text not null unique,
        stream_id text not null,
        revision integer not null,
        type text not null,
        schema_version integer not null,
        recorded_at text not null,
        data text not null,
        metadata text not null,
        hash text not null,
        previous_hash text not null,
        unique (stream_id, revision)
      );
      create table if not exists gongron_checkpoints (
        name text primary key,
        position integer not null,
        updated_at text not null
      ) without rowid;
    `,
  },
  {
    version: 2,
    name: 'stream heads from the events index',
    sql: `
      drop table gongron_streams;
      ${STREAMS_VIEW}
    `,
  },
  {
    version: 3,
    name: 'the Merkle tree over the log',
    // Leaf i is the i-th event in position order; nodes are the complete subtrees above the
    // leaves (level ≥ 1), node (level, idx) covering leaves [idx·2^level, (idx+1)·2^level).
    // Events stored before this version get their leaves when the store opens (catch-up).
    sql: `
      create table gongron_merkle_leaves (
        leaf_index integer primary key,
        position integer not null unique,
        hash blob not null
      );
      create table gongron_merkle_nodes (
        level integer not null,
        idx integer not null,
        hash blob not null,
        primary key (level, idx)
      ) without rowid;
    `,
  },
  {
    version: 4,
    name: 'the log and its tree are append-only',
    sql: appendOnlyTriggers(['gongron_events', 'gongron_merkle_leaves', 'gongron_merkle_nodes']),
  },
  {
    version: 5,
    name: 'the Merkle tree in one table, in in-order layout',
    // Leaf i is row 2i and node (level, idx) row idx·2^(level+1) + 2^level − 1: the rows an
    // append writes (its leaf and the subtrees it completes) sit next to each other, so a commit
    // dirties one page of the tree instead of one per table and index. Leaves are the even rows
    // and carry their event's position; the largest row is always the last leaf.
    sql: `
      create table gongron_merkle_tree (
        node integer primary key,
        position integer,
        hash blob not null
      );
      insert into gongron_merkle_tree (node, position, hash)
        select leaf_index * 2, position, hash from gongron_merkle_leaves;
      insert into gongron_merkle_tree (node, position, hash)
        select idx * (1 << (level + 1)) + (1 << level) - 1, null, hash from gongron_merkle_nodes;
      drop table gongron_merkle_leaves;
      drop table gongron_merkle_nodes;
      ${appendOnlyTriggers(['gongron_merkle_tree'])}
    `,
  },
];

export function migrateSqlite(db: Database.Database): void {
  db.exec(`create table if not exists gongron_schema_migrations (
    component text not null,
    version integer not null,
    name text not null,
    applied_at text not null,
    primary key (component, version)
  )`);
  const applied = db.prepare<[string, number], { version: number }>(
    'select version from gongron_schema_migrations where component = ? and version = ?',
  );
  const record = db.prepare('insert into gongron_schema_migrations (component, version, name, applied_at) values (?, ?, ?, ?)');
  for (const migration of MIGRATIONS) {
    // IMMEDIATE takes the write lock first, so two processes starting together apply it once.
    db.transaction(() => {
      if (applied.get('event-store', migration.version)) return;
      db.exec(migration.sql);
      record.run('event-store', migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}
