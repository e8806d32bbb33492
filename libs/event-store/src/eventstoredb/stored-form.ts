/**
 * How a Gongron event is stored on EventStoreDB: data is the event's JSON; metadata is the
 * envelope of `append-size.ts` (the hash chain, schema version and recorded time in `gongron`, the
 * caller's metadata in `metadata`), sent as bytes so the server stores exactly what the port
 * measured. Positions are log positions (log-position.ts).
 */
import { jsonEvent, type AllStreamResolvedEvent, type ResolvedEvent } from '@eventstore/db-client';
import type { EventMetadata, JsonObject } from '../event-store.js';
import type { RawEvent, SealedEvent } from '../core.js';
import { storedMetadataJson } from '../append-size.js';
import { portPosition } from './log-position.js';

interface GongronMetadata {
  readonly metadata: EventMetadata;
  readonly gongron: { schemaVersion: number; recordedAt: string; hash: string; previousHash: string };
}

/** Gongron's stream names on the server, for subscription filters: `<category>:` (stream-id.ts). */
export const GONGRON_STREAM_NAMES = '^[a-z][a-z0-9-]{0,62}:';

export type AnyResolved = ResolvedEvent | AllStreamResolvedEvent;

export function isGongronEvent(resolved: AnyResolved): boolean {
  const event = resolved.event;
  if (!event || event.streamId.startsWith('$') || !event.streamId.includes(':')) return false;
  const metadata = event.metadata as Partial<GongronMetadata> | undefined;
  return typeof metadata === 'object' && metadata !== null && typeof metadata.gongron === 'object' && metadata.gongron !== null;
}

export function toRaw(resolved: AnyResolved): RawEvent {
  const event = resolved.event!;
  const stored = event.metadata as unknown as GongronMetadata;
  return {
    id: event.id,
    type: event.type,
    schemaVersion: stored.gongron.schemaVersion,
    streamId: event.streamId,
    revision: Number(event.revision),
    position: portPosition(event.position, `${event.streamId}@${event.revision}`),
    recordedAt: stored.gongron.recordedAt,
    data: event.data as JsonObject,
    metadata: stored.metadata ?? {},
    hash: stored.gongron.hash,
    previousHash: stored.gongron.previousHash,
  };
}

export function eventData(event: SealedEvent) {
  return jsonEvent({
    id: event.id,
    type: event.type,
    data: event.data as Parameters<typeof jsonEvent>[0]['data'],
    metadata: Buffer.from(storedMetadata(event)),
  });
}

export function storedMetadata(event: SealedEvent): string {
  return storedMetadataJson({
    metadataJson: event.metadataJson,
    metadata: event.metadata,
    schemaVersion: event.schemaVersion,
    recordedAt: event.recordedAt,
    hash: event.hash,
    previousHash: event.previousHash,
  });
}
