/**
 * The operating plan page in real Chromium: the working council's secretary reaches the district's
 * plan of the operating year from the menu, starts it, puts two office projects into it, takes one
 * out with a reason, puts it back and tables the plan. Once the steering committee approves it at
 * its recorded meeting, an official's project list and project page mark 미심의 the project no approved plan or
 * item holds, and not the approved plan's. Each page passes axe-core and is kept as a screenshot.
 */
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { operatingYearInPreparation } from '../../libs/domain/src/agreement/agreement-term.js';
import { eventually } from '../e2e/api-support.js';
import { browserAvailable, cleanBuilds, keep, signIn, startWeb, type WebHarness } from './browser-support.js';

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
    for (let n = 1; n <= 9; n += 1) {
      const added = await web.api.call('POST', `/rosters/${DISTRICT}/steering-committee/members`, {
        token: steering,
        body: {
          memberId: `s-${n}`,
          name: `운영위원${n}`,
          category: 'official',
          role: n === 1 ? 'chair' : 'member',
          termFrom: `${year - 1}-03-01`,
        },
      });
      expect(added.status).toBe(201);
    }
    const scheduled = await web.api.call('POST', '/meetings', {
      token: steering,
      body: {
        district: DISTRICT,
        body: 'steering-committee',
        number: 1,
        heldOn: today,
        startsAt: '15:00',
        place: '오산교육지원청 회의실',
        agenda: [{ itemId: `operating-plan-${DISTRICT}-${year}`, title: `${year} 운영계획 심의` }],
      },
    });
    expect(scheduled.status).toBe(201);
    expect(scheduled.body.state.meetingId ?? meetingId).toBe(meetingId);
    const attending = Array.from({ length: 7 }, (_, index) => `s-${index + 1}`);
    expect((await web.api.call('POST', `/meetings/${meetingId}/convening`, { token: steering, body: { attending } })).status).toBe(200);
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
    for (const title of ['오산 공유학교 운영', '오산 방과후 돌봄']) {
      await add.getByLabel('세부사업').selectOption({ label: `${title} (미심의)` });
      await add.getByRole('button', { name: '세부사업 추가' }).click();
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
    await add.getByRole('button', { name: '세부사업 추가' }).click();
    await table.getByRole('link', { name: '오산 방과후 돌봄' }).waitFor();
    await scan(page, '80-operating-plan-drafting');

    await page.getByRole('button', { name: '운영위원회 상정' }).click();
    await page.getByText('운영계획을 운영위원회에 상정했습니다.').waitFor();
    await page.locator('.page-title-wrap .krds-badge', { hasText: '심의' }).waitFor();
    // The working council's forms are gone once the plan is before the committee.
    await expect(page.getByRole('button', { name: '세부사업 추가' }).count()).resolves.toBe(0);

    await scan(page, '81-operating-plan-tabled');

    // Once the committee approves the plan, 미심의 stays only on the project no approved plan or item holds.
    const approved = await web.api.call('POST', `/operating-plans/${DISTRICT}/${year}/decision`, {
      token: steering,
      body: { decision: 'approved', meeting: { meetingId }, tally: { for: 6, against: 1, abstain: 0 } },
    });
    expect(approved.body.state?.status).toBe('approved');
    await eventually(async () => {
      const answer = await web.api.call('GET', `/project-deliberations?district=${DISTRICT}&year=${year}&deliberated=0`, {
        token: official,
      });
      expect(answer.body.items.map((row: { project_id: string }) => row.project_id)).toEqual([projects['outside']]);
    });
    // The steering committee's secretary reads the approved plan with its decision.
    const committee = await (await web.person()).newPage();
    await signIn(committee, steering);
    await committee.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '운영계획' }).click();
    await committee.getByRole('heading', { level: 1, name: `${year}학년도 오산시 미래교육협력지구 운영계획` }).waitFor();
    await committee.locator('.page-title-wrap .krds-badge', { hasText: '가결' }).waitFor();
    await committee.getByRole('cell', { name: '가결' }).first().waitFor();

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
});
