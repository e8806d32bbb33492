/**
 * The evaluation page's forms in real Chromium. The province office records the 2023 survey on the
 * page (116,370 respondents: 71,271 students, 20,592 parents, 24,507 teachers; the total shown as
 * they are typed): an indicator without a name is stopped under its field, and a score off the
 * five-point scale is refused by the API under `indicators[1].importance`, in Korean, with nothing
 * written; then it is recorded, the page shows the survey and its IPA quadrants without a reload, and
 * a correction with a reason restates it. Suwon's official records the district's self-evaluation
 * with an uploaded PDF report and an indicator measuring a project, then corrects it. Each
 * confirmation is read at the moment it appears: the state it reports already stands under it, even
 * when the page's reload is slow (a delayed answer), never the old one; a reload that fails shows
 * its error and no confirmation. A council
 * secretary sees no form, and the public is asked to sign in. Each page passes axe-core at 1280 px
 * and 390 px and is kept as a screenshot.
 */
import { jest } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { samplePdf } from '../support/attachment-samples.js';
import { browserAvailable, cleanBuilds, keep, signIn, startWeb, textWhenShown, type WebHarness } from './browser-support.js';

jest.setTimeout(300_000);

const describeBrowser = browserAvailable() ? describe : describe.skip;
const YEAR = 2023;
const REPORT = `${YEAR} 수원 자체평가 보고서.pdf`;

const indicators = [
  { name: '인성·정서 상담 프로그램', task: '2-3', importance: '4.35', performance: '3.62' },
  { name: '지역 연계 체험활동', task: '2-2', importance: '4.20', performance: '4.05' },
  { name: '마을교육공동체 참여', task: '1-1', importance: '3.70', performance: '3.55' },
  { name: '진로·직업 체험', task: '3-1', importance: '3.80', performance: '4.10' },
];
const suwon = [
  ['4.40', '3.50'],
  ['4.10', '4.20'],
  ['3.60', '3.40'],
  ['3.90', '4.00'],
];

describeBrowser('the evaluation forms, in Chromium', () => {
  let web: WebHarness;
  let province: string;
  let official: string;
  let secretary: string;
  let projectId: string;

  async function scan(page: Page, name: string): Promise<void> {
    expect({ page: name, violations: await keep(page, name) }).toEqual({ page: name, violations: [] });
  }

  /** Axe and a screenshot at desktop (1280 px) and phone (390 px) width. */
  async function keepBoth(page: Page, name: string): Promise<void> {
    await page.setViewportSize({ width: 1280, height: 900 });
    await scan(page, `${name}-desktop`);
    await page.setViewportSize({ width: 390, height: 844 });
    await scan(page, `${name}-phone`);
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  const formTitled = (page: Page, title: string) => page.locator('form', { has: page.getByRole('heading', { level: 2, name: title }) });
  const row = (form: Locator, name: string) => form.getByRole('group', { name, exact: true });
  const surveyAnswer = () => web.api.call('GET', `/evaluations/province/${YEAR}`, { token: province });

  /** Holds the page's reads of `path` back by a second, so a confirmation shown before the reload is back would stand above the old state. */
  async function slowReads(page: Page, path: string): Promise<() => Promise<void>> {
    const matches = (url: URL) => url.pathname === path;
    await page.route(matches, async (route) => {
      if (route.request().method() === 'GET') await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.fallback();
    });
    return () => page.unroute(matches);
  }

  beforeAll(async () => {
    web = await startWeb();
    province = await web.api.token({ role: 'province', name: '경기도교육청 지역교육협력과' });
    official = await web.api.token({ role: 'official', district: 'suwon', party: 'education-office', name: '수원교육지원청' });
    secretary = await web.api.token({ role: 'secretary', district: 'suwon', body: 'steering-committee' });
    const created = await web.api.call('POST', '/projects', {
      token: official,
      body: {
        district: 'suwon',
        year: YEAR,
        title: '수원 인성·정서 상담 프로그램',
        taskCode: '2-3',
        plannedBudget: { 'education-office': 8_000_000, 'local-government': 4_000_000 },
      },
    });
    expect(created.status).toBe(201);
    projectId = created.body.state.projectId as string;
  }, 300_000);

  afterAll(async () => {
    await web?.close();
    cleanBuilds();
  });

  // One scenario: the secretary's view reads what the province office and the official recorded, so the order of its steps is fixed.
  it("lets the province office record and correct the survey, suwon's official the self-evaluation, and shows a secretary neither form", async () => {
    await provinceOfficeRecordsTheSurvey();
    await officialRecordsTheSelfEvaluation();
    await secretarySeesNoForm();
  });

  /** The province office records the survey after a refusal under its field, sees its IPA, and corrects it with a reason. */
  async function provinceOfficeRecordsTheSurvey(): Promise<void> {
    const page = await (await web.person()).newPage();
    await signIn(page, province);
    await page.goto(`/evaluations?year=${YEAR}&district=province`);
    await page.getByText(`${YEAR}년 설문조사가 아직 기록되지 않았습니다.`).waitFor();
    expect((await surveyAnswer()).status).toBe(404);

    const form = formTitled(page, `${YEAR}년 종합평가 기록`);
    await expect(form.getByLabel(/^설문조사 제목/).inputValue()).resolves.toBe(`${YEAR} 미래교육협력지구 공통지표 설문조사`);
    await form.getByLabel(/^조사 시작일/).fill(`${YEAR}-10-24`);
    await form.getByLabel(/^조사 종료일/).fill(`${YEAR}-11-08`);
    await form.getByLabel(/^연계 기관/).fill('경기도교육연구원');
    const respondents = form.getByRole('group', { name: '응답자 수' });
    await respondents.getByLabel(/^학생/).fill('71271');
    await form.getByText('응답자 계: 71,271명').waitFor();
    await respondents.getByLabel(/^학부모/).fill('20592');
    await respondents.getByLabel(/^교원/).fill('24507');
    await form.getByText('응답자 계: 116,370명').waitFor();

    for (const [index, indicator] of indicators.entries()) {
      if (index > 0) await form.getByRole('button', { name: '공통지표 추가' }).click();
      const fields = row(form, `공통지표 ${index + 1}`);
      // The second indicator's name is left out at first.
      if (index !== 1) await fields.getByLabel(/^지표명/).fill(indicator.name);
      await fields.getByLabel(/^추진과제/).selectOption(indicator.task);
      // And its importance is off the five-point scale.
      await fields.getByLabel(/^중요도/).fill(index === 1 ? '5.40' : indicator.importance);
      await fields.getByLabel(/^수행도/).fill(indicator.performance);
    }
    for (const [index, [importance, performance]] of suwon.entries()) {
      if (index > 0) await form.getByRole('button', { name: '지구별 결과 추가' }).click();
      const fields = row(form, `결과 ${index + 1}`);
      await fields.getByLabel(/^지구/).selectOption('suwon');
      await fields.getByLabel(/^지표/).selectOption({ index });
      await fields.getByLabel(/^중요도/).fill(importance!);
      await fields.getByLabel(/^수행도/).fill(performance!);
    }
    // A row added by mistake is taken out again.
    await form.getByRole('button', { name: '지구별 결과 추가' }).click();
    await form.getByRole('button', { name: '결과 5 삭제' }).click();
    await expect(form.getByRole('group', { name: /^결과 \d+$/ }).count()).resolves.toBe(4);

    const second = row(form, '공통지표 2');
    await form.getByRole('button', { name: '종합평가 기록' }).click();
    await second.getByText('지표명을(를) 입력하세요.').waitFor();
    await expect(second.getByLabel(/^지표명/).getAttribute('aria-invalid')).resolves.toBe('true');
    await second.getByLabel(/^지표명/).fill(indicators[1]!.name);
    // The results name the indicator by its name as it is typed.
    await expect(row(form, '결과 2').getByLabel(/^지표/).locator('option:checked').textContent()).resolves.toBe(indicators[1]!.name);

    await form.getByRole('button', { name: '종합평가 기록' }).click();
    const importance = second.getByLabel(/^중요도/);
    await second.getByText('점수는 5점 척도의 평균(1.00~5.00, 소수 둘째 자리까지)입니다.').waitFor();
    await expect(importance.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await importance.getAttribute('aria-describedby'))!;
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toContain('5점 척도');
    expect((await surveyAnswer()).status).toBe(404);
    await keepBoth(page, '90-evaluation-survey-refused');

    await importance.fill(indicators[1]!.importance);
    const recorded = await textWhenShown(page, `${YEAR}년 종합평가를 기록했습니다.`);
    await form.getByRole('button', { name: '종합평가 기록' }).click();
    // The confirmation comes with the survey it recorded, not above "not recorded yet".
    const underRecorded = await recorded();
    expect(underRecorded).toContain(`${YEAR} 미래교육협력지구 공통지표 설문조사`);
    expect(underRecorded).not.toContain(`${YEAR}년 설문조사가 아직 기록되지 않았습니다.`);
    await page.getByRole('heading', { level: 3, name: `${YEAR} 미래교육협력지구 공통지표 설문조사` }).waitFor();
    const counts = page.getByRole('region', { name: /^응답자 수/ });
    expect(await counts.locator('td').allTextContents()).toEqual(['71,271', '20,592', '24,507', '116,370']);
    const ipa = page.getByRole('region', { name: /^경기도 전체의 지표별 중요도, 수행도, 사분면/ });
    await ipa.locator('tbody tr').first().waitFor();
    expect(await ipa.locator('tbody tr td:last-child').allTextContents()).toEqual(['집중지원', '유지강화', '점진개선', '현상유지']);
    const stored = await surveyAnswer();
    expect(stored.status).toBe(200);
    expect(stored.body.state).toMatchObject({
      totalRespondents: 116_370,
      survey: {
        period: { from: `${YEAR}-10-24`, to: `${YEAR}-11-08` },
        respondents: { students: 71_271, parents: 20_592, teachers: 24_507 },
        conductedWith: '경기도교육연구원',
      },
    });
    expect(stored.body.state.survey.indicators.map((i: { name: string }) => i.name)).toEqual(indicators.map((i) => i.name));
    expect(stored.body.state.survey.results).toHaveLength(4);

    // Once recorded, the form is the correction, prefilled from what is recorded.
    const correction = formTitled(page, `${YEAR}년 종합평가 정정`);
    await expect(correction.getByRole('group', { name: '응답자 수' }).getByLabel(/^학생/).inputValue()).resolves.toBe('71271');
    await correction.getByText('응답자 계: 116,370명').waitFor();
    const first = row(correction, '공통지표 1');
    await expect(first.getByLabel(/^지표명/).inputValue()).resolves.toBe(indicators[0]!.name);
    await expect(first.getByLabel(/^수행도/).inputValue()).resolves.toBe('3.62');
    await keepBoth(page, '91-evaluation-survey-recorded');

    await first.getByLabel(/^수행도/).fill('3.58');
    await correction.getByRole('button', { name: '종합평가 정정 등록' }).click();
    await correction.getByText('정정 사유을(를) 입력하세요.').waitFor();
    await correction.getByLabel(/^정정 사유/).fill('인성·정서 상담 프로그램 수행도 집계 오류 정정');
    const surveyCorrected = await textWhenShown(page, `${YEAR}년 종합평가 정정을 등록했습니다.`);
    const fast = await slowReads(page, `/evaluations/province/${YEAR}`);
    await correction.getByRole('button', { name: '종합평가 정정 등록' }).click();
    // At the moment the confirmation shows, the survey under it is the corrected one, and nothing is still loading.
    const underCorrected = await surveyCorrected();
    await fast();
    expect(underCorrected).toContain('정정 1회');
    expect(underCorrected).not.toContain('불러오는 중입니다');
    await page.getByText(/정정 1회/).waitFor();
    const indicatorTable = page.getByRole('region', { name: /^공통지표/ });
    await expect(indicatorTable.locator('tbody tr').first().locator('td').last().textContent()).resolves.toBe('3.58');
    const corrected = await surveyAnswer();
    expect(corrected.body.state.corrections).toEqual([
      expect.objectContaining({ correction: 1, reason: '인성·정서 상담 프로그램 수행도 집계 오류 정정' }),
    ]);
    expect(corrected.body.state.survey.indicators[0].performance).toBe(3.58);
    await keepBoth(page, '92-evaluation-survey-corrected');
  }

  /** suwon's official records the self-evaluation with an uploaded PDF report, and corrects it. */
  async function officialRecordsTheSelfEvaluation(): Promise<void> {
    const page = await (await web.person()).newPage();
    await signIn(page, official);
    await page.goto(`/evaluations?year=${YEAR}&district=suwon`);
    await page.getByText(`수원시의 ${YEAR}년 자체평가가 아직 기록되지 않았습니다.`).waitFor();
    // The survey is the province office's: an official has no form for it.
    await expect(page.getByRole('button', { name: /^종합평가/ }).count()).resolves.toBe(0);

    const form = formTitled(page, `수원시 ${YEAR}년 자체평가 기록`);
    await form.getByLabel(/^성과분석/).fill('상담 참여가 목표에 못 미쳐 2024년에 확대합니다.');
    const fields = row(form, '개별지표 1');
    await fields.getByLabel(/^지표명/).fill('상담 참여 학생');
    await fields.getByLabel(/^목표/).fill('1200');
    await fields.getByLabel(/^결과/).fill('950');
    await fields.getByLabel(/^단위/).fill('명');
    await fields.getByRole('group', { name: '측정하는 세부사업' }).getByText('수원 인성·정서 상담 프로그램', { exact: true }).click();

    await form.getByRole('button', { name: '자체평가 기록' }).click();
    await form.getByText('자체평가 보고서 파일을 올리세요.').waitFor();
    await form.getByLabel(/^자체평가 보고서/).setInputFiles({ name: REPORT, mimeType: 'application/pdf', buffer: samplePdf(REPORT) });
    await form.getByRole('link', { name: `올린 보고서: ${REPORT}` }).waitFor();
    await form.getByRole('button', { name: '자체평가 기록' }).click();

    await page.getByText(`수원시 ${YEAR}년 자체평가를 기록했습니다.`).waitFor();
    const table = page.getByRole('region', { name: /^수원시 자체평가 개별지표/ });
    await table.locator('tbody td').first().waitFor();
    expect(await table.locator('tbody td').allTextContents()).toEqual(['1,200명', '950명', '79.2%', '세부사업 1']);
    const report = page.getByRole('link', { name: `자체평가 보고서: ${REPORT}` });
    const href = (await report.getAttribute('href'))!;
    const stored = await web.api.call('GET', `/evaluations/districts/suwon/${YEAR}`, { token: province });
    expect(stored.body.state).toMatchObject({
      status: 'recorded',
      evaluation: { summary: '상담 참여가 목표에 못 미쳐 2024년에 확대합니다.', report: { name: REPORT } },
      links: { projectIds: [projectId], agendaItemIds: [] },
    });
    expect(href).toBe(`/attachments/${stored.body.state.evaluation.report.sha256}`);
    const bytes = await fetch(`${web.api.url}${href}`, { headers: { authorization: `Bearer ${province}` } });
    expect(Buffer.from(await bytes.arrayBuffer()).equals(samplePdf(REPORT))).toBe(true);
    await keepBoth(page, '93-evaluation-self-recorded');

    const correction = formTitled(page, `수원시 ${YEAR}년 자체평가 정정`);
    const again = row(correction, '개별지표 1');
    await expect(again.getByLabel(/^결과/).inputValue()).resolves.toBe('950');
    await expect(
      again.getByRole('group', { name: '측정하는 세부사업' }).getByLabel('수원 인성·정서 상담 프로그램').isChecked(),
    ).resolves.toBe(true);
    await correction.getByRole('link', { name: `올린 보고서: ${REPORT}` }).waitFor();
    await again.getByLabel(/^결과/).fill('980');
    await correction.getByLabel(/^정정 사유/).fill('참여 학생 수 집계 정정');
    const selfCorrected = await textWhenShown(page, `수원시 ${YEAR}년 자체평가 정정을 등록했습니다.`);
    const fast = await slowReads(page, `/evaluations/districts/suwon/${YEAR}`);
    await correction.getByRole('button', { name: '자체평가 정정 등록' }).click();
    // The corrected result (980) already stands under the confirmation, not the recorded 950.
    const underSelfCorrected = await selfCorrected();
    await fast();
    expect(underSelfCorrected).toContain('980명');
    expect(underSelfCorrected).not.toContain('950명');
    expect(underSelfCorrected).not.toContain('불러오는 중입니다');
    await table.getByText('980명').waitFor();
    const corrected = await web.api.call('GET', `/evaluations/districts/suwon/${YEAR}`, { token: official });
    expect(corrected.body.state.corrections).toEqual([expect.objectContaining({ correction: 1, reason: '참여 학생 수 집계 정정' })]);
    expect(corrected.body.state.evaluation.indicators[0].result).toBe(980);
    expect(corrected.body.state.evaluation.report.name).toBe(REPORT);
    await keepBoth(page, '94-evaluation-self-corrected');

    // A second correction goes through but the page cannot read again: it says so, and confirms nothing above the old state.
    const second = formTitled(page, `수원시 ${YEAR}년 자체평가 정정`);
    await row(second, '개별지표 1').getByLabel(/^결과/).fill('990');
    await second.getByLabel(/^정정 사유/).fill('참여 학생 수 재집계');
    const lost = await textWhenShown(page, '평가를 불러오지 못했습니다.');
    const cut = (url: URL) => url.pathname === `/evaluations/districts/suwon/${YEAR}`;
    await page.route(cut, (route) => (route.request().method() === 'GET' ? route.abort('connectionrefused') : route.fallback()));
    await second.getByRole('button', { name: '자체평가 정정 등록' }).click();
    const underLost = await lost();
    await page.unroute(cut);
    expect(underLost).not.toContain('자체평가 정정을 등록했습니다');
    await expect(page.getByText('자체평가 정정을 등록했습니다').count()).resolves.toBe(0);
  }

  /** A council secretary sees the evaluation without a form, and the public is asked to sign in. */
  async function secretarySeesNoForm(): Promise<void> {
    const page = await (await web.person()).newPage();
    await signIn(page, secretary);
    await page.goto(`/evaluations?year=${YEAR}&district=suwon`);
    await page.getByRole('heading', { level: 3, name: `${YEAR} 미래교육협력지구 공통지표 설문조사` }).waitFor();
    await page.getByRole('region', { name: /^수원시 자체평가 개별지표/ }).waitFor();
    await expect(page.locator('form.gongron-form').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /기록|정정 등록/ }).count()).resolves.toBe(0);
    await keepBoth(page, '95-evaluation-secretary');

    const visitor = await (await web.person()).newPage();
    await visitor.goto(`/evaluations?year=${YEAR}&district=suwon`);
    await visitor.getByLabel('접근 토큰').waitFor();
    await expect(visitor.getByRole('heading', { name: /종합평가|자체평가/ }).count()).resolves.toBe(0);
    await expect(visitor.getByRole('button', { name: /종합평가|자체평가/ }).count()).resolves.toBe(0);
  }
});
