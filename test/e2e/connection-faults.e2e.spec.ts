/**
 * Lost PostgreSQL connections, against the real server: the API (in this process, running its
 * projections and process managers) and apps/worker (a child process) have their backends
 * terminated with pg_terminate_backend, then the database refuses connections for a while.
 * Both processes stay up; during the outage commands and reads answer 503 STORE.UNAVAILABLE
 * with Retry-After, readiness is 503 and liveness 200; afterwards everything serves again, the
 * LISTEN connections are back and the worker's projections catch up.
 */
import pg from 'pg';
import { createTestDatabase, describeWithPostgres, PG_ADMIN_URL, type TestDatabase } from '../support/postgres.js';
import { type RunningChild, startChild, WORKER_MAIN } from '../support/child-processes.js';
import { eventually, type HttpAnswer, startTestApi, type TestApi } from './api-support.js';

const describePg = await describeWithPostgres();

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Terminates every backend connected to the database; returns how many there were. */
function terminateBackends(database: string): Promise<number> {
  return admin(async (client) => {
    const { rows } = await client.query<{ pid: number }>(
      'select pg_terminate_backend(pid) as done, pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [database],
    );
    return rows.length;
  });
}

function listeners(database: string): Promise<number> {
  return admin(async (client) => {
    const { rows } = await client.query<{ count: string }>(
      "select count(*) as count from pg_stat_activity where datname = $1 and query ilike 'listen %'",
      [database],
    );
    return Number(rows[0]!.count);
  });
}

const proposal = (title: string) => ({
  district: 'paju',
  title,
  description: '파주 학생들의 DMZ 생태 탐방 프로그램',
  proposerCategory: 'teacher',
  taskCode: '3-1',
  source: 'survey',
});

function expectUnavailable(answer: HttpAnswer): void {
  expect({ status: answer.status, code: answer.body?.code }).toEqual({ status: 503, code: 'STORE.UNAVAILABLE' });
  expect(answer.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
}

describePg('lost PostgreSQL connections: the API and the worker stay up, answer 503 and recover', () => {
  let database: TestDatabase;
  let api: TestApi;
  let worker: RunningChild;
  let workerUrl: string;
  let civic: string;
  let auditor: string;

  beforeAll(async () => {
    database = await createTestDatabase('gongron_conn_faults');
    const env = { GONGRON_STORE: 'postgres', DATABASE_URL: database.url };
    // The API runs everything itself; the worker follows the same log beside it.
    api = await startTestApi(env);
    worker = startChild(WORKER_MAIN, { ...env, WORKER_PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', KAFKA_BROKERS: '' });
    const match = await worker.waitFor(/health and metrics on (http:\/\/\S+)/);
    workerUrl = match[1]!;
    civic = await api.token({ role: 'secretary', district: 'paju', body: 'civic-council' });
    auditor = await api.token({ role: 'auditor' });
  }, 120_000);

  afterAll(async () => {
    await admin((client) => client.query(`alter database ${database.name} allow_connections true`)).catch(() => undefined);
    await worker?.stop();
    await api?.close();
    await database?.drop();
  });

  it('survives terminated backends and a database that refuses connections', async () => {
    expect((await api.call('POST', '/agenda-items', { token: civic, body: proposal('첫 안건') })).status).toBe(201);
    await eventually(async () => expect(await listeners(database.name)).toBeGreaterThanOrEqual(2), 30_000);

    // Every connection of both processes dropped at once, idle and listening alike.
    expect(await terminateBackends(database.name)).toBeGreaterThan(0);
    await eventually(async () => {
      const answer = await api.call('POST', '/agenda-items', { token: civic, body: proposal('끊긴 뒤 안건') });
      expect(answer.status).not.toBe(500);
      expect(answer.status).toBe(201);
    }, 30_000);
    // The LISTEN connections come back by themselves.
    await eventually(async () => expect(await listeners(database.name)).toBeGreaterThanOrEqual(2), 30_000);

    // An outage: no new connection is accepted, and every open one is cut.
    await admin((client) => client.query(`alter database ${database.name} allow_connections false`));
    await terminateBackends(database.name);

    expectUnavailable(await api.call('POST', '/agenda-items', { token: civic, body: proposal('장애 중 안건') }));
    expectUnavailable(await api.call('GET', '/agenda-board?district=paju', { token: auditor }));
    const ready = await api.call('GET', '/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.health.error.eventStore.status).toBe('down');
    expect(ready.body.health.error.sqlDatabase.status).toBe('down');
    expect((await api.call('GET', '/health')).status).toBe(503);
    expect((await api.call('GET', '/health/live')).status).toBe(200);
    expect((await fetch(`${workerUrl}/health/live`)).status).toBe(200);
    const workerReady = await fetch(`${workerUrl}/health/ready`);
    expect(workerReady.status).toBe(503);
    expect(Number(workerReady.headers.get('retry-after'))).toBeGreaterThan(0);

    await admin((client) => client.query(`alter database ${database.name} allow_connections true`));

    const after = await eventually(async () => {
      const answer = await api.call('POST', '/agenda-items', { token: civic, body: proposal('복구 뒤 안건') });
      expect(answer.status).toBe(201);
      return answer;
    }, 30_000);
    await eventually(async () => expect((await api.call('GET', '/health/ready')).status).toBe(200), 30_000);
    await eventually(async () => expect((await fetch(`${workerUrl}/health/ready`)).status).toBe(200), 30_000);
    // Both processes' projections carry on from where they were: the board shows all three items.
    await eventually(async () => {
      const board = await api.call('GET', '/agenda-board?district=paju', { token: auditor });
      expect(board.status).toBe(200);
      expect(board.body.items.map((item: { title: string }) => item.title).sort()).toEqual(
        ['끊긴 뒤 안건', '복구 뒤 안건', '첫 안건'].sort(),
      );
    }, 30_000);
    await eventually(async () => {
      const health = (await (await fetch(`${workerUrl}/health`)).json()) as { projections: { lag: number }[] };
      expect(health.projections.every((projection) => projection.lag === 0)).toBe(true);
    }, 30_000);
    expect(after.body.state.title).toBe('복구 뒤 안건');
    expect(worker.process.exitCode).toBeNull();
    expect(worker.output()).not.toMatch(/Unhandled 'error' event|uncaught/i);
  }, 180_000);
});
