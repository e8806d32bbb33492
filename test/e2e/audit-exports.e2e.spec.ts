/**
 * The auditors' downloads over HTTP: histories, the decision register and the budget ledger as
 * CSV for Excel (BOM, Korean column names), XLSX and JSON Lines, with Korean file names, for
 * auditors and administrators only, and refusals that name the field.
 */
import ExcelJS from 'exceljs';
import { eventually, startTestApi, tally, type TestApi } from './api-support.js';

describe('audit exports', () => {
  let api: TestApi;
  let auditor: string;
  let civic: string;
  let itemId: string;
  const OPINION = '좋아요, 연락은 010-1234-5678';

  const download = async (path: string, token?: string) => {
    const response = await fetch(`${api.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const csvRows = (bytes: Buffer) => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  };
  const sheetOf = async (bytes: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: sheet.name, rows };
  };

  beforeAll(async () => {
    api = await startTestApi();
    auditor = await api.token({ role: 'auditor', name: '감사 담당' });
    civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council', name: '수원 간사' });
    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: {
        district: 'suwon',
        title: '수원 하천 생태 교실, "탐구"',
        description: '학생들이 하천을 탐구합니다.',
        proposerCategory: 'student',
      },
    });
    itemId = proposed.body.state.itemId;
    await api.call('POST', `/agenda-items/${itemId}/deliberation`, { token: civic, body: {} });
    expect(
      (
        await api.call('POST', `/agenda-items/${itemId}/opinions`, {
          token: civic,
          body: { stance: 'support', respondentCategory: 'parent', text: OPINION },
        })
      ).status,
    ).toBe(200);
    const adopted = await api.call('POST', `/agenda-items/${itemId}/adoption`, {
      token: civic,
      body: { meeting: { heldOn: '2024-03-11' }, tally: tally(15, 10, 8) },
    });
    expect(adopted.status).toBe(200);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it("downloads an item's history as CSV for Excel with Korean column names and a Korean file name", async () => {
    const answer = await download(`/audit/exports/history?stream=${encodeURIComponent(`agenda-item:${itemId}`)}&format=csv`, auditor);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const disposition = answer.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="?gongron-history-agenda-item_[^";]+\.csv"?; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(`감사 이력-agenda-item_${itemId}.csv`);
    const rows = csvRows(answer.bytes);
    expect(rows[0]!.split(',').slice(0, 4)).toEqual(['로그 위치', '기록(스트림)', '리비전', '이벤트 유형']);
    expect(rows).toHaveLength(5);
    expect(rows[4]).toContain('AgendaItemAdopted');
    expect(rows[4]).toContain('간사');
    expect(rows[4]).toContain('수원시');
  });

  it('downloads the same history as XLSX and as JSON Lines', async () => {
    const stream = encodeURIComponent(`agenda-item:${itemId}`);
    const xlsx = await download(`/audit/exports/history?stream=${stream}&format=xlsx`, auditor);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = await sheetOf(xlsx.bytes);
    expect(sheet.name).toBe('이력');
    expect(sheet.rows[0]!.slice(0, 3)).toEqual(['로그 위치', '기록(스트림)', '리비전']);
    expect(sheet.rows.map((row) => row[3])).toEqual([
      '이벤트 유형',
      'AgendaItemProposed',
      'DeliberationOpened',
      'OpinionRecorded',
      'AgendaItemAdopted',
    ]);
    const jsonl = await download(`/audit/exports/history?stream=${stream}&format=jsonl`, auditor);
    expect(jsonl.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = jsonl.bytes
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.revision)).toEqual([0, 1, 2, 3]);
    expect(JSON.parse(lines[0]!.data as string)).toMatchObject({ title: '수원 하천 생태 교실, "탐구"' });
  });

  it('downloads the decision register with the adoption and its tally, and the budget ledger with Korean headings', async () => {
    const decisions = await eventually(async () => {
      const answer = await download('/audit/exports/decisions?district=suwon&year=2024&format=xlsx', auditor);
      const sheet = await sheetOf(answer.bytes);
      if (sheet.rows.length < 2) throw new Error('the register has not caught up yet');
      return { answer, sheet };
    });
    expect(decodeURIComponent(decisions.answer.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toBe(
      '의결 대장-수원시-2024.xlsx',
    );
    const heading = decisions.sheet.rows[0]!;
    const row = decisions.sheet.rows[1]!;
    const cell = (name: string) => row[heading.indexOf(name)];
    expect(cell('의결일')).toBe('2024-03-11');
    expect(cell('구분')).toBe('의제 채택');
    expect(cell('지구')).toBe('수원시');
    expect([cell('재적'), cell('출석'), cell('찬성')]).toEqual([15, 10, 8]);
    expect(cell('안건명')).toBe('수원 하천 생태 교실, "탐구"');
    const csv = csvRows((await download('/audit/exports/decisions?district=suwon&format=csv', auditor)).bytes);
    expect(csv[1]).toContain('"수원 하천 생태 교실, ""탐구"""');
    const ledger = await download('/audit/exports/budget-ledger?format=csv', auditor);
    expect(ledger.status).toBe(200);
    expect(decodeURIComponent(ledger.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toBe('예산 원장-전체.csv');
    expect(csvRows(ledger.bytes)[0]).toContain('배정액(원),변경 증감액(원),집행액(원)');
  });

  it('reads personal data for its caller: an auditor sees the opinion text, an administrator [비공개]', async () => {
    const stream = encodeURIComponent(`agenda-item:${itemId}`);
    const forAuditor = (await download(`/audit/exports/history?stream=${stream}&format=csv`, auditor)).bytes.toString('utf8');
    expect(forAuditor).toContain(OPINION);
    const xlsx = await sheetOf((await download(`/audit/exports/history?stream=${stream}&format=xlsx`, auditor)).bytes);
    expect(JSON.parse(String(xlsx.rows[3]![17]))).toMatchObject({ text: OPINION });
    const forAdmin = (await download(`/audit/exports/history?stream=${stream}&format=jsonl`, api.adminToken)).bytes.toString('utf8');
    expect(forAdmin).not.toContain('010-1234-5678');
    expect(forAdmin).toContain('[비공개]');
  });

  it('answers administrators, refuses other roles and anonymous callers', async () => {
    expect((await download('/audit/exports/decisions', api.adminToken)).status).toBe(200);
    const refused = await api.call('GET', '/audit/exports/decisions', { token: civic });
    expect(refused.status).toBe(403);
    expect((await api.call('GET', '/audit/exports/budget-ledger')).status).toBe(401);
  });

  it('refuses a bad format, a missing or double scope, an unknown stream and an unknown district, naming the field in Korean and English', async () => {
    const format = await api.call('GET', '/audit/exports/decisions?format=pdf', { token: auditor, headers: { 'accept-language': 'ko' } });
    expect(format.status).toBe(400);
    expect(format.body).toMatchObject({ code: 'QUERY.INVALID_VALUE', field: 'format' });
    const scope = await api.call('GET', '/audit/exports/history?format=csv', { token: auditor });
    expect(scope.status).toBe(400);
    expect(scope.body).toMatchObject({ code: 'QUERY.EXPORT_SCOPE', field: 'stream' });
    const both = await api.call('GET', `/audit/exports/history?stream=agenda-item:${itemId}&district=suwon`, { token: auditor });
    expect(both.body.code).toBe('QUERY.EXPORT_SCOPE');
    const unknown = await api.call('GET', '/audit/exports/history?stream=agenda-item:nope', { token: auditor });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('QUERY.STREAM_NOT_FOUND');
    const district = await api.call('GET', '/audit/exports/budget-ledger?district=seoul', {
      token: auditor,
      headers: { 'accept-language': 'en' },
    });
    expect(district.status).toBe(400);
    expect(district.body.field).toBe('district');
    const year = await api.call('GET', '/audit/exports/decisions?year=24', { token: auditor });
    expect(year.body.field).toBe('year');
  });

  it('keeps answering after a client walks away from a district export', async () => {
    const controller = new AbortController();
    const response = await fetch(`${api.url}/audit/exports/history?district=suwon&format=xlsx`, {
      headers: { authorization: `Bearer ${auditor}` },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    controller.abort();
    await expect(response.arrayBuffer()).rejects.toThrow();
    const next = await download('/audit/exports/history?district=suwon&format=jsonl', auditor);
    expect(next.status).toBe(200);
    expect(next.bytes.toString('utf8').trimEnd().split('\n')).toHaveLength(4);
  });
});
