/**
 * The pages and requirements the other browser suites leave unvisited, in real Chromium: an
 * official's expenditure on a project page (천원 with the exact won, and the Korean refusal over
 * the allocation), a parked process-manager reaction on the administrators' page and its retry,
 * dates in Asia/Seoul from a browser set to New York, every route of the web application scanned
 * by axe-core and kept as a screenshot at desktop and phone width, and `/docs/` with its assets.
 */
import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { SqliteEventStore } from '@gongron/event-store';
import { eventually } from '../e2e/api-support.js';
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
import { appendGhostConsent, ghostBudget } from '../support/ghost-consent.js';
import { webRoutes } from '../support/web-routes.js';

jest.setTimeout(240_000);

const describeBrowser = browserAvailable() ? describe : describe.skip;
const DISTRICT = 'hwaseong';

/**
 * The pages of one record, opened with an id that names none: their title, the way back to the
 * list, and which segment of the address is the id.
 */
const MISSING: Record<string, [string, string, string, number]> = {
  item: ['안건을 찾을 수 없습니다', '안건 목록으로', '/agenda', 2],
  project: ['세부사업을 찾을 수 없습니다', '세부사업 목록으로', '/projects', 2],
  schoolCalls: ['세부사업을 찾을 수 없습니다', '세부사업 목록으로', '/projects', 2],
  auditStream: ['기록을 찾을 수 없습니다', '감사 첫 화면으로', '/audit', 3],
};

/** Today in Seoul as 'YYYY-MM-DD', the business date the API expects. */
const seoulToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/**
 * A consent stored by an older version names a project that was never created: once the API
 * starts, the budget process manager reacts to it, is refused and parks the reaction.
 */
async function storeGhostConsent(dataDir: string, projectId: string): Promise<void> {
  const store = new SqliteEventStore({ file: join(dataDir, 'gongron.sqlite') });
  try {
    await appendGhostConsent(store, projectId);
  } finally {
    await store.close();
  }
}

describeBrowser('the pages the other browser suites do not visit, in Chromium', () => {
  let web: WebHarness;
  let dataDir: string;
  let education: string;
  let city: string;
  let civic: string;
  const ghostProject = `ghost-${randomUUID().slice(0, 8)}`;

  async function personWith(token: string, timezoneId?: string): Promise<Page> {
    const page = await (await web.person(timezoneId ? { timezoneId } : {})).newPage();
    await signIn(page, token);
    return page;
  }

  /** Screenshot + axe scan of the page as it is now: 0 serious or critical violations. */
  async function scan(page: Page, name: string): Promise<void> {
    expect({ page: name, violations: await keep(page, name) }).toEqual({ page: name, violations: [] });
  }

  /** A project of its own, agreed by both parties' signatures and started: money can be spent on it. */
  async function startedProject(year: number, title: string, budget: Record<string, number>, id?: string): Promise<string> {
    const api = web.api;
    const created = await api.call('POST', '/projects', {
      token: education,
      body: { ...(id ? { projectId: id } : {}), district: DISTRICT, year, title, taskCode: '1-1', plannedBudget: budget },
    });
    expect(created.status).toBe(201);
    const projectId = created.body.state.projectId as string;
    const agreement = `/agreements/${DISTRICT}/${year}`;
    expect((await api.call('POST', '/agreements', { token: education, body: { district: DISTRICT, year } })).status).toBe(201);
    expect(
      (await api.call('POST', `${agreement}/projects`, { token: education, body: { projectId, title, taskCode: '1-1', budget } })).status,
    ).toBe(200);
    for (const token of [education, city])
      expect((await api.call('POST', `${agreement}/signatures`, { token, body: { signedOn: seoulToday() } })).status).toBe(200);
    await eventually(
      async () => expect((await api.call('GET', `/projects/${projectId}`, { token: education })).body.state.status).toBe('agreed'),
      20_000,
    );
    expect((await api.call('POST', `/projects/${projectId}/start`, { token: city, body: {} })).status).toBe(200);
    return projectId;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gongron-web-pages-'));
    await storeGhostConsent(dataDir, ghostProject);
    web = await startWeb({ GONGRON_DATA_DIR: dataDir });
    education = await web.api.token({ role: 'official', district: DISTRICT, party: 'education-office', name: '화성오산교육지원청 담당' });
    city = await web.api.token({ role: 'official', district: DISTRICT, party: 'local-government', name: '화성시 담당' });
    civic = await web.api.token({ role: 'secretary', district: DISTRICT, body: 'civic-council', name: '화성 민관학 간사' });
  }, 240_000);

  afterAll(async () => {
    await web?.close();
    cleanBuilds();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('an official records an expenditure on the project page and sees spent and remaining change; over the allocation the Korean refusal names the rule', async () => {
    const projectId = await startedProject(2031, '화성 마을 탐구 교실', { 'education-office': 3_000_000, 'local-government': 5_000_000 });
    // The city grants to a designated school (지정 교부), so the school's expenditure can name its grant.
    const granted = await web.api.call('POST', `/projects/${projectId}/direct-grants`, {
      token: city,
      body: {
        grantId: 'grant-dongtan',
        schoolId: 'hwaseong-dongtan-es',
        amount: { 'education-office': 0, 'local-government': 2_000_000 },
        reason: '탐구 교실 거점학교',
        purpose: '학교 공모 운영비',
      },
    });
    expect(granted.status).toBe(201);
    await eventually(async () =>
      expect((await web.api.call('GET', `/school-grant-register?projectId=${projectId}`, { token: city })).body.items).toHaveLength(1),
    );
    const page = await personWith(city);
    await page.goto(`/projects/${projectId}`);
    await page.getByRole('heading', { level: 1, name: '화성 마을 탐구 교실' }).waitFor();
    await page.locator('table', { hasText: '5,000' }).first().waitFor();

    await page.getByLabel('금액 (원)').fill('1234500');
    await page.getByLabel('집행 내용').fill('탐구 교실 교재 인쇄');
    await page.getByRole('button', { name: '집행 등록 저장' }).click();
    await page.getByText('집행 등록 완료').waitFor();
    // 천원: 1,234.5 spent and 3,765.5 remaining of the city's 5,000; the toggle shows the exact won.
    await page.locator('table', { hasText: '1,234.5' }).filter({ hasText: '3,765.5' }).waitFor();
    await page.getByRole('button', { name: '원 단위로 보기' }).click();
    await page.locator('table', { hasText: '1,234,500' }).filter({ hasText: '3,765,500' }).waitFor();
    const spent = (await web.api.call('GET', `/projects/${projectId}`, { token: city })).body.state;
    expect(JSON.stringify(spent)).toContain('1234500');

    await page.getByLabel('금액 (원)').fill('4000000');
    await page.getByLabel('집행 내용').fill('과다 집행');
    await page.getByRole('button', { name: '집행 등록 저장' }).click();
    await page
      .getByText(/집행 가능액 3,?765,?500원을 넘습니다/)
      .first()
      .waitFor();
    await scan(page, '30-project-expenditure-refused');
    // Nothing more was spent: the table still shows the first expenditure only.
    await page.locator('table', { hasText: '1,234,500' }).filter({ hasText: '3,765,500' }).waitFor();

    // Registered by the offices without a deliberated item: marked 미심의 in its heading.
    await page.locator('.krds-badge', { hasText: '미심의' }).waitFor();
    // The city's money executed by a school through its grant: the grant is asked for only then.
    await expect(page.getByLabel('교부 (학교)').count()).resolves.toBe(0);
    await page.getByLabel('집행 주체').selectOption('school');
    await page.getByLabel('교부 (학교)').selectOption({ label: '화성동탄초등학교 · 지정 교부 · 지자체 2,000,000원' });
    await page.getByLabel('금액 (원)').fill('500000');
    await page.getByLabel('집행 내용').fill('학교 공모 운영비');
    // With the reload held back a second: the first expenditure's confirmation no longer stands above the old
    // figures, and the new one comes with them. Exact won (the toggle is on): 1,234,500 + 500,000 of 5,000,000.
    const held = await withReloadHeld(page, `/projects/${projectId}`, '집행 등록 완료: 기록 4번으로 저장했습니다.', () =>
      page.getByRole('button', { name: '집행 등록 저장' }).click(),
    );
    expect(held.confirmationsWhileHeld).toBe(0);
    expect(held.shown.main).toContain('1,734,500');
    expect(held.shown.main).toContain('3,265,500');
    await page.locator('table', { hasText: '1,734,500' }).filter({ hasText: '3,265,500' }).waitFor();
    await scan(page, '32-project-expenditure-by-school');
    const bySchool = (await web.api.call('GET', `/projects/${projectId}`, { token: city })).body.state;
    expect(bySchool.expenditures).toEqual([
      expect.objectContaining({ amount: 1_234_500, funder: 'local-government', executedBy: 'local-government', school: null }),
      expect.objectContaining({
        amount: 500_000,
        funder: 'local-government',
        executedBy: 'school',
        school: '화성동탄초등학교',
        grant: expect.objectContaining({ grantId: 'grant-dongtan' }),
      }),
    ]);

    // An expenditure saved while the project cannot be read again: the danger alert says both, no confirmation alone.
    await page.getByLabel('집행 주체').selectOption('local-government');
    await page.getByLabel('금액 (원)').fill('100000');
    await page.getByLabel('집행 내용').fill('탐구 교실 간식');
    const cut = await withReloadCut(page, `/projects/${projectId}`, () => page.getByRole('button', { name: '집행 등록 저장' }).click());
    expect(cut.confirmations).toEqual([]);
    expect(cut.failed.text).toContain('집행 등록 완료: 기록 5번으로 저장했습니다.');
    expect(cut.failed.text).toContain('다시 읽지 못해');
    expect(cut.failed.main).toContain('1,734,500');
    await expect(confirmationsOn(page)).resolves.toBe(0);
    await scan(page, '33-project-reload-failed');
    const after = (await web.api.call('GET', `/projects/${projectId}`, { token: city })).body.state;
    expect(after.expenditures).toHaveLength(3);
  });

  it('the administrators’ page lists a real parked reaction with its reason, a retry while its project is missing keeps it parked, and once the project exists a retry applies it', async () => {
    await eventually(async () => {
      const { body } = await web.api.call('GET', '/admin/process-managers/parked', { token: web.api.adminToken });
      expect((body.parked as Array<{ code: string }>).map((p) => p.code)).toContain('PROJECT.NOT_FOUND');
    }, 60_000);
    const page = await personWith(web.api.adminToken);
    await page.goto('/admin/projections');
    const row = page.locator('tr', { hasText: ghostProject });
    await row.waitFor();
    // Its reason (the refusal code and the missing project) and one attempt so far.
    await row.locator('td', { hasText: 'PROJECT.NOT_FOUND' }).waitFor();
    await expect(row.locator('td:nth-of-type(3)').textContent()).resolves.toBe('1');
    await scan(page, '31-admin-parked');

    await row.getByRole('button', { name: /^다시 시도: / }).click();
    await page.getByText('다시 시도했습니다. 결과는 아래 목록에 반영됩니다.').waitFor();
    // Refused again for the same reason: still listed, tried twice.
    await page.locator('tr', { hasText: ghostProject }).locator('td:nth-of-type(3)', { hasText: /^2$/ }).waitFor();
    const { body } = await web.api.call('GET', '/admin/process-managers/parked', { token: web.api.adminToken });
    expect(body.parked).toEqual([expect.objectContaining({ attempts: 2, code: 'PROJECT.NOT_FOUND' })]);

    // The cause gone (the project created and agreed), the same button applies the raise once.
    await startedProject(2034, '화성 보류 반응 사업', ghostBudget, ghostProject);
    await page.reload();
    await page
      .locator('tr', { hasText: ghostProject })
      .getByRole('button', { name: /^다시 시도: / })
      .click();
    await page.getByText('보류된 반응이 없습니다.').waitFor();
    const project = (await web.api.call('GET', `/projects/${ghostProject}`, { token: education })).body.state;
    expect(project.allocation).toEqual({ ...ghostBudget, 'education-office': 2_000_000 });
  });

  it('shows times in Asia/Seoul to a browser whose clock is set to New York', async () => {
    const projectId = await startedProject(2032, '화성 시간대 확인 사업', { 'education-office': 1_000_000, 'local-government': 1_000_000 });
    const history = await web.api.call('GET', `/projects/${projectId}/history`, { token: education });
    const recordedAt = new Date((history.body.events as Array<{ recordedAt: string }>)[0]!.recordedAt);
    const shown = (zone: string) =>
      new Intl.DateTimeFormat('ko-KR', {
        timeZone: zone,
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(recordedAt);
    // Seoul is 14 hours ahead of New York (13 in summer): the hour always differs, and the date
    // differs too from Seoul's midnight to New York's.
    expect(shown('Asia/Seoul')).not.toBe(shown('America/New_York'));

    const page = await personWith(education, 'America/New_York');
    await expect(page.evaluate('Intl.DateTimeFormat().resolvedOptions().timeZone')).resolves.toBe('America/New_York');
    await page.goto(`/projects/${projectId}`);
    await page.getByRole('heading', { level: 1, name: '화성 시간대 확인 사업' }).waitFor();
    await page.getByText(shown('Asia/Seoul')).first().waitFor();
    await expect(page.getByText(shown('America/New_York')).count()).resolves.toBe(0);
  });

  it('every route passes axe-core and is kept as a screenshot, at desktop and at phone width', async () => {
    const projectId = await startedProject(2033, '화성 모든 화면 사업', { 'education-office': 2_000_000, 'local-government': 2_000_000 });
    const proposed = await web.api.call('POST', '/agenda-items', {
      token: civic,
      body: {
        district: DISTRICT,
        title: '화면 점검 안건',
        description: '모든 화면을 점검하는 안건입니다.',
        proposerCategory: 'parent',
        taskCode: '2-2',
      },
    });
    expect(proposed.status).toBe(201);
    const itemId = proposed.body.state.itemId as string;
    const visitor = await (await web.person()).newPage();
    const secretary = await personWith(civic);
    const official = await personWith(education);
    const admin = await personWith(web.api.adminToken);
    // Every route of apps/web/src/router.ts, with the heading a person sees first.
    const routes: Array<[string, Page, string, RegExp]> = [
      ['home', visitor, '/', /미래교육협력지구 업무 누리집/],
      ['sign-in', visitor, '/sign-in', /로그인/],
      ['work', secretary, '/work', /내 할 일/],
      ['agenda', secretary, '/agenda', /안건 목록/],
      ['item', secretary, `/agenda/${itemId}`, /화면 점검 안건/],
      ['meetings', secretary, '/meetings', /회의 진행/],
      ['projects', official, '/projects', /세부사업/],
      ['project', official, `/projects/${projectId}`, /화성 모든 화면 사업/],
      ['agreement', official, `/agreements/${DISTRICT}/2033`, /부속합의서/],
      ['admin-people', admin, '/admin/people', /사용자와 토큰/],
      ['admin-projections', admin, '/admin/projections', /읽기 모델/],
    ];
    for (const [width, suffix] of [
      [1280, 'desktop'],
      [390, 'phone'],
    ] as const) {
      for (const [name, page, path, heading] of routes) {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await scan(page, `40-route-${name}-${suffix}`);
        // No value the page lacks is shown as a programmer's word.
        expect({ route: name, text: (await page.locator('main').innerText()).match(/\b(null|undefined|NaN)\b/g) }).toEqual({
          route: name,
          text: null,
        });
        // The page itself never scrolls sideways: a wide table scrolls inside its own frame.
        expect({ route: name, width: await page.evaluate<number>('document.documentElement.scrollWidth') }).toEqual({ route: name, width });
        if (name === 'item') {
          // The item's facts fit the screen: none is cut at the edge or left behind a sideways scroll.
          const overview = page.getByRole('region', { name: '개요', exact: true });
          const { scrollWidth, clientWidth } = await overview.evaluate((el) => ({
            scrollWidth: el.scrollWidth,
            clientWidth: el.clientWidth,
          }));
          expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        }
      }
      // The router's own 'not found' page: the server answers only page paths with the web
      // application, so a person meets it by moving within the application to an unknown path.
      await official.evaluate(`history.pushState(null, '', '/projects/a/b'); dispatchEvent(new PopStateEvent('popstate'))`);
      await official.getByRole('heading', { level: 1, name: '페이지를 찾을 수 없습니다' }).waitFor();
      await scan(official, `40-route-not-found-${suffix}`);
    }
  });

  it('every page of the router opens from its own address (a reload, a bookmark, a link in a letter): the application, never the API’s JSON', async () => {
    const admin = await personWith(web.api.adminToken);
    for (const { page: name, example } of webRoutes()) {
      const answer = await admin.goto(example);
      expect({ route: name, path: example, status: answer?.status(), type: answer?.headers()['content-type'] }).toEqual({
        route: name,
        path: example,
        status: 200,
        type: 'text/html; charset=utf-8',
      });
      // The application started and drew its page, with a title in Korean (an unknown id gives a
      // page that says so) — not a JSON body in a <pre>.
      const shown = async () => {
        await admin.getByRole('link', { name: '본문 바로가기' }).waitFor({ state: 'attached', timeout: 10_000 });
        const main = (await admin.getByRole('main').innerText()).trim();
        const titles = await admin.getByRole('heading', { level: 1 }).allInnerTexts();
        // The lead under the title is a sentence: a name left empty (an administrator has no
        // district) would leave it starting with a particle, "에서 …" or "의 …".
        const leads = await admin.locator('.page-title-wrap .gongron-lead').allInnerTexts();
        return {
          route: name,
          path: example,
          main: main.length > 0 && !main.startsWith('{'),
          title: titles.length === 1 && /[가-힣]/.test(titles[0]!),
          leads: leads.filter((lead) => /^(에서|의|을|를|은|는|와|과|에)\s/.test(lead.trim())),
        };
      };
      await eventually(
        async () => expect(await shown()).toEqual({ route: name, path: example, main: true, title: true, leads: [] }),
        10_000,
      );
      const missing = MISSING[name];
      if (missing) {
        // A record that does not exist: the page says what was not found, and leads back to its list.
        const [title, back, href, segment] = missing;
        expect(await admin.getByRole('heading', { level: 1 }).innerText()).toBe(title);
        expect(await admin.getByRole('main').innerText()).toContain(`식별자 ${example.split('/')[segment]}에 해당하는 기록이 없습니다`);
        expect(await admin.getByRole('main').getByRole('link', { name: back }).getAttribute('href')).toBe(href);
        if (name === 'item') await scan(admin, '40-route-item-missing');
      }
      // A reload of the same address asks again, with the browser's own Accept header and cache.
      await admin.reload();
      await eventually(
        async () => expect(await shown()).toEqual({ route: name, path: example, main: true, title: true, leads: [] }),
        10_000,
      );
    }
  });

  it('/docs/ with a trailing slash loads the OpenAPI page and every asset it asks for', async () => {
    const page = await (await web.person()).newPage();
    const answers: Response[] = [];
    const failed: string[] = [];
    page.on('response', (response) => answers.push(response));
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.goto('/docs/');
    await page.locator('.swagger-ui .info .title').waitFor();
    await page.locator('.swagger-ui .opblock').first().waitFor();
    const paths = answers.map((answer) => new URL(answer.url()).pathname);
    expect(paths.filter((path) => path.endsWith('.css')).length).toBeGreaterThanOrEqual(1);
    expect(paths.filter((path) => path.endsWith('.js')).length).toBeGreaterThanOrEqual(1);
    expect(paths.filter((path) => path.includes('/docs/docs/'))).toEqual([]);
    expect(answers.filter((answer) => answer.status() >= 400).map((answer) => `${answer.status()} ${answer.url()}`)).toEqual([]);
    expect(failed).toEqual([]);
  });
});
