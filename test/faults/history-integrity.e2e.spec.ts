/**
 * A stored event that today's rules can no longer fold, on the real SQLite and PostgreSQL: the
 * audit routes that fold a history (time travel of items, projects and agreements) answer 409
 * STREAM.INTEGRITY naming the stream and revision, as the current-state routes do — never a 500
 * — while the prefix before that event still answers; and `audit verify`, over HTTP and on the
 * command line, fails naming every such stream and revision even though every hash chain holds.
 */
import { join } from 'node:path';
import { buildEventTypeRegistry, businessDateOf } from '@gongron/application';
import { type EventStore, createEventStore } from '@gongron/event-store';
import { CLI_MAIN, type FinishedChild, runToEnd } from '../support/child-processes.js';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../support/postgres.js';
import { startTestApi, type TestApi } from '../e2e/api-support.js';

// The business day the server works in (Asia/Seoul), not the UTC date: from 00:00 to 09:00 KST they differ.
const today = businessDateOf(new Date());
const year = Number(today.slice(0, 4));
const describePg = await describeWithPostgres();

interface Backend {
  readonly env: Record<string, string>;
  openStore(api: TestApi): Promise<EventStore>;
  drop(): Promise<void>;
}

async function sqliteBackend(): Promise<Backend> {
  return {
    env: {},
    openStore: (api) => createEventStore({ kind: 'sqlite', file: join(api.dataDir, 'gongron.sqlite'), registry: buildEventTypeRegistry() }),
    drop: async () => undefined,
  };
}

async function postgresBackend(): Promise<Backend> {
  const database: TestDatabase = await createTestDatabase('gongron_history_integrity');
  return {
    env: { GONGRON_STORE: 'postgres', DATABASE_URL: database.url },
    openStore: () => createEventStore({ kind: 'postgres', connectionString: database.url, registry: buildEventTypeRegistry() }),
    drop: () => database.drop(),
  };
}

/** `audit verify` as an administrator runs it: its own process on the same installation. */
function cli(api: TestApi, env: Record<string, string>, args: readonly string[]): Promise<FinishedChild> {
  return runToEnd(CLI_MAIN, args, {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GONGRON_DATA_DIR: api.dataDir,
    LOG_LEVEL: 'silent',
    GONGRON_RUN_RELAY: 'false',
    ...env,
  });
}

function historiesThatNoLongerFold(name: string, makeBackend: () => Promise<Backend>, describeIt: jest.Describe = describe): void {
  describeIt(`histories that no longer fold (${name})`, () => {
    let backend: Backend;
    let api: TestApi;

    beforeAll(async () => {
      backend = await makeBackend();
      api = await startTestApi({ LOG_LEVEL: 'warn', ...backend.env });
    }, 60_000);

    afterAll(async () => {
      await api?.close();
      await backend?.drop();
    });

    it('answers time travel with STREAM.INTEGRITY naming stream and revision, and audit verify fails naming them', async () => {
      const auditor = await api.token({ role: 'auditor' });
      const civic = await api.token({ role: 'secretary', district: 'hwaseong', body: 'civic-council' });
      const education = await api.token({ role: 'official', district: 'hwaseong', party: 'education-office' });
      const proposed = await api.call('POST', '/agenda-items', {
        token: civic,
        body: { district: 'hwaseong', title: '서해안 갯벌 탐구', description: '갯벌 생태 체험 학습', proposerCategory: 'teacher' },
      });
      const project = await api.call('POST', '/projects', {
        token: education,
        body: {
          district: 'hwaseong',
          year,
          title: '화성 생태 교육',
          taskCode: '2-2',
          plannedBudget: { 'education-office': 3_000_000, 'local-government': 2_000_000 },
        },
      });
      expect([proposed.status, project.status]).toEqual([201, 201]);
      const itemId = proposed.body.state.itemId as string;
      const projectId = project.body.state.projectId as string;

      const intact = await api.call('GET', '/audit/verify', { token: auditor });
      expect(intact.status).toBe(200);
      expect(intact.body).toMatchObject({ ok: true, unfoldableStreams: 0, unfoldable: [] });

      // A second writer stores events the streams' rules do not allow now (as a bug of an older
      // version, or a hand edit, might have): an adoption before any deliberation, a completion
      // of a project that never started. Their hashes are honest; only the fold refuses them.
      const store = await backend.openStore(api);
      let adoptionId: string;
      let completionId: string;
      try {
        adoptionId = (
          await store.append(
            `agenda-item:${itemId}`,
            [{ id: '5b0f6c1e-7d2a-4e3b-9c8d-1a2b3c4d5e6f', type: 'AgendaItemAdopted', data: { itemId, meeting: { heldOn: today } } }],
            0,
          )
        ).events[0]!.id;
        completionId = (
          await store.append(
            `project:${projectId}`,
            [{ id: '6c1f7d2e-8e3b-4f4c-8d9e-2b3c4d5e6f70', type: 'ProjectCompleted', data: { projectId, completedOn: today } }],
            0,
          )
        ).events[0]!.id;
      } finally {
        await store.close();
      }

      const item = await api.call('GET', `/audit/agenda-items/${itemId}`, { token: auditor });
      expect(item.status).toBe(409);
      expect(item.body).toMatchObject({
        code: 'STREAM.INTEGRITY',
        details: { streamId: `agenda-item:${itemId}`, revision: 1, eventId: adoptionId, eventType: 'AgendaItemAdopted' },
      });
      const projectNow = await api.call('GET', `/audit/projects/${projectId}`, { token: auditor });
      expect(projectNow.status).toBe(409);
      expect(projectNow.body).toMatchObject({
        code: 'STREAM.INTEGRITY',
        details: { streamId: `project:${projectId}`, revision: 1, eventId: completionId, eventType: 'ProjectCompleted' },
      });
      // The refusal speaks the caller's language like every other one.
      const korean = await api.call(
        'GET',
        `/audit/projects/${projectId}?asOf=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
        { token: auditor, headers: { 'accept-language': 'ko' } },
      );
      expect(korean.status).toBe(409);
      expect(korean.body).toMatchObject({ code: 'STREAM.INTEGRITY', details: { revision: 1 } });
      expect(korean.headers.get('content-language')).toBe('ko');
      // The history before the event still folds: an auditor can see what stood until then.
      const before = await api.call('GET', `/audit/projects/${projectId}?atRevision=0`, { token: auditor });
      expect(before.status).toBe(200);
      expect(before.body).toMatchObject({ revision: 0, state: { status: 'planned' } });
      // The current-state route gives the same answer.
      expect((await api.call('GET', `/projects/${projectId}`, { token: education })).body).toMatchObject({
        code: 'STREAM.INTEGRITY',
        details: { revision: 1 },
      });

      const verified = await api.call('GET', '/audit/verify', { token: auditor });
      expect(verified.status).toBe(200);
      expect(verified.body.brokenLink).toBeUndefined();
      expect(verified.body).toMatchObject({ ok: false, unfoldableStreams: 2 });
      expect(verified.body.unfoldable).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ streamId: `agenda-item:${itemId}`, revision: 1, eventId: adoptionId, eventType: 'AgendaItemAdopted' }),
          expect.objectContaining({ streamId: `project:${projectId}`, revision: 1, eventId: completionId, eventType: 'ProjectCompleted' }),
        ]),
      );
      const one = await api.call('GET', `/audit/verify?stream=${encodeURIComponent(`project:${projectId}`)}`, { token: auditor });
      expect(one.body).toMatchObject({ ok: false, unfoldableStreams: 1, unfoldable: [{ streamId: `project:${projectId}`, revision: 1 }] });

      const printed = await cli(api, backend.env, ['audit', 'verify', '--no-progress']);
      expect(printed.code).toBe(3);
      expect(printed.stdout).toMatch(/^DOES NOT FOLD: 2 stream\(s\)/);
      expect(printed.stdout).toContain(`  stream:   agenda-item:${itemId}\n  revision: 1 (event ${adoptionId}, AgendaItemAdopted`);
      expect(printed.stdout).toContain(`  stream:   project:${projectId}\n  revision: 1 (event ${completionId}, ProjectCompleted`);
      const json = await cli(api, backend.env, ['audit', 'verify', '--stream', `agenda-item:${itemId}`, '--json']);
      expect(json.code).toBe(3);
      expect(JSON.parse(json.stdout)).toMatchObject({
        ok: false,
        unfoldable: [{ streamId: `agenda-item:${itemId}`, revision: 1, eventId: adoptionId }],
      });
    }, 180_000);
  });
}

historiesThatNoLongerFold('SQLite', sqliteBackend);
historiesThatNoLongerFold('PostgreSQL', postgresBackend, describePg);
