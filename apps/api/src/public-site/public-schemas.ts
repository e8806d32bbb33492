/** The response schemas of the public site's JSON routes (public-site.controller.ts), merged into the OpenAPI document by read-schemas.ts. */
import { bodyCodes, districtCodes, funders } from '@gongron/domain';

type Schema = Record<string, unknown>;

const integer: Schema = { type: 'integer' };
const text: Schema = { type: 'string' };
const nullableText: Schema = { type: 'string', nullable: true };
const nullableInteger: Schema = { type: 'integer', nullable: true };
const object = (properties: Record<string, Schema>, required: readonly string[] = Object.keys(properties)): Schema => ({
  type: 'object',
  required: [...required],
  properties,
});
const array = (items: Schema): Schema => ({ type: 'array', items });
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const district: Schema = { type: 'string', enum: [...districtCodes] };

const perFunder = object({ 'education-office': integer, 'local-government': integer, total: integer });
const perFunderMaybe = object({ 'education-office': nullableInteger, 'local-government': nullableInteger });
const asOf = object(
  {
    position: { type: 'integer', description: 'Every event up to this global log position is reflected' },
    updatedAt: { type: 'string', nullable: true, description: 'When the read models last caught up (instant)' },
  },
  ['position', 'updatedAt'],
);
const decision = object({
  eventId: text,
  itemId: text,
  itemTitle: text,
  kind: text,
  decision: text,
  body: text,
  decidedOn: { type: 'string', format: 'date' },
  taskCode: nullableText,
  tally: object({
    onRoll: nullableInteger,
    present: nullableInteger,
    for: nullableInteger,
    against: nullableInteger,
    abstain: nullableInteger,
  }),
  recordedAt: text,
});
const project = object({
  projectId: text,
  title: text,
  year: integer,
  goal: nullableInteger,
  taskCode: nullableText,
  state: text,
  agreementId: nullableText,
  planned: ref('PublicPerFunder'),
  allocated: ref('PublicPerFunder'),
  spent: ref('PublicPerFunder'),
  remaining: ref('PublicPerFunder'),
});
const amendment = object({
  amendmentId: text,
  projectId: text,
  projectTitle: nullableText,
  year: nullableInteger,
  kind: text,
  previous: perFunderMaybe,
  next: perFunderMaybe,
  proposedBy: { type: 'string', enum: [...funders] },
  consentedBy: { type: 'string', enum: [...funders] },
  consentedOn: { type: 'string', format: 'date' },
});
const party = object({
  institution: text,
  signatory: { type: 'string', description: '교육장, 시장 or 군수 (a title, never a name)' },
  signedOn: nullableText,
});
const change = object({
  kind: text,
  projectId: text,
  title: nullableText,
  budget: { ...object({ 'education-office': integer, 'local-government': integer }), nullable: true },
});
const column = object({
  key: text,
  ko: text,
  en: text,
  type: { type: 'string', enum: ['text', 'integer', 'date', 'won'] },
  description: object({ ko: text, en: text }),
});

export const publicSiteSchemas: Record<string, Schema> = {
  PublicAsOf: asOf,
  PublicPerFunder: perFunder,
  PublicDecision: decision,
  PublicProject: project,
  PublicAmendment: amendment,
  PublicProvince: object({
    asOf: ref('PublicAsOf'),
    regions: array(
      object({
        code: text,
        name: text,
        englishName: text,
        districts: array(district),
        totals: object({
          districts: integer,
          items: integer,
          projects: integer,
          decisions: integer,
          allocated: integer,
          spent: integer,
        }),
      }),
    ),
    districts: array(
      object({ district, region: text, items: integer, projects: integer, decisions: integer, allocated: integer, spent: integer }),
    ),
  }),
  PublicOrganisation: object({
    regions: array(object({ code: text, name: text, englishName: text, districts: array(district) })),
    districts: array(
      object({
        district,
        region: object({ code: text, name: text, englishName: text }),
        bodies: array(object({ code: { type: 'string', enum: [...bodyCodes] }, name: text })),
        civicCouncils: array(object({ code: text, name: text })),
      }),
    ),
  }),
  PublicDistrict: object({
    district,
    region: object({ code: text, name: text, englishName: text }),
    bodies: array(object({ code: { type: 'string', enum: [...bodyCodes] }, name: text })),
    civicCouncils: array(object({ code: text, name: text })),
    year: nullableInteger,
    years: array(integer),
    asOf: ref('PublicAsOf'),
    decisions: object({ total: integer, items: array(ref('PublicDecision')) }),
    projects: array(ref('PublicProject')),
    totals: object({
      planned: ref('PublicPerFunder'),
      allocated: ref('PublicPerFunder'),
      spent: ref('PublicPerFunder'),
      remaining: ref('PublicPerFunder'),
    }),
    goals: array(object({ goal: integer, projects: integer, allocated: ref('PublicPerFunder'), spent: ref('PublicPerFunder') })),
    amendments: array(ref('PublicAmendment')),
    agreement: { ...object({ state: text, inForceFrom: nullableText, inForceUntil: nullableText }), nullable: true },
  }),
  PublicAgreementForm: object({
    district,
    year: integer,
    state: text,
    asOf: ref('PublicAsOf'),
    parties: object({ 'education-office': party, 'local-government': party }),
    inForceFrom: nullableText,
    inForceUntil: nullableText,
    projects: array(
      object({ projectId: text, title: text, goal: nullableInteger, taskCode: nullableText, budget: ref('PublicPerFunder') }),
    ),
    totals: ref('PublicPerFunder'),
    amendments: array(
      object({ amendmentId: text, proposedBy: text, proposedOn: text, decidedOn: nullableText, status: text, changes: array(change) }),
    ),
    articles: object({
      title: text,
      preamble: text,
      article1: text,
      article2: text,
      amendments: array(text),
      noAmendments: text,
      article3: text,
      term: text,
      asOf: text,
    }),
  }),
  OpenDataDictionary: object({
    asOf: ref('PublicAsOf'),
    formats: array({ type: 'string', enum: ['csv', 'json', 'xlsx'] }),
    datasets: array(
      object({
        name: text,
        title: object({ ko: text, en: text }),
        description: object({ ko: text, en: text }),
        columns: array(column),
        files: array(text),
      }),
    ),
  }),
};

const file = (type: string, description: string) => ({
  content: { [type]: { schema: { type: 'string', format: 'binary', description } } },
});

export const publicSiteResponses = {
  PublicSiteController_province: { schema: 'PublicProvince' },
  PublicSiteController_district: { schema: 'PublicDistrict' },
  PublicSiteController_organisation: { schema: 'PublicOrganisation' },
  PublicSiteController_agreement: { schema: 'PublicAgreementForm' },
  PublicSiteController_dictionary: { schema: 'OpenDataDictionary' },
  PublicSiteController_feed: { content: { 'application/atom+xml': { schema: { type: 'string', description: 'An Atom 1.0 feed' } } } },
  PublicSiteController_agreementPdf: file('application/pdf', 'The 부속합의서 as a PDF'),
  PublicSiteController_openData: {
    content: {
      'text/csv': { schema: { type: 'string', description: 'UTF-8 with BOM, Korean column names' } },
      'application/json': {
        schema: { type: 'object', additionalProperties: true, description: 'dataset, title, district, asOf, columns, rows' },
      },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
    },
  },
} as const;
