/**
 * Server mode on the real PostgreSQL: an API that only takes commands (its projections,
 * process managers and relay switched off) beside `apps/worker`, which follows the same log.
 * The item approved over HTTP becomes a project through the worker's process managers, and
 * the worker's projections put both on the agenda board the API serves.
 */
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { businessDateOf, loadConfig } from '@gongron/application';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../support/postgres.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { eventually, startTestApi, tally, type TestApi } from './api-support.js';

const today = businessDateOf(new Date());
const describePg = await describeWithPostgres();

describePg('server mode: API on PostgreSQL with apps/worker running the readers', () => {
  let database: TestDatabase;
  let api: TestApi;
  let worker: INestApplication;
  let workerUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase('gongron_server_mode');
    const env = { GONGRON_STORE: 'postgres', DATABASE_URL: database.url };
    api = await startTestApi({ ...env, GONGRON_RUN_PROJECTIONS: 'false', GONGRON_RUN_PROCESS_MANAGERS: 'false' });
    const config = loadConfig({ ...env, LOG_LEVEL: 'warn', GONGRON_RUN_RELAY: 'false' });
    worker = await NestFactory.create(WorkerModule.forRoot(config), { logger: ['error'] });
    await worker.listen(0, '127.0.0.1');
    workerUrl = await worker.getUrl();
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
  });

  it('turns an approval into a project and shows both on the read side', async () => {
    const civic = await api.token({ role: 'secretary', district: 'paju', body: 'civic-council' });
    const working = await api.token({ role: 'secretary', district: 'paju', body: 'working-council' });
    const steering = await api.token({ role: 'secretary', district: 'paju', body: 'steering-committee' });
    const auditor = await api.token({ role: 'auditor' });

    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: {
        district: 'paju',
        title: '접경지역 평화 생태 탐방',
        description: '파주 학생들의 DMZ 생태 탐방 프로그램',
        proposerCategory: 'teacher',
        taskCode: '3-1',
        source: 'survey',
      },
    });
    expect(proposed.status).toBe(201);
    const item = `/agenda-items/${proposed.body.state.itemId}`;
    expect((await api.call('POST', `${item}/deliberation`, { token: civic, body: {} })).status).toBe(200);
    expect(
      (await api.call('POST', `${item}/adoption`, { token: civic, body: { meeting: { heldOn: today }, tally: tally(15, 10, 8, 1, 1) } }))
        .status,
    ).toBe(200);
    expect((await api.call('POST', `${item}/drafting`, { token: working, body: { owner: '파주교육지원청' } })).status).toBe(200);
    expect(
      (
        await api.call('POST', `${item}/draft-revisions`, {
          token: working,
          body: {
            plan: '생태 탐방 6회',
            taskCode: '3-1',
            budgetRequest: { 'education-office': 12_000_000, 'local-government': 8_000_000 },
          },
        })
      ).status,
    ).toBe(200);
    expect((await api.call('POST', `${item}/tabling`, { token: working, body: {} })).status).toBe(200);
    const approved = await api.call('POST', `${item}/review-decisions`, {
      token: steering,
      body: { decision: 'approved', meeting: { heldOn: today }, tally: tally(11, 8, 7, 0, 1) },
    });
    expect(approved.status).toBe(200);
    const projectId = approved.body.state.approvedProject.projectId as string;

    // Only the worker runs the process managers: the item reaches implementation through it.
    await eventually(async () => {
      const answer = await api.call('GET', item, { token: civic });
      expect(answer.body.state.status).toBe('inImplementation');
      expect(answer.body.state.projectId).toBe(projectId);
    }, 20_000);
    // Only the worker runs the projections: the board the API serves is filled by it.
    await eventually(async () => {
      const board = await api.call('GET', '/agenda-board?district=paju', { token: auditor });
      expect(board.status).toBe(200);
      expect(board.body.items).toEqual([expect.objectContaining({ title: '접경지역 평화 생태 탐방', state: 'inImplementation' })]);
    }, 20_000);

    const health = await fetch(`${workerUrl}/health`).then(
      (r) => r.json() as Promise<{ status: string; projections: { name: string; lag: number }[] }>,
    );
    expect(health.status).toBe('ok');
    await eventually(async () => {
      const again = await fetch(`${workerUrl}/health`).then((r) => r.json() as Promise<{ projections: { lag: number }[] }>);
      expect(again.projections.every((p) => p.lag === 0)).toBe(true);
    }, 20_000);
    const metrics = await fetch(`${workerUrl}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(/gongron_projection/);
  }, 120_000);
});
