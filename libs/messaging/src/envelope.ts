/**
 * The event envelope on Kafka: CloudEvents 1.0 in binary content mode (Kafka protocol binding).
 * The record's value is the event's data as JSON, without the personal fields kept off Kafka
 * (published-payload.ts); everything about the event travels in headers,
 * so a consumer can route, dedupe (`ce_id`) and order (`ce_streamrevision`) without parsing the value.
 *
 * The binding maps every attribute, extensions included, to a `ce_<name>` header, and extension
 * names are lowercase ASCII letters and digits only — so CloudEvents SDKs keep them.
 * `ce_type` carries a reverse-DNS prefix (the specification's recommendation, so types from
 * different producers never collide): Gyeonggi Province's domain `gyeonggi.go.kr`, reversed,
 * then the product — `kr.go.gyeonggi.gongron.AgendaItemAdopted`.
 */
import type { StoredEvent } from '@gongron/event-store';
import { InvalidEnvelopeError } from './errors.js';
import { publishedData, publishedStreamOf } from './published-payload.js';

export const HEADERS = {
  specVersion: 'ce_specversion',
  id: 'ce_id',
  type: 'ce_type',
  source: 'ce_source',
  time: 'ce_time',
  subject: 'ce_subject',
  dataSchema: 'ce_dataschema',
  contentType: 'content-type',
  correlationId: 'ce_correlationid',
  causationId: 'ce_causationid',
  schemaVersion: 'ce_schemaversion',
  streamRevision: 'ce_streamrevision',
  globalPosition: 'ce_globalposition',
} as const;

/** The reverse-DNS prefix of every `ce_type`. */
export const EVENT_TYPE_PREFIX = 'kr.go.gyeonggi.gongron.';

export function cloudEventType(eventType: string): string {
  return `${EVENT_TYPE_PREFIX}${eventType}`;
}

/**
 * The `dataschema` of an event type at one schema version: a URN naming the payload schema,
 * which the AsyncAPI document (`/asyncapi.json`) carries under the same `$id`. A new schema
 * version is a new URN, so a consumer can tell the shapes apart without parsing the value.
 */
export function dataSchemaUri(eventType: string, schemaVersion: number): string {
  return `urn:gongron:event:${eventType}:v${schemaVersion}`;
}

export const CLOUDEVENTS_SPEC_VERSION = '1.0';
export const CONTENT_TYPE = 'application/json';

export interface KafkaRecord {
  readonly key: string;
  readonly value: string;
  readonly headers: Record<string, string>;
}

/** The district an event belongs to: the item's own district, else the actor's. */
function districtOf(event: StoredEvent): string | undefined {
  const data = event.data as Record<string, unknown>;
  for (const field of ['district', 'districtCode', 'districtId']) {
    const value = data[field];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  const actorDistrict = event.metadata.actor?.district;
  return typeof actorDistrict === 'string' && actorDistrict.length > 0 ? actorDistrict : undefined;
}

/** `/gongron/<district>`, or `/gongron/province` for facts that belong to no single district. */
export function eventSource(event: StoredEvent): string {
  return `/gongron/${districtOf(event) ?? 'province'}`;
}

export function toKafkaRecord(event: StoredEvent): KafkaRecord {
  const stream = publishedStreamOf(event);
  const headers: Record<string, string> = {
    [HEADERS.specVersion]: CLOUDEVENTS_SPEC_VERSION,
    [HEADERS.id]: event.id,
    [HEADERS.type]: cloudEventType(event.type),
    [HEADERS.source]: eventSource(event),
    [HEADERS.time]: event.recordedAt,
    [HEADERS.subject]: stream,
    [HEADERS.dataSchema]: dataSchemaUri(event.type, event.schemaVersion),
    [HEADERS.contentType]: CONTENT_TYPE,
    [HEADERS.schemaVersion]: String(event.schemaVersion),
    [HEADERS.streamRevision]: String(event.revision),
    [HEADERS.globalPosition]: String(event.position),
  };
  if (typeof event.metadata.correlationId === 'string') headers[HEADERS.correlationId] = event.metadata.correlationId;
  if (typeof event.metadata.causationId === 'string') headers[HEADERS.causationId] = event.metadata.causationId;
  return { key: stream, value: JSON.stringify(publishedData(event.type, event.data)), headers };
}

/** An event as a consumer sees it, decoded from a Kafka record. */
export interface ReceivedEvent {
  readonly id: string;
  /** The domain's event type, without the `ce_type` prefix (e.g. `AgendaItemAdopted`). */
  readonly type: string;
  readonly source: string;
  readonly subject: string;
  readonly time: string;
  readonly schemaVersion: number;
  readonly streamRevision: number;
  readonly globalPosition: number;
  readonly dataSchema?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly data: Record<string, unknown>;
}

type HeaderValue = Buffer | string | (Buffer | string)[] | undefined;

/** The shape kafkajs hands to `eachMessage` (kept structural so any client fits). */
export interface RecordLike {
  readonly key?: Buffer | string | null;
  readonly value: Buffer | string | null;
  readonly headers?: Record<string, HeaderValue>;
}

function header(record: RecordLike, name: string): string | undefined {
  const raw = record.headers?.[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === undefined ? undefined : value.toString();
}

function requiredHeader(record: RecordLike, name: string): string {
  const value = header(record, name);
  if (value === undefined || value.length === 0) throw new InvalidEnvelopeError(`header ${name}`, 'is missing');
  return value;
}

function integerHeader(record: RecordLike, name: string): number {
  const value = requiredHeader(record, name);
  if (!/^\d+$/.test(value)) throw new InvalidEnvelopeError(`header ${name}`, `must be a whole number (got "${value}")`);
  return Number(value);
}

export function fromKafkaRecord(record: RecordLike): ReceivedEvent {
  const specVersion = requiredHeader(record, HEADERS.specVersion);
  if (specVersion !== CLOUDEVENTS_SPEC_VERSION) {
    throw new InvalidEnvelopeError(`header ${HEADERS.specVersion}`, `must be ${CLOUDEVENTS_SPEC_VERSION} (got "${specVersion}")`);
  }
  if (record.value === null) throw new InvalidEnvelopeError('value', 'is empty');
  let data: unknown;
  try {
    data = JSON.parse(record.value.toString());
  } catch {
    throw new InvalidEnvelopeError('value', 'is not JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InvalidEnvelopeError('value', 'must be a JSON object');
  const correlationId = header(record, HEADERS.correlationId);
  const causationId = header(record, HEADERS.causationId);
  const dataSchema = header(record, HEADERS.dataSchema);
  const type = requiredHeader(record, HEADERS.type);
  if (!type.startsWith(EVENT_TYPE_PREFIX) || type.length === EVENT_TYPE_PREFIX.length) {
    throw new InvalidEnvelopeError(`header ${HEADERS.type}`, `must start with ${EVENT_TYPE_PREFIX} (got "${type}")`);
  }
  return {
    id: requiredHeader(record, HEADERS.id),
    type: type.slice(EVENT_TYPE_PREFIX.length),
    source: requiredHeader(record, HEADERS.source),
    subject: requiredHeader(record, HEADERS.subject),
    time: requiredHeader(record, HEADERS.time),
    schemaVersion: integerHeader(record, HEADERS.schemaVersion),
    streamRevision: integerHeader(record, HEADERS.streamRevision),
    globalPosition: integerHeader(record, HEADERS.globalPosition),
    ...(dataSchema !== undefined ? { dataSchema } : {}),
    ...(correlationId !== undefined ? { correlationId } : {}),
    ...(causationId !== undefined ? { causationId } : {}),
    data: data as Record<string, unknown>,
  };
}
