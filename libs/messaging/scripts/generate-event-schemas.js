#!/usr/bin/env node
/**
 * Generates the JSON Schema of every domain event's payload from the domain's TypeScript event
 * types (ts-json-schema-generator), so payload schemas are never written by hand a second time.
 *
 *   npm run asyncapi:generate            writes libs/messaging/src/generated/event-schemas.json
 *   npm run asyncapi:generate -- --check exits 1 when the committed file is stale
 *
 * Each stream category's event union (AgendaItemEvent, ProjectEvent, AgreementEvent, RosterEvent, MeetingEvent, OperatingPlanEvent, SchoolCallEvent) is split
 * into its members; the members together must be exactly the domain's DomainEvent union.
 * The events the log records beside the workflows' (an erasure of personal data) are added by
 * their own type, under the category of the topic that carries them when no one stream does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const output = resolve(root, 'libs/messaging/src/generated/event-schemas.json');

/** Stream category → the domain's union of that category's events. */
const CATEGORY_UNIONS = {
  'agenda-item': 'AgendaItemEvent',
  project: 'ProjectEvent',
  agreement: 'AgreementEvent',
  roster: 'RosterEvent',
  meeting: 'MeetingEvent',
  'operating-plan': 'OperatingPlanEvent',
  'school-call': 'SchoolCallEvent',
  'province-survey': 'ProvinceSurveyEvent',
  'district-evaluation': 'DistrictEvaluationEvent',
};

/** Events outside DomainEvent that are published too: type → [the domain's type name, category]. */
const LOG_EVENTS = { PersonalDataErased: ['PersonalDataErased', 'personal-data-erasure'] };

function fail(message) {
  console.error(`asyncapi:generate: ${message}`);
  process.exit(1);
}

function resolveRef(schema, definitions) {
  let current = schema;
  const seen = new Set();
  while (current && typeof current.$ref === 'string') {
    const name = decodeURIComponent(current.$ref.replace('#/definitions/', ''));
    if (seen.has(name)) fail(`circular $ref ${name}`);
    seen.add(name);
    current = definitions[name];
  }
  return current;
}

/** The members of a union schema, each `{ type: <const>, data: <schema> }`. */
function eventMembers(unionName, schema, definitions) {
  const union = resolveRef(schema, definitions);
  const members = union?.anyOf ?? (union?.type === 'object' ? [union] : undefined);
  if (!members) fail(`${unionName} is not a union of event object types`);
  return members.flatMap((member) => {
    const event = resolveRef(member, definitions);
    // A union of unions (DomainEvent = AgendaItemEvent | ProjectEvent | ...) is flattened.
    if (event?.anyOf) return eventMembers(unionName, event, definitions);
    const typeSchema = event?.properties?.type;
    const type = typeSchema?.const ?? (typeSchema?.enum?.length === 1 ? typeSchema.enum[0] : undefined);
    if (typeof type !== 'string') fail(`a member of ${unionName} has no literal "type"`);
    const data = event.properties.data;
    if (!data) fail(`${type} has no "data"`);
    return [{ type, data }];
  });
}

/** Keeps only the definitions the event schemas reach, so unrelated types do not leak in. */
function reachableDefinitions(schemas, definitions) {
  const keep = {};
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (typeof node.$ref === 'string') {
      const name = decodeURIComponent(node.$ref.replace('#/definitions/', ''));
      if (!(name in keep)) {
        keep[name] = definitions[name];
        visit(definitions[name]);
      }
    }
    Object.values(node).forEach(visit);
  };
  schemas.forEach(visit);
  return Object.fromEntries(Object.entries(keep).sort(([a], [b]) => a.localeCompare(b)));
}

export function generateEventSchemas() {
  const generator = createGenerator({
    path: resolve(root, 'libs/domain/src/index.ts'),
    tsconfig: resolve(root, 'tsconfig.json'),
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    skipTypeCheck: true,
    additionalProperties: false,
    sortProps: true,
    strictTuples: false,
  });
  const events = {};
  const allDefinitions = {};
  for (const [category, unionName] of Object.entries(CATEGORY_UNIONS)) {
    const schema = generator.createSchema(unionName);
    Object.assign(allDefinitions, schema.definitions ?? {});
    for (const { type, data } of eventMembers(unionName, schema, schema.definitions ?? {})) {
      if (events[type]) fail(`event type ${type} appears in two categories`);
      events[type] = { category, payload: data };
    }
  }
  const domainEvent = generator.createSchema('DomainEvent');
  const domainTypes = eventMembers('DomainEvent', domainEvent, domainEvent.definitions ?? {})
    .map((m) => m.type)
    .sort();
  const categoryTypes = Object.keys(events).sort();
  if (JSON.stringify(domainTypes) !== JSON.stringify(categoryTypes)) {
    const missing = domainTypes.filter((t) => !categoryTypes.includes(t));
    const extra = categoryTypes.filter((t) => !domainTypes.includes(t));
    fail(`the category unions differ from DomainEvent (missing: ${missing.join(', ') || '-'}; extra: ${extra.join(', ') || '-'})`);
  }
  for (const [type, [typeName, category]] of Object.entries(LOG_EVENTS)) {
    const schema = generator.createSchema(typeName);
    Object.assign(allDefinitions, schema.definitions ?? {});
    const [member] = eventMembers(typeName, schema, schema.definitions ?? {});
    if (member?.type !== type) fail(`${typeName} does not have the type "${type}"`);
    events[type] = { category, payload: member.data };
  }
  const sortedEvents = Object.fromEntries(Object.entries(events).sort(([a], [b]) => a.localeCompare(b)));
  return {
    $comment: 'Generated from the domain event types by `npm run asyncapi:generate`; do not edit.',
    $schema: 'http://json-schema.org/draft-07/schema#',
    events: sortedEvents,
    definitions: reachableDefinitions(
      Object.values(sortedEvents).map((e) => e.payload),
      allDefinitions,
    ),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = `${JSON.stringify(generateEventSchemas(), null, 2)}\n`;
  const where = relative(process.cwd(), output);
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(output, 'utf8');
    } catch {
      fail(`${where} does not exist; run npm run asyncapi:generate`);
    }
    if (committed !== text) fail(`${where} is stale: the domain's event types changed; run npm run asyncapi:generate`);
    console.log(`${where} is up to date`);
  } else {
    writeFileSync(output, text);
    console.log(`wrote ${where}`);
  }
}
