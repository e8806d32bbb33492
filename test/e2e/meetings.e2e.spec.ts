/**
 * Rosters and meetings over HTTP: a civic council of 15 members, a meeting with 9 present, an
 * adoption carried with 5 for counted from the meeting; a tally claiming 10 present when 9
 * attended is refused (422, Korean and English); the meeting's minutes are approved; the read
 * models show the meeting, its attendance by name and its decisions, and the roster of a day.
 */
import { createHash } from 'node:crypto';
import { businessDateOf } from '@gongron/application';
import { samplePdf } from '../support/attachment-samples.js';
import { eventually, startTestApi, tally, type TestApi } from './api-support.js';

describe('rosters and meetings over HTTP', () => {
  let api: TestApi;
  const now = new Date('2024-05-09T05:00:00.000Z');
  const today = businessDateOf(now);
  const district = 'gapyeong';
  const body = 'civic-council';
  const meetingId = `${district}-${body}-2024-1`;

  beforeAll(async () => {
    api = await startTestApi({}, { clock: () => now });
  }, 60_000);
  afterAll(async () => {
    await api.close();
  });

  async function proposeInDeliberation(token: string, title: string): Promise<string> {
    const proposed = await api.call('POST', '/agenda-items', {
      token,
      body: { district, title, description: `${title} 제안`, proposerCategory: 'parent' },
    });
    expect(proposed.status).toBe(201);
    const itemId = proposed.body.state.itemId as string;
    expect((await api.call('POST', `/agenda-items/${itemId}/deliberation`, { token, body: {} })).status).toBe(200);
    return itemId;
  }

  it('a roster of 15, a meeting with 9 present, an adoption with 5 for; 10 claimed present is refused', async () => {
    const civic = await api.token({ role: 'secretary', district, body });
    const working = await api.token({ role: 'secretary', district, body: 'working-council' });
    const elsewhere = await api.token({ role: 'secretary', district: 'yeoju', body });
    const auditor = await api.token({ role: 'auditor' });

    for (let n = 1; n <= 15; n += 1) {
      const added = await api.call('POST', `/rosters/${district}/${body}/members`, {
        token: civic,
        body: {
          memberId: `m-${n}`,
          name: `위원${n}`,
          category: n === 15 ? 'council-member' : 'parent',
          role: n === 1 ? 'chair' : 'member',
          termFrom: '2024-03-01',
          termUntil: '2026-02-28',
        },
      });
      expect(added.status).toBe(201);
    }
    const otherBody = await api.call('POST', `/rosters/${district}/${body}/members`, {
      token: working,
      body: { name: '외부인', category: 'citizen', termFrom: '2024-03-01' },
    });
    expect(otherBody.status).toBe(403);
    const secondChair = await api.call('POST', `/rosters/${district}/${body}/members`, {
      token: civic,
      body: { name: '둘째', category: 'citizen', role: 'chair', termFrom: '2024-03-01' },
    });
    expect({ status: secondChair.status, code: secondChair.body.code }).toEqual({ status: 422, code: 'ROSTER.CHAIR_TAKEN' });

    const itemId = await proposeInDeliberation(civic, '마을 방과후 돌봄');
    const scheduled = await api.call('POST', '/meetings', {
      token: civic,
      body: {
        district,
        body,
        number: 1,
        heldOn: today,
        startsAt: '14:00',
        place: '가평군청 회의실',
        agenda: [{ itemId, title: '마을 방과후 돌봄 의제 채택' }],
      },
    });
    expect(scheduled.status).toBe(201);
    expect(scheduled.headers.get('location')).toBe(`/meetings/${meetingId}`);
    const attending = Array.from({ length: 9 }, (_, index) => `m-${index + 1}`);
    const convened = await api.call('POST', `/meetings/${meetingId}/convening`, { token: civic, body: { attending } });
    expect(convened.status).toBe(200);
    expect(convened.body.state).toMatchObject({ status: 'convened', onRollCount: 15, presentCount: 9, quorate: true });

    const claimed = await api.call('POST', `/agenda-items/${itemId}/adoption`, {
      token: civic,
      body: { meeting: { meetingId }, tally: tally(15, 10, 6, 2, 2) },
    });
    expect(claimed.status).toBe(422);
    expect(claimed.body).toMatchObject({
      code: 'VOTE.PRESENT_NOT_ATTENDANCE',
      field: 'tally.present',
      detail: '출석을 10명이라 했지만 회의에 출석한 위원은 9명입니다.',
    });
    const english = await api.call('POST', `/agenda-items/${itemId}/adoption`, {
      token: civic,
      headers: { 'accept-language': 'en' },
      body: { meeting: { meetingId }, tally: tally(15, 10, 6, 2, 2) },
    });
    expect(english.body).toMatchObject({
      code: 'VOTE.PRESENT_NOT_ATTENDANCE',
      detail: 'The tally claims 10 present; 9 members attended the meeting.',
    });
    const roll = await api.call('POST', `/agenda-items/${itemId}/adoption`, {
      token: civic,
      body: { meeting: { meetingId }, tally: tally(20, 9, 5) },
    });
    expect({ status: roll.status, code: roll.body.code }).toEqual({ status: 422, code: 'VOTE.ON_ROLL_NOT_ROSTER' });
    expect((await api.call('GET', `/agenda-items/${itemId}`, { token: civic })).body.state.status).toBe('inDeliberation');

    const adopted = await api.call('POST', `/agenda-items/${itemId}/adoption`, {
      token: civic,
      body: { meeting: { meetingId }, tally: { for: 5, against: 3, abstain: 1 } },
    });
    expect(adopted.status).toBe(200);
    expect(adopted.body.state).toMatchObject({
      status: 'referred',
      adoption: { meeting: { meetingId, heldOn: today, body }, tally: { onRoll: 15, present: 9, for: 5, against: 3, abstain: 1 } },
    });

    // With the roster entered, a decision must name its recorded meeting.
    const other = await proposeInDeliberation(civic, '청소년 공간');
    const typed = await api.call('POST', `/agenda-items/${other}/adoption`, {
      token: civic,
      body: { meeting: { heldOn: today }, tally: tally(3, 3, 2) },
    });
    expect({ status: typed.status, code: typed.body.code }).toEqual({ status: 422, code: 'MEETING.REQUIRED' });
    const offAgenda = await api.call('POST', `/agenda-items/${other}/adoption`, {
      token: civic,
      body: { meeting: { meetingId }, tally: { for: 5, against: 0, abstain: 0 } },
    });
    expect({ status: offAgenda.status, code: offAgenda.body.code }).toEqual({ status: 422, code: 'MEETING.ITEM_NOT_ON_AGENDA' });

    expect((await api.call('POST', `/meetings/${meetingId}/adjournment`, { token: civic })).status).toBe(200);
    const pdf = samplePdf('제1차 회의록');
    const file = {
      sha256: createHash('sha256').update(pdf).digest('hex'),
      name: '제1차 회의록.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
    };
    const text = '1. 개회 2. 의제 채택(찬성 5, 반대 3, 기권 1) 3. 폐회';
    const missing = await api.call('POST', `/meetings/${meetingId}/minutes`, { token: civic, body: { text, attachments: [file] } });
    expect(missing.body).toMatchObject({ status: 422, code: 'MEETING.ATTACHMENT_UNKNOWN', field: 'attachments[0].sha256' });
    const uploaded = await fetch(`${api.url}/attachments?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${civic}`, 'content-type': 'application/pdf' },
      body: pdf,
    });
    expect(uploaded.status).toBe(201);
    const minutes = await api.call('POST', `/meetings/${meetingId}/minutes`, { token: civic, body: { text, attachments: [file] } });
    expect(minutes.status).toBe(200);
    expect(minutes.body.state.minutes).toEqual({ text, attachments: [file], recordedOn: today });
    const closedDecision = await api.call('POST', `/agenda-items/${other}/adoption`, {
      token: civic,
      body: { meeting: { meetingId }, tally: { for: 5, against: 0, abstain: 0 } },
    });
    expect({ status: closedDecision.status, code: closedDecision.body.code }).toEqual({ status: 422, code: 'MEETING.RECORD_CLOSED' });
    const approved = await api.call('POST', `/meetings/${meetingId}/minutes/approval`, { token: civic, body: { approvedOn: today } });
    expect(approved.body.state.status).toBe('minutesApproved');

    const detail = await eventually(async () => {
      const answer = await api.call('GET', `/meeting-register/${meetingId}`, { token: civic });
      expect(answer.body.state).toBe('minutesApproved');
      expect(answer.body.decisions).toHaveLength(1);
      return answer.body;
    });
    expect(detail).toMatchObject({
      on_roll_count: 15,
      present_count: 9,
      starts_at_instant: `${today}T14:00:00+09:00`,
      decisions: [{ item_id: itemId, kind: 'adoption', present: 9, votes_for: 5 }],
    });
    expect(detail.attendance.filter((entry: { present: boolean }) => entry.present)).toHaveLength(9);
    expect(detail.attendance.find((entry: { member_id: string }) => entry.member_id === 'm-1')).toMatchObject({
      name: '위원1',
      role: 'chair',
      present: true,
    });
    expect((await api.call('GET', `/meeting-register/${meetingId}`, { token: elsewhere })).status).toBe(403);
    expect((await api.call('GET', `/meeting-register/${meetingId}`, { token: auditor })).status).toBe(200);

    const list = await api.call('GET', `/meeting-register?district=${district}&body=${body}`, { token: elsewhere });
    expect(list.body).toMatchObject({
      total: 1,
      items: [{ meeting_id: meetingId, number: 1, place: '가평군청 회의실', state: 'minutesApproved' }],
    });
    expect(JSON.stringify(list.body)).not.toContain('위원1');
  });

  it('the roster of a day counts the members on roll then; a departure counts from its day', async () => {
    const bodyOfTest = 'steering-committee';
    const steering = await api.token({ role: 'secretary', district, body: bodyOfTest });
    for (const [memberId, termFrom] of [
      ['s-1', '2024-03-01'],
      ['s-2', '2024-03-01'],
      ['s-3', '2024-06-01'],
    ] as const) {
      expect(
        (
          await api.call('POST', `/rosters/${district}/${bodyOfTest}/members`, {
            token: steering,
            body: { memberId, name: `운영${memberId}`, category: 'expert', termFrom },
          })
        ).status,
      ).toBe(201);
    }
    expect(
      (
        await api.call('POST', `/rosters/${district}/${bodyOfTest}/members/s-2/departure`, {
          token: steering,
          body: { leftOn: '2024-07-01', reason: '사임' },
        })
      ).status,
    ).toBe(200);
    const left = await api.call('POST', `/rosters/${district}/${bodyOfTest}/members/s-2/term`, {
      token: steering,
      body: { termFrom: '2024-03-01', termUntil: '2025-02-28' },
    });
    expect({ status: left.status, code: left.body.code }).toEqual({ status: 422, code: 'ROSTER.MEMBER_LEFT' });
    const on = (date: string) => api.call('GET', `/rosters/${district}/${bodyOfTest}?on=${date}`, { token: steering });
    // The roster's read model has followed every change once s-3 is on roll and s-2 has left on 1 July
    // (an on_roll of 2 alone is also what it shows before s-3 and the departure have arrived).
    await eventually(async () =>
      expect((await on('2024-07-01')).body.members.map((member: { member_id: string }) => member.member_id)).toEqual(['s-1', 's-3']),
    );
    expect((await on('2024-05-09')).body).toMatchObject({ on_roll: 2, members: [{ member_id: 's-1' }, { member_id: 's-2' }] });
    expect((await on('2024-06-30')).body.on_roll).toBe(3);
    expect((await on('2024-07-01')).body.members.map((member: { member_id: string }) => member.member_id)).toEqual(['s-1', 's-3']);
    expect((await on('2024-02-30')).status).toBe(400);
    expect(
      (
        await api.call('GET', `/rosters/${district}/${bodyOfTest}`, {
          token: await api.token({ role: 'official', district: 'yeoju', party: 'education-office' }),
        })
      ).status,
    ).toBe(403);
  });
});
