/**
 * The public site's routes over real HTTP, without a token: a district's page data, the
 * 부속합의서 as a PDF (its text extracted: every project and amount of the agreement, the three
 * articles, both signatories' titles and dates, a Korean font embedded), the open data as CSV
 * (BOM, Korean headers), JSON and XLSX (parsed with exceljs), the Atom feed — and not one of the
 * personal values planted in the history, in any of them.
 */
import { jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { businessDateOf } from '@gongron/application';
import { startTestApi, type TestApi } from './api-support.js';
import { recordPublicHistory, type PublicHistory } from '../support/public-history.js';

jest.setTimeout(120_000);

const today = businessDateOf(new Date());
let year = 0;
const DISTRICT = 'yeoncheon';
const thousand = (won: number) => new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 3 }).format(won / 1000);

async function raw(api: TestApi, path: string): Promise<{ status: number; type: string; bytes: Buffer }> {
  const response = await fetch(`${api.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('the public site over HTTP, without signing in', () => {
  let api: TestApi;
  let history: PublicHistory;

  beforeAll(async () => {
    api = await startTestApi();
    history = await recordPublicHistory(api, DISTRICT, today);
    year = history.year;
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  const noPersonalData = (label: string, text: string) => {
    for (const value of history.planted) expect({ label, found: text.includes(value) ? value : null }).toEqual({ label, found: null });
  };

  it('answers the district page: decisions with tallies, projects by goal and task per funder, allocated vs spent, the amendment, and how fresh it is', async () => {
    const { eventually } = await import('./api-support.js');
    const view = await eventually(async () => {
      const answer = await api.call('GET', `/public/districts/${DISTRICT}`);
      expect(answer.status).toBe(200);
      expect(answer.body.totals.spent).toEqual({ 'education-office': 12_500_000, 'local-government': 8_000_000, total: 20_500_000 });
      return answer.body;
    }, 30_000);
    expect(view.year).toBe(year);
    expect(view.asOf.position).toBeGreaterThan(0);
    expect(view.totals.allocated).toEqual({ 'education-office': 45_500_000, 'local-government': 37_250_000, total: 82_750_000 });
    expect(view.projects.map((p: { taskCode: string; title: string }) => `${p.taskCode} ${p.title}`)).toEqual([
      '2-2 하천 생태 탐구 방과후 교실',
      '3-3 마을 교육과정 공유학교',
    ]);
    expect(view.goals.map((g: { goal: number; projects: number }) => [g.goal, g.projects])).toEqual([
      [1, 0],
      [2, 1],
      [3, 1],
    ]);
    const decisions = view.decisions.items as Array<{ decision: string; tally: Record<string, number> }>;
    expect(decisions.map((d) => d.decision).sort()).toEqual(['adopted', 'approved', 'dismissed']);
    expect(decisions.find((d) => d.decision === 'adopted')!.tally).toEqual({ onRoll: 15, present: 11, for: 9, against: 1, abstain: 1 });
    expect(view.amendments).toEqual([
      expect.objectContaining({
        kind: 'budget',
        projectTitle: '하천 생태 탐구 방과후 교실',
        next: { 'education-office': 30_000_000, 'local-government': 25_000_000 },
        proposedBy: 'local-government',
        consentedBy: 'education-office',
        consentedOn: today,
      }),
    ]);
    noPersonalData('district view', JSON.stringify(view));
    const province = await api.call('GET', '/public/province');
    expect(province.body.districts).toHaveLength(31);
    expect(province.body.districts.find((d: { district: string }) => d.district === DISTRICT)).toEqual(
      expect.objectContaining({ allocated: 82_750_000, spent: 20_500_000 }),
    );
  });

  it('renders the 부속합의서 as a PDF whose text holds every project and amount of the agreement, in a Korean font it embeds', async () => {
    const pdf = await raw(api, `/public/agreements/${DISTRICT}/${year}/agreement.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.bytes.toString('latin1')).toMatch(/\/FontFile[23]?\b/);
    expect(pdf.bytes.toString('latin1')).toContain('PretendardGOV');
    const text = (await new PDFParse({ data: new Uint8Array(pdf.bytes) }).getText()).text;
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(`${year}년연천군미래교육협력지구부속합의서`);
    for (const article of [
      '제1조(사업내용)',
      '제2조(변경)',
      '제3조(효력)',
      '경기도연천교육지원청',
      '교육장(서명)',
      '군수(서명)',
      '(단위:천원)',
    ])
      expect(flat).toContain(article);
    for (const project of history.agreementProjects) {
      expect(flat).toContain(project.title.replace(/\s+/g, ''));
      for (const amount of [project.educationOffice, project.localGovernment, project.educationOffice + project.localGovernment])
        expect(text).toContain(thousand(amount));
    }
    expect(text).toContain(thousand(82_750_000));
    const [y, m, d] = today.split('-').map(Number);
    expect(flat).toContain(`${y}년${m}월${d}일`);
    noPersonalData('agreement PDF', text);
  });

  it('downloads the open data as CSV with a BOM and Korean headers, as JSON, and as XLSX with Korean headers', async () => {
    const csv = await raw(api, `/public/open-data/projects.csv?district=${DISTRICT}`);
    expect(csv.status).toBe(200);
    expect(csv.type).toBe('text/csv; charset=utf-8');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 5)).toEqual(['지구코드', '지구', '연도', '세부사업ID', '세부사업']);
    expect(
      lines.filter((line) => line.includes('하천 생태 탐구 방과후 교실') && line.includes('지자체') && line.includes(',25000000,8000000,')),
    ).toHaveLength(1);

    const json = await api.call('GET', `/public/open-data/decisions.json?district=${DISTRICT}`);
    expect(json.status).toBe(200);
    expect(json.body.columns.map((c: { ko: string }) => c.ko)).toContain('의결일');
    expect(json.body.rows).toHaveLength(3);

    const xlsx = await raw(api, `/public/open-data/amendments.xlsx?district=${DISTRICT}`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual(['지구코드', '지구', '연도', '변경ID', '세부사업ID']);
    expect(sheet.getRow(2).getCell(6).value).toBe('하천 생태 탐구 방과후 교실');

    const dictionary = await api.call('GET', '/public/open-data');
    expect(dictionary.body.datasets.map((d: { name: string }) => d.name)).toEqual(['decisions', 'projects', 'amendments', 'agreements']);
    for (const dataset of dictionary.body.datasets as Array<{ files: string[] }>) {
      for (const file of dataset.files) {
        const answer = await raw(api, file);
        expect({ file, status: answer.status }).toEqual({ file, status: 200 });
        if (!file.endsWith('.xlsx')) noPersonalData(file, answer.bytes.toString('utf8'));
      }
    }
    const refused = await api.call('GET', '/public/open-data/people.csv');
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('QUERY.INVALID_VALUE');
  });

  it('publishes an Atom feed of the district’s decisions', async () => {
    const feed = await raw(api, `/public/districts/${DISTRICT}/decisions.atom`);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('application/atom+xml; charset=utf-8');
    const xml = feed.bytes.toString('utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).toContain('[가결] 하천 생태 탐구 방과후 교실');
    expect(xml).toContain('재적 12 · 출석 9 · 찬성 7 · 반대 1 · 기권 1');
    for (const required of ['<id>', '<title', '<updated>', '<author>']) expect(xml).toContain(required);
    noPersonalData('feed', xml);
    expect((await api.call('GET', '/public/districts/atlantis/decisions.atom')).status).toBe(400);
  });
});
