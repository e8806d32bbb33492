import type pg from 'pg';

/** Every append takes this transaction-scoped advisory lock just before it draws positions. */
export const APPEND_LOCK_KEY = 1735355239;
export const NOTIFY_CHANNEL = 'gongron_events';
const MIGRATION_LOCK_KEY = 1735355240;

/** -1 is 'no-stream' (a revision like any other); these two stand for the conditions. */
export const EXPECT_ANY = -2;
export const EXPECT_STREAM_EXISTS = -3;

/** What gongron_append_group answers for an append it did not write (o_outcome). */
export const OUTCOME_INSERTED = 0;
export const OUTCOME_WRONG_EXPECTED = 1;
export const OUTCOME_STALE_HEAD = 2;
export const OUTCOME_ID_STORED = 3;

/**
 * Group commit: several appends (each to a different stream) in one statement, one transaction
 * and one WAL flush. Each append keeps its own all-or-nothing outcome: its stream row is locked
 * (rows of the whole group in stream-id order, so groups never deadlock), its expectation is
 * checked, and the head the client sealed the batch on (revision and hash) must be the stored
 * head, else the append is answered "stale" with the real head and the client reseals. An append
 * whose ids are already stored is answered and left out. Only accepted events are inserted, under
 * the same transaction-scoped advisory lock as every other append, taken after all stream locks
 * and held through the commit, which the statement ends with (no client round trip inside).
 * Rows: one per refused append (outcome, item, head revision, head hash) and one per inserted
 * event (0, null, position, event id).
 */
const appendGroupFunction = (tree: boolean) => appendGroupHead(tree) + APPEND_GROUP_CHECKS + appendGroupInsert(tree);

/** The signature (with the leaf column when the tree exists) and the variables. */
const appendGroupHead = (tree: boolean) => `
      create or replace function gongron_append_group(
        p_stream_ids text[],
        p_categories text[],
        p_expected bigint[],
        p_head_revisions bigint[],
        p_head_hashes text[],
        p_counts integer[],
        p_recorded_at timestamptz,
        p_items integer[],
        p_event_ids text[],
        p_revisions bigint[],
        p_types text[],
        p_schema_versions integer[],
        p_data jsonb[],
        p_metadata jsonb[],
        p_hashes text[],
        p_previous_hashes text[]
      ) returns table (o_outcome smallint, o_item integer, o_number bigint, o_text text${tree ? ', o_leaf bigint' : ''})
      language plpgsql as $fn$
      declare
        v_first integer := 1;
        v_positions bigint[];
        v_inserted_ids text[];
        v_inserted_hashes text[];
        v_leaf bigint;
        v_count integer;
        v_revision bigint;
        v_hash text;
        v_expected bigint;
        v_ids text[];
        v_accepted boolean[] := '{}';
        v_accepted_ids text[] := '{}';
        v_any boolean := false;
        v_refused boolean := false;
      begin
`;

/** Each append's stream row locked and its expectation, head and ids checked; refusals answered at once. */
const APPEND_GROUP_CHECKS = `        insert into gongron_streams (stream_id, category, revision, last_hash)
        select distinct on (u.stream_id) u.stream_id, u.category, -1, ''
          from unnest(p_stream_ids, p_categories) as u(stream_id, category)
         order by u.stream_id
        on conflict (stream_id) do update set stream_id = excluded.stream_id;
        for i in 1 .. coalesce(array_length(p_stream_ids, 1), 0) loop
          v_count := p_counts[i];
          select s.revision, s.last_hash into v_revision, v_hash from gongron_streams s where s.stream_id = p_stream_ids[i];
          v_expected := p_expected[i];
          v_ids := p_event_ids[v_first : v_first + v_count - 1];
          if not (v_expected = ${EXPECT_ANY} or (v_expected = ${EXPECT_STREAM_EXISTS} and v_revision >= 0) or v_expected = v_revision) then
            o_outcome := ${OUTCOME_WRONG_EXPECTED};
          elsif v_revision <> p_head_revisions[i] or p_head_hashes[i] is null or v_hash <> p_head_hashes[i] then
            o_outcome := ${OUTCOME_STALE_HEAD};
          elsif v_ids && v_accepted_ids or exists (select 1 from gongron_events e where e.event_id = any(v_ids)) then
            o_outcome := ${OUTCOME_ID_STORED};
          else
            o_outcome := ${OUTCOME_INSERTED};
          end if;
          if o_outcome = ${OUTCOME_INSERTED} then
            update gongron_streams s set revision = v_revision + v_count, last_hash = p_hashes[v_first + v_count - 1]
             where s.stream_id = p_stream_ids[i];
            v_accepted := v_accepted || true;
            v_accepted_ids := v_accepted_ids || v_ids;
            v_any := true;
          else
            o_item := i;
            o_number := v_revision;
            o_text := v_hash;
            return next;
            v_accepted := v_accepted || false;
            v_refused := true;
          end if;
          v_first := v_first + v_count;
        end loop;
        if v_refused then
          -- Rows this statement created for streams it then wrote nothing to.
          delete from gongron_streams s where s.stream_id = any(p_stream_ids) and s.revision = -1;
        end if;
`;

/** The accepted events inserted under the append lock (and appended to the tree), answered, and notified. */
const appendGroupInsert = (tree: boolean) => `        if v_any then
          perform pg_advisory_xact_lock(${APPEND_LOCK_KEY});
          with inserted as (
            insert into gongron_events as e (event_id, stream_id, revision, type, schema_version, recorded_at, data, metadata, hash, previous_hash)
            select u.event_id, p_stream_ids[u.item], u.revision, u.type, u.schema_version, p_recorded_at, u.data, u.metadata, u.hash, u.previous_hash
              from unnest(p_items, p_event_ids, p_revisions, p_types, p_schema_versions, p_data, p_metadata, p_hashes, p_previous_hashes)
                with ordinality as u(item, event_id, revision, type, schema_version, data, metadata, hash, previous_hash, ord)
             where v_accepted[u.item]
             order by u.ord
            returning e.position, e.event_id, e.hash
          )
          select array_agg(i.position order by i.position), array_agg(i.event_id order by i.position), array_agg(i.hash order by i.position)
            into v_positions, v_inserted_ids, v_inserted_hashes from inserted i;
          ${tree ? 'v_leaf := gongron_merkle_append(v_positions, v_inserted_hashes);' : ''}
          return query
            select ${OUTCOME_INSERTED}::smallint, null::integer, u.position, u.event_id${tree ? ', v_leaf + u.ord - 1' : ''}
              from unnest(v_positions, v_inserted_ids) with ordinality as u(position, event_id, ord);
          perform pg_notify('${NOTIFY_CHANNEL}', '');
        end if;
      end
      $fn$;`;

/** The one-by-one append (the path that cannot be overtaken), now also answering each event's leaf index. */
const APPEND_EVENTS_FUNCTION = `
      create function gongron_append_events(
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
      ) returns table (revision bigint, "position" bigint, leaf_index bigint)
      language plpgsql as $fn$
      declare
        v_revisions bigint[];
        v_positions bigint[];
        v_hashes text[];
        v_leaf bigint;
      begin
        perform pg_advisory_xact_lock(${APPEND_LOCK_KEY});
        with inserted as (
          insert into gongron_events as e (event_id, stream_id, revision, type, schema_version, recorded_at, data, metadata, hash, previous_hash)
          select u.event_id, p_stream_id, u.revision, u.type, u.schema_version, p_recorded_at, u.data::jsonb, u.metadata::jsonb, u.hash, u.previous_hash
            from unnest(p_event_ids, p_revisions, p_types, p_schema_versions, p_data, p_metadata, p_hashes, p_previous_hashes)
              with ordinality as u(event_id, revision, type, schema_version, data, metadata, hash, previous_hash, ord)
           order by u.ord
          returning e.revision, e.position, e.hash
        )
        select array_agg(i.revision order by i.position), array_agg(i.position order by i.position), array_agg(i.hash order by i.position)
          into v_revisions, v_positions, v_hashes from inserted i;
        v_leaf := gongron_merkle_append(v_positions, v_hashes);
        return query
          select u.revision, u.position, v_leaf + u.ord - 1 from unnest(v_revisions, v_positions) with ordinality as u(revision, position, ord);
        update gongron_streams s
           set revision = p_revisions[array_length(p_revisions, 1)],
               last_hash = p_hashes[array_length(p_hashes, 1)]
         where s.stream_id = p_stream_id;
        perform pg_notify('${NOTIFY_CHANNEL}', '');
      end
      $fn$;`;

const APPEND_GROUP_SIGNATURE =
  'text[], text[], bigint[], bigint[], text[], integer[], timestamptz, integer[], text[], bigint[], text[], integer[], jsonb[], jsonb[], text[], text[]';

/**
 * The log's Merkle tree (RFC 9162 hashing). Leaf i is the i-th event in position order, its hash
 * SHA-256(0x00 ‖ position as 8 bytes big-endian ‖ the 32 bytes of the event hash); nodes are the
 * complete subtrees above the leaves, node (level, idx) covering leaves [idx·2^level, (idx+1)·2^level),
 * SHA-256(0x01 ‖ left ‖ right). Positions may have holes (a rolled-back append), leaf indexes never do.
 */
const MERKLE_TABLES = `
      create table gongron_merkle_leaves (
        leaf_index bigint primary key,
        position bigint not null unique,
        hash bytea not null
      );
      create table gongron_merkle_nodes (
        level smallint not null,
        idx bigint not null,
        hash bytea not null,
        primary key (level, idx)
      );`;

/** Appends leaves (positions ascending) under the append lock; answers the first one's leaf index. */
const MERKLE_APPEND_FUNCTION = `
      create or replace function gongron_merkle_append(p_positions bigint[], p_hashes text[]) returns bigint
      language plpgsql as $fn$
      declare
        v_first bigint;
        v_size bigint;
        v_idx bigint;
        v_level smallint;
        v_hash bytea;
        v_left bytea;
      begin
        select coalesce(max(l.leaf_index) + 1, 0) into v_first from gongron_merkle_leaves l;
        v_size := v_first;
        for i in 1 .. coalesce(array_length(p_positions, 1), 0) loop
          v_hash := sha256('\\x00'::bytea || int8send(p_positions[i]) || decode(p_hashes[i], 'hex'));
          insert into gongron_merkle_leaves (leaf_index, position, hash) values (v_size, p_positions[i], v_hash);
          v_idx := v_size;
          v_level := 0;
          while v_idx % 2 = 1 loop
            if v_level = 0 then
              select l.hash into v_left from gongron_merkle_leaves l where l.leaf_index = v_idx - 1;
            else
              select n.hash into v_left from gongron_merkle_nodes n where n.level = v_level and n.idx = v_idx - 1;
            end if;
            v_hash := sha256('\\x01'::bytea || v_left || v_hash);
            v_idx := v_idx / 2;
            v_level := v_level + 1;
            insert into gongron_merkle_nodes (level, idx, hash) values (v_level, v_idx, v_hash);
          end loop;
          v_size := v_size + 1;
        end loop;
        return v_first;
      end
      $fn$;`;

/** The tables an append only ever inserts into: the log and its Merkle tree. */
export const APPEND_ONLY_TABLES = ['gongron_events', 'gongron_merkle_leaves', 'gongron_merkle_nodes'] as const;

/**
 * Triggers that refuse every UPDATE, DELETE and TRUNCATE on the append-only tables, whoever
 * sends them (the owner too): a change to the record has to drop or disable a trigger first,
 * which needs DDL rights. For a role that has no such rights, see docs/transparency-log.md.
 */
const APPEND_ONLY_TRIGGERS = `
      create or replace function gongron_refuse_change() returns trigger
      language plpgsql as $fn$
      begin
        raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'restrict_violation';
      end
      $fn$;
${APPEND_ONLY_TABLES.map(
  (table) => `
      create trigger ${table}_append_only before update or delete on ${table}
        for each row execute function gongron_refuse_change();
      create trigger ${table}_no_truncate before truncate on ${table}
        for each statement execute function gongron_refuse_change();`,
).join('\n')}`;

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
  {
    version: 2,
    name: 'group commit: several appends in one statement',
    sql: appendGroupFunction(false),
  },
  {
    version: 3,
    name: 'group commit plans always use the indexes',
    // Every statement of the function finds its rows through an index. PL/pgSQL caches a generic
    // plan after a few calls; one cached while gongron_events was nearly empty scanned the whole
    // table for the batch's event ids, so each append got slower as the log grew, until the next
    // ANALYZE. With sequential scans priced out the cached plans use the indexes at any size.
    sql: `
      alter function gongron_append_group(${APPEND_GROUP_SIGNATURE})
        set enable_seqscan = off;
    `,
  },
  {
    version: 4,
    name: 'the Merkle tree over the log',
    sql: `
      ${MERKLE_TABLES}
      ${MERKLE_APPEND_FUNCTION}
      -- Events stored before this version become the tree's first leaves, in position order.
      select gongron_merkle_append(array(select position from gongron_events order by position), array(select hash from gongron_events order by position));
      drop function gongron_append_group(${APPEND_GROUP_SIGNATURE});
      ${appendGroupFunction(true)}
      alter function gongron_append_group(${APPEND_GROUP_SIGNATURE}) set enable_seqscan = off;
      drop function gongron_append_events(text, text, text[], bigint[], text[], integer[], timestamptz, text[], text[], text[], text[]);
      ${APPEND_EVENTS_FUNCTION}
    `,
  },
  {
    version: 5,
    name: 'the log and its tree are append-only',
    sql: APPEND_ONLY_TRIGGERS,
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
    const { rows } = await client.query<{ version: number }>(
      "select version from gongron_schema_migrations where component = 'event-store'",
    );
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
