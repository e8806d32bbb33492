/**
 * POST /audit/verify over real HTTP on SQLite: a checkpoint the auditor saved outside the database
 * catches a rewrite that the database, its own checkpoints deleted, no longer can; a saved
 * checkpoint changed by one byte, or none at all, is refused naming the field.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EVENT_STORE, type EventStore } from '@gongron/event-store';
import { dropAppendOnlyTriggers, resealStream, retreeSqlite, storedEvents } from '../support/retree.js';
import { GeneratedClock, appendHistory } from '../../libs/projections/src/testing/history-generator.js';
import { startTestApi, type TestApi } from './api-support.js';

describe('POST /audit/verify against a saved checkpoint', () => {
  let api: TestApi;
  let auditor: string;

  beforeAll(async () => {
    api = await startTestApi({ GONGRON_RUN_PROCESS_MANAGERS: 'false', GONGRON_CHECKPOINT_INTERVAL_SECONDS: '0' });
    auditor = await api.token({ role: 'auditor', name: '감사 담당' });
  }, 60_000);
  afterAll(() => api?.close());

  const verify = (body: unknown, headers: Record<string, string> = {}) =>
    api.call('POST', '/audit/verify', { token: auditor, body, headers });

  it('names the first position the saved checkpoint no longer proves after a re-seal, where the database alone says ok', async () => {
    // A log of its own: the other tests read an intact one, whatever the order.
    const own = await startTestApi({ GONGRON_RUN_PROCESS_MANAGERS: 'false', GONGRON_CHECKPOINT_INTERVAL_SECONDS: '0' });
    try {
      await rewriteCaught(own, await own.token({ role: 'auditor', name: '감사 담당' }));
    } finally {
      await own.close();
    }
  }, 120_000);

  async function rewriteCaught(api: TestApi, auditor: string): Promise<void> {
    const verify = (body: unknown) => api.call('POST', '/audit/verify', { token: auditor, body });
    const store = api.running.app.get<EventStore>(EVENT_STORE);
    // The installation signs a checkpoint just before an append that carries a district: that append's first event is the target.
    let early: { treeSize: number } | undefined;
    const appendWatched: EventStore['append'] = async (streamId, events, expected) => {
      if (!early && (await store.headPosition()) >= 100 && JSON.stringify(events[0]?.data ?? {}).includes('"district":"'))
        early = (await api.call('POST', '/audit/checkpoints', { token: auditor })).body;
      return store.append(streamId, events, expected);
    };
    await appendHistory(
      { append: appendWatched } as EventStore,
      { events: 200, seed: 21, concurrentStories: 4 },
      new GeneratedClock(new Date('2024-03-01T00:00:00Z')),
    );
    expect(early?.treeSize).toBeGreaterThan(0);
    // The auditor saves the checkpoint of the whole log, outside the database.
    const late = await api.call('POST', '/audit/checkpoints', { token: auditor });
    expect(late.status).toBe(201);
    const saved = late.body.note as string;

    const intact = await verify({ checkpoint: saved });
    expect(intact.status).toBe(200);
    expect(intact.body).toMatchObject({
      ok: true,
      checkpoints: expect.arrayContaining([expect.objectContaining({ size: late.body.treeSize, matched: true })]),
    });
    expect(intact.body.checkpoints).toEqual(
      expect.arrayContaining([expect.objectContaining({ source: 'the saved checkpoint, signed by gongron/log', matched: true })]),
    );

    // The attacker re-seals the target's stream, builds the tree again and deletes the installation's later checkpoint.
    const raw = new Database(join(api.dataDir, 'gongron.sqlite'));
    dropAppendOnlyTriggers(raw);
    const rows = storedEvents(raw);
    const target = rows[early!.treeSize]!;
    expect(target.data).toContain('"district":"');
    resealStream(raw, rows, target, target.data.replace('"district":"', '"district":"x'));
    retreeSqlite(raw);
    raw.prepare('delete from gongron_log_checkpoints where tree_size > ?').run(early!.treeSize);
    raw.close();

    const unaided = await api.call('GET', '/audit/verify', { token: auditor });
    expect(unaided.body.brokenLink).toBeUndefined();
    expect(unaided.body.ok).toBe(true);

    const caught = await verify({ checkpoint: saved });
    expect(caught.status).toBe(200);
    expect(caught.body).toMatchObject({
      ok: false,
      brokenLink: {
        reason: 'checkpoint-mismatch',
        position: target.position,
        streamId: target.stream_id,
        revision: target.revision,
        leafIndex: early!.treeSize,
        expected: late.body.rootHash,
      },
    });
    expect(caught.body.brokenLink.detail).toContain(`at or after position ${target.position}`);
    // One stream answers the same against the saved checkpoint.
    const stream = await verify({ checkpoint: saved, stream: target.stream_id });
    expect(stream.body).toMatchObject({ ok: false, brokenLink: { reason: 'checkpoint-mismatch' } });
  }

  it('refuses a saved checkpoint changed by one byte, naming the field in Korean and English', async () => {
    const note = (await api.call('POST', '/audit/checkpoints', { token: auditor })).body.note as string;
    expect((await verify({ checkpoint: note })).status).toBe(200);
    // One byte of the root hash line, still a root hash in base64: only the signature can tell.
    const [origin, size, root, ...rest] = note.split('\n');
    const changed = [origin, size, `${root!.startsWith('A') ? 'B' : 'A'}${root!.slice(1)}`, ...rest].join('\n');
    expect(changed.length).toBe(note.length);
    const refused = await verify({ checkpoint: changed }, { 'accept-language': 'ko' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'AUDIT.CHECKPOINT_UNSIGNED', field: 'checkpoint' });
    expect(refused.body.messages.ko).toContain('체크포인트(checkpoint)');
    expect(refused.body.messages.en).toContain('checkpoint');
    const english = await verify({ checkpoint: changed }, { 'accept-language': 'en' });
    expect(english.body.detail).toContain('no signature on the checkpoint is valid');
  });

  it('refuses what is no saved checkpoint with 400 or 422 naming the field, never 5xx', async () => {
    const missing = await verify({});
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ field: 'checkpoint' });
    const tooLong = await verify({ checkpoint: 'x'.repeat(32_001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'checkpoint', code: 'FIELD.MAX_LENGTH' })]),
    );
    const notANote = await verify({ checkpoint: 'gongron\n12\nnot base64\n' });
    expect(notANote.status).toBe(422);
    expect(notANote.body).toMatchObject({ code: 'AUDIT.CHECKPOINT_MALFORMED', field: 'checkpoint' });
    const badJson = await verify({ checkpoint: '{"note": 12}' });
    expect(badJson.status).toBe(422);
    expect(badJson.body).toMatchObject({ code: 'AUDIT.CHECKPOINT_MALFORMED', field: 'checkpoint' });
    const notText = await verify({ checkpoint: 12 });
    expect(notText.status).toBe(400);
    expect(notText.body).toMatchObject({ field: 'checkpoint' });
    const note = (await api.call('POST', '/audit/checkpoints', { token: auditor })).body.note as string;
    expect((await verify({ checkpoint: note, stream: 'agenda-item:no-such-item' })).body).toMatchObject({ code: 'STREAM.NOT_FOUND' });
    const longStream = await verify({ checkpoint: note, stream: `agenda-item:${'x'.repeat(5_000)}` });
    expect(longStream.status).toBe(400);
    expect(longStream.body).toMatchObject({ code: 'STREAM.INVALID_ID', field: 'streamId' });
    const unknownField = await verify({ checkpoint: 'x', signedBy: 'me' });
    expect(unknownField.status).toBe(400);
    // Only auditors and administrators verify.
    const official = await api.token({ role: 'official', district: 'suwon', party: 'education-office', name: '수원 담당' });
    expect((await api.call('POST', '/audit/verify', { token: official, body: { checkpoint: 'x' } })).status).toBe(403);
  });
});
