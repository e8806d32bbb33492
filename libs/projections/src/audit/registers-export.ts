/**
 * The auditors' downloads as tables: a history (every event of a stream or a district), the
 * decision register (의결 대장) and the budget ledger (예산 원장). Each table is a list of
 * columns with a stable key (the JSON Lines field) and a Korean heading (the CSV and XLSX
 * column), and its rows come page by page from the log or the read models — never built in
 * memory, so a client that goes away stops the reads.
 */
import { bodies, districts, funderNames, projectStateNames, type Funder } from '@gongron/domain';
import type { EventStore, StoredEvent } from '@gongron/event-store';
import { type Db, type DecisionFilters, type LedgerFilters, listBudgetLedger, listDecisions } from '../queries.js';
import { obj, str } from '../read-models/event-data.js';
import { type ExportScope, csvField, exportEvents } from './export.js';

export type RegisterFormat = 'csv' | 'xlsx' | 'jsonl';
export const registerFormats: readonly RegisterFormat[] = ['csv', 'xlsx', 'jsonl'];

export type RegisterCell = string | number | null;
export type RegisterRow = Readonly<Record<string, RegisterCell>>;

export interface Column {
  /** The JSON Lines field. */
  readonly key: string;
  /** The CSV / XLSX column heading (Korean). */
  readonly heading: string;
  /** Integer won, shown with digit grouping in XLSX. */
  readonly won?: boolean;
}

export interface RegisterTable {
  /** The sheet name (XLSX) and the first part of the file name. */
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: AsyncIterable<RegisterRow>;
}

const districtNames = new Map(districts.map((d) => [d.code as string, d.name]));
const bodyNames = new Map(bodies.map((b) => [b.code as string, b.name]));
const roleNames: Readonly<Record<string, string>> = {
  secretary: '간사',
  official: '담당 공무원',
  auditor: '감사',
  admin: '관리자',
  system: '시스템',
};
const partyNames: Readonly<Record<string, string>> = { 'education-office': '교육지원청', 'local-government': '지자체' };

const named = (names: ReadonlyMap<string, string> | Readonly<Record<string, string>>, code: unknown): string | null => {
  if (typeof code !== 'string' || code === '') return null;
  const name = names instanceof Map ? names.get(code) : (names as Record<string, string>)[code];
  return name ?? code;
};
const stateName = (names: Readonly<Record<string, { ko: string }>>, code: unknown): string | null =>
  typeof code === 'string' ? (names[code]?.ko ?? code) : null;
const text = (value: unknown): string | null =>
  value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);
const number = (value: unknown): number | null => (value === undefined || value === null || value === '' ? null : Number(value));

/** Korea time as `2024-03-11 14:05:09` (what Excel reads as a date and time). */
export function seoulDateTime(iso: unknown): string | null {
  if (typeof iso !== 'string' || iso === '') return null;
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return new Date(instant.getTime() + 9 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
}

// ---------------------------------------------------------------- history

export const HISTORY_COLUMNS: readonly Column[] = [
  { key: 'position', heading: '로그 위치' },
  { key: 'streamId', heading: '기록(스트림)' },
  { key: 'revision', heading: '리비전' },
  { key: 'type', heading: '이벤트 유형' },
  { key: 'schemaVersion', heading: '스키마 버전' },
  { key: 'recordedAt', heading: '기록 시각(KST)' },
  { key: 'effectiveAt', heading: '효력 시각(KST)' },
  { key: 'actorRole', heading: '행위자 역할' },
  { key: 'actorDistrict', heading: '행위자 지구' },
  { key: 'actorBody', heading: '행위자 기구' },
  { key: 'actorParty', heading: '행위자 소속' },
  { key: 'actorId', heading: '행위자 ID' },
  { key: 'correlationId', heading: '상관 ID' },
  { key: 'causationId', heading: '원인 ID' },
  { key: 'eventId', heading: '이벤트 ID' },
  { key: 'hash', heading: '해시' },
  { key: 'previousHash', heading: '이전 해시' },
  { key: 'data', heading: '내용(JSON)' },
];

export function historyRow(event: StoredEvent): RegisterRow {
  const actor = obj(event.metadata.actor);
  return {
    position: event.position,
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    schemaVersion: event.schemaVersion,
    recordedAt: seoulDateTime(event.recordedAt),
    effectiveAt: seoulDateTime(str(event.metadata.effectiveAt)),
    actorRole: named(roleNames, actor.role),
    actorDistrict: named(districtNames, actor.district),
    actorBody: named(bodyNames, actor.body),
    actorParty: named(partyNames, actor.party),
    actorId: text(actor.id),
    correlationId: text(event.metadata.correlationId),
    causationId: text(event.metadata.causationId),
    eventId: event.id,
    hash: event.hash,
    previousHash: event.previousHash,
    data: JSON.stringify(event.data),
  };
}

async function* mapRows<T>(source: AsyncIterable<T>, row: (value: T) => RegisterRow): AsyncGenerator<RegisterRow> {
  for await (const value of source) yield row(value);
}

export function historyTable(store: EventStore, scope: ExportScope): RegisterTable {
  return { title: '이력', columns: HISTORY_COLUMNS, rows: mapRows(exportEvents(store, scope), historyRow) };
}

// ---------------------------------------------------------------- decision register

const decisionKindNames: Readonly<Record<string, string>> = {
  adoption: '의제 채택',
  dismissal: '기각',
  review: '심의 의결',
  deferral: '보류',
  feedback: '환류',
};
const decisionNames: Readonly<Record<string, string>> = {
  adopted: '채택',
  dismissed: '기각',
  approved: '가결',
  conditionallyApproved: '조건부 가결',
  revisionRequested: '보완 요구',
  rejected: '부결',
  deferred: '보류',
  feedback: '환류 결과',
};

export const DECISION_COLUMNS: readonly Column[] = [
  { key: 'decidedOn', heading: '의결일' },
  { key: 'district', heading: '지구' },
  { key: 'body', heading: '기구' },
  { key: 'kind', heading: '구분' },
  { key: 'decision', heading: '의결 결과' },
  { key: 'itemId', heading: '안건 ID' },
  { key: 'itemTitle', heading: '안건명' },
  { key: 'meetingTitle', heading: '회의' },
  { key: 'onRoll', heading: '재적' },
  { key: 'present', heading: '출석' },
  { key: 'votesFor', heading: '찬성' },
  { key: 'votesAgainst', heading: '반대' },
  { key: 'abstain', heading: '기권' },
  { key: 'conditions', heading: '조건' },
  { key: 'text', heading: '내용' },
  { key: 'taskCode', heading: '추진과제' },
  { key: 'projectId', heading: '세부사업 ID' },
  { key: 'actorRole', heading: '기록자 역할' },
  { key: 'recordedAt', heading: '기록 시각(KST)' },
  { key: 'eventId', heading: '이벤트 ID' },
];

export function decisionRow(row: Record<string, unknown>): RegisterRow {
  return {
    decidedOn: text(row.decided_on),
    district: named(districtNames, row.district),
    body: named(bodyNames, row.body),
    kind: named(decisionKindNames, row.kind),
    decision: named(decisionNames, row.decision),
    itemId: text(row.item_id),
    itemTitle: text(row.item_title),
    meetingTitle: text(row.meeting_title),
    onRoll: number(row.on_roll),
    present: number(row.present),
    votesFor: number(row.votes_for),
    votesAgainst: number(row.votes_against),
    abstain: number(row.abstain),
    conditions:
      Array.isArray(row.conditions) && row.conditions.length > 0
        ? row.conditions.map((c) => (typeof c === 'string' ? c : (str(obj(c).text) ?? JSON.stringify(c)))).join(' / ')
        : null,
    text: text(row.text),
    taskCode: text(row.task_code),
    projectId: text(row.project_id),
    actorRole: named(roleNames, row.actor_role),
    recordedAt: seoulDateTime(row.recorded_at),
    eventId: text(row.event_id),
  };
}

const PAGE = 500;

async function* pages(
  list: (offset: number) => Promise<{ items: Record<string, unknown>[]; total: number }>,
): AsyncGenerator<Record<string, unknown>> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await list(offset);
    yield* page.items;
    if (page.items.length < PAGE) return;
  }
}

export function decisionTable(db: Db, filters: DecisionFilters): RegisterTable {
  return {
    title: '의결 대장',
    columns: DECISION_COLUMNS,
    rows: mapRows(
      pages((offset) => listDecisions(db, filters, { limit: PAGE, offset }, 'internal')),
      decisionRow,
    ),
  };
}

// ---------------------------------------------------------------- budget ledger

export const LEDGER_COLUMNS: readonly Column[] = [
  { key: 'district', heading: '지구' },
  { key: 'year', heading: '연도' },
  { key: 'goal', heading: '추진목표' },
  { key: 'taskCode', heading: '추진과제' },
  { key: 'projectId', heading: '세부사업 ID' },
  { key: 'title', heading: '세부사업명' },
  { key: 'projectState', heading: '사업 상태' },
  { key: 'funder', heading: '재원' },
  { key: 'agreementId', heading: '부속합의서' },
  { key: 'sourceItemId', heading: '원 안건 ID' },
  { key: 'planned', heading: '계획액(원)', won: true },
  { key: 'initialAllocation', heading: '최초 배정액(원)', won: true },
  { key: 'allocated', heading: '배정액(원)', won: true },
  { key: 'amended', heading: '변경 증감액(원)', won: true },
  { key: 'spent', heading: '집행액(원)', won: true },
  { key: 'returned', heading: '반납액(원)', won: true },
  { key: 'remaining', heading: '잔액(원)', won: true },
  { key: 'expenditures', heading: '집행 건수' },
  { key: 'amendments', heading: '변경 건수' },
  { key: 'lastChangedAt', heading: '최종 변경(KST)' },
];

export function ledgerRow(row: Record<string, unknown>): RegisterRow {
  return {
    district: named(districtNames, row.district),
    year: number(row.year),
    goal: number(row.goal),
    taskCode: text(row.task_code),
    projectId: text(row.project_id),
    title: text(row.title),
    projectState: stateName(projectStateNames, row.project_state),
    funder: typeof row.funder === 'string' ? (funderNames[row.funder as Funder] ?? row.funder) : null,
    agreementId: text(row.agreement_id),
    sourceItemId: text(row.source_item_id),
    planned: number(row.planned),
    initialAllocation: number(row.initial_allocation),
    allocated: number(row.allocated),
    amended: number(row.amended),
    spent: number(row.spent),
    returned: number(row.returned),
    remaining: number(row.remaining),
    expenditures: number(row.expenditures),
    amendments: number(row.amendments),
    lastChangedAt: seoulDateTime(row.last_changed_at),
  };
}

export function ledgerTable(db: Db, filters: LedgerFilters): RegisterTable {
  return {
    title: '예산 원장',
    columns: LEDGER_COLUMNS,
    rows: mapRows(
      pages((offset) => listBudgetLedger(db, filters, { limit: PAGE, offset })),
      ledgerRow,
    ),
  };
}

// ---------------------------------------------------------------- text formats

export const UTF8_BOM_TEXT = '\uFEFF';

/** CSV for Excel: UTF-8 with a byte-order mark, Korean headings, CRLF line ends. */
export async function* registerCsv(table: RegisterTable): AsyncGenerator<string> {
  yield `${UTF8_BOM_TEXT}${table.columns.map((c) => csvField(c.heading)).join(',')}\r\n`;
  for await (const row of table.rows) yield `${table.columns.map((c) => csvField(row[c.key])).join(',')}\r\n`;
}

/** JSON Lines: one object per row, keyed by the columns' stable keys. */
export async function* registerJsonl(table: RegisterTable): AsyncGenerator<string> {
  for await (const row of table.rows)
    yield `${JSON.stringify(Object.fromEntries(table.columns.map((c) => [c.key, row[c.key] ?? null])))}\n`;
}
