/**
 * What the public pages, the 부속합의서 PDF, the open data and the Atom feed read: composed from
 * the read models, never from the log, and never a personal field — no person's name, no actor
 * id, no opinion, no free text a council or a citizen wrote (a decision's reason, an amendment's
 * reason). Each answer says how fresh it is: the log position the read models it used have
 * reached, and when they got there.
 */
import {
  bodyCodes,
  civicCouncilsOf,
  districtOf,
  districtCodes,
  funders,
  localBodyName,
  officeOf,
  type Organisation,
  regionOf,
  signatoryTitle,
  type DistrictCode,
  type Funder,
} from '@gongron/domain';
import {
  AGREEMENT_AMENDMENTS,
  AGREEMENT_PROJECTS,
  AGREEMENTS,
  BUDGET_AMENDMENTS,
  BUDGET_LEDGER,
  CHECKPOINTS_TABLE,
  DECISION_REGISTER,
  type Db,
  notFound,
  provinceDashboard,
} from '@gongron/projections';

/** The read models the public views are made of. */
export const PUBLIC_READ_MODELS = ['decision-register', 'budget-ledger', 'agreement-register', 'province-dashboard'] as const;

export interface AsOf {
  /** Every event up to this global log position is reflected (the lowest checkpoint of the views used). */
  readonly position: number;
  /** When the read models last moved their checkpoints (an instant; pages show it in KST). */
  readonly updatedAt: string | null;
}

export async function publicAsOf(db: Db): Promise<AsOf> {
  const rows = (await db
    .selectFrom(CHECKPOINTS_TABLE)
    .select(['name', 'position', 'updated_at'])
    .where('name', 'in', [...PUBLIC_READ_MODELS])
    .execute()) as {
    position: number | string;
    updated_at: string;
  }[];
  if (rows.length === 0) return { position: 0, updatedAt: null };
  const position = Math.min(...rows.map((row) => Number(row.position)));
  const updatedAt =
    rows
      .map((row) => row.updated_at)
      .sort()
      .at(-1) ?? null;
  return { position, updatedAt };
}

const numeric = (value: unknown): number => Number(value ?? 0);
const textOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export interface PerFunder {
  readonly 'education-office': number;
  readonly 'local-government': number;
  readonly total: number;
}

const perFunder = (educationOffice: number, localGovernment: number): PerFunder => ({
  'education-office': educationOffice,
  'local-government': localGovernment,
  total: educationOffice + localGovernment,
});

// ---------------------------------------------------------------- province

export interface ProvinceRow {
  readonly district: DistrictCode;
  /** The regional network (권역) the district is in. */
  readonly region: string;
  readonly items: number;
  readonly projects: number;
  readonly decisions: number;
  readonly allocated: number;
  readonly spent: number;
}

type Counts = Omit<ProvinceRow, 'district' | 'region'>;

const sumCounts = (rows: readonly Counts[]): Counts => ({
  items: rows.reduce((sum, row) => sum + row.items, 0),
  projects: rows.reduce((sum, row) => sum + row.projects, 0),
  decisions: rows.reduce((sum, row) => sum + row.decisions, 0),
  allocated: rows.reduce((sum, row) => sum + row.allocated, 0),
  spent: rows.reduce((sum, row) => sum + row.spent, 0),
});

/** The 31 districts with their figures, and the regional networks (권역) as configured, each with its districts and their sums. */
export async function provinceView(db: Db, organisation: Organisation) {
  const [asOf, dashboard] = await Promise.all([publicAsOf(db), provinceDashboard(db, districtCodes)]);
  const districts: ProvinceRow[] = dashboard.map((entry) => ({
    district: entry.district as DistrictCode,
    region: regionOf(organisation, entry.district as DistrictCode).code,
    items: entry.totals.items,
    projects: entry.totals.projects,
    decisions: Object.values(entry.decisions).reduce((sum, count) => sum + count, 0),
    allocated: entry.totals.allocated,
    spent: entry.totals.spent,
  }));
  const regions = organisation.regions.map((region) => {
    const rows = districts.filter((row) => row.region === region.code);
    return {
      code: region.code,
      name: region.name,
      englishName: region.englishName,
      districts: rows.map((row) => row.district),
      totals: { districts: rows.length, ...sumCounts(rows) },
    };
  });
  return { asOf, regions, districts };
}

/** The regions and, for every district, its region, its bodies under its own names and its civic councils. */
export function organisationView(organisation: Organisation) {
  return {
    regions: organisation.regions.map((region) => ({
      code: region.code,
      name: region.name,
      englishName: region.englishName,
      districts: [...region.districts],
    })),
    districts: districtCodes.map((district) => ({ district, ...districtOrganisationView(organisation, district) })),
  };
}

/** What a district calls its bodies, and its civic councils, as the installation is configured. */
export function districtOrganisationView(organisation: Organisation, district: DistrictCode) {
  const region = regionOf(organisation, district);
  return {
    region: { code: region.code, name: region.name, englishName: region.englishName },
    bodies: bodyCodes.map((body) => ({ code: body, name: localBodyName(organisation, district, body) })),
    civicCouncils: civicCouncilsOf(organisation, district).map((council) => ({ code: council.code, name: council.name })),
  };
}

// ---------------------------------------------------------------- district

export interface PublicDecision {
  readonly eventId: string;
  readonly itemId: string;
  readonly itemTitle: string;
  readonly kind: string;
  readonly decision: string;
  readonly body: string;
  readonly decidedOn: string;
  readonly taskCode: string | null;
  readonly tally: {
    readonly onRoll: number | null;
    readonly present: number | null;
    readonly for: number | null;
    readonly against: number | null;
    readonly abstain: number | null;
  };
  readonly recordedAt: string;
}

export interface PublicProject {
  readonly projectId: string;
  readonly title: string;
  readonly year: number;
  readonly goal: number | null;
  readonly taskCode: string | null;
  readonly state: string;
  readonly agreementId: string | null;
  readonly planned: PerFunder;
  readonly allocated: PerFunder;
  readonly spent: PerFunder;
  readonly remaining: PerFunder;
}

export interface PublicAmendment {
  readonly amendmentId: string;
  readonly projectId: string;
  readonly projectTitle: string | null;
  readonly year: number | null;
  readonly kind: string;
  readonly previous: { readonly 'education-office': number | null; readonly 'local-government': number | null };
  readonly next: { readonly 'education-office': number | null; readonly 'local-government': number | null };
  readonly proposedBy: string;
  readonly consentedBy: string;
  readonly consentedOn: string;
}

export const DISTRICT_DECISIONS_SHOWN = 100;

function decisionOf(row: Record<string, unknown>): PublicDecision {
  const count = (name: string) => (row[name] === null || row[name] === undefined ? null : Number(row[name]));
  return {
    eventId: String(row.event_id),
    itemId: String(row.item_id),
    itemTitle: String(row.item_title ?? ''),
    kind: String(row.kind),
    decision: String(row.decision),
    body: String(row.body),
    decidedOn: String(row.decided_on),
    taskCode: textOrNull(row.task_code),
    tally: {
      onRoll: count('on_roll'),
      present: count('present'),
      for: count('votes_for'),
      against: count('votes_against'),
      abstain: count('abstain'),
    },
    recordedAt: String(row.recorded_at),
  };
}

const DECISION_COLUMNS = [
  'event_id',
  'item_id',
  'item_title',
  'kind',
  'decision',
  'body',
  'decided_on',
  'task_code',
  'on_roll',
  'present',
  'votes_for',
  'votes_against',
  'abstain',
  'recorded_at',
] as const;

export async function districtDecisions(
  db: Db,
  district: DistrictCode,
  limit: number,
): Promise<{ total: number; items: PublicDecision[] }> {
  const [rows, count] = await Promise.all([
    db
      .selectFrom(DECISION_REGISTER)
      .select([...DECISION_COLUMNS])
      .where('district', '=', district)
      .orderBy('decided_on', 'desc')
      .orderBy('position', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom(DECISION_REGISTER)
      .select((eb) => eb.fn.countAll().as('n'))
      .where('district', '=', district)
      .executeTakeFirst(),
  ]);
  return { total: Number((count as { n?: unknown } | undefined)?.n ?? 0), items: (rows as Record<string, unknown>[]).map(decisionOf) };
}

/** The projects of a district (and year), both funders' rows folded into one per project. */
export async function districtProjects(db: Db, district: DistrictCode, year?: number): Promise<PublicProject[]> {
  let query = db
    .selectFrom(BUDGET_LEDGER)
    .select([
      'project_id',
      'funder',
      'year',
      'goal',
      'task_code',
      'title',
      'project_state',
      'agreement_id',
      'planned',
      'allocated',
      'spent',
      'returned',
    ])
    .where('district', '=', district);
  if (year !== undefined) query = query.where('year', '=', year);
  const rows = (await query.execute()) as Record<string, unknown>[];
  const byProject = new Map<string, { row: Record<string, unknown>; funds: Map<string, Record<string, unknown>> }>();
  for (const row of rows) {
    const id = String(row.project_id);
    const entry = byProject.get(id) ?? { row, funds: new Map() };
    entry.funds.set(String(row.funder), row);
    byProject.set(id, entry);
  }
  const projects = [...byProject.entries()].map(([projectId, { row, funds }]): PublicProject => {
    const amount = (funder: Funder, column: string) => numeric(funds.get(funder)?.[column]);
    const pair = (column: string) => perFunder(amount('education-office', column), amount('local-government', column));
    const remaining = (funder: Funder) => amount(funder, 'allocated') - amount(funder, 'spent') - amount(funder, 'returned');
    return {
      projectId,
      title: String(row.title),
      year: numeric(row.year),
      goal: row.goal === null || row.goal === undefined ? null : Number(row.goal),
      taskCode: textOrNull(row.task_code),
      state: String(row.project_state),
      agreementId: textOrNull(row.agreement_id),
      planned: pair('planned'),
      allocated: pair('allocated'),
      spent: pair('spent'),
      remaining: perFunder(remaining('education-office'), remaining('local-government')),
    };
  });
  return projects.sort(
    (a, b) =>
      (a.taskCode ?? '9').localeCompare(b.taskCode ?? '9') ||
      a.title.localeCompare(b.title, 'ko') ||
      a.projectId.localeCompare(b.projectId),
  );
}

export async function districtAmendments(db: Db, district: DistrictCode, year?: number): Promise<PublicAmendment[]> {
  let query = db
    .selectFrom(BUDGET_AMENDMENTS)
    .leftJoin(AGREEMENT_PROJECTS, (join) =>
      join
        .onRef(`${AGREEMENT_PROJECTS}.project_id`, '=', `${BUDGET_AMENDMENTS}.project_id`)
        .onRef(`${AGREEMENT_PROJECTS}.agreement_id`, '=', `${BUDGET_AMENDMENTS}.agreement_id`),
    )
    .select([
      `${BUDGET_AMENDMENTS}.amendment_id as amendment_id`,
      `${BUDGET_AMENDMENTS}.project_id as project_id`,
      `${AGREEMENT_PROJECTS}.title as title`,
      `${BUDGET_AMENDMENTS}.kind as kind`,
      `${BUDGET_AMENDMENTS}.year as year`,
      'previous_education_office',
      'previous_local_government',
      'new_education_office',
      'new_local_government',
      'proposed_by',
      'consented_by',
      'consented_on',
    ])
    .where(`${BUDGET_AMENDMENTS}.district`, '=', district);
  if (year !== undefined) query = query.where(`${BUDGET_AMENDMENTS}.year`, '=', year);
  const rows = (await query.orderBy('consented_on').orderBy('amendment_id').execute()) as Record<string, unknown>[];
  const amount = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  return rows.map((row) => ({
    amendmentId: String(row.amendment_id),
    projectId: String(row.project_id),
    projectTitle: textOrNull(row.title),
    year: row.year === null || row.year === undefined ? null : Number(row.year),
    kind: String(row.kind),
    previous: { 'education-office': amount(row.previous_education_office), 'local-government': amount(row.previous_local_government) },
    next: { 'education-office': amount(row.new_education_office), 'local-government': amount(row.new_local_government) },
    proposedBy: String(row.proposed_by),
    consentedBy: String(row.consented_by),
    consentedOn: String(row.consented_on),
  }));
}

/** The years a district has projects or an agreement for, newest first. */
export async function districtYears(db: Db, district: DistrictCode): Promise<number[]> {
  const [ledger, agreements] = await Promise.all([
    db.selectFrom(BUDGET_LEDGER).select('year').distinct().where('district', '=', district).execute(),
    db.selectFrom(AGREEMENTS).select('year').distinct().where('district', '=', district).execute(),
  ]);
  return [...new Set([...ledger, ...agreements].map((row) => Number((row as { year: unknown }).year)))].sort((a, b) => b - a);
}

const sumOf = (projects: readonly PublicProject[], pick: (project: PublicProject) => PerFunder): PerFunder =>
  projects.reduce(
    (sum, project) =>
      perFunder(sum['education-office'] + pick(project)['education-office'], sum['local-government'] + pick(project)['local-government']),
    perFunder(0, 0),
  );

export async function districtView(db: Db, organisation: Organisation, district: DistrictCode, requestedYear?: number) {
  const years = await districtYears(db, district);
  const year = requestedYear ?? years[0] ?? null;
  const [asOf, decisions, projects, amendments, agreement] = await Promise.all([
    publicAsOf(db),
    districtDecisions(db, district, DISTRICT_DECISIONS_SHOWN),
    year === null ? Promise.resolve([]) : districtProjects(db, district, year),
    year === null ? Promise.resolve([]) : districtAmendments(db, district, year),
    year === null
      ? Promise.resolve(undefined)
      : db
          .selectFrom(AGREEMENTS)
          .select(['state', 'in_force_from', 'in_force_until'])
          .where('district', '=', district)
          .where('year', '=', year)
          .executeTakeFirst(),
  ]);
  const goals = [1, 2, 3].map((goal) => {
    const inGoal = projects.filter((project) => project.goal === goal);
    return { goal, projects: inGoal.length, allocated: sumOf(inGoal, (p) => p.allocated), spent: sumOf(inGoal, (p) => p.spent) };
  });
  const found = agreement as Record<string, unknown> | undefined;
  return {
    district,
    ...districtOrganisationView(organisation, district),
    year,
    years,
    asOf,
    decisions,
    projects,
    totals: {
      planned: sumOf(projects, (p) => p.planned),
      allocated: sumOf(projects, (p) => p.allocated),
      spent: sumOf(projects, (p) => p.spent),
      remaining: sumOf(projects, (p) => p.remaining),
    },
    goals,
    amendments,
    agreement: found
      ? { state: String(found.state), inForceFrom: textOrNull(found.in_force_from), inForceUntil: textOrNull(found.in_force_until) }
      : null,
  };
}

// ---------------------------------------------------------------- 부속합의서

export interface AgreementForm {
  readonly district: DistrictCode;
  readonly year: number;
  readonly state: string;
  readonly asOf: AsOf;
  readonly parties: Record<Funder, { readonly institution: string; readonly signatory: string; readonly signedOn: string | null }>;
  readonly inForceFrom: string | null;
  readonly inForceUntil: string | null;
  readonly projects: readonly { projectId: string; title: string; goal: number | null; taskCode: string | null; budget: PerFunder }[];
  readonly totals: PerFunder;
  readonly amendments: readonly {
    amendmentId: string;
    proposedBy: string;
    proposedOn: string;
    decidedOn: string | null;
    status: string;
    changes: readonly AgreementChange[];
  }[];
}

export interface AgreementChange {
  readonly kind: string;
  readonly projectId: string;
  readonly title: string | null;
  readonly budget: { readonly 'education-office': number; readonly 'local-government': number } | null;
}

function changesOf(value: unknown, titles: ReadonlyMap<string, string>): AgreementChange[] {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!Array.isArray(parsed)) return [];
  return parsed.map((raw: Record<string, unknown>) => {
    const projectId = String(raw.projectId ?? '');
    const budget = raw.budget as Record<string, unknown> | undefined;
    return {
      kind: String(raw.kind ?? ''),
      projectId,
      // A project added by the amendment brings its own title; the others are named by the table.
      title: typeof raw.title === 'string' ? raw.title : (titles.get(projectId) ?? null),
      budget: budget
        ? { 'education-office': numeric(budget['education-office']), 'local-government': numeric(budget['local-government']) }
        : null,
    };
  });
}

/** The 부속합의서 of a district and year in its form: parties by office and title (no names), 제1조's table, 제2조's amendments. */
export async function agreementForm(db: Db, district: DistrictCode, year: number): Promise<AgreementForm> {
  const agreementId = `${district}-${year}`;
  const row = (await db
    .selectFrom(AGREEMENTS)
    .select(['state', 'education_office_signed_on', 'local_government_signed_on', 'in_force_from', 'in_force_until'])
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst()) as Record<string, unknown> | undefined;
  if (!row) throw notFound('QUERY.AGREEMENT_NOT_FOUND', `No agreement for ${district} in ${year}`);
  const [asOf, projectRows, amendmentRows] = await Promise.all([
    publicAsOf(db),
    db
      .selectFrom(AGREEMENT_PROJECTS)
      .select(['project_id', 'title', 'goal', 'task_code', 'budget_education_office', 'budget_local_government', 'status'])
      .where('agreement_id', '=', agreementId)
      .execute(),
    db
      .selectFrom(AGREEMENT_AMENDMENTS)
      .select(['amendment_id', 'status', 'proposed_by', 'proposed_on', 'decided_on', 'changes'])
      .where('agreement_id', '=', agreementId)
      .orderBy('proposed_on')
      .orderBy('amendment_id')
      .execute(),
  ]);
  const all = projectRows as Record<string, unknown>[];
  const titles = new Map(all.map((project) => [String(project.project_id), String(project.title)]));
  const listed = all
    .filter((project) => project.status !== 'withdrawn')
    .map((project) => ({
      projectId: String(project.project_id),
      title: String(project.title),
      goal: project.goal === null || project.goal === undefined ? null : Number(project.goal),
      taskCode: textOrNull(project.task_code),
      budget: perFunder(numeric(project.budget_education_office), numeric(project.budget_local_government)),
    }))
    .sort(
      (a, b) =>
        (a.taskCode ?? '9').localeCompare(b.taskCode ?? '9') ||
        a.title.localeCompare(b.title, 'ko') ||
        a.projectId.localeCompare(b.projectId),
    );
  const totals = listed.reduce(
    (sum, project) =>
      perFunder(sum['education-office'] + project.budget['education-office'], sum['local-government'] + project.budget['local-government']),
    perFunder(0, 0),
  );
  const name = districtOf(district).name;
  return {
    district,
    year,
    state: String(row.state),
    asOf,
    parties: {
      'education-office': {
        institution: officeOf(district).name,
        signatory: signatoryTitle(district, 'education-office'),
        signedOn: textOrNull(row.education_office_signed_on),
      },
      'local-government': {
        institution: name,
        signatory: signatoryTitle(district, 'local-government'),
        signedOn: textOrNull(row.local_government_signed_on),
      },
    },
    inForceFrom: textOrNull(row.in_force_from),
    inForceUntil: textOrNull(row.in_force_until),
    projects: listed,
    totals,
    amendments: (amendmentRows as Record<string, unknown>[]).map((amendment) => ({
      amendmentId: String(amendment.amendment_id),
      proposedBy: String(amendment.proposed_by),
      proposedOn: String(amendment.proposed_on),
      decidedOn: textOrNull(amendment.decided_on),
      status: String(amendment.status),
      changes: changesOf(amendment.changes, titles),
    })),
  };
}

export { funders };
