/**
 * The inbox (GET /work) lists the deadlines a person must meet: the steering committee's
 * secretary sees the review of an item tabled in her district with its due day (the district's
 * own review period), not another district's; the officials see their agreement's expiry. A
 * review that fell due while no process ran shows overdue, as the scheduler recorded it, once
 * the API is started again. A secretary's inbox lists her body's meetings that need her: an
 * upcoming one with its Korean day, time and place, then, as it is held, adjourned and minuted,
 * what it needs next, until its minutes are approved; another body's secretary does not see it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '@gongron/application';
import { type RunningApi, startApi } from '../../apps/api/src/app.js';
import { AppLogger } from '../../apps/api/src/logging/app-logger.js';
import { eventually, startTestApi, tally, type TestApi } from './api-support.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('API: the inbox’s deadlines, across a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongron-inbox-'));
  const env = {
    GONGRON_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    GONGRON_RUN_RELAY: 'false',
    GONGRON_DEADLINE_CHECK_MS: '50',
    GONGRON_REVIEW_DAYS: '30,suwon=14',
  };
  let now = new Date('2024-03-04T01:00:00.000Z'); // 10:00 KST, 4 March 2024
  let running: RunningApi | undefined;
  let admin: string;

  const start = async () => {
    const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    running = await startApi(loadConfig(env), { logger: new AppLogger('warn', quiet), clock: () => now, webDir: false });
    return running;
  };
  const call = async (method: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: Json }> => {
    const response = await fetch(`${running!.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text.length > 0 ? JSON.parse(text) : undefined };
  };
  const token = async (spec: Record<string, string>) => (await call('POST', '/admin/tokens', admin, spec)).body.token as string;

  beforeAll(async () => {
    const first = await start();
    admin = first.firstAdminToken!.token;
  }, 60_000);
  afterAll(async () => {
    await running?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('shows a tabled item’s review to the steering committee, and shows it overdue after downtime past its due day', async () => {
    const civic = await token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
    const working = await token({ role: 'secretary', district: 'suwon', body: 'working-council' });
    const steering = await token({ role: 'secretary', district: 'suwon', body: 'steering-committee' });
    const osanSteering = await token({ role: 'secretary', district: 'osan', body: 'steering-committee' });
    const proposed = await call('POST', '/agenda-items', civic, {
      district: 'suwon',
      title: '마을 생태교실',
      description: '하천 탐구',
      proposerCategory: 'student',
    });
    expect(proposed.status).toBe(201);
    const item = `/agenda-items/${proposed.body.state.itemId as string}`;
    expect((await call('POST', `${item}/deliberation`, civic, { method: '토론회' })).status).toBe(200);
    expect(
      (await call('POST', `${item}/adoption`, civic, { meeting: { heldOn: '2024-03-04' }, tally: tally(15, 11, 9, 1, 1) })).status,
    ).toBe(200);
    expect((await call('POST', `${item}/drafting`, working, { owner: '미래교육팀' })).status).toBe(200);
    const draft = {
      plan: '하천 생태 탐구 10차시',
      taskCode: '2-2',
      budgetRequest: { 'education-office': 2_000_000, 'local-government': 1_000_000 },
    };
    expect((await call('POST', `${item}/draft-revisions`, working, draft)).status).toBe(200);
    expect((await call('POST', `${item}/tabling`, working, {})).status).toBe(200);

    // Suwon gives its steering committee 14 days: due 18 March, overdue from 00:00 KST that day.
    const review = await eventually(async () => {
      const work = await call('GET', '/work', steering);
      expect(work.body.deadlines).toHaveLength(1);
      return work.body.deadlines[0];
    });
    expect(review).toMatchObject({
      kind: 'review',
      title: '마을 생태교실',
      body: 'steering-committee',
      dueOn: '2024-03-18',
      overdue: false,
      overdueOn: null,
      daysLeft: 14,
    });
    expect((await call('GET', '/work', osanSteering)).body.deadlines).toEqual([]);
    expect((await call('GET', '/work', working)).body.deadlines).toEqual([]);

    // The API is down from now until 20 March; the review fell due on the 18th meanwhile.
    await running!.close();
    running = undefined;
    now = new Date('2024-03-20T00:30:00.000Z');
    await start();
    const overdue = await eventually(async () => {
      const work = await call('GET', '/work', steering);
      expect(work.body.deadlines[0]?.overdueOn).toBe('2024-03-20');
      return work.body.deadlines[0];
    }, 20_000);
    expect(overdue).toMatchObject({ kind: 'review', dueOn: '2024-03-18', overdue: true, daysLeft: -2 });
    const history = await call('GET', `${item}/history`, steering);
    expect(history.status).toBe(200);
    expect((history.body.events as { type: string }[]).filter((e) => e.type === 'ReviewOverdue')).toHaveLength(1);

    // The decision settles it.
    const decided = await call('POST', `${item}/review-decisions`, steering, {
      decision: 'approved',
      meeting: { heldOn: '2024-03-20' },
      tally: tally(12, 8, 6, 1, 1),
    });
    expect(decided.status).toBe(200);
    await eventually(async () => expect((await call('GET', '/work', steering)).body.deadlines).toEqual([]));
  }, 90_000);
});

describe('API: the inbox’s meetings', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({}, { clock: () => new Date('2024-05-02T03:00:00.000Z') }); // 12:00 KST, 2 May 2024
  }, 60_000);
  afterAll(async () => {
    await api?.close();
  }, 30_000);

  it('lists the body’s upcoming meeting with its day, time (KST) and place, then what each held meeting needs until its minutes are approved', async () => {
    const district = 'icheon';
    const working = await api.token({ role: 'secretary', district, body: 'working-council' });
    const civic = await api.token({ role: 'secretary', district, body: 'civic-council' });
    const otherDistrict = await api.token({ role: 'secretary', district: 'anseong', body: 'working-council' });
    for (const n of [1, 2, 3, 4, 5]) {
      expect(
        (
          await api.call('POST', `/rosters/${district}/working-council/members`, {
            token: working,
            body: { memberId: `w-${n}`, name: `실무위원${n}`, category: 'official', termFrom: '2024-03-01' },
          })
        ).status,
      ).toBe(201);
    }
    const schedule = (number: number, heldOn: string, startsAt: string, place: string) =>
      api.call('POST', '/meetings', {
        token: working,
        body: {
          district,
          body: 'working-council',
          number,
          heldOn,
          startsAt,
          place,
          agenda: [{ itemId: null, title: `제${number}차 안건` }],
        },
      });
    expect((await schedule(2, '2024-05-16', '15:00', '이천교육지원청 3층 회의실')).status).toBe(201);
    expect((await schedule(1, '2024-05-02', '10:00', '이천시청 상황실')).status).toBe(201);
    expect((await schedule(3, '2024-06-13', '14:00', '이천시청 상황실')).status).toBe(201);
    expect(
      (
        await api.call('POST', `/meetings/${district}-working-council-2024-3/cancellation`, {
          token: working,
          body: { reason: '일정 변경' },
        })
      ).status,
    ).toBe(200);

    const meetings = async (token = working) =>
      (await api.call('GET', '/work', { token })).body.meetings as { meetingId: string; need: string }[];
    const listed = await eventually(async () => {
      const answer = await meetings();
      expect(answer.map((meeting) => meeting.meetingId)).toEqual([
        `${district}-working-council-2024-1`,
        `${district}-working-council-2024-2`,
      ]);
      return answer;
    });
    expect(listed[1]).toMatchObject({
      number: 2,
      state: 'scheduled',
      need: 'convening',
      heldOn: '2024-05-16',
      startsAt: '15:00',
      startsAtInstant: '2024-05-16T15:00:00+09:00',
      place: '이천교육지원청 3층 회의실',
      agenda: [{ itemId: null, title: '제2차 안건' }],
      daysUntil: 14,
      onRollCount: null,
    });
    expect(listed[0]).toMatchObject({ need: 'convening', daysUntil: 0 });
    expect(await meetings(civic)).toEqual([]);
    expect(await meetings(otherDistrict)).toEqual([]);

    const first = `/meetings/${district}-working-council-2024-1`;
    const needOfFirst = async (need: string) =>
      eventually(async () => {
        const answer = await meetings();
        expect(answer.find((meeting) => meeting.meetingId === `${district}-working-council-2024-1`)?.need).toBe(need);
        return answer[0];
      });
    expect((await api.call('POST', `${first}/convening`, { token: working, body: { attending: ['w-1', 'w-2', 'w-3'] } })).status).toBe(200);
    expect(await needOfFirst('adjournment')).toMatchObject({ state: 'convened', onRollCount: 5, presentCount: 3 });
    expect((await api.call('POST', `${first}/adjournment`, { token: working })).status).toBe(200);
    await needOfFirst('minutes');
    expect((await api.call('POST', `${first}/minutes`, { token: working, body: { text: '1. 개회 2. 보고 3. 폐회' } })).status).toBe(200);
    await needOfFirst('minutes-approval');
    expect((await api.call('POST', `${first}/minutes/approval`, { token: working, body: {} })).status).toBe(200);
    await eventually(async () =>
      expect((await meetings()).map((meeting) => meeting.meetingId)).toEqual([`${district}-working-council-2024-2`]),
    );
  }, 60_000);
});
