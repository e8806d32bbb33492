/**
 * Money that holds together between the agreement and its projects, over HTTP with the process
 * managers running in the API: honest signature dates, an amendment below spending refused before
 * consent, a withdrawal that returns the unspent allocation and stops spending, a cancellation
 * that opens the amendment removing the project, an expenditure executed by a school, and a
 * December approval that prepares the next operating year.
 */
import { eventually, startTestApi, tally, type TestApi } from './api-support.js';

const KST = (date: string, time = '10:00') => new Date(`${date}T${time}:00+09:00`);

describe('money between the agreement and its projects, over HTTP', () => {
  let api: TestApi;
  let now = KST('2024-02-20');
  let education: string;
  let city: string;
  const agreement = '/agreements/suwon/2024';
  const budget = { 'education-office': 30_000_000, 'local-government': 20_000_000 };

  beforeAll(async () => {
    api = await startTestApi({}, { clock: () => now });
    education = await api.token({ role: 'official', district: 'suwon', party: 'education-office', name: '수원 교육지원청' });
    city = await api.token({ role: 'official', district: 'suwon', party: 'local-government', name: '수원시' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  const createProject = async (title: string): Promise<string> => {
    const created = await api.call('POST', '/projects', {
      token: education,
      body: { district: 'suwon', year: 2024, title, taskCode: '2-2', plannedBudget: budget },
    });
    expect(created.status).toBe(201);
    return created.body.state.projectId as string;
  };
  const project = async (projectId: string) => (await api.call('GET', `/projects/${projectId}`, { token: education })).body.state;

  it('keeps the agreement and its projects agreeing on every won', async () => {
    // The agreement is drafted on 20 February, whichever test ran before (the order of tests is random).
    now = KST('2024-02-20');
    const withdrawn = await createProject('학교 공모 체험학습');
    const cancelled = await createProject('마을 진로 축제');
    expect((await api.call('POST', '/agreements', { token: education, body: { district: 'suwon', year: 2024 } })).status).toBe(201);
    for (const [projectId, title] of [
      [withdrawn, '학교 공모 체험학습'],
      [cancelled, '마을 진로 축제'],
    ] as const) {
      expect(
        (await api.call('POST', `${agreement}/projects`, { token: education, body: { projectId, title, taskCode: '2-2', budget } })).status,
      ).toBe(200);
    }

    // A listed project cancelled before anyone signed holds the first signature back until it is withdrawn.
    const dropped = await createProject('폐지된 사업');
    expect(
      (
        await api.call('POST', `${agreement}/projects`, {
          token: education,
          body: { projectId: dropped, title: '폐지된 사업', taskCode: '2-2', budget },
        })
      ).status,
    ).toBe(200);
    expect((await api.call('POST', `/projects/${dropped}/cancellation`, { token: education, body: { reason: '중복 사업' } })).status).toBe(
      200,
    );
    const held = await api.call('POST', `${agreement}/signatures`, { token: education, body: { signedOn: '2024-02-20' } });
    expect(held.body).toMatchObject({ status: 422, code: 'AGREEMENT.PROJECT_CANCELLED', details: { projectId: dropped } });
    expect(
      (await api.call('POST', `${agreement}/projects/${dropped}/withdrawal`, { token: education, body: { reason: '사업 취소' } })).status,
    ).toBe(200);

    // 1 March 2024: a signature dated by hand in December, or before the draft, is refused.
    now = KST('2024-03-01');
    const future = await api.call('POST', `${agreement}/signatures`, { token: education, body: { signedOn: '2024-12-31' } });
    expect(future.status).toBe(422);
    expect(future.body).toMatchObject({ code: 'AGREEMENT.SIGNED_IN_FUTURE', field: 'signedOn' });
    expect(future.body.messages.ko).toContain('서명일');
    const early = await api.call('POST', `${agreement}/signatures`, { token: education, body: { signedOn: '2024-02-19' } });
    expect(early.body).toMatchObject({ status: 422, code: 'AGREEMENT.SIGNED_BEFORE_DRAFT' });
    expect((await api.call('GET', agreement, { token: education })).body.state.status).toBe('drafting');

    now = KST('2024-03-04');
    const signed = await api.call('POST', `${agreement}/signatures`, { token: education, body: { signedOn: '2024-03-04' } });
    expect({ status: signed.status, code: signed.body.code, detail: signed.body.detail }).toEqual({
      status: 200,
      code: undefined,
      detail: undefined,
    });
    expect((await api.call('POST', `${agreement}/signatures`, { token: city, body: { signedOn: '2024-03-04' } })).body.state.status).toBe(
      'inForce',
    );
    for (const projectId of [withdrawn, cancelled]) await eventually(async () => expect((await project(projectId)).status).toBe('agreed'));

    // A school executes the education office's money through its grant (지정 교부), named by the grant.
    expect((await api.call('POST', `/projects/${withdrawn}/start`, { token: education, body: {} })).status).toBe(200);
    const granted = await api.call('POST', `/projects/${withdrawn}/direct-grants`, {
      token: education,
      body: {
        grantId: 'grant-maetan',
        schoolId: 'suwon-maetan-es',
        amount: { 'education-office': 26_000_000, 'local-government': 0 },
        reason: '체험학습 거점학교로 지정',
        purpose: '학교 공모 운영비',
      },
    });
    expect(granted.status).toBe(201);
    const spent = await api.call('POST', `/projects/${withdrawn}/expenditures`, {
      token: education,
      body: {
        funder: 'education-office',
        amount: 26_000_000,
        spentOn: '2024-03-04',
        purpose: '학교 공모 운영비',
        executedBy: 'school',
        grantId: 'grant-maetan',
      },
    });
    expect(spent.status).toBe(200);
    expect(spent.body.state.expenditures).toEqual([
      expect.objectContaining({
        funder: 'education-office',
        executedBy: 'school',
        school: '수원매탄초등학교',
        grant: expect.objectContaining({ grantId: 'grant-maetan' }),
      }),
    ]);
    const noGrant = await api.call('POST', `/projects/${withdrawn}/expenditures`, {
      token: education,
      body: { funder: 'education-office', amount: 1, spentOn: '2024-03-04', purpose: '강사비', executedBy: 'school' },
    });
    expect(noGrant.body).toMatchObject({ status: 400, field: 'grantId' });

    // A cut below what is spent is refused before anyone consents, naming the project and the amount.
    const cut = await api.call('POST', `${agreement}/amendments`, {
      token: city,
      body: {
        amendmentId: 'amend-cut',
        reason: '예산 조정',
        changes: [{ kind: 'budget', projectId: withdrawn, budget: { ...budget, 'education-office': 20_000_000 } }],
      },
    });
    expect(cut.status).toBe(422);
    expect(cut.body).toMatchObject({
      code: 'AGREEMENT.AMENDMENT_BELOW_SPENT',
      details: { projectId: withdrawn, spent: 26_000_000, proposed: 20_000_000 },
    });
    expect(cut.body.detail ?? cut.body.messages.ko).toBeDefined();
    expect((await api.call('GET', agreement, { token: education })).body.state.amendments).toEqual([]);

    // Withdrawn by a consented amendment: the unspent allocation goes back and spending stops.
    now = KST('2024-06-03');
    expect(
      (
        await api.call('POST', `${agreement}/amendments`, {
          token: city,
          body: { amendmentId: 'amend-w', reason: '사업 중단', changes: [{ kind: 'withdraw', projectId: withdrawn }] },
        })
      ).status,
    ).toBe(200);
    expect((await api.call('POST', `${agreement}/amendments/amend-w/consent`, { token: education, body: {} })).status).toBe(200);
    const released = await eventually(async () => {
      const state = await project(withdrawn);
      expect(state.release).not.toBeNull();
      return state;
    });
    expect(released).toMatchObject({
      allocation: { 'education-office': 26_000_000, 'local-government': 0 },
      remaining: { 'education-office': 0, 'local-government': 0 },
      release: { amendmentId: 'amend-w', returned: { 'education-office': 4_000_000, 'local-government': 20_000_000 } },
    });
    const after = await api.call('POST', `/projects/${withdrawn}/expenditures`, {
      token: city,
      body: { funder: 'local-government', amount: 1_000_000, spentOn: '2024-06-03', purpose: '체험 버스 임차' },
    });
    expect(after.body).toMatchObject({ status: 422, code: 'PROJECT.WITHDRAWN_FROM_AGREEMENT' });

    // Cancelling a listed project opens the amendment that removes it; the other party consents.
    expect(
      (await api.call('POST', `/projects/${cancelled}/cancellation`, { token: city, body: { reason: '참여 학교 없음' } })).status,
    ).toBe(200);
    const opened = await eventually(async () => {
      const state = (await api.call('GET', agreement, { token: education })).body.state;
      expect(state.pendingAmendments).toHaveLength(1);
      return state;
    });
    const withdrawal = opened.amendments.find(
      (amendment: { amendmentId: string }) => amendment.amendmentId === opened.pendingAmendments[0],
    );
    expect(withdrawal).toMatchObject({ proposedBy: 'local-government', changes: [{ kind: 'withdraw', projectId: cancelled }] });
    const consented = await api.call('POST', `${agreement}/amendments/${withdrawal.amendmentId as string}/consent`, {
      token: education,
      body: {},
    });
    expect(consented.status).toBe(200);
    expect(consented.body.state.projects).toEqual([]);
    expect(consented.body.state.totals).toEqual({ 'education-office': 0, 'local-government': 0 });
  }, 60_000);

  it('an item approved in December becomes a project of the next operating year', async () => {
    now = KST('2024-12-05');
    const civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
    const working = await api.token({ role: 'secretary', district: 'suwon', body: 'working-council' });
    const steering = await api.token({ role: 'secretary', district: 'suwon', body: 'steering-committee' });
    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: {
        district: 'suwon',
        title: '학생 자치 활동 지원',
        description: '학생회 활동 공간과 예산 지원',
        proposerCategory: 'student',
        source: 'survey',
      },
    });
    const item = `/agenda-items/${proposed.body.state.itemId as string}`;
    expect((await api.call('POST', `${item}/deliberation`, { token: civic, body: {} })).status).toBe(200);
    expect(
      (
        await api.call('POST', `${item}/adoption`, {
          token: civic,
          body: { meeting: { heldOn: '2024-12-05' }, tally: tally(15, 11, 9, 1, 1) },
        })
      ).status,
    ).toBe(200);
    expect((await api.call('POST', `${item}/drafting`, { token: working, body: { owner: '지원단' } })).status).toBe(200);
    expect(
      (
        await api.call('POST', `${item}/draft-revisions`, {
          token: working,
          body: { plan: '학생회 8개교', taskCode: '1-2', budgetRequest: budget },
        })
      ).status,
    ).toBe(200);
    expect((await api.call('POST', `${item}/tabling`, { token: working, body: {} })).status).toBe(200);
    const approved = await api.call('POST', `${item}/review-decisions`, {
      token: steering,
      body: { decision: 'approved', meeting: { heldOn: '2024-12-05' }, tally: tally(12, 9, 7, 1, 1) },
    });
    expect(approved.status).toBe(200);
    expect(approved.body.state.approvedProject.year).toBe(2025);
    const projectId = approved.body.state.approvedProject.projectId as string;
    await eventually(async () => expect((await project(projectId)).year).toBe(2025));
  }, 60_000);
});
