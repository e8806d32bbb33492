/**
 * 내 할 일 with deadlines, in real Chromium: the steering committee's secretary sees the review of
 * an item just tabled with its Korean due day and the days left, and a condition of a conditional
 * approval whose due day has passed marked 기한 경과 on a highlighted row. The page passes
 * axe-core with no serious or critical violation and is kept as a screenshot, in Korean and in
 * English.
 */
import { jest } from '@jest/globals';
import { eventually, tally } from '../e2e/api-support.js';
import { browserAvailable, cleanBuilds, keep, signIn, startWeb, type WebHarness } from './browser-support.js';

jest.setTimeout(180_000);

const describeBrowser = browserAvailable() ? describe : describe.skip;
const DISTRICT = 'yeoju';

function seoulDate(offsetDays: number): string {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

describeBrowser('내 할 일: deadlines in Chromium', () => {
  let web: WebHarness;
  let civic: string;
  let working: string;
  let steering: string;

  beforeAll(async () => {
    web = await startWeb();
    civic = await web.api.token({ role: 'secretary', district: DISTRICT, body: 'civic-council', name: '여주 간사' });
    working = await web.api.token({ role: 'secretary', district: DISTRICT, body: 'working-council', name: '여주 실무 간사' });
    steering = await web.api.token({ role: 'secretary', district: DISTRICT, body: 'steering-committee', name: '여주 운영위 간사' });
  }, 180_000);
  afterAll(async () => {
    await web?.close();
    cleanBuilds();
  }, 60_000);

  async function tabled(title: string): Promise<string> {
    const api = web.api;
    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: { district: DISTRICT, title, description: `${title} 제안`, proposerCategory: 'parent', taskCode: '2-2' },
    });
    expect(proposed.status).toBe(201);
    const item = `/agenda-items/${proposed.body.state.itemId as string}`;
    expect((await api.call('POST', `${item}/deliberation`, { token: civic, body: {} })).status).toBe(200);
    expect(
      (await api.call('POST', `${item}/adoption`, { token: civic, body: { meeting: { heldOn: seoulDate(0) }, tally: tally(15, 10, 8) } }))
        .status,
    ).toBe(200);
    expect((await api.call('POST', `${item}/drafting`, { token: working, body: { owner: '미래교육팀' } })).status).toBe(200);
    const draft = {
      plan: '12차시 운영',
      taskCode: '2-2',
      budgetRequest: { 'education-office': 10_000_000, 'local-government': 5_000_000 },
    };
    expect((await api.call('POST', `${item}/draft-revisions`, { token: working, body: draft })).status).toBe(200);
    expect((await api.call('POST', `${item}/tabling`, { token: working, body: {} })).status).toBe(200);
    return item;
  }

  it('shows the review due and a passed condition marked overdue, with Korean dates', async () => {
    await tabled('여주 마을 생태교실');
    const approved = await tabled('여주 공유학교');
    const pastDue = seoulDate(-10);
    const decided = await web.api.call('POST', `${approved}/review-decisions`, {
      token: steering,
      body: {
        decision: 'conditionallyApproved',
        conditions: [{ text: '학부모 의견 수렴 결과 제출', dueOn: pastDue }],
        meeting: { heldOn: seoulDate(0) },
        tally: tally(12, 9, 7, 1, 1),
      },
    });
    expect(decided.status).toBe(200);
    await eventually(async () => {
      const work = await web.api.call('GET', '/work', { token: steering });
      expect((work.body.deadlines as { kind: string; overdue: boolean }[]).map((d) => [d.kind, d.overdue])).toEqual([
        ['condition', true],
        ['review', false],
      ]);
    }, 30_000);

    const context = await web.person();
    const page = await context.newPage();
    await signIn(page, steering);
    await page.goto('/work');
    await page.getByRole('heading', { name: '다가오는 기한' }).waitFor();
    const table = page.getByRole('table', { name: /기한: 종류, 대상, 기한일, 남은 날/ });
    const rows = table.locator('tbody tr');
    await eventually(async () => expect(await rows.count()).toBe(2));
    const overdue = rows.nth(0);
    await expect(overdue.getAttribute('class')).resolves.toBe('gongron-overdue');
    await expect(overdue.textContent()).resolves.toContain('조건 이행 기한');
    await expect(overdue.textContent()).resolves.toContain('학부모 의견 수렴 결과 제출');
    await expect(overdue.textContent()).resolves.toContain('기한 경과 10일');
    const [y, m, d] = pastDue.split('-').map(Number) as [number, number, number];
    await expect(overdue.textContent()).resolves.toContain(`${y}년 ${m}월 ${d}일`);
    const review = rows.nth(1);
    await expect(review.textContent()).resolves.toContain('심의 기한');
    await expect(review.textContent()).resolves.toContain('여주 마을 생태교실');
    await expect(review.textContent()).resolves.toContain('D-30');
    expect(await keep(page, 'inbox-deadlines-ko')).toEqual([]);

    await page.getByRole('button', { name: '언어 변경' }).click();
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Deadlines' }).waitFor();
    const english = page.getByRole('table', { name: /Deadlines: kind, subject, due day, days left/ }).locator('tbody tr');
    await expect(english.nth(0).textContent()).resolves.toContain('Overdue by 10 days');
    await expect(english.nth(1).textContent()).resolves.toContain('30 days left');
    expect(await keep(page, 'inbox-deadlines-en')).toEqual([]);
  });
});
