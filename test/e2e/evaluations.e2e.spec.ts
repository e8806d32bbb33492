/**
 * The evaluation at the plan's two levels over HTTP: the province office records the 2023
 * province survey (116,370 respondents: 71,271 students, 20,592 parents, 24,507 teachers) and
 * corrects it; the importance–performance analysis puts 인성·정서 상담 프로그램 in 집중지원;
 * suwon's officials record their self-evaluation with its report (an uploaded document) and its
 * indicators linked to a project and an item; nobody else records either, and the province office
 * advances nothing of a district. Indicator means are sample figures.
 */
import { eventually, startTestApi, type TestApi } from './api-support.js';
import { samplePdf } from '../support/attachment-samples.js';

const indicators = [
  { indicatorId: 'counselling', name: '인성·정서 상담 프로그램', taskCode: '2-3', importance: 4.35, performance: 3.62 },
  { indicatorId: 'local-experience', name: '지역 연계 체험활동', taskCode: '2-2', importance: 4.2, performance: 4.05 },
  { indicatorId: 'village-community', name: '마을교육공동체 참여', taskCode: '1-1', importance: 3.7, performance: 3.55 },
  { indicatorId: 'career', name: '진로·직업 체험', taskCode: '3-1', importance: 3.8, performance: 4.1 },
];
const survey = {
  year: 2023,
  title: '2023 미래교육협력지구 공통지표 설문조사',
  period: { from: '2023-10-24', to: '2023-11-08' },
  respondents: { students: 71_271, parents: 20_592, teachers: 24_507 },
  conductedWith: '경기도교육연구원',
  indicators,
  results: [
    { district: 'suwon', indicatorId: 'counselling', importance: 4.4, performance: 3.5 },
    { district: 'suwon', indicatorId: 'local-experience', importance: 4.1, performance: 4.2 },
    { district: 'suwon', indicatorId: 'village-community', importance: 3.6, performance: 3.4 },
    { district: 'suwon', indicatorId: 'career', importance: 3.9, performance: 4.0 },
  ],
};

describe('evaluation at the province and district levels, over HTTP', () => {
  let api: TestApi;
  const now = new Date('2023-12-04T01:00:00.000Z');
  let province: string;
  let suwon: string;
  let osan: string;
  let secretary: string;

  beforeAll(async () => {
    api = await startTestApi({}, { clock: () => now });
    province = await api.token({ role: 'province', name: '경기도교육청 지역교육협력과' });
    suwon = await api.token({ role: 'official', district: 'suwon', party: 'education-office', name: '수원교육지원청' });
    osan = await api.token({ role: 'official', district: 'osan', party: 'local-government', name: '오산시' });
    secretary = await api.token({ role: 'secretary', district: 'suwon', body: 'steering-committee' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('records and corrects the 2023 survey, and its IPA puts 인성·정서 상담 프로그램 in 집중지원', async () => {
    for (const token of [suwon, secretary]) {
      const refused = await api.call('POST', '/evaluations/province', { token, body: survey });
      expect(refused.body).toMatchObject({ status: 403, code: 'ACCESS.PROVINCE_ONLY' });
    }
    const notYetClosed = await api.call('POST', '/evaluations/province', {
      token: province,
      body: { ...survey, period: { from: '2023-11-20', to: '2023-12-20' } },
    });
    expect(notYetClosed.body).toMatchObject({ status: 422, code: 'PROVINCE_SURVEY.PERIOD_NOT_ENDED', field: 'period.to' });
    // A list entry is named alike by the request's validation and by the domain, so a page places both under one field.
    const unnamed = await api.call('POST', '/evaluations/province', {
      token: province,
      body: { ...survey, indicators: [indicators[0], { ...indicators[1], name: '' }] },
    });
    expect(unnamed.body).toMatchObject({ status: 400, field: 'indicators[1].name' });
    expect(unnamed.body.errors).toEqual([
      expect.objectContaining({ field: 'indicators[1].name', code: 'FIELD.MIN_LENGTH', message: '너무 짧습니다.' }),
    ]);
    const offScale = await api.call('POST', '/evaluations/province', {
      token: province,
      body: { ...survey, indicators: [indicators[0], { ...indicators[1], importance: 5.4 }] },
    });
    expect(offScale.body).toMatchObject({ status: 400, code: 'EVALUATION.SCORE_OUT_OF_SCALE', field: 'indicators[1].importance' });

    const recorded = await api.call('POST', '/evaluations/province', { token: province, body: survey });
    expect(recorded.status).toBe(201);
    expect(recorded.headers.get('location')).toBe('/evaluations/province/2023');
    const read = await api.call('GET', '/evaluations/province/2023', { token: suwon });
    expect(read.body.state).toMatchObject({
      status: 'recorded',
      totalRespondents: 116_370,
      survey: { respondents: { students: 71_271, parents: 20_592, teachers: 24_507 }, conductedWith: '경기도교육연구원' },
    });
    const again = await api.call('POST', '/evaluations/province', { token: province, body: survey });
    expect(again.body).toMatchObject({ status: 409, code: 'PROVINCE_SURVEY.ALREADY_EXISTS' });

    const ipa = await eventually(async () => {
      const answer = await api.call('GET', '/evaluations/province/2023/ipa', { token: suwon });
      expect(answer.status).toBe(200);
      return answer.body;
    });
    expect(ipa.respondents).toEqual({ students: 71_271, parents: 20_592, teachers: 24_507 });
    expect(ipa.items.map((item: { name: string; quadrant: string }) => [item.name, item.quadrant])).toEqual([
      ['인성·정서 상담 프로그램', 'concentrate'],
      ['지역 연계 체험활동', 'keepUp'],
      ['마을교육공동체 참여', 'improveGradually'],
      ['진로·직업 체험', 'maintain'],
    ]);
    expect(ipa.districts).toEqual(['suwon']);
    const inSuwon = await api.call('GET', '/evaluations/province/2023/ipa?district=suwon', { token: suwon });
    expect(inSuwon.body.items.find((item: { indicatorId: string }) => item.indicatorId === 'counselling').quadrant).toBe('concentrate');
    expect((await api.call('GET', '/evaluations/province/2023/ipa?district=osan', { token: suwon })).body).toMatchObject({
      status: 404,
      code: 'IPA.NOT_FOUND',
    });

    const corrected = await api.call('POST', '/evaluations/province/2023/corrections', {
      token: province,
      body: {
        ...Object.fromEntries(Object.entries(survey).filter(([key]) => key !== 'year')),
        results: [...survey.results, { district: 'osan', indicatorId: 'counselling', importance: 4.3, performance: 3.8 }],
        reason: '오산 결과 누락 정정',
      },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.events.map((event: { type: string }) => event.type)).toEqual(['ProvinceSurveyCorrected']);
    expect(corrected.body.state.corrections).toEqual([{ correction: 1, reason: '오산 결과 누락 정정', enteredOn: '2023-12-04' }]);
    await eventually(async () =>
      expect((await api.call('GET', '/evaluations/province/2023/ipa', { token: osan })).body.districts).toEqual(['osan', 'suwon']),
    );
  }, 60_000);

  it("records suwon's self-evaluation with its report and links, corrects it, and refuses what is not the district's", async () => {
    const created = await api.call('POST', '/projects', {
      token: suwon,
      body: {
        district: 'suwon',
        year: 2023,
        title: '인성·정서 상담 프로그램',
        taskCode: '2-3',
        plannedBudget: { 'education-office': 8_000_000, 'local-government': 4_000_000 },
      },
    });
    expect(created.status).toBe(201);
    const projectId = created.body.state.projectId as string;
    const upload = await fetch(`${api.url}/attachments?name=${encodeURIComponent('2023 수원 자체평가 보고서.pdf')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${suwon}`, 'content-type': 'application/pdf' },
      body: samplePdf('2023 수원 자체평가 보고서'),
    });
    expect(upload.status).toBe(201);
    const { sha256 } = (await upload.json()) as { sha256: string };
    const evaluation = {
      district: 'suwon',
      year: 2023,
      summary: '상담 참여가 목표에 못 미쳐 2024년에 확대합니다.',
      indicators: [{ indicatorId: 'participants', name: '상담 참여 학생', target: 1200, result: 950, unit: '명', projectIds: [projectId] }],
      report: { sha256, name: '2023 수원 자체평가 보고서.pdf' },
    };

    const byProvince = await api.call('POST', '/evaluations/districts', { token: province, body: evaluation });
    expect(byProvince.body).toMatchObject({ status: 403, code: 'ACCESS.OFFICIAL_ONLY' });
    const byOsan = await api.call('POST', '/evaluations/districts', { token: osan, body: evaluation });
    expect(byOsan.body).toMatchObject({ status: 403, code: 'ACCESS.OTHER_DISTRICT' });
    const unknownReport = await api.call('POST', '/evaluations/districts', {
      token: suwon,
      body: { ...evaluation, report: { sha256: 'b'.repeat(64), name: '없는 보고서.pdf' } },
    });
    expect(unknownReport.body).toMatchObject({ status: 422, code: 'DISTRICT_EVALUATION.REPORT_UNKNOWN', field: 'report.sha256' });
    const unknownProject = await api.call('POST', '/evaluations/districts', {
      token: suwon,
      body: { ...evaluation, indicators: [{ ...evaluation.indicators[0], projectIds: ['no-such-project'] }] },
    });
    expect(unknownProject.body).toMatchObject({ status: 422, code: 'DISTRICT_EVALUATION.PROJECT_UNKNOWN' });

    const recorded = await api.call('POST', '/evaluations/districts', { token: suwon, body: evaluation });
    expect(recorded.status).toBe(201);
    expect(recorded.headers.get('location')).toBe('/evaluations/districts/suwon/2023');
    expect(recorded.body.state).toMatchObject({ status: 'recorded', links: { projectIds: [projectId], agendaItemIds: [] } });

    const { district: _district, year: _year, ...restated } = evaluation;
    const fixed = await api.call('POST', '/evaluations/districts/suwon/2023/corrections', {
      token: suwon,
      body: { ...restated, indicators: [{ ...evaluation.indicators[0], result: 980 }], reason: '집계 정정' },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.state.evaluation.indicators[0].result).toBe(980);

    // The province office reads every district, the report among it, and advances none of a district's steps.
    const read = await api.call('GET', '/evaluations/districts/suwon/2023', { token: province });
    expect(read.body.state.corrections).toHaveLength(1);
    const report = await fetch(`${api.url}/attachments/${sha256}`, { headers: { authorization: `Bearer ${province}` } });
    expect(report.status).toBe(200);
    const project = await api.call('GET', `/projects/${projectId}`, { token: province });
    expect(project.body.state.status).toBe('planned');
    const cancel = await api.call('POST', `/projects/${projectId}/cancellation`, { token: province, body: { reason: '도교육청 취소' } });
    expect(cancel.body).toMatchObject({ status: 403 });
  }, 60_000);
});
