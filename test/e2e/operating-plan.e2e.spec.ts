/**
 * The operating plan (운영계획) over HTTP: one approved item's project and one office project are
 * put into icheon's 2025 plan by the working council's secretary, submitted, returned for revision
 * by the steering committee at its recorded meeting, resubmitted with reasons and approved; each
 * refusal on the way is a problem answer naming its rule in Korean and English, and nothing is
 * written by a refused request.
 */
import { eventually, startTestApi, steeringCommitteeMeeting, tally, type TestApi } from './api-support.js';

const KST = (date: string, time = '10:00') => new Date(`${date}T${time}:00+09:00`);

describe('the operating plan over HTTP', () => {
  let api: TestApi;
  // Autumn 2024: the committee deliberates the plan of the operating year 2025 (March 2025 – February 2026).
  const now = KST('2024-11-20');
  const today = '2024-11-20';
  const district = 'icheon';
  const year = 2025;
  const plan = `/operating-plans/${district}/${year}`;
  const meetingId = `${district}-steering-committee-2024-1`;
  let civic: string;
  let working: string;
  let steering: string;
  let education: string;

  beforeAll(async () => {
    api = await startTestApi({}, { clock: () => now });
    civic = await api.token({ role: 'secretary', district, body: 'civic-council' });
    working = await api.token({ role: 'secretary', district, body: 'working-council' });
    steering = await api.token({ role: 'secretary', district, body: 'steering-committee' });
    education = await api.token({ role: 'official', district, party: 'education-office', name: '이천 교육지원청' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  /** An item through the three bodies to approval; its project is created by the process manager. */
  async function approvedItemProject(title: string): Promise<{ itemId: string; projectId: string }> {
    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: { district, title, description: `${title} 제안`, proposerCategory: 'parent', taskCode: '2-1' },
    });
    expect(proposed.status).toBe(201);
    const itemId = proposed.body.state.itemId as string;
    const item = `/agenda-items/${itemId}`;
    expect((await api.call('POST', `${item}/deliberation`, { token: civic, body: {} })).status).toBe(200);
    expect(
      (await api.call('POST', `${item}/adoption`, { token: civic, body: { meeting: { heldOn: today }, tally: tally(15, 11, 9) } })).status,
    ).toBe(200);
    expect((await api.call('POST', `${item}/drafting`, { token: working, body: { owner: '이천교육지원청 미래교육팀' } })).status).toBe(200);
    const budgetRequest = { 'education-office': 40_000_000, 'local-government': 25_000_000 };
    expect(
      (await api.call('POST', `${item}/draft-revisions`, { token: working, body: { plan: '12차시 운영', taskCode: '2-1', budgetRequest } }))
        .status,
    ).toBe(200);
    expect((await api.call('POST', `${item}/tabling`, { token: working, body: {} })).status).toBe(200);
    const approved = await api.call('POST', `${item}/review-decisions`, {
      token: steering,
      body: { decision: 'approved', meeting: { heldOn: today }, tally: tally(11, 8, 6) },
    });
    expect(approved.status).toBe(200);
    const projectId = approved.body.state.approvedProject.projectId as string;
    await eventually(async () => expect((await api.call('GET', `/projects/${projectId}`, { token: education })).status).toBe(200));
    return { itemId, projectId };
  }

  async function officeProject(districtCode: string, title: string): Promise<string> {
    const token =
      districtCode === district ? education : await api.token({ role: 'official', district: districtCode, party: 'education-office' });
    const created = await api.call('POST', '/projects', {
      token,
      body: {
        district: districtCode,
        year,
        title,
        taskCode: '3-1',
        plannedBudget: { 'education-office': 15_000_000, 'local-government': 5_000_000 },
      },
    });
    expect(created.status).toBe(201);
    return created.body.state.projectId as string;
  }

  it('is assembled by the working council, returned for revision and approved by the steering committee at its meeting', async () => {
    const { itemId, projectId: itemProject } = await approvedItemProject('마을연계 교육과정');
    const office = await officeProject(district, '이천 공유학교 운영');
    const elsewhere = await officeProject('yeoju', '여주 생태교실');

    // Only the working council's secretary drafts and assembles.
    const bySteering = await api.call('POST', '/operating-plans', { token: steering, body: { district, year } });
    expect({ status: bySteering.status, code: bySteering.body.code }).toEqual({ status: 403, code: 'ACCESS.OTHER_BODY' });
    const drafted = await api.call('POST', '/operating-plans', {
      token: working,
      body: { district, year, title: '2025 이천 미래교육협력지구 운영계획' },
    });
    expect(drafted.status).toBe(201);
    expect(drafted.headers.get('location')).toBe(plan);
    expect(drafted.body.state).toMatchObject({ status: 'drafting', district, year, agendaEntryId: `operating-plan-${district}-${year}` });

    const empty = await api.call('POST', `${plan}/submission`, { token: working, body: {} });
    expect(empty.body).toMatchObject({ status: 422, code: 'OPERATING_PLAN.NO_PROJECTS' });
    expect(empty.body.messages.ko).toEqual(expect.any(String));
    expect(empty.body.messages.en).toEqual(expect.any(String));

    for (const projectId of [itemProject, office]) {
      expect((await api.call('POST', `${plan}/projects`, { token: working, body: { projectId } })).status).toBe(200);
    }
    const foreign = await api.call('POST', `${plan}/projects`, { token: working, body: { projectId: elsewhere } });
    expect(foreign.body).toMatchObject({ status: 422, code: 'OPERATING_PLAN.PROJECT_OF_ANOTHER_DISTRICT', field: 'projectId' });
    const english = await api.call('POST', `${plan}/projects`, {
      token: working,
      headers: { 'accept-language': 'en' },
      body: { projectId: 'no-such-project' },
    });
    expect(english.body).toMatchObject({ status: 422, code: 'OPERATING_PLAN.PROJECT_UNKNOWN' });
    expect(english.body.detail).toMatch(/project/i);
    const twice = await api.call('POST', `${plan}/projects`, { token: working, body: { projectId: office } });
    expect(twice.body).toMatchObject({ status: 422, code: 'OPERATING_PLAN.PROJECT_ALREADY_LISTED' });
    const unknownField = await api.call('POST', `${plan}/projects`, { token: working, body: { projectId: office, budget: 1 } });
    expect(unknownField.status).toBe(400);

    const listed = await api.call('GET', plan, { token: education });
    expect(listed.status).toBe(200);
    expect(listed.body.state.projects).toEqual([
      expect.objectContaining({ projectId: itemProject, origin: 'agenda-item', sourceAgendaItemId: itemId }),
      expect.objectContaining({ projectId: office, origin: 'office', sourceAgendaItemId: null }),
    ]);
    expect(listed.body.state.totals).toEqual({ 'education-office': 55_000_000, 'local-government': 30_000_000 });
    const revisionBefore = listed.body.revision as number;

    // Before the committee approves the plan, the office project traces to no deliberation: 미심의.
    const undeliberated = await eventually(async () => {
      const answer = await api.call('GET', `/project-deliberations?district=${district}&year=${year}&deliberated=0`, { token: education });
      expect(answer.body.items.map((row: { project_id: string }) => row.project_id)).toEqual([office]);
      return answer;
    });
    expect(undeliberated.body.total).toBe(1);
    expect((await api.call('GET', `/project-deliberations/${itemProject}`, { token: education })).body).toMatchObject({
      deliberated: 1,
      source_agenda_item_id: itemId,
      plan_id: null,
    });

    expect((await api.call('POST', `${plan}/submission`, { token: working, body: {} })).body.state.status).toBe('underReview');

    // The steering committee of 11 meets with 7 present and the plan on its agenda.
    expect(
      await steeringCommitteeMeeting(api, {
        token: steering,
        district,
        year,
        heldOn: today,
        place: '이천교육지원청 회의실',
        roster: { members: 11, termFrom: '2024-03-01' },
        attending: 7,
      }),
    ).toBe(meetingId);

    const byWorking = await api.call('POST', `${plan}/decision`, {
      token: working,
      body: { decision: 'approved', meeting: { meetingId }, tally: { for: 6, against: 1, abstain: 0 } },
    });
    expect({ status: byWorking.status, code: byWorking.body.code }).toEqual({ status: 403, code: 'ACCESS.OTHER_BODY' });
    const noMeeting = await api.call('POST', `${plan}/decision`, {
      token: steering,
      body: { decision: 'approved', tally: { for: 6, against: 1, abstain: 0 } },
    });
    expect(noMeeting.body).toMatchObject({ status: 400 });
    const notCarried = await api.call('POST', `${plan}/decision`, {
      token: steering,
      body: { decision: 'approved', meeting: { meetingId }, tally: { for: 3, against: 3, abstain: 1 } },
    });
    expect(notCarried.body).toMatchObject({ status: 422, code: 'VOTE.MOTION_NOT_CARRIED' });
    expect(notCarried.body.messages.ko).toContain('찬성');
    const claimed = await api.call('POST', `${plan}/decision`, {
      token: steering,
      body: { decision: 'approved', meeting: { meetingId }, tally: tally(11, 9, 7) },
    });
    expect(claimed.body).toMatchObject({ status: 422, code: 'VOTE.PRESENT_NOT_ATTENDANCE' });
    const withoutFeedback = await api.call('POST', `${plan}/decision`, {
      token: steering,
      body: { decision: 'revisionRequested', meeting: { meetingId }, tally: { for: 5, against: 2, abstain: 0 } },
    });
    expect(withoutFeedback.body).toMatchObject({ status: 400, field: 'feedback' });
    // Refusals wrote nothing.
    expect((await api.call('GET', plan, { token: education })).body.revision).toBe(revisionBefore + 1);

    const returned = await api.call('POST', `${plan}/decision`, {
      token: steering,
      body: {
        decision: 'revisionRequested',
        meeting: { meetingId },
        tally: { for: 5, against: 2, abstain: 0 },
        feedback: '공유학교 사업의 지자체 분담 근거를 보완하세요.',
      },
    });
    expect(returned.status).toBe(200);
    expect(returned.body.state.status).toBe('drafting');

    const noReasons = await api.call('POST', `${plan}/submission`, { token: working, body: {} });
    expect(noReasons.body).toMatchObject({ status: 422, code: 'OPERATING_PLAN.REASONS_REQUIRED', field: 'reasons' });
    const resubmitted = await api.call('POST', `${plan}/submission`, {
      token: working,
      body: { reasons: ['지자체 분담 근거(협약 제3조) 첨부'] },
    });
    expect(resubmitted.body.state).toMatchObject({ status: 'underReview', currentRevision: 2 });

    const approved = await api.call('POST', `${plan}/decision`, {
      token: steering,
      body: { decision: 'approved', meeting: { meetingId }, tally: { for: 6, against: 1, abstain: 0 } },
    });
    expect(approved.status).toBe(200);
    expect(approved.body.state).toMatchObject({ status: 'approved', terminal: true });
    expect(approved.body.state.approvedProjects.map((p: { projectId: string }) => p.projectId)).toEqual([itemProject, office]);
    expect(approved.body.state.decisions.at(-1)).toMatchObject({
      decision: 'approved',
      revision: 2,
      meeting: { meetingId, heldOn: today, body: 'steering-committee' },
      tally: { onRoll: 11, present: 7, for: 6, against: 1, abstain: 0 },
    });

    // The register shows the plan with its projects and the meeting that decided it; the approved plan clears 미심의.
    const register = await eventually(async () => {
      const answer = await api.call('GET', `/operating-plan-register/${district}/${year}`, { token: education });
      expect(answer.body.status).toBe('approved');
      return answer;
    });
    expect(register.body).toMatchObject({
      plan_id: `${district}-${year}`,
      decision: 'approved',
      decided_revision: 2,
      meeting_id: meetingId,
      on_roll: 11,
      present: 7,
      votes_for: 6,
      projects: 2,
      budget_education_office: 55_000_000,
      budget_local_government: 30_000_000,
    });
    expect(register.body.projectList).toEqual([
      expect.objectContaining({ project_id: itemProject, origin: 'agenda-item', deliberated: 1 }),
      expect.objectContaining({ project_id: office, origin: 'office', deliberated: 1, deliberated_in_plan: `${district}-${year}` }),
    ]);
    const cleared = await api.call('GET', `/project-deliberations?district=${district}&year=${year}&deliberated=0`, { token: education });
    expect(cleared.body.total).toBe(0);
    expect((await api.call('GET', `/project-deliberations/${office}`, { token: education })).body).toMatchObject({
      deliberated: 1,
      plan_id: `${district}-${year}`,
      plan_meeting_id: meetingId,
      plan_decided_on: today,
    });
    const elsewhereMark = await api.call('GET', `/project-deliberations/${elsewhere}`, { token: education });
    expect(elsewhereMark.body).toMatchObject({ district: 'yeoju', deliberated: 0 });
    const listing = await api.call('GET', `/operating-plan-register?district=${district}`, { token: education });
    expect(listing.body).toMatchObject({ total: 1, items: [expect.objectContaining({ year, status: 'approved' })] });

    const after = await api.call('POST', `${plan}/projects`, { token: working, body: { projectId: elsewhere } });
    expect(after.body).toMatchObject({ status: 409, code: 'OPERATING_PLAN.TRANSITION_NOT_ALLOWED' });
  }, 120_000);

  it('after 부결 is taken up again by the working council, approved as its next revision, and listed and signed in the agreement', async () => {
    const where = 'anseong';
    const rejectedPlan = `/operating-plans/${where}/${year}`;
    const agreement = `/agreements/${where}/${year}`;
    const workingHere = await api.token({ role: 'secretary', district: where, body: 'working-council' });
    const steeringHere = await api.token({ role: 'secretary', district: where, body: 'steering-committee' });
    const educationHere = await api.token({ role: 'official', district: where, party: 'education-office', name: '안성 교육지원청' });
    const cityHere = await api.token({ role: 'official', district: where, party: 'local-government', name: '안성시' });
    const created = await api.call('POST', '/projects', {
      token: educationHere,
      body: {
        district: where,
        year,
        title: '안성 마을교육과정',
        taskCode: '2-2',
        plannedBudget: { 'education-office': 12_000_000, 'local-government': 8_000_000 },
      },
    });
    expect(created.status).toBe(201);
    const projectId = created.body.state.projectId as string;

    expect((await api.call('POST', '/operating-plans', { token: workingHere, body: { district: where, year } })).status).toBe(201);
    expect((await api.call('POST', `${rejectedPlan}/projects`, { token: workingHere, body: { projectId } })).status).toBe(200);
    expect((await api.call('POST', `${rejectedPlan}/submission`, { token: workingHere, body: {} })).status).toBe(200);
    const fourth = await steeringCommitteeMeeting(api, {
      token: steeringHere,
      district: where,
      year,
      heldOn: today,
      number: 4,
      place: '안성교육지원청 회의실',
      roster: { members: 9, termFrom: '2024-03-01' },
      attending: 7,
    });
    const rejected = await api.call('POST', `${rejectedPlan}/decision`, {
      token: steeringHere,
      body: { decision: 'rejected', meeting: { meetingId: fourth }, tally: { for: 2, against: 5, abstain: 0 } },
    });
    expect(rejected.body.state).toMatchObject({ status: 'rejected', terminal: false });
    expect(rejected.body.allowedActions).toEqual(['RedraftOperatingPlan']);

    // While the plan is rejected the agreement lists nothing; a second plan of the year is not drafted beside it.
    expect((await api.call('POST', '/agreements', { token: educationHere, body: { district: where, year } })).status).toBe(201);
    const budget = { 'education-office': 12_000_000, 'local-government': 8_000_000 };
    const listing = { projectId, title: '안성 마을교육과정', taskCode: '2-2', budget };
    const early = await api.call('POST', `${agreement}/projects`, { token: educationHere, body: listing });
    expect(early.body).toMatchObject({ status: 422, code: 'AGREEMENT.PLAN_NOT_APPROVED' });
    const second = await api.call('POST', '/operating-plans', { token: workingHere, body: { district: where, year } });
    expect(second.status).toBe(409);

    // The working council takes the same plan up again, with its reason.
    const bySteering = await api.call('POST', `${rejectedPlan}/redraft`, { token: steeringHere, body: { reason: '재작성' } });
    expect({ status: bySteering.status, code: bySteering.body.code }).toEqual({ status: 403, code: 'ACCESS.OTHER_BODY' });
    const noReason = await api.call('POST', `${rejectedPlan}/redraft`, { token: workingHere, body: {} });
    expect(noReason.body).toMatchObject({ status: 400, field: 'reason' });
    expect(noReason.body.messages.ko).toEqual(expect.any(String));
    const redrafted = await api.call('POST', `${rejectedPlan}/redraft`, {
      token: workingHere,
      body: { reason: '부결 사유(지자체 분담 근거 부족)를 반영하여 다시 작성' },
    });
    expect(redrafted.status).toBe(200);
    expect(redrafted.body.state).toMatchObject({
      status: 'drafting',
      currentRevision: 1,
      redrafts: [{ rejectedRevision: 1, reason: '부결 사유(지자체 분담 근거 부족)를 반영하여 다시 작성', redraftedOn: today }],
    });
    expect(redrafted.body.state.projects.map((p: { projectId: string }) => p.projectId)).toEqual([projectId]);
    const again = await api.call('POST', `${rejectedPlan}/redraft`, { token: workingHere, body: { reason: '한 번 더' } });
    expect(again.body).toMatchObject({ status: 409, code: 'OPERATING_PLAN.TRANSITION_NOT_ALLOWED' });
    await eventually(async () => {
      const answer = await api.call('GET', `/operating-plan-register/${where}/${year}`, { token: educationHere });
      expect(answer.body).toMatchObject({ status: 'drafting', decision: 'rejected' });
    });

    const noReasons = await api.call('POST', `${rejectedPlan}/submission`, { token: workingHere, body: {} });
    expect(noReasons.body).toMatchObject({ status: 422, code: 'OPERATING_PLAN.REASONS_REQUIRED', field: 'reasons' });
    const resubmitted = await api.call('POST', `${rejectedPlan}/submission`, {
      token: workingHere,
      body: { reasons: ['지자체 분담 근거(협약 제3조) 첨부'] },
    });
    expect(resubmitted.body.state).toMatchObject({ status: 'underReview', currentRevision: 2 });
    const fifth = await steeringCommitteeMeeting(api, {
      token: steeringHere,
      district: where,
      year,
      heldOn: today,
      number: 5,
      place: '안성교육지원청 회의실',
      attending: 8,
    });
    const approved = await api.call('POST', `${rejectedPlan}/decision`, {
      token: steeringHere,
      body: { decision: 'approved', meeting: { meetingId: fifth }, tally: { for: 7, against: 1, abstain: 0 } },
    });
    expect(approved.body.state).toMatchObject({ status: 'approved', terminal: true });
    expect(approved.body.state.decisions.map((d: { decision: string; revision: number }) => [d.decision, d.revision])).toEqual([
      ['rejected', 1],
      ['approved', 2],
    ]);

    // The approved plan is what the agreement lists; it is signed and comes into force.
    expect((await api.call('POST', `${agreement}/projects`, { token: educationHere, body: listing })).status).toBe(200);
    expect((await api.call('POST', `${agreement}/signatures`, { token: educationHere, body: { signedOn: today } })).status).toBe(200);
    const inForce = await api.call('POST', `${agreement}/signatures`, { token: cityHere, body: { signedOn: today } });
    expect(inForce.body.state.status).toBe('inForce');
    expect(inForce.body.state.projects.map((p: { projectId: string }) => p.projectId)).toEqual([projectId]);
  }, 120_000);
});
