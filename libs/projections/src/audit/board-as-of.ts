/**
 * A district's agenda board as it stood at an instant: each of the district's item streams
 * read up to then and run through the agenda-board projection in memory.
 */
import type { EventStore, StoredEvent } from '@gongron/event-store';
import type { Kysely } from 'kysely';
import { replayInMemory } from '../in-memory.js';
import type { Row } from '../projection.js';
import { AGENDA_BOARD, agendaBoardProjection } from '../read-models/agenda-board.js';

export async function boardAsOf(
  store: EventStore,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  district: string,
  asOf: Date,
): Promise<Row[]> {
  const items = (await db.selectFrom(AGENDA_BOARD).select('item_id').where('district', '=', district).execute()) as { item_id: string }[];
  const events: StoredEvent[] = [];
  for (const { item_id } of items) {
    events.push(...(await store.readStream(`agenda-item:${item_id}`, { recordedAtOrBefore: asOf })));
  }
  events.sort((a, b) => a.position - b.position);
  const rows = (await replayInMemory(agendaBoardProjection, events)).get(AGENDA_BOARD) ?? [];
  return rows.sort((a, b) => String(a.item_id).localeCompare(String(b.item_id)));
}
