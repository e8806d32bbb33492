/** The statements the store reads through, prepared once per connection. */
import type Database from 'better-sqlite3';
import { EVENT_COLUMNS, type EventRow } from './sqlite-append-transaction.js';

export type SqliteStatements = ReturnType<typeof prepareSqliteStatements>;

export function prepareSqliteStatements(db: Database.Database) {
  return {
    streamRevision: db.prepare<[string], number | null>('select max(revision) from gongron_events where stream_id = ?').pluck(),
    locateId: db.prepare<[string], { stream_id: string; revision: number }>(
      'select stream_id, revision from gongron_events where event_id = ?',
    ),
    streamRange: db
      .prepare<[string, number, number], EventRow>(
        `select ${EVENT_COLUMNS} from gongron_events where stream_id = ? and revision between ? and ? order by revision`,
      )
      .raw(),
    readAll: db
      .prepare<[number, number], EventRow>(`select ${EVENT_COLUMNS} from gongron_events where position > ? order by position limit ?`)
      .raw(),
    head: db.prepare<[], { head: number | null }>('select max(position) as head from gongron_events'),
    atPosition: db.prepare<[number], EventRow>(`select ${EVENT_COLUMNS} from gongron_events where position = ?`).raw(),
    lastLeafPosition: db.prepare<[], number | null>('select position from gongron_merkle_tree order by node desc limit 1').pluck(),
    ping: db.prepare('select 1'),
    eventCount: db.prepare<[], number>('select count(*) from gongron_events').pluck(),
    eventPositions: db
      .prepare<[number, number], number>('select position from gongron_events where position > ? order by position limit ?')
      .pluck(),
    leafPositions: db
      .prepare<[number, number], number>(
        'select position from gongron_merkle_tree where node > ? * 2 and node % 2 = 0 order by node limit ?',
      )
      .pluck(),
    streamsKind: db.prepare<[], { type: string; sql: string }>("select type, sql from sqlite_master where name = 'gongron_streams'"),
  };
}
