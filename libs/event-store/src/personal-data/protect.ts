/**
 * Encrypting a batch before it is sealed: every personal value the locator names is replaced by
 * its envelope, so the event's hash (and its Merkle leaf) covers the ciphertext and never the text.
 */
import type { EventMetadata, JsonObject } from '../event-store.js';
import { canonicalJson } from '../hash.js';
import { isPersonalEnvelope, legacyPersonalValue, sealPersonalValue } from './envelope.js';
import type { SubjectKeyRequest } from './subject-keys.js';

/** An event of a batch being appended (core.ts PreparedEvent): its objects and their stored text. */
interface PreparedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
  readonly dataJson: string;
  readonly metadataJson: string;
}

/** One personal value of an event (the application supplies them from the domain's list). */
export interface LocatedPersonalField {
  readonly in: 'data' | 'metadata';
  readonly path: readonly string[];
  readonly subject: string;
  readonly category: string;
  readonly district: string | undefined;
}

export type PersonalFieldLocator = (event: {
  readonly type: string;
  readonly streamId: string;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
}) => readonly LocatedPersonalField[];

function valueAt(root: unknown, path: readonly string[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A copy of `root` with the value at `path` replaced (only the objects on the path are copied). */
function withValueAt<T>(root: T, path: readonly string[], value: string): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string, ...string[]];
  const object = root as Record<string, unknown>;
  return { ...object, [head]: withValueAt(object[head], rest, value) } as T;
}

interface Plain {
  readonly field: LocatedPersonalField;
  readonly text: string;
}

function plainFields(streamId: string, event: PreparedEvent, locate: PersonalFieldLocator): Plain[] {
  const plain: Plain[] = [];
  for (const field of locate({ type: event.type, streamId, data: event.data, metadata: event.metadata })) {
    const value = valueAt(field.in === 'data' ? event.data : event.metadata, field.path);
    if (typeof value === 'string' && !isPersonalEnvelope(value)) plain.push({ field, text: value });
  }
  return plain;
}

/** The subjects whose keys a batch needs (each once). */
export function keyRequestsOf(streamId: string, batch: readonly PreparedEvent[], locate: PersonalFieldLocator): SubjectKeyRequest[] {
  const requests = new Map<string, SubjectKeyRequest>();
  for (const event of batch) {
    for (const { field } of plainFields(streamId, event, locate)) {
      if (!requests.has(field.subject))
        requests.set(field.subject, { subject: field.subject, category: field.category, district: field.district });
    }
  }
  return [...requests.values()];
}

/**
 * The batch with its personal values encrypted under the given keys. A subject without a key
 * here is a bug of the caller (it asked for the keys of this batch), so it throws.
 */
export function protectBatch<E extends PreparedEvent>(
  streamId: string,
  batch: readonly E[],
  locate: PersonalFieldLocator,
  keys: ReadonlyMap<string, Buffer>,
  /** 'throw' at append; 'leave' to compare a retry with what is stored (a missing key cannot match). */
  missing: 'throw' | 'leave' = 'throw',
): E[] {
  return batch.map((event) => {
    const plain = plainFields(streamId, event, locate);
    if (plain.length === 0) return event;
    let { data, metadata } = event;
    for (const { field, text } of plain) {
      const key = keys.get(field.subject);
      if (!key) {
        if (missing === 'leave') continue;
        throw new RangeError(`no key for data subject ${field.subject}`);
      }
      const sealed = sealPersonalValue(key, field, event.id, `${field.in}.${field.path.join('.')}`, text);
      if (field.in === 'data') data = withValueAt(data, field.path, sealed);
      else metadata = withValueAt(metadata, field.path, sealed);
    }
    return { ...event, data, metadata, dataJson: canonicalJson(data), metadataJson: canonicalJson(metadata) };
  });
}

/**
 * The one path every adapter seals a batch by: the subjects the batch names, their keys from
 * `keysOf` (created there where missing, inside the append's transaction; EventStoreDB, whose
 * keys come from PostgreSQL before its append, passes them to `protectBatch` itself), and the batch with every personal value replaced
 * by its envelope. Without a locator (a registry with no personal-data list) the batch is as given.
 */
export function protectPersonalData<E extends PreparedEvent>(
  streamId: string,
  batch: E[],
  locate: PersonalFieldLocator | undefined,
  keysOf: (requests: SubjectKeyRequest[]) => ReadonlyMap<string, Buffer>,
  missing: 'throw' | 'leave' = 'throw',
): E[] {
  if (!locate) return batch;
  const requests = keyRequestsOf(streamId, batch, locate);
  return requests.length === 0 ? batch : protectBatch(streamId, batch, locate, keysOf(requests), missing);
}

/**
 * Events recorded before encryption: their plain personal values are read in the legacy
 * envelope (no key, plain text), so that who may read them, and their erasure, follow the
 * same rules as encrypted ones. The stored event (and its hash) is untouched.
 */
export function markLegacyValues<
  E extends { readonly type: string; readonly streamId: string; readonly data: JsonObject; readonly metadata: EventMetadata },
>(event: E, locate: PersonalFieldLocator): E {
  let { data, metadata } = event;
  let changed = false;
  for (const field of locate(event)) {
    const value = valueAt(field.in === 'data' ? data : metadata, field.path);
    if (typeof value !== 'string' || isPersonalEnvelope(value)) continue;
    const legacy = legacyPersonalValue(field, value);
    if (field.in === 'data') data = withValueAt(data, field.path, legacy);
    else metadata = withValueAt(metadata, field.path, legacy);
    changed = true;
  }
  return changed ? { ...event, data, metadata } : event;
}
