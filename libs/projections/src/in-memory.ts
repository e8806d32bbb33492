/** Runs a projection over events entirely in memory: the same rows the engine would write. */
import type { StoredEvent } from '@gongron/event-store';
import type { Projection, Row } from './projection.js';
import { RowCache } from './row-cache.js';

export async function replayInMemory(projection: Projection, events: Iterable<StoredEvent>): Promise<Map<string, Row[]>> {
  const cache = new RowCache(projection, true, Number.MAX_SAFE_INTEGER);
  const handles = new Set(projection.handles);
  const absent = async () => undefined;
  const lookup = { get: async (table: string, key: Row) => cache.get(table, key, absent) };
  for (const event of events) {
    if (!handles.has(event.type)) continue;
    for (const operation of await projection.project(event, lookup)) await cache.apply(operation, absent);
  }
  return new Map(projection.tables.map((t) => [t.name, cache.rowsOf(t.name)]));
}
