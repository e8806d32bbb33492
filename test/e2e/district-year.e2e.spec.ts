/**
 * suwon's operating year 2023 over HTTP, as the basic plan runs it: two agenda items approved by
 * the steering committee and one office project are put into the district's operating plan, which
 * the committee deliberates at its recorded meeting and approves (the office project's 미심의 mark
 * goes); the 부속합의서 lists exactly those three projects and both parties sign; one project runs a
 * call for schools — three applications, two selected with scores and reasons, one declined, grants
 * within the allocation, each school's report and one inspection; the province office records the
 * 2023 province survey (116,370 respondents) and its importance–performance analysis answers; the
 * district records its self-evaluation with its report; the projects are completed and closed and
 * the items fed back (환류) and closed; the public pages show the plan's projects and their money.
 * The clock runs in KST on business days; indicator means and amounts are sample figures.
 */
import { samplePdf } from '../support/attachment-samples.js';
import { eventually, startTestApi, steeringCommitteeMeeting, tally, type TestApi } from './api-support.js';

const KST = (date: string, time = '10:00') => new Date(`${date}T${time}:00+09:00`);
const won = (educationOffice: number, localGovernment: number) => ({
  'education-office': educationOffice,
  'local-government': localGovernment,
});
const ids = (rows: Array<{ projectId?: string; project_id?: string }>) => rows.map((row) => row.projectId ?? row.project_id);

describe("a district's operating year over HTTP", () => {
  let api: TestApi;
  let now = KST('2022-11-21');
  const district = 'suwon';
  const year = 2023;
  const plan = `/operating-plans/${district}/${year}`;
  const agreement = `/agreements/${district}/${year}`;
  const meetingId = `${district}-steering-committee-2022-1`;
  let civic: string;
  let working: string;
  let steering: string;
  let education: string;
  let city: string;
  let province: string;

  beforeAll(async () => {
    api = await startTestApi({}, { clock: () => now });
    civic = await api.token({ role: 'secretary', district, body: 'civic-council' });
    working = await api.token({ role: 'secretary', district, body: 'working-council' });
    steering = await api.token({ role: 'secretary', district, body: 'steering-committee' });
    education = await api.token({ role: 'official', district, party: 'education-office', name: '수원 교육지원청' });
    city = await api.token({ role: 'official', district, party: 'local-government', name: '수원시' });
    province = await api.token({ role: 'province', name: '경기도교육청 지역교육협력과' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  const today = () => now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Seoul' });
  const project = async (projectId: string) => (await api.call('GET', `/projects/${projectId}`, { token: education })).body.state;
  const item = async (itemId: string) => (await api.call('GET', `/agenda-items/${itemId}`, { token: civic })).body.state;

  /** An item through the civic council, the working council and the steering committee to approval. */
  async function approvedItem(title: string, taskCode: string, budgetRequest: Record<string, number>) {
    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: { district, title, description: `${title} 제안`, proposerCategory: 'parent', taskCode },
    });
    expect(proposed.status).toBe(201);
    const itemId = proposed.body.state.itemId as string;
    const path = `/agenda-items/${itemId}`;
    expect((await api.call('POST', `${path}/deliberation`, { token: civic, body: {} })).status).toBe(200);
    const adopted = await api.call('POST', `${path}/adoption`, {
      token: civic,
      body: { meeting: { heldOn: today() }, tally: tally(15, 11, 9) },
    });
    expect(adopted.status).toBe(200);
    expect((await api.call('POST', `${path}/drafting`, { token: working, body: { owner: '수원교육지원청 미래교육팀' } })).status).toBe(200);
    const drafted = await api.call('POST', `${path}/draft-revisions`, {
      token: working,
      body: { plan: `${title} 운영 계획`, taskCode, budgetRequest },
    });
    expect(drafted.status).toBe(200);
    expect((await api.call('POST', `${path}/tabling`, { token: working, body: {} })).status).toBe(200);
    const approved = await api.call('POST', `${path}/review-decisions`, {
      token: steering,
      body: { decision: 'approved', meeting: { heldOn: today() }, tally: tally(11, 8, 6) },
    });
    expect(approved.status).toBe(200);
    // Approved in November 2022, the project is one of the operating year being prepared (March 2023 – February 2024).
    expect(approved.body.state.approvedProject.year).toBe(year);
    const projectId = approved.body.state.approvedProject.projectId as string;
    await eventually(async () => expect((await api.call('GET', `/projects/${projectId}`, { token: education })).status).toBe(200));
    return { itemId, projectId, title, taskCode, budget: budgetRequest };
  }

  async function officeProject(title: string, taskCode: string, plannedBudget: Record<string, number>) {
    const created = await api.call('POST', '/projects', { token: education, body: { district, year, title, taskCode, plannedBudget } });
    expect(created.status).toBe(201);
    return { projectId: created.body.state.projectId as string, title, taskCode, budget: plannedBudget };
  }

  it('runs from the items and the operating plan to the agreement, the schools, the evaluations, 환류 and closure', async () => {
    // ── November 2022: two items approved, one office project; the plan deliberated and approved.
    const village = await approvedItem('마을연계 교육과정', '2-1', won(40_000_000, 25_000_000));
    const counselling = await approvedItem('인성·정서 상담 프로그램', '2-3', won(20_000_000, 10_000_000));
    const office = await officeProject('수원 공유학교 운영', '3-1', won(15_000_000, 5_000_000));
    const outside = await officeProject('계획 밖 체험학습', '3-2', won(5_000_000, 5_000_000));
    const planned = [village, counselling, office];

    const drafted = await api.call('POST', '/operating-plans', {
      token: working,
      body: { district, year, title: '2023 수원 미래교육협력지구 운영계획' },
    });
    expect(drafted.status).toBe(201);
    for (const { projectId } of planned) {
      expect((await api.call('POST', `${plan}/projects`, { token: working, body: { projectId } })).status).toBe(200);
    }
    // Before the committee deliberates, the office projects trace to no deliberation: 미심의.
    await eventually(async () => {
      const marked = await api.call('GET', `/project-deliberations?district=${district}&year=${year}&deliberated=0`, { token: education });
      expect(ids(marked.body.items).sort()).toEqual([office.projectId, outside.projectId].sort());
    });
    expect((await api.call('POST', `${plan}/submission`, { token: working, body: {} })).body.state.status).toBe('underReview');

    expect(
      await steeringCommitteeMeeting(api, {
        token: steering,
        district,
        year,
        heldOn: today(),
        place: '수원교육지원청 회의실',
        roster: { members: 11, termFrom: '2022-03-01' },
        attending: 8,
      }),
    ).toBe(meetingId);
    const approvedPlan = await api.call('POST', `${plan}/decision`, {
      token: steering,
      body: { decision: 'approved', meeting: { meetingId }, tally: { for: 7, against: 1, abstain: 0 } },
    });
    expect(approvedPlan.status).toBe(200);
    expect(approvedPlan.body.state.status).toBe('approved');
    expect(ids(approvedPlan.body.state.approvedProjects)).toEqual(ids(planned));
    expect(approvedPlan.body.state.decisions.at(-1)).toMatchObject({
      meeting: { meetingId, heldOn: '2022-11-21', body: 'steering-committee' },
      tally: { onRoll: 11, present: 8, for: 7, against: 1, abstain: 0 },
    });

    // The approved plan clears 미심의 from the office project; the project outside the plan keeps it.
    await eventually(async () => {
      const marked = await api.call('GET', `/project-deliberations?district=${district}&year=${year}&deliberated=0`, { token: education });
      expect(ids(marked.body.items)).toEqual([outside.projectId]);
    });
    expect((await api.call('GET', `/project-deliberations/${office.projectId}`, { token: education })).body).toMatchObject({
      deliberated: 1,
      plan_id: `${district}-${year}`,
      plan_meeting_id: meetingId,
    });

    // ── February 2023: the 부속합의서 lists exactly the plan's projects, the project outside the plan not among them.
    now = KST('2023-02-20');
    expect((await api.call('POST', '/agreements', { token: education, body: { district, year } })).status).toBe(201);
    const offPlan = await api.call('POST', `${agreement}/projects`, {
      token: education,
      body: { projectId: outside.projectId, title: outside.title, taskCode: outside.taskCode, budget: outside.budget },
    });
    expect(offPlan.body).toMatchObject({
      status: 422,
      code: 'AGREEMENT.PROJECT_NOT_IN_PLAN',
      field: 'projectId',
      details: { projectId: outside.projectId, planId: `${district}-${year}` },
    });
    expect(offPlan.body.detail).toBe(`세부사업 ${outside.projectId}은(는) 가결된 운영계획 ${district}-${year}에 없습니다.`);
    expect(offPlan.body.messages.en).toContain('not in the approved operating plan');
    const offPlanInEnglish = await api.call('POST', `${agreement}/projects`, {
      token: education,
      headers: { 'accept-language': 'en' },
      body: { projectId: outside.projectId, title: outside.title, taskCode: outside.taskCode, budget: outside.budget },
    });
    expect(offPlanInEnglish.body.detail).toContain(`project ${outside.projectId} is not in the approved operating plan`);
    for (const { projectId, title, taskCode, budget } of planned) {
      const listed = await api.call('POST', `${agreement}/projects`, { token: education, body: { projectId, title, taskCode, budget } });
      expect(listed.status).toBe(200);
      if (projectId === counselling.projectId) {
        // Two of the plan's three listed: the first signature waits for the office project, naming it.
        const early = await api.call('POST', `${agreement}/signatures`, { token: education, body: { signedOn: '2023-02-20' } });
        expect(early.body).toMatchObject({
          status: 422,
          code: 'AGREEMENT.PLAN_PROJECT_NOT_LISTED',
          details: { projectId: office.projectId, missing: [office.projectId] },
        });
      }
    }
    now = KST('2023-03-02');
    expect((await api.call('POST', `${agreement}/signatures`, { token: education, body: { signedOn: '2023-03-02' } })).status).toBe(200);
    const inForce = await api.call('POST', `${agreement}/signatures`, { token: city, body: { signedOn: '2023-03-02' } });
    expect(inForce.body.state.status).toBe('inForce');
    expect(ids(inForce.body.state.projects)).toEqual(ids(planned));
    expect(inForce.body.state.totals).toEqual(won(75_000_000, 40_000_000));
    for (const { projectId } of planned) await eventually(async () => expect((await project(projectId)).status).toBe('agreed'));

    // ── March 2023: a call for schools under the village project, within its allocation.
    now = KST('2023-03-06');
    const callPath = (path = '') => `/school-calls/${village.projectId}.call-1${path}`;
    const opened = await api.call('POST', `/projects/${village.projectId}/school-calls`, {
      token: education,
      body: {
        number: 1,
        title: '2023 마을연계 교육과정 학교 공모',
        criteria: ['교육과정 연계성', '지역 자원 활용', '예산 계획의 적정성'],
        // The call announces more than the project holds; the grants are still held to its allocation.
        amount: won(50_000_000, 30_000_000),
        opensOn: '2023-03-06',
        closesOn: '2023-03-17',
      },
    });
    expect(opened.status).toBe(201);
    for (const [applicationId, schoolId] of [
      ['app-1', 'suwon-maetan-es'],
      ['app-2', 'suwon-yulcheon-ms'],
      ['app-3', 'suwon-suseong-hs'],
    ] as const) {
      const applied = await api.call('POST', callPath('/applications'), {
        token: education,
        body: { applicationId, schoolId, requested: won(25_000_000, 15_000_000), plan: '마을 강사와 함께하는 교육과정' },
      });
      expect(applied.status).toBe(201);
    }
    now = KST('2023-03-20');
    expect((await api.call('POST', callPath('/closure'), { token: education, body: {} })).body.state.status).toBe('reviewing');
    for (const [applicationId, route, score, reason] of [
      ['app-1', 'selection', 92, '교육과정 연계가 구체적임'],
      ['app-2', 'selection', 85, '지역 자원 활용 계획이 우수함'],
      ['app-3', 'non-selection', 58, '예산 계획이 불명확함'],
    ] as const) {
      const judged = await api.call('POST', callPath(`/applications/${applicationId}/${route}`), {
        token: education,
        body: { score, reasons: [reason] },
      });
      expect(judged.status).toBe(200);
    }
    const concluded = await api.call('POST', callPath('/selection-conclusion'), { token: education, body: {} });
    expect(concluded.body.state).toMatchObject({ status: 'granting', selectedCount: 2, declinedCount: 1 });

    now = KST('2023-03-22');
    expect(
      (
        await api.call('POST', callPath('/grants'), {
          token: education,
          body: { grantId: 'grant-1', applicationId: 'app-1', amount: won(25_000_000, 15_000_000) },
        })
      ).status,
    ).toBe(201);
    const above = await api.call('POST', callPath('/grants'), {
      token: education,
      body: { grantId: 'grant-2', applicationId: 'app-2', amount: won(20_000_000, 10_000_000) },
    });
    expect(above.body).toMatchObject({
      status: 422,
      code: 'SCHOOL_CALL.GRANT_ABOVE_ALLOCATION',
      field: 'amount.education-office',
      details: { funder: 'education-office', allocation: 40_000_000, granted: 25_000_000, amount: 20_000_000, available: 15_000_000 },
    });
    expect(above.body.detail).toContain('교육청 배정액 40,000,000원');
    const second = await api.call('POST', callPath('/grants'), {
      token: city,
      body: { grantId: 'grant-2', applicationId: 'app-2', amount: won(15_000_000, 10_000_000) },
    });
    expect(second.status).toBe(201);
    expect(second.body.state).toMatchObject({ granted: won(40_000_000, 25_000_000), remaining: won(10_000_000, 5_000_000) });

    // The projects start; the village project's money is executed by the schools through their grants.
    for (const { projectId } of planned) {
      expect((await api.call('POST', `/projects/${projectId}/start`, { token: education, body: {} })).status).toBe(200);
    }
    const spending = [
      [village.projectId, education, 'education-office', 24_600_000, '마을 강사비', 'grant-1'],
      [village.projectId, city, 'local-government', 14_800_000, '체험 버스 임차', 'grant-1'],
      [village.projectId, education, 'education-office', 15_000_000, '마을 강사비', 'grant-2'],
      [village.projectId, city, 'local-government', 9_700_000, '교육 자료 제작', 'grant-2'],
      [counselling.projectId, education, 'education-office', 19_500_000, '상담 인력 운영', undefined],
      [counselling.projectId, city, 'local-government', 10_000_000, '상담실 환경 개선', undefined],
      [office.projectId, education, 'education-office', 14_000_000, '공유학교 강좌 운영', undefined],
      [office.projectId, city, 'local-government', 5_000_000, '공유학교 홍보', undefined],
    ] as const;
    for (const [projectId, token, funder, amount, purpose, grantId] of spending) {
      const spent = await api.call('POST', `/projects/${projectId}/expenditures`, {
        token,
        body: { funder, amount, spentOn: today(), purpose, ...(grantId ? { executedBy: 'school', grantId } : {}) },
      });
      expect(spent.status).toBe(200);
    }

    // ── November 2023: the province office records the year's province survey; its IPA answers.
    now = KST('2023-11-20');
    const survey = {
      year,
      title: '2023 미래교육협력지구 공통지표 설문조사',
      period: { from: '2023-10-24', to: '2023-11-08' },
      respondents: { students: 71_271, parents: 20_592, teachers: 24_507 },
      conductedWith: '경기도교육연구원',
      indicators: [
        { indicatorId: 'counselling', name: '인성·정서 상담 프로그램', taskCode: '2-3', importance: 4.35, performance: 3.62 },
        { indicatorId: 'local-experience', name: '지역 연계 체험활동', taskCode: '2-1', importance: 4.2, performance: 4.05 },
        { indicatorId: 'village-community', name: '마을교육공동체 참여', taskCode: '1-1', importance: 3.7, performance: 3.55 },
        { indicatorId: 'career', name: '진로·직업 체험', taskCode: '3-1', importance: 3.8, performance: 4.1 },
      ],
      results: [
        { district, indicatorId: 'counselling', importance: 4.4, performance: 3.5 },
        { district, indicatorId: 'local-experience', importance: 4.1, performance: 4.2 },
        { district, indicatorId: 'village-community', importance: 3.6, performance: 3.4 },
        { district, indicatorId: 'career', importance: 3.9, performance: 4.0 },
      ],
    };
    const bySuwon = await api.call('POST', '/evaluations/province', { token: education, body: survey });
    expect(bySuwon.body).toMatchObject({ status: 403, code: 'ACCESS.PROVINCE_ONLY' });
    const recorded = await api.call('POST', '/evaluations/province', { token: province, body: survey });
    expect(recorded.status).toBe(201);
    expect((await api.call('GET', `/evaluations/province/${year}`, { token: education })).body.state).toMatchObject({
      status: 'recorded',
      totalRespondents: 116_370,
    });
    const ipa = await eventually(async () => {
      const answer = await api.call('GET', `/evaluations/province/${year}/ipa?district=${district}`, { token: education });
      expect(answer.status).toBe(200);
      return answer.body;
    });
    expect(ipa.items.map((row: { name: string; quadrant: string }) => [row.name, row.quadrant])).toEqual([
      ['인성·정서 상담 프로그램', 'concentrate'],
      ['지역 연계 체험활동', 'keepUp'],
      ['마을교육공동체 참여', 'improveGradually'],
      ['진로·직업 체험', 'maintain'],
    ]);

    // ── December 2023: the schools report, one grant is inspected, the call completes.
    now = KST('2023-12-04');
    for (const [grantId, spent] of [
      ['grant-1', won(24_600_000, 14_800_000)],
      ['grant-2', won(15_000_000, 9_700_000)],
    ] as const) {
      const reported = await api.call('POST', callPath(`/grants/${grantId}/report`), {
        token: education,
        body: { summary: '마을연계 교육과정 운영 완료', spent },
      });
      expect(reported.status).toBe(200);
    }
    expect((await api.call('POST', callPath('/completion'), { token: education, body: {} })).body.state.status).toBe('completed');
    const inspected = await api.call('POST', callPath('/grants/grant-2/inspections'), {
      token: education,
      body: { inspectionId: 'insp-1', outcome: 'improvementNeeded', findings: ['강사비 증빙 일부 누락'], inspectedOn: '2023-12-01' },
    });
    expect(inspected.status).toBe(201);
    const call = (await api.call('GET', callPath(), { token: education })).body.state;
    expect(
      call.applications.map((a: { schoolName: string; decision: string; score: number }) => [a.schoolName, a.decision, a.score]),
    ).toEqual([
      ['수원매탄초등학교', 'selected', 92],
      ['수원율천중학교', 'selected', 85],
      ['수원수성고등학교', 'declined', 58],
    ]);
    expect(call.inspections).toEqual([expect.objectContaining({ grantId: 'grant-2', findings: ['강사비 증빙 일부 누락'] })]);

    // The projects complete and each records its own self-evaluation, which evaluates it.
    for (const { projectId } of planned) {
      expect((await api.call('POST', `/projects/${projectId}/completion`, { token: education, body: {} })).status).toBe(200);
      const evaluated = await api.call('POST', `/projects/${projectId}/self-evaluation`, {
        token: education,
        body: { indicators: [{ name: '참여 학생 수', target: 300, result: 320, unit: '명' }], summary: '목표 달성' },
      });
      expect(evaluated.status).toBe(200);
      expect(evaluated.body.state.status).toBe('evaluated');
    }

    // The district's self-evaluation with its report, its indicators linked to the projects and items they measure.
    const upload = await fetch(`${api.url}/attachments?name=${encodeURIComponent('2023 수원 자체평가 보고서.pdf')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${education}`, 'content-type': 'application/pdf' },
      body: samplePdf('2023 수원 자체평가 보고서'),
    });
    expect(upload.status).toBe(201);
    const { sha256 } = (await upload.json()) as { sha256: string };
    const selfEvaluation = await api.call('POST', '/evaluations/districts', {
      token: education,
      body: {
        district,
        year,
        summary: '학교 공모 사업은 목표를 넘었고, 상담 프로그램은 2024년에 집중 지원합니다.',
        indicators: [
          {
            indicatorId: 'school-participation',
            name: '공모 참여 학교',
            target: 2,
            result: 2,
            unit: '교',
            projectIds: [village.projectId],
            agendaItemIds: [village.itemId],
          },
          {
            indicatorId: 'counselled-students',
            name: '상담 참여 학생',
            target: 1200,
            result: 950,
            unit: '명',
            projectIds: [counselling.projectId],
            agendaItemIds: [counselling.itemId],
          },
          { indicatorId: 'shared-school', name: '공유학교 강좌', target: 20, result: 24, unit: '개', projectIds: [office.projectId] },
        ],
        report: { sha256, name: '2023 수원 자체평가 보고서.pdf' },
      },
    });
    expect(selfEvaluation.status).toBe(201);
    expect(selfEvaluation.body.state).toMatchObject({ status: 'recorded' });
    expect([...selfEvaluation.body.state.links.projectIds].sort()).toEqual(ids(planned).sort());
    expect([...selfEvaluation.body.state.links.agendaItemIds].sort()).toEqual([village.itemId, counselling.itemId].sort());
    const report = await fetch(`${api.url}/attachments/${sha256}`, { headers: { authorization: `Bearer ${province}` } });
    expect(report.status).toBe(200);

    // The items come back to the steering committee for 환류 and close; the projects close.
    for (const { itemId } of [village, counselling]) {
      await eventually(async () => expect((await item(itemId)).status).toBe('awaitingFeedback'));
      const fed = await api.call('POST', `/agenda-items/${itemId}/feedback`, {
        token: steering,
        body: { summary: '자체평가 결과 반영', recommendations: ['차년도 참여 학교 확대'], meeting: { heldOn: today() } },
      });
      expect(fed.status).toBe(200);
      expect(fed.body.state.status).toBe('closed');
    }
    for (const { projectId } of planned) {
      const closed = await api.call('POST', `/projects/${projectId}/closure`, { token: education, body: {} });
      expect(closed.status).toBe(200);
      expect(closed.body.state.status).toBe('closed');
    }

    // ── The district's plan and its money on the read routes and the public pages.
    const register = await eventually(async () => {
      const answer = await api.call('GET', `/operating-plan-register/${district}/${year}`, { token: city });
      expect(answer.body.status).toBe('approved');
      return answer.body;
    });
    expect(register).toMatchObject({
      meeting_id: meetingId,
      projects: 3,
      budget_education_office: 75_000_000,
      budget_local_government: 40_000_000,
    });
    expect(ids(register.projectList).sort()).toEqual(ids(planned).sort());
    const page = await eventually(async () => {
      const answer = await api.call('GET', `/public/districts/${district}?year=${year}`);
      expect(answer.status).toBe(200);
      expect(answer.body.totals.spent).toEqual({ 'education-office': 73_100_000, 'local-government': 39_500_000, total: 112_600_000 });
      return answer.body;
    }, 30_000);
    expect(page.totals.allocated).toEqual({ 'education-office': 75_000_000, 'local-government': 40_000_000, total: 115_000_000 });
    // The page shows every project of the year with planned beside allocated: the one outside the plan got nothing.
    const perProject = page.projects.map((p: { taskCode: string; title: string; allocated: Record<string, number> }) => [
      `${p.taskCode} ${p.title}`,
      p.allocated.total,
    ]);
    expect(perProject.sort()).toEqual([
      ['2-1 마을연계 교육과정', 65_000_000],
      ['2-3 인성·정서 상담 프로그램', 30_000_000],
      ['3-1 수원 공유학교 운영', 20_000_000],
      ['3-2 계획 밖 체험학습', 0],
    ]);
    const form = await api.call('GET', `/public/agreements/${district}/${year}`);
    expect(form.status).toBe(200);
    expect(JSON.stringify(form.body)).toContain('수원 공유학교 운영');
    expect(JSON.stringify(form.body)).not.toContain(outside.title);
  }, 180_000);
});
