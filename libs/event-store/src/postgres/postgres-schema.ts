import type pg from 'pg';

/** Every append takes this transaction-scoped advisory lock just before it draws positions. */
export const APPEND_LOCK_KEY = 1735355239;
export const NOTIFY_CHANNEL = 'gongron_events';
const MIGRATION_LOCK_KEY = 1735355240;

/**
 * Versioned schema of the PostgreSQL event store, applied under an advisory lock so that
 * processes starting together apply each version once; safe to run any number of times.
 */
const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'events, streams, checkpoints, append function',
    sql: `
      create table if not exists gongron_streams (
        stream_id text primary key,
        category text not null,
        revision bigint not null,
        last_hash text not null
      );
      create table if not exists gongron_events (
        position bigint generated always as identity primary key,
        event_id text not null,
        stream_id text not null,
        revision bigint not null,
        type text not null,
        schema_version integer not null,
        recorded_at timestamptz not null,
        data jsonb not null,
        metadata jsonb not null,
        hash text not null,
        previous_hash text not null,
        constraint gongron_events_event_id_key unique (event_id),
        constraint gongron_events_stream_revision_key unique (stream_id, revision)
      );
      create table if not exists gongron_checkpoints (
        name text primary key,
        position bigint not null,
        updated_at timestamptz not null default now()
      );
      -- Positions are drawn under a transaction-scoped advisory lock that is released only
      -- after the commit is visible, so positions become visible in increasing order.
      create or replace function gongron_append_events(
        p_stream_id text,
        p_category text,
        p_event_ids text[],
        p_revisions bigint[],
        p_types text[],
        p_schema_versions integer[],
        p_recorded_at timestamptz,
        p_data text[],
        p_metadata text[],
        p_hashes text[],
        p_previous_hashes text[]
      ) returns table (revision bigint, "position" bigint)
      language plpgsql as $fn$
      begin
        perform pg_advisory_xact_lock(${APPEND_LOCK_KEY});
        return query
          insert into gongron_events as e (event_id, stream_id, revision, type, schema_version, recorded_at, data, metadata, hash, previous_hash)
          select u.event_id, p_stream_id, u.revision, u.type, u.schema_version, p_recorded_at, u.data::jsonb, u.metadata::jsonb, u.hash, u.previous_hash
            from unnest(p_event_ids, p_revisions, p_types, p_schema_versions, p_data, p_metadata, p_hashes, p_previous_hashes)
              with ordinality as u(event_id, revision, type, schema_version, data, metadata, hash, previous_hash, ord)
           order by u.ord
          returning e.revision, e.position;
        update gongron_streams s
           set revision = p_revisions[array_length(p_revisions, 1)],
               last_hash = p_hashes[array_length(p_hashes, 1)]
         where s.stream_id = p_stream_id;
        perform pg_notify('${NOTIFY_CHANNEL}', '');
      end
      $fn$;
    `,
  },
];

export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`create table if not exists gongron_schema_migrations (
      component text not null,
      version integer not null,
      name text not null,
      applied_at timestamptz not null default now(),
      primary key (component, version)
    )`);
    const { rows } = await client.query<{ version: number }>("select version from gongron_schema_migrations where component = 'event-store'");
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query("insert into gongron_schema_migrations (component, version, name) values ('event-store', $1, $2)", [
        migration.version,
        migration.name,
      ]);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
