/**
 * A call for schools (학교교부·공모) over HTTP: a project agreed in suwon's 2025 agreement opens a
 * call; three suwon schools apply (a school of another district is refused, and so is an official
 * of another district); two are selected and one declined with scores and reasons; the grants stay
 * within the project's allocation (one above it is refused, naming the funder and the amounts);
 * both schools report, the call completes and one inspection records its findings.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../support/postgres.js';
import { eventually, startTestApi, type TestApi } from './api-support.js';

const KST = (date: string, time = '10:00') => new Date(`${date}T${time}:00+09:00`);
const won = (educationOffice: number, localGovernment: number) => ({
  'education-office': educationOffice,
  'local-government': localGovernment,
});

const describePg = await describeWithPostgres();

const suite = (store: 'sqlite' | 'postgres') => () => {
  let api: TestApi;
  let database: TestDatabase | undefined;
  let now = KST('2025-02-20');
  let education: string;
  let city: string;
  let hwaseong: string;
  let projectId: string;
  const agreement = '/agreements/suwon/2025';
  const callId = () => `${projectId}.call-1`;
  const call = (path = '') => `/school-calls/${callId()}${path}`;

  beforeAll(async () => {
    // One more school configured for paju, beside the default set.
    const configDir = mkdtempSync(join(tmpdir(), 'gongron-schools-'));
    const schoolsFile = join(configDir, 'schools.json');
    writeFileSync(
      schoolsFile,
      JSON.stringify([{ schoolId: 'paju-munsan-es', name: '파주문산초등학교', level: 'elementary', district: 'paju' }]),
    );
    // On PostgreSQL the log and the read models are both there (the API runs the projections).
    database = store === 'postgres' ? await createTestDatabase('gongron_school_calls') : undefined;
    const storeEnv: Record<string, string> = database ? { GONGRON_STORE: 'postgres', DATABASE_URL: database.url } : {};
    api = await startTestApi({ ...storeEnv, GONGRON_SCHOOLS_FILE: schoolsFile }, { clock: () => now });
    education = await api.token({ role: 'official', district: 'suwon', party: 'education-office', name: '수원 교육지원청' });
    city = await api.token({ role: 'official', district: 'suwon', party: 'local-government', name: '수원시' });
    hwaseong = await api.token({ role: 'official', district: 'hwaseong', party: 'education-office', name: '화성오산 교육지원청' });

    const created = await api.call('POST', '/projects', {
      token: education,
      body: {
        district: 'suwon',
        year: 2025,
        title: '학교 교육과정 연계 마을교육',
        taskCode: '2-1',
        plannedBudget: won(60_000_000, 40_000_000),
      },
    });
    expect(created.status).toBe(201);
    projectId = created.body.state.projectId as string;
    expect((await api.call('POST', '/agreements', { token: education, body: { district: 'suwon', year: 2025 } })).status).toBe(201);
    const listed = await api.call('POST', `${agreement}/projects`, {
      token: education,
      body: { projectId, title: '학교 교육과정 연계 마을교육', taskCode: '2-1', budget: won(60_000_000, 40_000_000) },
    });
    expect(listed.status).toBe(200);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('runs from the call to the inspection, the grants within the allocation', async () => {
    // The configured schools, per district, for the forms.
    const suwonSchools = await api.call('GET', '/schools?district=suwon', { token: education });
    expect(suwonSchools.body.schools.map((school: { schoolId: string }) => school.schoolId)).toContain('suwon-maetan-es');
    expect((await api.call('GET', '/schools?district=paju', { token: education })).body.schools).toEqual([
      { schoolId: 'paju-munsan-es', name: '파주문산초등학교', level: 'elementary', district: 'paju' },
    ]);

    // A call is opened before the agreement is in force; it grants only once it is.
    now = KST('2025-02-24');
    const opened = await api.call('POST', `/projects/${projectId}/school-calls`, {
      token: education,
      body: {
        number: 1,
        title: '2025 학교 교육과정 연계 마을교육 공모',
        criteria: ['교육과정 연계성', '지역 자원 활용', '예산 계획의 적정성'],
        amount: won(80_000_000, 50_000_000),
        opensOn: '2025-02-24',
        closesOn: '2025-03-14',
      },
    });
    expect(opened.status).toBe(201);
    expect(opened.headers.get('location')).toBe(call());
    expect(opened.body.state).toMatchObject({ status: 'open', district: 'suwon', year: 2025, levels: ['elementary', 'middle', 'high'] });

    // The next call of the project is number 2, not 3; another district's official runs no suwon call.
    const skipped = await api.call('POST', `/projects/${projectId}/school-calls`, {
      token: education,
      body: { number: 3, title: '하반기', criteria: ['기준'], amount: won(1, 0), opensOn: '2025-03-01', closesOn: '2025-03-02' },
    });
    expect(skipped.body).toMatchObject({ status: 422, code: 'SCHOOL_CALL.NUMBER_NOT_NEXT', details: { next: 2 } });
    const outsider = await api.call('POST', call('/applications'), {
      token: hwaseong,
      body: { schoolId: 'hwaseong-dongtan-es', requested: won(1, 0), plan: '계획' },
    });
    expect(outsider.status).toBe(403);

    // The agreement comes into force on 3 March.
    now = KST('2025-03-03');
    for (const token of [education, city]) {
      expect((await api.call('POST', `${agreement}/signatures`, { token, body: { signedOn: '2025-03-03' } })).status).toBe(200);
    }
    await eventually(async () =>
      expect((await api.call('GET', `/projects/${projectId}`, { token: education })).body.state.status).toBe('agreed'),
    );

    // Three suwon schools apply; a school of another district is refused by its district.
    now = KST('2025-03-05');
    const applications = [
      ['app-1', 'suwon-maetan-es'],
      ['app-2', 'suwon-yulcheon-ms'],
      ['app-3', 'suwon-suseong-hs'],
    ] as const;
    for (const [applicationId, schoolId] of applications) {
      const applied = await api.call('POST', call('/applications'), {
        token: education,
        body: { applicationId, schoolId, requested: won(40_000_000, 20_000_000), plan: '마을 강사와 함께하는 교육과정' },
      });
      expect(applied.status).toBe(201);
    }
    const elsewhere = await api.call('POST', call('/applications'), {
      token: city,
      body: { schoolId: 'paju-munsan-es', requested: won(1, 0), plan: '계획' },
    });
    expect(elsewhere.body).toMatchObject({
      status: 422,
      code: 'SCHOOL_CALL.SCHOOL_OF_ANOTHER_DISTRICT',
      details: { schoolDistrict: 'paju' },
    });
    const unknown = await api.call('POST', call('/applications'), {
      token: city,
      body: { schoolId: 'nowhere', requested: won(1, 0), plan: '계획' },
    });
    expect(unknown.body).toMatchObject({ status: 422, code: 'SCHOOL_CALL.SCHOOL_UNKNOWN' });

    // Review: two selected, one declined, each with its score and reasons.
    const closed = await api.call('POST', call('/closure'), { token: education, body: {} });
    expect(closed.body).toMatchObject({ state: { status: 'reviewing' } });
    for (const [applicationId, route, score, reason] of [
      ['app-1', 'selection', 91, '교육과정 연계가 구체적임'],
      ['app-2', 'selection', 84, '지역 자원 활용 계획이 우수함'],
      ['app-3', 'non-selection', 55, '예산 계획이 불명확함'],
    ] as const) {
      const judged = await api.call('POST', call(`/applications/${applicationId}/${route}`), {
        token: education,
        body: { score, reasons: [reason] },
      });
      expect(judged.status).toBe(200);
    }
    const concluded = await api.call('POST', call('/selection-conclusion'), { token: education, body: {} });
    expect(concluded.body.state).toMatchObject({ status: 'granting', selectedCount: 2, declinedCount: 1 });

    // Grants: the second one above the project's allocation is refused, naming the funder and the amounts.
    now = KST('2025-03-10');
    const first = await api.call('POST', call('/grants'), {
      token: education,
      body: { grantId: 'grant-1', applicationId: 'app-1', amount: won(40_000_000, 20_000_000) },
    });
    expect(first.status).toBe(201);
    const above = await api.call('POST', call('/grants'), {
      token: education,
      body: { grantId: 'grant-2', applicationId: 'app-2', amount: won(25_000_000, 10_000_000) },
    });
    expect(above.body).toMatchObject({
      status: 422,
      code: 'SCHOOL_CALL.GRANT_ABOVE_ALLOCATION',
      field: 'amount.education-office',
      details: { funder: 'education-office', allocation: 60_000_000, granted: 40_000_000, amount: 25_000_000, available: 20_000_000 },
    });
    expect(above.body.detail).toContain('교육청 배정액 60,000,000원');
    const declined = await api.call('POST', call('/grants'), { token: education, body: { applicationId: 'app-3', amount: won(1, 0) } });
    expect(declined.body).toMatchObject({ status: 422, code: 'SCHOOL_CALL.APPLICATION_NOT_SELECTED' });
    const second = await api.call('POST', call('/grants'), {
      token: city,
      body: { grantId: 'grant-2', applicationId: 'app-2', amount: won(20_000_000, 10_000_000) },
    });
    expect(second.status).toBe(201);
    expect(second.body.state).toMatchObject({ granted: won(60_000_000, 30_000_000), remaining: won(20_000_000, 20_000_000) });

    // Not complete until both schools reported.
    const early = await api.call('POST', call('/completion'), { token: education, body: {} });
    expect(early.body).toMatchObject({ status: 422, code: 'SCHOOL_CALL.REPORTS_MISSING', details: { missing: ['grant-1', 'grant-2'] } });
    now = KST('2025-12-15');
    for (const [grantId, spent] of [
      ['grant-1', won(39_800_000, 20_000_000)],
      ['grant-2', won(20_000_000, 9_500_000)],
    ] as const) {
      const reported = await api.call('POST', call(`/grants/${grantId}/report`), {
        token: education,
        body: { summary: '교육과정 연계 프로그램 운영 완료', spent },
      });
      expect(reported.status).toBe(200);
    }
    expect((await api.call('POST', call('/completion'), { token: education, body: {} })).body.state.status).toBe('completed');

    // One inspection with its findings, dated by hand the day before.
    const inspected = await api.call('POST', call('/grants/grant-1/inspections'), {
      token: education,
      body: { inspectionId: 'insp-1', outcome: 'improvementNeeded', findings: ['강사비 증빙 일부 누락'], inspectedOn: '2025-12-14' },
    });
    expect(inspected.status).toBe(201);
    const future = await api.call('POST', call('/grants/grant-2/inspections'), {
      token: education,
      body: { outcome: 'appropriate', findings: ['적정'], inspectedOn: '2025-12-16' },
    });
    expect(future.body).toMatchObject({ status: 422, code: 'SCHOOL_CALL.DATED_IN_FUTURE', field: 'inspectedOn' });

    const state = (await api.call('GET', call(), { token: education })).body.state;
    expect(state.applications.map((a: { schoolName: string; decision: string }) => [a.schoolName, a.decision])).toEqual([
      ['수원매탄초등학교', 'selected'],
      ['수원율천중학교', 'selected'],
      ['수원수성고등학교', 'declined'],
    ]);
    expect(state.grants.map((g: { grantId: string; report: { spent: unknown } }) => [g.grantId, g.report.spent])).toEqual([
      ['grant-1', won(39_800_000, 20_000_000)],
      ['grant-2', won(20_000_000, 9_500_000)],
    ]);
    expect(state.inspections).toEqual([
      {
        inspectionId: 'insp-1',
        grantId: 'grant-1',
        outcome: 'improvementNeeded',
        findings: ['강사비 증빙 일부 누락'],
        inspectedOn: '2025-12-14',
      },
    ]);

    // The read model: the project's calls, one call in full, and the district's grants with their reports.
    const register = await eventually(async () => {
      const page = (await api.call('GET', `/school-call-register?projectId=${projectId}`, { token: education })).body;
      expect(page.items[0]).toMatchObject({ inspections: 1 });
      return page;
    });
    expect(register.items).toEqual([
      expect.objectContaining({
        call_id: callId(),
        district: 'suwon',
        state: 'completed',
        applications: 3,
        selected: 2,
        declined: 1,
        grants: 2,
        granted_education_office: 60_000_000,
        granted_local_government: 30_000_000,
        reports: 2,
        criteria: ['교육과정 연계성', '지역 자원 활용', '예산 계획의 적정성'],
      }),
    ]);
    const detail = (await api.call('GET', `/school-call-register/${callId()}`, { token: education })).body;
    expect(
      detail.applications.map((a: { school_id: string; decision: string; score: number }) => [a.school_id, a.decision, a.score]),
    ).toEqual([
      ['suwon-maetan-es', 'selected', 91],
      ['suwon-yulcheon-ms', 'selected', 84],
      ['suwon-suseong-hs', 'declined', 55],
    ]);
    expect(detail.inspections).toEqual([
      expect.objectContaining({ grant_id: 'grant-1', outcome: 'improvementNeeded', findings: ['강사비 증빙 일부 누락'] }),
    ]);
    const grants = (await api.call('GET', '/school-grant-register?district=suwon', { token: education })).body;
    expect(
      grants.items.map((g: { grant_id: string; reported_on: string; inspections: number }) => [g.grant_id, g.reported_on, g.inspections]),
    ).toEqual([
      ['grant-1', '2025-12-15', 1],
      ['grant-2', '2025-12-15', 0],
    ]);

    // The project's second call counts what the first granted: of the city's 40,000,000 won, 30,000,000 are granted already.
    const second2 = `/school-calls/${projectId}.call-2`;
    const reopened = await api.call('POST', `/projects/${projectId}/school-calls`, {
      token: city,
      body: {
        number: 2,
        title: '하반기 공모',
        criteria: ['교육과정 연계성'],
        amount: won(0, 20_000_000),
        opensOn: '2025-12-15',
        closesOn: '2025-12-31',
      },
    });
    expect(reopened.status).toBe(201);
    for (const [path, body] of [
      ['/applications', { applicationId: 'app-4', schoolId: 'suwon-gwanggyo-es', requested: won(0, 15_000_000), plan: '하반기 계획' }],
      ['/closure', {}],
      ['/applications/app-4/selection', { score: 80, reasons: ['적정'] }],
      ['/selection-conclusion', {}],
    ] as const) {
      const answer = await api.call('POST', `${second2}${path}`, { token: city, body });
      expect(answer.status).toBeLessThan(300);
    }
    const acrossCalls = await api.call('POST', `${second2}/grants`, {
      token: city,
      body: { grantId: 'grant-4', applicationId: 'app-4', amount: won(0, 15_000_000) },
    });
    expect(acrossCalls.body).toMatchObject({
      status: 422,
      code: 'SCHOOL_CALL.GRANT_ABOVE_ALLOCATION',
      details: { funder: 'local-government', allocation: 40_000_000, granted: 30_000_000, amount: 15_000_000, available: 10_000_000 },
    });
    const within = await api.call('POST', `${second2}/grants`, {
      token: city,
      body: { grantId: 'grant-4', applicationId: 'app-4', amount: won(0, 10_000_000) },
    });
    expect(within.status).toBe(201);
  });

  it('refuses a malformed call at the door, naming the field', async () => {
    const answer = await api.call('POST', `/projects/${projectId}/school-calls`, {
      token: education,
      body: { number: 0, title: '', criteria: [], amount: won(-1, 0), opensOn: '2025-3-1', closesOn: '2025-03-02', extra: true },
    });
    expect(answer.status).toBe(400);
  });
};

describe('a call for schools, over HTTP (SQLite)', suite('sqlite'));
describePg('a call for schools, over HTTP (PostgreSQL)', suite('postgres'));
