/**
 * A project's calls for schools (학교교부·공모) in real Chromium: suwon's education-office official
 * reaches the page from the project, opens a call, records three schools' applications, closes
 * the call, selects two and declines one with scores and reasons, concludes the selection, grants
 * the first school, and is refused a second grant above the project's allocation with the API's
 * Korean message under the field it names; the lower grant then goes through. Each confirmation is
 * read at the moment it appears, with the page's reload held back: the state it reports (the new
 * call, the call closed) already stands under it, never the old one; a reload that fails shows its
 * error and no confirmation. The page passes
 * axe-core at desktop and phone width and is kept as a screenshot.
 */
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { eventually } from '../e2e/api-support.js';
import {
  browserAvailable,
  cleanBuilds,
  confirmationsOn,
  keep,
  signIn,
  startWeb,
  textWhenShown,
  withReloadCut,
  type WebHarness,
} from './browser-support.js';

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

describeBrowser('a project’s calls for schools, in Chromium', () => {
  let web: WebHarness;
  let education: string;
  let projectId: string;

  async function scan(page: Page, name: string): Promise<void> {
    expect({ page: name, violations: await keep(page, name) }).toEqual({ page: name, violations: [] });
  }

  /** Holds the page's reads of the project back by a second: its reload starts there, so the old state would stand that long. */
  async function slowReload(page: Page): Promise<() => Promise<void>> {
    const matches = (url: URL) => url.pathname === `/projects/${projectId}`;
    await page.route(matches, async (route) => {
      if (route.request().method() === 'GET') await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.fallback();
    });
    return () => page.unroute(matches);
  }

  beforeAll(async () => {
    web = await startWeb();
    const api = web.api;
    education = await api.token({ role: 'official', district: 'suwon', party: 'education-office', name: '수원 교육지원청' });
    const city = await api.token({ role: 'official', district: 'suwon', party: 'local-government', name: '수원시' });
    // The operating year runs from March to February: the one today belongs to.
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
      const signed = await api.call('POST', `${agreement}/signatures`, { token, body: { signedOn: today } });
      expect(signed.status).toBe(200);
    }
    await eventually(async () =>
      expect((await api.call('GET', `/projects/${projectId}`, { token: education })).body.state.status).toBe('agreed'),
    );
  }, 300_000);

  afterAll(async () => {
    await web?.close();
    cleanBuilds();
  });

  it('opens a call, records and judges applications, grants within the allocation and shows the refusal in Korean', async () => {
    const page = await (await web.person()).newPage();
    await signIn(page, education);
    await page.goto(`/projects/${projectId}`);
    await page.getByRole('link', { name: '학교교부·공모 보기' }).click();
    await page.getByRole('heading', { level: 1, name: '학교교부·공모' }).waitFor();
    await page.getByText('이 세부사업의 공모가 없습니다.').waitFor();

    // Open the call.
    const open = page.locator('form[aria-labelledby="call-open-heading"]');
    await open.getByLabel('공모명').fill('마을교육 공모');
    await open.getByLabel('심사 기준').fill('교육과정 연계성\n지역 자원 활용');
    await open.getByLabel('교육청 공모액').fill('80000000');
    await open.getByLabel('지자체 공모액').fill('50000000');
    await open.getByLabel('접수 마감일').fill(seoulDay(14));
    const opened = await textWhenShown(page, '공모 열기 완료');
    let fast = await slowReload(page);
    await open.getByRole('button', { name: '공모 열기 저장' }).click();
    // The confirmation comes with the call it opened, not above "no call yet".
    const underOpened = await opened();
    await fast();
    expect(underOpened).toContain('1차 공모 마을교육 공모');
    expect(underOpened).not.toContain('이 세부사업의 공모가 없습니다.');
    // The form to open the next call starts afresh from the calls as they now stand.
    await expect(open.getByLabel('공모 차수').inputValue()).resolves.toBe('2');
    const calls = page.locator('[role=region][aria-label^="공모 목록:"]');
    await calls.getByRole('rowheader', { name: '1차 공모 마을교육 공모' }).waitFor();
    const row = calls.getByRole('row', { name: /1차 공모 마을교육 공모/ });
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([
      '접수 중',
      '교육과정 연계성\n지역 자원 활용',
      expect.stringMatching(/교육청 80,000\s+\(80,000,000원\)\s+지자체 50,000\s+\(50,000,000원\)/),
      expect.stringMatching(/ ~ /),
      '0건 · 0건 · 0건',
    ]);

    // Three schools apply.
    for (const [school, plan] of [
      ['수원매탄초등학교', '마을 강사와 함께하는 교육과정'],
      ['수원율천중학교', '지역 자원 연계 진로 탐색'],
      ['수원영통초등학교', '학부모 참여 수업'],
    ] as const) {
      const apply = page.locator('form[aria-labelledby="call-1-apply-heading"]');
      await apply.getByLabel('신청 학교').selectOption({ label: `${school} (${school.endsWith('중학교') ? '중' : '초'})` });
      await apply.getByLabel('교육청 신청액').fill('40000000');
      await apply.getByLabel('지자체 신청액').fill('20000000');
      await apply.getByLabel('학교 운영 계획').fill(plan);
      await apply.getByRole('button', { name: '학교 신청 등록 저장' }).click();
      await page
        .getByRole('region', { name: /^1차 공모 마을교육 공모 신청/ })
        .getByRole('rowheader', { name: school })
        .waitFor();
    }
    const closed = await textWhenShown(page, '접수 마감 완료');
    fast = await slowReload(page);
    await page.getByRole('button', { name: '접수 마감', exact: true }).click();
    // The call is shown closed (심사 중) under the confirmation, not still open (접수 중).
    const underClosed = await closed();
    await fast();
    expect(underClosed).toContain('심사 중');
    expect(underClosed).not.toContain('접수 중');

    // Two selected, one declined, each with its score and reason.
    for (const [school, decision, score, reason] of [
      ['수원매탄초등학교', '선정', '91', '교육과정 연계가 구체적임'],
      ['수원율천중학교', '선정', '84', '지역 자원 활용 계획이 우수함'],
      ['수원영통초등학교', '미선정', '55', '예산 계획이 불명확함'],
    ] as const) {
      const judge = page.locator('form[aria-labelledby="call-1-judge-heading"]');
      await judge.getByLabel('신청 학교').selectOption({ label: school });
      await judge.locator('label', { hasText: new RegExp(`^${decision}$`) }).click();
      await judge.getByLabel('점수').fill(score);
      await judge.getByLabel('사유').fill(reason);
      await judge.getByRole('button', { name: '선정 · 미선정 저장' }).click();
      await page
        .getByRole('region', { name: /^1차 공모 마을교육 공모 신청/ })
        .getByRole('row', { name: new RegExp(`${school}.*${decision}`) })
        .waitFor();
    }
    const applications = page.locator('[role=region][aria-label^="1차 공모 마을교육 공모 신청:"]');
    expect(await applications.getByRole('row').allInnerTexts()).toEqual([
      expect.stringContaining('학교'),
      expect.stringMatching(/수원매탄초등학교\s+초[\s\S]*91\s+선정\s+교육과정 연계가 구체적임/),
      expect.stringMatching(/수원율천중학교\s+중[\s\S]*84\s+선정\s+지역 자원 활용 계획이 우수함/),
      expect.stringMatching(/수원영통초등학교\s+초[\s\S]*55\s+미선정\s+예산 계획이 불명확함/),
    ]);
    await page.getByRole('button', { name: '선정 확정', exact: true }).click();

    // The first grant; the second, above what the allocation leaves, is refused in Korean.
    const grant = () => page.locator('form[aria-labelledby="call-1-grant-heading"]');
    await grant().getByLabel('선정 학교').selectOption({ label: '수원매탄초등학교' });
    await grant().getByLabel('교육청 교부액').fill('40000000');
    await grant().getByLabel('지자체 교부액').fill('20000000');
    await grant().getByRole('button', { name: '교부 저장' }).click();
    const grants = page.locator('[role=region][aria-label^="1차 공모 마을교육 공모 교부:"]');
    await grants.getByRole('rowheader', { name: '수원매탄초등학교' }).waitFor();

    await grant().getByLabel('선정 학교').selectOption({ label: '수원율천중학교' });
    await grant().getByLabel('교육청 교부액').fill('25000000');
    await grant().getByLabel('지자체 교부액').fill('10000000');
    await grant().getByRole('button', { name: '교부 저장' }).click();
    const refusal = grant().getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('교육청 배정액 60,000,000원');
    const fieldError = grant().locator('#call-1-grant-amount-education-office-error');
    expect(await fieldError.innerText()).toContain('60,000,000원');
    expect(await grants.getByRole('rowheader').allInnerTexts()).toEqual(['수원매탄초등학교']);
    await scan(page, '40-school-calls-refused-grant');
    await page.setViewportSize({ width: 390, height: 844 });
    await scan(page, '40-school-calls-refused-grant-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await grant().getByLabel('교육청 교부액').fill('20000000');
    await grant().getByRole('button', { name: '교부 저장' }).click();
    await grants.getByRole('rowheader', { name: '수원율천중학교' }).waitFor();
    expect(
      await calls
        .getByRole('row', { name: /1차 공모/ })
        .getByRole('cell')
        .last()
        .innerText(),
    ).toBe('3건 · 2건 · 2건');
    await scan(page, '41-school-calls-granted');

    // A report goes through but the page cannot read again: the danger alert says it was saved and
    // that the page below is from before it; no confirmation stands alone, and the form is empty, so
    // the report cannot be sent a second time by mistake.
    const report = page.locator('form[aria-labelledby="call-1-report-heading"]');
    const reportFields = ['교부 학교', '교육청 집행액', '지자체 집행액', '결과 요약'];
    const valuesOf = async () => Promise.all(reportFields.map((label) => report.getByLabel(label).inputValue()));
    const blank = await valuesOf();
    await report.getByLabel('교부 학교').selectOption({ label: '수원매탄초등학교' });
    await report.getByLabel('교육청 집행액').fill('38000000');
    await report.getByLabel('지자체 집행액').fill('19000000');
    await report.getByLabel('결과 요약').fill('마을 강사 12명과 교육과정 운영');
    const cut = await withReloadCut(page, `/projects/${projectId}`, () =>
      report.getByRole('button', { name: '결과보고 등록 저장' }).click(),
    );
    expect(cut.confirmations).toEqual([]);
    expect(cut.failed.text).toContain('결과보고 등록 완료');
    expect(cut.failed.text).toContain('다시 읽지 못해');
    await expect(confirmationsOn(page)).resolves.toBe(0);
    expect(await valuesOf()).toEqual(blank);
    expect(blank[3]).toBe('');
    await scan(page, '42-school-calls-reload-failed');
  });
});
