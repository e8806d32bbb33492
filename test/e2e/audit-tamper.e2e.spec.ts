/**
 * Tampering detected over HTTP, in an installation of its own: its own file, and its own module
 * registry (the metrics registry is one per process, so a second application in the read suite's
 * process would take over the first one's gauges).
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EVENT_STORE, type EventStore } from '@gongron/event-store';
import { GeneratedClock, appendHistory } from '../../libs/projections/src/testing/history-generator.js';
import { startTestApi, type TestApi } from './api-support.js';

describe('audit verify over HTTP', () => {
  const get = async (path: string, token: string, on: TestApi) => {
    const response = await fetch(`${on.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const text = await response.text();
    return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> };
  };

  it('names the stream and revision of one changed byte in a stored event ', async () => {
    const own = await startTestApi({ GONGRON_RUN_PROCESS_MANAGERS: 'false' });
    try {
      const ownAuditor = await own.token({ role: 'auditor', name: '감사 담당' });
      await appendHistory(own.running.app.get<EventStore>(EVENT_STORE), { events: 200, seed: 12, concurrentStories: 5 }, new GeneratedClock(new Date('2024-03-01T00:00:00Z')));
      expect((await get('/audit/verify', ownAuditor, own)).json()).toMatchObject({ ok: true });
      const raw = new Database(join(own.dataDir, 'gongron.sqlite'));
      const target = raw.prepare("select position, stream_id, revision, data from gongron_events where type = 'AgendaItemProposed' order by position limit 1 offset 7").get() as {
        position: number;
        stream_id: string;
        revision: number;
        data: string;
      };
      raw.prepare('update gongron_events set data = ? where position = ?').run(target.data.replace('"district":"', '"district":"x'), target.position);
      raw.close();
      const result = (await get('/audit/verify', ownAuditor, own)).json();
      expect(result.ok).toBe(false);
      expect(result.brokenLink).toMatchObject({ streamId: target.stream_id, revision: target.revision, reason: 'hash-mismatch' });
    } finally {
      await own.close();
    }
  }, 60_000);
});
