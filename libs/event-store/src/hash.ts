import { hash } from 'node:crypto';
import type { EventMetadata, JsonObject } from './event-store.js';

/**
 * JSON with object keys sorted recursively, so the same content always hashes the same
 * whatever order the keys were written in or the database returns them in (JSONB reorders).
 * `undefined` members are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const encoded = JSON.stringify(value);
    return encoded === undefined ? 'null' : encoded;
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return canonicalJson((value as { toJSON(): unknown }).toJSON());
  }
  const keys = Object.keys(value).sort();
  const parts: string[] = [];
  for (const key of keys) {
    const member = (value as Record<string, unknown>)[key];
    if (member === undefined || typeof member === 'function') continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
  }
  return `{${parts.join(',')}}`;
}

/** The stored fields that the hash covers. Position is not among them: some stores assign it after the write. */
export interface HashedEventFields {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly revision: number;
  readonly recordedAt: string;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
}

/**
 * The body is canonicalJson of the eight fields; its top level is written out here in sorted
 * key order (data, id, metadata, recordedAt, revision, schemaVersion, streamId, type) rather
 * than built as an object and sorted on every append and every verified event.
 */
export function computeEventHash(previousHash: string, event: HashedEventFields, canonical?: CanonicalParts): string {
  const body =
    `{"data":${canonical?.data ?? canonicalJson(event.data)},"id":${canonicalJson(event.id)},"metadata":${canonical?.metadata ?? canonicalJson(event.metadata)}` +
    `,"recordedAt":${canonicalJson(event.recordedAt)},"revision":${canonicalJson(event.revision)}` +
    `,"schemaVersion":${canonicalJson(event.schemaVersion)},"streamId":${canonicalJson(event.streamId)},"type":${canonicalJson(event.type)}}`;
  // One-shot digest of previousHash ‖ body: the same bytes as two update() calls, without the Hash object.
  return hash('sha256', previousHash + body, 'hex');
}

/** canonicalJson of an event's data and metadata when the caller has it already (an append writes it). */
export interface CanonicalParts {
  readonly data: string;
  readonly metadata: string;
}
