/**
 * What every adapter shares: validating a batch, sealing it into a hash chain, checking an
 * expected revision, recognising a retried append, walking chains for verification, and the
 * read-option rules. Adapters only move rows.
 */
import type {
  AppendResult,
  BrokenLink,
  EventMetadata,
  EventToAppend,
  ExpectedRevision,
  JsonObject,
  ReadStreamOptions,
  Receipt,
  StoredEvent,
} from './event-store.js';
import {
  EventIdConflictError,
  EventTooLargeError,
  EventStoreError,
  InvalidEventError,
  UnknownEventTypeError,
  WrongExpectedRevisionError,
} from './errors.js';
import { canonicalJson, computeEventHash, type CanonicalParts } from './hash.js';
import { appendedEventBytes, MAX_APPEND_BYTES, sealedMetadataBytes } from './append-size.js';
import { CompiledRegistry } from './registry.js';
import { parseStreamId } from './stream-id.js';
import { findUnstorableText, UNSTORABLE_TEXT_RULE } from './text.js';
import { markLegacyValues } from './personal-data/protect.js';
import { findReservedText, RESERVED_TEXT_RULE } from './personal-data/envelope.js';

/**
 * Event ids are UUIDs in the one form every adapter stores and reads back unchanged: lower-case
 * hex, dashed 8-4-4-4-12. EventStoreDB parses an id into a Guid and returns it in this form
 * whatever form it was sent in (`Services/Transport/Grpc/Streams.Read.cs`, `e.EventId.ToString()`),
 * so any other spelling would read back different from what was hashed; and it refuses the nil
 * UUID (`Data/Event.cs`: "Empty eventId provided").
 */
const EVENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export function isEventId(id: unknown): id is string {
  return typeof id === 'string' && EVENT_ID.test(id) && id !== NIL_UUID;
}

function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value) : typeof value;
}

/** Bad arguments to a read (negative counts, unparsable instants). */
export class InvalidArgumentError extends EventStoreError {
  readonly code = 'STORE.INVALID_ARGUMENT';
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super(`Invalid argument: ${field} ${rule}`);
  }
}

export interface PreparedEvent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
  readonly dataJson: string;
  readonly metadataJson: string;
}

/** An event as the adapter stores it: a StoredEvent with its stored schema version and data, before upcasting. */
export type RawEvent = StoredEvent;

export type SealedEvent = Omit<RawEvent, 'position'> & { readonly dataJson: string; readonly metadataJson: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The stored text of data or metadata: canonical JSON (keys sorted), which is also what the
 * hash covers, so an append serializes each object once. It parses back to what
 * `JSON.parse(JSON.stringify(value))` gives.
 */
function encode(value: unknown, field: string, index: number): string {
  try {
    return canonicalJson(value);
  } catch (error) {
    throw new InvalidEventError(field, `must be JSON-serializable (${(error as Error).message})`, index);
  }
}

/** Validates a batch and fixes its serialized form; throws before anything is written. */
export function prepareBatch(streamId: string, events: readonly EventToAppend[], registry: CompiledRegistry): PreparedEvent[] {
  parseStreamId(streamId);
  if (!Array.isArray(events)) throw new InvalidEventError('events', 'must be an array of events');
  if (events.length === 0) throw new InvalidEventError('events', 'must contain at least one event (an empty batch is refused)');
  const seen = new Set<string>();
  const prepared: PreparedEvent[] = new Array(events.length);
  const size = new AppendSizeCount();
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as EventToAppend | undefined;
    if (!isPlainObject(event)) throw new InvalidEventError('event', 'must be an object', index);
    const { id, type } = checkedIdentity(event, index, seen, registry);
    const schemaVersion = checkedSchemaVersion(event, type, index, registry);
    const { dataJson, metadataJson, metadata } = encodedContent(event, index, registry);
    size.add({ type, schemaVersion, dataJson, metadataJson, metadata }, id, prepared, index);
    prepared[index] = {
      id,
      type,
      schemaVersion,
      // The stored form is what the JSON round trip gives (dates as strings, undefined dropped).
      data: JSON.parse(dataJson) as JsonObject,
      metadata,
      dataJson,
      metadataJson,
    };
  }
  return prepared;
}

/** The event's id (a canonical UUID, once per batch) and its type (one the registry knows). */
function checkedIdentity(event: EventToAppend, index: number, seen: Set<string>, registry: CompiledRegistry): { id: string; type: string } {
  const { id, type } = event;
  if (!isEventId(id)) {
    throw new InvalidEventError(
      'id',
      `must be a UUID in canonical form (lower-case hex, dashed 8-4-4-4-12, not the nil UUID); got ${shown(id)}`,
      index,
    );
  }
  if (seen.has(id)) throw new InvalidEventError('id', `"${id}" appears twice in the batch`, index);
  seen.add(id);
  if (typeof type !== 'string' || type.length === 0) throw new InvalidEventError('type', 'must be a non-empty string', index);
  if (!registry.isKnown(type)) throw new UnknownEventTypeError(type, id);
  return { id, type };
}

/** The schema version given, or the type's current one; never newer than the current one. */
function checkedSchemaVersion(event: EventToAppend, type: string, index: number, registry: CompiledRegistry): number {
  const current = registry.currentVersion(type);
  let schemaVersion = event.schemaVersion;
  if (schemaVersion === undefined) schemaVersion = current ?? 1;
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new InvalidEventError('schemaVersion', `must be an integer ≥ 1 (got ${String(schemaVersion)})`, index);
  }
  if (current !== undefined && schemaVersion > current) {
    throw new InvalidEventError('schemaVersion', `${schemaVersion} is newer than the current version ${current} of "${type}"`, index);
  }
  return schemaVersion;
}

/** Data and metadata checked for what cannot be stored, as the canonical JSON that is stored and hashed. */
function encodedContent(
  event: EventToAppend,
  index: number,
  registry: CompiledRegistry,
): { dataJson: string; metadataJson: string; metadata: EventMetadata } {
  if (!isPlainObject(event.data)) throw new InvalidEventError('data', 'must be a JSON object', index);
  const metadataInput = event.metadata ?? {};
  if (!isPlainObject(metadataInput)) throw new InvalidEventError('metadata', 'must be an object', index);
  const unstorable = findUnstorableText(event.data, 'data') ?? findUnstorableText(metadataInput, 'metadata');
  if (unstorable) throw new InvalidEventError(unstorable, UNSTORABLE_TEXT_RULE, index);
  if (registry.personalData) {
    const reserved = findReservedText(event.data, 'data') ?? findReservedText(metadataInput, 'metadata');
    if (reserved) throw new InvalidEventError(reserved, RESERVED_TEXT_RULE, index);
  }
  const dataJson = encode(event.data, 'data', index);
  const metadataJson = encode(metadataInput, 'metadata', index);
  const metadata = JSON.parse(metadataJson) as EventMetadata;
  return { dataJson, metadataJson, metadata };
}

type SizedEvent = Parameters<typeof appendedEventBytes>[0] & Parameters<typeof sealedMetadataBytes>[0];

/**
 * The append's size as EventStoreDB counts it (append-size.ts). UTF-8 takes at most 3 bytes
 * per UTF-16 unit, so the data's length bounds its bytes; they are measured only once the
 * bound could pass the limit.
 */
class AppendSizeCount {
  private bytes = 0;
  private measured = false;

  /** Counts the event at `index` (after `earlier`, the batch's events before it); throws once the batch is too large. */
  add(sized: SizedEvent, id: string, earlier: readonly PreparedEvent[], index: number): void {
    if (this.measured) {
      this.bytes += appendedEventBytes(sized);
    } else {
      this.bytes += sized.dataJson.length * 3 + sealedMetadataBytes(sized) + 2 * sized.type.length;
      if (this.bytes > MAX_APPEND_BYTES) {
        this.measured = true;
        this.bytes = appendedEventBytes(sized);
        for (let before = 0; before < index; before++) this.bytes += appendedEventBytes(earlier[before]!);
      }
    }
    if (this.measured && this.bytes > MAX_APPEND_BYTES) throw new EventTooLargeError(id, this.bytes, MAX_APPEND_BYTES);
  }
}

/** Assigns revisions, the recorded time and the hash chain. */
export function sealBatch(
  streamId: string,
  batch: readonly PreparedEvent[],
  currentRevision: number,
  previousHash: string,
  recordedAt: string,
): SealedEvent[] {
  let previous = previousHash;
  const sealed: SealedEvent[] = new Array(batch.length);
  for (let index = 0; index < batch.length; index++) {
    const event = batch[index]!;
    const fields = {
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      streamId,
      revision: currentRevision + 1 + index,
      recordedAt,
      data: event.data,
      metadata: event.metadata,
    };
    const hash = computeEventHash(previous, fields, { data: event.dataJson, metadata: event.metadataJson });
    sealed[index] = { ...fields, hash, previousHash: previous, dataJson: event.dataJson, metadataJson: event.metadataJson };
    previous = hash;
  }
  return sealed;
}

export function validateExpected(expected: ExpectedRevision): void {
  if (expected === 'any' || expected === 'no-stream' || expected === 'stream-exists') return;
  if (typeof expected === 'number' && Number.isInteger(expected) && expected >= -1) return;
  throw new InvalidArgumentError(
    'expected',
    `must be a revision (integer ≥ -1), "no-stream", "stream-exists" or "any" (got ${JSON.stringify(expected)})`,
  );
}

/** Throws WrongExpectedRevisionError unless the stream's current revision meets the expectation. */
export function checkExpected(streamId: string, expected: ExpectedRevision, actual: number): void {
  const ok =
    expected === 'any' ||
    (expected === 'no-stream' && actual === -1) ||
    (expected === 'stream-exists' && actual >= 0) ||
    expected === actual;
  if (!ok) throw new WrongExpectedRevisionError(streamId, expected, actual);
}

/** Where an id of the batch is already stored. */
export interface StoredLocation {
  readonly streamId: string;
  readonly revision: number;
}

/**
 * A retried append: the first id already sits in this stream at revision r. It is a duplicate
 * when the stored events at r, r+1, … carry the batch's ids with the same content; anything
 * else is a conflict.
 */
export function resolveRetry(
  streamId: string,
  batch: readonly PreparedEvent[],
  firstLocation: StoredLocation,
  storedAtPlace: readonly RawEvent[],
): void {
  const first = batch[0]!;
  if (firstLocation.streamId !== streamId) {
    throw new EventIdConflictError(
      first.id,
      streamId,
      `it is already stored in stream "${firstLocation.streamId}" at revision ${firstLocation.revision}`,
    );
  }
  for (let index = 0; index < batch.length; index++) {
    const wanted = batch[index]!;
    const stored = storedAtPlace[index];
    if (!stored || stored.id !== wanted.id) {
      throw new EventIdConflictError(
        wanted.id,
        streamId,
        `the batch was stored from revision ${firstLocation.revision}, but revision ${firstLocation.revision + index} ${stored ? `holds "${stored.id}"` : 'does not exist'}`,
      );
    }
    if (
      stored.type !== wanted.type ||
      stored.schemaVersion !== wanted.schemaVersion ||
      canonicalJson(stored.data) !== canonicalJson(wanted.data) ||
      canonicalJson(stored.metadata) !== canonicalJson(wanted.metadata)
    ) {
      throw new EventIdConflictError(wanted.id, streamId, `it is already stored at revision ${stored.revision} with different content`);
    }
  }
}

export function conflictForExistingId(streamId: string, eventId: string, location: StoredLocation): EventIdConflictError {
  return new EventIdConflictError(
    eventId,
    streamId,
    `it is already stored in stream "${location.streamId}" at revision ${location.revision}`,
  );
}

export function appendResult(
  streamId: string,
  events: readonly StoredEvent[],
  duplicate: boolean,
  receipts?: readonly Receipt[],
): AppendResult {
  return {
    streamId,
    revision: events[events.length - 1]!.revision,
    positions: events.map((event) => event.position),
    events,
    duplicate,
    ...(receipts ? { receipts } : {}),
  };
}

/** Converts a stored row into what readers see: upcast to the current schema version. */
export function toStoredEvent(registry: CompiledRegistry, raw: RawEvent): StoredEvent {
  const locate = registry.personalData;
  if (!registry.upcasts) return locate ? markLegacyValues(raw, locate) : raw;
  const { schemaVersion, data } = registry.upcast(raw.type, raw.schemaVersion, raw.data, raw.metadata);
  const current = schemaVersion === raw.schemaVersion ? raw : { ...raw, schemaVersion, data };
  return locate ? markLegacyValues(current, locate) : current;
}

export interface NormalizedStreamRead {
  readonly direction: 'forward' | 'backward';
  readonly fromRevision: number | undefined;
  readonly toRevision: number | undefined;
  readonly maxCount: number | undefined;
  readonly recordedAtOrBefore: string | undefined;
  readonly effectiveAtOrBefore: number | undefined;
  /** The revisions the read may return, lowest and highest, whatever its direction. */
  readonly lowRevision: number;
  readonly highRevision: number;
}

function toInstant(value: string | Date, field: string): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError(field, `must be an ISO 8601 instant (got ${String(value)})`);
  return date;
}

function optionalCount(value: number | undefined, field: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < min) throw new InvalidArgumentError(field, `must be an integer ≥ ${min} (got ${String(value)})`);
  return value;
}

export function normalizeStreamRead(options: ReadStreamOptions | undefined): NormalizedStreamRead {
  const direction = options?.direction ?? 'forward';
  if (direction !== 'forward' && direction !== 'backward') {
    throw new InvalidArgumentError('direction', `must be "forward" or "backward" (got ${String(direction)})`);
  }
  const fromRevision = optionalCount(options?.fromRevision, 'fromRevision', 0);
  const toRevision = optionalCount(options?.toRevision, 'toRevision', 0);
  return {
    direction,
    fromRevision,
    toRevision,
    lowRevision: (direction === 'forward' ? fromRevision : toRevision) ?? 0,
    highRevision: (direction === 'forward' ? toRevision : fromRevision) ?? Number.MAX_SAFE_INTEGER,
    maxCount: optionalCount(options?.maxCount, 'maxCount', 0),
    recordedAtOrBefore:
      options?.recordedAtOrBefore === undefined ? undefined : toInstant(options.recordedAtOrBefore, 'recordedAtOrBefore').toISOString(),
    effectiveAtOrBefore:
      options?.effectiveAtOrBefore === undefined ? undefined : toInstant(options.effectiveAtOrBefore, 'effectiveAtOrBefore').getTime(),
  };
}

/** When a fact took effect: metadata.effectiveAt, else the recorded time. */
export function effectiveTime(event: { readonly recordedAt: string; readonly metadata: EventMetadata }): number {
  const effective = event.metadata.effectiveAt;
  if (typeof effective === 'string') {
    const time = Date.parse(effective);
    if (!Number.isNaN(time)) return time;
  }
  return Date.parse(event.recordedAt);
}

/**
 * Applies the stream read rules to events of one stream already in forward revision order
 * (adapters may pre-filter by revision range; applying it again is harmless).
 */
export function applyStreamRead<T extends { readonly revision: number; readonly recordedAt: string; readonly metadata: EventMetadata }>(
  events: readonly T[],
  read: NormalizedStreamRead,
): T[] {
  let selected = events.filter(
    (event) =>
      event.revision >= read.lowRevision &&
      event.revision <= read.highRevision &&
      (read.recordedAtOrBefore === undefined || Date.parse(event.recordedAt) <= Date.parse(read.recordedAtOrBefore)) &&
      (read.effectiveAtOrBefore === undefined || effectiveTime(event) <= read.effectiveAtOrBefore),
  );
  if (read.direction === 'backward') selected = selected.reverse();
  if (read.maxCount !== undefined) selected = selected.slice(0, read.maxCount);
  return selected;
}

export function normalizeReadAll(options: { after?: number; maxCount?: number } | undefined): { after: number; maxCount: number } {
  const after = options?.after ?? 0;
  if (!Number.isInteger(after) || after < 0) throw new InvalidArgumentError('after', `must be an integer ≥ 0 (got ${String(after)})`);
  const maxCount = options?.maxCount ?? 1000;
  if (!Number.isInteger(maxCount) || maxCount < 1)
    throw new InvalidArgumentError('maxCount', `must be an integer ≥ 1 (got ${String(maxCount)})`);
  return { after, maxCount };
}

/**
 * Walks hash chains in log order. Feed it raw events ordered by position (or one stream by
 * revision); it reports the first link that does not hold.
 */
/** Where a finding is: built only when there is one, so a long verification allocates nothing for events that pass. */
function linkOf(event: RawEvent): Pick<BrokenLink, 'streamId' | 'revision' | 'position' | 'eventId'> {
  return { streamId: event.streamId, revision: event.revision, position: event.position, eventId: event.id };
}

export class ChainVerifier {
  private readonly heads = new Map<string, { revision: number; hash: string }>();
  eventsChecked = 0;

  get streamsChecked(): number {
    return this.heads.size;
  }

  /** `canonical`: the stored text of data and metadata, when the store keeps it canonical (it is what was hashed). */
  check(event: RawEvent, canonical?: CanonicalParts): BrokenLink | undefined {
    this.eventsChecked++;
    const head = this.heads.get(event.streamId);
    const expectedRevision = head ? head.revision + 1 : 0;
    const expectedPrevious = head ? head.hash : '';
    // The stream's head moves on in place: a long verification allocates nothing per event that passes.
    if (head) {
      head.revision = event.revision;
      head.hash = event.hash;
    } else {
      this.heads.set(event.streamId, { revision: event.revision, hash: event.hash });
    }
    if (event.revision !== expectedRevision) {
      return { ...linkOf(event), expected: `revision ${expectedRevision}`, found: `revision ${event.revision}`, reason: 'revision-gap' };
    }
    if (event.previousHash !== expectedPrevious) {
      return { ...linkOf(event), expected: expectedPrevious, found: event.previousHash, reason: 'previous-hash-mismatch' };
    }
    const recomputed = computeEventHash(expectedPrevious, event, canonical);
    if (recomputed !== event.hash) return { ...linkOf(event), expected: recomputed, found: event.hash, reason: 'hash-mismatch' };
    return undefined;
  }
}

/** Verification over pages of raw events, in order. */
export async function verifyPages(
  pages: AsyncIterable<readonly RawEvent[]>,
  onProgress?: (eventsChecked: number) => void,
): Promise<{ ok: boolean; streamsChecked: number; eventsChecked: number; brokenLink?: BrokenLink }> {
  const verifier = new ChainVerifier();
  for await (const page of pages) {
    for (const event of page) {
      const broken = verifier.check(event);
      if (broken) return { ok: false, streamsChecked: verifier.streamsChecked, eventsChecked: verifier.eventsChecked, brokenLink: broken };
    }
    onProgress?.(verifier.eventsChecked);
  }
  return { ok: true, streamsChecked: verifier.streamsChecked, eventsChecked: verifier.eventsChecked };
}
