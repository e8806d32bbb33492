/**
 * A reaction refused for a reason no retry can change on its own is parked, durably, beside the
 * process managers' checkpoints — on the embedded SQLite file and on PostgreSQL: the checkpoint
 * moves on, the reaction survives a restart as one row, shows in the gauge and the log at warn,
 * and an administrator's retry applies it once the cause is fixed, exactly once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { SYSTEM_ACTOR, type Actor } from '../access/actor.js';
import { CommandService, untypedCommand } from '../commands/command.service.js';
import { loadConfig } from '../config.js';
import { buildEventTypeRegistry, domainCatalog, domainProcessManagers } from '../domain-catalog.js';
import { openConfiguredSqlDatabase, openStores, type OpenedStores } from '../stores.js';
import type { SqlDatabase } from '../sql-database.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../../../../test/support/postgres.js';
import { ParkedReactions, registerProcessManagerMetrics } from './parked-reactions.js';
import { checkpointName, ProcessManagerRunner } from './process-manager.runner.js';

const official: Actor = { id: 'token-official', role: 'official', district: 'suwon', party: 'education-office' };
const now = '2024-05-02T09:00:00.000Z';
const budget = { 'education-office': 1_000_000, 'local-government': 1_000_000 };
const raised = { 'education-office': 2_000_000, 'local-government': 1_000_000 };

async function until<T>(check: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const pgAvailable = await postgresAvailable();
if (!pgAvailable && process.env.CI === 'true') throw new Error('PostgreSQL is required under CI=true');

const backends: [string, 'sqlite' | 'postgres'][] = [
  ['SQLite', 'sqlite'],
  ...(pgAvailable ? [['PostgreSQL', 'postgres'] as [string, 'postgres']] : []),
];

describe.each(backends)('parked reactions on %s', (_label, kind) => {
  let dir: string;
  let database: TestDatabase | undefined;
  let stores: OpenedStores;
  let sql: SqlDatabase;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongron-parked-'));
    database = kind === 'postgres' ? await createTestDatabase('gongron_parked') : undefined;
    const config = loadConfig(kind === 'postgres' ? { GONGRON_STORE: 'postgres', DATABASE_URL: database!.url } : { GONGRON_DATA_DIR: dir });
    stores = await openStores(config, buildEventTypeRegistry());
    sql = openConfiguredSqlDatabase(config);
  });

  afterEach(async () => {
    await sql.close();
    await stores.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('parks a refused reaction, keeps it across a restart, and applies it once on retry', async () => {
    const warnings: { message: string; fields: Record<string, unknown> }[] = [];
    const log = { info: () => undefined, warn: (message: string, fields: Record<string, unknown>) => warnings.push({ message, fields }) };
    const parked = new ParkedReactions(sql, log);
    const registry = new Registry();
    parked.metrics = registerProcessManagerMetrics(parked, registry);
    const service = new CommandService(stores.store, domainCatalog);
    const runnerWith = (reactions: ParkedReactions) =>
      new ProcessManagerRunner(stores.store, stores.checkpoints, service, domainProcessManagers, { parked: reactions, retryDelayMs: 20 });

    // A consent stored by an older version names a project that was never created.
    const consented = await stores.store.append(
      'agreement:suwon-2024',
      [
        {
          id: '0b7c2a34-5f0e-4d0c-9a55-6b1f1c2d3e4f',
          type: 'AmendmentConsented',
          data: {
            agreementId: 'suwon-2024',
            amendmentId: 'amend-old',
            proposedBy: 'local-government',
            consentedBy: 'education-office',
            changes: [],
            budgets: [{ kind: 'budget', projectId: 'ghost-project', oldBudget: budget, newBudget: raised }],
            consentedOn: '2024-05-01',
          },
        },
      ],
      'any',
    );
    const position = consented.positions[0]!;
    const name = checkpointName({ name: 'project-budgets-from-amendment' });

    const first = runnerWith(parked);
    await first.start();
    const [reaction] = await until(async () => {
      const list = await parked.list();
      return list.length > 0 && (await stores.checkpoints.load(name)) >= position ? list : undefined;
    }, 'the reaction to be parked and the checkpoint to pass it');
    await first.stop();
    expect(reaction).toMatchObject({
      id: `project-budgets-from-amendment:${consented.events[0]!.id}:0`,
      processManager: 'project-budgets-from-amendment',
      causeType: 'AmendmentConsented',
      causePosition: position,
      code: 'PROJECT.NOT_FOUND',
      command: { type: 'AmendProjectBudget', data: { projectId: 'ghost-project', amendmentId: 'amend-old' } },
      resolvedAt: null,
    });
    expect(warnings).toEqual([
      expect.objectContaining({
        message: 'process manager reaction parked',
        fields: expect.objectContaining({ code: 'PROJECT.NOT_FOUND' }),
      }),
    ]);
    expect(await registry.getSingleMetricAsString('gongron_process_manager_parked_reactions')).toContain(
      'gongron_process_manager_parked_reactions{process_manager="project-budgets-from-amendment"} 1',
    );

    // The event is seen again after lost checkpoints (a crash): still one parked row.
    await stores.checkpoints.save(name, 0);
    const second = runnerWith(new ParkedReactions(sql, log));
    await second.start();
    await until(async () => ((await stores.checkpoints.load(name)) >= position ? true : undefined), 'the second runner to pass the event');
    await second.stop();
    expect(await parked.list()).toHaveLength(1);

    // Retried before the cause is fixed: still parked, the attempt counted.
    expect(await parked.retry(reaction!.id, service)).toMatchObject({ outcome: 'still-parked', code: 'PROJECT.NOT_FOUND' });
    expect((await parked.get(reaction!.id))?.attempts).toBe(2);

    // The project is created and agreed; the retry applies the amendment, once.
    await service.execute(
      untypedCommand({
        type: 'CreateProject',
        data: { projectId: 'ghost-project', district: 'suwon', year: 2024, title: '수원 마을교육', taskCode: '1-1', plannedBudget: budget },
        metadata: { now, actor: official },
      }),
    );
    await service.execute(
      untypedCommand({
        type: 'MarkProjectAgreed',
        data: { projectId: 'ghost-project', agreementId: 'suwon-2024', allocation: budget, agreedOn: '2024-04-01' },
        metadata: { now, actor: SYSTEM_ACTOR },
      }),
    );
    expect(await parked.retry(reaction!.id, service)).toMatchObject({ outcome: 'applied', streamId: 'project:ghost-project' });
    expect((await service.load('project:ghost-project')).state.allocation).toEqual(raised);
    const events = await stores.store.readStream('project:ghost-project');
    expect(await parked.retry(reaction!.id, service)).toMatchObject({ outcome: 'already-done' });
    expect(await stores.store.readStream('project:ghost-project')).toHaveLength(events.length);
    expect(await parked.list()).toEqual([]);
    expect(await parked.list({ includeResolved: true })).toEqual([expect.objectContaining({ id: reaction!.id, resolution: 'applied' })]);
    expect(await registry.getSingleMetricAsString('gongron_process_manager_parked_reactions')).not.toContain('} 1');
    expect(await registry.getSingleMetricAsString('gongron_process_manager_retries_total')).toContain(
      'gongron_process_manager_retries_total{process_manager="project-budgets-from-amendment",reason="administrator"} 2',
    );
  }, 60_000);
});
