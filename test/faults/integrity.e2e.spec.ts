/**
 * Two integrity rules at the HTTP door: a stored event that today's rules can no longer fold is
 * answered as an integrity refusal naming the stream and revision (never a 500), for reads and
 * commands alike; and an agreement lists only existing projects of its own district and year
 * (422 naming the project), so no signed agreement names a project its process manager cannot agree.
 */
import { join } from 'node:path';
import { createEventStore } from '@gongron/event-store';
import { buildEventTypeRegistry, businessDateOf } from '@gongron/application';
import { startTestApi, type TestApi } from '../e2e/api-support.js';

// The business day the server works in (Asia/Seoul), not the UTC date: from 00:00 to 09:00 KST they differ.
const today = businessDateOf(new Date());
const year = Number(today.slice(0, 4));

describe('integrity answers', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ LOG_LEVEL: 'warn' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('answers a history that no longer folds with STREAM.INTEGRITY naming the stream and revision', async () => {
    const civic = await api.token({ role: 'secretary', district: 'siheung', body: 'civic-council' });
    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: { district: 'siheung', title: '갯골 생태 학습', description: '갯벌 체험', proposerCategory: 'teacher' },
    });
    expect(proposed.status).toBe(201);
    const itemId = proposed.body.state.itemId as string;
    expect((await api.call('GET', `/agenda-items/${itemId}`, { token: civic })).status).toBe(200);

    // A second writer on the same file stores an adoption the item's rules do not allow yet
    // (as a bug of an older version, or a hand edit, might have).
    const store = await createEventStore({ kind: 'sqlite', file: join(api.dataDir, 'gongron.sqlite'), registry: buildEventTypeRegistry() });
    let eventId: string;
    try {
      const appended = await store.append(
        `agenda-item:${itemId}`,
        [{ id: '7d3a5e1c-2b4f-4c6d-8e9f-0a1b2c3d4e5f', type: 'AgendaItemAdopted', data: { itemId, meeting: { heldOn: today } } }],
        0,
      );
      eventId = appended.events[0]!.id;
    } finally {
      await store.close();
    }

    const read = await api.call('GET', `/agenda-items/${itemId}`, { token: civic });
    expect(read.status).toBe(409);
    expect(read.body).toMatchObject({
      code: 'STREAM.INTEGRITY',
      details: { streamId: `agenda-item:${itemId}`, revision: 1, eventId, eventType: 'AgendaItemAdopted' },
    });
    const command = await api.call('POST', `/agenda-items/${itemId}/deliberation`, { token: civic, body: {} });
    expect(command.status).toBe(409);
    expect(command.body).toMatchObject({ code: 'STREAM.INTEGRITY', details: { revision: 1 } });
  });

  it('lists in an agreement only existing projects of its own district and year', async () => {
    const education = await api.token({ role: 'official', district: 'gimpo', party: 'education-office' });
    const elsewhere = await api.token({ role: 'official', district: 'paju', party: 'education-office' });
    const budget = { 'education-office': 5_000_000, 'local-government': 5_000_000 };
    const own = await api.call('POST', '/projects', {
      token: education,
      body: { district: 'gimpo', year, title: '김포 한강 생태', taskCode: '2-2', plannedBudget: budget },
    });
    const lastYear = await api.call('POST', '/projects', {
      token: education,
      body: { district: 'gimpo', year: year - 1, title: '김포 이월 사업', taskCode: '2-2', plannedBudget: budget },
    });
    const paju = await api.call('POST', '/projects', {
      token: elsewhere,
      body: { district: 'paju', year, title: '파주 평화 교육', taskCode: '3-1', plannedBudget: budget },
    });
    expect([own.status, lastYear.status, paju.status]).toEqual([201, 201, 201]);
    const agreement = `/agreements/gimpo/${year}`;
    expect((await api.call('POST', '/agreements', { token: education, body: { district: 'gimpo', year } })).status).toBe(201);
    const list = (projectId: string) =>
      api.call('POST', `${agreement}/projects`, { token: education, body: { projectId, title: '사업', taskCode: '2-2', budget } });

    const unknown = await list('no-such-project');
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({
      code: 'AGREEMENT.PROJECT_UNKNOWN',
      field: 'projectId',
      details: { projectId: 'no-such-project' },
    });
    const foreign = await list(paju.body.state.projectId);
    expect(foreign.status).toBe(422);
    expect(foreign.body).toMatchObject({
      code: 'AGREEMENT.PROJECT_OF_ANOTHER_DISTRICT',
      field: 'projectId',
      details: { projectDistrict: 'paju' },
    });
    const stale = await list(lastYear.body.state.projectId);
    expect(stale.status).toBe(422);
    expect(stale.body).toMatchObject({ code: 'AGREEMENT.PROJECT_OF_ANOTHER_YEAR', field: 'projectId' });
    expect((await list(own.body.state.projectId)).status).toBe(200);

    const read = await api.call('GET', agreement, { token: education });
    expect(read.body.state.projects.map((p: { projectId: string }) => p.projectId)).toEqual([own.body.state.projectId]);

    // An amendment that adds a project follows the same rule, naming the change.
    const city = await api.token({ role: 'official', district: 'gimpo', party: 'local-government' });
    expect(
      (await api.call('POST', `${agreement}/signatures`, { token: education, body: { signedOn: today, signatoryName: '교육장 김김포' } }))
        .status,
    ).toBe(200);
    expect(
      (await api.call('POST', `${agreement}/signatures`, { token: city, body: { signedOn: today, signatoryName: '시장 이김포' } })).status,
    ).toBe(200);
    const amendment = await api.call('POST', `${agreement}/amendments`, {
      token: city,
      body: {
        reason: '사업 추가',
        changes: [{ kind: 'add', projectId: paju.body.state.projectId, title: '파주 사업', taskCode: '3-1', budget }],
      },
    });
    expect(amendment.status).toBe(422);
    expect(amendment.body).toMatchObject({ code: 'AGREEMENT.PROJECT_OF_ANOTHER_DISTRICT', field: 'changes[0].projectId' });
  });
});
