#!/usr/bin/env node
/**
 * Generates the OpenAPI schemas of what `GET /agenda-items/{id}`, `GET /projects/{id}` and
 * `GET /agreements/{district}/{year}` and `GET /meetings/{id}` show as `state` from the domain's view types
 * (AgendaItemView, ProjectView, AgreementView, MeetingView, OperatingPlanView, SchoolCallView) with ts-json-schema-generator, so the answers'
 * shapes are never written by hand a second time and the web's typed client follows the domain.
 *
 *   npm run openapi:views            writes apps/api/src/openapi/generated/view-schemas.json
 *   npm run openapi:views -- --check exits 1 when the committed file is stale
 *
 * JSON Schema's `null` type becomes OpenAPI 3.0's `nullable` (with null among an enum's values).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const output = resolve(root, 'apps/api/src/openapi/generated/view-schemas.json');
const VIEWS = [
  'AgendaItemView',
  'ProjectView',
  'AgreementView',
  'MeetingView',
  'OperatingPlanView',
  'SchoolCallView',
  'ProvinceSurveyView',
  'DistrictEvaluationView',
];

function fail(message) {
  console.error(`openapi:views: ${message}`);
  process.exit(1);
}

/** A JSON Schema (draft-07, everything inlined) as an OpenAPI 3.0 schema. */
export function toOpenApi(schema) {
  if (Array.isArray(schema)) return schema.map(toOpenApi);
  if (!schema || typeof schema !== 'object') return schema;
  const { $schema: _schema, definitions: _definitions, ...raw } = schema;
  let node = raw;
  for (const key of ['anyOf', 'oneOf']) {
    if (!Array.isArray(node[key]) || !node[key].some((member) => member.type === 'null')) continue;
    const members = node[key].filter((member) => member.type !== 'null');
    const { [key]: _union, ...others } = node;
    node = withNull(members.length === 1 ? { ...others, ...members[0] } : { ...others, [key]: members });
  }
  if (Array.isArray(node.type) && node.type.includes('null')) {
    const types = node.type.filter((type) => type !== 'null');
    if (types.length !== 1) fail(`a union of ${node.type.join(', ')} has no OpenAPI 3.0 form`);
    node = withNull({ ...node, type: types[0] });
  }
  if (node.type === 'null') fail('a value that is always null has no OpenAPI 3.0 form');
  if ('const' in node) {
    const { const: value, ...others } = node;
    node = { ...others, enum: [value] };
  }
  const nullable = node.nullable === true;
  node = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, key === 'properties' ? mapValues(value) : key === 'enum' ? value : toOpenApi(value)]),
  );
  return nullable ? withNull(node) : node;
}

function withNull(node) {
  return { ...node, nullable: true, ...(Array.isArray(node.enum) && !node.enum.includes(null) ? { enum: [...node.enum, null] } : {}) };
}

function mapValues(properties) {
  return Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, toOpenApi(value)]));
}

export function generateViewSchemas() {
  const generator = createGenerator({
    path: resolve(root, 'libs/domain/src/index.ts'),
    tsconfig: resolve(root, 'tsconfig.json'),
    expose: 'none',
    topRef: false,
    jsDoc: 'extended',
    skipTypeCheck: true,
    additionalProperties: false,
    sortProps: true,
    strictTuples: false,
  });
  return {
    $comment: 'Generated from the domain view types by `npm run openapi:views`; do not edit.',
    schemas: Object.fromEntries(VIEWS.map((name) => [name, toOpenApi(generator.createSchema(name))])),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = `${JSON.stringify(generateViewSchemas(), null, 2)}\n`;
  const where = relative(process.cwd(), output);
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(output, 'utf8');
    } catch {
      fail(`${where} does not exist; run npm run openapi:views`);
    }
    if (committed !== text) fail(`${where} is stale: the domain's view types changed; run npm run openapi:views`);
    console.log(`${where} is up to date`);
  } else {
    writeFileSync(output, text);
    console.log(`wrote ${where}`);
  }
}
