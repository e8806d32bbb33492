import pg from 'pg';
import { openSqlDatabase, type SqlDatabase } from '@gongron/application';
import { PostgresEventStore } from '@gongron/event-store';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../../../test/support/postgres.js';
import { ProjectionEngine, readModelProjections, replayInMemory, sortRows } from '../src/index.js';
import { GeneratedClock, appendHistory } from '../src/testing/history-generator.js';
import { dumpAll } from './support.js';

const describePg = await describeWithPostgres();

describePg('projection engine on PostgreSQL', () => {
  let testDb: TestDatabase;
  let store: PostgresEventStore;
  let database: SqlDatabase;
  const clock = new GeneratedClock(new Date('2024-03-01T00:00:00Z'));

  beforeAll(async () => {
    testDb = await createTestDatabase('gongron_projections');
    store = await PostgresEventStore.create({ connectionString: testDb.url, clock: clock.now, pollIntervalMs: 50 });
    database = openSqlDatabase({ kind: 'postgres', connectionString: testDb.url });
    await appendHistory(store, { events: 1_500, seed: 5 }, clock);
  }, 120_000);

  afterAll(async () => {
    await database?.close();
    await store?.close();
    await testDb?.drop();
  });

  it('builds incrementally what a rebuild and an in-memory replay build', async () => {
    const engine = new ProjectionEngine({ database, store, projections: readModelProjections, batchSize: 250 });
    await engine.catchUp();
    const incremental = await dumpAll(database, readModelProjections);
    expect(incremental.rm_agenda_board!.length).toBeGreaterThan(20);
    await engine.rebuild('all');
    expect(await dumpAll(database, readModelProjections)).toEqual(incremental);
    const all = await store.readAll({ maxCount: 100_000 });
    for (const projection of readModelProjections) {
      const memory = await replayInMemory(projection, all);
      for (const table of projection.tables) expect(sortRows(table, memory.get(table.name)!)).toEqual(incremental[table.name]);
    }
  }, 120_000);

  it('moves past a hole in the positions (an append rolled back after drawing its position), live and by catching up', async () => {
    const engine = new ProjectionEngine({ database, store, projections: readModelProjections, pollIntervalMs: 50 });
    await engine.catchUp();
    // What a rolled-back append leaves: its position drawn and never used, right after every checkpoint.
    const raw = new pg.Client({ connectionString: testDb.url });
    await raw.connect();
    try {
      await raw.query("select nextval(pg_get_serial_sequence('gongron_events', 'position'))");
    } finally {
      await raw.end();
    }
    await appendHistory(store, { events: 80, seed: 7 }, clock);
    const head = await store.headPosition();
    const caughtUp = engine.catchUp();
    const ceiling = new Promise<'stuck'>((resolve) => setTimeout(() => resolve('stuck'), 30_000).unref());
    expect(await Promise.race([caughtUp.then(() => 'done' as const), ceiling])).toBe('done');
    expect((await engine.status()).map((s) => ({ name: s.name, position: s.position }))).toEqual(
      readModelProjections.map((projection) => ({ name: projection.name, position: head })),
    );
    // And the live runner, after another hole.
    const raw2 = new pg.Client({ connectionString: testDb.url });
    await raw2.connect();
    try {
      await raw2.query("select nextval(pg_get_serial_sequence('gongron_events', 'position'))");
    } finally {
      await raw2.end();
    }
    await engine.start();
    try {
      await appendHistory(store, { events: 40, seed: 8 }, clock);
      const latest = await store.headPosition();
      for (let i = 0; i < 600 && (await engine.status()).some((s) => s.position < latest); i++) await new Promise((r) => setTimeout(r, 50));
      expect((await engine.status()).every((s) => s.position === latest)).toBe(true);
    } finally {
      await engine.stop();
    }
  }, 120_000);

  it('follows the log live, and a rebuild during live running swaps in without losing an event', async () => {
    const engine = new ProjectionEngine({ database, store, projections: readModelProjections, pollIntervalMs: 50 });
    await engine.start();
    try {
      const more = appendHistory(store, { events: 600, seed: 6 }, clock);
      const rebuild = engine.rebuild(['agenda-board', 'budget-ledger']);
      await Promise.all([more, rebuild]);
      for (let i = 0; i < 200 && (await engine.status()).some((s) => s.lag > 0); i++) await new Promise((r) => setTimeout(r, 50));
      expect((await engine.status()).every((s) => s.lag === 0)).toBe(true);
    } finally {
      await engine.stop();
    }
    const live = await dumpAll(database, readModelProjections);
    const fresh = new ProjectionEngine({ database, store, projections: readModelProjections });
    await fresh.rebuild('all');
    expect(await dumpAll(database, readModelProjections)).toEqual(live);
  }, 120_000);
});
