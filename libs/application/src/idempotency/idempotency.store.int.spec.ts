/**
 * Idempotency records on a real SQLite file, with a clock the test moves: a key is held for a
 * lease, taken over after it with the first attempt's context and seed, given back at once after
 * a server error, replayed once finished, and forgotten after its time to live. A table kept by
 * an older version gains the new columns and frees its stuck keys.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlDatabase, type SqlDatabase, sql } from '../sql-database.js';
import { IDEMPOTENCY_TABLE, IdempotencyStore } from './idempotency.store.js';

describe('IdempotencyStore', () => {
  let dir: string;
  let database: SqlDatabase;
  let now: number;
  const clock = () => new Date(now);
  const first = { now: '2024-05-01T00:00:00.000Z', correlationId: 'c-1' };
  const later = { now: '2024-05-01T00:00:05.000Z', correlationId: 'c-2' };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongron-idem-'));
    database = openSqlDatabase({ kind: 'sqlite', file: join(dir, 'idem.sqlite') });
    now = Date.parse('2024-05-01T00:00:00.000Z');
  });

  afterEach(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds a key for its lease, then lets a retry take it over with the first context and seed', async () => {
    const store = new IdempotencyStore(database, { leaseMs: 10_000, ttlMs: 3_600_000, clock });
    const begun = await store.begin('actor', 'k', 'h', first);
    expect(begun).toMatchObject({ kind: 'new', context: first, mayBeApplied: false });
    now += 5_000;
    expect(await store.begin('actor', 'k', 'h', later)).toEqual({ kind: 'in-progress', leaseUntil: '2024-05-01T00:00:10.000Z' });
    expect(await store.begin('actor', 'k', 'other', later)).toEqual({ kind: 'mismatch' });
    now += 6_000;
    const resumed = await store.begin('actor', 'k', 'h', later);
    expect(resumed).toEqual({
      kind: 'resume',
      eventIdSeed: (begun as { eventIdSeed: string }).eventIdSeed,
      context: first,
      mayBeApplied: true,
    });
    // The taker holds a new lease.
    expect(await store.begin('actor', 'k', 'h', later)).toEqual({ kind: 'in-progress', leaseUntil: '2024-05-01T00:00:21.000Z' });
    await store.yieldLease('actor', 'k');
    expect(await store.begin('actor', 'k', 'h', later)).toMatchObject({ kind: 'resume', context: first });
    await store.complete('actor', 'k', { status: 200, body: { revision: 3 } });
    expect(await store.begin('actor', 'k', 'h', later)).toEqual({ kind: 'replay', response: { status: 200, body: { revision: 3 } } });
  });

  it('forgets finished and unfinished records after their time to live; a key used again gets new event ids', async () => {
    const store = new IdempotencyStore(database, { leaseMs: 1_000, ttlMs: 60_000, clock });
    const done = await store.begin('actor', 'done', 'h', first);
    await store.complete('actor', 'done', { status: 200, body: {} });
    await store.begin('actor', 'stuck', 'h', first);
    now += 59_000;
    expect(await store.purgeExpired()).toBe(0);
    now += 2_000;
    expect(await store.purgeExpired()).toBe(2);
    const again = await store.begin('actor', 'done', 'another request', later);
    expect(again).toMatchObject({ kind: 'new', mayBeApplied: false });
    expect((again as { eventIdSeed: string }).eventIdSeed).not.toBe((done as { eventIdSeed: string }).eventIdSeed);
  });

  it('upgrades a table of the first version and frees the keys it left in progress', async () => {
    await sql`create table ${sql.table(IDEMPOTENCY_TABLE)} (actor_id varchar(64) not null, idempotency_key varchar(255) not null,
      request_hash varchar(64) not null, status integer, response text, created_at varchar(32) not null,
      constraint gongron_idempotency_pk primary key (actor_id, idempotency_key))`.execute(database.db);
    await sql`insert into ${sql.table(IDEMPOTENCY_TABLE)} values ('actor', 'stuck', 'h', null, null, '2024-04-30T00:00:00.000Z')`.execute(
      database.db,
    );
    const store = new IdempotencyStore(database, { clock });
    expect(await store.begin('actor', 'stuck', 'h', later)).toMatchObject({ kind: 'resume', context: later, mayBeApplied: true });
  });
});
