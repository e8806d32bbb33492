/**
 * The auditors' pages in real Chromium: an auditor walks an item's history (each event in Korean
 * with its hash and chain status), moves the time-travel slider to the moment after adoption and
 * sees 회부 (and the district's board as it stood), diffs two draft revisions in words, copies an
 * event's proof bundle, verifies the record (intact, then — after one byte changed directly in
 * the database — the page names the first broken link), downloads the XLSX and the CSV and
 * parses both with their Korean headers, downloads a signed checkpoint and verifies the log
 * against the saved file (and refuses it with one byte changed); every page scanned by axe-core
 * and kept as a screenshot at desktop and phone width.
 */
import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { eventually, tally } from '../e2e/api-support.js';
import { browserAvailable, cleanBuilds, keep, signIn, startWeb, type WebHarness } from './browser-support.js';

jest.setTimeout(240_000);

const describeBrowser = browserAvailable() ? describe : describe.skip;

/** Today in Seoul as 'YYYY-MM-DD'. */
const seoulToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

describeBrowser('the auditors’ pages, in Chromium', () => {
  let web: WebHarness;
  let auditor: string;
  let itemId: string;
  let page: Page;
  const title = '수원 하천 생태 교실';

  async function scan(name: string): Promise<void> {
    expect({ page: name, violations: await keep(page, name) }).toEqual({ page: name, violations: [] });
  }

  async function scanBothWidths(name: string): Promise<void> {
    // The pointer rests off the buttons, as a person's does once they read the answer.
    await page.mouse.move(0, 0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await scan(`${name}-desktop`);
    await page.setViewportSize({ width: 390, height: 844 });
    await scan(`${name}-phone`);
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  beforeAll(async () => {
    web = await startWeb();
    const api = web.api;
    const civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council', name: '수원 민관학 간사' });
    const working = await api.token({ role: 'secretary', district: 'suwon', body: 'working-council', name: '수원 지역협의체 간사' });
    auditor = await api.token({ role: 'auditor', name: '도 감사관' });
    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: {
        district: 'suwon',
        title,
        description: '학생들이 동네 하천을 탐구합니다.',
        proposerCategory: 'student',
        proposedOn: '2024-03-02',
      },
    });
    expect(proposed.status).toBe(201);
    itemId = proposed.body.state.itemId;
    const item = `/agenda-items/${itemId}`;
    expect((await api.call('POST', `${item}/deliberation`, { token: civic, body: {} })).status).toBe(200);
    expect(
      (await api.call('POST', `${item}/adoption`, { token: civic, body: { meeting: { heldOn: '2024-03-11' }, tally: tally(15, 10, 8) } }))
        .status,
    ).toBe(200);
    expect((await api.call('POST', `${item}/drafting`, { token: working, body: { owner: '수원교육지원청 미래교육팀' } })).status).toBe(200);
    const first = await api.call('POST', `${item}/draft-revisions`, {
      token: working,
      body: {
        plan: '하천 생태 탐구 10차시\n학부모 참관 수업',
        taskCode: '2-2',
        budgetRequest: { 'education-office': 3_000_000, 'local-government': 2_000_000 },
      },
    });
    expect(first.status).toBe(200);
    const second = await api.call('POST', `${item}/draft-revisions`, {
      token: working,
      body: {
        plan: '하천 생태 탐구 12차시\n학부모 참관 수업\n안전요원 배치',
        taskCode: '2-2',
        budgetRequest: { 'education-office': 4_000_000, 'local-government': 2_000_000 },
      },
    });
    expect(second.status).toBe(200);
    // The board read model the auditors' home lists has the item.
    await eventually(
      async () => expect((await api.call('GET', '/agenda-board?district=suwon', { token: auditor })).body.items.length).toBe(1),
      20_000,
    );
    const context = await web.person();
    page = await context.newPage();
    await signIn(page, auditor);
  }, 240_000);

  afterAll(async () => {
    await web?.close();
    cleanBuilds();
  });

  // Each test opens the page it starts from through the menu, as an auditor does (the order of the tests is random).
  const openAuditHome = async () => {
    // The menu's link (a record's page names 감사 in its breadcrumb too).
    await page.getByRole('link', { name: '감사', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: '감사' }).waitFor();
  };
  const openItemHistory = async () => {
    await openAuditHome();
    await page.getByRole('link', { name: title }).first().click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  };

  it('the auditors’ home lists the district’s items, the checkpoint with its cosignatures (none yet, said plainly) and the downloads', async () => {
    await openAuditHome();
    await page.getByRole('link', { name: title }).waitFor();
    await page.locator('#audit-cosignatures').getByText('이 체크포인트에는 아직 공동 서명이 없습니다').waitFor();
    await page
      .getByRole('table', { name: '최신 서명 체크포인트' })
      .getByRole('row', { name: /트리 크기/ })
      .waitFor();
    // The history was recorded today: on 2024-03-11 (recorded time) the board was empty; today the item is being drafted.
    await page.getByLabel('기준일 (한국 시간)').fill('2024-03-11');
    await page.getByRole('button', { name: '그날의 현황판 보기' }).click();
    await page.getByText('그 시점에는 안건이 없었습니다.').waitFor();
    await page.getByLabel('기준일 (한국 시간)').fill(seoulToday());
    await page.getByRole('button', { name: '그날의 현황판 보기' }).click();
    await page
      .getByRole('table', { name: /수원시 안건 현황판/ })
      .getByText('실행안 작성')
      .waitFor();
    // A checkpoint signed now heads the list of the log's checkpoints, with no cosignature yet.
    await page.getByRole('button', { name: '지금 체크포인트 서명' }).click();
    const latest = (await web.api.call('GET', '/transparency/checkpoint')).body as { treeSize: number; rootHash: string };
    const checkpoints = page.getByRole('table', { name: /로그가 서명한 체크포인트/ });
    const first = checkpoints.getByRole('row').nth(1);
    await first.getByRole('rowheader', { name: String(latest.treeSize), exact: true }).waitFor();
    await first.getByText(`${latest.rootHash.slice(0, 16)}…`).waitFor();
    await first.getByText('공동 서명 없음').waitFor();
    await scanBothWidths('audit-01-home');
  });

  it('downloads a checkpoint, verifies the log against the saved file, and refuses the file with one byte changed', async () => {
    await openAuditHome();
    const checkpoints = page.getByRole('table', { name: /로그가 서명한 체크포인트/ });
    const first = checkpoints.getByRole('row').nth(1);
    const size = (await first.getByRole('rowheader').textContent())!.trim();
    const download = page.waitForEvent('download');
    await first.getByRole('link', { name: `트리 크기 ${size} 체크포인트 내려받기` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`gongron-checkpoint-${size}.txt`);
    const note = readFileSync((await file.path())!, 'utf8');
    expect(note.split('\n').slice(1, 2)).toEqual([size]);
    expect(note).toContain('\n\n\u2014 ');

    const input = page.getByLabel('저장한 체크포인트로 검증');
    await input.setInputFiles({ name: `gongron-checkpoint-${size}.txt`, mimeType: 'text/plain', buffer: Buffer.from(note) });
    await page
      .locator('#audit-saved-verify-result')
      .getByText(/무결성 확인: 기록 \d+개, 이벤트 \d+개/)
      .waitFor();
    await scanBothWidths('audit-04-saved-checkpoint');

    // One byte of the root hash changed: no signature holds, and the page says so by the field.
    const [origin, treeSize, root, ...rest] = note.split('\n');
    const changed = [origin, treeSize, `${root!.startsWith('A') ? 'B' : 'A'}${root!.slice(1)}`, ...rest].join('\n');
    await input.setInputFiles({ name: 'changed.txt', mimeType: 'text/plain', buffer: Buffer.from(changed) });
    await page
      .locator('#audit-saved-checkpoint-error')
      .getByText(/저장한 체크포인트\(checkpoint\)의 서명이/)
      .waitFor();
    expect(await page.locator('#audit-saved-verify-result').count()).toBe(0);
    await scanBothWidths('audit-05-saved-checkpoint-refused');
  });

  it('walks the item’s history, travels to the moment after adoption and sees 회부, diffs two draft revisions and copies a proof bundle', async () => {
    await openAuditHome();
    await page.getByRole('link', { name: title }).first().click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const history = page.getByRole('table', { name: /이력: 리비전/ });
    await history.getByRole('row', { name: /의제 채택/ }).waitFor();
    expect(await history.getByRole('row').count()).toBe(7); // header + 6 events
    expect(await history.getByText('연결됨').count()).toBe(6);
    const events = (await web.api.call('GET', `/audit/streams/agenda-item:${itemId}/events`, { token: auditor })).body.events as Array<{
      hash: string;
      type: string;
    }>;
    await history.locator(`code[title="${events[2]!.hash}"]`).waitFor();

    // Revision 2 is the adoption: the item stood at 회부 with the working council.
    await page.getByLabel(/리비전 \(0–5\)/).fill('2');
    const snapshot = page.locator('#audit-snapshot');
    await snapshot.getByText('리비전 2 시점: 의제 채택 뒤').waitFor();
    await snapshot.getByText('회부', { exact: true }).waitFor();
    await snapshot.getByText('미래교육협력지구 지역협의체').waitFor();
    await page
      .getByRole('table', { name: /수원시 안건 현황판/ })
      .getByText('회부')
      .waitFor();
    await page.getByLabel(/리비전 \(0–5\)/).fill('0');
    await snapshot.getByText('제안', { exact: true }).waitFor();

    // The two draft revisions are revisions 4 and 5.
    await page.getByLabel('비교 기준 리비전').selectOption('4');
    await page.getByLabel('비교 대상 리비전').selectOption('5');
    await page.getByRole('button', { name: '비교하기' }).click();
    const diff = page.locator('#audit-diff-result');
    await diff.getByText('리비전 4 → 5에서 바뀐 것').waitFor();
    await diff.getByText('실행안 수: 1건 → 2건').waitFor();
    await diff.getByText('예산 요청 교육청: 3,000 → 4,000 (천원)').waitFor();
    expect(await diff.locator('ins').allTextContents()).toEqual(['하천 생태 탐구 12차시', '안전요원 배치']);
    expect(await diff.locator('del').allTextContents()).toEqual(['하천 생태 탐구 10차시']);
    expect(await diff.getByText('지자체').count()).toBe(0);

    await page.getByRole('button', { name: '2번 증명 묶음' }).click();
    const bundleText = await eventually(async () => {
      const value = await page.getByLabel('증명 묶음 (JSON)').inputValue();
      if (!value) throw new Error('no bundle yet');
      return value;
    });
    const bundle = JSON.parse(bundleText) as {
      format: string;
      event: { type: string; revision: number };
      inclusionProof: string[];
      checkpoint: string;
    };
    expect(bundle.format).toBe('gongron-proof-bundle/v1');
    expect(bundle.event).toMatchObject({ type: 'AgendaItemAdopted', revision: 2 });
    expect(bundle.checkpoint).toContain('\n\n');
    await page.getByRole('button', { name: '증명 묶음 복사' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /복사했습니다|직접 선택해 복사하세요/ })
      .waitFor();
    await scanBothWidths('audit-02-item-history');
  });

  it('downloads the item’s history as XLSX and as CSV for Excel, both with Korean headers intact', async () => {
    await openItemHistory();
    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: '이 기록의 이력 XLSX 내려받기' }).click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toBe(`감사 이력-agenda-item_${itemId}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('이력');
    const heading = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(heading.slice(0, 8)).toEqual([
      '로그 위치',
      '기록(스트림)',
      '리비전',
      '이벤트 유형',
      '스키마 버전',
      '기록 시각(KST)',
      '효력 시각(KST)',
      '행위자 역할',
    ]);
    expect(sheet.rowCount).toBe(7);
    expect(sheet.getRow(4).getCell(4).value).toBe('AgendaItemAdopted');
    expect(sheet.getRow(4).getCell(8).value).toBe('간사');

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: '이 기록의 이력 CSV 내려받기' }).click();
    const csv = readFileSync((await (await csvDownload).path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['로그 위치', '기록(스트림)', '리비전', '이벤트 유형']);
    expect(lines).toHaveLength(7);
    expect(lines[3]).toContain('AgendaItemAdopted');
  });

  it('verifies the record intact, and after a byte changed directly in the database names the first broken link', async () => {
    await openItemHistory();
    await page.getByRole('button', { name: '이 기록 검증' }).click();
    await page
      .locator('#audit-verify-result')
      .getByText(/무결성 확인: 기록 1개, 이벤트 6개/)
      .waitFor();

    const raw = new Database(join(web.api.dataDir, 'gongron.sqlite'));
    const target = raw
      .prepare('select position, data from gongron_events where stream_id = ? and revision = 1')
      .get(`agenda-item:${itemId}`) as { position: number; data: string };
    // The log refuses UPDATE: someone with DDL rights drops the trigger first.
    raw.exec('drop trigger gongron_events_no_update');
    const rewrite = raw.prepare('update gongron_events set data = ? where position = ?');
    rewrite.run(target.data.replace('{', '{"tampered":true,'), target.position);
    try {
      await page.getByRole('button', { name: '이 기록 검증' }).click();
      const result = page.locator('#audit-verify-result');
      await result.getByText(`변조 발견: 처음 끊어진 연결은 기록 agenda-item:${itemId}의 리비전 1`).waitFor();
      await result.getByText('저장된 내용이 해시와 맞지 않습니다').waitFor();
      const history = page.getByRole('table', { name: /이력: 리비전/ });
      await history.locator('tr[data-revision="1"]').getByText('변조됨').waitFor();
      await scanBothWidths('audit-03-item-tampered');
    } finally {
      // The byte put back, so the file's other tests read the history as recorded.
      rewrite.run(target.data, target.position);
      raw.close();
    }
  });
});
