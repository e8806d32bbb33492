import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createTestDatabase, describeWithPostgres, PG_ADMIN_URL, type TestDatabase } from '../../../test/support/postgres.js';
import {
  PostgresCheckpointStore,
  PostgresEventStore,
  prepareAppendOnlyRole,
  StoreUnavailableError,
  type StoredEvent,
} from '../src/index.js';
import { event, runEventStoreContract, waitFor, type StoredColumns } from './event-store.contract.js';
import { runLogTamperContract } from './log-tamper.contract.js';
import { treeOf } from '../../../test/support/retree.js';
import { APPEND_ONLY_TABLES } from '../src/postgres/postgres-schema.js';

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

/** A connection of its own, as someone editing the database would open, with the append-only triggers disabled first (DDL rights). */
function asAttacker<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<void> {
  return sql(url, async (client) => {
    for (const table of APPEND_ONLY_TABLES) await client.query(`alter table ${table} disable trigger user`);
    await work(client);
  });
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
      tamper: {
        update: (streamId, revision, columns) =>
          asAttacker(database.url, async (client) => {
            for (const [field, value] of Object.entries(columns)) {
              const [column, cast] = POSTGRES_COLUMNS[field as keyof StoredColumns];
              await client.query(`update gongron_events set ${column} = $3::${cast} where stream_id = $1 and revision = $2`, [
                streamId,
                revision,
                value,
              ]);
            }
          }),
        remove: (streamId, revision) =>
          asAttacker(database.url, (client) =>
            client.query('delete from gongron_events where stream_id = $1 and revision = $2', [streamId, revision]),
          ),
      },
    };
  });

  runLogTamperContract('postgres', async (options) => {
    const database = await createTestDatabase('gongron_es');
    const store = await PostgresEventStore.create({ connectionString: database.url, poolSize: 4, ...options });
    const attack = (work: (client: pg.Client) => Promise<unknown>) => asAttacker(database.url, work);
    return {
      store,
      cleanup: () => database.drop(),
      attacker: {
        reseal: (streamId, revision, columns) =>
          attack(async (client) => {
            await client.query(
              'update gongron_events set data = $3::jsonb, hash = $4, previous_hash = $5 where stream_id = $1 and revision = $2',
              [streamId, revision, columns.data, columns.hash, columns.previousHash],
            );
            // The stream head follows its last event, as a careful attacker keeps it.
            await client.query('update gongron_streams set last_hash = $3 where stream_id = $1 and revision = $2', [
              streamId,
              revision,
              columns.hash,
            ]);
          }),
        removeEvents: (streamId, fromRevision, removal) =>
          attack(async (client) => {
            await client.query('delete from gongron_events where stream_id = $1 and revision >= $2', [streamId, fromRevision]);
            if (removal?.head) await client.query('delete from gongron_streams where stream_id = $1', [streamId]);
          }),
        swapPositions: (first, second) =>
          attack(async (client) => {
            await client.query('alter table gongron_events alter column position set generated by default');
            await client.query('update gongron_events set position = -1 where position = $1', [first]);
            await client.query('update gongron_events set position = $1 where position = $2', [first, second]);
            await client.query('update gongron_events set position = $1 where position = -1', [second]);
          }),
        setHead: (streamId, revision, hash) =>
          attack((client) =>
            client.query('update gongron_streams set revision = $2, last_hash = $3 where stream_id = $1', [streamId, revision, hash]),
          ),
        retree: () =>
          attack(async (client) => {
            await client.query('delete from gongron_merkle_nodes');
            await client.query('delete from gongron_merkle_leaves');
            const { rows } = await client.query<{ position: string; hash: string }>(
              'select position, hash from gongron_events order by position',
            );
            const tree = treeOf(rows.map((row) => ({ position: Number(row.position), hash: row.hash })));
            await client.query(
              'insert into gongron_merkle_leaves (leaf_index, position, hash) select * from unnest($1::bigint[], $2::bigint[], $3::bytea[])',
              [tree.leaves.map((leaf) => leaf.leafIndex), tree.leaves.map((leaf) => leaf.position), tree.leaves.map((leaf) => leaf.hash)],
            );
            await client.query(
              'insert into gongron_merkle_nodes (level, idx, hash) select * from unnest($1::smallint[], $2::bigint[], $3::bytea[])',
              [tree.nodes.map((node) => node.level), tree.nodes.map((node) => node.index), tree.nodes.map((node) => node.hash)],
            );
          }),
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
            await store.append(
              streamId,
              Array.from({ length: batch }, (_, n) => event('ThingHappened', { writer, i, n })),
              'any',
            );
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

    it('refuses UPDATE, DELETE and TRUNCATE on the log and its tree, to the owner too', async () => {
      const own = await createTestDatabase('gongron_es_append_only');
      const store = await PostgresEventStore.create({ connectionString: own.url });
      try {
        await store.append('item:append-only', [event(), event()], 'no-stream');
        await sql(own.url, async (client) => {
          for (const statement of [
            "update gongron_events set data = '{}'::jsonb where revision = 1",
            'delete from gongron_events where revision = 1',
            'truncate gongron_events cascade',
            "update gongron_merkle_leaves set hash = '\\x00'::bytea",
            'delete from gongron_merkle_leaves',
            'truncate gongron_merkle_leaves',
            "update gongron_merkle_nodes set hash = '\\x00'::bytea",
            'delete from gongron_merkle_nodes',
            'truncate gongron_merkle_nodes',
          ]) {
            const table = /(gongron_\w+)/.exec(statement)![1]!;
            const operation = statement.split(' ')[0]!.toUpperCase();
            await expect(client.query(statement)).rejects.toThrow(`${table} is append-only: ${operation} refused`);
          }
        });
        expect(await store.readStream('item:append-only')).toHaveLength(2);
        await store.append('item:append-only', [event()], 1);
        expect((await store.verifyAll()).ok).toBe(true);
      } finally {
        await store.close();
        await own.drop();
      }
    });

    it('serves an application role without UPDATE, DELETE or TRUNCATE on the log: it appends, reads and verifies, and its DELETE is refused', async () => {
      const own = await createTestDatabase('gongron_es_role');
      const role = `gongron_app_${randomUUID().slice(0, 8)}`;
      const owner = new pg.Pool({ connectionString: own.url, max: 2 });
      await owner.query(`create role ${role} login`);
      const asRole = new URL(own.url);
      asRole.username = role;
      asRole.password = '';
      let store: PostgresEventStore | undefined;
      try {
        const granted = await prepareAppendOnlyRole(owner, role);
        expect(granted).toContain(
          `revoke update, delete, truncate on public.gongron_events, public.gongron_merkle_leaves, public.gongron_merkle_nodes from ${role}`,
        );
        store = await PostgresEventStore.create({ connectionString: asRole.toString() });
        const appended = await store.append('item:role', [event(), event()], 'no-stream');
        expect(appended.receipts).toHaveLength(2);
        await store.append('item:role', [event()], 1);
        expect(await store.readStream('item:role')).toHaveLength(3);
        expect(await store.verifyAll()).toMatchObject({ ok: true, eventsChecked: 3, leavesChecked: 3 });
        const checkpoints = await PostgresCheckpointStore.create({ connectionString: asRole.toString() });
        await checkpoints.save('role-test', 3);
        expect(await checkpoints.load('role-test')).toBe(3);
        await checkpoints.close();
        await sql(asRole.toString(), async (client) => {
          await expect(client.query('delete from gongron_events')).rejects.toThrow('permission denied for table gongron_events');
          await expect(client.query("update gongron_events set data = '{}'::jsonb")).rejects.toThrow(
            'permission denied for table gongron_events',
          );
          await expect(client.query('truncate gongron_merkle_leaves')).rejects.toThrow('permission denied for table gongron_merkle_leaves');
          await expect(client.query('alter table gongron_events disable trigger user')).rejects.toThrow(
            'must be owner of table gongron_events',
          );
        });
      } finally {
        await store?.close();
        await owner.end();
        await own.drop();
        await sql(PG_ADMIN_URL, (client) => client.query(`drop role if exists ${role}`));
      }
    });

    it('migrates once, safely when run twice at the same time, and shares an existing pool', async () => {
      const pool = new pg.Pool({ connectionString: database.url, max: 3 });
      const [a, b] = await Promise.all([PostgresEventStore.create({ pool }), PostgresEventStore.create({ pool })]);
      expect(a.pool).toBe(pool);
      const { rows } = await pool.query("select version from gongron_schema_migrations where component = 'event-store'");
      expect(rows.map((r) => r.version).sort()).toEqual([1, 2, 3, 4, 5]);
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
        await client.query(
          'set auto_explain.log_min_duration = 0; set auto_explain.log_nested_statements = on; set auto_explain.log_level = notice',
        );
        await append('plan:late');
        const idCheck = plans.find((plan) => plan.includes('e.event_id = any(v_ids)'));
        expect(idCheck).toBeDefined();
        expect(idCheck).toMatch(/Index Only Scan using gongron_events_event_id_key/);
        expect(idCheck).not.toMatch(/Seq Scan on gongron_events/);
      } finally {
        await client.end();
        await grown.drop();
      }
    }, 60_000);

    it('reports an unreachable server as StoreUnavailableError', async () => {
      await expect(PostgresEventStore.create({ connectionString: 'postgres://postgres@127.0.0.1:1/nothing' })).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
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
