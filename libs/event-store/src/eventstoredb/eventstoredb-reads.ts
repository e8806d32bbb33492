/** Reading Gongron's events from the server: one stream, `$all` past claims and system events, and the heads. */
import { BACKWARDS, END, FORWARDS, START, type Position, type ReadPosition, type ReadRevision } from '@eventstore/db-client';
import type { ReadAllOptions, ReadStreamOptions, StoredEvent } from '../event-store.js';
import { applyStreamRead, normalizeReadAll, normalizeStreamRead, toStoredEvent, type RawEvent } from '../core.js';
import type { CompiledRegistry } from '../registry.js';
import { parseStreamId } from '../stream-id.js';
import { claimHeadFrom, claimState, claimStreamOf, type ClaimHead, type ClaimState } from './event-id-claims.js';
import { logPosition, portPosition } from './log-position.js';
import { isGongronEvent, toRaw } from './stored-form.js';
import type { EventStoreDbCalls } from './eventstoredb-calls.js';

export class EventStoreDbReads {
  constructor(
    private readonly calls: EventStoreDbCalls,
    private readonly registry: CompiledRegistry,
  ) {}

  async streamHead(streamId: string): Promise<{ revision: number; hash: string }> {
    for await (const resolved of this.calls.streamEvents(streamId, BACKWARDS, END, 1)) {
      const revision = Number(resolved.event!.revision);
      return { revision, hash: isGongronEvent(resolved) ? toRaw(resolved).hash : '' };
    }
    return { revision: -1, hash: '' };
  }

  async claimHead(eventId: string): Promise<ClaimHead> {
    for await (const resolved of this.calls.streamEvents(claimStreamOf(eventId), BACKWARDS, END, 1)) {
      return claimHeadFrom(Number(resolved.event!.revision), resolved.event!.type, resolved.event!.data);
    }
    return { version: -1 };
  }

  async claimStateOf(eventId: string, head: ClaimHead): Promise<ClaimState> {
    if (!head.place) return 'free';
    let idThere: string | undefined;
    for await (const resolved of this.calls.streamEvents(head.place.streamId, FORWARDS, BigInt(head.place.revision), 1)) {
      if (resolved.event && Number(resolved.event.revision) === head.place.revision) idThere = resolved.event.id;
    }
    return claimState(eventId, head, idThere);
  }

  /** `count` events of one stream from revision `from`, in order. */
  async readRange(streamId: string, from: number, count: number): Promise<RawEvent[]> {
    const events: RawEvent[] = [];
    for await (const resolved of this.calls.streamEvents(streamId, FORWARDS, BigInt(from), count)) {
      if (isGongronEvent(resolved)) events.push(toRaw(resolved));
    }
    return events;
  }

  /** Every Gongron event of one stream, in order. */
  async wholeStream(streamId: string): Promise<RawEvent[]> {
    const events: RawEvent[] = [];
    for await (const resolved of this.calls.streamEvents(streamId, FORWARDS, START, Number.MAX_SAFE_INTEGER)) {
      if (isGongronEvent(resolved)) events.push(toRaw(resolved));
    }
    return events;
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    parseStreamId(streamId);
    const read = normalizeStreamRead(options);
    const open = read.highRevision === Number.MAX_SAFE_INTEGER;
    let count = open ? Number.MAX_SAFE_INTEGER : read.highRevision - read.lowRevision + 1;
    // Without a time bound the first maxCount events of the range are the answer.
    if (read.maxCount !== undefined && read.recordedAtOrBefore === undefined && read.effectiveAtOrBefore === undefined)
      count = Math.min(count, read.maxCount);
    if (count <= 0) return [];
    const events: RawEvent[] = [];
    const from: ReadRevision = read.direction === 'forward' ? BigInt(read.lowRevision) : open ? END : BigInt(read.highRevision);
    const direction = read.direction === 'forward' ? FORWARDS : BACKWARDS;
    for await (const resolved of this.calls.streamEvents(streamId, direction, from, count)) {
      if (isGongronEvent(resolved)) events.push(toRaw(resolved));
    }
    if (read.direction === 'backward') events.reverse();
    return applyStreamRead(events, read).map((event) => toStoredEvent(this.registry, event));
  }

  async streamRevision(streamId: string): Promise<number> {
    parseStreamId(streamId);
    return (await this.streamHead(streamId)).revision;
  }

  async readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    const { after, maxCount } = normalizeReadAll(options);
    return (await this.readAllRaw(after, maxCount)).map((event) => toStoredEvent(this.registry, event));
  }

  /** Gongron's events after `after`; claims and system events share `$all` and are read past. */
  async readAllRaw(after: number, maxCount: number): Promise<RawEvent[]> {
    const events: RawEvent[] = [];
    const page = Math.min(2 * maxCount + 2, 4096);
    let from: ReadPosition = after === 0 ? START : logPosition(after);
    // A page starts at the last position of the one before, which it may return again.
    let floor = after;
    for (;;) {
      let seen = 0;
      let lastPosition: Position | undefined;
      for await (const resolved of this.calls.allEvents(FORWARDS, from, page)) {
        seen++;
        if (resolved.event) lastPosition = resolved.event.position;
        if (!isGongronEvent(resolved)) continue;
        const raw = toRaw(resolved);
        if (raw.position <= floor) continue;
        events.push(raw);
        floor = raw.position;
        if (events.length === maxCount) return events;
      }
      if (seen < page || !lastPosition) return events;
      from = lastPosition;
    }
  }

  async headPosition(): Promise<number> {
    // The last record of $all is usually the last event written; claims and system events may
    // follow it, so read back in growing pages until one of Gongron's.
    let from: ReadPosition = END;
    for (let page = 1; ; page = Math.min(page * 16, 4096)) {
      let seen = 0;
      let lastPosition: Position | undefined;
      for await (const resolved of this.calls.allEvents(BACKWARDS, from, page, 'read the head of $all')) {
        seen++;
        if (resolved.event) lastPosition = resolved.event.position;
        if (isGongronEvent(resolved)) return portPosition(resolved.event!.position, 'the head of $all');
      }
      if (seen < page || !lastPosition) return 0;
      from = lastPosition;
    }
  }
}
