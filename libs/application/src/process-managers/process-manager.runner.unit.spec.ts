import { MemoryCheckpointStore, MemoryEventStore, type StoredEvent } from '@gongron/event-store';
import { type BodyCode, processManagers, projectIdForAgendaItem } from '@gongron/domain';
import type { Actor } from '../access/actor.js';
import { CommandService, untypedCommand } from '../commands/command.service.js';
import { buildEventTypeRegistry, domainCatalog, domainProcessManagers } from '../domain-catalog.js';
import { checkpointName, ProcessManagerRunner } from './process-manager.runner.js';

const now = '2024-05-02T09:00:00.000Z';
const secretary = (body: BodyCode): Actor => ({ id: `token-${body}`, role: 'secretary', district: 'suwon', body });
const command = (type: string, data: Record<string, unknown>, actor: Actor) => untypedCommand({ type, data, metadata: { now, actor } });
const tally = { onRoll: 15, present: 11, for: 9, against: 1, abstain: 1 };
const meeting = { heldOn: '2024-05-01' };

async function approvedItem(service: CommandService, itemId: string): Promise<void> {
  const civic = secretary('civic-council');
  const working = secretary('working-council');
  const steering = secretary('steering-committee');
  await service.execute(
    command('ProposeAgendaItem', { itemId, district: 'suwon', title: '생태교실', description: '하천', proposerCategory: 'student' }, civic),
  );
  await service.execute(command('OpenDeliberation', { itemId }, civic));
  await service.execute(command('AdoptAgendaItem', { itemId, meeting, tally }, civic));
  await service.execute(command('StartDrafting', { itemId, owner: '실무팀' }, working));
  await service.execute(
    command(
      'SubmitDraftRevision',
      { itemId, revisionId: 'r1', plan: '계획', taskCode: '2-2', budgetRequest: { 'education-office': 1000, 'local-government': 500 } },
      working,
    ),
  );
  await service.execute(command('TableForReview', { itemId }, working));
  await service.execute(command('RecordReviewDecision', { itemId, decision: 'approved', meeting, tally }, steering));
}

/** Waits until every process manager has seen the head of the log, however long the machine takes (a ceiling only catches a hang). */
async function settle(runner: ProcessManagerRunner, store: MemoryEventStore, ceilingMs = 60_000): Promise<void> {
  const deadline = Date.now() + ceilingMs;
  for (;;) {
    const head = await store.headPosition();
    const positions = Object.values(await runner.status());
    if (positions.every((p) => p >= head)) return;
    if (Date.now() > deadline)
      throw new Error(`process managers did not reach position ${head} in ${ceilingMs} ms: ${JSON.stringify(await runner.status())}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const ofType = (events: StoredEvent[], type: string) => events.filter((e) => e.type === type);

describe('ProcessManagerRunner', () => {
  it('creates the project of an approved item and links it, as the system, caused by the decision', async () => {
    const store = new MemoryEventStore({ registry: buildEventTypeRegistry() });
    const service = new CommandService(store, domainCatalog);
    const runner = new ProcessManagerRunner(store, new MemoryCheckpointStore(), service, domainProcessManagers, { retryDelayMs: 10 });
    await runner.start();
    try {
      await approvedItem(service, 'item-1');
      await settle(runner, store);
      await settle(runner, store);
      const events = await store.readAll();
      const created = ofType(events, 'ProjectCreated');
      expect(created).toHaveLength(1);
      expect(created[0]!.streamId).toBe(`project:${projectIdForAgendaItem('item-1')}`);
      expect(created[0]!.metadata.actor?.role).toBe('system');
      expect(created[0]!.metadata.causationId).toBe(ofType(events, 'ReviewDecisionRecorded')[0]!.id);
      expect(ofType(events, 'ProjectLinked')).toHaveLength(1);
      expect((await service.load('agenda-item:item-1')).state.status).toBe('inImplementation');
    } finally {
      await runner.stop();
    }
  }, 90_000);

  it('resumes after a crash between the reaction and its checkpoint without doubling it', async () => {
    const store = new MemoryEventStore({ registry: buildEventTypeRegistry() });
    const checkpoints = new MemoryCheckpointStore();
    const service = new CommandService(store, domainCatalog);
    const first = new ProcessManagerRunner(store, checkpoints, service, domainProcessManagers);
    await first.start();
    await approvedItem(service, 'item-2');
    await settle(first, store);
    await settle(first, store);
    await first.stop();
    const before = (await store.readAll()).length;

    // The reactions were written but the checkpoints were lost: everything is seen again.
    for (const pm of processManagers) await checkpoints.save(checkpointName(pm), 0);
    const second = new ProcessManagerRunner(store, checkpoints, service, domainProcessManagers);
    await second.start();
    try {
      await settle(second, store);
      const events = await store.readAll();
      expect(events).toHaveLength(before);
      expect(ofType(events, 'ProjectCreated')).toHaveLength(1);
      expect(ofType(events, 'ProjectLinked')).toHaveLength(1);
    } finally {
      await second.stop();
    }
  }, 90_000);

  it('resumes after a crash before the reaction: the decision is not lost', async () => {
    const store = new MemoryEventStore({ registry: buildEventTypeRegistry() });
    const checkpoints = new MemoryCheckpointStore();
    const service = new CommandService(store, domainCatalog);
    // The process stopped before the managers saw the decision.
    await approvedItem(service, 'item-3');
    expect(ofType(await store.readAll(), 'ProjectCreated')).toHaveLength(0);
    const runner = new ProcessManagerRunner(store, checkpoints, service, domainProcessManagers);
    await runner.start();
    try {
      await settle(runner, store);
      await settle(runner, store);
      expect(ofType(await store.readAll(), 'ProjectCreated')).toHaveLength(1);
      expect((await service.load('agenda-item:item-3')).state.status).toBe('inImplementation');
      const saved = await checkpoints.load(checkpointName({ name: 'project-from-approved-item' }));
      expect(saved).toBeGreaterThan(0);
    } finally {
      await runner.stop();
    }
  }, 90_000);

  it('names a process manager whose reactions keep failing as stalled, and only while it stays behind', async () => {
    const store = new MemoryEventStore({ registry: buildEventTypeRegistry() });
    const service = new CommandService(store, domainCatalog);
    let broken = true;
    // A dispatcher that fails as a lost database would (not a refusal: nothing to park).
    const dispatcher = {
      execute: (...args: Parameters<CommandService['execute']>) =>
        broken ? Promise.reject(new Error('the database went away')) : service.execute(...args),
    };
    const runner = new ProcessManagerRunner(store, new MemoryCheckpointStore(), dispatcher, domainProcessManagers, { retryDelayMs: 5 });
    await runner.start();
    try {
      expect(await runner.stalled()).toEqual([]);
      await approvedItem(service, 'item-4');
      const deadline = Date.now() + 60_000;
      let stalled = await runner.stalled();
      while (stalled.length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 10));
        stalled = await runner.stalled();
      }
      expect(stalled.map((reader) => reader.name)).toContain('project-from-approved-item');
      const named = stalled.find((reader) => reader.name === 'project-from-approved-item')!;
      expect(named.lag).toBeGreaterThan(0);
      expect(named.consecutiveFailures).toBeGreaterThanOrEqual(3);
      expect(named.lastError).toBe('the database went away');
      // Behind but moving within the time limit and not failing: not stalled.
      expect(await runner.stalled({ afterMs: 60_000, afterFailures: 1_000_000 })).toEqual([]);

      broken = false;
      await settle(runner, store);
      await settle(runner, store);
      expect(await runner.stalled()).toEqual([]);
      expect(ofType(await store.readAll(), 'ProjectCreated')).toHaveLength(1);
    } finally {
      await runner.stop();
    }
  }, 90_000);
});
