/**
 * How big an append is, for every adapter, measured the way EventStoreDB measures it.
 *
 * EventStoreDB refuses an append whose events add up to more than its MaxAppendSize, by
 * default 1,048,576 bytes (v24.10 `src/EventStore.Core/Configuration/ClusterVNodeOptions.cs`,
 * `MaxAppendSize = 1_024 * 1_024`), each event counted as `data bytes + metadata bytes +
 * 2 × the type's length` (`src/EventStore.Core/Data/Event.cs`, `Event.SizeOnDisk`; summed in
 * `Services/Transport/Grpc/Streams.Append.cs` and `Streams.BatchAppend.cs`). The metadata
 * EventStoreDB stores is Gongron's envelope (`storedMetadataJson`: the hash chain, schema
 * version and recorded time beside the caller's metadata). The port takes that as its own
 * limit on every adapter, so a batch refused by one adapter is refused by all, before anything
 * is written, with the same `EventTooLargeError`.
 */
import type { EventMetadata } from './event-store.js';

/** The most one append may hold: EventStoreDB's default MaxAppendSize. */
export const MAX_APPEND_BYTES = 1024 * 1024;

/** What EventStoreDB's envelope adds around the caller's metadata. */
export interface StoredMetadataParts {
  /** canonicalJson of the caller's metadata, as the append stores it. */
  readonly metadataJson: string;
  readonly metadata: EventMetadata;
  readonly schemaVersion: number;
  readonly recordedAt: string;
  readonly hash: string;
  readonly previousHash: string;
}

/** The correlation and causation ids, copied to `$correlationId`/`$causationId` for EventStoreDB's own projections. */
function systemLinks(metadata: EventMetadata): string {
  const correlation =
    typeof metadata.correlationId === 'string' && metadata.correlationId !== ''
      ? `,"$correlationId":${JSON.stringify(metadata.correlationId)}`
      : '';
  const causation =
    typeof metadata.causationId === 'string' && metadata.causationId !== ''
      ? `,"$causationId":${JSON.stringify(metadata.causationId)}`
      : '';
  return correlation + causation;
}

/** The metadata text an event is stored with in EventStoreDB. */
export function storedMetadataJson(parts: StoredMetadataParts): string {
  return (
    `{"gongron":{"hash":${JSON.stringify(parts.hash)},"previousHash":${JSON.stringify(parts.previousHash)},` +
    `"recordedAt":${JSON.stringify(parts.recordedAt)},"schemaVersion":${JSON.stringify(parts.schemaVersion)}},` +
    `"metadata":${parts.metadataJson}${systemLinks(parts.metadata)}}`
  );
}

// The envelope before sealing, at its largest: two SHA-256 hex digests and a 24-character
// ISO 8601 instant (`toISOString` of any year 0000–9999). Revision 0 stores an empty
// previousHash, so the real envelope is never larger; the bound does not depend on where the
// batch lands, so the same batch is refused or accepted wherever it is appended.
const LARGEST_HASH = '0'.repeat(64);
const LARGEST_INSTANT = '0000-01-01T00:00:00.000Z';

/** Bytes of one event as EventStoreDB counts it, its envelope at its largest; data and metadata as canonical JSON. */
export function appendedEventBytes(event: {
  readonly type: string;
  readonly schemaVersion: number;
  readonly dataJson: string;
  readonly metadataJson: string;
  readonly metadata: EventMetadata;
}): number {
  return Buffer.byteLength(event.dataJson) + sealedMetadataBytes(event) + 2 * event.type.length;
}

// The envelope's bytes around empty metadata and a one-digit schema version, from the one
// definition above; what varies is added per event without building the text.
const ENVELOPE_BYTES =
  Buffer.byteLength(
    storedMetadataJson({
      metadataJson: '',
      metadata: {},
      schemaVersion: 0,
      recordedAt: LARGEST_INSTANT,
      hash: LARGEST_HASH,
      previousHash: LARGEST_HASH,
    }),
  ) - 1;

/** The stored metadata's bytes at its largest (the envelope around the caller's metadata). */
export function sealedMetadataBytes(event: {
  readonly schemaVersion: number;
  readonly metadataJson: string;
  readonly metadata: EventMetadata;
}): number {
  const links = systemLinks(event.metadata);
  return (
    ENVELOPE_BYTES +
    JSON.stringify(event.schemaVersion).length +
    Buffer.byteLength(event.metadataJson) +
    (links === '' ? 0 : Buffer.byteLength(links))
  );
}
