/**
 * A rebuild's progress as server-sent events over real HTTP: the percentage only grows, the
 * stream ends with `completed` at 100, and the run can be asked for afterwards.
 */
import { startTestApi, type TestApi } from './api-support.js';

interface SseEvent {
  readonly event: string;
  readonly data: { state: string; percent: number; processed: number; total: number };
}

async function readEvents(url: string, token: string): Promise<{ status: number; contentType: string | null; events: SseEvent[] }> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } });
  const text = await response.text(); // the server ends the stream when the run ends
  const events = text
    .split('\n\n')
    .filter((block) => block.includes('data:'))
    .map((block) => {
      const lines = block.split('\n');
      const event =
        lines
          .find((l) => l.startsWith('event:'))
          ?.slice(6)
          .trim() ?? 'message';
      const data = lines
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trim())
        .join('\n');
      return { event, data: JSON.parse(data) as SseEvent['data'] };
    });
  return { status: response.status, contentType: response.headers.get('content-type'), events };
}

describe('API: rebuild progress for administrators', () => {
  let api: TestApi;
  let civic: string;

  beforeAll(async () => {
    api = await startTestApi();
    civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
    for (let i = 0; i < 40; i++) {
      const answer = await api.call('POST', '/agenda-items', {
        token: civic,
        body: { district: 'suwon', title: `재구축 안건 ${i}`, description: '설명', proposerCategory: 'citizen' },
      });
      expect(answer.status).toBe(201);
    }
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  }, 30_000);

  it('streams the percentage up to 100 and completion', async () => {
    const started = await api.call('POST', '/admin/projections/all/rebuild', { token: api.adminToken });
    expect(started.status).toBe(202);
    expect(started.body.events).toBe(`/admin/projections/rebuilds/${started.body.id}/events`);
    const { status, contentType, events } = await readEvents(`${api.url}${started.body.events}`, api.adminToken);
    expect(status).toBe(200);
    expect(contentType).toContain('text/event-stream');
    expect(events.length).toBeGreaterThan(0);
    const percents = events.map((e) => e.data.percent);
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    const last = events[events.length - 1]!;
    expect(last.event).toBe('completed');
    expect(last.data).toMatchObject({ state: 'completed', percent: 100 });
    expect(last.data.processed).toBeGreaterThanOrEqual(40);
    const run = await api.call('GET', started.body.rebuild, { token: api.adminToken });
    expect(run.body).toMatchObject({ id: started.body.id, state: 'completed', percent: 100 });
    // A late follower gets the end at once.
    const again = await readEvents(`${api.url}${started.body.events}`, api.adminToken);
    expect(again.events.map((e) => e.event)).toEqual(['completed']);
  }, 60_000);

  it('refuses an unknown rebuild and callers who are not administrators', async () => {
    const unknown = await api.call('GET', '/admin/projections/rebuilds/00000000-0000-4000-8000-000000000000/events', {
      token: api.adminToken,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('PROJECTION.REBUILD_NOT_FOUND');
    const notAdmin = await api.call('GET', '/admin/projections/rebuilds/00000000-0000-4000-8000-000000000000/events', { token: civic });
    expect(notAdmin.status).toBe(403);
  });
});
