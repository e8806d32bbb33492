/**
 * Completes the OpenAPI document Nest builds from the decorators, so that it states what the
 * server really does: every query parameter typed from the same catalogues its parser checks
 * against, every read answer's schema (`read-schemas.ts`), every refusal as
 * `application/problem+json` with the problem schema — including the ones any route can give
 * (401 and 403 where a token is needed, 429 rate limits, 503 overload) — public routes marked
 * as needing no token, and the server and licence.
 */
import type { OpenAPIObject } from '@nestjs/swagger';
import { bodyCodes, districtCodes, funders, taskCodes } from '@gongron/domain';
import { agendaStates, decisionKinds, ledgerGroupings, projectStates } from '@gongron/projections';
import { readResponses, readSchemas, type Schema } from './read-schemas.js';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const PROBLEM_REF = { $ref: '#/components/schemas/ProblemDto' };

const year: Schema = { type: 'integer', minimum: 1000, maximum: 9999, example: 2024 };
const date = (description: string): Schema => ({ type: 'string', format: 'date', description });

/** The schema of each query parameter, by name; `state` depends on the resource. */
const QUERY_SCHEMAS: Record<string, Schema> = {
  district: { type: 'string', enum: [...districtCodes] },
  body: { type: 'string', enum: [...bodyCodes] },
  taskCode: { type: 'string', enum: [...taskCodes] },
  funder: { type: 'string', enum: [...funders] },
  goal: { type: 'integer', enum: [1, 2, 3] },
  year,
  kind: { type: 'string', enum: [...decisionKinds] },
  decision: { type: 'string' },
  itemId: { type: 'string' },
  projectId: { type: 'string' },
  agreementId: { type: 'string', pattern: '^[a-z]+-[0-9]{4}$', example: 'suwon-2024' },
  proposerCategory: { type: 'string' },
  from: date('Earliest date, inclusive'),
  to: date('Latest date, inclusive'),
  limit: { type: 'integer', minimum: 1 },
  offset: { type: 'integer', minimum: 0, default: 0 },
  groupBy: { type: 'string', pattern: `^(${ledgerGroupings.join('|')})(,(${ledgerGroupings.join('|')}))*$`, example: 'district,year' },
  stream: { type: 'string', example: 'agenda-item:3f1c…' },
  asOf: { type: 'string', description: 'An ISO 8601 instant, or a date YYYY-MM-DD (the end of that day, Korea time)' },
  atRevision: { type: 'integer', minimum: 0 },
  fromRevision: { type: 'integer', minimum: 0, default: 0 },
  timeline: { type: 'string', enum: ['recorded', 'effective'], default: 'recorded' },
  format: { type: 'string', enum: ['jsonl', 'csv'], default: 'jsonl' },
  include: { type: 'string', enum: ['resolved'] },
};

function stateSchema(path: string): Schema {
  const states: readonly string[] = /budget|project/.test(path) ? projectStates : agendaStates;
  return { type: 'string', enum: [...states] };
}

const PATH_SCHEMAS: Record<string, Schema> = {
  district: { type: 'string', enum: [...districtCodes] },
  year,
};

interface Parameter {
  name: string;
  in: string;
  schema?: Schema;
  example?: unknown;
  [key: string]: unknown;
}

interface Response {
  description?: string;
  content?: Record<string, { schema?: unknown }>;
  headers?: Record<string, unknown>;
}

interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  responses: Record<string, Response>;
  security?: unknown[];
}

function isEmptySchema(schema: Schema | undefined): boolean {
  return schema === undefined || Object.keys(schema).length === 0 || (Object.keys(schema).length === 1 && schema.type === 'string');
}

function typeParameters(path: string, operation: Operation): void {
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in === 'query') {
      const known = parameter.name === 'state' ? stateSchema(path) : QUERY_SCHEMAS[parameter.name];
      if (known && isEmptySchema(parameter.schema)) parameter.schema = { ...known };
      else if (known && parameter.schema && !parameter.schema.type) parameter.schema = { ...known, ...parameter.schema };
      if (parameter.name === 'limit' && parameter.schema)
        parameter.schema = { ...parameter.schema, maximum: path.startsWith('/audit/streams') ? 5000 : 500 };
      parameter.schema ??= { type: 'string' };
      if (!parameter.schema.type && !parameter.schema.enum) parameter.schema = { type: 'string', ...parameter.schema };
    } else if (parameter.in === 'path') {
      const known = PATH_SCHEMAS[parameter.name];
      // The path's own parser decides the type; a decorator's example stays.
      if (known)
        parameter.schema = {
          ...(parameter.schema ?? {}),
          ...known,
          ...(parameter.schema?.example !== undefined ? { example: parameter.schema.example } : {}),
        };
      parameter.schema ??= { type: 'string' };
    }
    // An example must fit its schema (a year written as text, say).
    if (parameter.example !== undefined && parameter.schema?.type === 'integer' && typeof parameter.example === 'string') {
      parameter.example = Number(parameter.example);
    }
    if (
      parameter.schema &&
      parameter.schema.example !== undefined &&
      parameter.schema.type === 'integer' &&
      typeof parameter.schema.example === 'string'
    ) {
      parameter.schema = { ...parameter.schema, example: Number(parameter.schema.example) };
    }
  }
}

const problem = (description: string, headers?: Record<string, unknown>): Response => ({
  description,
  content: { [PROBLEM_MEDIA_TYPE]: { schema: PROBLEM_REF } },
  ...(headers ? { headers } : {}),
});

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } };
const WWW_AUTHENTICATE = {
  'WWW-Authenticate': {
    description: 'The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused',
    schema: { type: 'string' },
  },
};

function completeResponses(operation: Operation, secured: boolean): void {
  const responses = operation.responses;
  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) < 400) continue;
    // Refusals are problems, whatever a decorator declared.
    response.content = { [PROBLEM_MEDIA_TYPE]: { schema: PROBLEM_REF } };
  }
  const hasInput = (operation.parameters ?? []).length > 0 || 'requestBody' in operation;
  if (hasInput) responses['400'] ??= problem('Invalid input: the problem names the field');
  if (secured) {
    responses['401'] ??= problem('No token, or an unknown, revoked or expired one');
    responses['401'].headers = { ...(responses['401'].headers ?? {}), ...WWW_AUTHENTICATE };
    responses['403'] ??= problem("The token's role or scope does not admit this");
  }
  responses['429'] ??= problem('Too many requests from this address or with this token, or too many failed authentications', RETRY_AFTER);
  responses['503'] ??= problem('The server or its database cannot take the request now', RETRY_AFTER);
}

function setReadResponse(operation: Operation): void {
  const declared = operation.operationId ? readResponses[operation.operationId] : undefined;
  if (!declared) return;
  const status = String(declared.status ?? 200);
  const content =
    'schema' in declared ? { 'application/json': { schema: { $ref: `#/components/schemas/${declared.schema}` } } } : declared.content;
  const existing = operation.responses[status] ?? operation.responses['200'] ?? operation.responses['201'];
  for (const code of Object.keys(operation.responses)) if (code.startsWith('2') && code !== status) delete operation.responses[code];
  operation.responses[status] = { description: existing?.description || 'OK', content: content as Response['content'] };
}

export function completeOpenApiDocument(document: OpenAPIObject): OpenAPIObject {
  const doc = document as unknown as {
    info: Record<string, unknown>;
    servers?: unknown[];
    security?: unknown[];
    paths: Record<string, Record<string, Operation>>;
    components: { schemas?: Record<string, unknown> };
  };
  doc.info.license = { name: 'MIT', url: 'https://opensource.org/licenses/MIT' };
  doc.servers = [{ url: '/', description: 'This server' }];
  doc.components.schemas = { ...(doc.components.schemas ?? {}), ...readSchemas };
  doc.security = [{ bearer: [] }];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const operation of Object.values(methods)) {
      // Routes without a bearer requirement are public: no token needed.
      const secured = Array.isArray(operation.security) && operation.security.length > 0;
      if (!secured) operation.security = [];
      typeParameters(path, operation);
      setReadResponse(operation);
      completeResponses(operation, secured);
    }
  }
  return document;
}
