/**
 * The response schemas of the read routes. Rows of the read models are derived from the
 * projections' own table definitions (one declaration of each column and its type); the few
 * shapes that are not table rows are written here, and an e2e suite validates every read
 * route's real answer against them.
 */
import { bodyCodes, districtCodes, funders, ipaQuadrants, schoolLevels } from '@gongron/domain';
import {
  AGENDA_BOARD,
  OPERATING_PLAN_PROJECTS,
  OPERATING_PLANS,
  PROJECT_DELIBERATIONS,
  AGREEMENT_AMENDMENTS,
  AGREEMENT_PROJECTS,
  AGREEMENTS,
  BUDGET_AMENDMENTS,
  BUDGET_LEDGER,
  DECISION_REGISTER,
  MEETINGS,
  SCHOOL_APPLICATIONS,
  SCHOOL_CALLS,
  SCHOOL_GRANTS,
  SCHOOL_GRANT_TOTALS,
  SCHOOL_INSPECTIONS,
  ROSTER_MEMBERS,
  ledgerGroupings,
  readModelProjections,
} from '@gongron/projections';
import viewSchemas from './generated/view-schemas.json' with { type: 'json' };
import { publicSiteResponses, publicSiteSchemas } from '../public-site/public-schemas.js';

export type Schema = Record<string, unknown>;

const integer: Schema = { type: 'integer' };
const text: Schema = { type: 'string' };
const dateTime: Schema = { type: 'string', format: 'date-time' };

const tables = new Map(readModelProjections.flatMap((projection) => projection.tables.map((table) => [table.name, table] as const)));

/**
 * One row of a read-model table as the API returns it: every column with its type, nullable
 * where the table allows null, `omit` for the columns a route leaves out (personal fields on
 * public routes), `extra` for computed ones.
 */
function row(tableName: string, options: { omit?: readonly string[]; extra?: Record<string, Schema>; description?: string } = {}): Schema {
  const table = tables.get(tableName);
  if (!table) throw new Error(`no read-model table ${tableName}`);
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const column of table.columns) {
    if (options.omit?.includes(column.name)) continue;
    const base: Schema = column.type === 'integer' ? { type: 'integer' } : column.type === 'json' ? {} : { type: 'string' };
    const key = table.primaryKey.includes(column.name);
    const nullable = !key && column.nullable !== false;
    properties[column.name] = nullable && column.type !== 'json' ? { ...base, nullable: true } : base;
    if (!nullable) required.push(column.name);
  }
  Object.assign(properties, options.extra ?? {});
  return { type: 'object', ...(options.description ? { description: options.description } : {}), required, properties };
}

function pageOf(item: Schema): Schema {
  return {
    type: 'object',
    required: ['items', 'total', 'limit', 'offset'],
    properties: { items: { type: 'array', items: item }, total: integer, limit: integer, offset: integer },
  };
}

const object = (properties: Record<string, Schema>, required: readonly string[] = Object.keys(properties)): Schema => ({
  type: 'object',
  required: [...required],
  properties,
});

const anyObject: Schema = { type: 'object', additionalProperties: true };

/** A checkpoint the log signed, as the transparency routes answer it. */
const signedCheckpoint: Record<string, Schema> = {
  origin: text,
  treeSize: integer,
  rootHash: { type: 'string', description: 'Hex', pattern: '^[0-9a-f]{64}$' },
  time: text,
  note: { type: 'string', description: 'The C2SP signed note: checkpoint text, an empty line, signature lines' },
  key: { type: 'string', description: 'The verifier key: <name>+<key hash>+<base64 Ed25519 key>' },
};

const PERSONAL_DECISION_COLUMNS = ['actor_id', 'actor_name', 'position'];
const PERSONAL_AMENDMENT_COLUMNS = ['consenter_id', 'consenter_role', 'consenter_name', 'position'];

const agendaBoardRow = row(AGENDA_BOARD, { description: 'One agenda item where it stands' });
const publicAgendaBoardRow = row(AGENDA_BOARD, { omit: ['source', 'position', 'council'] });
const conditions: Schema = {
  type: 'array',
  items: { type: 'string' },
  nullable: true,
  description: 'Conditions or recommendations attached to the decision, when any',
};
const decisionRow = row(DECISION_REGISTER, { extra: { conditions } });
const publicDecisionRow = row(DECISION_REGISTER, { omit: PERSONAL_DECISION_COLUMNS, extra: { conditions } });
/** On the public route the decision's free text (reason, feedback) stays out too. */
const publicRouteDecisionRow = row(DECISION_REGISTER, { omit: [...PERSONAL_DECISION_COLUMNS, 'text'], extra: { conditions } });
const ledgerBase = row(BUDGET_LEDGER, {
  omit: ['position'],
  extra: { remaining: { type: 'integer', description: 'allocated − spent − returned, in won' } },
});
const ledgerRow: Schema = { ...ledgerBase, required: [...(ledgerBase.required as string[]), 'remaining'] };
const amendmentRow = row(BUDGET_AMENDMENTS);
const publicAmendmentRow = row(BUDGET_AMENDMENTS, { omit: PERSONAL_AMENDMENT_COLUMNS });
const agreementRow = row(AGREEMENTS, { omit: ['position'] });
const publicAgreementRow = row(AGREEMENTS, { omit: ['education_office_signatory_name', 'local_government_signatory_name', 'position'] });
const counts = object({
  counts: {
    type: 'array',
    items: object({
      district: { type: 'string', enum: [...districtCodes] },
      body: { type: 'string', enum: [...bodyCodes] },
      state: text,
      items: integer,
    }),
  },
});
const money = ['projects', 'planned', 'allocated', 'amended', 'spent', 'returned', 'remaining'];
const totals = object({
  totals: {
    type: 'array',
    items: {
      type: 'object',
      description: `One group: the groupBy fields (${ledgerGroupings.join(', ')}) and the sums, in won`,
      required: money,
      properties: {
        district: text,
        year: integer,
        goal: integer,
        task_code: text,
        funder: { type: 'string', enum: [...funders] },
        ...Object.fromEntries(money.map((name) => [name, integer])),
      },
    },
  },
});
const perFunder = object({ 'education-office': integer, 'local-government': integer, total: integer });
const dashboard = object({
  district: { type: 'string', enum: [...districtCodes] },
  items: { type: 'object', description: 'Agenda items by state', additionalProperties: integer },
  itemsByGoal: { type: 'object', additionalProperties: integer },
  decisions: { type: 'object', description: 'Decisions by kind', additionalProperties: integer },
  projects: { type: 'object', description: 'Projects by state', additionalProperties: integer },
  projectsByGoal: { type: 'object', additionalProperties: integer },
  money: {
    type: 'array',
    items: object({ year: integer, projects: integer, planned: perFunder, allocated: perFunder, spent: perFunder, returned: perFunder }),
  },
  totals: object({ items: integer, projects: integer, allocated: integer, spent: integer }),
});
const agreementDetail = (personal: boolean): Schema => {
  const base = personal ? agreementRow : publicAgreementRow;
  return {
    ...base,
    required: [...(base.required as string[]), 'projects', 'amendments'],
    properties: {
      ...(base.properties as Record<string, Schema>),
      projects: { type: 'array', items: row(AGREEMENT_PROJECTS) },
      amendments: { type: 'array', items: row(AGREEMENT_AMENDMENTS, { extra: { changes: { type: 'array', items: anyObject } } }) },
    },
  };
};
const operatingPlanRow = row(OPERATING_PLANS);
const projectDeliberationRow = row(PROJECT_DELIBERATIONS, {
  description: 'A project and the deliberation it traces to; deliberated 0 is the 미심의 (not deliberated) mark',
});
const operatingPlanDetail: Schema = {
  ...operatingPlanRow,
  required: [...(operatingPlanRow.required as string[]), 'projectList'],
  properties: {
    ...(operatingPlanRow.properties as Record<string, Schema>),
    projectList: {
      type: 'array',
      items: row(OPERATING_PLAN_PROJECTS, {
        omit: ['plan_id'],
        extra: {
          deliberated: { type: 'integer', nullable: true, description: '1 when an approved item or plan deliberated it; 0 is 미심의' },
          deliberated_in_plan: { type: 'string', nullable: true, description: 'The approved plan that lists it' },
        },
      }),
    },
  },
};
const meetingRow = row(MEETINGS, {
  omit: ['position'],
  extra: { starts_at_instant: { type: 'string', description: 'When it starts, as an instant in KST (+09:00)' } },
  description: 'One meeting (회의) of a body',
});
const attendance = object({ member_id: text, name: text, category: text, role: text, present: { type: 'boolean' } }, [
  'member_id',
  'present',
]);
const meetingDetail: Schema = {
  ...meetingRow,
  required: [...(meetingRow.required as string[]), 'attendance', 'decisions'],
  properties: {
    ...(meetingRow.properties as Record<string, Schema>),
    attendance: {
      type: 'array',
      description: 'Every member on roll that day, with their name from the roster and whether attending',
      items: attendance,
    },
    decisions: {
      type: 'array',
      description: 'The decisions taken at the meeting (the decision register’s rows naming it)',
      items: publicDecisionRow,
    },
  },
};
const rosterAsOf = object({
  district: { type: 'string', enum: [...districtCodes] },
  body: { type: 'string', enum: [...bodyCodes] },
  council: {
    type: 'string',
    nullable: true,
    description: "A civic council other than the district's first (null: the first, or another body)",
  },
  date: { type: 'string', format: 'date' },
  on_roll: { type: 'integer', description: 'Members on roll (재적) that day' },
  members: { type: 'array', items: row(ROSTER_MEMBERS, { omit: ['district', 'body', 'council', 'last_changed_at'] }) },
});
const actor = object({ id: text, role: text, district: text, body: text, party: text, name: text }, ['id', 'role']);
const storedEvent = object(
  {
    position: integer,
    revision: integer,
    id: { type: 'string', format: 'uuid' },
    type: text,
    schemaVersion: integer,
    recordedAt: dateTime,
    actor,
    correlationId: text,
    causationId: text,
    data: anyObject,
    hash: text,
    previousHash: text,
  },
  ['position', 'revision', 'id', 'type', 'schemaVersion', 'recordedAt', 'data', 'hash', 'previousHash'],
);
const stateAsOf = object(
  {
    streamId: text,
    revision: { type: 'integer', description: 'The revision the state stands at (-1: nothing yet)' },
    timeline: { type: 'string', enum: ['recorded', 'effective'] },
    asOf: dateTime,
    lastRecordedAt: dateTime,
    lastEventType: text,
    state: anyObject,
  },
  ['streamId', 'revision', 'timeline', 'state'],
);
const verification = object(
  {
    ok: { type: 'boolean' },
    streamsChecked: integer,
    eventsChecked: integer,
    brokenLink: { ...anyObject, description: 'The first broken link in log order, when ok is false' },
  },
  ['ok', 'streamsChecked', 'eventsChecked'],
);
const projectionStatus = object(
  {
    name: text,
    description: text,
    version: integer,
    builtVersion: { type: 'integer', nullable: true },
    generation: { type: 'integer', nullable: true },
    position: integer,
    headPosition: integer,
    lag: integer,
    eventsApplied: integer,
    updatedAt: { type: 'string', nullable: true },
    state: text,
    tables: { type: 'array', items: text },
    rebuild: { ...anyObject, nullable: true },
  },
  ['name', 'version', 'position', 'headPosition', 'lag', 'state'],
);
const parked = object(
  {
    id: { type: 'string', description: 'processManager:causeEventId:index' },
    processManager: text,
    causeEventId: text,
    causeType: text,
    causePosition: integer,
    reactionIndex: integer,
    command: anyObject,
    code: text,
    message: text,
    reason: { type: 'string', description: 'The refusal in the language asked for (Accept-Language)' },
    refusal: anyObject,
    parkedAt: dateTime,
    attempts: integer,
    lastAttemptAt: dateTime,
    resolvedAt: { ...dateTime, nullable: true },
    resolution: { type: 'string', enum: ['applied', 'already-done'], nullable: true },
  },
  ['id', 'command', 'code', 'message', 'reason', 'parkedAt', 'attempts'],
);
const retryOutcome = { ...anyObject, description: 'What the retry did: applied, already done, or refused again (still parked)' };
const health = object(
  {
    status: { type: 'string', enum: ['ok', 'error', 'shutting_down'] },
    info: anyObject,
    error: anyObject,
    details: anyObject,
  },
  ['status'],
);

/** One item, project or agreement as folded from the log, its state typed by the domain's view. */
const streamState = (view: string): Schema =>
  object({
    streamId: text,
    revision: { type: 'integer', description: 'Also the ETag' },
    state: { $ref: `#/components/schemas/${view}` },
    allowedActions: { type: 'array', items: text, description: 'Commands allowed now' },
  });

/** Response schemas by component name. */
export const readSchemas: Record<string, Schema> = {
  ...(viewSchemas.schemas as Record<string, Schema>),
  ...publicSiteSchemas,
  AgendaItemStream: streamState('AgendaItemView'),
  ProjectStream: streamState('ProjectView'),
  AgreementStream: streamState('AgreementView'),
  MeetingStream: streamState('MeetingView'),
  SchoolCallStream: streamState('SchoolCallView'),
  SchoolCallPage: pageOf(row(SCHOOL_CALLS)),
  SchoolCallDetail: row(SCHOOL_CALLS, {
    extra: {
      applications: { type: 'array', items: row(SCHOOL_APPLICATIONS) },
      grants: { type: 'array', items: row(SCHOOL_GRANTS) },
      inspections: { type: 'array', items: row(SCHOOL_INSPECTIONS) },
    },
  }),
  SchoolGrantPage: pageOf(row(SCHOOL_GRANTS)),
  SchoolGrantTotalsPage: pageOf(row(SCHOOL_GRANT_TOTALS)),
  ProvinceSurveyStream: streamState('ProvinceSurveyView'),
  DistrictEvaluationStream: streamState('DistrictEvaluationView'),
  ImportancePerformance: object({
    year: integer,
    scope: { type: 'string', description: "'province' or a district code" },
    title: { type: 'string', nullable: true },
    means: {
      type: 'object',
      nullable: true,
      required: ['importance', 'performance'],
      properties: { importance: { type: 'number' }, performance: { type: 'number' } },
    },
    respondents: {
      type: 'object',
      nullable: true,
      required: ['students', 'parents', 'teachers'],
      properties: { students: integer, parents: integer, teachers: integer },
    },
    period: { type: 'object', nullable: true, required: ['from', 'to'], properties: { from: text, to: text } },
    items: {
      type: 'array',
      items: object({
        indicatorId: text,
        name: text,
        taskCode: { type: 'string', nullable: true },
        importance: { type: 'number' },
        performance: { type: 'number' },
        quadrant: { type: 'string', enum: [...ipaQuadrants] },
      }),
    },
    districts: {
      type: 'array',
      items: { type: 'string', enum: [...districtCodes] },
      description: 'The districts the survey has results for',
    },
  }),
  SchoolList: object({
    schools: {
      type: 'array',
      items: object({
        schoolId: text,
        name: text,
        level: { type: 'string', enum: [...schoolLevels] },
        district: { type: 'string', enum: [...districtCodes] },
      }),
    },
  }),
  OperatingPlanStream: streamState('OperatingPlanView'),
  AgendaBoardPage: pageOf(agendaBoardRow),
  PublicAgendaBoardPage: pageOf(publicAgendaBoardRow),
  AgendaBoardCounts: counts,
  DecisionPage: pageOf(decisionRow),
  PublicDecisionPage: pageOf(publicRouteDecisionRow),
  BudgetLedgerPage: pageOf(ledgerRow),
  BudgetTotals: totals,
  BudgetAmendmentPage: pageOf(amendmentRow),
  PublicBudgetAmendmentPage: pageOf(publicAmendmentRow),
  AgreementPage: pageOf(agreementRow),
  PublicAgreementPage: pageOf(publicAgreementRow),
  AgreementDetail: agreementDetail(true),
  MeetingPage: pageOf(meetingRow),
  OperatingPlanPage: pageOf(operatingPlanRow),
  OperatingPlanDetail: operatingPlanDetail,
  ProjectDeliberationPage: pageOf(projectDeliberationRow),
  ProjectDeliberation: projectDeliberationRow,
  MeetingDetail: meetingDetail,
  RosterAsOf: rosterAsOf,
  DistrictDashboard: dashboard,
  ProvinceDashboard: object({ districts: { type: 'array', items: { $ref: '#/components/schemas/DistrictDashboard' } } }),
  StreamEventsPage: object(
    {
      streamId: text,
      revision: integer,
      events: { type: 'array', items: storedEvent },
      next: { type: 'integer', nullable: true, description: 'fromRevision of the next page' },
    },
    ['streamId', 'revision', 'events'],
  ),
  StateAsOf: stateAsOf,
  BoardAsOf: object({ district: text, asOf: dateTime, items: { type: 'array', items: agendaBoardRow } }),
  Verification: verification,
  SignedCheckpoint: object(signedCheckpoint),
  ProofBundle: object({
    format: { type: 'string', enum: ['gongron-proof-bundle/v1'] },
    event: {
      ...anyObject,
      description:
        'The event as stored: id, type, schemaVersion, streamId, revision, position, recordedAt, data, metadata, hash, previousHash',
    },
    leafIndex: integer,
    inclusionProof: { type: 'array', items: text, description: 'Hex hashes from the leaf up (RFC 9162 §2.1.3.1)' },
    checkpoint: { type: 'string', description: 'The signed checkpoint the proof leads to' },
  }),
  ConsistencyProof: object({ size1: integer, root1: text, size2: integer, root2: text, proof: { type: 'array', items: text } }),
  Witness: object({
    district: { type: 'string', enum: [...districtCodes] },
    party: { type: 'string', enum: [...funders] },
    keyName: { type: 'string', description: 'The key name of its cosignature/v1 lines' },
    verifierKey: { type: 'string', description: 'The verifier key: <name>+<key hash>+<base64 Ed25519 key>' },
    registeredOn: { type: 'string', format: 'date', description: 'The Korean day of the registration' },
    position: { type: 'integer', description: 'The log position of the registration event' },
  }),
  Witnesses: { type: 'array', items: { $ref: '#/components/schemas/Witness' } },
  CosignedCheckpoints: object({
    items: { type: 'array', items: { $ref: '#/components/schemas/CosignedCheckpoint' } },
    next: { type: 'integer', nullable: true, description: 'The `before` of the next page (null: no older checkpoint)' },
  }),
  CosignedCheckpoint: object(
    {
      ...signedCheckpoint,
      note: { type: 'string', description: "The C2SP signed note with the log's signature and every valid cosignature line" },
      cosignatures: {
        type: 'array',
        items: object({
          witness: { type: 'string', description: "The witness key's name" },
          district: { type: 'string', enum: [...districtCodes] },
          party: { type: 'string', enum: [...funders] },
          time: { type: 'string', description: 'When the witness cosigned (ISO 8601, from its cosignature)' },
        }),
      },
    },
    ['origin', 'treeSize', 'rootHash', 'note', 'key', 'cosignatures'],
  ),
  ProjectionStatuses: object({ projections: { type: 'array', items: projectionStatus } }),
  RebuildAccepted: object({
    accepted: { type: 'boolean' },
    projections: { type: 'array', items: text },
    status: { type: 'string', description: 'Where every projection stands: GET /admin/projections' },
    id: { type: 'string', format: 'uuid', description: 'The run' },
    rebuild: { type: 'string', description: 'Where the run stands: GET /admin/projections/rebuilds/{id}' },
    events: { type: 'string', description: 'The run as server-sent events: GET /admin/projections/rebuilds/{id}/events' },
  }),
  ProcessManagerStatuses: object({ processManagers: { type: 'array', items: object({ name: text, position: integer, parked: integer }) } }),
  ParkedReactions: object({ parked: { type: 'array', items: parked } }),
  ParkedReaction: parked,
  RetryOutcome: retryOutcome,
  RetryOutcomes: object({ outcomes: { type: 'array', items: retryOutcome } }),
  Health: health,
  AsyncApiDocument: {
    ...object(
      {
        asyncapi: { type: 'string', example: '3.1.0' },
        info: anyObject,
        channels: anyObject,
        operations: anyObject,
        components: anyObject,
      },
      ['asyncapi', 'info', 'channels'],
    ),
    additionalProperties: true,
    description: 'An AsyncAPI 3.1 document',
  },
};

/** Which schema each read operation answers with (2xx), by operationId. */
export const readResponses: Record<string, { status?: number; schema: string } | { status?: number; content: Record<string, Schema> }> = {
  ...publicSiteResponses,
  AgendaItemsController_get: { schema: 'AgendaItemStream' },
  ProjectsController_get: { schema: 'ProjectStream' },
  AgreementsController_get: { schema: 'AgreementStream' },
  MeetingsController_get: { schema: 'MeetingStream' },
  SchoolCallsController_get: { schema: 'SchoolCallStream' },
  EvaluationsController_survey: { schema: 'ProvinceSurveyStream' },
  EvaluationsController_districtEvaluation: { schema: 'DistrictEvaluationStream' },
  EvaluationsController_importancePerformance: { schema: 'ImportancePerformance' },
  SchoolCallsController_listSchools: { schema: 'SchoolList' },
  SchoolCallRegisterController_calls: { schema: 'SchoolCallPage' },
  SchoolCallRegisterController_call: { schema: 'SchoolCallDetail' },
  SchoolCallRegisterController_grants: { schema: 'SchoolGrantPage' },
  SchoolCallRegisterController_totals: { schema: 'SchoolGrantTotalsPage' },
  SchoolCallsController_directGrants: { schema: 'SchoolCallStream' },
  OperatingPlansController_get: { schema: 'OperatingPlanStream' },
  ReadModelsController_agendaBoard: { schema: 'AgendaBoardPage' },
  ReadModelsController_agendaBoardCounts: { schema: 'AgendaBoardCounts' },
  ReadModelsController_decisions: { schema: 'DecisionPage' },
  ReadModelsController_budgetLedger: { schema: 'BudgetLedgerPage' },
  ReadModelsController_budgetTotals: { schema: 'BudgetTotals' },
  ReadModelsController_amendments: { schema: 'BudgetAmendmentPage' },
  ReadModelsController_agreements: { schema: 'AgreementPage' },
  ReadModelsController_agreement: { schema: 'AgreementDetail' },
  ReadModelsController_operatingPlans: { schema: 'OperatingPlanPage' },
  ReadModelsController_operatingPlan: { schema: 'OperatingPlanDetail' },
  ReadModelsController_projectDeliberations: { schema: 'ProjectDeliberationPage' },
  ReadModelsController_projectDeliberation: { schema: 'ProjectDeliberation' },
  MeetingRegisterController_meetings: { schema: 'MeetingPage' },
  MeetingRegisterController_meeting: { schema: 'MeetingDetail' },
  MeetingRegisterController_roster: { schema: 'RosterAsOf' },
  PublicController_dashboard: { schema: 'ProvinceDashboard' },
  PublicController_districtDashboard: { schema: 'DistrictDashboard' },
  PublicController_decisions: { schema: 'PublicDecisionPage' },
  PublicController_agendaBoard: { schema: 'PublicAgendaBoardPage' },
  PublicController_agendaBoardCounts: { schema: 'AgendaBoardCounts' },
  PublicController_budget: { schema: 'BudgetTotals' },
  PublicController_amendments: { schema: 'PublicBudgetAmendmentPage' },
  PublicController_agreements: { schema: 'PublicAgreementPage' },
  AuditController_streamEvents: { schema: 'StreamEventsPage' },
  AuditController_agendaItem: { schema: 'StateAsOf' },
  AuditController_project: { schema: 'StateAsOf' },
  AuditController_agreement: { schema: 'StateAsOf' },
  AuditController_board: { schema: 'BoardAsOf' },
  AuditController_verify: { schema: 'Verification' },
  AuditController_verifyAgainstSaved: { schema: 'Verification' },
  AuditController_export: {
    content: {
      'application/x-ndjson': { schema: { type: 'string', description: 'One stored event as JSON per line, in log order' } },
      'text/csv': { schema: { type: 'string', description: 'One stored event per row, with a header row' } },
    },
  },
  ...Object.fromEntries(
    (['history', 'decisions', 'budgetLedger'] as const).map((operation) => [
      `AuditExportsController_${operation}`,
      {
        content: {
          'text/csv': {
            schema: {
              type: 'string',
              description: 'UTF-8 with a byte-order mark; a header row of Korean column names, one row per record',
            },
          },
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
            schema: { type: 'string', format: 'binary', description: 'One sheet, Korean column names in the first row' },
          },
          'application/x-ndjson': { schema: { type: 'string', description: 'One record as JSON per line' } },
        },
      },
    ]),
  ),
  AdminProjectionsController_status: { schema: 'ProjectionStatuses' },
  AdminProjectionsController_rebuild: { status: 202, schema: 'RebuildAccepted' },
  ProcessManagersController_status: { schema: 'ProcessManagerStatuses' },
  ProcessManagersController_list: { schema: 'ParkedReactions' },
  ProcessManagersController_one: { schema: 'ParkedReaction' },
  ProcessManagersController_retryAll: { schema: 'RetryOutcomes' },
  ProcessManagersController_retry: { schema: 'RetryOutcome' },
  HealthController_live: { schema: 'Health' },
  HealthController_ready: { schema: 'Health' },
  HealthController_check: { schema: 'Health' },
  AsyncApiController_get: { schema: 'AsyncApiDocument' },
  TransparencyController_publicKey: {
    content: { 'text/plain': { schema: { type: 'string', description: '<name>+<key hash>+<base64 Ed25519 key>' } } },
  },
  TransparencyController_latestCheckpoint: { schema: 'SignedCheckpoint' },
  TransparencyController_issueCheckpoint: { status: 201, schema: 'SignedCheckpoint' },
  TransparencyController_inclusion: { schema: 'ProofBundle' },
  TransparencyController_consistency: { schema: 'ConsistencyProof' },
  TransparencyController_publicConsistency: { schema: 'ConsistencyProof' },
  TransparencyController_registeredWitnesses: { schema: 'Witnesses' },
  TransparencyController_registerWitness: { status: 201, schema: 'Witness' },
  TransparencyController_checkpointAt: { schema: 'CosignedCheckpoint' },
  TransparencyController_checkpointList: { schema: 'CosignedCheckpoints' },
  TransparencyController_cosign: { status: 201, schema: 'CosignedCheckpoint' },
};
