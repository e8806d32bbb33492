/**
 * A district with two civic councils over real HTTP: each council's secretary keeps its own roster
 * and its own meetings, each numbered 1 in the year; the district's first council keeps the ids
 * of before (roster:suwon-civic-council, suwon-civic-council-2024-1), the second's name it
 * (roster:suwon-civic-council.south, suwon-civic-council.south-2024-1). The other council's
 * secretary is refused on them (403 CIVIC_COUNCIL.OTHER_COUNCIL, Korean and English); a vote's
 * quorum counts the council's own roster; an item is decided at its council's meetings only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { businessDateOf } from '@gongron/application';
import { eventually, type HttpAnswer, startTestApi, type TestApi } from './api-support.js';

function expectRefused(answer: HttpAnswer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
}

describe('a roster and meetings per civic council', () => {
  const now = new Date('2024-05-09T05:00:00.000Z');
  const today = businessDateOf(now);
  const district = 'suwon';
  const body = 'civic-council';
  const northMeeting = 'suwon-civic-council-2024-1';
  const southMeeting = 'suwon-civic-council.south-2024-1';
  let api: TestApi;
  let folder: string;
  let north: string;
  let south: string;
  let official: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'gongron-councils-'));
    const file = join(folder, 'organisation.json');
    writeFileSync(
      file,
      JSON.stringify({
        districts: {
          suwon: {
            civicCouncils: [
              { code: 'north', name: '수원 북부권 마을교육자치회' },
              { code: 'south', name: '수원 남부권 마을교육자치회' },
            ],
          },
        },
      }),
    );
    api = await startTestApi({ GONGRON_ORGANISATION_FILE: file }, { clock: () => now });
    north = await api.token({ role: 'secretary', district, body, council: 'north' });
    south = await api.token({ role: 'secretary', district, body, council: 'south' });
    official = await api.token({ role: 'official', district, party: 'education-office' });
  }, 60_000);

  afterAll(async () => {
    await api.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const member = (n: number, prefix: string) => ({
    memberId: `${prefix}-${n}`,
    name: `${prefix === 'n' ? '북부' : '남부'}위원${n}`,
    category: 'parent',
    termFrom: '2024-03-01',
    termUntil: '2026-02-28',
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

  const schedule = (token: string, itemId: string, place: string) =>
    api.call('POST', '/meetings', {
      token,
      body: { district, body, number: 1, heldOn: today, startsAt: '14:00', place, agenda: [{ itemId, title: '의제 채택' }] },
    });

  // One scenario: the reads at its end are of what its beginning recorded, so its order does not matter.
  it("keeps each council's roster and meetings apart, the first council's under the ids of before, and lists each its own", async () => {
    const northIds: string[] = [];
    for (let n = 1; n <= 3; n += 1) {
      const added = await api.call('POST', `/rosters/${district}/${body}/members`, { token: north, body: member(n, 'n') });
      expect(added.status).toBe(201);
      northIds.push(added.body.streamId as string);
    }
    const southIds: string[] = [];
    for (let n = 1; n <= 5; n += 1) {
      // The same member ids in the other council are other members.
      const added = await api.call('POST', `/rosters/${district}/${body}/members`, {
        token: south,
        body: { ...member(n, 'n'), name: `남부위원${n}` },
      });
      expect(added.status).toBe(201);
      southIds.push(added.body.streamId as string);
    }
    expect(new Set(northIds)).toEqual(new Set(['roster:suwon-civic-council']));
    expect(new Set(southIds)).toEqual(new Set(['roster:suwon-civic-council.south']));

    // Naming the other council, or one the district does not have, is refused and writes nothing.
    const intoNorth = await api.call('POST', `/rosters/${district}/${body}/members`, {
      token: south,
      body: { ...member(9, 's'), council: 'north' },
    });
    expectRefused(intoNorth, 403, 'CIVIC_COUNCIL.OTHER_COUNCIL');
    expect(intoNorth.body.detail).toBe(
      '이 위원 명단은(는) 수원 북부권 마을교육자치회 소관입니다. 그 협의체의 간사만 처리할 수 있습니다(수원 남부권 마을교육자치회 간사).',
    );
    expectRefused(
      await api.call('POST', `/rosters/${district}/${body}/members/n-1/departure`, {
        token: north,
        body: { leftOn: today, council: 'south' },
      }),
      403,
      'CIVIC_COUNCIL.OTHER_COUNCIL',
    );
    expectRefused(
      await api.call('POST', `/rosters/${district}/${body}/members`, { token: north, body: { ...member(9, 'n'), council: 'east' } }),
      400,
      'CIVIC_COUNCIL.UNKNOWN',
    );

    const northItem = await proposeInDeliberation(north, '북부권 통학로 안전');
    const southItem = await proposeInDeliberation(south, '남부권 마을방과후');
    // The board of the civic council stage: each council's secretary sees their council's items
    // (another council's on naming it); an official, every council's.
    const board = async (token: string, query = '') => {
      const answer = await api.call('GET', `/agenda-board?district=${district}&body=${body}${query}`, { token });
      expect(answer.status).toBe(200);
      return (answer.body.items as { item_id: string; council: string | null }[]).map((row) => [row.item_id, row.council]);
    };
    await eventually(async () => expect(await board(official)).toHaveLength(2));
    expect(await board(south)).toEqual([[southItem, 'south']]);
    expect(await board(north)).toEqual([[northItem, null]]);
    expect(await board(south, '&council=north')).toEqual([[northItem, null]]);
    expect((await board(official)).sort()).toEqual(
      [
        [northItem, null],
        [southItem, 'south'],
      ].sort(),
    );
    expect(await board(official, '&council=south')).toEqual([[southItem, 'south']]);
    const unknownCouncil = await api.call('GET', `/agenda-board?district=${district}&council=east`, { token: official });
    expectRefused(unknownCouncil, 400, 'CIVIC_COUNCIL.UNKNOWN');
    expect(unknownCouncil.body.field).toBe('council');
    expectRefused(await api.call('GET', '/agenda-board?council=south', { token: official }), 400, 'QUERY.INVALID');

    // A council's meeting lists only its own council's items, and only its district's: refused
    // at scheduling and when an entry is added, naming the entry, and nothing is written.
    const crossed = await api.call('POST', '/meetings', {
      token: south,
      body: {
        district,
        body,
        number: 2,
        heldOn: today,
        startsAt: '15:00',
        place: '수원시청 남부 회의실',
        agenda: [
          { itemId: southItem, title: '남부권 의제' },
          { itemId: northItem, title: '북부권 의제' },
        ],
      },
    });
    expectRefused(crossed, 422, 'MEETING.ITEM_OF_ANOTHER_COUNCIL');
    expect(crossed.body.field).toBe('agenda[1].itemId');
    expect(crossed.body.detail).toBe(
      `안건 ${northItem}은(는) 수원 북부권 마을교육자치회에 제안된 안건입니다. 이 회의는 수원 남부권 마을교육자치회의 회의입니다.`,
    );
    expect((await api.call('GET', '/meetings/suwon-civic-council.south-2024-2', { token: south })).status).toBe(404);
    const osan = await api.token({ role: 'secretary', district: 'osan', body });
    const osanProposed = await api.call('POST', '/agenda-items', {
      token: osan,
      body: { district: 'osan', title: '오산 통학 버스', description: '오산 제안', proposerCategory: 'student' },
    });
    expect(osanProposed.status).toBe(201);
    const osanItem = osanProposed.body.state.itemId as string;
    const otherDistrict = await api.call('POST', '/meetings', {
      token: north,
      body: {
        district,
        body,
        number: 2,
        heldOn: today,
        startsAt: '15:00',
        place: '수원시청',
        agenda: [{ itemId: osanItem, title: '오산 의제' }],
      },
    });
    expectRefused(otherDistrict, 422, 'MEETING.ITEM_OF_ANOTHER_DISTRICT');
    expect(otherDistrict.body.field).toBe('agenda[0].itemId');

    const northScheduled = await schedule(north, northItem, '수원시청 북부 회의실');
    const southScheduled = await schedule(south, southItem, '수원시청 남부 회의실');
    expect([northScheduled.status, southScheduled.status]).toEqual([201, 201]);
    expect([northScheduled.body.streamId, southScheduled.body.streamId]).toEqual([`meeting:${northMeeting}`, `meeting:${southMeeting}`]);
    expect(northScheduled.headers.get('location')).toBe(`/meetings/${northMeeting}`);
    expect(southScheduled.headers.get('location')).toBe(`/meetings/${southMeeting}`);
    expect(southScheduled.body.state).toMatchObject({ council: 'south', number: 1 });
    const added = await api.call('POST', `/meetings/${southMeeting}/agenda`, {
      token: south,
      headers: { 'accept-language': 'en' },
      body: { itemId: northItem, title: '북부권 의제' },
    });
    expectRefused(added, 422, 'MEETING.ITEM_OF_ANOTHER_COUNCIL');
    expect(added.body.field).toBe('itemId');
    expect(added.body.detail).toBe(
      `Item ${northItem} was proposed in 수원 북부권 마을교육자치회; this meeting is a meeting of 수원 남부권 마을교육자치회.`,
    );
    const southAgenda = await api.call('GET', `/meetings/${southMeeting}`, { token: south });
    expect(southAgenda.body.state.agenda.map((entry: { itemId: string }) => entry.itemId)).toEqual([southItem]);
    expect(northScheduled.body.state).toMatchObject({ council: null, number: 1 });

    // The other council's secretary is refused on the meeting, in Korean and in English.
    const convening = await api.call('POST', `/meetings/${southMeeting}/convening`, { token: north, body: { attending: ['n-1'] } });
    expectRefused(convening, 403, 'CIVIC_COUNCIL.OTHER_COUNCIL');
    expect(convening.body.detail).toBe(
      '이 회의은(는) 수원 남부권 마을교육자치회 소관입니다. 그 협의체의 간사만 처리할 수 있습니다(수원 북부권 마을교육자치회 간사).',
    );
    const english = await api.call('POST', `/meetings/${southMeeting}/cancellation`, {
      token: north,
      headers: { 'accept-language': 'en' },
      body: { reason: '취소' },
    });
    expectRefused(english, 403, 'CIVIC_COUNCIL.OTHER_COUNCIL');
    expect(english.body.detail).toMatch(
      /^This meeting is before the civic council 수원 남부권 마을교육자치회; the secretary acts for 수원 북부권 마을교육자치회/,
    );
    expectRefused(
      await api.call('POST', `/meetings/${northMeeting}/attendance`, { token: south, body: { memberId: 'n-1', present: true } }),
      403,
      'CIVIC_COUNCIL.OTHER_COUNCIL',
    );

    // Each meeting's roll is its own council's roster on the day.
    const southConvened = await api.call('POST', `/meetings/${southMeeting}/convening`, {
      token: south,
      body: { attending: ['n-1', 'n-2', 'n-3', 'n-4'] },
    });
    expect(southConvened.status).toBe(200);
    expect(southConvened.body.state).toMatchObject({ onRollCount: 5, presentCount: 4, quorate: true });
    const northConvened = await api.call('POST', `/meetings/${northMeeting}/convening`, {
      token: north,
      body: { attending: ['n-1', 'n-2'] },
    });
    expect(northConvened.body.state).toMatchObject({ onRollCount: 3, presentCount: 2 });

    // An item is decided at its own council's meetings only.
    const elsewhere = await api.call('POST', `/agenda-items/${southItem}/adoption`, {
      token: south,
      body: { meeting: { meetingId: northMeeting }, tally: { for: 2, against: 0, abstain: 0 } },
    });
    expectRefused(elsewhere, 422, 'MEETING.OF_ANOTHER_COUNCIL');
    // The quorum counts the council's own roster: 5 on roll, 4 present (the other council has 3).
    const wrongRoll = await api.call('POST', `/agenda-items/${southItem}/adoption`, {
      token: south,
      body: { meeting: { meetingId: southMeeting }, tally: { onRoll: 3, for: 3, against: 1, abstain: 0 } },
    });
    expectRefused(wrongRoll, 422, 'VOTE.ON_ROLL_NOT_ROSTER');
    const adopted = await api.call('POST', `/agenda-items/${southItem}/adoption`, {
      token: south,
      body: { meeting: { meetingId: southMeeting }, tally: { for: 3, against: 1, abstain: 0 } },
    });
    expect(adopted.status).toBe(200);
    expect(adopted.body.state.adoption).toMatchObject({
      meeting: { meetingId: southMeeting },
      tally: { onRoll: 5, present: 4, for: 3 },
    });
    const northAdopted = await api.call('POST', `/agenda-items/${northItem}/adoption`, {
      token: north,
      body: { meeting: { meetingId: northMeeting }, tally: { for: 2, against: 0, abstain: 0 } },
    });
    expect(northAdopted.body.state.adoption).toMatchObject({ tally: { onRoll: 3, present: 2 } });

    // Each council's secretary reads its own roster and meetings, and is refused the other's.
    const rosterOf = async (token: string, query = '') => api.call('GET', `/rosters/${district}/${body}?on=${today}${query}`, { token });
    expect((await rosterOf(north)).body).toMatchObject({ council: null, on_roll: 3 });
    expect((await rosterOf(south)).body).toMatchObject({ council: 'south', on_roll: 5 });
    expect((await rosterOf(south)).body.members.map((entry: { name: string }) => entry.name)).toContain('남부위원1');
    expectRefused(await rosterOf(south, '&council=north'), 403, 'CIVIC_COUNCIL.OTHER_COUNCIL');
    expectRefused(await rosterOf(official, '&council=east'), 400, 'CIVIC_COUNCIL.UNKNOWN');
    expect((await rosterOf(official)).body).toMatchObject({ on_roll: 3 });
    expect((await rosterOf(official, '&council=south')).body).toMatchObject({ council: 'south', on_roll: 5 });

    const meetingsOf = (token: string) => api.call('GET', `/meeting-register?district=${district}&body=${body}`, { token });
    await eventually(async () => {
      expect((await meetingsOf(north)).body.items.map((entry: { meeting_id: string }) => entry.meeting_id)).toEqual([northMeeting]);
      expect((await meetingsOf(south)).body.items.map((entry: { meeting_id: string }) => entry.meeting_id)).toEqual([southMeeting]);
    });
    const southDetail = await api.call('GET', `/meeting-register/${southMeeting}`, { token: south });
    expect(southDetail.body).toMatchObject({ council: 'south', on_roll_count: 5, present_count: 4 });
    expect(southDetail.body.attendance.map((entry: { name: string }) => entry.name)).toContain('남부위원1');
    expectRefused(await api.call('GET', `/meeting-register/${southMeeting}`, { token: north }), 403, 'CIVIC_COUNCIL.OTHER_COUNCIL');
  });
});
