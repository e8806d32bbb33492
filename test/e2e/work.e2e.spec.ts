/**
 * 내 할 일 and the item list over real HTTP: a secretary sees the items of her district and body
 * whose step it is, and they move to the next body's list when adopted; an official sees the
 * agreements her party has still to sign; the list filters by words of the title in Korean.
 */
import { businessDateOf } from '@gongron/application';
import { eventually, startTestApi, tally, type TestApi } from './api-support.js';

// The year of the business day the server works in (Asia/Seoul), not of the UTC date.
const year = Number(businessDateOf(new Date()).slice(0, 4));

describe('API: the work of a secretary and an official, and the item list', () => {
  let api: TestApi;
  let civic: string;
  let working: string;
  let official: string;
  let ecology: string;

  beforeAll(async () => {
    api = await startTestApi();
    civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
    working = await api.token({ role: 'secretary', district: 'suwon', body: 'working-council' });
    official = await api.token({ role: 'official', district: 'suwon', party: 'education-office' });
    const other = await api.token({ role: 'secretary', district: 'osan', body: 'civic-council' });
    const propose = async (token: string, district: string, title: string) => {
      const answer = await api.call('POST', '/agenda-items', {
        token,
        body: { district, title, description: '설명', proposerCategory: 'student' },
      });
      expect(answer.status).toBe(201);
      return answer.body.state.itemId as string;
    };
    ecology = await propose(civic, 'suwon', '마을과 함께하는 방과후 생태교실');
    await propose(civic, 'suwon', '학생 자치회 운영 지원 (100%_참여)');
    await propose(other, 'osan', '오산 생태 탐방');
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  }, 30_000);

  const work = (token: string) => api.call('GET', '/work', { token });

  it('lists what awaits the secretary’s own district and body, and moves an adopted item on', async () => {
    const mine = await eventually(async () => {
      const answer = await work(civic);
      expect(answer.body.itemsTotal).toBe(2);
      return answer;
    });
    expect(mine.status).toBe(200);
    expect(mine.body.awaitingStates).toEqual(['proposed', 'inDeliberation']);
    expect(mine.body.items.map((i: { title: string }) => i.title).sort()).toEqual([
      '마을과 함께하는 방과후 생태교실',
      '학생 자치회 운영 지원 (100%_참여)',
    ]);
    expect((await work(working)).body.items).toEqual([]);

    await api.call('POST', `/agenda-items/${ecology}/deliberation`, { token: civic, body: { method: '토론회' } });
    const adopted = await api.call('POST', `/agenda-items/${ecology}/adoption`, {
      token: civic,
      body: { meeting: { heldOn: `${year}-03-11` }, tally: tally(15, 9, 8) },
    });
    expect(adopted.status).toBe(200);
    const next = await eventually(async () => {
      const answer = await work(working);
      expect(answer.body.items).toHaveLength(1);
      return answer;
    });
    expect(next.body.items[0]).toMatchObject({ itemId: ecology, state: 'referred', body: 'working-council' });
    expect((await work(civic)).body.itemsTotal).toBe(1);
  });

  it('lists the agreements the official’s party has still to sign', async () => {
    expect((await api.call('POST', '/agreements', { token: official, body: { district: 'suwon', year } })).status).toBe(201);
    const answer = await eventually(async () => {
      const w = await work(official);
      expect(w.body.agreementsToSign).toHaveLength(1);
      return w;
    });
    expect(answer.body).toMatchObject({ role: 'official', party: 'education-office', items: [] });
    expect(answer.body.agreementsToSign[0]).toMatchObject({ agreementId: `suwon-${year}`, state: 'drafting' });
  });

  it('filters the item list by words of the title, in Korean, with the total', async () => {
    const search = (text: string, extra = '') =>
      api.call('GET', `/agenda-board?text=${encodeURIComponent(text)}${extra}`, { token: civic });
    const ecologyItems = await eventually(async () => {
      const answer = await search('생태');
      expect(answer.body.total).toBe(2);
      return answer;
    });
    expect(ecologyItems.body.items.map((i: { district: string }) => i.district).sort()).toEqual(['osan', 'suwon']);
    expect((await search('생태', '&district=suwon')).body.total).toBe(1);
    expect((await search('방과후  생태교실')).body.items.map((i: { item_id: string }) => i.item_id)).toEqual([ecology]);
    expect((await search('생태 자치회')).body.total).toBe(0);
    // LIKE's wildcards are searched for as written.
    expect((await search('100%_')).body.total).toBe(1);
    expect((await search('%')).body.total).toBe(1);
    expect((await search('_')).body.total).toBe(1);
    const tooMany = await search('가 나 다 라 마 바 사 아 자');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ code: 'QUERY.INVALID_VALUE', field: 'text' });
  });

  it('needs a signed-in caller', async () => {
    expect((await api.call('GET', '/work')).status).toBe(401);
  });
});
