/**
 * Conditions of a conditional approval as obligations, over HTTP: the steering committee approves
 * with a condition to be met before spending; the project the approval creates refuses every
 * expenditure naming that condition until an official records its fulfilment with evidence.
 */
import { businessDateOf } from '@gongron/application';
import { eventually, startTestApi, tally, type TestApi } from './api-support.js';

describe('conditions over HTTP', () => {
  let api: TestApi;
  let now = new Date('2024-04-01T01:00:00.000Z');
  const today = () => businessDateOf(now);

  beforeAll(async () => {
    api = await startTestApi({}, { clock: () => now });
  }, 60_000);
  afterAll(async () => {
    await api.close();
  });

  it('a condition marked before spending blocks expenditures until it is fulfilled', async () => {
    const district = 'osan';
    const civic = await api.token({ role: 'secretary', district, body: 'civic-council' });
    const working = await api.token({ role: 'secretary', district, body: 'working-council' });
    const steering = await api.token({ role: 'secretary', district, body: 'steering-committee' });
    const education = await api.token({ role: 'official', district, party: 'education-office' });
    const city = await api.token({ role: 'official', district, party: 'local-government' });

    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: {
        district,
        title: '통학로 안전 지도 만들기',
        description: '학생이 만드는 통학로 안전 지도',
        proposerCategory: 'student',
        taskCode: '2-2',
      },
    });
    const item = `/agenda-items/${proposed.body.state.itemId as string}`;
    expect((await api.call('POST', `${item}/deliberation`, { token: civic, body: {} })).status).toBe(200);
    expect(
      (await api.call('POST', `${item}/adoption`, { token: civic, body: { meeting: { heldOn: today() }, tally: tally(15, 9, 5, 2, 2) } }))
        .status,
    ).toBe(200);
    expect((await api.call('POST', `${item}/drafting`, { token: working, body: { owner: '화성오산교육지원청' } })).status).toBe(200);
    const budget = { 'education-office': 8_000_000, 'local-government': 4_000_000 };
    expect(
      (
        await api.call('POST', `${item}/draft-revisions`, {
          token: working,
          body: { plan: '안전 지도 제작 8차시', taskCode: '2-2', budgetRequest: budget },
        })
      ).status,
    ).toBe(200);
    expect((await api.call('POST', `${item}/tabling`, { token: working, body: {} })).status).toBe(200);

    const badCondition = await api.call('POST', `${item}/review-decisions`, {
      token: steering,
      body: {
        decision: 'conditionallyApproved',
        conditions: [{ text: '안전 계획', beforeSpending: 'yes' }],
        meeting: { heldOn: today() },
        tally: tally(12, 9, 7, 1, 1),
      },
    });
    expect(badCondition.status).toBe(400);

    const approved = await api.call('POST', `${item}/review-decisions`, {
      token: steering,
      body: {
        decision: 'conditionallyApproved',
        conditions: [
          { conditionId: 'safety-plan', text: '보행 안전 관리 계획 제출', beforeSpending: true },
          { text: '학기말 결과 공유', dueOn: '2025-02-15' },
        ],
        meeting: { heldOn: today() },
        tally: tally(12, 9, 7, 1, 1),
      },
    });
    expect(approved.status).toBe(200);
    const projectId = approved.body.state.approvedProject.projectId as string;
    const project = `/projects/${projectId}`;
    const created = await eventually(async () => {
      const answer = await api.call('GET', project, { token: education });
      expect(answer.status).toBe(200);
      return answer.body.state;
    });
    expect(created.conditions).toEqual([
      expect.objectContaining({ conditionId: 'safety-plan', status: 'open', beforeSpending: true, dueOn: null }),
      expect.objectContaining({ conditionId: 'c2', status: 'open', beforeSpending: false, dueOn: '2025-02-15' }),
    ]);

    const agreement = `/agreements/${district}/2024`;
    expect((await api.call('POST', '/agreements', { token: education, body: { district, year: 2024 } })).status).toBe(201);
    expect(
      (
        await api.call('POST', `${agreement}/projects`, {
          token: education,
          body: { projectId, title: '통학로 안전 지도 만들기', taskCode: '2-2', budget },
        })
      ).status,
    ).toBe(200);
    expect((await api.call('POST', `${agreement}/signatures`, { token: education, body: { signedOn: today() } })).status).toBe(200);
    expect((await api.call('POST', `${agreement}/signatures`, { token: city, body: { signedOn: today() } })).status).toBe(200);
    await eventually(async () => expect((await api.call('GET', project, { token: education })).body.state.status).toBe('agreed'));
    expect((await api.call('POST', `${project}/start`, { token: city, body: {} })).status).toBe(200);

    const spend = () =>
      api.call('POST', `${project}/expenditures`, {
        token: city,
        body: { funder: 'local-government', amount: 500_000, spentOn: today(), purpose: '지도 인쇄' },
      });
    const blocked = await spend();
    expect(blocked.status).toBe(422);
    expect(blocked.body.code).toBe('PROJECT.CONDITION_NOT_FULFILLED');
    expect(blocked.body.details).toMatchObject({ conditionId: 'safety-plan', condition: '보행 안전 관리 계획 제출' });
    expect(JSON.stringify(blocked.body)).toContain('safety-plan');

    // Only the steering committee waives; an official may not.
    expect(
      (
        await api.call('POST', `${project}/conditions/safety-plan/waiver`, {
          token: education,
          body: { reason: '불필요', meeting: { heldOn: today() } },
        })
      ).status,
    ).toBe(403);
    expect(
      (await api.call('POST', `${project}/conditions/no-such/fulfilment`, { token: education, body: { evidence: '공문' } })).status,
    ).toBe(404);

    now = new Date('2024-04-10T01:00:00.000Z');
    const fulfilled = await api.call('POST', `${project}/conditions/safety-plan/fulfilment`, {
      token: education,
      body: { evidence: '보행 안전 관리 계획서 (공문 제2024-31호)' },
    });
    expect(fulfilled.status).toBe(200);
    expect(fulfilled.body.state.conditions[0]).toMatchObject({
      status: 'fulfilled',
      settledOn: '2024-04-10',
      evidence: '보행 안전 관리 계획서 (공문 제2024-31호)',
    });
    const again = await api.call('POST', `${project}/conditions/safety-plan/fulfilment`, { token: education, body: { evidence: '다시' } });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('PROJECT.CONDITION_SETTLED');

    const spent = await spend();
    expect(spent.status).toBe(200);
    expect(spent.body.state.spent['local-government']).toBe(500_000);

    const waived = await api.call('POST', `${project}/conditions/c2/waiver`, {
      token: steering,
      body: { reason: '결과 공유회로 갈음', meeting: { heldOn: today() } },
    });
    expect(waived.status).toBe(200);
    expect(waived.body.state.conditions[1]).toMatchObject({ status: 'waived', waiver: { reason: '결과 공유회로 갈음' } });
  }, 120_000);
});
