/**
 * The evaluation page in real Chromium: after the province office records the year's survey and
 * suwon's official its self-evaluation over the API, a signed-in official reaches 평가 from the
 * main menu and reads the survey (period, respondents per group and their total, the common
 * indicators), the province-wide importance–performance analysis (the chart and the table of items
 * with their quadrant: 인성·정서 상담 프로그램 in 집중지원), the district's own analysis, and the
 * district's self-evaluation with its report and the project its indicator measures. The province
 * office reads another district that has recorded nothing. Each page passes axe-core and is kept
 * as a screenshot.
 */
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { browserAvailable, cleanBuilds, keep, signIn, startWeb, type WebHarness } from './browser-support.js';
import { samplePdf } from '../support/attachment-samples.js';

jest.setTimeout(300_000);

const describeBrowser = browserAvailable() ? describe : describe.skip;
const YEAR = 2025;

const survey = {
  year: YEAR,
  title: `${YEAR} 미래교육협력지구 공통지표 설문조사`,
  period: { from: `${YEAR}-10-24`, to: `${YEAR}-11-08` },
  respondents: { students: 71_271, parents: 20_592, teachers: 24_507 },
  conductedWith: '경기도교육연구원',
  indicators: [
    { indicatorId: 'counselling', name: '인성·정서 상담 프로그램', taskCode: '2-3', importance: 4.35, performance: 3.62 },
    { indicatorId: 'local-experience', name: '지역 연계 체험활동', taskCode: '2-2', importance: 4.2, performance: 4.05 },
    { indicatorId: 'village-community', name: '마을교육공동체 참여', taskCode: '1-1', importance: 3.7, performance: 3.55 },
    { indicatorId: 'career', name: '진로·직업 체험', taskCode: '3-1', importance: 3.8, performance: 4.1 },
  ],
  results: [
    { district: 'suwon', indicatorId: 'counselling', importance: 4.4, performance: 3.5 },
    { district: 'suwon', indicatorId: 'local-experience', importance: 4.1, performance: 4.2 },
    { district: 'suwon', indicatorId: 'village-community', importance: 3.6, performance: 3.4 },
    { district: 'suwon', indicatorId: 'career', importance: 3.9, performance: 4.0 },
  ],
};

describeBrowser('the evaluation page, in Chromium', () => {
  let web: WebHarness;
  let official: string;
  let province: string;
  let projectId: string;

  async function scan(page: Page, name: string): Promise<void> {
    expect({ page: name, violations: await keep(page, name) }).toEqual({ page: name, violations: [] });
  }

  const quadrants = async (page: Page, caption: RegExp) => {
    const table = page.getByRole('region', { name: caption });
    await table.locator('tbody tr').first().waitFor();
    const rows = await table.locator('tbody tr').all();
    return Promise.all(rows.map(async (row) => [await row.locator('th').textContent(), await row.locator('td').last().textContent()]));
  };

  beforeAll(async () => {
    web = await startWeb();
    province = await web.api.token({ role: 'province', name: '경기도교육청 지역교육협력과' });
    official = await web.api.token({ role: 'official', district: 'suwon', party: 'education-office', name: '수원교육지원청' });
    const recorded = await web.api.call('POST', '/evaluations/province', { token: province, body: survey });
    expect(recorded.status).toBe(201);
    const created = await web.api.call('POST', '/projects', {
      token: official,
      body: {
        district: 'suwon',
        year: YEAR,
        title: '인성·정서 상담 프로그램',
        taskCode: '2-3',
        plannedBudget: { 'education-office': 8_000_000, 'local-government': 4_000_000 },
      },
    });
    expect(created.status).toBe(201);
    projectId = created.body.state.projectId as string;
    const upload = await fetch(`${web.api.url}/attachments?name=${encodeURIComponent(`${YEAR} 수원 자체평가 보고서.pdf`)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${official}`, 'content-type': 'application/pdf' },
      body: samplePdf(`${YEAR} 수원 자체평가 보고서`),
    });
    expect(upload.status).toBe(201);
    const { sha256 } = (await upload.json()) as { sha256: string };
    const evaluation = await web.api.call('POST', '/evaluations/districts', {
      token: official,
      body: {
        district: 'suwon',
        year: YEAR,
        summary: '상담 참여가 목표에 못 미쳐 다음 해에 확대합니다.',
        indicators: [
          { indicatorId: 'participants', name: '상담 참여 학생', target: 1200, result: 950, unit: '명', projectIds: [projectId] },
        ],
        report: { sha256, name: `${YEAR} 수원 자체평가 보고서.pdf` },
      },
    });
    expect(evaluation.status).toBe(201);
  }, 300_000);

  afterAll(async () => {
    await web?.close();
    cleanBuilds();
  });

  it("shows the survey, the province-wide and the district's IPA, and the district's self-evaluation", async () => {
    const page = await (await web.person()).newPage();
    await signIn(page, official);
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '평가' }).click();
    await page.getByRole('heading', { level: 1, name: '평가' }).waitFor();
    await page.getByLabel('평가 연도').selectOption(String(YEAR));
    await page.getByRole('heading', { level: 3, name: survey.title }).waitFor();
    // The official's own district is the scope it opens with.
    await expect(page.getByLabel('범위').inputValue()).resolves.toBe('suwon');
    expect(new URL(page.url()).search).toBe(`?year=${YEAR}&district=suwon`);

    await page.getByText('2025년 10월 24일 – 2025년 11월 8일').waitFor();
    const respondents = page.getByRole('region', { name: /^응답자 수/ });
    expect(await respondents.locator('td').allTextContents()).toEqual(['71,271', '20,592', '24,507', '116,370']);
    const indicators = page.getByRole('region', { name: /^공통지표/ });
    expect(await indicators.locator('tbody th').allTextContents()).toEqual(survey.indicators.map((i) => i.name));

    await page.getByRole('heading', { level: 2, name: '중요도–수행도 분석 (IPA): 수원시' }).waitFor();
    expect(await quadrants(page, /^수원시의 지표별 중요도, 수행도, 사분면/)).toEqual([
      ['인성·정서 상담 프로그램', '집중지원'],
      ['지역 연계 체험활동', '유지강화'],
      ['마을교육공동체 참여', '점진개선'],
      ['진로·직업 체험', '현상유지'],
    ]);
    const chart = page.getByRole('img', { name: /^수원시의 지표별 중요도\(가로\)와 수행도\(세로\)/ });
    await expect(chart.locator('circle').count()).resolves.toBe(4);

    const self = page.getByRole('region', { name: /^수원시 자체평가 개별지표/ });
    expect(await self.locator('tbody td').allTextContents()).toEqual(['1,200명', '950명', '79.2%', '세부사업 1']);
    const report = page.getByRole('link', { name: `자체평가 보고서: ${YEAR} 수원 자체평가 보고서.pdf` });
    expect(await report.getAttribute('href')).toMatch(/^\/attachments\/[0-9a-f]{64}$/);
    await page.getByText('상담 참여가 목표에 못 미쳐 다음 해에 확대합니다.').waitFor();
    await scan(page, '80-evaluation-district');

    await page.getByLabel('범위').selectOption({ label: '경기도 전체' });
    await page.getByRole('heading', { level: 2, name: '중요도–수행도 분석 (IPA): 경기도 전체' }).waitFor();
    expect(await quadrants(page, /^경기도 전체의 지표별 중요도, 수행도, 사분면/)).toEqual([
      ['인성·정서 상담 프로그램', '집중지원'],
      ['지역 연계 체험활동', '유지강화'],
      ['마을교육공동체 참여', '점진개선'],
      ['진로·직업 체험', '현상유지'],
    ]);
    await expect(page.getByRole('heading', { level: 2, name: /^자체평가/ }).count()).resolves.toBe(0);
    await scan(page, '81-evaluation-province');

    await page.getByLabel('범위').selectOption('suwon');
    await self.getByRole('link', { name: '세부사업 1' }).click();
    await page.getByRole('heading', { level: 1, name: '인성·정서 상담 프로그램' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/projects/${projectId}`);
  });

  it('tells the province office that a district without results has no analysis and no self-evaluation yet', async () => {
    const page = await (await web.person()).newPage();
    await signIn(page, province);
    // Opened by its address (a reload or a shared link), not only through the menu.
    await page.goto(`/evaluations?year=${YEAR}&district=osan`);
    await page.getByRole('heading', { level: 3, name: survey.title }).waitFor();
    await page.getByText('오산시의 분석 결과가 없습니다.').waitFor();
    await page.getByText(`오산시의 ${YEAR}년 자체평가가 아직 기록되지 않았습니다.`).waitFor();
    await scan(page, '82-evaluation-nothing-yet');
  });
});
