/**
 * A consented amendment is applied even when its process manager loses write races: five
 * projects of a signed suwon agreement, an amendment raising each education allocation from
 * 1,000,000 to 2,000,000 won, and 48 clients recording 1-won expenditures on those projects
 * while the local government consents. Afterwards every allocation shows the amendment and the
 * raised budget can be spent. Real PostgreSQL, over HTTP.
 */
import { businessDateOf } from '@gongron/application';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../support/postgres.js';
import { callThroughOverload, eventually, startTestApi, type TestApi } from '../e2e/api-support.js';

const describePg = await describeWithPostgres();
const today = businessDateOf(new Date());
const year = Number(today.slice(0, 4));

describePg('a consented amendment under a flood of expenditures (PostgreSQL)', () => {
  let database: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    database = await createTestDatabase('gongron_amend_flood');
    api = await startTestApi({ GONGRON_STORE: 'postgres', DATABASE_URL: database.url, LOG_LEVEL: 'warn' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('reflects the amendment in every allocation after the flood', async () => {
    const education = await api.token({ role: 'official', district: 'suwon', party: 'education-office' });
    const city = await api.token({ role: 'official', district: 'suwon', party: 'local-government' });
    const before = { 'education-office': 1_000_000, 'local-government': 1_000_000 };
    const after = { 'education-office': 2_000_000, 'local-government': 1_000_000 };

    const projects: string[] = [];
    for (let n = 0; n < 5; n++) {
      const created = await api.call('POST', '/projects', {
        token: education,
        body: { district: 'suwon', year, title: `수원 마을교육 ${n + 1}`, taskCode: '1-1', plannedBudget: before },
      });
      expect(created.status).toBe(201);
      projects.push(created.body.state.projectId as string);
    }
    const agreement = `/agreements/suwon/${year}`;
    expect((await api.call('POST', '/agreements', { token: education, body: { district: 'suwon', year } })).status).toBe(201);
    for (const [n, projectId] of projects.entries()) {
      const listed = await api.call('POST', `${agreement}/projects`, {
        token: education,
        body: { projectId, title: `수원 마을교육 ${n + 1}`, taskCode: '1-1', budget: before },
      });
      expect(listed.status).toBe(200);
    }
    expect(
      (await api.call('POST', `${agreement}/signatures`, { token: education, body: { signedOn: today, signatoryName: '교육장 김수원' } }))
        .status,
    ).toBe(200);
    expect(
      (await api.call('POST', `${agreement}/signatures`, { token: city, body: { signedOn: today, signatoryName: '시장 이수원' } })).status,
    ).toBe(200);
    for (const projectId of projects) {
      await eventually(async () => {
        const answer = await api.call('GET', `/projects/${projectId}`, { token: education });
        expect(answer.body.state.status).toBe('agreed');
      }, 30_000);
      expect((await api.call('POST', `/projects/${projectId}/start`, { token: education, body: {} })).status).toBe(200);
    }
    const proposed = await api.call('POST', `${agreement}/amendments`, {
      token: city,
      body: {
        amendmentId: 'flood-1',
        reason: '참여 학교 확대',
        changes: projects.map((projectId) => ({ kind: 'budget', projectId, budget: after })),
      },
    });
    expect(proposed.status).toBe(200);

    let answered = 0;
    let consent: Promise<{ status: number; body: { state: { status: string; amendments?: unknown } } }> | undefined;
    const statuses = new Map<number, number>();
    const client = async (c: number) => {
      for (let n = 0; n < 12; n++) {
        const projectId = projects[(c + n) % projects.length]!;
        // 48 clients at once may pass the concurrency limit: what it sheds is sent again after Retry-After.
        const spent = await callThroughOverload(api, 'POST', `/projects/${projectId}/expenditures`, {
          token: city,
          body: { funder: 'local-government', amount: 1, spentOn: today, purpose: `교구 ${c}-${n}` },
        });
        statuses.set(spent.status, (statuses.get(spent.status) ?? 0) + 1);
        answered += 1;
        // The consent lands while the flood is at its height.
        if (answered === 48)
          consent = callThroughOverload(api, 'POST', `${agreement}/amendments/flood-1/consent`, { token: education, body: {} });
      }
    };
    await Promise.all(Array.from({ length: 48 }, (_, c) => client(c)));
    expect(consent).toBeDefined();
    const consented = await consent!;
    expect(consented.status).toBe(200);
    for (const projectId of projects) {
      await eventually(async () => {
        const answer = await api.call('GET', `/projects/${projectId}`, { token: education });
        expect(answer.body.state.allocation).toEqual(after);
      }, 30_000);
    }
    // The raised budget is really there: 1,500,000 won of education spending fits under it.
    const big = await api.call('POST', `/projects/${projects[0]}/expenditures`, {
      token: education,
      body: { funder: 'education-office', amount: 1_500_000, spentOn: today, purpose: '강사비' },
    });
    expect(big.status).toBe(200);
    // Every honest writer got through: 1-won spending on a hot project never conflicts.
    expect(Object.fromEntries(statuses)).toEqual({ 200: 48 * 12 });
    // Nothing was parked: every reaction was applied.
    const parked = await api.call('GET', '/admin/process-managers/parked', { token: api.adminToken });
    expect(parked.status).toBe(200);
    expect(parked.body.parked).toEqual([]);
  }, 240_000);
});
