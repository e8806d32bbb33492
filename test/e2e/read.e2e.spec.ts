/**
 * The read side over real HTTP, against the application as `npm start` builds it (startApi
 * from apps/api: SQLite in a temporary folder), with a generated province history in the log.
 */
import { EVENT_STORE, type EventStore } from '@gongron/event-store';
import { GeneratedClock, appendHistory } from '../../libs/projections/src/testing/history-generator.js';
import { eventually, startTestApi, type TestApi } from './api-support.js';

const NAMES = ['김민지', '이서준', '박지현', '최도윤', '정하은', '강민수', '조은서', '윤지호', '장수빈', '임재현'];

describe('read routes over HTTP', () => {
  let api: TestApi;
  let store: EventStore;
  let auditor: string;
  let admin: string;
  let secretary: string;

  const get = async (path: string, token?: string, on: TestApi = api) => {
    const response = await fetch(`${on.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const text = await response.text();
    return {
      status: response.status,
      text,
      json: () => JSON.parse(text) as Record<string, unknown> & { items: Record<string, unknown>[] },
      headers: response.headers,
    };
  };

  async function caughtUp(on: TestApi = api): Promise<void> {
    await eventually(async () => {
      const projections = (await get('/admin/projections', on.adminToken, on)).json().projections as { lag: number; state: string }[];
      expect(projections.every((p) => p.lag === 0 && p.state === 'current')).toBe(true);
    }, 60_000);
  }

  beforeAll(async () => {
    api = await startTestApi({ GONGRON_RUN_PROCESS_MANAGERS: 'false' });
    admin = api.adminToken;
    auditor = await api.token({ role: 'auditor', name: '감사 담당' });
    secretary = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
    store = api.running.app.get<EventStore>(EVENT_STORE);
    await appendHistory(store, { events: 2_500, seed: 11, concurrentStories: 20 }, new GeneratedClock(new Date('2024-03-01T00:00:00Z')));
    await caughtUp();
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  it('lists the agenda board with filters and pages', async () => {
    const first = (await get('/agenda-board?district=suwon&limit=5', secretary)).json();
    expect(first.items.length).toBeGreaterThan(0);
    expect(first.items.length).toBeLessThanOrEqual(5);
    expect(first.items.every((i) => i.district === 'suwon')).toBe(true);
    const second = (await get('/agenda-board?district=suwon&limit=5&offset=5', secretary)).json();
    const ids = new Set(first.items.map((i) => i.item_id));
    expect(second.items.some((i) => ids.has(i.item_id))).toBe(false);
    const drafting = (await get('/agenda-board?body=working-council&limit=500', secretary)).json();
    expect(drafting.items.every((i) => ['referred', 'drafting'].includes(String(i.state)))).toBe(true);
  });

  it('refuses a bad filter naming the field, and a missing token', async () => {
    const bad = await get('/agenda-board?district=atlantis', secretary);
    expect(bad.status).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'QUERY.INVALID_VALUE', field: 'district' });
    expect((await get('/budget-ledger?limit=0', secretary)).json()).toMatchObject({ field: 'limit' });
    expect((await get('/decisions')).status).toBe(401);
    expect((await get('/audit/verify', secretary)).status).toBe(403);
  });

  it('serves public routes without personal names or actor ids, while internal routes carry them', async () => {
    const internal = await get('/decisions?limit=500', auditor);
    expect(NAMES.some((n) => internal.text.includes(n))).toBe(true);
    const routes = [
      '/public/dashboard',
      '/public/dashboard/suwon',
      '/public/decisions?limit=500',
      '/public/agenda-board?limit=500',
      '/public/budget?groupBy=district,year,funder',
      '/public/budget/amendments',
      '/public/agreements?limit=500',
    ];
    for (const route of routes) {
      const response = await get(route);
      expect(response.status).toBe(200);
      for (const name of NAMES) expect(response.text).not.toContain(name);
      expect(response.text).not.toMatch(/tok-|actor_id|actor_name|signatory_name|consenter_id/);
    }
    const dashboard = (await get('/public/dashboard')).json().districts as { district: string; totals: { items: number } }[];
    expect(dashboard).toHaveLength(31);
    expect(dashboard.reduce((sum, d) => sum + d.totals.items, 0)).toBeGreaterThan(0);
  });

  it('totals the budget ledger by district, year, goal, task and funder', async () => {
    const totals = (await get('/budget-ledger/totals?groupBy=district,funder', auditor)).json().totals as Record<string, number | string>[];
    expect(totals.length).toBeGreaterThan(0);
    for (const row of totals) expect(Number(row.remaining)).toBe(Number(row.allocated) - Number(row.spent) - Number(row.returned));
    expect((await get('/budget-ledger/totals?groupBy=colour', auditor)).json()).toMatchObject({ field: 'groupBy' });
  });

  it('shows a stream history and its state at a revision and at an instant', async () => {
    const item = (await get('/agenda-board?limit=500', auditor))
      .json()
      .items.find((i) => Number(i.revision) >= 5 && i.state !== 'withdrawn');
    const id = String(item!.item_id);
    const history = (await get(`/audit/streams/agenda-item:${id}/events`, auditor)).json();
    const events = history.events as {
      revision: number;
      recordedAt: string;
      hash: string;
      previousHash: string;
      actor: { role: string };
    }[];
    expect(events.length).toBeGreaterThan(4);
    expect(events[1]!.previousHash).toBe(events[0]!.hash);
    const atTwo = (await get(`/audit/agenda-items/${id}?atRevision=2`, auditor)).json();
    expect(atTwo).toMatchObject({ revision: 2, streamId: `agenda-item:${id}` });
    const asOf = (await get(`/audit/agenda-items/${id}?asOf=${encodeURIComponent(events[1]!.recordedAt)}`, auditor)).json();
    expect(asOf.revision).toBe(1);
    expect((asOf.state as { status: string }).status).toBe('inDeliberation');
    expect((await get(`/audit/agenda-items/${id}?asOf=2001-01-01`, auditor)).status).toBe(404);
    const last = events[events.length - 1]!;
    const effective = (
      await get(`/audit/agenda-items/${id}?asOf=${encodeURIComponent(last.recordedAt)}&timeline=effective`, auditor)
    ).json();
    expect(effective).toMatchObject({ streamId: `agenda-item:${id}`, timeline: 'effective', revision: last.revision });
    expect((await get(`/audit/agenda-items/${id}?asOf=2001-01-01&timeline=effective`, auditor)).status).toBe(404);
    expect((await get(`/audit/agenda-items/${id}?timeline=sideways`, auditor)).json()).toMatchObject({ field: 'timeline' });
    expect((await get(`/audit/agenda-items/${id}?atRevision=x`, auditor)).json()).toMatchObject({ field: 'atRevision' });
    const board = (await get('/audit/districts/suwon/board?asOf=2024-03-02', auditor)).json();
    expect(Array.isArray(board.items)).toBe(true);
  });

  it('exports a district as CSV with a BOM and a stream as JSON Lines', async () => {
    const csv = await fetch(`${api.url}/audit/export?district=suwon&format=csv`, { headers: { authorization: `Bearer ${auditor}` } });
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('position,stream_id,revision,type');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const [item] = (await get('/agenda-board?district=suwon&limit=1', auditor)).json().items;
    const jsonl = await get(`/audit/export?stream=agenda-item:${String(item!.item_id)}&format=jsonl`, auditor);
    const lines = jsonl.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { streamId: string; hash: string });
    expect(lines.length).toBe(Number(item!.revision) + 1);
    expect(lines.every((l) => l.streamId === `agenda-item:${String(item!.item_id)}`)).toBe(true);
  });

  it('reports projection status, lag and metrics, and rebuilds while the old tables serve', async () => {
    // A store busy with the start-up catch-up answers 503 with Retry-After; a scraper asks again.
    let metrics = await get('/metrics');
    for (let attempt = 0; metrics.status === 503 && attempt < 30; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, Number(metrics.headers.get('retry-after') ?? '1') * 1000));
      metrics = await get('/metrics');
    }
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/gongron_projection_lag_events\{projection="agenda-board"\} 0/);
    const before = (await get('/agenda-board/counts', auditor)).json();
    const accepted = await fetch(`${api.url}/admin/projections/agenda-board/rebuild`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(accepted.status).toBe(202);
    // The rebuild must finish: the board is served from a second generation and no rebuild is left running.
    await eventually(async () => {
      const status = (await get('/admin/projections', admin)).json().projections as {
        name: string;
        generation: number;
        state: string;
        lag: number;
        rebuild?: unknown;
      }[];
      expect(status.find((s) => s.name === 'agenda-board')).toMatchObject({ generation: 2, state: 'current', lag: 0 });
      expect(status.find((s) => s.name === 'agenda-board')!.rebuild).toBeUndefined();
    }, 60_000);
    expect((await get('/agenda-board/counts', auditor)).json()).toEqual(before);
    expect(
      (await fetch(`${api.url}/admin/projections/nothing/rebuild`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } }))
        .status,
    ).toBe(404);
  }, 90_000);
});
