/**
 * The AsyncAPI 3.1 document of the topics the relay publishes: one channel per stream category,
 * one message per domain event type, the CloudEvents headers of each, and the JSON Schema of
 * each payload — generated from the domain's TypeScript event types (`npm run asyncapi:generate`
 * writes `generated/event-schemas.json`), never written by hand, less the personal fields the
 * relay keeps off Kafka (published-payload.ts).
 */
import { eventSchemaVersions, PERSONAL_DATA_ERASED, subjectStreamCategories } from '@gongron/domain';
import eventSchemas from './generated/event-schemas.json' with { type: 'json' };
import { CLOUDEVENTS_SPEC_VERSION, cloudEventType, CONTENT_TYPE, dataSchemaUri, EVENT_TYPE_PREFIX, HEADERS } from './envelope.js';
import { InvalidMessagingOptionError } from './errors.js';
import { publishedPayloadSchema } from './published-payload.js';
import { ERASURE_CATEGORY, PUBLISHED_STREAM_CATEGORIES, topicForCategory, validateTopicName } from './topics.js';

type JsonSchema = { readonly [key: string]: unknown };

interface GeneratedEventSchemas {
  readonly events: Readonly<Record<string, { readonly category: string; readonly payload: JsonSchema }>>;
  readonly definitions: Readonly<Record<string, JsonSchema>>;
}

const generated = eventSchemas as unknown as GeneratedEventSchemas;

/** The stream categories whose topics carry erasures: those whose events carried the subjects' values. */
const ERASED_ON = new Set(Object.values(subjectStreamCategories).filter((category): category is string => category !== undefined));

/**
 * Every published event type with a payload schema, by the category of the topic that carries it.
 * An erasure is on the topic of each category whose events carry personal values, and on the
 * erasures' own topic.
 */
export function eventTypesByCategory(): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [type, { category }] of Object.entries(generated.events)) (result[category] ??= []).push(type);
  for (const category of ERASED_ON) (result[category] ??= []).push(PERSONAL_DATA_ERASED);
  return result;
}

/**
 * A standalone JSON Schema (draft-07) of one event type's payload, for validators such as ajv.
 * Undefined for a type the domain does not define.
 */
export function eventPayloadSchema(type: string): JsonSchema | undefined {
  const entry = generated.events[type];
  if (!entry) return undefined;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: payloadSchemaId(type),
    ...publishedPayloadSchema(type, entry.payload),
    definitions: generated.definitions,
  };
}

/** The `dataschema` of the payload shape the domain writes now (older versions carry their own). */
function payloadSchemaId(type: string): string {
  return dataSchemaUri(type, (eventSchemaVersions as Record<string, number>)[type] ?? 1);
}

export interface AsyncApiOptions {
  /** Default `gongron`. */
  readonly topicPrefix?: string;
  /** Explicit topic names by stream category. */
  readonly topics?: Readonly<Record<string, string>>;
  /** Brokers to list as servers, host:port. Default none. */
  readonly brokers?: readonly string[];
  /** Partitions of each topic, as the relay creates them. Default 3. */
  readonly partitions?: number;
  /** The application's version. Default 0.1.0. */
  readonly version?: string;
  /** How the relay reaches the brokers, so that the servers say what a consumer must bring. */
  readonly security?: { readonly tls?: boolean; readonly saslMechanism?: 'plain' | 'scram-sha-256' | 'scram-sha-512' };
}

const CATEGORY_TEXT: Record<string, { channel: string; title: string; description: string }> = {
  'agenda-item': {
    channel: 'agendaItems',
    title: 'Agenda items (안건)',
    description: 'The deliberation workflow of each agenda item, from proposal through review to feedback. Key: `agenda-item:<itemId>`.',
  },
  project: {
    channel: 'projects',
    title: 'Projects (세부사업)',
    description: 'The lifecycle of each project: budget, expenditures, evaluation, closing. Key: `project:<projectId>`.',
  },
  agreement: {
    channel: 'agreements',
    title: 'Supplementary agreements (부속합의서)',
    description:
      "Each district's yearly agreement: signatures (by the signatory's title; names stay off Kafka) and amendments. Key: `agreement:<district>-<year>`.",
  },
  roster: {
    channel: 'rosters',
    title: 'Rosters (위원 명단)',
    description:
      'The members of each body of each district: joining, term and role changes, departures — by member id; members’ names are personal data and stay off Kafka. Key: `roster:<district>-<body>`.',
  },
  [ERASURE_CATEGORY]: {
    channel: 'personalDataErasures',
    title: 'Erasures of personal data (개인정보 파기)',
    description:
      "The erasure of a data subject whose values no one stream carried — an acting user's name, which is only in the event metadata and never published. " +
      'Every other erasure is on the topic of the stream that carried the values (agenda items, agreements, rosters). Key: `personal-data-erasure:<subject>`.',
  },
  meeting: {
    channel: 'meetings',
    title: 'Meetings (회의)',
    description:
      'Each meeting of a body: scheduled, convened with attendance, adjourned, minutes recorded and approved. Key: `meeting:<district>-<body>-<year>-<number>`.',
  },
  'operating-plan': {
    channel: 'operatingPlans',
    title: 'Operating plans (운영계획)',
    description:
      "Each district's operating plan for an operating year: its projects (approved items' and the offices' own), its revisions with their reasons, and the steering committee's decision at its meeting. Key: `operating-plan:<district>-<year>`.",
  },
  'school-call': {
    channel: 'schoolCalls',
    title: 'Calls for schools (학교교부·공모)',
    description:
      "Each call for schools a project runs: opened with criteria, amount and period; the schools' applications; selection with scores and reasons; grants per school within the project's allocation; each school's report; inspections with their findings. Key: `school-call:<projectId>.call-<number>`.",
  },
  'province-survey': {
    channel: 'provinceSurveys',
    title: 'Comprehensive evaluations (종합평가)',
    description:
      "The province office's yearly survey with common indicators: its period, respondents per group (students, parents, teachers), each indicator's importance and performance province-wide and per district, and every correction. Key: `province-survey:<year>`.",
  },
  'district-evaluation': {
    channel: 'districtEvaluations',
    title: 'Self-evaluations of districts (자체평가)',
    description:
      "Each district's self-evaluation of a year: its individual indicators with target and result, the projects and agenda items each measures, the report (by SHA-256), and every correction. Key: `district-evaluation:<district>-<year>`.",
  },
};

/** `#/definitions/X` (the generated file) → `#/components/schemas/X` (the document). */
function componentRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(componentRefs);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' ? value.replace('#/definitions/', '#/components/schemas/') : componentRefs(value),
    ]),
  );
}

function headersSchema(type: string): JsonSchema {
  const text = (description: string, extra: JsonSchema = {}) => ({ type: 'string', description, ...extra });
  const erasure = type === PERSONAL_DATA_ERASED;
  return {
    type: 'object',
    required: [
      HEADERS.specVersion,
      HEADERS.id,
      HEADERS.type,
      HEADERS.source,
      HEADERS.time,
      HEADERS.subject,
      HEADERS.dataSchema,
      HEADERS.schemaVersion,
      HEADERS.streamRevision,
      HEADERS.globalPosition,
    ],
    properties: {
      [HEADERS.specVersion]: text('CloudEvents version', { const: CLOUDEVENTS_SPEC_VERSION }),
      [HEADERS.id]: text('Event id (UUID), unique across the log: consumers dedupe on it', { format: 'uuid' }),
      [HEADERS.type]: text(`Event type, with the reverse-DNS prefix ${EVENT_TYPE_PREFIX}`, { const: cloudEventType(type) }),
      [HEADERS.source]: text('`/gongron/<district>`, or `/gongron/province`', { pattern: '^/gongron/[a-z-]+$' }),
      [HEADERS.time]: text('When the event was recorded (ISO 8601, UTC, milliseconds)', { format: 'date-time' }),
      [HEADERS.subject]: text(
        erasure
          ? 'The stream that carried the erased values (e.g. `agenda-item:<itemId>` for an opinion), or `personal-data-erasure:<subject>`; also the record key'
          : 'Stream id, also the record key',
      ),
      [HEADERS.dataSchema]: text(
        'The payload schema and its version, `urn:gongron:event:<type>:v<schemaversion>` (the `$id` of the payload schema here)',
        {
          pattern: `^urn:gongron:event:${type}:v[0-9]+$`,
        },
      ),
      [HEADERS.contentType]: text('Content type of the value', { const: CONTENT_TYPE }),
      [HEADERS.correlationId]: text('Id shared by everything one request caused'),
      [HEADERS.causationId]: text('Id of the command or event that caused this one'),
      [HEADERS.schemaVersion]: text('Schema version of the payload, a whole number', { pattern: '^[0-9]+$' }),
      [HEADERS.streamRevision]: text(
        erasure
          ? "0-based revision within the log's erasure stream `privacy:erasures` (not the item's: an erasure is no event of the item)"
          : '0-based revision within the stream: per-item order',
        { pattern: '^[0-9]+$' },
      ),
      [HEADERS.globalPosition]: text('1-based position in the log', { pattern: '^[0-9]+$' }),
    },
  };
}

/** The message component of one event type, with its headers, payload schema and Kafka key. */
function messageComponent(type: string, category: string): Record<string, unknown> {
  return {
    name: type,
    title: type,
    contentType: CONTENT_TYPE,
    headers: headersSchema(type),
    payload: {
      $id: payloadSchemaId(type),
      ...(componentRefs(publishedPayloadSchema(type, generated.events[type]!.payload)) as JsonSchema),
    },
    correlationId: { location: `$message.header#/${HEADERS.correlationId}` },
    bindings: {
      kafka: {
        key:
          type === PERSONAL_DATA_ERASED
            ? {
                type: 'string',
                pattern: `^(${[...ERASED_ON, ERASURE_CATEGORY].join('|')}):`,
                description: 'The stream that carried the erased values, or personal-data-erasure:<subject>',
              }
            : { type: 'string', pattern: `^${category}:`, description: 'Stream id' },
        bindingVersion: '0.5.0',
      },
    },
    ...(type === PERSONAL_DATA_ERASED
      ? {
          summary:
            'A data subject was erased: its key was destroyed, so every value recorded under it is unreadable for good. Carries the subject id, the category, the reason and the date — never the data. ' +
            'On the same partition as the events that carried the values, after them: drop what you derived from them.',
        }
      : {}),
  };
}

/** One channel (topic) per published stream category, the operation that sends on it, and its messages. */
function channelsOf(options: AsyncApiOptions, partitions: number) {
  const naming = { prefix: options.topicPrefix ?? 'gongron', overrides: options.topics ?? {} };
  const byCategory = eventTypesByCategory();
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const category of PUBLISHED_STREAM_CATEGORIES) {
    const text = CATEGORY_TEXT[category]!;
    const topic = topicForCategory(category, naming);
    validateTopicName(`topics.${category}`, topic);
    const types = (byCategory[category] ?? []).sort();
    channels[text.channel] = {
      address: topic,
      title: text.title,
      description: text.description,
      messages: Object.fromEntries(types.map((type) => [type, { $ref: `#/components/messages/${type}` }])),
      bindings: { kafka: { topic, partitions, bindingVersion: '0.5.0' } },
    };
    operations[`publish${text.channel[0]!.toUpperCase()}${text.channel.slice(1)}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${text.channel}` },
      summary: `Every committed ${category} event, in log order, at least once.`,
      messages: types.map((type) => ({ $ref: `#/channels/${text.channel}/messages/${type}` })),
    };
    for (const type of types) {
      if (messages[type]) continue;
      messages[type] = messageComponent(type, category);
    }
  }
  return { channels, operations, messages };
}

/** The brokers as servers, and the SASL scheme they ask for, if any. */
function serversOf(options: AsyncApiOptions) {
  const servers: Record<string, unknown> = {};
  const securitySchemes: Record<string, unknown> = {};
  const sasl = options.security?.saslMechanism;
  if (sasl) {
    securitySchemes.sasl = {
      type: sasl === 'plain' ? 'plain' : sasl === 'scram-sha-256' ? 'scramSha256' : 'scramSha512',
      description: `SASL/${sasl.toUpperCase()}: a user name and password issued by the broker's operators.`,
    };
  }
  (options.brokers ?? []).forEach((host, index) => {
    servers[index === 0 ? 'kafka' : `kafka${index + 1}`] = {
      host,
      protocol: options.security?.tls ? 'kafka-secure' : 'kafka',
      description: options.security?.tls ? 'Kafka broker (TLS)' : 'Kafka broker',
      ...(sasl ? { security: [{ $ref: '#/components/securitySchemes/sasl' }] } : {}),
    };
  });
  return { servers, securitySchemes };
}

const DOCUMENT_DESCRIPTION =
  'Every event committed to the Gongron log, published by the relay in log order: one topic per stream category, ' +
  'keyed by stream id (so each item keeps its order on one partition), value = the event data as JSON, ' +
  'CloudEvents 1.0 binary-mode headers (extensions `ce_correlationid`, `ce_causationid`, `ce_schemaversion`, ' +
  '`ce_streamrevision`, `ce_globalposition`; `ce_type` is `' +
  EVENT_TYPE_PREFIX +
  '<EventType>`; `ce_dataschema` names the payload schema and its version). Delivery is at-least-once: dedupe on `ce_id`. ' +
  "No personal field is ever carried in clear text (nor in ciphertext): the fields the domain lists as personal (a member's name, a signatory's name, an opinion's text, " +
  'the person drafting a plan) are left out of the value; each payload schema names what it omits. ' +
  'The event metadata (with the acting user and their name) is not published. ' +
  'When a data subject is erased (its retention ended, or on request), a `PersonalDataErased` message without the data goes to the topic of the stream that carried its values, ' +
  "keyed by that stream id, so it follows that item's events on their partition; an acting user's erasure goes to the erasures' own topic.";

export function buildAsyncApiDocument(options: AsyncApiOptions = {}): Record<string, unknown> {
  const partitions = options.partitions ?? 3;
  if (!Number.isInteger(partitions) || partitions < 1) throw new InvalidMessagingOptionError('partitions', 'must be a whole number ≥ 1');
  const { channels, operations, messages } = channelsOf(options, partitions);
  const { servers, securitySchemes } = serversOf(options);
  return {
    asyncapi: '3.1.0',
    info: {
      title: 'Gongron domain events',
      version: options.version ?? '0.1.0',
      description: DOCUMENT_DESCRIPTION,
    },
    defaultContentType: CONTENT_TYPE,
    ...(Object.keys(servers).length > 0 ? { servers } : {}),
    channels,
    operations,
    components: {
      messages,
      schemas: componentRefs(generated.definitions),
      ...(Object.keys(securitySchemes).length > 0 ? { securitySchemes } : {}),
    },
  };
}
