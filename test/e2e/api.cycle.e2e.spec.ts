/**
 * A full cycle over real HTTP: proposal with opinions, adoption with a quorum, two draft
 * revisions with a revision request between, conditional approval, the project created by the
 * process manager, the agreement signed by both parties, an amendment consented, expenditures,
 * evaluation, feedback, closed — and every event naming its actor.
 */
import { businessDateOf } from '@gongron/application';
import { operatingYearInPreparation } from '@gongron/domain';
import { EVENT_STORE, type EventStore, revealPersonalData } from '@gongron/event-store';
import { eventually, startTestApi, tally, type TestApi } from './api-support.js';

const today = businessDateOf(new Date());
/** The operating year an approval today prepares: the project's year, and so its agreement's. */
const year = operatingYearInPreparation(today);

describe('API: the whole life of an agenda item, its project and agreement', () => {
  let api: TestApi;
  let civic: string;
  let working: string;
  let steering: string;
  let education: string;
  let city: string;

  beforeAll(async () => {
    api = await startTestApi();
    civic = await api.token({ role: 'secretary', district: 'hwaseong', body: 'civic-council', name: '화성 민·관·학 간사' });
    working = await api.token({ role: 'secretary', district: 'hwaseong', body: 'working-council' });
    steering = await api.token({ role: 'secretary', district: 'hwaseong', body: 'steering-committee' });
    education = await api.token({ role: 'official', district: 'hwaseong', party: 'education-office', name: '화성오산교육지원청 담당' });
    city = await api.token({ role: 'official', district: 'hwaseong', party: 'local-government', name: '화성시 담당' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('walks from proposal to closed', async () => {
    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      headers: { 'x-correlation-id': 'cycle-1' },
      body: {
        district: 'hwaseong',
        title: '마을과 함께하는 방과후 생태교실',
        description: '학생들이 지역 하천을 탐구하는 방과후 프로그램을 제안합니다.',
        proposerCategory: 'student',
        taskCode: '2-2',
        source: 'forum',
      },
    });
    expect(proposed.status).toBe(201);
    const itemId = proposed.body.state.itemId as string;
    expect(proposed.headers.get('location')).toBe(`/agenda-items/${itemId}`);
    expect(proposed.headers.get('etag')).toBe('"0"');
    // The receipt: where the event sits in the log's Merkle tree, in the body and as a header.
    const receipt = proposed.body.events[0].receipt as { leafIndex: number; leafHash: string; treeSize: number };
    expect(receipt).toEqual({
      leafIndex: expect.any(Number),
      leafHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      treeSize: receipt.leafIndex + 1,
    });
    expect(proposed.headers.get('gongron-receipt')).toBe(
      `position=${proposed.body.events[0].position}; leaf-index=${receipt.leafIndex}; leaf-hash=${receipt.leafHash}; tree-size=${receipt.treeSize}`,
    );
    expect(proposed.body.allowedActions).toContain('OpenDeliberation');
    const item = `/agenda-items/${itemId}`;

    expect((await api.call('POST', `${item}/deliberation`, { token: civic, body: { method: '공개 토론회' } })).status).toBe(200);
    for (const [stance, text] of [
      ['support', '아이들이 동네 하천을 더 잘 알게 될 것 같아요.'],
      ['neutral', '안전 대책이 함께 마련되면 좋겠습니다.'],
    ] as const) {
      const opinion = await api.call('POST', `${item}/opinions`, { token: civic, body: { stance, respondentCategory: 'parent', text } });
      expect(opinion.status).toBe(200);
    }
    const adopted = await api.call('POST', `${item}/adoption`, {
      token: civic,
      body: { meeting: { heldOn: today, title: '제2차 민·관·학 지역교육협의체' }, tally: tally(15, 11, 9, 1, 1) },
    });
    expect(adopted.status).toBe(200);
    expect(adopted.body.state.status).toBe('referred');
    expect(adopted.body.state.opinionCount).toBe(2);

    expect((await api.call('POST', `${item}/drafting`, { token: working, body: { owner: '화성오산교육지원청 미래교육팀' } })).status).toBe(
      200,
    );
    const first = await api.call('POST', `${item}/draft-revisions`, {
      token: working,
      body: {
        plan: '하천 생태 탐구 10차시',
        taskCode: '2-2',
        budgetRequest: { 'education-office': 20_000_000, 'local-government': 10_000_000 },
      },
    });
    expect(first.status).toBe(200);
    expect((await api.call('POST', `${item}/tabling`, { token: working, body: {} })).status).toBe(200);
    const revision = await api.call('POST', `${item}/review-decisions`, {
      token: steering,
      body: {
        decision: 'revisionRequested',
        feedback: '안전 관리 계획을 보완하세요.',
        meeting: { heldOn: today },
        tally: tally(12, 8, 6, 1, 1),
      },
    });
    expect(revision.status).toBe(200);
    expect(revision.body.state.status).toBe('drafting');

    const second = await api.call('POST', `${item}/draft-revisions`, {
      token: working,
      body: {
        plan: '하천 생태 탐구 12차시, 안전요원 배치',
        taskCode: '2-2',
        budgetRequest: { 'education-office': 30_000_000, 'local-government': 20_000_000 },
        title: '마을과 함께하는 방과후 생태교실',
      },
    });
    expect(second.status).toBe(200);
    expect(second.body.state.revisions).toHaveLength(2);
    expect((await api.call('POST', `${item}/tabling`, { token: working, body: {} })).status).toBe(200);
    const approved = await api.call('POST', `${item}/review-decisions`, {
      token: steering,
      body: {
        decision: 'conditionallyApproved',
        conditions: ['안전 관리 계획 준수'],
        meeting: { heldOn: today },
        tally: tally(12, 9, 7, 1, 1),
      },
    });
    expect(approved.status).toBe(200);
    expect(approved.body.state.status).toBe('approved');
    const projectId = approved.body.state.approvedProject.projectId as string;
    const project = `/projects/${projectId}`;

    // The process manager creates the project and links it to the item.
    const created = await eventually(async () => {
      const answer = await api.call('GET', project, { token: education });
      expect(answer.status).toBe(200);
      return answer;
    });
    expect(created.body.state.status).toBe('planned');
    expect(created.body.state.plannedBudget).toEqual({ 'education-office': 30_000_000, 'local-government': 20_000_000 });
    await eventually(async () => {
      const answer = await api.call('GET', item, { token: civic });
      expect(answer.body.state.status).toBe('inImplementation');
      expect(answer.body.state.projectId).toBe(projectId);
    });

    const agreement = `/agreements/hwaseong/${year}`;
    expect((await api.call('POST', '/agreements', { token: education, body: { district: 'hwaseong', year } })).status).toBe(201);
    const listed = await api.call('POST', `${agreement}/projects`, {
      token: education,
      body: {
        projectId,
        title: '마을과 함께하는 방과후 생태교실',
        taskCode: '2-2',
        budget: { 'education-office': 30_000_000, 'local-government': 20_000_000 },
      },
    });
    expect(listed.status).toBe(200);
    expect(
      (await api.call('POST', `${agreement}/signatures`, { token: education, body: { signedOn: today, signatoryName: '교육장 김교육' } }))
        .status,
    ).toBe(200);
    const inForce = await api.call('POST', `${agreement}/signatures`, {
      token: city,
      body: { signedOn: today, signatoryName: '시장 이화성' },
    });
    expect(inForce.status).toBe(200);
    expect(inForce.body.events.map((e: { type: string }) => e.type)).toEqual(['AgreementSigned', 'AgreementCameIntoForce']);
    await eventually(async () => {
      const answer = await api.call('GET', project, { token: education });
      expect(answer.body.state.status).toBe('agreed');
    });

    const amendment = await api.call('POST', `${agreement}/amendments`, {
      token: city,
      body: {
        amendmentId: 'amend-1',
        reason: '2학기 참여 학교 확대',
        changes: [{ kind: 'budget', projectId, budget: { 'education-office': 30_000_000, 'local-government': 25_000_000 } }],
      },
    });
    expect(amendment.status).toBe(200);
    const consented = await api.call('POST', `${agreement}/amendments/amend-1/consent`, { token: education, body: {} });
    expect(consented.status).toBe(200);
    await eventually(async () => {
      const answer = await api.call('GET', project, { token: education });
      expect(answer.body.state.allocation).toEqual({ 'education-office': 30_000_000, 'local-government': 25_000_000 });
    });

    expect((await api.call('POST', `${project}/start`, { token: education, body: {} })).status).toBe(200);
    const spentEducation = await api.call('POST', `${project}/expenditures`, {
      token: education,
      body: { funder: 'education-office', amount: 12_500_000, spentOn: today, purpose: '강사비' },
    });
    expect(spentEducation.status).toBe(200);
    const spentCity = await api.call('POST', `${project}/expenditures`, {
      token: city,
      body: { funder: 'local-government', amount: 24_000_000, spentOn: today, purpose: '체험 버스 임차' },
    });
    expect(spentCity.status).toBe(200);
    expect((await api.call('POST', `${project}/completion`, { token: education, body: {} })).status).toBe(200);
    expect(
      (
        await api.call('POST', `${project}/self-evaluation`, {
          token: education,
          body: { indicators: [{ name: '참여 학생 수', target: 120, result: 134, unit: '명' }], summary: '목표 초과 달성' },
        })
      ).status,
    ).toBe(200);
    const evaluated = await api.call('POST', `${project}/comprehensive-evaluation`, {
      token: education,
      body: { satisfaction: { students: 91.5, parents: 88, teachers: 84 } },
    });
    expect(evaluated.status).toBe(200);
    expect(evaluated.body.state.status).toBe('evaluated');

    await eventually(async () => {
      const answer = await api.call('GET', item, { token: steering });
      expect(answer.body.state.status).toBe('awaitingFeedback');
    });
    const feedback = await api.call('POST', `${item}/feedback`, {
      token: steering,
      body: { summary: '참여 학생 만족도 높음', recommendations: ['차년도 참여 학교 확대'], meeting: { heldOn: today } },
    });
    expect(feedback.status).toBe(200);
    expect(feedback.body.state.status).toBe('closed');
    expect(feedback.body.allowedActions).toEqual([]);
    const closedProject = await api.call('POST', `${project}/closure`, { token: education, body: {} });
    expect(closedProject.status).toBe(200);
    expect(closedProject.body.state.status).toBe('closed');

    // Every event names its actor; the process managers' events name the system and their cause.
    const store = api.running.app.get<EventStore>(EVENT_STORE);
    const events = await store.readAll({ maxCount: 10_000 });
    expect(events.length).toBeGreaterThan(25);
    for (const event of events) {
      expect(event.metadata.actor?.id).toEqual(expect.any(String));
      expect(event.metadata.actor?.role).toEqual(expect.any(String));
      expect(event.metadata.commandType).toEqual(expect.any(String));
      expect(event.metadata.correlationId).toEqual(expect.any(String));
    }
    const stored = events.find((e) => e.type === 'AgendaItemProposed')!.metadata;
    // The actor's name is stored encrypted under its subject's key; an auditor reads it back.
    expect(JSON.stringify(stored)).not.toContain('화성 민·관·학 간사');
    const proposal = await revealPersonalData(stored, store.subjectKeys, { mayRead: () => true });
    expect(proposal.actor).toMatchObject({ role: 'secretary', district: 'hwaseong', body: 'civic-council', name: '화성 민·관·학 간사' });
    expect(proposal.correlationId).toBe('cycle-1');
    const signature = events.find((e) => e.type === 'AgreementSigned')!.metadata;
    expect(signature.actor).toMatchObject({ role: 'official', district: 'hwaseong', party: 'education-office' });
    expect(signature.effectiveAt).toBe(today);
    const approval = events.find((e) => e.type === 'ReviewDecisionRecorded' && e.data.decision === 'conditionallyApproved')!;
    const createdByManager = events.filter((e) => e.type === 'ProjectCreated');
    expect(createdByManager).toHaveLength(1);
    expect(createdByManager[0]!.metadata.actor?.role).toBe('system');
    expect(createdByManager[0]!.metadata.causationId).toBe(approval.id);
    expect(createdByManager[0]!.metadata.correlationId).toBe(approval.metadata.correlationId);
  }, 60_000);
});
