/** Reading the log: one stream by revision, the whole log by position, and the heads. */
import type { ReadAllOptions, ReadStreamOptions, StoredEvent } from '../event-store.js';
import { applyStreamRead, normalizeReadAll, normalizeStreamRead, toStoredEvent } from '../core.js';
import type { CompiledRegistry } from '../registry.js';
import { parseStreamId } from '../stream-id.js';
import { COLUMNS, toRaw, type EventRow, type PostgresQuery } from './postgres-rows.js';
import type { StreamHeadCache } from './stream-head-cache.js';

export class PostgresReads {
  constructor(
    private readonly query: PostgresQuery,
    private readonly registry: CompiledRegistry,
    private readonly heads: StreamHeadCache,
  ) {}

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    parseStreamId(streamId);
    const read = normalizeStreamRead(options);
    const rows = await this.query<EventRow>(
      'gongron-read-stream',
      `select ${COLUMNS} from gongron_events where stream_id = $1 and revision between $2 and $3 order by revision`,
      [streamId, read.lowRevision, read.highRevision],
    );
    const last = rows[rows.length - 1];
    if (last) this.heads.remember(streamId, { revision: Number(last.revision), hash: last.hash });
    return applyStreamRead(rows.map(toRaw), read).map((event) => toStoredEvent(this.registry, event));
  }

  async streamRevision(streamId: string): Promise<number> {
    parseStreamId(streamId);
    const rows = await this.query<{ revision: string }>(
      'gongron-stream-revision',
      'select revision from gongron_streams where stream_id = $1',
      [streamId],
    );
    return rows[0] ? Number(rows[0].revision) : -1;
  }

  async readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    const { after, maxCount } = normalizeReadAll(options);
    const rows = await this.readAllRows(after, maxCount);
    const events: StoredEvent[] = new Array(rows.length);
    for (let index = 0; index < rows.length; index++) events[index] = toStoredEvent(this.registry, toRaw(rows[index]!));
    return events;
  }

  readAllRows(after: number, maxCount: number): Promise<EventRow[]> {
    return this.query<EventRow>(
      'gongron-read-all',
      `select ${COLUMNS} from gongron_events where position > $1 order by position limit $2`,
      [after, maxCount],
    );
  }

  /** The event at a position, undefined past the head (the Merkle storage reads leaves through it). */
  async eventAt(position: number): Promise<StoredEvent | undefined> {
    const rows = await this.query<EventRow>('gongron-event-at', `select ${COLUMNS} from gongron_events where position = $1`, [position]);
    return rows[0] && toRaw(rows[0]);
  }

  async headPosition(): Promise<number> {
    const rows = await this.query<{ head: string | null }>('gongron-head', 'select max(position) as head from gongron_events', []);
    return Number(rows[0]?.head ?? 0);
  }
}
