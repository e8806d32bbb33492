/**
 * Direct grants to designated schools (지정 교부) over HTTP, and a school's expenditure tied to its
 * grant: suwon's project grants to a school of its district without a call once its agreement is in
 * force (before, it is refused); a grant above the allocation is refused naming the funder, with
 * nothing written; a school of another district is refused naming the school; the school reports
 * and is inspected; the school's expenditure names its grant and is accepted, one above the grant
 * is refused, and one naming another project's grant is refused. The read model lists the direct
 * grants with their kind and the project's totals count them.
 */
import { eventually, startTestApi, type TestApi } from './api-support.js';

const KST = (date: string, time = '10:00') => new Date(`${date}T${time}:00+09:00`);
const won = (educationOffice: number, localGovernment: number) => ({
  'education-office': educationOffice,
  'local-government': localGovernment,
});

describe('direct grants to schools and a school’s expenditure from its grant, over HTTP', () => {
  let api: TestApi;
  let now = KST('2025-02-20');
  let education: string;
  let city: string;
  let hwaseong: string;
  let projectId: string;
  let otherProjectId: string;
  const agreement = '/agreements/suwon/2025';
  const direct = (path = '') => `/projects/${projectId}/direct-grants${path}`;
  const grant = (body: Record<string, unknown>, token = education, project = projectId) =>
    api.call('POST', `/projects/${project}/direct-grants`, { token, body });
  const spend = (body: Record<string, unknown>, token = education) =>
    api.call('POST', `/projects/${projectId}/expenditures`, {
      token,
      body: { spentOn: '2025-04-02', purpose: '생태 교육 강사비', ...body },
    });

  beforeAll(async () => {
    api = await startTestApi({}, { clock: () => now });
    education = await api.token({ role: 'official', district: 'suwon', party: 'education-office', name: '수원 교육지원청' });
    city = await api.token({ role: 'official', district: 'suwon', party: 'local-government', name: '수원시' });
    hwaseong = await api.token({ role: 'official', district: 'hwaseong', party: 'education-office', name: '화성오산 교육지원청' });
    expect((await api.call('POST', '/agreements', { token: education, body: { district: 'suwon', year: 2025 } })).status).toBe(201);
    const ids: string[] = [];
    for (const [title, budget] of [
      ['학교 교육과정 연계 마을교육', won(60_000_000, 40_000_000)],
      ['진로 체험 거점학교', won(10_000_000, 10_000_000)],
    ] as const) {
      const created = await api.call('POST', '/projects', {
        token: education,
        body: { district: 'suwon', year: 2025, title, taskCode: '2-1', plannedBudget: budget },
      });
      expect(created.status).toBe(201);
      const id = created.body.state.projectId as string;
      ids.push(id);
      const listed = await api.call('POST', `${agreement}/projects`, {
        token: education,
        body: { projectId: id, title, taskCode: '2-1', budget },
      });
      expect(listed.status).toBe(200);
    }
    [projectId, otherProjectId] = ids as [string, string];
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('grants within the allocation to a school of the district, refuses what breaks a rule, and ties the school’s spending to its grant', async () => {
    // Before the agreement is in force, nothing is granted.
    const early = await grant({ grantId: 'direct-1', schoolId: 'suwon-yulcheon-ms', amount: won(1, 0), reason: '지정', purpose: '강사비' });
    expect(early.body).toMatchObject({ status: 422, code: 'SCHOOL_CALL.PROJECT_NOT_ALLOCATED' });

    now = KST('2025-03-03');
    for (const token of [education, city]) {
      expect((await api.call('POST', `${agreement}/signatures`, { token, body: { signedOn: '2025-03-03' } })).status).toBe(200);
    }
    for (const id of [projectId, otherProjectId]) {
      await eventually(async () =>
        expect((await api.call('GET', `/projects/${id}`, { token: education })).body.state.status).toBe('agreed'),
      );
    }

    // A direct grant within the allocation, decided on 5 March and recorded on the 10th.
    now = KST('2025-03-10');
    const first = await grant({
      grantId: 'direct-1',
      schoolId: 'suwon-yulcheon-ms',
      amount: won(40_000_000, 10_000_000),
      reason: '특수학급 생태 교육 거점학교로 지정',
      purpose: '생태 교육 강사비와 교재 구입',
      grantedOn: '2025-03-05',
    });
    expect(first.status).toBe(201);
    expect(first.headers.get('location')).toBe(direct());
    expect(first.body.state).toMatchObject({
      status: 'direct',
      district: 'suwon',
      granted: won(40_000_000, 10_000_000),
      grants: [{ grantId: 'direct-1', kind: 'direct', applicationId: null, schoolName: '수원율천중학교', awardedOn: '2025-03-05' }],
    });
    const revision = first.headers.get('etag');

    // One above the allocation is refused naming the funder and the amounts; nothing is written.
    const above = await grant({
      grantId: 'direct-2',
      schoolId: 'suwon-maetan-es',
      amount: won(25_000_000, 0),
      reason: '지정',
      purpose: '강사비',
    });
    expect(above.body).toMatchObject({
      status: 422,
      code: 'SCHOOL_CALL.GRANT_ABOVE_ALLOCATION',
      field: 'amount.education-office',
      details: { funder: 'education-office', allocation: 60_000_000, granted: 40_000_000, amount: 25_000_000, available: 20_000_000 },
    });
    expect(above.body.detail).toContain('교육청 배정액 60,000,000원');
    const after = await api.call('GET', direct(), { token: education });
    expect(after.headers.get('etag')).toBe(revision);
    expect(after.body.state.grants).toHaveLength(1);

    // A school of another district is refused naming the school; another district's official grants nothing here.
    const elsewhere = await grant({ schoolId: 'hwaseong-dongtan-es', amount: won(1, 0), reason: '지정', purpose: '강사비' });
    expect(elsewhere.body).toMatchObject({
      status: 422,
      code: 'SCHOOL_CALL.SCHOOL_OF_ANOTHER_DISTRICT',
      field: 'schoolId',
      details: { schoolDistrict: 'hwaseong' },
    });
    expect((await grant({ schoolId: 'hwaseong-dongtan-es', amount: won(1, 0), reason: '지정', purpose: '강사비' }, hwaseong)).status).toBe(
      403,
    );
    // Input is checked at the door, naming the field.
    const blank = await grant({ schoolId: 'suwon-maetan-es', amount: won(1, 0), reason: '', purpose: '강사비' });
    expect(blank.body).toMatchObject({ status: 400, field: 'reason' });

    // A second grant, of the office's money alone, and one for the other project.
    const second = await grant(
      { grantId: 'direct-2', schoolId: 'suwon-maetan-es', amount: won(20_000_000, 0), reason: '지정', purpose: '강사비' },
      city,
    );
    expect(second.status).toBe(201);
    const others = await grant(
      { grantId: 'other-1', schoolId: 'suwon-suseong-hs', amount: won(5_000_000, 0), reason: '진로', purpose: '체험' },
      education,
      otherProjectId,
    );
    expect(others.status).toBe(201);

    // The school reports and is inspected, as for a call's grant.
    now = KST('2025-07-15');
    const reported = await api.call('POST', direct('/direct-1/report'), {
      token: education,
      body: { summary: '생태 교육 10차시 운영, 학생 64명 참여', spent: won(39_000_000, 10_000_000) },
    });
    expect(reported.status).toBe(200);
    expect(reported.body.state.grants[0].report).toMatchObject({ submittedOn: '2025-07-15', spent: won(39_000_000, 10_000_000) });
    const overReported = await api.call('POST', direct('/direct-2/report'), {
      token: education,
      body: { summary: '운영', spent: won(20_000_001, 0) },
    });
    expect(overReported.body).toMatchObject({ status: 422, code: 'SCHOOL_CALL.REPORT_ABOVE_GRANT', field: 'spent.education-office' });
    const inspected = await api.call('POST', direct('/direct-1/inspections'), {
      token: education,
      body: { inspectionId: 'insp-1', outcome: 'appropriate', findings: ['증빙 서류 완비'] },
    });
    expect(inspected.status).toBe(201);
    expect(inspected.body.state.inspections).toEqual([expect.objectContaining({ grantId: 'direct-1', outcome: 'appropriate' })]);

    // The school spends from its grant: named by the grant, the school comes from it.
    expect((await api.call('POST', `/projects/${projectId}/start`, { token: education, body: {} })).status).toBe(200);
    const spent = await spend({
      expenditureId: 'exp-1',
      funder: 'education-office',
      amount: 30_000_000,
      executedBy: 'school',
      grantId: 'direct-1',
    });
    expect(spent.status).toBe(200);
    expect(spent.body.state.expenditures).toEqual([
      expect.objectContaining({
        funder: 'education-office',
        executedBy: 'school',
        school: '수원율천중학교',
        grant: { grantId: 'direct-1', callId: `${projectId}.direct`, schoolId: 'suwon-yulcheon-ms', amount: 40_000_000 },
      }),
    ]);
    const spentRevision = spent.headers.get('etag');

    // Above the grant (10,000,000 left of the office's 40,000,000): refused, naming the amount.
    const aboveGrant = await spend({ funder: 'education-office', amount: 10_000_001, executedBy: 'school', grantId: 'direct-1' });
    expect(aboveGrant.body).toMatchObject({
      status: 422,
      code: 'PROJECT.EXPENDITURE_ABOVE_GRANT',
      field: 'amount',
      details: { grantId: 'direct-1', grant: 40_000_000, spent: 30_000_000, available: 10_000_000 },
    });
    expect(aboveGrant.body.detail).toContain(
      '수원율천중학교에 교부한 교육청 40,000,000원 중 30,000,000원을 이미 집행해, 남은 10,000,000원',
    );
    // Another project's grant, and a grant that gave nothing of the city's money, are refused naming the grant.
    const another = await spend({ funder: 'education-office', amount: 1_000, executedBy: 'school', grantId: 'other-1' });
    expect(another.body).toMatchObject({ status: 422, code: 'PROJECT.GRANT_NOT_OF_PROJECT', field: 'grantId' });
    const otherFunder = await spend({ funder: 'local-government', amount: 1_000, executedBy: 'school', grantId: 'direct-2' }, city);
    expect(otherFunder.body).toMatchObject({ status: 422, code: 'PROJECT.GRANT_OF_ANOTHER_FUNDER', field: 'grantId' });
    // A school's expenditure without its grant, or with a typed-in school, is refused at the door.
    expect((await spend({ funder: 'education-office', amount: 1_000, executedBy: 'school' })).body).toMatchObject({
      status: 400,
      field: 'grantId',
    });
    expect(
      (await spend({ funder: 'education-office', amount: 1_000, executedBy: 'school', grantId: 'direct-1', school: '수원초등학교' }))
        .status,
    ).toBe(400);
    const project = await api.call('GET', `/projects/${projectId}`, { token: education });
    expect(project.headers.get('etag')).toBe(spentRevision);
    expect(project.body.state.spent).toEqual(won(30_000_000, 0));

    // The read model lists the direct grants with their kind and reason; the totals count them.
    const grants = await eventually(async () => {
      const answer = (await api.call('GET', `/school-grant-register?projectId=${projectId}`, { token: education })).body;
      expect(answer.items).toHaveLength(2);
      return answer;
    });
    expect(grants.items).toEqual([
      expect.objectContaining({
        grant_id: 'direct-1',
        kind: 'direct',
        application_id: null,
        school_name: '수원율천중학교',
        reason: '특수학급 생태 교육 거점학교로 지정',
        reported_on: '2025-07-15',
        inspections: 1,
        last_inspection_outcome: 'appropriate',
      }),
      expect.objectContaining({ grant_id: 'direct-2', kind: 'direct', school_name: '수원매탄초등학교' }),
    ]);
    const totals = (await api.call('GET', `/school-grant-totals?district=suwon`, { token: education })).body;
    expect(totals.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          project_id: projectId,
          direct_grants: 2,
          call_grants: 0,
          granted_education_office: 60_000_000,
          granted_local_government: 10_000_000,
        }),
        expect.objectContaining({ project_id: otherProjectId, direct_grants: 1, granted_education_office: 5_000_000 }),
      ]),
    );
    const calls = (await api.call('GET', `/school-call-register?projectId=${projectId}`, { token: education })).body;
    expect(calls.items).toEqual([]);
  });
});
