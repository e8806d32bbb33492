import { MemoryEventStore, revealPersonalData } from '@gongron/event-store';
import type { Actor } from '../access/actor.js';
import { buildEventTypeRegistry, domainCatalog } from '../domain-catalog.js';
import { CommandRefused } from './command-refused.js';
import { CommandService, untypedCommand } from './command.service.js';
import { StateCache } from './state-cache.js';

const civic: Actor = { id: 'token-civic', role: 'secretary', district: 'suwon', body: 'civic-council', name: '간사' };
const now = '2024-03-14T09:00:00.000Z';
const command = (type: string, data: Record<string, unknown>, actor: Actor = civic) =>
  untypedCommand({ type, data, metadata: { now, actor } });
const propose = (itemId: string) =>
  command('ProposeAgendaItem', { itemId, district: 'suwon', title: '생태교실', description: '하천 탐구', proposerCategory: 'student' });
const opinion = (itemId: string, n: number) =>
  command('RecordOpinion', { itemId, opinionId: `op-${n}`, stance: 'support', respondentCategory: 'parent', text: `의견 ${n}` });

describe('CommandService', () => {
  let store: MemoryEventStore;
  let reads: { streamId: string; fromRevision: number | undefined }[];

  beforeEach(() => {
    store = new MemoryEventStore({ registry: buildEventTypeRegistry() });
    reads = [];
    const readStream = store.readStream.bind(store);
    store.readStream = (streamId, options) => {
      reads.push({ streamId, fromRevision: options?.fromRevision });
      return readStream(streamId, options);
    };
  });

  it('decides on a hot stream from its cached state without reading the log again', async () => {
    const cache = new StateCache();
    const service = new CommandService(store, domainCatalog, cache);
    await service.execute(propose('item-1'));
    await service.execute(command('OpenDeliberation', { itemId: 'item-1' }));
    for (let n = 1; n <= 5; n += 1) await service.execute(opinion('item-1', n));
    const result = await service.execute(opinion('item-1', 6));

    expect(result.revision).toBe(7);
    expect(result.state.opinionCount).toBe(6);
    // Only the first command reads; the append's expected revision proves the cache current.
    expect(reads.map((r) => r.fromRevision)).toEqual([0]);
    expect(cache.stats()).toMatchObject({ size: 1, hits: 7, misses: 1 });
    expect((await store.readStream('agenda-item:item-1')).map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('decides again on the log when its outdated cache would refuse', async () => {
    const mine = new CommandService(store, domainCatalog, new StateCache());
    const theirs = new CommandService(store, domainCatalog, new StateCache());
    await mine.execute(propose('item-6'));
    await theirs.execute(command('OpenDeliberation', { itemId: 'item-6' }));
    // Its cache still says "proposed", where opinions are not taken; the log says otherwise.
    const result = await mine.execute(opinion('item-6', 1));
    expect(result.revision).toBe(2);
    expect(result.state.opinionCount).toBe(1);
    expect(reads.filter((r) => r.streamId === 'agenda-item:item-6').at(-1)).toEqual({ streamId: 'agenda-item:item-6', fromRevision: 1 });
  });

  it('accepts an expected revision its outdated cache has not seen yet, and refuses one older than the log', async () => {
    const mine = new CommandService(store, domainCatalog, new StateCache());
    const theirs = new CommandService(store, domainCatalog, new StateCache());
    await mine.execute(propose('item-7'));
    await mine.execute(command('OpenDeliberation', { itemId: 'item-7' }));
    await theirs.execute(opinion('item-7', 1));
    const result = await mine.execute(opinion('item-7', 2), { expectedRevision: 2 });
    expect(result.revision).toBe(3);
    await theirs.execute(opinion('item-7', 3));
    await expect(mine.execute(opinion('item-7', 4), { expectedRevision: 3 })).rejects.toMatchObject({ kind: 'stale', currentRevision: 4 });
    expect(await store.streamRevision('agenda-item:item-7')).toBe(4);
  });

  it('sees events another writer appended after its cache was filled', async () => {
    const mine = new CommandService(store, domainCatalog, new StateCache());
    const theirs = new CommandService(store, domainCatalog, new StateCache());
    await mine.execute(propose('item-2'));
    await mine.execute(command('OpenDeliberation', { itemId: 'item-2' }));
    await theirs.execute(opinion('item-2', 1));
    await theirs.execute(opinion('item-2', 2));
    const result = await mine.execute(opinion('item-2', 3));
    expect(result.revision).toBe(4);
    expect(result.state.opinionCount).toBe(3);
    const loaded = await mine.load('agenda-item:item-2');
    expect(loaded.revision).toBe(4);
  });

  it('refuses a stale expected revision and writes nothing', async () => {
    const service = new CommandService(store, domainCatalog);
    await service.execute(propose('item-3'));
    await expect(service.execute(command('OpenDeliberation', { itemId: 'item-3' }), { expectedRevision: 3 })).rejects.toMatchObject({
      kind: 'stale',
      status: 412,
      currentRevision: 0,
    });
    expect(await store.streamRevision('agenda-item:item-3')).toBe(0);
  });

  it('maps domain refusals and out-of-scope actors to typed results', async () => {
    const service = new CommandService(store, domainCatalog);
    await service.execute(propose('item-4'));
    const refusal = (await service
      .execute(command('TableForReview', { itemId: 'item-4' }, { ...civic, body: 'working-council' }))
      .catch((e: unknown) => e)) as CommandRefused;
    expect(refusal).toBeInstanceOf(CommandRefused);
    expect(refusal.kind).toBe('transition');
    expect(refusal.allowedActions).toContain('OpenDeliberation');
    await expect(
      service.execute(command('OpenDeliberation', { itemId: 'item-4' }, { ...civic, district: 'goyang' })),
    ).rejects.toMatchObject({
      kind: 'forbidden',
      code: 'ACCESS.OTHER_DISTRICT',
    });
    await expect(service.execute(command('OpenDeliberation', { itemId: 'missing' }))).rejects.toMatchObject({ kind: 'not-found' });
    await expect(service.execute(command('NoSuchCommand', {}))).rejects.toMatchObject({ kind: 'invalid', code: 'COMMAND.UNKNOWN_TYPE' });
  });

  it('records the actor, correlation, command type and workflow version on every event', async () => {
    const service = new CommandService(store, domainCatalog);
    const result = await service.execute(
      untypedCommand({ ...propose('item-5'), metadata: { now, actor: civic, correlationId: 'corr-1' } }),
    );
    // The actor's name is personal data, sealed under its subject's key: it reads back for a reader who may see it.
    expect(
      await revealPersonalData(result.events[0]!.metadata, store.subjectKeys, { mayRead: (district) => district === 'suwon' }),
    ).toMatchObject({
      actor: { id: 'token-civic', role: 'secretary', district: 'suwon', body: 'civic-council', name: '간사' },
      correlationId: 'corr-1',
      commandType: 'ProposeAgendaItem',
      workflowVersion: 2,
    });
  });
});
