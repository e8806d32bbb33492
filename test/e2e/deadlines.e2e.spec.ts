/**
 * Time acts, over HTTP: the agreement of 2024 is in force until 23:59 KST on 28 February 2025,
 * expires at 00:00 KST on 1 March by the deadline scheduler running in the API, and from then on
 * an expenditure dated outside its term is refused naming the term.
 */
import { EVENT_STORE, type EventStore } from '@gongron/event-store';
import { eventually, startTestApi, type TestApi } from './api-support.js';

describe('deadlines over HTTP: the agreement term', () => {
  let api: TestApi;
  let now = new Date('2024-03-04T01:00:00.000Z');
  let education: string;
  let city: string;
  const agreement = '/agreements/suwon/2024';

  beforeAll(async () => {
    api = await startTestApi({ GONGRON_DEADLINE_CHECK_MS: '50' }, { clock: () => now });
    education = await api.token({ role: 'official', district: 'suwon', party: 'education-office', name: '수원 교육지원청' });
    city = await api.token({ role: 'official', district: 'suwon', party: 'local-government', name: '수원시' });
  }, 60_000);
  afterAll(async () => {
    await api.close();
  });

  it('expires at 00:00 KST on 1 March and refuses the next expenditure, naming the term', async () => {
    const created = await api.call('POST', '/projects', {
      token: education,
      body: {
        district: 'suwon',
        year: 2024,
        title: '마을교육공동체',
        taskCode: '1-1',
        plannedBudget: { 'education-office': 10_000_000, 'local-government': 5_000_000 },
      },
    });
    expect(created.status).toBe(201);
    const projectId = created.body.state.projectId as string;
    expect((await api.call('POST', '/agreements', { token: education, body: { district: 'suwon', year: 2024 } })).status).toBe(201);
    const budget = { 'education-office': 10_000_000, 'local-government': 5_000_000 };
    expect(
      (
        await api.call('POST', `${agreement}/projects`, {
          token: education,
          body: { projectId, title: '마을교육공동체', taskCode: '1-1', budget },
        })
      ).status,
    ).toBe(200);
    expect((await api.call('POST', `${agreement}/signatures`, { token: education, body: { signedOn: '2024-03-04' } })).status).toBe(200);
    const inForce = await api.call('POST', `${agreement}/signatures`, { token: city, body: { signedOn: '2024-03-04' } });
    expect(inForce.body.state).toMatchObject({ status: 'inForce', inForceFrom: '2024-03-04', inForceUntil: '2025-02-28' });
    await eventually(async () =>
      expect((await api.call('GET', `/projects/${projectId}`, { token: education })).body.state.status).toBe('agreed'),
    );
    expect((await api.call('POST', `/projects/${projectId}/start`, { token: city, body: {} })).status).toBe(200);

    // 23:59 KST on 28 February 2025: the last minute of the term.
    now = new Date('2025-02-28T14:59:00.000Z');
    const lastMinute = await api.call('POST', `/projects/${projectId}/expenditures`, {
      token: city,
      body: { funder: 'local-government', amount: 1_000_000, spentOn: '2025-02-28', purpose: '체험 버스 임차' },
    });
    expect(lastMinute.status).toBe(200);
    expect((await api.call('GET', agreement, { token: education })).body.state.status).toBe('inForce');

    // 00:00 KST on 1 March 2025.
    now = new Date('2025-02-28T15:00:00.000Z');
    const expired = await eventually(async () => {
      const answer = await api.call('GET', agreement, { token: education });
      expect(answer.body.state.status).toBe('expired');
      return answer.body.state;
    }, 20_000);
    expect(expired).toMatchObject({ expiredOn: '2025-03-01', inForceUntil: '2025-02-28' });
    expect(expired.allowedActions ?? []).toEqual([]);

    const afterwards = await api.call('POST', `/projects/${projectId}/expenditures`, {
      token: city,
      body: { funder: 'local-government', amount: 1_000_000, spentOn: '2025-03-01', purpose: '체험 버스 임차' },
    });
    expect(afterwards.status).toBe(422);
    expect(afterwards.body.code).toBe('PROJECT.OUTSIDE_AGREEMENT_TERM');
    expect(JSON.stringify(afterwards.body)).toContain('2025-02-28');
    expect(JSON.stringify(afterwards.body)).toContain('2024-03-04');

    const amendment = await api.call('POST', `${agreement}/amendments`, {
      token: education,
      body: { reason: '늦은 조정', changes: [{ kind: 'budget', projectId, budget }] },
    });
    expect(amendment.status).toBe(409);
    expect(amendment.body.code).toBe('AGREEMENT.TRANSITION_NOT_ALLOWED');

    const store = api.running.app.get<EventStore>(EVENT_STORE);
    const stored = await store.readStream('agreement:suwon-2024');
    expect(stored.filter((event) => event.type === 'AgreementExpired')).toHaveLength(1);
    expect(stored.at(-1)?.metadata.actor).toMatchObject({ id: 'system:deadline-scheduler', role: 'system' });
  }, 90_000);
});
