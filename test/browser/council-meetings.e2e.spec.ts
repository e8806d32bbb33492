/**
 * Two civic councils of one district in real Chromium: each council's secretary sees only their
 * own council's roster and meetings, named by the council's own name; the second council schedules
 * its first meeting on the page (제1차, like the first council's), and the meeting's page names it;
 * the items waiting for a decision at each council's meetings are the council's own.
 * The district's local names stand for the other bodies. Each page passes axe-core and is kept as
 * a screenshot.
 */
import { jest } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { eventually } from '../e2e/api-support.js';
import { browserAvailable, cleanBuilds, keep, signIn, startWeb, type WebHarness } from './browser-support.js';

jest.setTimeout(300_000);

const describeBrowser = browserAvailable() ? describe : describe.skip;
const DISTRICT = 'yangju';
const BODY = 'civic-council';
const NORTH = '양주 북부권 마을교육자치회';
const SOUTH = '양주 남부권 마을교육자치회';
const seoulToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

describeBrowser("each civic council's roster and meetings, in Chromium", () => {
  let web: WebHarness;
  let dataDir: string;
  let north: string;
  let south: string;
  const year = seoulToday().slice(0, 4);
  const northMeeting = `${DISTRICT}-${BODY}-${year}-1`;
  const southMeeting = `${DISTRICT}-${BODY}.south-${year}-1`;

  async function scan(page: Page, name: string): Promise<void> {
    expect({ page: name, violations: await keep(page, name) }).toEqual({ page: name, violations: [] });
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gongron-web-councils-'));
    const file = join(dataDir, 'organisation.json');
    writeFileSync(
      file,
      JSON.stringify({
        districts: {
          [DISTRICT]: {
            bodyNames: { 'civic-council': '양주 마을교육자치회', 'working-council': '양주 미래교육 실무협의회' },
            civicCouncils: [
              { code: 'north', name: NORTH },
              { code: 'south', name: SOUTH },
            ],
          },
        },
      }),
    );
    web = await startWeb({ GONGRON_DATA_DIR: dataDir, GONGRON_ORGANISATION_FILE: file });
    north = await web.api.token({ role: 'secretary', district: DISTRICT, body: BODY, council: 'north' });
    south = await web.api.token({ role: 'secretary', district: DISTRICT, body: BODY, council: 'south' });
    const members: [string, string, number][] = [
      [north, '북부', 3],
      [south, '남부', 4],
    ];
    for (const [token, prefix, count] of members) {
      for (let n = 1; n <= count; n += 1) {
        const added = await web.api.call('POST', `/rosters/${DISTRICT}/${BODY}/members`, {
          token,
          body: { name: `${prefix}위원${n}`, category: 'parent', role: n === 1 ? 'chair' : 'member', termFrom: '2024-03-01' },
        });
        expect(added.status).toBe(201);
      }
    }
    // An item in deliberation in each council: each council's meeting takes up its own.
    for (const [token, title] of [
      [north, '북부권 통학로 안전'],
      [south, '남부권 마을방과후'],
    ] as const) {
      const proposed = await web.api.call('POST', '/agenda-items', {
        token,
        body: { district: DISTRICT, title, description: `${title} 제안`, proposerCategory: 'parent' },
      });
      expect(proposed.status).toBe(201);
      const opened = await web.api.call('POST', `/agenda-items/${proposed.body.state.itemId as string}/deliberation`, { token, body: {} });
      expect(opened.status).toBe(200);
    }
    const scheduled = await web.api.call('POST', '/meetings', {
      token: north,
      body: { district: DISTRICT, body: BODY, number: 1, heldOn: seoulToday(), startsAt: '10:00', place: '양주시청 북부 회의실' },
    });
    expect(scheduled.status).toBe(201);
  }, 300_000);

  afterAll(async () => {
    await web?.close();
    cleanBuilds();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("shows the southern council's secretary only their council's roster and meetings, under its name", async () => {
    const page = await (await web.person()).newPage();
    await signIn(page, south);
    await page.goto('/roster');
    await page.getByRole('heading', { level: 1, name: `위원 명단 · ${SOUTH}` }).waitFor();
    const rows = page.getByRole('table', { name: /위원 명단: 이름, 구분, 역할, 임기/ }).locator('tbody tr');
    await eventually(async () => expect(await rows.count()).toBe(4));
    const names = (await page.getByRole('table', { name: /위원 명단/ }).textContent()) ?? '';
    expect(names).toContain('남부위원1');
    expect(names).not.toContain('북부위원');
    await expect(page.getByText('오늘 재적 4명').count()).resolves.toBe(1);
    await page.getByText(`간사 · 양주시 · ${SOUTH}`).waitFor();
    await scan(page, '80-council-roster');

    await page.goto('/meetings');
    await page.getByRole('heading', { level: 2, name: `회의 목록 · ${SOUTH}` }).waitFor();
    await page.getByText('아직 등록된 회의가 없습니다.').waitFor();
    expect(await page.locator(`a[href="/meetings/${encodeURIComponent(northMeeting)}"]`).count()).toBe(0);
    // The items to decide are the council's own.
    const queue = page.locator('section[aria-labelledby="meeting-queue-title"]');
    await queue.getByRole('heading', { name: '이 회의의 안건 (1건)' }).waitFor();
    expect(await queue.locator('li').allTextContents()).toEqual([expect.stringContaining('1. 남부권 마을방과후')]);
    await scan(page, '81-council-meetings-empty');

    // Its first meeting is 제1차 too, under its own id.
    const schedule = page.locator('form[aria-labelledby="schedule-title"]');
    await schedule.getByLabel('장소').fill('양주시청 남부 회의실');
    await schedule.getByRole('button', { name: '회의 일정 등록' }).click();
    await page.waitForURL(`**/meetings/${encodeURIComponent(southMeeting)}`);
    await page.getByRole('heading', { level: 1, name: `${year} 제1차 ${SOUTH}` }).waitFor();
    await page.getByRole('heading', { name: '회의 소집 · 출석 확인' }).waitFor();
    // The roll to tick is the council's own.
    await page.locator('label', { hasText: /^남부위원1$/ }).waitFor();
    expect(await page.locator('label', { hasText: /^북부위원/ }).count()).toBe(0);
    await scan(page, '82-council-meeting-session');

    await page.goto('/meetings');
    const list = page.getByRole('table', { name: /^회의: 차수/ });
    await list.locator(`a[href="/meetings/${encodeURIComponent(southMeeting)}"]`).waitFor();
    await expect(list.locator('tbody tr').count()).resolves.toBe(1);
  });

  it("shows the northern council's secretary their own roster and meetings only", async () => {
    const page = await (await web.person()).newPage();
    await signIn(page, north);
    await page.goto('/roster');
    await page.getByRole('heading', { level: 1, name: `위원 명단 · ${NORTH}` }).waitFor();
    const rows = page.getByRole('table', { name: /위원 명단: 이름, 구분, 역할, 임기/ }).locator('tbody tr');
    await eventually(async () => expect(await rows.count()).toBe(3));
    expect(await page.getByRole('table', { name: /위원 명단/ }).textContent()).not.toContain('남부위원');

    await page.goto('/meetings');
    await page.getByRole('heading', { level: 2, name: `회의 목록 · ${NORTH}` }).waitFor();
    const list = page.getByRole('table', { name: /^회의: 차수/ });
    await list.locator(`a[href="/meetings/${encodeURIComponent(northMeeting)}"]`).waitFor();
    await expect(list.locator('tbody tr').count()).resolves.toBe(1);
    const queue = page.locator('section[aria-labelledby="meeting-queue-title"]');
    await queue.getByRole('heading', { name: '이 회의의 안건 (1건)' }).waitFor();
    expect(await queue.locator('li').allTextContents()).toEqual([expect.stringContaining('1. 북부권 통학로 안전')]);
    await scan(page, '83-council-meetings-north');
  });
});
