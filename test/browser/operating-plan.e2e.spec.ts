/**
 * The operating plan page in real Chromium: the working council's secretary reaches the district's
 * plan of the operating year from the menu, starts it, puts two office projects into it, takes one
 * out with a reason, puts it back and tables the plan. The steering committee's secretary records
 * the committee's decision on the page at its recorded meeting (a tally the rule does not carry is
 * refused under the votes, in Korean); once approved, an official's project list and project page mark 미심의 the project no approved plan or
 * item holds, and not the approved plan's. Each page passes axe-core and is kept as a screenshot.
 */
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { operatingYearInPreparation } from '@gongron/domain';
import { eventually, steeringCommitteeMeeting } from '../e2e/api-support.js';
import {
  browserAvailable,
  cleanBuilds,
  confirmationsOn,
  keep,
  signIn,
  startWeb,
  withReloadCut,
  withReloadHeld,
  type WebHarness,
} from './browser-support.js';

jest.setTimeout(300_000);

/** The 천원 figures of money cells (each also tells the exact 원 to screen readers). */
const thousands = (cells: string[]) => cells.map((cell) => cell.split(' ')[0]);
const describeBrowser = browserAvailable() ? describe : describe.skip;
const DISTRICT = 'osan';
const seoulToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

describeBrowser('the operating plan page, in Chromium', () => {
  let web: WebHarness;
  let working: string;
  let steering: string;
  let official: string;
  const today = seoulToday();
  const year = operatingYearInPreparation(today);
  const meetingId = `${DISTRICT}-steering-committee-${today.slice(0, 4)}-1`;
  const projects: Record<string, string> = {};

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

  beforeAll(async () => {
    web = await startWeb();
    working = await web.api.token({ role: 'secretary', district: DISTRICT, body: 'working-council' });
    steering = await web.api.token({ role: 'secretary', district: DISTRICT, body: 'steering-committee' });
    official = await web.api.token({ role: 'official', district: DISTRICT, party: 'education-office', name: '오산 교육지원청' });
    for (const [key, title, eo, lg] of [
      ['shared', '오산 공유학교 운영', 15_000_000, 5_000_000],
      ['care', '오산 방과후 돌봄', 8_000_000, 12_000_000],
      ['outside', '오산 생태교실', 3_000_000, 1_000_000],
    ] as const) {
      const created = await web.api.call('POST', '/projects', {
        token: official,
        body: { district: DISTRICT, year, title, taskCode: '3-1', plannedBudget: { 'education-office': eo, 'local-government': lg } },
      });
      expect(created.status).toBe(201);
      projects[key] = created.body.state.projectId as string;
    }
    expect(
      await steeringCommitteeMeeting(web.api, {
        token: steering,
        district: DISTRICT,
        year,
        heldOn: today,
        place: '오산교육지원청 회의실',
        roster: { members: 9, termFrom: `${year - 1}-03-01` },
        attending: 7,
      }),
    ).toBe(meetingId);
    await eventually(async () => {
      const answer = await web.api.call('GET', `/project-deliberations?district=${DISTRICT}&year=${year}`, { token: official });
      expect(answer.body.total).toBe(3);
    });
  }, 300_000);

  afterAll(async () => {
    await web?.close();
    cleanBuilds();
  });

  it('is assembled and tabled by the working council; the project list and pages mark 미심의 only what no approved plan holds', async () => {
    const page = await (await web.person()).newPage();
    await signIn(page, working);
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '운영계획' }).click();
    await page.getByRole('heading', { level: 1, name: `${year}학년도 오산시 미래교육협력지구 운영계획` }).waitFor();
    await page.getByText('이 학년도의 운영계획이 아직 작성되지 않았습니다.').waitFor();
    await page.getByRole('button', { name: '운영계획 작성 시작' }).click();
    await page.getByText('운영계획 작성을 시작했습니다.').waitFor();

    const add = page.locator('form', { has: page.getByRole('heading', { name: '세부사업 추가' }) });
    const planPath = `/operating-plans/${DISTRICT}/${year}`;
    for (const [title, total] of [
      ['오산 공유학교 운영', '20,000'],
      ['오산 방과후 돌봄', '40,000'],
    ]) {
      await add.getByLabel('세부사업').selectOption({ label: `${title} (미심의)` });
      // With the reload held back a second: the last confirmation no longer stands above the list without the
      // project (for the second, it said the same words), and the new one comes with the plan's new total (천원).
      const held = await withReloadHeld(page, planPath, '세부사업을 운영계획에 추가했습니다', () =>
        add.getByRole('button', { name: '세부사업 추가' }).click(),
      );
      expect(held.confirmationsWhileHeld).toBe(0);
      expect(held.shown.main).toContain(total);
      await page.getByRole('link', { name: title, exact: true }).waitFor();
    }
    const table = page.getByRole('region', { name: /^운영계획의 세부사업과 재원별 예산/ });
    expect(thousands(await table.locator('tfoot td').allTextContents())).toEqual(['23,000', '17,000', '40,000']);

    const remove = page.locator('form', { has: page.getByRole('heading', { name: '세부사업 제외' }) });
    await remove.getByLabel('세부사업').selectOption({ label: '오산 방과후 돌봄' });
    await remove.getByLabel('제외 사유').fill('지자체 예산 미확보로 차년도 이월');
    await remove.getByRole('button', { name: '세부사업 제외' }).click();
    await page.getByText('세부사업을 운영계획에서 제외했습니다.').waitFor();
    expect(await table.locator('tbody a').allTextContents()).toEqual(['오산 공유학교 운영']);
    expect(thousands(await table.locator('tfoot td').allTextContents())).toEqual(['15,000', '5,000', '20,000']);
    await add.getByLabel('세부사업').selectOption({ label: '오산 방과후 돌봄 (미심의)' });
    // The project is put back but the plan cannot be read again: the danger alert says both, no confirmation alone.
    const cut = await withReloadCut(page, planPath, () => add.getByRole('button', { name: '세부사업 추가' }).click());
    expect(cut.confirmations).toEqual([]);
    expect(cut.failed.text).toContain('세부사업을 운영계획에 추가했습니다');
    expect(cut.failed.text).toContain('다시 읽지 못해');
    await expect(confirmationsOn(page)).resolves.toBe(0);
    expect(await table.locator('tbody a').allTextContents()).toEqual(['오산 공유학교 운영']);
    await scan(page, '80a-operating-plan-reload-failed');
    // Read again from the alert, the page lists the project and confirms it now.
    await page.locator('main [role=alert]').getByRole('button', { name: '새로 불러오기' }).click();
    await table.getByRole('link', { name: '오산 방과후 돌봄' }).waitFor();
    await page.locator('main [role=status]', { hasText: '세부사업을 운영계획에 추가했습니다.' }).waitFor();
    await expect(page.locator('main .gongron-alert .critical-badge.danger').count()).resolves.toBe(0);
    await scan(page, '80-operating-plan-drafting');

    await page.getByRole('button', { name: '운영위원회 상정' }).click();
    await page.getByText('운영계획을 운영위원회에 상정했습니다.').waitFor();
    await page.locator('.page-title-wrap .krds-badge', { hasText: '심의' }).waitFor();
    // The working council's forms are gone once the plan is before the committee.
    await expect(page.getByRole('button', { name: '세부사업 추가' }).count()).resolves.toBe(0);

    await scan(page, '81-operating-plan-tabled');

    // The steering committee's secretary records the committee's decision on the page, at the meeting with the plan on its agenda.
    const committee = await (await web.person()).newPage();
    await signIn(committee, steering);
    await committee.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '운영계획' }).click();
    await committee.getByRole('heading', { level: 1, name: `${year}학년도 오산시 미래교육협력지구 운영계획` }).waitFor();
    const decide = committee.locator('form', { has: committee.getByRole('heading', { name: '운영위원회 심의 의결' }) });
    await decide.getByLabel('심의 회의').waitFor();
    expect(await decide.getByLabel('심의 회의').locator('option').allTextContents()).toEqual([
      expect.stringMatching(/^제1차 \(.+\) · 재적 9명 · 출석 7명$/),
    ]);
    await decide.getByRole('group', { name: '표결 (재적 9명 · 출석 7명, 회의 출석부 기준)' }).locator('p.form-tit').waitFor();
    // A tally the committee rule does not carry: the API's refusal, in Korean, under the votes.
    await decide.getByLabel('가결').check();
    await decide.getByLabel('찬성').fill('3');
    await decide.getByLabel('반대').fill('3');
    await decide.getByLabel('기권').fill('1');
    await decide.getByRole('button', { name: '운영위원회 심의 의결' }).click();
    const tallyRefusal = decide.locator('fieldset.gongron-tally .form-hint-invalid');
    await tallyRefusal.waitFor();
    expect(await tallyRefusal.textContent()).toMatch(/찬성/);
    expect(await tallyRefusal.textContent()).not.toMatch(/[A-Za-z]{4,}/);
    await keepBoth(committee, '84-operating-plan-decision-refused');
    await decide.getByLabel('찬성').fill('6');
    await decide.getByLabel('반대').fill('1');
    await decide.getByLabel('기권').fill('0');
    await decide.getByRole('button', { name: '운영위원회 심의 의결' }).click();
    await committee.getByText('운영위원회의 의결을 등록했습니다.').waitFor();
    await committee.locator('.page-title-wrap .krds-badge', { hasText: '가결' }).waitFor();
    // The decision as the page shows it: the meeting and the tally.
    const decisions = committee.getByRole('region', { name: /^운영위원회 심의 결과/ });
    const decided = decisions.locator('tbody tr').first();
    expect((await decided.locator('td').allTextContents()).map((cell) => cell.trim())).toEqual([
      '1차',
      expect.stringMatching(/^제1차 \(/),
      '가결',
      '9',
      '7',
      '6',
      '1',
      '0',
      '없음',
    ]);
    await expect(committee.getByRole('button', { name: '운영위원회 심의 의결' }).count()).resolves.toBe(0);
    await keepBoth(committee, '85-operating-plan-approved');
    const approved = await web.api.call('GET', `/operating-plans/${DISTRICT}/${year}`, { token: official });
    expect(approved.body.state.decisions).toEqual([
      expect.objectContaining({
        decision: 'approved',
        meeting: expect.objectContaining({ meetingId }),
        tally: expect.objectContaining({ for: 6 }),
      }),
    ]);

    // Once the committee approves the plan, 미심의 stays only on the project no approved plan or item holds.
    await eventually(async () => {
      const answer = await web.api.call('GET', `/project-deliberations?district=${DISTRICT}&year=${year}&deliberated=0`, {
        token: official,
      });
      expect(answer.body.items.map((row: { project_id: string }) => row.project_id)).toEqual([projects['outside']]);
    });

    const view = await (await web.person()).newPage();
    await signIn(view, official);
    await view.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '세부사업' }).click();
    const row = (title: string) => view.locator('tr', { has: view.getByRole('link', { name: title, exact: true }) });
    await row('오산 생태교실').locator('.krds-badge', { hasText: '미심의' }).waitFor();
    await expect(row('오산 공유학교 운영').locator('.krds-badge', { hasText: '미심의' }).count()).resolves.toBe(0);
    await expect(row('오산 방과후 돌봄').locator('.krds-badge', { hasText: '미심의' }).count()).resolves.toBe(0);
    await scan(view, '82-projects-undeliberated');

    await view.getByRole('link', { name: '오산 생태교실', exact: true }).click();
    await view.getByRole('heading', { level: 1, name: '오산 생태교실' }).waitFor();
    await view.locator('.page-title-wrap .krds-badge', { hasText: '미심의' }).waitFor();
    await scan(view, '83-project-undeliberated');

    await view.goto(`/projects/${encodeURIComponent(projects['shared']!)}`);
    await view.getByRole('heading', { level: 1, name: '오산 공유학교 운영' }).waitFor();
    await view.getByRole('link', { name: /^심의: 오산시 \d{4} 운영계획/ }).waitFor();
    await expect(view.locator('.page-title-wrap .krds-badge', { hasText: '미심의' }).count()).resolves.toBe(0);
  });

  it('after 부결 the working council redrafts the plan on the page and tables it again as its next revision', async () => {
    const where = 'anseong';
    const workingHere = await web.api.token({ role: 'secretary', district: where, body: 'working-council' });
    const steeringHere = await web.api.token({ role: 'secretary', district: where, body: 'steering-committee' });
    const officialHere = await web.api.token({ role: 'official', district: where, party: 'education-office' });
    const plan = `/operating-plans/${where}/${year}`;
    const created = await web.api.call('POST', '/projects', {
      token: officialHere,
      body: {
        district: where,
        year,
        title: '안성 마을교육과정',
        taskCode: '2-2',
        plannedBudget: { 'education-office': 12_000_000, 'local-government': 8_000_000 },
      },
    });
    expect(created.status).toBe(201);
    expect((await web.api.call('POST', '/operating-plans', { token: workingHere, body: { district: where, year } })).status).toBe(201);
    const projectId = created.body.state.projectId as string;
    expect((await web.api.call('POST', `${plan}/projects`, { token: workingHere, body: { projectId } })).status).toBe(200);
    expect((await web.api.call('POST', `${plan}/submission`, { token: workingHere, body: {} })).status).toBe(200);
    const meeting = await steeringCommitteeMeeting(web.api, {
      token: steeringHere,
      district: where,
      year,
      heldOn: today,
      place: '안성교육지원청 회의실',
      roster: { members: 9, termFrom: `${year - 1}-03-01` },
      attending: 7,
    });
    const rejected = await web.api.call('POST', `${plan}/decision`, {
      token: steeringHere,
      body: { decision: 'rejected', meeting: { meetingId: meeting }, tally: { for: 2, against: 5, abstain: 0 } },
    });
    expect(rejected.body.state?.status).toBe('rejected');

    const page = await (await web.person()).newPage();
    await signIn(page, workingHere);
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '운영계획' }).click();
    await page.locator('.page-title-wrap .krds-badge', { hasText: '부결' }).waitFor();
    const redraft = page.locator('form', { has: page.getByRole('heading', { name: '운영계획 다시 작성' }) });
    // Without a reason the form says so at the field, in Korean.
    await redraft.getByRole('button', { name: '운영계획 다시 작성' }).click();
    await redraft.locator('.form-hint-invalid', { hasText: '다시 작성하는 사유' }).waitFor();
    await keepBoth(page, '86-operating-plan-rejected');
    await redraft.getByLabel('다시 작성하는 사유').fill('부결 사유(지자체 분담 근거 부족)를 반영하여 다시 작성');
    await redraft.getByRole('button', { name: '운영계획 다시 작성' }).click();
    await page.getByText('운영계획을 다시 작성합니다.', { exact: false }).waitFor();
    await page.locator('.page-title-wrap .krds-badge', { hasText: '작성 중' }).waitFor();
    await page.getByText(/1차 부결 후 다시 작성 — 부결 사유\(지자체 분담 근거 부족\)를 반영하여 다시 작성/).waitFor();

    const submit = page.locator('form', { has: page.getByRole('heading', { name: '운영위원회 상정' }) });
    await submit.getByLabel('수정 사유').fill('지자체 분담 근거(협약 제3조) 첨부');
    await submit.getByRole('button', { name: '운영위원회 상정' }).click();
    await page.getByText('운영계획을 운영위원회에 상정했습니다.').waitFor();
    await page.locator('.page-title-wrap .krds-badge', { hasText: '심의' }).waitFor();
    await keepBoth(page, '87-operating-plan-redrafted-tabled');
    const tabled = await web.api.call('GET', plan, { token: officialHere });
    expect(tabled.body.state).toMatchObject({ status: 'underReview', currentRevision: 2 });
    expect(tabled.body.state.revisions.at(-1).reasons).toEqual(['지자체 분담 근거(협약 제3조) 첨부']);
  });
});
