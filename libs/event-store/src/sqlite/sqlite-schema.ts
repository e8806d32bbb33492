import type Database from 'better-sqlite3';

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
