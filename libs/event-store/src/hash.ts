import { createHash } from 'node:crypto';
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

export function computeEventHash(previousHash: string, event: HashedEventFields): string {
  const body = canonicalJson({
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    revision: event.revision,
    recordedAt: event.recordedAt,
    data: event.data,
    metadata: event.metadata,
  });
  return createHash('sha256').update(previousHash).update(body).digest('hex');
}
