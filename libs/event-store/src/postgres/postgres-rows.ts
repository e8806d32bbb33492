/** The event row as gongron_events stores it, its decoding, and the named queries every part reads through. */
import type pg from 'pg';
import type { RawEvent } from '../core.js';
import { mapPostgresError } from './postgres-errors.js';

export interface EventRow {
  position: string;
  event_id: string;
  stream_id: string;
  revision: string;
  type: string;
  schema_version: number;
  recorded_at: Date;
  data: RawEvent['data'];
  metadata: RawEvent['metadata'];
  hash: string;
  previous_hash: string;
}

export const COLUMNS = 'position, event_id, stream_id, revision, type, schema_version, recorded_at, data, metadata, hash, previous_hash';

export function toRaw(row: EventRow): RawEvent {
  return {
    id: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    revision: Number(row.revision),
    position: Number(row.position),
    recordedAt: row.recorded_at.toISOString(),
    data: row.data,
    metadata: row.metadata,
    hash: row.hash,
    previousHash: row.previous_hash,
  };
}

/** A named (prepared once per connection) query on the pool, its failures mapped. */
export type PostgresQuery = <R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]) => Promise<R[]>;

export function pooledQuery(pool: pg.Pool): PostgresQuery {
  return async <R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]): Promise<R[]> => {
    try {
      return (await pool.query<R>({ name, text, values })).rows;
    } catch (error) {
      throw mapPostgresError(error);
    }
  };
}

/** A client from the pool, a failure to get one mapped. */
export async function connectClient(pool: pg.Pool): Promise<pg.PoolClient> {
  try {
    return await pool.connect();
  } catch (error) {
    throw mapPostgresError(error);
  }
}
