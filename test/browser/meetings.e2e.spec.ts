/**
 * Rosters and meetings on the pages, in real Chromium, as a civic council's secretary runs them:
 * the roster of 15 built on the roster page (one more appointed and recorded as leaving, one term
 * changed); a meeting scheduled with an item on its agenda, convened with 9 of the 15 ticked
 * present; a tally claiming 10 present refused with the API's Korean message under the 출석 field;
 * the adoption carried with 5 for; adjourned; minutes written with a PDF uploaded, its SHA-256
 * shown, approved; the attachment downloaded and its hash matching. The inbox lists the meeting
 * while it needs her. Each page passes axe-core (no serious or critical violation) and is kept as a
 * screenshot at desktop and phone width.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { eventually } from '../e2e/api-support.js';
import { samplePdf } from '../support/attachment-samples.js';
import { browserAvailable, cleanBuilds, keep, signIn, startWeb, type WebHarness } from './browser-support.js';

jest.setTimeout(300_000);

const describeBrowser = browserAvailable() ? describe : describe.skip;
const DISTRICT = 'pocheon';
const BODY = 'civic-council';

function seoulToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

async function keepBoth(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await keep(page, `${name}-desktop`)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await keep(page, `${name}-phone`)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describeBrowser('rosters and meetings on the pages, in Chromium', () => {
  let web: WebHarness;
  let civic: string;
  const files = mkdtempSync(join(tmpdir(), 'gongron-minutes-'));

  beforeAll(async () => {
    web = await startWeb();
    civic = await web.api.token({ role: 'secretary', district: DISTRICT, body: BODY, name: '포천 간사' });
  }, 180_000);
  afterAll(async () => {
    await web?.close();
    cleanBuilds();
    rmSync(files, { recursive: true, force: true });
  }, 60_000);

  it('builds a roster of 15, holds a meeting with 9 present, carries an adoption with 5 for, refuses 10 claimed present, approves minutes with an attachment', async () => {
    const proposed = await web.api.call('POST', '/agenda-items', {
      token: civic,
      body: { district: DISTRICT, title: '포천 마을 돌봄 공간', description: '방과후 돌봄 공간 마련', proposerCategory: 'parent' },
    });
    expect(proposed.status).toBe(201);
    const itemId = proposed.body.state.itemId as string;
    expect((await web.api.call('POST', `/agenda-items/${itemId}/deliberation`, { token: civic, body: {} })).status).toBe(200);

    const context = await web.person();
    const page = await context.newPage();
    await signIn(page, civic);

    // The roster, built on the page: 15 members, and a 16th who joins and leaves the same day.
    await page.goto('/roster');
    await page.getByRole('heading', { name: /위원 명단/, level: 1 }).waitFor();
    const addForm = page.locator('form[aria-labelledby="roster-add-title"]');
    const appoint = async (name: string, category: string, role: string) => {
      await addForm.getByLabel('이름').fill(name);
      await addForm.getByLabel('구분').selectOption(category);
      await addForm.getByLabel('역할').selectOption(role);
      await addForm.getByRole('button', { name: '위원 위촉' }).click();
      await page.getByText(`${name} 위원을 명단에 올렸습니다.`).waitFor();
    };
    for (let n = 1; n <= 15; n += 1) await appoint(`위원${n}`, n === 15 ? 'council-member' : 'parent', n === 1 ? 'chair' : 'member');
    await appoint('임시위원', 'citizen', 'member');
    const rosterRows = page.getByRole('table', { name: /위원 명단: 이름, 구분, 역할, 임기/ }).locator('tbody tr');
    await eventually(async () => expect(await rosterRows.count()).toBe(16));
    await page.getByRole('button', { name: '해촉·사임: 임시위원' }).click();
    const change = page.locator('form[aria-labelledby="roster-change-title"]');
    await change.getByLabel('사유').fill('개인 사정');
    await change.getByRole('button', { name: '해촉·사임' }).click();
    await eventually(async () => expect(await rosterRows.count()).toBe(15));
    expect(await page.getByRole('table', { name: /위원 명단/ }).textContent()).not.toContain('임시위원');
    await page.getByRole('button', { name: '임기 변경: 위원15' }).click();
    await change.getByLabel('임기 종료일').fill('2027-02-28');
    await change.getByRole('button', { name: '임기 변경' }).click();
    await eventually(async () => expect(await rosterRows.filter({ hasText: '위원15' }).textContent()).toContain('2027년 2월 28일'));
    expect(await rosterRows.first().textContent()).toMatch(/^위원1학부모위원장/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('민·관·학 지역교육협의체');
    await expect(page.getByText('오늘 재적 15명').count()).resolves.toBe(1);
    await keepBoth(page, 'meetings-roster');

    // A meeting, scheduled on the page with the item on its agenda.
    await page.goto('/meetings');
    const schedule = page.locator('form[aria-labelledby="schedule-title"]');
    await schedule.getByLabel('장소').fill('포천시청 상황실');
    await schedule.locator('label', { hasText: '포천 마을 돌봄 공간' }).click();
    await expect(schedule.getByLabel('포천 마을 돌봄 공간').isChecked()).resolves.toBe(true);
    await schedule.getByRole('button', { name: '회의 일정 등록' }).click();
    const today = seoulToday();
    const meetingId = `${DISTRICT}-${BODY}-${today.slice(0, 4)}-1`;
    await page.waitForURL(`**/meetings/${meetingId}`);
    await page.getByRole('heading', { name: '회의 소집 · 출석 확인' }).waitFor();

    // The inbox lists it as the meeting to convene, with its day, time and place.
    const inbox = await context.newPage();
    await inbox.goto('/work');
    const meetingsTable = inbox.getByRole('table', { name: /회의: 차수, 일시/ });
    await meetingsTable.waitFor();
    const inboxRow = meetingsTable.locator('tbody tr').first();
    await expect(inboxRow.textContent()).resolves.toMatch(/제1차.*14:00 \(한국 시간\).*포천시청 상황실.*회의 소집/);
    await keepBoth(inbox, 'meetings-inbox');
    await inbox.close();

    // Convened with 9 of the 15 ticked present.
    for (let n = 1; n <= 9; n += 1) await page.locator('label', { hasText: new RegExp(`^위원${n}$`) }).click();
    for (let n = 1; n <= 15; n += 1) await expect(page.getByLabel(`위원${n}`, { exact: true }).isChecked()).resolves.toBe(n <= 9);
    await keepBoth(page, 'meetings-convene');
    await page.getByRole('button', { name: '회의 소집 (9명 출석)' }).click();
    await page.getByText('재적 15명 · 출석 9명').first().waitFor();
    const attendance = page.getByRole('table', { name: /출석부/ });
    await eventually(async () =>
      expect(await attendance.locator('tbody tr').filter({ hasText: '출석' }).filter({ hasNotText: '결석' }).count()).toBe(9),
    );

    // The decision: 10 claimed present is refused under the 출석 field, in Korean; 5 for of 9 carries.
    const decision = page.getByRole('form', { name: '의제 채택: 포천 마을 돌봄 공간' });
    await decision.getByLabel('출석').fill('10');
    await decision.getByLabel('찬성').fill('6');
    await decision.getByRole('button', { name: '의제 채택 저장' }).click();
    const refusal = decision.locator('.form-hint-invalid');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe('출석을 10명이라 했지만 회의에 출석한 위원은 9명입니다.');
    await expect(decision.getByLabel('출석').getAttribute('aria-invalid')).resolves.toBe('true');
    await keepBoth(page, 'meetings-refused');
    await decision.getByLabel('출석').fill('9');
    await decision.getByLabel('찬성').fill('5');
    await decision.getByLabel('반대').fill('3');
    await decision.getByLabel('기권').fill('1');
    await decision.getByRole('button', { name: '의제 채택 저장' }).click();
    await page.getByText('의결됨: 의제 채택 · 5/3/1').waitFor();
    expect((await web.api.call('GET', `/agenda-items/${itemId}`, { token: civic })).body.state).toMatchObject({
      status: 'referred',
      adoption: { meeting: { meetingId }, tally: { onRoll: 15, present: 9, for: 5, against: 3, abstain: 1 } },
    });

    // Adjourned; minutes with a PDF uploaded (its hash shown), recorded, approved; downloaded with the same hash.
    await page.getByRole('button', { name: '폐회', exact: true }).click();
    await page.getByRole('heading', { name: '회의록', exact: true }).waitFor();
    const pdf = samplePdf('포천 제1차 회의록');
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const pdfFile = join(files, '제1차 회의록.pdf');
    writeFileSync(pdfFile, pdf);
    await page.getByLabel('회의록 내용').fill('1. 개회 2. 의제 채택 (찬성 5, 반대 3, 기권 1) 3. 폐회');
    await page.getByLabel('첨부 파일 (PDF, HWP/HWPX, 이미지)').setInputFiles(pdfFile);
    await page.getByText(sha256).waitFor();
    await page.getByRole('button', { name: '회의록 저장' }).click();
    await page.getByRole('button', { name: '회의록 승인' }).waitFor();
    await page.getByRole('button', { name: '회의록 승인' }).click();
    await page.getByText(/승인됨$/).waitFor();
    expect(await page.getByText(sha256).count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '내려받기: 제1차 회의록.pdf' }).click(),
    ]);
    const saved = join(files, 'downloaded.pdf');
    await download.saveAs(saved);
    expect(createHash('sha256').update(readFileSync(saved)).digest('hex')).toBe(sha256);
    await keepBoth(page, 'meetings-minutes-approved');

    // Approved, the meeting leaves the inbox.
    await eventually(async () => expect((await web.api.call('GET', '/work', { token: civic })).body.meetings).toEqual([]));
  });
});
