/**
 * Evaluation over HTTP: a completed project is evaluated on its self-evaluation alone (no
 * per-project satisfaction score holds it back), can be closed, and a recorded evaluation is
 * corrected by a new event that names what it replaces and why.
 */
import { eventually, startTestApi, type TestApi } from './api-support.js';

describe('evaluation without a per-project survey gate, with corrections, over HTTP', () => {
  let api: TestApi;
  let now = new Date('2024-02-20T01:00:00.000Z');
  let education: string;
  let city: string;

  beforeAll(async () => {
    api = await startTestApi({}, { clock: () => now });
    education = await api.token({ role: 'official', district: 'osan', party: 'education-office', name: '화성오산교육지원청' });
    city = await api.token({ role: 'official', district: 'osan', party: 'local-government', name: '오산시' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('evaluates, corrects and closes a project without survey figures', async () => {
    const budget = { 'education-office': 8_000_000, 'local-government': 4_000_000 };
    const created = await api.call('POST', '/projects', {
      token: education,
      body: { district: 'osan', year: 2024, title: '인성·정서 상담 프로그램', taskCode: '2-3', plannedBudget: budget },
    });
    const projectId = created.body.state.projectId as string;
    const project = `/projects/${projectId}`;
    const agreement = '/agreements/osan/2024';
    expect((await api.call('POST', '/agreements', { token: education, body: { district: 'osan', year: 2024 } })).status).toBe(201);
    expect(
      (
        await api.call('POST', `${agreement}/projects`, {
          token: education,
          body: { projectId, title: '인성·정서 상담 프로그램', taskCode: '2-3', budget },
        })
      ).status,
    ).toBe(200);
    now = new Date('2024-03-04T01:00:00.000Z');
    for (const token of [education, city])
      expect((await api.call('POST', `${agreement}/signatures`, { token, body: { signedOn: '2024-03-04' } })).status).toBe(200);
    await eventually(async () => expect((await api.call('GET', project, { token: education })).body.state.status).toBe('agreed'));
    expect((await api.call('POST', `${project}/start`, { token: education, body: {} })).status).toBe(200);
    now = new Date('2024-12-20T01:00:00.000Z');
    expect((await api.call('POST', `${project}/completion`, { token: education, body: {} })).status).toBe(200);

    const evaluated = await api.call('POST', `${project}/self-evaluation`, {
      token: education,
      body: { indicators: [{ name: '상담 참여 학생 수', target: 200, result: 240, unit: '명' }] },
    });
    expect(evaluated.status).toBe(200);
    expect(evaluated.body.events.map((event: { type: string }) => event.type)).toEqual(['SelfEvaluationRecorded', 'ProjectEvaluated']);
    expect(evaluated.body.state).toMatchObject({ status: 'evaluated', comprehensiveEvaluation: null });

    const nothingToCorrect = await api.call('POST', `${project}/comprehensive-evaluation/corrections`, {
      token: education,
      body: { satisfaction: { students: 80, parents: 80, teachers: 80 }, reason: '입력 오류' },
    });
    expect(nothingToCorrect.body).toMatchObject({ status: 422, code: 'PROJECT.EVALUATION_NOT_RECORDED' });

    const again = await api.call('POST', `${project}/self-evaluation`, {
      token: education,
      body: { indicators: [{ name: '상담 참여 학생 수', target: 200, result: 214 }] },
    });
    expect(again.status).toBe(409);
    const corrected = await api.call('POST', `${project}/self-evaluation/corrections`, {
      token: education,
      body: {
        indicators: [{ name: '상담 참여 학생 수', target: 200, result: 214, unit: '명' }],
        summary: '중복 집계 제외',
        reason: '중복 집계 정정',
      },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.events.map((event: { type: string }) => event.type)).toEqual(['SelfEvaluationCorrected']);
    expect(corrected.body.state.selfEvaluation).toMatchObject({ indicators: [{ result: 214 }], summary: '중복 집계 제외' });

    const closed = await api.call('POST', `${project}/closure`, { token: education, body: {} });
    expect(closed.status).toBe(200);
    expect(closed.body.state.status).toBe('closed');
  }, 60_000);
});
