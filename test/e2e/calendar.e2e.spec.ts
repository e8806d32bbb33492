/**
 * The calendar feeds over HTTP, read by a real iCalendar parser (ical.js): the steering
 * committee's calendar lists the agreement's expiry as an all-day event on its Korean day with a
 * stable UID and a DTSTAMP; the link's key opens that one calendar and nothing else, and stops
 * working once revoked; another district cannot revoke it.
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
      body: { district: 'suwon', year: 2024, title: '마을교육공동체', taskCode: '1-1', plannedBudget: { 'education-office': 10_000_000, 'local-government': 5_000_000 } },
    });
    expect(created.status).toBe(201);
    const projectId = created.body.state.projectId as string;
    const agreement = '/agreements/suwon/2024';
    expect((await api.call('POST', '/agreements', { token: education, body: { district: 'suwon', year: 2024 } })).status).toBe(201);
    const budget = { 'education-office': 10_000_000, 'local-government': 5_000_000 };
    expect((await api.call('POST', `${agreement}/projects`, { token: education, body: { projectId, title: '마을교육공동체', taskCode: '1-1', budget } })).status).toBe(200);
    expect((await api.call('POST', `${agreement}/signatures`, { token: education, body: { signedOn: '2024-03-04' } })).status).toBe(200);
    expect((await api.call('POST', `${agreement}/signatures`, { token: city, body: { signedOn: '2024-03-04' } })).status).toBe(200);

    const link = await api.call('POST', '/calendar-feeds', { token: steering, body: { body: 'steering-committee', label: '운영위원회 달력' } });
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
    expect((await api.call('GET', '/calendar-feeds', { token: education })).body).toMatchObject([{ feedId, revokedAt: null }]);
    const revoked = await api.call('DELETE', `/calendar-feeds/${feedId}`, { token: education });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await ics(path)).status).toBe(403);
  }, 60_000);
});
