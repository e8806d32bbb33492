/**
 * An administrator rebuilds a read model from the projections page, in real Chromium: the
 * progress bar follows the rebuild's server-sent events (GET /admin/projections/rebuilds/{id}/events)
 * instead of asking for the projections' status over and over, and ends at 100 %. The log holds
 * a generated history of its own (written before the server starts), long enough for the
 * rebuild to report progress before it ends.
 */
import { jest } from '@jest/globals';
import type { Request } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@gongron/event-store';
import { GeneratedClock, appendHistory, sqliteBulk } from '../../libs/projections/src/testing/history-generator.js';
import { eventually } from '../e2e/api-support.js';
import { browserAvailable, cleanBuilds, keep, signIn, startWeb, type WebHarness } from './browser-support.js';

jest.setTimeout(240_000);

const describeBrowser = browserAvailable() ? describe : describe.skip;

interface ServerSentEvent {
  readonly eventName: string;
  readonly data: string;
}

const EVENTS = 40_000;

describeBrowser('the projections page in Chromium', () => {
  let web: WebHarness;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gongron-web-rebuild-'));
    const clock = new GeneratedClock(new Date('2024-03-01T00:00:00Z'));
    const store = new SqliteEventStore({ file: join(dataDir, 'gongron.sqlite'), clock: clock.now });
    await appendHistory(store, { events: EVENTS, seed: 31 }, clock, { bulk: sqliteBulk(store.database), stepsPerTransaction: 5_000 });
    await store.close();
    web = await startWeb({ GONGRON_DATA_DIR: dataDir });
    // At rest before the page opens: every read model at the head, and every process manager's
    // reactions to the generated history (the commands they append) written and read back.
    await eventually(async () => {
      const { body } = await web.api.call('GET', '/admin/projections', { token: web.api.adminToken });
      const projections = body.projections as Array<{ lag: number; headPosition: number }>;
      if (!projections.every((p) => p.lag === 0)) throw new Error('projections are behind');
      const { body: managers } = await web.api.call('GET', '/admin/process-managers', { token: web.api.adminToken });
      const head = projections[0]!.headPosition;
      const behind = (managers.processManagers as Array<{ name: string; position: number }>).filter((m) => m.position < head);
      if (behind.length > 0)
        throw new Error(`process managers behind the head ${head}: ${behind.map((m) => `${m.name}@${m.position}`).join(', ')}`);
    }, 120_000);
  }, 240_000);

  afterAll(async () => {
    await web?.close();
    cleanBuilds();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('follows a rebuild through its server-sent events to 100 % without polling the status', async () => {
    const page = await (await web.person()).newPage();
    await signIn(page, web.api.adminToken);
    await page.goto('/admin/projections');
    const button = page.getByRole('button', { name: '다시 만들기: 안건 현황판' });
    await button.waitFor();

    // What the page receives on its event stream, as Chromium's network layer reports it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const received: ServerSentEvent[] = [];
    cdp.on('Network.eventSourceMessageReceived', (message: ServerSentEvent) => received.push(message));
    const statusRequests: Request[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/admin/projections') statusRequests.push(request);
    });

    const stream = page.waitForRequest((request) => /\/admin\/projections\/rebuilds\/[0-9a-f-]+\/events$/.test(request.url()));
    await button.click();
    await stream;
    await page.locator('[role=progressbar][aria-valuenow="100"]').waitFor();
    await page.getByText('안건 현황판을(를) 다시 만들었습니다.').waitFor();

    const runs = received.map((event) => ({
      event: event.eventName,
      ...(JSON.parse(event.data) as { state: string; percent: number; processed: number; total: number }),
    }));
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.filter((run) => run.event === 'progress').length).toBeGreaterThanOrEqual(1);
    const percents = runs.map((run) => run.percent);
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    expect(runs[runs.length - 1]).toMatchObject({ event: 'completed', state: 'completed', percent: 100 });
    expect(runs[runs.length - 1]!.processed).toBeGreaterThanOrEqual(EVENTS);
    // The status table is read again once, when the rebuild has ended — never to learn the progress.
    await eventually(async () => expect(statusRequests).toHaveLength(1));

    // The installation's first administrator is named in Korean in the header.
    await expect(page.locator('#krds-header').textContent()).resolves.toContain('최초 관리자');
    // An administrator reads the page in Korean: read models, process managers and the commands a
    // parked reaction would run by their Korean names, the refusal in Korean beside its code.
    await expect(page.getByRole('rowheader', { name: /^예산 원장/ }).textContent()).resolves.toContain('budget-ledger');
    await page.getByRole('rowheader', { name: /^합의서 서명으로 사업 합의 표시/ }).waitFor();
    const parkedRows = page.getByRole('table', { name: /보류된 반응: 명령/ }).getByRole('row');
    expect(await parkedRows.count()).toBeGreaterThan(1);
    const firstParked = parkedRows.nth(1);
    await expect(firstParked.getByRole('rowheader').textContent()).resolves.toBe('사업 합의 표시');
    await expect(firstParked.textContent()).resolves.toContain('세부사업이 없습니다.');
    await expect(firstParked.textContent()).resolves.toContain('코드 PROJECT.NOT_FOUND');
    expect(await keep(page, '22-admin-rebuild-done')).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await keep(page, '23-admin-projections-phone')).toEqual([]);
  });
});
