import { ProjectionEngine, readModelProjections, replayInMemory, sortRows } from '../src/index.js';
import { appendHistory, sqliteBulk } from '../src/testing/history-generator.js';
import { dumpAll, sqliteFixture, type SqliteFixture } from './support.js';

describe('projection engine on SQLite', () => {
  let fx: SqliteFixture;
  beforeEach(() => {
    fx = sqliteFixture();
  });
  afterEach(async () => {
    await fx.close();
  });

  it('builds incrementally what a rebuild builds, and what an in-memory replay builds', async () => {
    await appendHistory(fx.store, { events: 3_000, seed: 7 }, fx.clock, { bulk: sqliteBulk(fx.store.database) });
    const engine = new ProjectionEngine({ database: fx.database, store: fx.store, projections: readModelProjections, batchSize: 400 });
    await engine.catchUp();
    const incremental = await dumpAll(fx.database, readModelProjections);
    expect(incremental.rm_agenda_board!.length).toBeGreaterThan(50);
    expect(incremental.rm_budget_ledger!.length).toBeGreaterThan(10);

    await engine.rebuild('all');
    expect(await dumpAll(fx.database, readModelProjections)).toEqual(incremental);

    const all = await fx.store.readAll({ maxCount: 100_000 });
    for (const projection of readModelProjections) {
      const memory = await replayInMemory(projection, all);
      for (const table of projection.tables) {
        expect(sortRows(table, memory.get(table.name)!)).toEqual(incremental[table.name]);
      }
    }
  }, 90_000);

  it('follows the log live while appends run in the same process, and swaps a rebuild in without losing an event', async () => {
    await appendHistory(fx.store, { events: 1_000, seed: 8 }, fx.clock);
    const engine = new ProjectionEngine({ database: fx.database, store: fx.store, projections: readModelProjections, pollIntervalMs: 20 });
    await engine.start();
    try {
      await Promise.all([
        appendHistory(fx.store, { events: 1_500, seed: 9 }, fx.clock),
        engine.rebuild(['decision-register', 'province-dashboard']),
      ]);
      for (let i = 0; i < 200 && (await engine.status()).some((s) => s.lag > 0); i++) await new Promise((r) => setTimeout(r, 50));
      const status = await engine.status();
      expect(status.every((s) => s.lag === 0)).toBe(true);
      expect(status.find((s) => s.name === 'decision-register')!.generation).toBe(2);
    } finally {
      await engine.stop();
    }
    const live = await dumpAll(fx.database, readModelProjections);
    await new ProjectionEngine({ database: fx.database, store: fx.store, projections: readModelProjections }).rebuild('all');
    expect(await dumpAll(fx.database, readModelProjections)).toEqual(live);
  }, 90_000);

  it('rebuilds an outdated projection at start while its old tables keep serving', async () => {
    await appendHistory(fx.store, { events: 800, seed: 10 }, fx.clock);
    const first = new ProjectionEngine({ database: fx.database, store: fx.store, projections: readModelProjections });
    await first.catchUp();
    const before = await dumpAll(fx.database, readModelProjections);
    const bumped = readModelProjections.map((p) => (p.name === 'agenda-board' ? { ...p, version: p.version + 1 } : p));
    const engine = new ProjectionEngine({ database: fx.database, store: fx.store, projections: bumped, pollIntervalMs: 20 });
    expect((await engine.status()).find((s) => s.name === 'agenda-board')!.state).toBe('outdated');
    await engine.start();
    try {
      for (let i = 0; i < 200 && (await engine.status()).some((s) => s.state !== 'current'); i++)
        await new Promise((r) => setTimeout(r, 50));
    } finally {
      await engine.stop();
    }
    const board = (await engine.status()).find((s) => s.name === 'agenda-board')!;
    const bumpedVersion = bumped.find((p) => p.name === 'agenda-board')!.version;
    expect(board).toMatchObject({ state: 'current', version: bumpedVersion, builtVersion: bumpedVersion, generation: 2, lag: 0 });
    expect(await dumpAll(fx.database, readModelProjections)).toEqual(before);
  }, 90_000);

  it('refuses an unknown projection by name', () => {
    const engine = new ProjectionEngine({ database: fx.database, store: fx.store, projections: readModelProjections });
    expect(() => engine.resolve(['agenda-bored'])).toThrow(/Unknown projection "agenda-bored"/);
  });
});
