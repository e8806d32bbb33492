/**
 * The baseline: the same rows through the same drivers with nothing but the inserts and
 * selects — no validation, hashing, expectation checks or idempotency.
 */
import Database from 'better-sqlite3';
import pg from 'pg';

export interface RawRow {
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly data: string;
  readonly metadata: string;
  readonly hash: string;
}

export interface RawSide {
  appendBatch(rows: readonly RawRow[]): Promise<void>;
  readAll(after: number, max: number): Promise<{ position: number; data: unknown; metadata: unknown }[]>;
  close(): Promise<void>;
}

export function sqliteRaw(file: string): RawSide {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`create table raw_events (
    position integer primary key, event_id text not null unique, stream_id text not null, revision integer not null,
    type text not null, schema_version integer not null, recorded_at text not null, data text not null, metadata text not null,
    hash text not null, previous_hash text not null, unique (stream_id, revision))`);
  const insert = db.prepare(
    `insert into raw_events (event_id, stream_id, revision, type, schema_version, recorded_at, data, metadata, hash, previous_hash)
     values (?, ?, ?, ?, 1, ?, ?, ?, ?, '')`,
  );
  const write = db.transaction((rows: readonly RawRow[]) => {
    for (const r of rows) insert.run(r.id, r.streamId, r.revision, r.type, r.recordedAt, r.data, r.metadata, r.hash);
  }).immediate;
  const select = db.prepare<[number, number], { position: number; data: string; metadata: string }>(
    'select position, event_id, stream_id, revision, type, schema_version, recorded_at, data, metadata, hash, previous_hash from raw_events where position > ? order by position limit ?',
  );
  return {
    async appendBatch(rows) {
      write(rows);
    },
    async readAll(after, max) {
      return select.all(after, max).map((row) => ({ ...row, data: JSON.parse(row.data), metadata: JSON.parse(row.metadata) }));
    },
    async close() {
      db.close();
    },
  };
}

export async function postgresRaw(url: string, poolSize: number): Promise<RawSide> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  await pool.query(`create table raw_events (
    position bigint generated always as identity primary key, event_id text not null unique, stream_id text not null,
    revision bigint not null, type text not null, schema_version integer not null, recorded_at timestamptz not null,
    data jsonb not null, metadata jsonb not null, hash text not null, previous_hash text not null, unique (stream_id, revision))`);
  return {
    async appendBatch(rows) {
      // One statement per batch: the cheapest transactional write the driver offers.
      await pool.query({
        name: 'raw-insert',
        text: `insert into raw_events (event_id, stream_id, revision, type, schema_version, recorded_at, data, metadata, hash, previous_hash)
               select u.id, u.stream_id, u.revision, u.type, 1, u.recorded_at, u.data::jsonb, u.metadata::jsonb, u.hash, ''
                 from unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::timestamptz[], $6::text[], $7::text[], $8::text[])
                   as u(id, stream_id, revision, type, recorded_at, data, metadata, hash)`,
        values: [
          rows.map((r) => r.id),
          rows.map((r) => r.streamId),
          rows.map((r) => r.revision),
          rows.map((r) => r.type),
          rows.map((r) => r.recordedAt),
          rows.map((r) => r.data),
          rows.map((r) => r.metadata),
          rows.map((r) => r.hash),
        ],
      });
    },
    async readAll(after, max) {
      const { rows } = await pool.query({
        name: 'raw-select',
        text: 'select position, event_id, stream_id, revision, type, schema_version, recorded_at, data, metadata, hash, previous_hash from raw_events where position > $1 order by position limit $2',
        values: [after, max],
      });
      return rows.map((row) => ({ ...row, position: Number(row.position) }));
    },
    async close() {
      await pool.end();
    },
  };
}
