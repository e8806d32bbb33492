/**
 * Tampering detected over HTTP, in an installation of its own: its own file, and its own module
 * registry (the metrics registry is one per process, so a second application in the read suite's
 * process would take over the first one's gauges).
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EVENT_STORE, type EventStore } from '@gongron/event-store';
import { dropAppendOnlyTriggers, resealStream, retreeSqlite, storedEvents } from '../support/retree.js';
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
      await appendHistory(
        own.running.app.get<EventStore>(EVENT_STORE),
        { events: 200, seed: 12, concurrentStories: 5 },
        new GeneratedClock(new Date('2024-03-01T00:00:00Z')),
      );
      expect((await get('/audit/verify', ownAuditor, own)).json()).toMatchObject({ ok: true });
      const raw = new Database(join(own.dataDir, 'gongron.sqlite'));
      const target = raw
        .prepare(
          "select position, stream_id, revision, data from gongron_events where type = 'AgendaItemProposed' order by position limit 1 offset 7",
        )
        .get() as {
        position: number;
        stream_id: string;
        revision: number;
        data: string;
      };
      // The log refuses UPDATE: someone with DDL rights drops the trigger first.
      raw.exec('drop trigger gongron_events_no_update');
      raw
        .prepare('update gongron_events set data = ? where position = ?')
        .run(target.data.replace('"district":"', '"district":"x'), target.position);
      raw.close();
      const result = (await get('/audit/verify', ownAuditor, own)).json();
      expect(result.ok).toBe(false);
      expect(result.brokenLink).toMatchObject({ streamId: target.stream_id, revision: target.revision, reason: 'hash-mismatch' });
    } finally {
      await own.close();
    }
  }, 60_000);

  it('holds the log against its signed checkpoints: a re-sealed, re-treed stream is named, a deleted stream is not ok, an unknown one is 404', async () => {
    const own = await startTestApi({ GONGRON_RUN_PROCESS_MANAGERS: 'false', GONGRON_CHECKPOINT_INTERVAL_SECONDS: '0' });
    try {
      const ownAuditor = await own.token({ role: 'auditor', name: '감사 담당' });
      const store = own.running.app.get<EventStore>(EVENT_STORE);
      const clock = new GeneratedClock(new Date('2024-03-01T00:00:00Z'));
      // One history, with a checkpoint signed part way through it, as the schedule would.
      let early: { status: number; body: { treeSize: number; rootHash: string } } | undefined;
      const appendWatched: EventStore['append'] = async (...args) => {
        const appended = await store.append(...args);
        if (!early && appended.positions[appended.positions.length - 1]! >= 120)
          early = await own.call('POST', '/audit/checkpoints', { token: ownAuditor });
        return appended;
      };
      await appendHistory({ append: appendWatched } as EventStore, { events: 200, seed: 7, concurrentStories: 4 }, clock);
      expect(early!.status).toBe(201);
      const late = await own.call('POST', '/audit/checkpoints', { token: ownAuditor });
      const intact = (await get('/audit/verify', ownAuditor, own)).json();
      expect(intact.brokenLink).toBeUndefined();
      expect(intact).toMatchObject({
        ok: true,
        checkpoints: [
          { size: early!.body.treeSize, matched: true },
          { size: late.body.treeSize, matched: true },
        ],
      });
      const unknown = await get('/audit/verify?stream=agenda-item:no-such-item', ownAuditor, own);
      expect(unknown.status).toBe(404);
      expect(unknown.json()).toMatchObject({ code: 'STREAM.NOT_FOUND' });

      const raw = new Database(join(own.dataDir, 'gongron.sqlite'));
      dropAppendOnlyTriggers(raw);
      const rows = storedEvents(raw);
      // An event after the early checkpoint, re-sealed with the rest of its stream, and the tree built again.
      const target = rows.slice(early!.body.treeSize).find((row) => row.data.includes('"district":"'))!;
      resealStream(raw, rows, target, target.data.replace('"district":"', '"district":"x'));
      retreeSqlite(raw);
      const caught = (await get('/audit/verify', ownAuditor, own)).json();
      expect(caught).toMatchObject({
        ok: false,
        brokenLink: { reason: 'checkpoint-mismatch', leafIndex: early!.body.treeSize, expected: late.body.rootHash },
      });
      expect(caught.checkpoints).toMatchObject([
        { size: early!.body.treeSize, matched: true },
        { size: late.body.treeSize, matched: false },
      ]);
      const stream = (await get(`/audit/verify?stream=${encodeURIComponent(target.stream_id)}`, ownAuditor, own)).json();
      expect(stream).toMatchObject({ ok: false, brokenLink: { reason: 'checkpoint-mismatch' } });

      // A whole stream deleted: verifying it is not ok, it names the stream's first position.
      const victim = rows.find((row) => row.stream_id !== target.stream_id && row.position < early!.body.treeSize)!;
      raw.prepare('delete from gongron_events where stream_id = ?').run(victim.stream_id);
      raw.close();
      const deleted = await get(`/audit/verify?stream=${encodeURIComponent(victim.stream_id)}`, ownAuditor, own);
      expect(deleted.status).toBe(200);
      expect(deleted.json()).toMatchObject({ ok: false, brokenLink: { reason: 'event-missing', position: victim.position } });
      // In a damaged log, no stream is ok: an unknown one names the damage too.
      expect((await get('/audit/verify?stream=agenda-item:no-such-item', ownAuditor, own)).json()).toMatchObject({
        ok: false,
        brokenLink: { reason: 'event-missing' },
      });
    } finally {
      await own.close();
    }
  }, 120_000);
});
