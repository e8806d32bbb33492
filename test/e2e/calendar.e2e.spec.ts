/**
 * The calendar feeds over HTTP, read by a real iCalendar parser (ical.js): the steering
 * committee's calendar lists the agreement's expiry as an all-day event on its Korean day with a
 * stable UID and a DTSTAMP; the link's key opens that one calendar and nothing else, and stops
 * working once revoked; another district cannot revoke it. A body's calendar carries its meetings
 * as timed events in Asia/Seoul (the Korean starting time under TZID=Asia/Seoul, whatever the
 * server's zone), with the place, the agenda in the description, a UID that stays when the meeting
 * changes, and a cancelled meeting marked cancelled; another body's calendar does not carry them.
 */
import ICAL from 'ical.js';
import { eventually, startTestApi, type TestApi } from './api-support.js';

describe('API: calendar feeds (RFC 5545) with read-only links', () => {
  let api: TestApi;
  let education: string;
  let city: string;
  let steering: string;
  let osan: string;

  beforeAll(async () => {
    api = await startTestApi({}, { clock: () => new Date('2024-03-04T01:00:00.000Z') });
    education = await api.token({ role: 'official', district: 'suwon', party: 'education-office' });
    city = await api.token({ role: 'official', district: 'suwon', party: 'local-government' });
    steering = await api.token({ role: 'secretary', district: 'suwon', body: 'steering-committee' });
    osan = await api.token({ role: 'secretary', district: 'osan', body: 'steering-committee' });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
  }, 30_000);

  const ics = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${api.url}${path}`, { headers });
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };

  it('lists the agreement’s expiry as an all-day event with a stable UID, for the key’s calendar only, until revoked', async () => {
    const created = await api.call('POST', '/projects', {
      token: education,
      body: {
        district: 'suwon',
        year: 2024,
        title: '마을교육공동체',
        taskCode: '1-1',
        plannedBudget: { 'education-office': 10_000_000, 'local-government': 5_000_000 },
      },
    });
    expect(created.status).toBe(201);
    const projectId = created.body.state.projectId as string;
    const agreement = '/agreements/suwon/2024';
    expect((await api.call('POST', '/agreements', { token: education, body: { district: 'suwon', year: 2024 } })).status).toBe(201);
    const budget = { 'education-office': 10_000_000, 'local-government': 5_000_000 };
    expect(
      (
        await api.call('POST', `${agreement}/projects`, {
          token: education,
          body: { projectId, title: '마을교육공동체', taskCode: '1-1', budget },
        })
      ).status,
    ).toBe(200);
    expect((await api.call('POST', `${agreement}/signatures`, { token: education, body: { signedOn: '2024-03-04' } })).status).toBe(200);
    expect((await api.call('POST', `${agreement}/signatures`, { token: city, body: { signedOn: '2024-03-04' } })).status).toBe(200);

    const link = await api.call('POST', '/calendar-feeds', {
      token: steering,
      body: { body: 'steering-committee', label: '운영위원회 달력' },
    });
    expect(link.status).toBe(201);
    expect(link.body).toMatchObject({ district: 'suwon', body: 'steering-committee', label: '운영위원회 달력', revokedAt: null });
    const path = link.body.path as string;
    expect(path).toBe(`/calendar/suwon/steering-committee.ics?key=${encodeURIComponent(link.body.key as string)}`);

    const feed = await eventually(async () => {
      const answer = await ics(path);
      expect(answer.status).toBe(200);
      expect(answer.text).toContain('BEGIN:VEVENT');
      return answer;
    });
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(feed.text));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(1);
    const [expiry] = events;
    expect(expiry!.uid).toBe('deadline.agreement-expiry.suwon-2024@gongron');
    expect(expiry!.startDate.isDate).toBe(true);
    expect(expiry!.startDate.toString()).toBe('2025-03-01');
    expect(expiry!.endDate.toString()).toBe('2025-03-02');
    expect(expiry!.summary).toBe('부속합의서 기간 만료: 2024 부속합의서');
    expect(events[0]!.component.getFirstPropertyValue('dtstamp')).not.toBeNull();
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('수원시 미래교육협력지구 지역 운영위원회');
    // The same deadline keeps its UID on the next poll.
    expect(new ICAL.Event(new ICAL.Component(ICAL.parse((await ics(path)).text)).getFirstSubcomponent('vevent')!).uid).toBe(expiry!.uid);

    // The key opens this calendar only: not another body's, not another district's, not the API.
    const key = encodeURIComponent(link.body.key as string);
    expect((await ics(`/calendar/suwon/civic-council.ics?key=${key}`)).status).toBe(403);
    expect((await ics(`/calendar/osan/steering-committee.ics?key=${key}`)).status).toBe(403);
    expect((await ics('/calendar/suwon/steering-committee.ics')).status).toBe(403);
    expect((await ics('/calendar/nowhere/steering-committee.ics?key=x')).status).toBe(404);
    expect((await api.call('GET', '/work', { token: link.body.key as string })).status).toBe(401);
    const refused = await ics(`/calendar/suwon/civic-council.ics?key=${key}`);
    expect(JSON.parse(refused.text)).toMatchObject({ code: 'CALENDAR.KEY_INVALID', field: 'key' });

    // Another district may not revoke it; its own district may, and the link stops at once.
    const feedId = link.body.feedId as string;
    expect((await api.call('DELETE', `/calendar-feeds/${feedId}`, { token: osan })).status).toBe(403);
    expect((await api.call('GET', '/calendar-feeds', { token: osan })).body).toEqual([]);
    // The district's own people see the link among their district's (the file's other tests make feeds of their own).
    const listed = (await api.call('GET', '/calendar-feeds', { token: education })).body as Array<{
      feedId: string;
      district: string;
      revokedAt: string | null;
    }>;
    expect(listed.find((feed) => feed.feedId === feedId)).toMatchObject({ district: 'suwon', revokedAt: null });
    expect(listed.every((feed) => feed.district === 'suwon')).toBe(true);
    const revoked = await api.call('DELETE', `/calendar-feeds/${feedId}`, { token: education });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await ics(path)).status).toBe(403);
  }, 60_000);

  it('carries the body’s meetings as timed events in Asia/Seoul with place and agenda; a cancelled one is marked cancelled', async () => {
    const civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
    for (const n of [1, 2, 3]) {
      const added = await api.call('POST', '/rosters/suwon/civic-council/members', {
        token: civic,
        body: { memberId: `c-${n}`, name: `시민위원${n}`, category: 'citizen', termFrom: '2024-03-01' },
      });
      expect(added.status).toBe(201);
    }
    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: { district: 'suwon', title: '통학로 안전', description: '등굣길 보행로', proposerCategory: 'parent' },
    });
    expect(proposed.status).toBe(201);
    const itemId = proposed.body.state.itemId as string;
    const first = await api.call('POST', '/meetings', {
      token: civic,
      body: {
        district: 'suwon',
        body: 'civic-council',
        number: 1,
        heldOn: '2024-03-04',
        startsAt: '09:30',
        place: '수원시청 별관 2층 회의실',
        agenda: [
          { itemId, title: '통학로 안전 의제 채택' },
          { itemId: null, title: '2024년 운영 계획 보고' },
        ],
      },
    });
    expect(first.status).toBe(201);
    const second = await api.call('POST', '/meetings', {
      token: civic,
      body: { district: 'suwon', body: 'civic-council', number: 2, heldOn: '2024-04-09', startsAt: '14:00', place: '영통구청 대회의실' },
    });
    expect(second.status).toBe(201);
    expect(
      (await api.call('POST', '/meetings/suwon-civic-council-2024-2/cancellation', { token: civic, body: { reason: '정족수 미달 예상' } }))
        .status,
    ).toBe(200);

    const link = await api.call('POST', '/calendar-feeds', { token: civic, body: { body: 'civic-council' } });
    expect(link.status).toBe(201);
    const read = async () => {
      const answer = await ics(link.body.path as string);
      expect(answer.status).toBe(200);
      const calendar = new ICAL.Component(ICAL.parse(answer.text));
      return { calendar, events: calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)) };
    };
    const { calendar, events } = await eventually(async () => {
      const feed = await read();
      expect(
        feed.events.find((event) => event.uid === 'meeting.suwon-civic-council-2024-2@gongron')?.component.getFirstPropertyValue('status'),
      ).toBe('CANCELLED');
      return feed;
    });
    expect(events.map((event) => event.uid)).toEqual([
      'meeting.suwon-civic-council-2024-1@gongron',
      'meeting.suwon-civic-council-2024-2@gongron',
    ]);
    const [meeting, cancelled] = events;
    expect(meeting!.startDate.isDate).toBe(false);
    expect(meeting!.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Seoul');
    expect(meeting!.startDate.toString()).toBe('2024-03-04T09:30:00');
    expect(meeting!.startDate.toJSDate().toISOString()).toBe('2024-03-04T00:30:00.000Z');
    expect(meeting!.summary).toBe('제1차 민·관·학 지역교육협의체 회의');
    expect(meeting!.location).toBe('수원시청 별관 2층 회의실');
    expect(meeting!.description).toBe(
      '개최 예정 · 2024-03-04 09:30 (KST) · 수원시청 별관 2층 회의실\n안건\n1. 통학로 안전 의제 채택\n2. 2024년 운영 계획 보고',
    );
    expect(meeting!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(cancelled!.summary).toBe('[취소] 제2차 민·관·학 지역교육협의체 회의');
    expect(cancelled!.startDate.toJSDate().toISOString()).toBe('2024-04-09T05:00:00.000Z');
    expect(cancelled!.description).toContain('취소 사유: 정족수 미달 예상');
    // The zone the times are given in is described in the document itself: KST, nine hours ahead of UTC.
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Asia/Seoul');
    expect(String(zone.getFirstSubcomponent('standard')!.getFirstPropertyValue('tzoffsetto'))).toBe('+09:00');

    // Convened and adjourned, the meeting keeps its UID and gains its end; the agenda entry added during it shows.
    expect(
      (await api.call('POST', '/meetings/suwon-civic-council-2024-1/agenda', { token: civic, body: { itemId: null, title: '기타 토의' } }))
        .status,
    ).toBe(200);
    expect(
      (await api.call('POST', '/meetings/suwon-civic-council-2024-1/convening', { token: civic, body: { attending: ['c-1', 'c-2'] } }))
        .status,
    ).toBe(200);
    expect((await api.call('POST', '/meetings/suwon-civic-council-2024-1/adjournment', { token: civic })).status).toBe(200);
    const after = await eventually(async () => {
      const feed = await read();
      const held = feed.events.find((event) => event.uid === 'meeting.suwon-civic-council-2024-1@gongron')!;
      expect(held.description).toContain('3. 기타 토의');
      expect(held.description.startsWith('폐회')).toBe(true);
      return held;
    });
    expect(after.endDate.toJSDate().toISOString()).toBe('2024-03-04T01:00:00.000Z');

    // The steering committee's calendar does not carry the civic council's meetings.
    const steeringLink = await api.call('POST', '/calendar-feeds', { token: steering, body: { body: 'steering-committee' } });
    const steeringFeed = await ics(steeringLink.body.path as string);
    expect(steeringFeed.text).not.toContain('meeting.suwon-civic-council');
  }, 60_000);
});
