/**
 * A read model that stops following the log takes the API out of rotation, named: on the embedded
 * SQLite default, the agenda board's table is taken away behind the API's back (renamed by another
 * connection, as an operator's mistake or a broken migration would), so every batch of the
 * projections fails. Readiness turns 503 naming the projection and the error while liveness stays
 * 200 (a restart would not help); once the table is back, the projection catches up and readiness
 * is 200 again.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { eventually, startTestApi, type TestApi } from '../e2e/api-support.js';

const proposal = (title: string) => ({
  district: 'suwon',
  title,
  description: '수원 학생 자치 활동 지원',
  proposerCategory: 'student',
  taskCode: '3-1',
  source: 'survey',
});

describe('readiness names a stalled projection (embedded SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    // Only the failures in a row make it stalled here: the time limit is far beyond the test.
    api = await startTestApi({ GONGRON_READY_MAX_STALL_SECONDS: '3600' });
  }, 60_000);
  afterAll(() => api?.close());

  it('answers not ready, naming the projection and its error, while its batches keep failing; live all along; ready again once it has caught up', async () => {
    const civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
    expect((await api.call('GET', '/health/ready')).status).toBe(200);

    const db = new Database(join(api.dataDir, 'gongron.sqlite'));
    try {
      const table = db
        .prepare<[], string>("select name from sqlite_master where type = 'table' and name like 'rm_agenda_board__g%' order by name desc")
        .pluck()
        .get()!;
      expect(table).toBeDefined();
      db.exec(`alter table ${table} rename to ${table}_away`);

      const proposed = await api.call('POST', '/agenda-items', { token: civic, body: proposal('읽기 모델이 멈춘 동안의 안건') });
      expect(proposed.status).toBe(201);

      const notReady = await eventually(async () => {
        const ready = await api.call('GET', '/health/ready');
        expect(ready.status).toBe(503);
        return ready;
      }, 30_000);
      expect(notReady.headers.get('retry-after')).toBe('1');
      expect(notReady.body).toMatchObject({ code: 'HEALTH.DOWN', status: 503 });
      const check = notReady.body.health.error.readModels;
      expect(check.status).toBe('down');
      expect(check.message).toContain('agenda-board');
      expect(check.message).toContain(table);
      // The other dependencies answer: only the stalled reader is named.
      expect(notReady.body.health.details.eventStore.status).toBe('up');
      expect(notReady.body.health.details.sqlDatabase.status).toBe('up');
      expect((await api.call('GET', '/health')).status).toBe(503);
      expect((await api.call('GET', '/health/live')).status).toBe(200);

      db.exec(`alter table ${table}_away rename to ${table}`);
    } finally {
      db.close();
    }
    await eventually(async () => expect((await api.call('GET', '/health/ready')).status).toBe(200), 30_000);
    const board = await eventually(async () => {
      const answer = await api.call('GET', '/agenda-board?district=suwon&limit=50', { token: civic });
      expect(answer.body.items.map((item: { title: string }) => item.title)).toContain('읽기 모델이 멈춘 동안의 안건');
      return answer;
    });
    expect(board.status).toBe(200);
  }, 90_000);
});
