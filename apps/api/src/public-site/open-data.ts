/**
 * Open data (공공데이터): the public registers as CSV (UTF-8 with BOM, Korean column names, so
 * Excel opens it as it is), JSON and XLSX, for the province or one district, and the data
 * dictionary that says what every column means. The dictionary is the one declaration of the
 * columns: the files' headers and the dictionary page are both made from it. No dataset has a
 * personal column (names, actor ids, opinions, free text).
 */
import ExcelJS from 'exceljs';
import { bodies, districtOf, districtCodes, funderNames, isDistrictCode, type DistrictCode, type Funder } from '@gongron/domain';
import { agreementStateNames, projectStateNames } from '@gongron/domain';
import { AGREEMENTS, BUDGET_LEDGER, DECISION_REGISTER, type Db, invalidQuery, notFound } from '@gongron/projections';
import { type AsOf, districtAmendments, publicAsOf } from './public-views.js';

export type ColumnType = 'text' | 'integer' | 'date' | 'won';

export interface OpenDataColumn {
  readonly key: string;
  readonly ko: string;
  readonly en: string;
  readonly type: ColumnType;
  readonly description: { readonly ko: string; readonly en: string };
}

export interface OpenDataset {
  readonly name: string;
  readonly title: { readonly ko: string; readonly en: string };
  readonly description: { readonly ko: string; readonly en: string };
  readonly columns: readonly OpenDataColumn[];
}

type Row = Record<string, string | number | null>;

const c = (key: string, ko: string, en: string, type: ColumnType, descriptionKo: string, descriptionEn: string): OpenDataColumn => ({
  key,
  ko,
  en,
  type,
  description: { ko: descriptionKo, en: descriptionEn },
});

const districtColumns = [
  c('district', '지구코드', 'district code', 'text', '시·군 코드(영문, 변하지 않는 식별자)', 'City or county code (stable identifier)'),
  c('district_name', '지구', 'district', 'text', '시·군 이름', 'Name of the city or county'),
];

export const openDatasets: readonly OpenDataset[] = [
  {
    name: 'decisions',
    title: { ko: '의결 사항', en: 'Decisions' },
    description: {
      ko: '세 회의체가 안건에 대해 내린 모든 결정(의제 채택, 기각, 심의 의결, 보류, 환류)과 표결 결과',
      en: 'Every decision of the three bodies on an agenda item (adoption, dismissal, review, deferral, feedback) with its tally',
    },
    columns: [
      ...districtColumns,
      c(
        'decided_on',
        '의결일',
        'decided on',
        'date',
        '회의에서 결정한 날(한국 날짜, YYYY-MM-DD)',
        'The day it was decided (Korean date, YYYY-MM-DD)',
      ),
      c(
        'body',
        '회의체코드',
        'body code',
        'text',
        'civic-council · working-council · steering-committee',
        'civic-council · working-council · steering-committee',
      ),
      c('body_name', '회의체', 'body', 'text', '결정한 회의체 이름', 'Name of the deciding body'),
      c(
        'kind',
        '구분',
        'kind',
        'text',
        'adoption(의제 채택) · dismissal(기각) · review(심의) · deferral(보류) · feedback(환류)',
        'adoption · dismissal · review · deferral · feedback',
      ),
      c(
        'decision',
        '결과',
        'outcome',
        'text',
        'adopted · dismissed · approved · conditionallyApproved · revisionRequested · rejected · deferred · feedback',
        'adopted · dismissed · approved · conditionallyApproved · revisionRequested · rejected · deferred · feedback',
      ),
      c('item_id', '안건ID', 'item id', 'text', '안건의 식별자', 'Id of the agenda item'),
      c('item_title', '안건명', 'item title', 'text', '안건 제목', 'Title of the agenda item'),
      c('task_code', '추진과제', 'task', 'text', '추진과제 코드(예: 2-1)', 'Task code (e.g. 2-1)'),
      c('on_roll', '재적', 'on roll', 'integer', '재적 위원 수', 'Members on roll'),
      c('present', '출석', 'present', 'integer', '출석 위원 수', 'Members present'),
      c('votes_for', '찬성', 'for', 'integer', '찬성 수', 'Votes for'),
      c('votes_against', '반대', 'against', 'integer', '반대 수', 'Votes against'),
      c('abstain', '기권', 'abstain', 'integer', '기권 수', 'Abstentions'),
    ],
  },
  {
    name: 'projects',
    title: { ko: '세부사업 예산', en: 'Project budgets' },
    description: {
      ko: '세부사업별·재원별 계획액, 배정액, 집행액, 반환액, 잔액(원)',
      en: 'Per project and funder: planned, allocated, spent, returned and remaining (won)',
    },
    columns: [
      ...districtColumns,
      c('year', '연도', 'year', 'integer', '운영 연도(3월~다음 해 2월)', 'Operating year (March to February)'),
      c('project_id', '세부사업ID', 'project id', 'text', '세부사업의 식별자', 'Id of the project'),
      c('title', '세부사업', 'project', 'text', '세부사업명', 'Name of the project'),
      c('goal', '추진목표', 'goal', 'integer', '추진목표 1(자율) · 2(균형) · 3(미래)', 'Goal 1 (autonomy) · 2 (balance) · 3 (future)'),
      c('task_code', '추진과제', 'task', 'text', '추진과제 코드(예: 2-1)', 'Task code (e.g. 2-1)'),
      c(
        'state',
        '사업상태코드',
        'state code',
        'text',
        'planned · agreed · inProgress · completed · evaluated · closed · suspended · cancelled',
        'planned · agreed · inProgress · completed · evaluated · closed · suspended · cancelled',
      ),
      c('state_name', '사업상태', 'state', 'text', '사업 상태 이름', 'Name of the state'),
      c('funder', '재원', 'funder', 'text', '교육청 또는 지자체', 'Education office or local government'),
      c('planned', '계획액(원)', 'planned (won)', 'won', '승인된 실행안의 예산', 'Budget of the approved draft'),
      c(
        'allocated',
        '배정액(원)',
        'allocated (won)',
        'won',
        '부속합의서(변경 포함)에 따른 배정액',
        'Allocation by the agreement, amendments included',
      ),
      c('spent', '집행액(원)', 'spent (won)', 'won', '집행 등록의 합', 'Sum of the recorded expenditures'),
      c('returned', '반환액(원)', 'returned (won)', 'won', '취소·제외로 반환된 금액', 'Returned on cancellation or withdrawal'),
      c('remaining', '잔액(원)', 'remaining (won)', 'won', '배정액 − 집행액 − 반환액', 'allocated − spent − returned'),
    ],
  },
  {
    name: 'amendments',
    title: { ko: '부속합의서 변경', en: 'Agreement amendments' },
    description: {
      ko: '동의된 제2조 변경: 세부사업별 변경 전·후 예산(원)과 제안·동의 기관',
      en: 'Consented amendments (article 2): per project the budget before and after (won), and the proposing and consenting parties',
    },
    columns: [
      ...districtColumns,
      c('year', '연도', 'year', 'integer', '부속합의서의 연도', 'Year of the agreement'),
      c('amendment_id', '변경ID', 'amendment id', 'text', '변경의 식별자', 'Id of the amendment'),
      c('project_id', '세부사업ID', 'project id', 'text', '세부사업의 식별자', 'Id of the project'),
      c('title', '세부사업', 'project', 'text', '세부사업명', 'Name of the project'),
      c('kind', '구분', 'kind', 'text', 'budget(예산 변경) · add(추가) · withdraw(제외)', 'budget · add · withdraw'),
      c('previous_education_office', '변경 전 교육청(원)', 'before, education office (won)', 'won', '', ''),
      c('previous_local_government', '변경 전 지자체(원)', 'before, local government (won)', 'won', '', ''),
      c('new_education_office', '변경 후 교육청(원)', 'after, education office (won)', 'won', '', ''),
      c('new_local_government', '변경 후 지자체(원)', 'after, local government (won)', 'won', '', ''),
      c('proposed_by', '제안 기관', 'proposed by', 'text', '교육청 또는 지자체', 'Education office or local government'),
      c('consented_by', '동의 기관', 'consented by', 'text', '교육청 또는 지자체', 'Education office or local government'),
      c('consented_on', '동의일', 'consented on', 'date', '상대 기관이 동의한 날', 'The day the other party consented'),
    ],
  },
  {
    name: 'agreements',
    title: { ko: '부속합의서', en: 'Supplementary agreements' },
    description: {
      ko: '지구·연도별 부속합의서: 상태, 서명일, 효력 기간, 사업 수, 재원별 예산(원)',
      en: 'Per district and year: state, signing dates, term, projects and budget per funder (won)',
    },
    columns: [
      ...districtColumns,
      c('year', '연도', 'year', 'integer', '운영 연도', 'Operating year'),
      c('state', '상태코드', 'state code', 'text', 'drafting · signing · inForce · expired', 'drafting · signing · inForce · expired'),
      c('state_name', '상태', 'state', 'text', '부속합의서 상태 이름', 'Name of the state'),
      c('education_office_signed_on', '교육장 서명일', 'signed by the education office', 'date', '', ''),
      c('local_government_signed_on', '시장·군수 서명일', 'signed by the local government', 'date', '', ''),
      c('in_force_from', '효력 시작일', 'in force from', 'date', '', ''),
      c('in_force_until', '효력 종료일', 'in force until', 'date', '다음 해 2월 말일', 'Last day of February of the next year'),
      c('projects', '사업 수', 'projects', 'integer', '', ''),
      c('budget_education_office', '교육청 예산(원)', 'education office budget (won)', 'won', '', ''),
      c('budget_local_government', '지자체 예산(원)', 'local government budget (won)', 'won', '', ''),
    ],
  },
];

export const openDataFormats = ['csv', 'json', 'xlsx'] as const;
export type OpenDataFormat = (typeof openDataFormats)[number];

const bodyName = (code: unknown) => bodies.find((body) => body.code === code)?.name ?? String(code ?? '');
const funderName = (code: unknown) => funderNames[code as Funder] ?? String(code ?? '');
const named = (names: Record<string, { ko: string }>, code: unknown) => names[String(code)]?.ko ?? String(code ?? '');
const districtNameOf = (code: unknown) => (isDistrictCode(code) ? districtOf(code).name : String(code ?? ''));
const value = (raw: unknown): string | number | null =>
  raw === null || raw === undefined ? null : typeof raw === 'number' || typeof raw === 'bigint' ? Number(raw) : String(raw);

async function rowsOf(db: Db, dataset: string, district: DistrictCode | undefined): Promise<Row[]> {
  switch (dataset) {
    case 'decisions': {
      let query = db
        .selectFrom(DECISION_REGISTER)
        .select([
          'district',
          'decided_on',
          'body',
          'kind',
          'decision',
          'item_id',
          'item_title',
          'task_code',
          'on_roll',
          'present',
          'votes_for',
          'votes_against',
          'abstain',
        ]);
      if (district) query = query.where('district', '=', district);
      const rows = (await query.orderBy('district').orderBy('decided_on').orderBy('position').execute()) as Record<string, unknown>[];
      return rows.map((row) => ({ ...mapValues(row), district_name: districtNameOf(row.district), body_name: bodyName(row.body) }));
    }
    case 'projects': {
      let query = db
        .selectFrom(BUDGET_LEDGER)
        .select([
          'district',
          'year',
          'project_id',
          'title',
          'goal',
          'task_code',
          'project_state',
          'funder',
          'planned',
          'allocated',
          'spent',
          'returned',
        ]);
      if (district) query = query.where('district', '=', district);
      const rows = (await query.orderBy('district').orderBy('year').orderBy('project_id').orderBy('funder').execute()) as Record<
        string,
        unknown
      >[];
      return rows.map((row) => ({
        ...mapValues(row),
        district_name: districtNameOf(row.district),
        state: value(row.project_state),
        state_name: named(projectStateNames, row.project_state),
        funder: funderName(row.funder),
        remaining: Number(row.allocated) - Number(row.spent) - Number(row.returned),
      }));
    }
    case 'amendments': {
      const rows: Row[] = [];
      for (const code of district ? [district] : districtCodes) {
        for (const amendment of await districtAmendments(db, code)) {
          rows.push({
            district: code,
            district_name: districtOf(code).name,
            year: amendment.year,
            amendment_id: amendment.amendmentId,
            project_id: amendment.projectId,
            title: amendment.projectTitle,
            kind: amendment.kind,
            previous_education_office: amendment.previous['education-office'],
            previous_local_government: amendment.previous['local-government'],
            new_education_office: amendment.next['education-office'],
            new_local_government: amendment.next['local-government'],
            proposed_by: funderName(amendment.proposedBy),
            consented_by: funderName(amendment.consentedBy),
            consented_on: amendment.consentedOn,
          });
        }
      }
      return rows;
    }
    case 'agreements': {
      let query = db
        .selectFrom(AGREEMENTS)
        .select([
          'district',
          'year',
          'state',
          'education_office_signed_on',
          'local_government_signed_on',
          'in_force_from',
          'in_force_until',
          'projects',
          'budget_education_office',
          'budget_local_government',
        ]);
      if (district) query = query.where('district', '=', district);
      const rows = (await query.orderBy('district').orderBy('year').execute()) as Record<string, unknown>[];
      return rows.map((row) => ({
        ...mapValues(row),
        district_name: districtNameOf(row.district),
        state_name: named(agreementStateNames, row.state),
      }));
    }
    default:
      throw notFound('QUERY.INVALID_VALUE', `No open dataset ${dataset}`);
  }
}

function mapValues(row: Record<string, unknown>): Row {
  return Object.fromEntries(Object.entries(row).map(([key, raw]) => [key, value(raw)]));
}

export function datasetOf(name: string): OpenDataset {
  const dataset = openDatasets.find((candidate) => candidate.name === name);
  if (!dataset)
    throw invalidQuery(
      'QUERY.INVALID_VALUE',
      'dataset',
      `dataset must be one of ${openDatasets.map((d) => d.name).join(', ')}, got "${name}"`,
    );
  return dataset;
}

export interface OpenDataFile {
  readonly contentType: string;
  readonly fileName: string;
  readonly body: Buffer | string;
}

function csvCell(raw: string | number | null): string {
  if (raw === null) return '';
  const text = String(raw);
  // A cell Excel would read as a formula is written as text (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) && typeof raw !== 'number' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function openDataFile(
  db: Db,
  datasetName: string,
  format: OpenDataFormat,
  district: DistrictCode | undefined,
): Promise<OpenDataFile> {
  const dataset = datasetOf(datasetName);
  const [asOf, rows] = await Promise.all([publicAsOf(db), rowsOf(db, dataset.name, district)]);
  const base = `gongron-${dataset.name}-${district ?? 'gyeonggi'}`;
  if (format === 'csv') {
    const lines = [
      dataset.columns.map((column) => csvCell(column.ko)).join(','),
      ...rows.map((row) => dataset.columns.map((column) => csvCell(row[column.key] ?? null)).join(',')),
    ];
    return { contentType: 'text/csv; charset=utf-8', fileName: `${base}.csv`, body: `\uFEFF${lines.join('\r\n')}\r\n` };
  }
  if (format === 'json') {
    const body = {
      dataset: dataset.name,
      title: dataset.title,
      district: district ?? null,
      asOf,
      columns: dataset.columns,
      rows: rows.map((row) => Object.fromEntries(dataset.columns.map((column) => [column.key, row[column.key] ?? null]))),
    };
    return { contentType: 'application/json; charset=utf-8', fileName: `${base}.json`, body: JSON.stringify(body) };
  }
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `${base}.xlsx`,
    body: await xlsx(dataset, rows, asOf),
  };
}

async function xlsx(dataset: OpenDataset, rows: readonly Row[], asOf: AsOf): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '경기도교육청 미래교육협력지구';
  workbook.created = asOf.updatedAt ? new Date(asOf.updatedAt) : new Date(0);
  const sheet = workbook.addWorksheet(dataset.title.ko);
  sheet.columns = dataset.columns.map((column) => ({
    header: column.ko,
    key: column.key,
    width: Math.max(10, column.ko.length * 2 + 2),
    style: column.type === 'won' ? { numFmt: '#,##0' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(Object.fromEntries(dataset.columns.map((column) => [column.key, row[column.key] ?? null])));
  const about = workbook.addWorksheet('기준 정보');
  about.addRow(['데이터', dataset.title.ko]);
  about.addRow(['기록 위치', asOf.position]);
  about.addRow(['반영 시각(UTC)', asOf.updatedAt ?? '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The data dictionary: every dataset, its columns and the files to download. */
export async function openDataDictionary(db: Db) {
  return {
    asOf: await publicAsOf(db),
    formats: [...openDataFormats],
    datasets: openDatasets.map((dataset) => ({
      ...dataset,
      files: openDataFormats.map((format) => `/public/open-data/${dataset.name}.${format}`),
    })),
  };
}
