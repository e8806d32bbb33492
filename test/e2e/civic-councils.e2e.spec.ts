/**
 * A district with two civic councils over real HTTP: each council's secretary proposes an item
 * in their own council, and is refused (403 CIVIC_COUNCIL.OTHER_COUNCIL) on the other's item at
 * every step of the proposal stage; a secretary's token cannot name a council the district does
 * not have, nor can a proposal. A district without councils configured keeps its one council,
 * and its secretary acts as before.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type HttpAnswer, startTestApi, tally, type TestApi } from './api-support.js';

const proposal = (title: string) => ({ district: 'suwon', title, description: '권역별 협의체가 제안한 안건', proposerCategory: 'parent' });

function expectRefused(answer: HttpAnswer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
}

describe('more than one civic council in a district', () => {
  let api: TestApi;
  let folder: string;
  let north: string;
  let south: string;
  let goyang: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'gongron-organisation-'));
    const file = join(folder, 'organisation.json');
    writeFileSync(
      file,
      JSON.stringify({
        districts: {
          suwon: {
            bodyNames: { 'civic-council': '수원 마을교육자치회' },
            civicCouncils: [
              { code: 'north', name: '수원 북부권 마을교육자치회' },
              { code: 'south', name: '수원 남부권 마을교육자치회' },
            ],
          },
        },
      }),
    );
    api = await startTestApi({ GONGRON_ORGANISATION_FILE: file });
    north = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council', council: 'north' });
    south = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council', council: 'south' });
    goyang = await api.token({ role: 'secretary', district: 'goyang', body: 'civic-council' });
  }, 60_000);

  afterAll(async () => {
    await api.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("refuses each secretary on the other council's item at every step of the proposal stage, and lets its own act", async () => {
    const northItem = await api.call('POST', '/agenda-items', { token: north, body: proposal('북부권 통학로 안전') });
    const southItem = await api.call('POST', '/agenda-items', { token: south, body: proposal('남부권 마을방과후') });
    expect([northItem.status, southItem.status]).toEqual([201, 201]);
    const northId = northItem.body.state.itemId as string;
    const southId = southItem.body.state.itemId as string;
    expect([northItem.body.state.council, southItem.body.state.council]).toEqual(['north', 'south']);

    for (const [token, itemId] of [
      [south, northId],
      [north, southId],
    ] as const) {
      const open = await api.call('POST', `/agenda-items/${itemId}/deliberation`, { token, body: {} });
      expectRefused(open, 403, 'CIVIC_COUNCIL.OTHER_COUNCIL');
      expect(open.body.detail).toMatch(/마을교육자치회/);
      expectRefused(await api.call('POST', `/agenda-items/${itemId}/withdrawal`, { token, body: {} }), 403, 'CIVIC_COUNCIL.OTHER_COUNCIL');
    }
    // The refusals wrote nothing: each item is still where its own secretary left it.
    expect((await api.call('GET', `/agenda-items/${northId}`, { token: north })).body.state.status).toBe('proposed');

    expect((await api.call('POST', `/agenda-items/${northId}/deliberation`, { token: north, body: {} })).status).toBe(200);
    const adopt = (token: string) =>
      api.call('POST', `/agenda-items/${northId}/adoption`, {
        token,
        body: { meeting: { heldOn: '2024-03-02' }, tally: tally(9, 7, 6) },
      });
    expectRefused(await adopt(south), 403, 'CIVIC_COUNCIL.OTHER_COUNCIL');
    expect((await api.call('GET', `/agenda-items/${northId}`, { token: north })).body.state.status).toBe('inDeliberation');
    expect((await adopt(north)).status).toBe(200);
    expect((await api.call('GET', `/agenda-items/${northId}`, { token: north })).body.state.status).toBe('referred');
  });

  it('refuses a proposal in, or a token for, a council the district does not have', async () => {
    expectRefused(
      await api.call('POST', '/agenda-items', { token: north, body: { ...proposal('없는 협의체'), council: 'east' } }),
      400,
      'CIVIC_COUNCIL.UNKNOWN',
    );
    // Naming the other council does not let a secretary propose in it.
    expectRefused(
      await api.call('POST', '/agenda-items', { token: north, body: { ...proposal('남의 협의체'), council: 'south' } }),
      403,
      'CIVIC_COUNCIL.OTHER_COUNCIL',
    );
    const token = await api.call('POST', '/admin/tokens', {
      token: api.adminToken,
      body: { role: 'secretary', district: 'suwon', body: 'civic-council', council: 'east' },
    });
    expect({ status: token.status, fields: token.body?.errors?.map((e: { field: string }) => e.field) ?? token.body }).toMatchObject({
      status: 400,
    });
    expect(JSON.stringify(token.body)).toContain('CIVIC_COUNCIL.UNKNOWN');
  });

  it('tells everyone, without a token, how the district names its bodies and which civic councils it has', async () => {
    const answer = await api.call('GET', '/public/organisation');
    expect(answer.status).toBe(200);
    const suwon = answer.body.districts.find((entry: { district: string }) => entry.district === 'suwon');
    expect(suwon).toEqual({
      district: 'suwon',
      region: { code: 'south-central', name: '남부 중앙권', englishName: 'South central' },
      bodies: [
        { code: 'civic-council', name: '수원 마을교육자치회' },
        { code: 'working-council', name: '미래교육협력지구 지역협의체' },
        { code: 'steering-committee', name: '미래교육협력지구 지역 운영위원회' },
      ],
      civicCouncils: [
        { code: 'north', name: '수원 북부권 마을교육자치회' },
        { code: 'south', name: '수원 남부권 마을교육자치회' },
      ],
    });
    expect(answer.body.regions).toHaveLength(6);
  });

  it('keeps one civic council in a district that names none', async () => {
    const item = await api.call('POST', '/agenda-items', {
      token: goyang,
      body: { ...proposal('고양 청소년 공간'), district: 'goyang' },
    });
    expect(item.status).toBe(201);
    expect(item.body.state.council).toBeNull();
    expect((await api.call('POST', `/agenda-items/${item.body.state.itemId}/deliberation`, { token: goyang, body: {} })).status).toBe(200);
  });
});
