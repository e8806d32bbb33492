/**
 * A hot stream takes every honest writer: 50 clients record an opinion on one item at the same
 * moment, none of them naming a revision, and all 50 are recorded, none refused as a concurrent
 * write (what the concurrency limit sheds is sent again after its Retry-After, as an honest
 * client does) — on the embedded SQLite default and on PostgreSQL. A writer that names a revision (`If-Match`) still gets 412 when
 * the item moved on.
 */
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/postgres.js';
import { callThroughOverload, startTestApi, type TestApi } from '../e2e/api-support.js';

const pgAvailable = await postgresAvailable();
if (!pgAvailable && process.env.CI === 'true') throw new Error('PostgreSQL is required under CI=true');

const backends: [string, 'sqlite' | 'postgres'][] = [
  ['SQLite', 'sqlite'],
  ...(pgAvailable ? [['PostgreSQL', 'postgres'] as [string, 'postgres']] : []),
];

describe.each(backends)('a hot stream on %s', (_label, kind) => {
  let database: TestDatabase | undefined;
  let api: TestApi;

  beforeAll(async () => {
    database = kind === 'postgres' ? await createTestDatabase('gongron_hot_stream') : undefined;
    api = await startTestApi(
      kind === 'postgres' ? { GONGRON_STORE: 'postgres', DATABASE_URL: database!.url, LOG_LEVEL: 'warn' } : { LOG_LEVEL: 'warn' },
    );
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('records 50 concurrent opinions on one item as 50 events', async () => {
    const civic = await api.token({ role: 'secretary', district: 'goyang', body: 'civic-council' });
    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: { district: 'goyang', title: '학교 앞 통학로 안전', description: '등하굣길 보행 안전', proposerCategory: 'parent' },
    });
    expect(proposed.status).toBe(201);
    const item = `/agenda-items/${proposed.body.state.itemId}`;
    expect((await api.call('POST', `${item}/deliberation`, { token: civic, body: {} })).status).toBe(200);

    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        // More at once than the concurrency limit may take: what it sheds is sent again after Retry-After.
        callThroughOverload(api, 'POST', `${item}/opinions`, {
          token: civic,
          body: { stance: 'support', respondentCategory: 'student', text: `의견 ${n}` },
        }),
      ),
    );
    const statuses: Record<number, number> = {};
    for (const answer of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    expect(statuses).toEqual({ 200: 50 });

    const read = await api.call('GET', item, { token: civic });
    expect(read.body.state.opinionCount).toBe(50);
    // Proposal, deliberation, then the 50 opinions at contiguous revisions.
    expect(read.body.revision).toBe(51);
    expect(new Set(answers.map((a) => a.body.revision))).toEqual(new Set(Array.from({ length: 50 }, (_, n) => n + 2)));

    // Naming a revision that is no longer current is refused, never retried behind the writer's back.
    const stale = await api.call('POST', `${item}/opinions`, {
      token: civic,
      headers: { 'If-Match': '"10"' },
      body: { stance: 'oppose', respondentCategory: 'citizen', text: '늦은 의견' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'STREAM.STALE_REVISION', currentRevision: 51 });
  }, 120_000);
});
