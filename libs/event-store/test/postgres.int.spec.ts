import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../../../test/support/postgres.js';
import { PostgresCheckpointStore, PostgresEventStore, StoreUnavailableError, type StoredEvent } from '../src/index.js';
import { event, runEventStoreContract, waitFor, type StoredColumns } from './event-store.contract.js';

const POSTGRES_COLUMNS: Record<keyof StoredColumns, [column: string, cast: string]> = {
  data: ['data', 'jsonb'],
  metadata: ['metadata', 'jsonb'],
  type: ['type', 'text'],
  recordedAt: ['recorded_at', 'timestamptz'],
  revision: ['revision', 'bigint'],
  previousHash: ['previous_hash', 'text'],
  hash: ['hash', 'text'],
};

async function sql<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

const describePg = await describeWithPostgres();

/** Deterministic delays in [0, 1): mulberry32, so a failing interleaving can be run again. */
function seededRandom(seed: number): { next(): number } {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describePg('PostgreSQL event store', () => {
  runEventStoreContract('postgres', async (options) => {
    const database = await createTestDatabase('gongron_es');
    const store = await PostgresEventStore.create({ connectionString: database.url, poolSize: 6, ...options });
    return {
      store,
      cleanup: () => database.drop(),
      // Straight through SQL on a connection of its own, as someone editing the database would.
      tamper: {
        update: (streamId, revision, columns) =>
          sql(database.url, async (client) => {
            for (const [field, value] of Object.entries(columns)) {
              const [column, cast] = POSTGRES_COLUMNS[field as keyof StoredColumns];
              await client.query(`update gongron_events set ${column} = $3::${cast} where stream_id = $1 and revision = $2`, [streamId, revision, value]);
            }
          }),
        remove: (streamId, revision) =>
          sql(database.url, (client) => client.query('delete from gongron_events where stream_id = $1 and revision = $2', [streamId, revision])),
      },
    };
  });

  describe('specifics', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase('gongron_es');
    });
    afterAll(async () => {
      await database.drop();
    });

    it('never lets a live subscriber skip an event that commits late (8 writers, random delays before commit)', async () => {
      const writers = 8;
      const appendsPerWriter = 60;
      const batch = 5;
      const total = writers * appendsPerWriter * batch;
      const delays = seededRandom(20240301);
      const store = await PostgresEventStore.create({
        connectionString: database.url,
        poolSize: writers + 2,
        pollIntervalMs: 50,
        beforeCommit: async (client) => {
          await client.query('select pg_sleep($1)', [delays.next() * 0.004]);
        },
      });
      const start = await store.headPosition();
      const received: StoredEvent[] = [];
      const subscription = store.subscribeToAll(start, (e) => {
        received.push(e);
      });
      // A reader that commits nothing also polls throughout, through another process's eyes.
      await Promise.all(
        Array.from({ length: writers }, async (_, writer) => {
          for (let i = 0; i < appendsPerWriter; i++) {
            // Half the writers share streams, so some appends also queue on the stream lock.
            const streamId = writer % 2 === 0 ? `gap:w${writer}-${i}` : `gap:shared-${i % 3}`;
            await store.append(streamId, Array.from({ length: batch }, (_, n) => event('ThingHappened', { writer, i, n })), 'any');
          }
        }),
      );
      await waitFor(() => received.length >= total, 30_000);
      // A last event written after all the others: once it arrives, anything delivered twice or late would have come before it.
      const last = await store.append(`gap:last-${randomUUID()}`, [event()], 'no-stream');
      await waitFor(() => received.some((e) => e.position === last.positions[0]), 30_000);
      await subscription.stop();
      expect(received.pop()!.position).toBe(last.positions[0]);
      const positions = received.map((e) => e.position);
      expect(received).toHaveLength(total);
      expect(new Set(received.map((e) => e.id)).size).toBe(total);
      for (let index = 1; index < positions.length; index++) expect(positions[index]!).toBeGreaterThan(positions[index - 1]!);
      const stored = await store.readAll({ after: start, maxCount: total + 10 });
      expect(positions).toEqual(stored.filter((e) => e.position !== last.positions[0]).map((e) => e.position));
      expect((await store.verifyAll()).ok).toBe(true);
      await store.close();
    }, 60_000);

    it('wakes a subscriber in another process through LISTEN/NOTIFY', async () => {
      const reader = await PostgresEventStore.create({ connectionString: database.url, pollIntervalMs: 60_000 });
      const writer = await PostgresEventStore.create({ connectionString: database.url });
      const head = await reader.headPosition();
      const seen: string[] = [];
      const subscription = reader.subscribeToAll(head, (e) => {
        seen.push(e.streamId);
      });
      // Wait until the reader's LISTEN is in place, as the server reports it, not for a while.
      await waitUntil(async () => {
        const { rows } = await reader.pool.query<{ n: number }>(
          "select count(*)::int as n from pg_stat_activity where datname = current_database() and query ilike 'listen %' and pid <> pg_backend_pid()",
        );
        return rows[0]!.n > 0;
      });
      const streamId = `notify:${randomUUID()}`;
      await writer.append(streamId, [event()], 'no-stream');
      await waitFor(() => seen.length >= 1, 5000);
      expect(seen).toEqual([streamId]);
      await subscription.stop();
      await Promise.all([reader.close(), writer.close()]);
    });

    it('migrates once, safely when run twice at the same time, and shares an existing pool', async () => {
      const pool = new pg.Pool({ connectionString: database.url, max: 3 });
      const [a, b] = await Promise.all([PostgresEventStore.create({ pool }), PostgresEventStore.create({ pool })]);
      expect(a.pool).toBe(pool);
      const { rows } = await pool.query("select version from gongron_schema_migrations where component = 'event-store'");
      expect(rows.map((r) => r.version).sort()).toEqual([1, 2, 3, 4]);
      await a.close();
      await b.close();
      await expect(pool.query('select 1 as one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
      await pool.end();
    });

    it('keeps the append function on the event-id index after the log grows under a cached plan', async () => {
      const grown = await createTestDatabase('gongron_es_plan');
      const store = await PostgresEventStore.create({ connectionString: grown.url });
      await store.close();
      const client = new pg.Client({ connectionString: grown.url });
      await client.connect();
      try {
        const plans: string[] = [];
        client.on('notice', (notice) => plans.push(notice.message ?? ''));
        // One session, as a pooled connection: its first calls run while the log is nearly empty,
        // so PL/pgSQL caches generic plans for that size.
        const append = (stream: string) =>
          client.query(
            `select * from gongron_append_group(array[$1], array['plan'], array[-1::bigint], array[-1::bigint], array[''], array[10], now(),
               array_fill(1, array[10]), (select array_agg($1 || '-' || i) from generate_series(1, 10) i), (select array_agg(i::bigint) from generate_series(0, 9) i),
               array_fill('Planned'::text, array[10]), array_fill(1, array[10]), array_fill('{}'::jsonb, array[10]), array_fill('{}'::jsonb, array[10]),
               array_fill(repeat('a', 64), array[10]), array_fill('p'::text, array[10]))`,
            [stream],
          );
        for (let i = 0; i < 8; i++) await append(`plan:early-${i}`);
        await client.query(`insert into gongron_events (event_id, stream_id, revision, type, schema_version, recorded_at, data, metadata, hash, previous_hash)
                            select 'bulk-' || i, 'plan:bulk-' || i, 0, 'Planned', 1, now(), '{}', '{}', 'h', '' from generate_series(1, 50000) i`);
        await client.query("load 'auto_explain'");
        await client.query('set auto_explain.log_min_duration = 0; set auto_explain.log_nested_statements = on; set auto_explain.log_level = notice');
        await append('plan:late');
        const idCheck = plans.find((plan) => plan.includes('e.event_id = any(v_ids)'));
        expect(idCheck).toBeDefined();
        expect(idCheck).toMatch(/Index Only Scan using gongron_events_event_id_key/);
        expect(idCheck).not.toMatch(/Seq Scan on gongron_events/);
      } finally {
        await client.end();
        await grown.drop();
      }
    });

    it('reports an unreachable server as StoreUnavailableError', async () => {
      await expect(PostgresEventStore.create({ connectionString: 'postgres://postgres@127.0.0.1:1/nothing' })).rejects.toBeInstanceOf(StoreUnavailableError);
      const store = await PostgresEventStore.create({ connectionString: database.url });
      await store.close();
      await expect(store.append('item:1', [event()], 'any')).rejects.toMatchObject({ code: 'STORE.UNAVAILABLE' });
    });

    it('keeps checkpoints in gongron_checkpoints', async () => {
      const checkpoints = await PostgresCheckpointStore.create({ connectionString: database.url });
      expect(await checkpoints.load('kafka-relay')).toBe(0);
      await checkpoints.save('kafka-relay', 9_007_199_254);
      expect(await checkpoints.load('kafka-relay')).toBe(9_007_199_254);
      await checkpoints.close();
    });
  });
});
