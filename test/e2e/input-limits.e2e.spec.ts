/**
 * Bodies no backend should see: JSON nested 5,000 levels deep (refused before any transform,
 * naming the limit) and text PostgreSQL cannot store (NUL, lone surrogates), refused with the
 * field named on the embedded SQLite default and on PostgreSQL alike — and nothing written.
 */
import { EVENT_STORE, type EventStore } from '@gongron/event-store';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../support/postgres.js';
import { startTestApi, type TestApi } from './api-support.js';

const describePg = await describeWithPostgres();

const proposal = (title: string) => ({
  district: 'suwon',
  title,
  description: '수원 학생 자치 활동 지원',
  proposerCategory: 'student',
  taskCode: '3-1',
  source: 'survey',
});

function inputLimits(name: string, start: () => Promise<{ api: TestApi; stop: () => Promise<void> }>) {
  describe(`input limits on ${name}`, () => {
    let api: TestApi;
    let stop: () => Promise<void>;
    let civic: string;
    beforeAll(async () => {
      ({ api, stop } = await start());
      civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
    }, 60_000);
    afterAll(() => stop?.());

    it('refuses JSON nested 5,000 levels deep with 400 naming the limit', async () => {
      const deep = `{"district":"suwon","title":${'['.repeat(5000)}${']'.repeat(5000)}}`;
      const answer = await api.call('POST', '/agenda-items', { token: civic, rawBody: deep });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('REQUEST.TOO_DEEP');
      expect(answer.body.limit).toBe(32);
      expect(answer.body.detail).toContain('32');
    });

    it.each([
      ['a NUL character', '학생\u0000자치'],
      ['a lone high surrogate', '학생\ud800자치'],
      ['a lone low surrogate', '\udc00학생자치'],
    ])('refuses %s in the title with 400 naming title, and writes nothing', async (_what, title) => {
      // Nothing written: the log's head does not move (the read models may still be taking in what other tests wrote).
      const store = api.running.app.get<EventStore>(EVENT_STORE);
      const before = await store.headPosition();
      const answer = await api.call('POST', '/agenda-items', { token: civic, body: proposal(title) });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION.UNSTORABLE_TEXT');
      expect(answer.body.field).toBe('title');
      expect(await store.headPosition()).toBe(before);
    });

    it('still takes the same proposal with well-formed text, emoji included', async () => {
      const answer = await api.call('POST', '/agenda-items', { token: civic, body: proposal('학생 자치 😀 활동') });
      expect(answer.status).toBe(201);
      expect(answer.body.state.title).toBe('학생 자치 😀 활동');
    });
  });
}

inputLimits('the embedded SQLite default', async () => {
  const api = await startTestApi();
  return { api, stop: () => api.close() };
});

describePg('PostgreSQL', () => {
  let database: TestDatabase;
  inputLimits('PostgreSQL', async () => {
    database = await createTestDatabase('gongron_input_limits');
    const api = await startTestApi({ GONGRON_STORE: 'postgres', DATABASE_URL: database.url });
    return {
      api,
      stop: async () => {
        await api.close();
        await database.drop();
      },
    };
  });
});
