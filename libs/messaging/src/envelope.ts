/**
 * The event envelope on Kafka: CloudEvents 1.0 in binary content mode (Kafka protocol binding).
 * The record's value is the event's data as JSON; everything about the event travels in headers,
 * so a consumer can route, dedupe (`ce_id`) and order (`stream_revision`) without parsing the value.
 */
import type { StoredEvent } from '@gongron/event-store';
import { InvalidEnvelopeError } from './errors.js';

export const HEADERS = {
  specVersion: 'ce_specversion',
  id: 'ce_id',
  type: 'ce_type',
  source: 'ce_source',
  time: 'ce_time',
  subject: 'ce_subject',
  contentType: 'content-type',
  correlationId: 'correlation_id',
  causationId: 'causation_id',
  schemaVersion: 'schema_version',
  streamRevision: 'stream_revision',
  globalPosition: 'global_position',
} as const;

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
  const headers: Record<string, string> = {
    [HEADERS.specVersion]: CLOUDEVENTS_SPEC_VERSION,
    [HEADERS.id]: event.id,
    [HEADERS.type]: event.type,
    [HEADERS.source]: eventSource(event),
    [HEADERS.time]: event.recordedAt,
    [HEADERS.subject]: event.streamId,
    [HEADERS.contentType]: CONTENT_TYPE,
    [HEADERS.schemaVersion]: String(event.schemaVersion),
    [HEADERS.streamRevision]: String(event.revision),
    [HEADERS.globalPosition]: String(event.position),
  };
  if (typeof event.metadata.correlationId === 'string') headers[HEADERS.correlationId] = event.metadata.correlationId;
  if (typeof event.metadata.causationId === 'string') headers[HEADERS.causationId] = event.metadata.causationId;
  return { key: event.streamId, value: JSON.stringify(event.data), headers };
}

/** An event as a consumer sees it, decoded from a Kafka record. */
export interface ReceivedEvent {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly subject: string;
  readonly time: string;
  readonly schemaVersion: number;
  readonly streamRevision: number;
  readonly globalPosition: number;
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
  return {
    id: requiredHeader(record, HEADERS.id),
    type: requiredHeader(record, HEADERS.type),
    source: requiredHeader(record, HEADERS.source),
    subject: requiredHeader(record, HEADERS.subject),
    time: requiredHeader(record, HEADERS.time),
    schemaVersion: integerHeader(record, HEADERS.schemaVersion),
    streamRevision: integerHeader(record, HEADERS.streamRevision),
    globalPosition: integerHeader(record, HEADERS.globalPosition),
    ...(correlationId !== undefined ? { correlationId } : {}),
    ...(causationId !== undefined ? { causationId } : {}),
    data: data as Record<string, unknown>,
  };
}
