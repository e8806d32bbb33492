/**
 * The public site in real Chromium, without signing in: a citizen goes from the home page to the
 * province and to a district, reads the figures of a chart in the table beside it, downloads the
 * 부속합의서 PDF (its text extracted here holds every project and amount of the agreement) and the
 * open data (CSV with BOM and Korean headers, XLSX parsed with exceljs, JSON), and follows the
 * Atom feed (well-formed Atom 1.0 as the browser's XML parser reads it). Then every public page,
 * at desktop and phone width, and every public download is searched for the personal values the
 * history holds (names, a phone number inside an opinion, signatories, reasons naming people):
 * none is found; every page passes axe-core and is kept as a screenshot.
 */
import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import type { APIResponse, Download, Page } from 'playwright-core';
import { callThroughOverload } from '../e2e/api-support.js';
import { browserAvailable, cleanBuilds, keep, startWeb, type WebHarness } from './browser-support.js';
import { recordPublicHistory, type PublicHistory } from '../support/public-history.js';

jest.setTimeout(300_000);

const describeBrowser = browserAvailable() ? describe : describe.skip;
const DISTRICT = 'gapyeong';
const seoulToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const thousand = (won: number) => new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 3 }).format(won / 1000);

async function downloaded(download: Download): Promise<Buffer> {
  const file = await download.path();
  if (!file) throw new Error(`download ${download.url()} failed: ${await download.failure()}`);
  return readFileSync(file);
}

/** A GET from the page's context, sent again while the API sheds it (503 with Retry-After: nothing was done), as a browser's reload would. */
async function getThroughOverload(page: Page, path: string): Promise<APIResponse> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await page.request.get(path);
    if (answer.status() !== 503 || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, Number(answer.headers()['retry-after'] ?? 1) * 1000));
  }
}

async function pdfText(bytes: Buffer): Promise<string> {
  return (await new PDFParse({ data: new Uint8Array(bytes) }).getText()).text;
}

describeBrowser('the public site in Chromium, without signing in', () => {
  let web: WebHarness;
  let dataDir: string;
  let history: PublicHistory;
  const today = seoulToday();
  let year = 0;

  const noPersonalData = (label: string, text: string) => {
    const found = history.planted.filter((value) => text.includes(value));
    expect({ label, found }).toEqual({ label, found: [] });
  };

  async function scan(page: Page, name: string): Promise<void> {
    expect({ page: name, violations: await keep(page, name) }).toEqual({ page: name, violations: [] });
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gongron-web-public-'));
    web = await startWeb({ GONGRON_DATA_DIR: dataDir });
    history = await recordPublicHistory(web.api, DISTRICT, today);
    year = history.year;
    // The read models have caught up with the last expenditure before a citizen looks.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const answer = await callThroughOverload(web.api, 'GET', `/public/districts/${DISTRICT}`);
      if (answer.body?.totals?.spent?.total === history.spent.educationOffice + history.spent.localGovernment) break;
      if (Date.now() > deadline) throw new Error(`the district view did not catch up: ${JSON.stringify(answer.body?.totals)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 300_000);

  afterAll(async () => {
    await web?.close();
    cleanBuilds();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('a citizen opens a district, reads a chart’s table, downloads the 부속합의서 PDF and the open data, and follows the feed', async () => {
    const context = await web.person();
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: '31개 시·군 현황 보기' }).click();
    await page.getByRole('heading', { level: 1, name: '31개 시·군 미래교육협력지구 현황' }).waitFor();
    const province = page.getByRole('region', { name: /시·군별 안건 수/ });
    await expect(province.locator('tbody tr').count()).resolves.toBe(31);
    const row = province.locator('tr', { hasText: '가평군' });
    await expect(row.locator('td').nth(5).textContent()).resolves.toContain(thousand(82_750_000));
    await page.getByText(/기록 위치 [\d,]+까지 반영 · \d{4}년 \d+월 \d+일 \d{2}:\d{2} 기준 \(한국 시간\)/).waitFor();
    await row.getByRole('link', { name: '가평군' }).click();

    await page.getByRole('heading', { level: 1, name: '가평군 미래교육협력지구' }).waitFor();
    await page.getByText('경기도가평교육지원청과 가평군이 함께 운영합니다.').waitFor();
    // The chart is a picture with a title; its figures are in the table beside it.
    await page.locator('svg[role="img"] title', { hasText: '재원별 배정액과 집행액' }).waitFor({ state: 'attached' });
    const chartTable = page.getByRole('region', { name: `${year}년 재원별 배정액, 집행액, 잔액(천원)과 집행률` });
    const cells = async (name: string) =>
      (
        await chartTable
          .locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) })
          .locator('td')
          .allTextContents()
      ).map((text) => text.replace(/\s*\(.*\)$/, ''));
    expect(await cells('교육청')).toEqual([thousand(45_500_000), thousand(12_500_000), thousand(33_000_000), '27.5%']);
    expect(await cells('지자체')).toEqual([thousand(37_250_000), thousand(8_000_000), thousand(29_250_000), '21.5%']);
    expect(await cells('계')).toEqual([thousand(82_750_000), thousand(20_500_000), thousand(62_250_000), '24.8%']);
    const goalTable = page.getByRole('region', { name: `${year}년 추진목표별 세부사업 수, 배정액, 집행액(천원)` });
    await expect(goalTable.locator('tr', { hasText: '2. 균형' }).locator('td').first().textContent()).resolves.toBe('1');
    // Decisions with their Korean outcome and tally; the amendment with its date.
    const decisions = page.getByRole('region', { name: '최근 의결: 의결일, 회의체, 안건, 결과, 표결' });
    await decisions
      .locator('tr', { hasText: '하천 생태 탐구 방과후 교실' })
      .filter({ hasText: '가결' })
      .filter({ hasText: '12·9·7·1·1' })
      .waitFor();
    await decisions
      .locator('tr', { hasText: '민·관·학 지역교육협의체' })
      .filter({ hasText: '의제 채택' })
      .filter({ hasText: '15·11·9·1·1' })
      .waitFor();
    const amendments = page.getByRole('region', { name: new RegExp(`${year}년 동의된 변경`) });
    await amendments
      .locator('tr', { hasText: '하천 생태 탐구 방과후 교실' })
      .filter({ hasText: '지자체 → 교육청' })
      .filter({ hasText: '지자체 25,000' })
      .waitFor();
    await scan(page, '50-public-district-desktop');

    // The 부속합의서 PDF: every project and every amount of 제1조, in 천원.
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `${year}년 부속합의서 PDF 내려받기` }).click(),
    ]);
    const pdf = await downloaded(pdfDownload);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(`${year}년가평군미래교육협력지구부속합의서`);
    for (const project of history.agreementProjects) {
      expect(flat).toContain(project.title.replace(/\s+/g, ''));
      for (const amount of [project.educationOffice, project.localGovernment, project.educationOffice + project.localGovernment])
        expect(text).toContain(thousand(amount));
    }
    for (const part of ['제1조', '제2조', '제3조', '경기도가평교육지원청', '교육장(서명)', '군수(서명)']) expect(flat).toContain(part);
    noPersonalData('the 부속합의서 PDF', text);

    // Open data of the district: CSV with a BOM and Korean headers, XLSX with Korean headers.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '이 지구의 공공데이터: 세부사업 예산 (CSV)' }).click(),
    ]);
    const csv = await downloaded(csvDownload);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      '지구코드,지구,연도,세부사업ID,세부사업,추진목표,추진과제,사업상태코드,사업상태,재원,계획액(원),배정액(원),집행액(원),반환액(원),잔액(원)',
    );
    expect(lines.slice(1).filter((line) => line.includes('하천 생태 탐구 방과후 교실'))).toHaveLength(2);
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '이 지구의 공공데이터: 세부사업 예산 (XLSX)' }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloaded(xlsxDownload)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual(['지구코드', '지구', '연도', '세부사업ID', '세부사업']);
    const spentColumn = (sheet.getRow(1).values as unknown[]).indexOf('집행액(원)');
    const spent = [2, 3, 4, 5].map((n) => sheet.getRow(n).getCell(spentColumn).value).filter((value) => typeof value === 'number');
    expect((spent as number[]).reduce((a, b) => a + b, 0)).toBe(20_500_000);

    // The Atom feed: well-formed XML in the Atom namespace, one entry per decision.
    const feed = await getThroughOverload(page, `/public/districts/${DISTRICT}/decisions.atom`);
    expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    // Read by the browser's own XML parser (run in the page: the test has no DOM of its own).
    const atom = (await page.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(await feed.text())}, 'application/xml');
      const NS = 'http://www.w3.org/2005/Atom';
      const root = doc.documentElement;
      const first = (node, name) => node.getElementsByTagNameNS(NS, name)[0];
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: root.namespaceURI + ' ' + root.localName,
        feed: ['id', 'title', 'updated', 'author'].map((name) => first(root, name) !== undefined),
        entries: [...doc.getElementsByTagNameNS(NS, 'entry')].map((entry) => ({
          id: first(entry, 'id')?.textContent ?? '',
          title: first(entry, 'title')?.textContent ?? '',
          updated: !Number.isNaN(Date.parse(first(entry, 'updated')?.textContent ?? '')),
        })),
      };
    })()`)) as { error: number; root: string; feed: boolean[]; entries: Array<{ id: string; title: string; updated: boolean }> };
    expect(atom.error).toBe(0);
    expect(atom.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(atom.feed).toEqual([true, true, true, true]);
    expect(atom.entries).toHaveLength(3);
    for (const entry of atom.entries)
      expect(entry).toEqual({ id: expect.stringMatching(/^urn:uuid:[0-9a-f-]{36}$/), title: expect.any(String), updated: true });
    expect(atom.entries.map((entry) => entry.title).sort()).toEqual([
      '[가결] 하천 생태 탐구 방과후 교실',
      '[기각] 학교 밖 청소년 진로 상담',
      '[의제 채택] 하천 생태 탐구 방과후 교실',
    ]);

    // The printable 부속합의서: the same table; printing leaves the site's frame out.
    await page.getByRole('link', { name: `${year}년 부속합의서 보기 (인쇄용)` }).click();
    await page.getByRole('heading', { level: 1, name: `${year}년 가평군 미래교육협력지구 부속합의서` }).waitFor();
    await page
      .getByRole('region', { name: '제1조 세부사업과 예산' })
      .locator('tfoot', { hasText: thousand(82_750_000) })
      .waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#krds-header').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: '인쇄하기' }).isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // In English the page says so and keeps the Korean document as signed.
    await page.getByRole('button', { name: '언어 변경' }).click();
    await page.getByRole('link', { name: 'English (영어)' }).click();
    await page.getByText('The supplementary agreement is a Korean document; it is shown as signed.').waitFor();
    await page
      .getByRole('link', { name: 'Back to' })
      .or(page.getByRole('link', { name: 'Gapyeong', exact: true }))
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Gapyeong Future Education Cooperation District' }).waitFor();
    await page.getByRole('region', { name: `${year}: allocated, spent and remaining by funder (thousand won), share spent` }).waitFor();
    await scan(page, '51-public-district-english');
    await context.close();
  });

  it('no public page or download shows a personal value planted in the history; every page passes axe at desktop and phone width', async () => {
    const context = await web.person();
    const page = await context.newPage();
    const pages: Array<[string, string, RegExp]> = [
      ['home', '/', /미래교육협력지구 업무 누리집/],
      ['province', '/districts', /31개 시·군 미래교육협력지구 현황/],
      ['district', `/districts/${DISTRICT}`, /가평군 미래교육협력지구/],
      ['agreement', `/districts/${DISTRICT}/agreements/${year}`, /부속합의서/],
      ['letter', `/districts/${DISTRICT}/letter?year=${year}`, /가평군 미래교육협력지구 사업을 안내합니다/],
      ['open-data', '/open-data', /공공데이터와 데이터 사전/],
    ];
    for (const [width, suffix] of [
      [1280, 'desktop'],
      [390, 'phone'],
    ] as const) {
      await page.setViewportSize({ width, height: 844 });
      for (const [name, path, heading] of pages) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.locator('.gongron-loading').waitFor({ state: 'detached' });
        noPersonalData(`${path} (${suffix})`, await page.content());
        await scan(page, `52-public-${name}-${suffix}`);
        // A citizen's phone never scrolls the page sideways: a wide table scrolls inside its own frame.
        expect({ page: name, width: await page.evaluate<number>('document.documentElement.scrollWidth') }).toEqual({ page: name, width });
      }
    }
    // The 가정통신문 lists the year's projects and whom to ask.
    await page.goto(`/districts/${DISTRICT}/letter?year=${year}`);
    for (const project of history.agreementProjects) await page.getByRole('rowheader', { name: project.title }).waitFor();
    await page.getByText('경기도가평교육지원청 미래교육협력지구 담당').waitFor();
    await page.getByText('가평군 미래교육협력지구 담당').waitFor();

    // Every download the open-data page offers, for the province and for the district, and every public JSON answer.
    await page.goto('/open-data');
    await page.getByRole('heading', { level: 1, name: '공공데이터와 데이터 사전' }).waitFor();
    const files = await page.locator('a[download]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(files).toHaveLength(12);
    const downloads = [
      ...files,
      ...files.map((file) => `${file}?district=${DISTRICT}`),
      `/public/agreements/${DISTRICT}/${year}/agreement.pdf`,
      `/public/districts/${DISTRICT}/decisions.atom`,
      `/public/districts/${DISTRICT}`,
      `/public/agreements/${DISTRICT}/${year}`,
      '/public/province',
      '/public/open-data',
      `/public/decisions?district=${DISTRICT}`,
      `/public/agenda-board?district=${DISTRICT}`,
      `/public/budget/amendments?district=${DISTRICT}`,
      `/public/agreements?district=${DISTRICT}`,
      `/public/dashboard/${DISTRICT}`,
    ];
    for (const path of downloads) {
      const answer = await getThroughOverload(page, path);
      expect({ path, status: answer.status() }).toEqual({ path, status: 200 });
      const body = await answer.body();
      let text: string;
      if (path.endsWith('.pdf')) text = await pdfText(body);
      else if (path.includes('.xlsx')) {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(body as unknown as ArrayBuffer);
        text = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String)).join('\n');
        expect(text).toContain('지구코드');
      } else text = body.toString('utf8');
      noPersonalData(path, text);
    }
    await context.close();
  });
});
