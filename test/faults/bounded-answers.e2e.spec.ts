/**
 * Storage grows with the log, not with its square: a command's answer carries the latest 20
 * entries of each list and their counts, so the 300th opinion's answer — and the idempotency
 * record that keeps it — is no larger than the 30th's. The full list is on a paged route.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../e2e/api-support.js';

/** Bytes of one answer after 300 opinions of ~40 bytes each: a fixed bound, far below 300 opinions' worth. */
const ANSWER_BOUND = 12_000;

describe('bounded answers after 300 opinions on one item', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ LOG_LEVEL: 'warn' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('keeps every answer and every idempotency record under a fixed size', async () => {
    const civic = await api.token({ role: 'secretary', district: 'bucheon', body: 'civic-council' });
    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: { district: 'bucheon', title: '문화 예술 교육', description: '지역 예술가와 함께하는 수업', proposerCategory: 'teacher' },
    });
    const itemId = proposed.body.state.itemId as string;
    const item = `/agenda-items/${itemId}`;
    expect((await api.call('POST', `${item}/deliberation`, { token: civic, body: {} })).status).toBe(200);

    const sizes: number[] = [];
    let last;
    for (let n = 1; n <= 300; n++) {
      const response = await fetch(`${api.url}${item}/opinions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${civic}`, 'content-type': 'application/json', 'Idempotency-Key': `opinion-${n}` },
        body: JSON.stringify({
          stance: n % 3 === 0 ? 'oppose' : 'support',
          respondentCategory: 'student',
          text: `예술 수업 의견 번호 ${n}`,
        }),
      });
      const text = await response.text();
      expect(response.status).toBe(200);
      sizes.push(Buffer.byteLength(text));
      last = JSON.parse(text);
    }
    expect(last.state.opinionCount).toBe(300);
    expect(last.state.opinions).toHaveLength(20);
    expect(last.state.opinions[19].text).toBe('예술 수업 의견 번호 300');
    expect(last.partial).toEqual({ opinions: { total: 300, shown: 20 } });
    expect(Math.max(...sizes)).toBeLessThan(ANSWER_BOUND);
    // From the 21st opinion on, the answer no longer grows with the list.
    expect(sizes[299]! - sizes[29]!).toBeLessThan(200);

    const db = new Database(join(api.dataDir, 'gongron.sqlite'), { readonly: true });
    try {
      const stored = db
        .prepare('select max(length(response)) as largest, sum(length(response)) as total from gongron_idempotency')
        .get() as { largest: number; total: number };
      expect(stored.largest).toBeLessThan(ANSWER_BOUND);
      expect(stored.total).toBeLessThan(300 * ANSWER_BOUND);
    } finally {
      db.close();
    }

    // Every opinion is still there, page by page, in recorded order.
    const first = await api.call('GET', `${item}/opinions?limit=200`, { token: civic });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ streamId: `agenda-item:${itemId}`, list: 'opinions', total: 300, offset: 0, limit: 200 });
    expect(first.body.entries).toHaveLength(200);
    expect(first.body.entries[0].text).toBe('예술 수업 의견 번호 1');
    const rest = await api.call('GET', `${item}/opinions?offset=200&limit=200`, { token: civic });
    expect(rest.body.entries).toHaveLength(100);
    expect(rest.body.entries[99].text).toBe('예술 수업 의견 번호 300');
    const tooMany = await api.call('GET', `${item}/opinions?limit=201`, { token: civic });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ code: 'QUERY.INVALID', field: 'limit' });
  }, 180_000);
});
