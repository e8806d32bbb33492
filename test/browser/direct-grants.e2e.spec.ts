/**
 * Direct grants (지정 교부) beside a call's grants, and a school's expenditure naming its grant, in
 * real Chromium: suwon's project has granted one school through its call; on the school calls page
 * the education office's official sees that grant in the project's list, is refused a direct
 * grant above what the allocation leaves with the API's Korean message under the field it names,
 * then grants directly and sees both kinds listed with their totals. On the project page the
 * expenditure form asks for the grant once a school executed it; above the grant the Korean
 * refusal lands under the amount, within it the expenditure is recorded with the grant's school.
 * Each step passes axe-core at desktop and phone width and is kept as a screenshot.
 */
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { eventually } from '../e2e/api-support.js';
import { browserAvailable, cleanBuilds, keep, signIn, startWeb, type WebHarness } from './browser-support.js';

jest.setTimeout(300_000);

const describeBrowser = browserAvailable() ? describe : describe.skip;
const seoulDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
const won = (educationOffice: number, localGovernment: number) => ({
  'education-office': educationOffice,
  'local-government': localGovernment,
});

describeBrowser('direct grants to schools and a school’s expenditure from its grant, in Chromium', () => {
  let web: WebHarness;
  let education: string;
  let projectId: string;

  async function scanBoth(page: Page, name: string): Promise<void> {
    expect({ page: name, violations: await keep(page, name) }).toEqual({ page: name, violations: [] });
    await page.setViewportSize({ width: 390, height: 844 });
    expect({ page: `${name}-phone`, violations: await keep(page, `${name}-phone`) }).toEqual({ page: `${name}-phone`, violations: [] });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  beforeAll(async () => {
    web = await startWeb();
    const api = web.api;
    education = await api.token({ role: 'official', district: 'suwon', party: 'education-office', name: '수원 교육지원청' });
    const city = await api.token({ role: 'official', district: 'suwon', party: 'local-government', name: '수원시' });
    const today = seoulDay();
    const year = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 3 ? 1 : 0);
    const created = await api.call('POST', '/projects', {
      token: education,
      body: { district: 'suwon', year, title: '학교 교육과정 연계 마을교육', taskCode: '2-1', plannedBudget: won(60_000_000, 40_000_000) },
    });
    expect(created.status).toBe(201);
    projectId = created.body.state.projectId as string;
    const agreement = `/agreements/suwon/${year}`;
    expect((await api.call('POST', '/agreements', { token: education, body: { district: 'suwon', year } })).status).toBe(201);
    const listed = await api.call('POST', `${agreement}/projects`, {
      token: education,
      body: { projectId, title: '학교 교육과정 연계 마을교육', taskCode: '2-1', budget: won(60_000_000, 40_000_000) },
    });
    expect(listed.status).toBe(200);
    for (const token of [education, city]) {
      expect((await api.call('POST', `${agreement}/signatures`, { token, body: { signedOn: today } })).status).toBe(200);
    }
    await eventually(async () =>
      expect((await api.call('GET', `/projects/${projectId}`, { token: education })).body.state.status).toBe('agreed'),
    );
    // The project's call grants 수원매탄초등학교 20,000,000 won of the office's money and 10,000,000 of the city's.
    const call = `/school-calls/${projectId}.call-1`;
    const steps: [string, Record<string, unknown>][] = [
      [
        `/projects/${projectId}/school-calls`,
        {
          number: 1,
          title: '마을교육 공모',
          criteria: ['교육과정 연계성'],
          amount: won(50_000_000, 30_000_000),
          opensOn: today,
          closesOn: seoulDay(14),
        },
      ],
      [
        `${call}/applications`,
        { applicationId: 'app-1', schoolId: 'suwon-maetan-es', requested: won(20_000_000, 10_000_000), plan: '마을 강사 수업' },
      ],
      [`${call}/closure`, {}],
      [`${call}/applications/app-1/selection`, { score: 90, reasons: ['교육과정 연계가 구체적임'] }],
      [`${call}/selection-conclusion`, {}],
      [`${call}/grants`, { grantId: 'call-grant-1', applicationId: 'app-1', amount: won(20_000_000, 10_000_000) }],
    ];
    for (const [path, body] of steps) {
      const answer = await api.call('POST', path, { token: education, body });
      expect([path, answer.status < 300]).toEqual([path, true]);
    }
    expect((await api.call('POST', `/projects/${projectId}/start`, { token: education, body: {} })).status).toBe(200);
  }, 300_000);

  afterAll(async () => {
    await web?.close();
    cleanBuilds();
  });

  it('grants directly within the allocation, lists both kinds with totals, and ties the school’s expenditure to its grant', async () => {
    const page = await (await web.person()).newPage();
    await signIn(page, education);
    await page.goto(`/projects/${projectId}`);
    await page.getByRole('link', { name: '학교교부·공모 보기' }).click();
    await page.getByRole('heading', { level: 1, name: '학교교부·공모' }).waitFor();
    const grants = page.locator('[role=region][aria-label^="교부 현황:"]');
    await grants.getByRole('rowheader', { name: '수원매탄초등학교' }).waitFor();

    // Above what the allocation leaves (60,000,000 less the call's 20,000,000): refused in Korean under the field.
    const direct = () => page.locator('form[aria-labelledby="direct-grant-heading"]');
    await direct().getByLabel('교부 학교').selectOption({ label: '수원율천중학교 (중)' });
    await direct().getByLabel('교육청 교부액 (원)').fill('45000000');
    await direct().getByLabel('지자체 교부액 (원)').fill('10000000');
    await direct().getByLabel('지정 사유').fill('특수학급 생태 교육 거점학교로 지정');
    await direct().getByLabel('교부 목적').fill('생태 교육 강사비와 교재 구입');
    await direct().getByRole('button', { name: '지정 교부 등록 저장' }).click();
    const refusal = direct().getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('교육청 배정액 60,000,000원 중 20,000,000원을 이미 교부해');
    expect(await direct().locator('#direct-grant-amount-education-office-error').innerText()).toContain('남은 40,000,000원');
    expect(await grants.getByRole('rowheader').allInnerTexts()).toEqual(['수원매탄초등학교', '합계']);
    await scanBoth(page, '45-direct-grant-refused');

    // Within it: the direct grant is listed beside the call's, and the totals count both.
    await direct().getByLabel('교육청 교부액 (원)').fill('30000000');
    await direct().getByRole('button', { name: '지정 교부 등록 저장' }).click();
    await page.getByText('지정 교부 등록 완료').waitFor();
    await grants.getByRole('rowheader', { name: '수원율천중학교' }).waitFor();
    expect(await grants.getByRole('row').allInnerTexts()).toEqual([
      expect.stringContaining('구분'),
      expect.stringMatching(/수원매탄초등학교\s+공모\s+1차 공모\s+교육청 20,000/),
      expect.stringMatching(
        /수원율천중학교\s+지정 교부\s+교육청 30,000[\s\S]*특수학급 생태 교육 거점학교로 지정 · 생태 교육 강사비와 교재 구입/,
      ),
      expect.stringMatching(/합계\s+—\s+교육청 50,000\s+\(50,000,000원\)\s+지자체 20,000\s+\(20,000,000원\)/),
    ]);
    await scanBoth(page, '46-direct-grant-listed');
    const listed = await web.api.call('GET', `/projects/${projectId}/direct-grants`, { token: education });
    expect(listed.body.state.grants).toEqual([
      expect.objectContaining({ kind: 'direct', schoolId: 'suwon-yulcheon-ms', amount: won(30_000_000, 10_000_000) }),
    ]);

    // The project page asks for the grant once a school executed the money.
    await eventually(async () =>
      expect((await web.api.call('GET', `/school-grant-register?projectId=${projectId}`, { token: education })).body.items).toHaveLength(2),
    );
    await page.goto(`/projects/${projectId}`);
    await page.getByRole('heading', { level: 1, name: '학교 교육과정 연계 마을교육' }).waitFor();
    await expect(page.getByLabel('교부 (학교)').count()).resolves.toBe(0);
    await page.getByLabel('집행 주체').selectOption('school');
    const grantSelect = page.getByLabel('교부 (학교)');
    expect(await grantSelect.locator('option').allInnerTexts()).toEqual([
      '수원매탄초등학교 · 공모 · 교육청 20,000,000원',
      '수원율천중학교 · 지정 교부 · 교육청 30,000,000원',
    ]);
    await grantSelect.selectOption({ label: '수원율천중학교 · 지정 교부 · 교육청 30,000,000원' });
    await page.getByLabel('금액 (원)').fill('30000001');
    await page.getByLabel('집행 내용').fill('생태 교육 강사비');
    await page.getByRole('button', { name: '집행 등록 저장' }).click();
    const amountError = page.locator('#expenditure-amount-error');
    await amountError.waitFor();
    expect(await amountError.innerText()).toContain(
      '수원율천중학교에 교부한 교육청 30,000,000원 중 0원을 이미 집행해, 남은 30,000,000원보다 많은 30,000,001원은 집행할 수 없습니다',
    );
    await scanBoth(page, '47-school-expenditure-above-grant');

    await page.getByLabel('금액 (원)').fill('12000000');
    await page.getByRole('button', { name: '집행 등록 저장' }).click();
    await page.getByText('집행 등록 완료').waitFor();
    const state = (await web.api.call('GET', `/projects/${projectId}`, { token: education })).body.state;
    expect(state.expenditures).toEqual([
      expect.objectContaining({
        amount: 12_000_000,
        executedBy: 'school',
        school: '수원율천중학교',
        grant: expect.objectContaining({ grantId: listed.body.state.grants[0].grantId }),
      }),
    ]);
    await scanBoth(page, '48-school-expenditure-recorded');
  });
});
