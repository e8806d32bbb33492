/**
 * Exports of a stream's or a district's whole history as JSON Lines or CSV, produced page by
 * page from the log (never built in memory). CSV is UTF-8 with a byte-order mark so that Excel
 * in Korea opens it as UTF-8.
 */
import type { EventStore, StoredEvent } from '@gongron/event-store';
import { obj, str } from '../read-models/event-data.js';

export type ExportFormat = 'jsonl' | 'csv';

export type ExportScope = { readonly stream: string } | { readonly district: string };

const PAGE = 1_000;

/** Events of one stream, in revision order, a page at a time. */
export async function* streamEvents(store: EventStore, streamId: string): AsyncGenerator<StoredEvent> {
  let from = 0;
  for (;;) {
    const page = await store.readStream(streamId, { fromRevision: from, maxCount: PAGE });
    yield* page;
    if (page.length < PAGE) return;
    from = page[page.length - 1]!.revision + 1;
  }
}

/**
 * Events of every stream that belongs to a district, in log order: agenda items and projects
 * whose first event names the district, and the district's agreements.
 */
export async function* districtEvents(store: EventStore, district: string): AsyncGenerator<StoredEvent> {
  const members = new Set<string>();
  const agreementPrefix = `agreement:${district}-`;
  let after = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: PAGE });
    if (page.length === 0) return;
    for (const event of page) {
      if (event.revision === 0 && (str(event.data.district) === district || event.streamId.startsWith(agreementPrefix))) {
        members.add(event.streamId);
      }
      if (members.has(event.streamId)) yield event;
    }
    after = page[page.length - 1]!.position;
  }
}

export function exportEvents(store: EventStore, scope: ExportScope): AsyncGenerator<StoredEvent> {
  return 'stream' in scope ? streamEvents(store, scope.stream) : districtEvents(store, scope.district);
}

export const CSV_COLUMNS = [
  'position',
  'stream_id',
  'revision',
  'type',
  'schema_version',
  'recorded_at',
  'effective_at',
  'actor_id',
  'actor_role',
  'actor_district',
  'actor_body',
  'actor_party',
  'correlation_id',
  'causation_id',
  'event_id',
  'hash',
  'previous_hash',
  'data',
] as const;

export function csvField(value: unknown): string {
  const text = value === undefined || value === null ? '' : typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(event: StoredEvent): string {
  const actor = obj(event.metadata.actor);
  const values = [
    event.position,
    event.streamId,
    event.revision,
    event.type,
    event.schemaVersion,
    event.recordedAt,
    str(event.metadata.effectiveAt) ?? '',
    actor.id,
    actor.role,
    actor.district,
    actor.body,
    actor.party,
    event.metadata.correlationId,
    event.metadata.causationId,
    event.id,
    event.hash,
    event.previousHash,
    JSON.stringify(event.data),
  ];
  return `${values.map(csvField).join(',')}\r\n`;
}

export const UTF8_BOM = '\uFEFF';

/** The export as text chunks (one per event, plus the header for CSV). */
export async function* exportLines(events: AsyncIterable<StoredEvent>, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'csv') yield `${UTF8_BOM}${CSV_COLUMNS.join(',')}\r\n`;
  for await (const event of events) yield format === 'csv' ? csvRow(event) : `${JSON.stringify(event)}\n`;
}
