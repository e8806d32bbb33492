/**
 * What of an event's data goes on Kafka. The feed carries no personal field: every field the
 * domain lists as personal data (`personalDataFields` in libs/domain/src/personal-data.ts — a
 * member's name, a signatory's name, an opinion's text, the person drafting a plan) stays in the
 * log, encrypted, and in the internal routes that may show it; the record keeps the ids and
 * titles, so a consumer can still tell members, opinions and signatures apart. The actor (with
 * its name) is in the metadata, which is never published. The AsyncAPI document's payload
 * schemas are derived from the same list.
 *
 * An erasure (`PersonalDataErased`, recorded in the log's stream `privacy:erasures` without the
 * data) is published where the subject's values were: on the topic of the stream that carried
 * them, keyed by that stream id — so it lands on the same partition as those events, after them
 * (the relay publishes in log order), and a consumer handling one item in order learns of the
 * erasure after everything it was told of that item.
 */
import { type DomainEvent, PERSONAL_DATA_ERASED, personalDataFields, streamOfSubject } from '@gongron/domain';
import { ERASURE_CATEGORY } from './topics.js';

type DataOf<T extends DomainEvent['type']> = Extract<DomainEvent, { type: T }>['data'];

/** Per event type, the data fields that are personal and are left off the published record. */
export const fieldsKeptOffKafka: { readonly [T in DomainEvent['type']]?: readonly (keyof DataOf<T> & string)[] } = Object.fromEntries(
  Object.entries(personalDataFields).map(([type, rules]) => [type, (rules ?? []).map((rule) => rule.field)]),
);

function keptOff(type: string): readonly string[] {
  return (fieldsKeptOffKafka as Readonly<Record<string, readonly string[] | undefined>>)[type] ?? [];
}

/** The event's data as published: without the fields kept off Kafka. */
export function publishedData(type: string, data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const omitted = keptOff(type);
  if (omitted.length === 0) return { ...data };
  return Object.fromEntries(Object.entries(data).filter(([field]) => !omitted.includes(field)));
}

type JsonSchema = { readonly [key: string]: unknown };

/** A payload schema (an object schema of the data) narrowed to the published fields. */
export function publishedPayloadSchema(type: string, schema: JsonSchema): JsonSchema {
  const omitted = keptOff(type);
  if (omitted.length === 0) return schema;
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  return {
    ...schema,
    properties: Object.fromEntries(Object.entries(properties).filter(([field]) => !omitted.includes(field))),
    required: required.filter((field) => !omitted.includes(field)),
    description: `${typeof schema.description === 'string' ? `${schema.description} ` : ''}Published without ${omitted.map((field) => `\`${field}\``).join(', ')} (personal data: it stays in the log).`,
  };
}

/**
 * The stream a record is filed under: its key, its `ce_subject` and its topic's category. The
 * event's own stream, except for an erasure: the stream that carried the erased subject's values,
 * or `personal-data-erasure:<subject>` when no one stream did (an acting user's name).
 */
export function publishedStreamOf(event: {
  readonly type: string;
  readonly streamId: string;
  readonly data: Readonly<Record<string, unknown>>;
}): string {
  if (event.type !== PERSONAL_DATA_ERASED) return event.streamId;
  const subject = typeof event.data['subject'] === 'string' ? event.data['subject'] : '';
  return streamOfSubject(subject) ?? `${ERASURE_CATEGORY}:${subject}`;
}
