/**
 * A generated province history of 100,000 events (31 districts, the real flow of items,
 * projects and agreements, streams interleaved): the read models built incrementally in live
 * batches equal a rebuild from scratch. The ceiling is generous: generating and building twice
 * takes minutes on a busy two-core machine.
 */
import { ProjectionEngine, readModelProjections } from '../src/index.js';
import { appendHistory, sqliteBulk } from '../src/testing/history-generator.js';
import { dumpAll, sqliteFixture, type SqliteFixture } from './support.js';

describe('rebuild of 100k events', () => {
  let fx: SqliteFixture;
  beforeAll(() => {
    fx = sqliteFixture();
  });
  afterAll(async () => {
    await fx.close();
  });

  it('equals the incrementally built read models', async () => {
    const events = await appendHistory(fx.store, { events: 100_000, seed: 2024 }, fx.clock, {
      bulk: sqliteBulk(fx.store.database),
      stepsPerTransaction: 5_000,
    });
    expect(events).toBeGreaterThanOrEqual(100_000);
    const incrementalEngine = new ProjectionEngine({
      database: fx.database,
      store: fx.store,
      projections: readModelProjections,
      batchSize: 5_000,
    });
    await incrementalEngine.catchUp();
    const incremental = await dumpAll(fx.database, readModelProjections);
    expect(incremental.rm_agenda_board!.length).toBeGreaterThan(3_000);
    expect(new Set(incremental.rm_agenda_board!.map((r) => r.district)).size).toBe(31);

    const rebuilt = new ProjectionEngine({ database: fx.database, store: fx.store, projections: readModelProjections });
    const result = await rebuilt.rebuild('all');
    expect(result.events).toBe(events);
    expect((await rebuilt.status()).every((s) => s.generation === 2 && s.lag === 0)).toBe(true);
    expect(await dumpAll(fx.database, readModelProjections)).toEqual(incremental);
  }, 900_000);
});
