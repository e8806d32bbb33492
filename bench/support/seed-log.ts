/**
 * Fills an event store with the province's agenda items, fast: whole item histories appended
 * as one batch per stream, items spread over the 31 districts and over every stage of the flow.
 */
import type { EventStore } from '@gongron/event-store';
import { ProvinceGenerator } from './province.js';

export interface SeedTarget {
  /** Stop after this many items... */
  readonly items?: number;
  /** ...or once at least this many events are in. */
  readonly events?: number;
  readonly seed?: number;
  /** Longest history of one item (events); most items stop somewhere in the middle of the flow. */
  readonly maxLength?: number;
  readonly onProgress?: (events: number) => void;
}

export interface SeedResult {
  readonly items: number;
  readonly events: number;
  readonly streamIds: string[];
}

export async function seedAgendaLog(store: EventStore, target: SeedTarget): Promise<SeedResult> {
  if (target.items === undefined && target.events === undefined) throw new TypeError('seedAgendaLog: give items or events');
  const gen = new ProvinceGenerator(target.seed ?? 31);
  const maxLength = target.maxLength ?? 14;
  const streamIds: string[] = [];
  let events = 0;
  let lastReport = 0;
  for (let i = 0; ; i++) {
    if (target.items !== undefined && i >= target.items) break;
    if (target.events !== undefined && events >= target.events) break;
    // Deterministic spread of lengths 1..maxLength: every stage of the flow is represented.
    let length = 1 + ((i * 7919) % maxLength);
    if (target.events !== undefined) length = Math.min(length, target.events - events);
    const history = gen.agendaItem(gen.district(i), length);
    await store.append(
      history[0]!.streamId,
      history.map((g) => g.event),
      'no-stream',
    );
    streamIds.push(history[0]!.streamId);
    events += history.length;
    if (target.onProgress && events - lastReport >= 50_000) {
      lastReport = events;
      target.onProgress(events);
    }
  }
  return { items: streamIds.length, events, streamIds };
}
