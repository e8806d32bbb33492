/**
 * Queries over the read models: filters, pagination and the public projections of them.
 * Public variants select only columns without personal data (no actor ids or names).
 */
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { invalidQuery, notFound } from './query-error.js';
import { isIsoDate } from '@gongron/domain';
import { AGENDA_BOARD } from './read-models/agenda-board.js';
import { AGREEMENTS, AGREEMENT_AMENDMENTS, AGREEMENT_PROJECTS } from './read-models/agreement-register.js';
import { BUDGET_AMENDMENTS, BUDGET_LEDGER } from './read-models/budget-ledger.js';
import { DECISION_REGISTER } from './read-models/decision-register.js';
import { DASHBOARD_COUNTS, DASHBOARD_MONEY } from './read-models/province-dashboard.js';
import { MEETINGS, ROSTER_MEMBERS } from './read-models/meetings.js';
import { IPA_ITEMS, IPA_SCOPES, PROVINCE_SCOPE } from './read-models/importance-performance.js';
import { OPERATING_PLAN_PROJECTS, OPERATING_PLANS, PROJECT_DELIBERATIONS } from './read-models/operating-plans.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Db = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Query = SelectQueryBuilder<any, any, any>;

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

export interface PageOf<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export const MAX_LIMIT = 500;

export function parsePage(limit: string | undefined, offset: string | undefined): Page {
  const page = { limit: 50, offset: 0 };
  if (limit !== undefined && limit !== '') {
    if (!/^\d{1,4}$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_LIMIT) {
      throw invalidQuery('QUERY.INVALID_LIMIT', 'limit', `limit must be a whole number from 1 to ${MAX_LIMIT}, got "${limit}"`);
    }
    page.limit = Number(limit);
  }
  if (offset !== undefined && offset !== '') {
    if (!/^\d{1,9}$/.test(offset))
      throw invalidQuery('QUERY.INVALID_OFFSET', 'offset', `offset must be a whole number ≥ 0, got "${offset}"`);
    page.offset = Number(offset);
  }
  return page;
}

/** Adds `column = value` for each filter given (undefined and '' are ignored). */
export function whereEquals<Q extends Query>(query: Q, filters: Readonly<Record<string, string | number | undefined>>): Q {
  let out = query;
  for (const [column, value] of Object.entries(filters)) {
    if (value === undefined || value === '') continue;
    out = out.where(column, '=', value) as Q;
  }
  return out;
}

export async function paged<T>(query: Query, page: Page, orderBy: readonly string[]): Promise<PageOf<T>> {
  const countRow = (await query
    .clearSelect()
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst()) as { n: number | string } | undefined;
  let rows = query;
  for (const column of orderBy) rows = rows.orderBy(column);
  const items = (await rows.limit(page.limit).offset(page.offset).execute()) as T[];
  return { items, total: Number(countRow?.n ?? 0), limit: page.limit, offset: page.offset };
}

export function parseYear(value: string | undefined, field = 'year'): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{4}$/.test(value)) throw invalidQuery('QUERY.INVALID_YEAR', field, `${field} must be a four-digit year, got "${value}"`);
  return Number(value);
}

export function parseGoal(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[123]$/.test(value)) throw invalidQuery('QUERY.INVALID_GOAL', 'goal', `goal must be 1, 2 or 3, got "${value}"`);
  return Number(value);
}

/** Checks a filter against its allowed values, naming the field when it is not one of them. */
export function oneOf(value: string | undefined, allowed: readonly string[], field: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!allowed.includes(value)) {
    throw invalidQuery('QUERY.INVALID_VALUE', field, `${field} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value;
}

// ---------------------------------------------------------------- agenda board

export interface AgendaBoardFilters {
  readonly district?: string;
  readonly body?: string;
  readonly state?: string;
  readonly taskCode?: string;
  readonly goal?: number;
  readonly proposerCategory?: string;
  /** Words the title contains, anywhere (Korean has no word boundaries worth trusting): every word must occur. */
  readonly text?: string;
  /**
   * The items proposed in one civic council: those naming one of `codes`, and with `orUnnamed`
   * (the district's default council) those naming none.
   */
  readonly council?: { readonly codes: readonly string[]; readonly orUnnamed: boolean };
}

/** Most words of a title search, and the longest; more is refused rather than scanned. */
export const TEXT_SEARCH_LIMITS = { words: 8, length: 100 } as const;

export function parseTextSearch(value: string | undefined, field = 'text'): string | undefined {
  if (value === undefined) return undefined;
  const text = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (text === '') return undefined;
  if (text.length > TEXT_SEARCH_LIMITS.length || text.split(' ').length > TEXT_SEARCH_LIMITS.words) {
    throw invalidQuery(
      'QUERY.INVALID_VALUE',
      field,
      `${field} may have at most ${TEXT_SEARCH_LIMITS.words} words and ${TEXT_SEARCH_LIMITS.length} characters`,
    );
  }
  return text;
}

/** `column` contains every word of `text`, as a substring, ignoring ASCII case; LIKE's wildcards in the words are literal. */
export function whereContainsWords<Q extends Query>(query: Q, column: string, text: string | undefined): Q {
  if (text === undefined) return query;
  let out = query;
  for (const word of text.toLowerCase().split(' ')) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    out = out.where(sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`) as Q;
  }
  return out;
}

export const AGENDA_BOARD_PUBLIC_COLUMNS = [
  'item_id',
  'district',
  'body',
  'state',
  'title',
  'proposer_category',
  'task_code',
  'goal',
  'proposed_on',
  'project_id',
  'opinions',
  'deferrals',
  'last_event_type',
  'last_changed_at',
  'last_effective_at',
  'revision',
] as const;

export function listAgendaBoard(db: Db, filters: AgendaBoardFilters, page: Page) {
  let board = db.selectFrom(AGENDA_BOARD).select([...AGENDA_BOARD_PUBLIC_COLUMNS, 'council', 'source', 'position']);
  const council = filters.council;
  if (council !== undefined) {
    board = board.where((eb) =>
      eb.or([
        ...(council.codes.length > 0 ? [eb('council', 'in', [...council.codes])] : []),
        ...(council.orUnnamed ? [eb('council', 'is', null)] : []),
      ]),
    );
  }
  const query = whereEquals(board, {
    district: filters.district,
    body: filters.body,
    state: filters.state,
    task_code: filters.taskCode,
    goal: filters.goal,
    proposer_category: filters.proposerCategory,
  });
  return paged<Record<string, unknown>>(whereContainsWords(query, 'title', filters.text), page, ['district', 'last_changed_at', 'item_id']);
}

/** Item counts per district × body × state. */
export async function agendaBoardCounts(
  db: Db,
  district?: string,
): Promise<{ district: string; body: string; state: string; items: number }[]> {
  const query = whereEquals(
    db
      .selectFrom(AGENDA_BOARD)
      .select(['district', 'body', 'state', (eb) => eb.fn.countAll().as('items')])
      .groupBy(['district', 'body', 'state']),
    { district },
  );
  const rows = (await query.orderBy('district').orderBy('body').orderBy('state').execute()) as {
    district: string;
    body: string;
    state: string;
    items: number | string;
  }[];
  return rows.map((r) => ({ ...r, items: Number(r.items) }));
}

// ---------------------------------------------------------------- decision register

export interface DecisionFilters {
  readonly district?: string;
  readonly kind?: string;
  readonly decision?: string;
  readonly body?: string;
  readonly year?: number;
  readonly itemId?: string;
  readonly meetingId?: string;
  readonly from?: string;
  readonly to?: string;
}

export const DECISION_PUBLIC_COLUMNS = [
  'event_id',
  'item_id',
  'district',
  'item_title',
  'kind',
  'decision',
  'body',
  'meeting_id',
  'meeting_title',
  'decided_on',
  'year',
  'on_roll',
  'present',
  'votes_for',
  'votes_against',
  'abstain',
  'conditions',
  'text',
  'task_code',
  'project_id',
  'recorded_at',
] as const;

export const decisionKinds = ['adoption', 'dismissal', 'review', 'deferral', 'feedback'] as const;

export function listDecisions(db: Db, filters: DecisionFilters, page: Page, audience: 'public' | 'internal') {
  // The decision's text (a dismissal's reason, a review's feedback, a summary) is free text a
  // secretary wrote and may name a person: it is not public.
  const columns =
    audience === 'public'
      ? [...DECISION_PUBLIC_COLUMNS.filter((column) => column !== 'text'), 'actor_role']
      : [...DECISION_PUBLIC_COLUMNS, 'actor_id', 'actor_role', 'actor_name', 'position'];
  let query = whereEquals(db.selectFrom(DECISION_REGISTER).select(columns), {
    district: filters.district,
    kind: filters.kind,
    decision: filters.decision,
    body: filters.body,
    year: filters.year,
    item_id: filters.itemId,
    meeting_id: filters.meetingId,
  });
  if (filters.from) query = query.where('decided_on', '>=', filters.from);
  if (filters.to) query = query.where('decided_on', '<=', filters.to);
  return paged<Record<string, unknown>>(query, page, ['decided_on', 'position']).then((result) => ({
    ...result,
    items: result.items.map((row) => ({
      ...row,
      conditions: typeof row.conditions === 'string' ? JSON.parse(row.conditions) : row.conditions,
    })),
  }));
}

export function parseDate(value: string | undefined, field: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw invalidQuery('QUERY.INVALID_DATE', field, `${field} must be a date YYYY-MM-DD, got "${value}"`);
  // The same calendar rule the commands apply: 2024-02-30 is refused, not read as March 1st.
  if (!isIsoDate(value)) throw invalidQuery('QUERY.INVALID_DATE', field, `${field} is not a real date: "${value}"`);
  return value;
}

// ---------------------------------------------------------------- budget ledger

export interface LedgerFilters {
  readonly district?: string;
  readonly year?: number;
  readonly goal?: number;
  readonly taskCode?: string;
  readonly funder?: string;
  readonly projectId?: string;
  readonly state?: string;
}

const ledgerFilters = (filters: LedgerFilters) => ({
  district: filters.district,
  year: filters.year,
  goal: filters.goal,
  task_code: filters.taskCode,
  funder: filters.funder,
  project_id: filters.projectId,
  project_state: filters.state,
});

/** Per project and funder: planned, allocated, amended, spent, returned and remaining (allocated − spent − returned). */
export function listBudgetLedger(db: Db, filters: LedgerFilters, page: Page) {
  const query = whereEquals(
    db
      .selectFrom(BUDGET_LEDGER)
      .select([
        'project_id',
        'funder',
        'district',
        'year',
        'goal',
        'task_code',
        'title',
        'project_state',
        'agreement_id',
        'source_item_id',
        'planned',
        'initial_allocation',
        'allocated',
        'amended',
        'spent',
        'returned',
        'expenditures',
        'amendments',
        'last_changed_at',
        sql<number>`allocated - spent - returned`.as('remaining'),
      ]),
    ledgerFilters(filters),
  );
  return paged<Record<string, unknown>>(query, page, ['district', 'year', 'project_id', 'funder']);
}

export const ledgerGroupings = ['district', 'year', 'goal', 'task_code', 'funder'] as const;
export type LedgerGrouping = (typeof ledgerGroupings)[number];

/** Sums of the ledger grouped by any of district, year, goal, task and funder. */
export async function budgetLedgerTotals(db: Db, filters: LedgerFilters, groupBy: readonly LedgerGrouping[]) {
  const sum = (column: string) => sql<number>`coalesce(sum(${sql.ref(column)}), 0)`.as(column);
  let query = whereEquals(
    db
      .selectFrom(BUDGET_LEDGER)
      .select([
        ...groupBy,
        sql<number>`count(distinct project_id)`.as('projects'),
        sum('planned'),
        sum('allocated'),
        sum('amended'),
        sum('spent'),
        sum('returned'),
        sql<number>`coalesce(sum(allocated - spent - returned), 0)`.as('remaining'),
      ]),
    ledgerFilters(filters),
  );
  if (groupBy.length > 0) query = query.groupBy([...groupBy]);
  for (const column of groupBy) query = query.orderBy(column);
  const rows = (await query.execute()) as Record<string, unknown>[];
  const numeric = ['projects', 'planned', 'allocated', 'amended', 'spent', 'returned', 'remaining', 'year', 'goal'];
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, numeric.includes(k) && v !== null ? Number(v) : v])));
}

export function parseGroupBy(value: string | undefined): LedgerGrouping[] {
  if (value === undefined || value === '') return ['district', 'year'];
  const parts = value.split(',').map((p) => (p.trim() === 'task' ? 'task_code' : p.trim()));
  for (const part of parts) oneOf(part, ledgerGroupings, 'groupBy');
  return [...new Set(parts)] as LedgerGrouping[];
}

export interface AmendmentFilters {
  readonly district?: string;
  readonly year?: number;
  readonly projectId?: string;
  readonly agreementId?: string;
}

export function listBudgetAmendments(db: Db, filters: AmendmentFilters, page: Page, audience: 'public' | 'internal') {
  const columns = [
    'amendment_id',
    'project_id',
    'agreement_id',
    'district',
    'year',
    'kind',
    'previous_education_office',
    'previous_local_government',
    'new_education_office',
    'new_local_government',
    'proposed_by',
    'consented_by',
    'consented_on',
    'recorded_at',
  ];
  const query = whereEquals(
    db.selectFrom(BUDGET_AMENDMENTS).select(audience === 'public' ? columns : [...columns, 'consenter_id', 'consenter_role', 'position']),
    {
      district: filters.district,
      year: filters.year,
      project_id: filters.projectId,
      agreement_id: filters.agreementId,
    },
  );
  return paged<Record<string, unknown>>(query, page, ['consented_on', 'amendment_id', 'project_id']);
}

// ---------------------------------------------------------------- agreements

export interface AgreementFilters {
  readonly district?: string;
  readonly year?: number;
  readonly state?: string;
}

const AGREEMENT_PUBLIC_COLUMNS = [
  'agreement_id',
  'district',
  'year',
  'state',
  'education_office_signed_on',
  'education_office_signatory',
  'local_government_signed_on',
  'local_government_signatory',
  'in_force_from',
  'in_force_until',
  'projects',
  'budget_education_office',
  'budget_local_government',
  'amendments_proposed',
  'amendments_consented',
  'amendments_refused',
  'last_changed_at',
];

export function listAgreements(db: Db, filters: AgreementFilters, page: Page, audience: 'public' | 'internal') {
  const columns =
    audience === 'public'
      ? AGREEMENT_PUBLIC_COLUMNS
      : [...AGREEMENT_PUBLIC_COLUMNS, 'education_office_signatory_name', 'local_government_signatory_name'];
  const query = whereEquals(db.selectFrom(AGREEMENTS).select(columns), filters as Record<string, string | number | undefined>);
  return paged<Record<string, unknown>>(query, page, ['year', 'district']);
}

export async function agreementDetail(db: Db, agreementId: string, audience: 'public' | 'internal') {
  const columns =
    audience === 'public'
      ? AGREEMENT_PUBLIC_COLUMNS
      : [...AGREEMENT_PUBLIC_COLUMNS, 'education_office_signatory_name', 'local_government_signatory_name'];
  const agreement = await db.selectFrom(AGREEMENTS).select(columns).where('agreement_id', '=', agreementId).executeTakeFirst();
  if (!agreement) throw notFound('QUERY.AGREEMENT_NOT_FOUND', `No agreement ${agreementId} in the register`);
  const projects = await db
    .selectFrom(AGREEMENT_PROJECTS)
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('project_id')
    .execute();
  const amendments = (await db
    .selectFrom(AGREEMENT_AMENDMENTS)
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('proposed_on')
    .orderBy('amendment_id')
    .execute()) as Record<string, unknown>[];
  return {
    ...agreement,
    projects,
    amendments: amendments.map((a) => ({ ...a, changes: typeof a.changes === 'string' ? JSON.parse(a.changes) : a.changes })),
  };
}

// ---------------------------------------------------------------- dashboard

export interface DistrictDashboard {
  readonly district: string;
  readonly items: Record<string, number>;
  readonly itemsByGoal: Record<string, number>;
  readonly decisions: Record<string, number>;
  readonly projects: Record<string, number>;
  readonly projectsByGoal: Record<string, number>;
  readonly money: {
    year: number;
    projects: number;
    planned: Record<string, number>;
    allocated: Record<string, number>;
    spent: Record<string, number>;
    returned: Record<string, number>;
  }[];
  readonly totals: { items: number; projects: number; allocated: number; spent: number };
}

const dimensionField: Readonly<Record<string, keyof DistrictDashboard>> = {
  'item-state': 'items',
  'item-goal': 'itemsByGoal',
  decision: 'decisions',
  'project-state': 'projects',
  'project-goal': 'projectsByGoal',
};

/** Per district totals for the public dashboard (every district of the catalogue appears). */
export async function provinceDashboard(db: Db, districts: readonly string[], only?: string): Promise<DistrictDashboard[]> {
  const counts = (await whereEquals(db.selectFrom(DASHBOARD_COUNTS).selectAll(), { district: only }).execute()) as {
    district: string;
    dimension: string;
    value: string;
    count: number | string;
  }[];
  const money = (await whereEquals(db.selectFrom(DASHBOARD_MONEY).selectAll(), { district: only }).orderBy('year').execute()) as Record<
    string,
    number | string
  >[];
  const byDistrict = new Map<string, DistrictDashboard>();
  for (const district of only ? [only] : districts) {
    byDistrict.set(district, {
      district,
      items: {},
      itemsByGoal: {},
      decisions: {},
      projects: {},
      projectsByGoal: {},
      money: [],
      totals: { items: 0, projects: 0, allocated: 0, spent: 0 },
    });
  }
  for (const row of counts) {
    const entry = byDistrict.get(row.district);
    const field = dimensionField[row.dimension];
    if (!entry || !field || Number(row.count) === 0) continue;
    (entry[field] as Record<string, number>)[row.value] = Number(row.count);
    if (row.dimension === 'item-state') entry.totals.items += Number(row.count);
    if (row.dimension === 'project-state') entry.totals.projects += Number(row.count);
  }
  for (const row of money) {
    const entry = byDistrict.get(String(row.district));
    if (!entry) continue;
    const pair = (prefix: string) => ({
      'education-office': Number(row[`${prefix}_education_office`]),
      'local-government': Number(row[`${prefix}_local_government`]),
      total: Number(row[`${prefix}_education_office`]) + Number(row[`${prefix}_local_government`]),
    });
    const year = {
      year: Number(row.year),
      projects: Number(row.projects),
      planned: pair('planned'),
      allocated: pair('allocated'),
      spent: pair('spent'),
      returned: pair('returned'),
    };
    entry.money.push(year);
    entry.totals.allocated += year.allocated.total;
    entry.totals.spent += year.spent.total;
  }
  return [...byDistrict.values()];
}

// ---------------------------------------------------------------- meetings and rosters

export interface MeetingFilters {
  readonly district?: string;
  readonly body?: string;
  /** A civic council other than the default one; null: the default council's (and the other bodies') meetings only. */
  readonly council?: string | null;
  readonly year?: number;
  readonly state?: string;
  readonly from?: string;
  readonly to?: string;
}

const parseJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

function meetingRow(
  row: Record<string, unknown>,
): Record<string, unknown> & { readonly district: string; readonly body: string; readonly council: string | null } {
  const { position: _position, ...rest } = row;
  return {
    ...rest,
    district: String(row.district),
    body: String(row.body),
    council: typeof row.council === 'string' ? row.council : null,
    agenda: parseJson(row.agenda) ?? [],
    on_roll: parseJson(row.on_roll) ?? [],
    attending: parseJson(row.attending) ?? [],
    minutes_attachments: parseJson(row.minutes_attachments) ?? [],
    starts_at_instant: `${String(row.held_on)}T${String(row.starts_at)}:00+09:00`,
  };
}

/** Meetings of a district and body, by date. */
export async function listMeetings(db: Db, filters: MeetingFilters, page: Page) {
  let query = whereEquals(db.selectFrom(MEETINGS).selectAll(), {
    district: filters.district,
    body: filters.body,
    year: filters.year,
    state: filters.state,
  });
  if (filters.council === null) query = query.where('council', 'is', null);
  else if (filters.council !== undefined) query = query.where('council', '=', filters.council);
  if (filters.from) query = query.where('held_on', '>=', filters.from);
  if (filters.to) query = query.where('held_on', '<=', filters.to);
  const result = await paged<Record<string, unknown>>(query, page, ['held_on', 'starts_at', 'meeting_id']);
  return { ...result, items: result.items.map(meetingRow) };
}

/** One meeting with its attendance by member (names from the roster) and the decisions taken at it. */
export async function meetingDetail(db: Db, meetingId: string) {
  const row = (await db.selectFrom(MEETINGS).selectAll().where('meeting_id', '=', meetingId).executeTakeFirst()) as
    Record<string, unknown> | undefined;
  if (!row) throw notFound('QUERY.MEETING_NOT_FOUND', `No meeting ${meetingId} in the read model`);
  const meeting = meetingRow(row);
  const onRoll = meeting.on_roll as string[];
  const attending = new Set(meeting.attending as string[]);
  const members =
    onRoll.length === 0
      ? []
      : ((await db
          .selectFrom(ROSTER_MEMBERS)
          .select(['member_id', 'name', 'category', 'role'])
          .where('district', '=', row.district)
          .where('body', '=', row.body)
          .where('council', '=', row.council ?? '')
          .where('member_id', 'in', onRoll)
          .execute()) as Record<string, unknown>[]);
  const byId = new Map(members.map((member) => [member.member_id, member]));
  const decisions = (await db
    .selectFrom(DECISION_REGISTER)
    .select([...DECISION_PUBLIC_COLUMNS, 'actor_role'])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute()) as Record<string, unknown>[];
  return {
    ...meeting,
    attendance: onRoll.map((memberId) => ({ member_id: memberId, ...(byId.get(memberId) ?? {}), present: attending.has(memberId) })),
    decisions: decisions.map((decision) => ({ ...decision, conditions: parseJson(decision.conditions) })),
  };
}

/** The roster of a body (a civic council other than the default one: `council`) on a Korean date: the members on roll (재적) that day. */
export async function rosterAsOf(db: Db, district: string, body: string, date: string, council: string | null = null) {
  const members = await db
    .selectFrom(ROSTER_MEMBERS)
    .select(['member_id', 'name', 'category', 'role', 'term_from', 'term_until', 'left_on'])
    .where('district', '=', district)
    .where('body', '=', body)
    .where('council', '=', council ?? '')
    .where('term_from', '<=', date)
    .where((eb) => eb.or([eb('term_until', 'is', null), eb('term_until', '>=', date)]))
    .where((eb) => eb.or([eb('left_on', 'is', null), eb('left_on', '>', date)]))
    .orderBy('member_id')
    .execute();
  return { district, body, council, date, on_roll: members.length, members };
}

/** One scope of a year's importance–performance analysis: its means, its items by quadrant order, scores back on the survey's scale. */
export interface ImportancePerformance {
  readonly year: number;
  readonly scope: string;
  readonly title: string | null;
  readonly means: { readonly importance: number; readonly performance: number } | null;
  readonly respondents: unknown;
  readonly period: unknown;
  readonly items: readonly {
    readonly indicatorId: string;
    readonly name: string;
    readonly taskCode: string | null;
    readonly importance: number;
    readonly performance: number;
    readonly quadrant: string;
  }[];
}

/** The IPA of a year, province-wide or for one district; undefined when the year's survey has no such scope. */
export async function importancePerformanceOf(db: Db, year: number, scope: string): Promise<ImportancePerformance | undefined> {
  const head = await db.selectFrom(IPA_SCOPES).selectAll().where('year', '=', year).where('scope', '=', scope).executeTakeFirst();
  if (head === undefined) return undefined;
  const province =
    scope === PROVINCE_SCOPE
      ? head
      : await db.selectFrom(IPA_SCOPES).selectAll().where('year', '=', year).where('scope', '=', PROVINCE_SCOPE).executeTakeFirst();
  const rows = await db
    .selectFrom(IPA_ITEMS)
    .select(['indicator_id', 'name', 'task_code', 'importance', 'performance', 'quadrant'])
    .where('year', '=', year)
    .where('scope', '=', scope)
    .orderBy('item_order')
    .execute();
  return {
    year,
    scope,
    title: (head.title as string | null) ?? null,
    means: parseJson(head.means) as ImportancePerformance['means'],
    respondents: parseJson(province?.respondents ?? null),
    period: parseJson(province?.period ?? null),
    items: rows.map((row) => ({
      indicatorId: String(row.indicator_id),
      name: String(row.name),
      taskCode: (row.task_code as string | null) ?? null,
      importance: Number(row.importance) / 100,
      performance: Number(row.performance) / 100,
      quadrant: String(row.quadrant),
    })),
  };
}

/** The districts a year's survey has results for. */
export async function importancePerformanceScopes(db: Db, year: number): Promise<string[]> {
  const rows = await db.selectFrom(IPA_SCOPES).select(['scope']).where('year', '=', year).orderBy('scope').execute();
  return rows.map((row) => String(row.scope));
}

// ---------------------------------------------------------------- operating plans

export interface OperatingPlanFilters {
  readonly district?: string;
  readonly year?: number;
  readonly status?: string;
}

export function listOperatingPlans(db: Db, filters: OperatingPlanFilters, page: Page) {
  const query = whereEquals(db.selectFrom(OPERATING_PLANS).selectAll(), filters as Record<string, string | number | undefined>);
  return paged<Record<string, unknown>>(query, page, ['year', 'district']);
}

/** One plan with its projects, each with the deliberation it traces to (0 in `deliberated` is 미심의). */
export async function operatingPlanDetail(db: Db, district: string, year: number) {
  const plan = await db
    .selectFrom(OPERATING_PLANS)
    .selectAll()
    .where('district', '=', district)
    .where('year', '=', year)
    .executeTakeFirst();
  if (!plan) throw notFound('QUERY.OPERATING_PLAN_NOT_FOUND', `No operating plan of ${district} for ${year} in the register`);
  const projects = await db
    .selectFrom(`${OPERATING_PLAN_PROJECTS} as p`)
    .leftJoin(`${PROJECT_DELIBERATIONS} as d`, 'd.project_id', 'p.project_id')
    .select([
      'p.project_id',
      'p.title',
      'p.task_code',
      'p.goal',
      'p.budget_education_office',
      'p.budget_local_government',
      'p.origin',
      'p.source_agenda_item_id',
      'p.added_on',
      'd.deliberated',
      'd.plan_id as deliberated_in_plan',
    ])
    .where('p.plan_id', '=', plan.plan_id)
    .orderBy('p.task_code')
    .orderBy('p.project_id')
    .execute();
  return { ...plan, projectList: projects };
}

export interface ProjectDeliberationFilters {
  readonly district?: string;
  readonly year?: number;
  /** 0: only the projects marked 미심의; 1: only those deliberated. */
  readonly deliberated?: number;
}

/** The projects with the deliberation each traces to; cancelled projects are left out. */
export function listProjectDeliberations(db: Db, filters: ProjectDeliberationFilters, page: Page) {
  const query = whereEquals(
    db.selectFrom(PROJECT_DELIBERATIONS).selectAll().where('cancelled', '=', 0),
    filters as Record<string, string | number | undefined>,
  );
  return paged<Record<string, unknown>>(query, page, ['year', 'district', 'project_id']);
}

export async function projectDeliberation(db: Db, projectId: string) {
  const row = await db.selectFrom(PROJECT_DELIBERATIONS).selectAll().where('project_id', '=', projectId).executeTakeFirst();
  if (!row) throw notFound('QUERY.PROJECT_NOT_FOUND', `No project ${projectId} in the register`);
  return row;
}
