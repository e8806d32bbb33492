/**
 * Queries over the school-grants read model: the calls per project and district, one call with
 * its applications, grants and inspections, the grants (of calls and direct) with their reports and
 * inspections, and what each project granted per funder.
 */
import { type Db, type Page, paged, whereEquals } from './queries.js';
import { notFound } from './query-error.js';
import { SCHOOL_APPLICATIONS, SCHOOL_CALLS, SCHOOL_GRANTS, SCHOOL_GRANT_TOTALS, SCHOOL_INSPECTIONS } from './read-models/school-grants.js';

type Row = Record<string, unknown>;

export interface SchoolCallFilters {
  readonly district?: string;
  readonly year?: number;
  readonly projectId?: string;
  readonly state?: string;
}

export interface SchoolGrantFilters {
  readonly district?: string;
  readonly projectId?: string;
  readonly schoolId?: string;
  /** 'call' or 'direct' (지정 교부). */
  readonly kind?: string;
}

export interface SchoolGrantTotalFilters {
  readonly district?: string;
  readonly projectId?: string;
}

/** JSON columns come back as text from SQLite and as values from PostgreSQL. */
const parsed = (value: unknown): unknown => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);
const withJson = (row: Row, columns: readonly string[]): Row =>
  Object.fromEntries(Object.entries(row).map(([name, value]) => [name, columns.includes(name) ? parsed(value) : value]));

export async function listSchoolCalls(db: Db, filters: SchoolCallFilters, page: Page) {
  const query = whereEquals(db.selectFrom(SCHOOL_CALLS).selectAll(), {
    district: filters.district,
    year: filters.year,
    project_id: filters.projectId,
    state: filters.state,
  });
  const result = await paged<Row>(query, page, ['project_id', 'number']);
  return { ...result, items: result.items.map((row) => withJson(row, ['criteria', 'levels'])) };
}

export async function schoolCallDetail(db: Db, callId: string) {
  const call = (await db.selectFrom(SCHOOL_CALLS).selectAll().where('call_id', '=', callId).executeTakeFirst()) as Row | undefined;
  if (!call) throw notFound('QUERY.SCHOOL_CALL_NOT_FOUND', `No call for schools ${callId} in the read model`);
  const rowsOf = async (table: string, orderBy: string) =>
    (await db.selectFrom(table).selectAll().where('call_id', '=', callId).orderBy(orderBy).execute()) as Row[];
  return {
    ...withJson(call, ['criteria', 'levels']),
    applications: (await rowsOf(SCHOOL_APPLICATIONS, 'received_on')).map((row) => withJson(row, ['reasons'])),
    grants: await rowsOf(SCHOOL_GRANTS, 'awarded_on'),
    inspections: (await rowsOf(SCHOOL_INSPECTIONS, 'inspected_on')).map((row) => withJson(row, ['findings'])),
  };
}

export function listSchoolGrants(db: Db, filters: SchoolGrantFilters, page: Page) {
  const query = whereEquals(db.selectFrom(SCHOOL_GRANTS).selectAll(), {
    district: filters.district,
    project_id: filters.projectId,
    school_id: filters.schoolId,
    kind: filters.kind,
  });
  return paged<Row>(query, page, ['project_id', 'awarded_on', 'grant_id']);
}

/** What each project granted to schools per funder, its calls' and direct grants together. */
export function listSchoolGrantTotals(db: Db, filters: SchoolGrantTotalFilters, page: Page) {
  const query = whereEquals(db.selectFrom(SCHOOL_GRANT_TOTALS).selectAll(), { district: filters.district, project_id: filters.projectId });
  return paged<Row>(query, page, ['project_id']);
}
