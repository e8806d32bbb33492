/**
 * The timelines the item, project and agreement pages show: every event with what, who and
 * when, for the staff of the district (they carry personal fields), auditors and administrators.
 */
import { startTestApi, tally, type TestApi } from './api-support.js';

describe('timelines', () => {
  let api: TestApi;
  let civic: string;
  let itemId: string;

  beforeAll(async () => {
    api = await startTestApi();
    civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council', name: '수원 민관학 간사' });
    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: { district: 'suwon', title: '수원 하천 생태 교실', description: '학생들이 하천을 탐구합니다.', proposerCategory: 'student' },
    });
    itemId = proposed.body.state.itemId;
    await api.call('POST', `/agenda-items/${itemId}/deliberation`, { token: civic, body: {} });
    await api.call('POST', `/agenda-items/${itemId}/opinions`, {
      token: civic,
      body: { stance: 'support', respondentCategory: 'parent', text: '좋아요' },
    });
    const adopted = await api.call('POST', `/agenda-items/${itemId}/adoption`, {
      token: civic,
      body: { meeting: { heldOn: '2024-03-11' }, tally: tally(15, 10, 8) },
    });
    expect(adopted.status).toBe(200);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('lists every event of an item with what, who and when, for a secretary of its district', async () => {
    const answer = await api.call('GET', `/agenda-items/${itemId}/history`, { token: civic });
    expect(answer.status).toBe(200);
    expect(answer.body.revision).toBe(3);
    expect(answer.body.events.map((e: { type: string }) => e.type)).toEqual([
      'AgendaItemProposed',
      'DeliberationOpened',
      'OpinionRecorded',
      'AgendaItemAdopted',
    ]);
    const adoption = answer.body.events[3];
    expect(adoption.actor).toEqual({ role: 'secretary', name: '수원 민관학 간사', district: 'suwon', body: 'civic-council', party: null });
    expect(Date.parse(adoption.recordedAt)).not.toBeNaN();
    expect(adoption.data.tally).toEqual(tally(15, 10, 8));
  });

  it('refuses the staff of another district, and answers auditors', async () => {
    const other = await api.token({ role: 'secretary', district: 'hwaseong', body: 'civic-council' });
    const refused = await api.call('GET', `/agenda-items/${itemId}/history`, { token: other });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('ACCESS.OTHER_DISTRICT');
    const auditor = await api.token({ role: 'auditor' });
    expect((await api.call('GET', `/agenda-items/${itemId}/history`, { token: auditor })).status).toBe(200);
  });

  it('names the unknown item and a bad limit', async () => {
    const unknown = await api.call('GET', '/agenda-items/no-such-item/history', { token: civic });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('AGENDA_ITEM.NOT_FOUND');
    const limit = await api.call('GET', `/agenda-items/${itemId}/history?limit=0`, { token: civic });
    expect(limit.status).toBe(400);
    expect(limit.body.field).toBe('limit');
    const agreement = await api.call('GET', '/agreements/SUWON/2024/history', { token: civic });
    expect(agreement.status).toBe(400);
    expect(agreement.body.field).toBe('district');
  });
});
