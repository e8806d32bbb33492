/**
 * A district's year as the public pages show it, told through the real HTTP API: an item
 * proposed, opinions heard (one with a citizen's name and phone number in it), adopted with a
 * tally, drafted, approved; its project and a second one listed in the 부속합의서, both parties'
 * signatures (with the signatories' names), an amendment consented (its reason naming a person),
 * expenditures recorded; and a second item dismissed with a reason that names a member. Every
 * personal value is returned in `planted`, so a test can look for each one on every public page
 * and in every download and find none.
 */
import { callThroughOverload, eventually, tally, type TestApi } from '../e2e/api-support.js';

export interface PublicHistory {
  readonly district: string;
  readonly year: number;
  readonly itemId: string;
  readonly projectIds: readonly string[];
  /** The agreement's projects as its 제1조 table lists them after the amendment (won). */
  readonly agreementProjects: ReadonlyArray<{ title: string; educationOffice: number; localGovernment: number }>;
  readonly spent: { readonly educationOffice: number; readonly localGovernment: number };
  /** Every personal value the history holds: none may appear on a public page or in a download. */
  readonly planted: readonly string[];
}

export const PLANTED = {
  opinionName: '홍길순',
  opinionPhone: '010-4827-3916',
  secretaryName: '간사 윤비밀',
  officialName: '담당 서은닉',
  educationSignatory: '교육장 마서명',
  citySignatory: '시장 도서명',
  amendmentReason: '연락처 010-7351-2084 남궁민원 요청',
  dismissalReason: '위원 탁개인 의견에 따라 기각',
} as const;

/**
 * The operating year is the one the approved project belongs to (an approval in the autumn is for
 * the next year's plan), so the agreement and the second project take the first project's year.
 */
export async function recordPublicHistory(api: TestApi, district: string, today: string): Promise<PublicHistory> {
  const civic = await api.token({ role: 'secretary', district, body: 'civic-council', name: PLANTED.secretaryName });
  const working = await api.token({ role: 'secretary', district, body: 'working-council', name: PLANTED.secretaryName });
  const steering = await api.token({ role: 'secretary', district, body: 'steering-committee', name: PLANTED.secretaryName });
  const education = await api.token({ role: 'official', district, party: 'education-office', name: PLANTED.officialName });
  const city = await api.token({ role: 'official', district, party: 'local-government', name: PLANTED.officialName });
  const ok = (answer: { status: number; body: unknown }, path: string) => {
    if (answer.status >= 300) throw new Error(`${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer;
  };
  const post = async (token: string, path: string, body: unknown) =>
    ok(await callThroughOverload(api, 'POST', path, { token, body }), path);

  const proposed = await post(civic, '/agenda-items', {
    district,
    title: '하천 생태 탐구 방과후 교실',
    description: '학생들이 지역 하천을 탐구하는 방과후 프로그램을 제안합니다.',
    proposerCategory: 'student',
    taskCode: '2-2',
    source: 'forum',
  });
  const itemId = (proposed.body as { state: { itemId: string } }).state.itemId;
  const item = `/agenda-items/${itemId}`;
  await post(civic, `${item}/deliberation`, { method: '공개 토론회' });
  await post(civic, `${item}/opinions`, {
    stance: 'support',
    respondentCategory: 'parent',
    text: `${PLANTED.opinionName}입니다. 연락은 ${PLANTED.opinionPhone}로 주세요.`,
  });
  await post(civic, `${item}/adoption`, {
    meeting: { heldOn: today, title: '제2차 민·관·학 지역교육협의체' },
    tally: tally(15, 11, 9, 1, 1),
  });
  await post(working, `${item}/drafting`, { owner: '미래교육팀' });
  await post(working, `${item}/draft-revisions`, {
    plan: '하천 생태 탐구 12차시',
    taskCode: '2-2',
    budgetRequest: { 'education-office': 30_000_000, 'local-government': 20_000_000 },
  });
  await post(working, `${item}/tabling`, {});
  const approved = await post(steering, `${item}/review-decisions`, {
    decision: 'approved',
    meeting: { heldOn: today },
    tally: tally(12, 9, 7, 1, 1),
  });
  const firstProject = (approved.body as { state: { approvedProject: { projectId: string } } }).state.approvedProject.projectId;
  const year = await eventually(async () => {
    const answer = await callThroughOverload(api, 'GET', `/projects/${firstProject}`, { token: education });
    if (answer.status !== 200) throw new Error(`project not yet created (${answer.status})`);
    return Number((answer.body as { state: { year: number } }).state.year);
  }, 30_000);

  const other = await post(civic, '/agenda-items', {
    district,
    title: '학교 밖 청소년 진로 상담',
    description: '상담 창구를 제안합니다.',
    proposerCategory: 'citizen',
    taskCode: '2-3',
  });
  const otherId = (other.body as { state: { itemId: string } }).state.itemId;
  await post(civic, `/agenda-items/${otherId}/deliberation`, { method: '설문' });
  await post(civic, `/agenda-items/${otherId}/dismissal`, {
    reason: PLANTED.dismissalReason,
    meeting: { heldOn: today },
    tally: tally(15, 10, 8, 1, 1),
  });

  const second = await post(education, '/projects', {
    district,
    year,
    title: '마을 교육과정 공유학교',
    taskCode: '3-3',
    plannedBudget: { 'education-office': 15_500_000, 'local-government': 12_250_000 },
  });
  const secondProject = (second.body as { state: { projectId: string } }).state.projectId;

  const agreement = `/agreements/${district}/${year}`;
  await post(education, '/agreements', { district, year });
  await post(education, `${agreement}/projects`, {
    projectId: firstProject,
    title: '하천 생태 탐구 방과후 교실',
    taskCode: '2-2',
    budget: { 'education-office': 30_000_000, 'local-government': 20_000_000 },
  });
  await post(education, `${agreement}/projects`, {
    projectId: secondProject,
    title: '마을 교육과정 공유학교',
    taskCode: '3-3',
    budget: { 'education-office': 15_500_000, 'local-government': 12_250_000 },
  });
  await post(education, `${agreement}/signatures`, { signedOn: today, signatoryName: PLANTED.educationSignatory });
  await post(city, `${agreement}/signatures`, { signedOn: today, signatoryName: PLANTED.citySignatory });
  for (const projectId of [firstProject, secondProject]) {
    await eventually(async () => {
      const answer = await callThroughOverload(api, 'GET', `/projects/${projectId}`, { token: education });
      if ((answer.body as { state?: { status?: string } }).state?.status !== 'agreed') throw new Error('not yet agreed');
    }, 30_000);
  }
  await post(city, `${agreement}/amendments`, {
    amendmentId: 'amend-1',
    reason: PLANTED.amendmentReason,
    changes: [{ kind: 'budget', projectId: firstProject, budget: { 'education-office': 30_000_000, 'local-government': 25_000_000 } }],
  });
  await post(education, `${agreement}/amendments/amend-1/consent`, {});
  await eventually(async () => {
    const answer = await callThroughOverload(api, 'GET', `/projects/${firstProject}`, { token: education });
    const allocation = (answer.body as { state?: { allocation?: Record<string, number> } }).state?.allocation;
    if (allocation?.['local-government'] !== 25_000_000) throw new Error('amendment not yet applied');
  }, 30_000);
  await post(education, `/projects/${firstProject}/start`, {});
  await post(education, `/projects/${firstProject}/expenditures`, {
    funder: 'education-office',
    amount: 12_500_000,
    spentOn: today,
    purpose: '강사비',
  });
  await post(city, `/projects/${firstProject}/expenditures`, {
    funder: 'local-government',
    amount: 8_000_000,
    spentOn: today,
    purpose: '체험 버스 임차',
  });
  // Every read model has taken in the whole history, so each test reads it as recorded, whichever runs first.
  await eventually(async () => {
    const { body } = await api.call<{ projections: { lag: number }[] }>('GET', '/admin/projections', { token: api.adminToken });
    if (!body.projections.every((projection) => projection.lag === 0)) throw new Error('the read models are behind the log');
  }, 60_000);

  return {
    district,
    year,
    itemId,
    projectIds: [firstProject, secondProject],
    agreementProjects: [
      { title: '하천 생태 탐구 방과후 교실', educationOffice: 30_000_000, localGovernment: 25_000_000 },
      { title: '마을 교육과정 공유학교', educationOffice: 15_500_000, localGovernment: 12_250_000 },
    ],
    spent: { educationOffice: 12_500_000, localGovernment: 8_000_000 },
    planted: [...Object.values(PLANTED), PLANTED.opinionPhone.replace(/-/g, '')],
  };
}
