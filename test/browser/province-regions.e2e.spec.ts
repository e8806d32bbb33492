/**
 * The province page by region in real Chromium, without signing in, on an installation whose
 * organisation file groups the districts its own way and gives one district its own names for its
 * bodies and two civic councils: the regions table lists each region with its number of districts
 * and its sums, choosing a region shows only its districts (and their total), and the district's
 * page names its bodies as the district does, and so does an item's page for a secretary of one
 * of its civic councils. Each page passes axe-core and is kept as a screenshot.
 */
import { jest } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { defaultRegions } from '@gongron/domain';
import { callThroughOverload } from '../e2e/api-support.js';
import { browserAvailable, cleanBuilds, keep, signIn, startWeb, type WebHarness } from './browser-support.js';
import { recordPublicHistory, type PublicHistory } from '../support/public-history.js';

jest.setTimeout(300_000);

const describeBrowser = browserAvailable() ? describe : describe.skip;
const DISTRICT = 'gapyeong';
const seoulToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const thousand = (won: number) => new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 3 }).format(won / 1000);

/** The default regions, except that 가평군 and 양평군 form a region of their own (동부 산간권). */
const regions = [
  ...defaultRegions.map((region) =>
    region.code === 'east' ? { ...region, districts: region.districts.filter((d) => d !== 'gapyeong' && d !== 'yangpyeong') } : region,
  ),
  { code: 'east-highland', name: '동부 산간권', englishName: 'East highlands', districts: ['gapyeong', 'yangpyeong'] },
];

describeBrowser('the province page by region, in Chromium', () => {
  let web: WebHarness;
  let dataDir: string;
  let history: PublicHistory;

  async function scan(page: Page, name: string): Promise<void> {
    expect({ page: name, violations: await keep(page, name) }).toEqual({ page: name, violations: [] });
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gongron-web-regions-'));
    const file = join(dataDir, 'organisation.json');
    writeFileSync(
      file,
      JSON.stringify({
        regions,
        districts: {
          gapyeong: {
            bodyNames: { 'civic-council': '가평 마을교육공동체 협의회', 'steering-committee': '가평 미래교육 운영위원회' },
            civicCouncils: [
              { code: 'north', name: '가평 북부권 마을교육공동체 협의회' },
              { code: 'south', name: '가평 남부권 마을교육공동체 협의회' },
            ],
          },
        },
      }),
    );
    web = await startWeb({ GONGRON_DATA_DIR: dataDir, GONGRON_ORGANISATION_FILE: file });
    history = await recordPublicHistory(web.api, DISTRICT, seoulToday());
    const allocated = history.agreementProjects.reduce((sum, p) => sum + p.educationOffice + p.localGovernment, 0);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const answer = await callThroughOverload(web.api, 'GET', '/public/province');
      const region = answer.body?.regions?.find((r: { code: string }) => r.code === 'east-highland');
      if (region?.totals?.allocated === allocated) break;
      if (Date.now() > deadline) throw new Error(`the province view did not catch up: ${JSON.stringify(region)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 300_000);

  afterAll(async () => {
    await web?.close();
    cleanBuilds();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('groups the districts by the configured regions, with counts per region, and filters by region', async () => {
    const allocated = history.agreementProjects.reduce((sum, p) => sum + p.educationOffice + p.localGovernment, 0);
    const page = await (await web.person()).newPage();
    await page.goto('/districts');
    await page.getByRole('heading', { level: 1, name: '31개 시·군 미래교육협력지구 현황' }).waitFor();

    const byRegion = page.getByRole('region', { name: /^권역별 시·군 수/ });
    await expect(byRegion.locator('tbody tr').count()).resolves.toBe(7);
    const highland = byRegion.locator('tr', { has: page.getByRole('rowheader', { name: '동부 산간권', exact: true }) });
    const highlandCells = await highland.locator('td').allTextContents();
    expect(highlandCells[0]).toBe('2');
    expect(highlandCells[4]).toContain(thousand(allocated));
    const east = await byRegion
      .locator('tr', { has: page.getByRole('rowheader', { name: '동부권', exact: true }) })
      .locator('td')
      .allTextContents();
    expect(east[0]).toBe('4');
    const districtCounts = (await byRegion.locator('tbody tr td:first-of-type').allTextContents()).map(Number);
    expect(districtCounts.reduce((sum, n) => sum + n, 0)).toBe(31);
    const all = page.getByRole('region', { name: /^시·군별 안건 수/ });
    await expect(all.locator('tbody tr').count()).resolves.toBe(31);
    await scan(page, '70-province-by-region');

    await page.getByLabel('권역', { exact: true }).selectOption({ label: '동부 산간권 (2)' });
    const chosen = page.getByRole('region', { name: /^동부 산간권의 시·군별 안건 수/ });
    await chosen.waitFor();
    expect(await chosen.locator('tbody th[scope="row"]').allTextContents()).toEqual(['가평군', '양평군']);
    expect(await chosen.locator('tfoot td').nth(3).textContent()).toContain(thousand(allocated));
    expect(new URL(page.url()).search).toBe('?region=east-highland');
    await scan(page, '71-province-one-region');

    // Another region from its row in the regions table; the address keeps the choice.
    await byRegion.getByRole('link', { name: '북서부권', exact: true }).click();
    const northWest = page.getByRole('region', { name: /^북서부권의 시·군별 안건 수/ });
    await northWest.waitFor();
    expect(await northWest.locator('tbody th[scope="row"]').allTextContents()).toEqual(['고양시', '파주시', '김포시']);
    await page.reload();
    await northWest.waitFor();
    await expect(page.getByLabel('권역', { exact: true }).inputValue()).resolves.toBe('north-west');
  });

  it("names a district's bodies and civic councils as the district does", async () => {
    const page = await (await web.person()).newPage();
    await page.goto(`/districts/${DISTRICT}`);
    await page.getByRole('heading', { level: 1, name: '가평군 미래교육협력지구' }).waitFor();
    const bodies = page.getByRole('region', { name: '권역과 협의체' });
    await bodies.getByRole('link', { name: '동부 산간권' }).waitFor();
    // Its own names where it gives one, the plan's name for the working council.
    expect(await bodies.locator('dd > span').allTextContents()).toEqual([
      '가평 마을교육공동체 협의회',
      '미래교육협력지구 지역협의체',
      '가평 미래교육 운영위원회',
    ]);
    expect(await bodies.locator('.gongron-councils li').allTextContents()).toEqual([
      '가평 북부권 마을교육공동체 협의회',
      '가평 남부권 마을교육공동체 협의회',
    ]);
    // The decisions name the body as the district does.
    const decisions = page.getByRole('region', { name: '최근 의결: 의결일, 회의체, 안건, 결과, 표결' });
    await decisions.locator('tr', { hasText: '가평 마을교육공동체 협의회' }).filter({ hasText: '의제 채택' }).first().waitFor();
    await decisions.locator('tr', { hasText: '가평 미래교육 운영위원회' }).filter({ hasText: '가결' }).first().waitFor();
    await scan(page, '72-district-local-body-names');
  });

  it("names the item's civic council and the district's bodies on the item's page", async () => {
    const south = await web.api.token({ role: 'secretary', district: DISTRICT, body: 'civic-council', council: 'south' });
    const proposed = await web.api.call('POST', '/agenda-items', {
      token: south,
      body: {
        district: DISTRICT,
        title: '남부권 학생 동아리 공간',
        description: '남부권 학생들이 함께 쓰는 공간',
        proposerCategory: 'student',
      },
    });
    expect(proposed.status).toBe(201);
    const page = await (await web.person()).newPage();
    await signIn(page, south);
    await page.goto(`/agenda/${proposed.body.state.itemId}`);
    await page.getByRole('heading', { level: 1, name: '남부권 학생 동아리 공간' }).waitFor();
    await page.getByText('가평 남부권 마을교육공동체 협의회').first().waitFor();
    const stepsList = page.getByRole('list', { name: '협의체 단계' });
    await stepsList.getByText('가평 미래교육 운영위원회').waitFor();
    expect(await stepsList.locator('.step-tit').allTextContents()).toEqual([
      '가평 마을교육공동체 협의회',
      '미래교육협력지구 지역협의체',
      '가평 미래교육 운영위원회',
    ]);
    // The header names the secretary's own council; signed in, the secretary acts as that council's.
    await page.getByText('간사 · 가평군 · 가평 남부권 마을교육공동체 협의회').waitFor();
    await scan(page, '73-item-local-body-names');
    await page.getByRole('button', { name: '공론화 시작' }).click();
    await page.getByLabel('공론화 방식').fill('남부권 학생 설문');
    await page.getByRole('button', { name: '공론화 시작 저장' }).click();
    await page.getByText('공론화 시작 완료').waitFor();
  });
});
