/**
 * A witness cosigns, the log is forked in the database (an event re-sealed with the project's
 * hash function and the tree rebuilt), and the fork is detected and named: no new checkpoint is
 * signed, and verification names the cosigned checkpoint. On SQLite and on PostgreSQL.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import {
  computeEventHash,
  cosignatureLine,
  PostgresEventStore,
  splitNote,
  SqliteEventStore,
  verifierKey,
  witnessVerifierKey,
  type EventStore,
  type StoredEvent,
} from '@gongron/event-store';
import { createTestDatabase, describeWithPostgres } from '../../../test/support/postgres.js';
import { treeOf, writeSqliteTree } from '../../../test/support/retree.js';
import { buildEventTypeRegistry, LogCheckpoints, LogForkError, openSqlDatabase, WitnessRegistry, type SqlDatabase } from '../src/index.js';

interface Side {
  readonly store: EventStore;
  readonly sql: SqlDatabase;
  /** Rewrites an event's data and hash (the stream head follows), as an attacker with DDL rights, then rebuilds the tree. */
  fork(event: StoredEvent, data: Record<string, unknown>, hash: string): Promise<void>;
  close(): Promise<void>;
}

const admin = { id: 'admin-1', role: 'admin' as const };
const signing = generateKeyPairSync('ed25519');
const key = {
  name: 'gongron/log',
  privateKey: signing.privateKey,
  publicKey: signing.publicKey,
  verifierKey: verifierKey('gongron/log', signing.publicKey),
};

function runForkContract(name: string, open: () => Promise<Side>): void {
  it(`${name}: a cosigned checkpoint, then a fork of the log, refused and named`, async () => {
    const side = await open();
    try {
      const registry = new WitnessRegistry(side.store);
      const checkpoints = new LogCheckpoints(side.store, side.sql, key, undefined, registry);
      const stream = `witness:fork-test-${randomUUID()}`;
      // Witness keys registered as events; the log grows to a few events before the checkpoint.
      const witness = generateKeyPairSync('ed25519');
      await registry.register(
        { district: 'suwon', party: 'local-government', verifierKey: witnessVerifierKey('suwon.local-government', witness.publicKey) },
        admin,
      );
      const first = await side.store.append(stream, [{ id: randomUUID(), type: 'WitnessKeyRegistered', data: { n: 1 } }], 'no-stream');
      await side.store.append(stream, [{ id: randomUUID(), type: 'WitnessKeyRegistered', data: { n: 2 } }], 0);
      const issued = await checkpoints.issue();
      const line = cosignatureLine(
        splitNote(issued.note).body,
        'suwon.local-government',
        witness.privateKey,
        witness.publicKey,
        1_764_547_200,
      );
      const cosigned = await checkpoints.cosign(issued.size, line);
      expect(cosigned.cosignatures).toEqual([
        { witness: 'suwon.local-government', district: 'suwon', party: 'local-government', time: '2025-12-01T00:00:00.000Z' },
      ]);
      // Growing honestly keeps every cosigned checkpoint consistent.
      await side.store.append(stream, [{ id: randomUUID(), type: 'WitnessKeyRegistered', data: { n: 3 } }], 1);
      expect((await checkpoints.issue()).size).toBe(issued.size + 1);

      const [event] = await side.store.readStream(stream);
      const data = { n: 100 };
      await side.fork(event!, data, computeEventHash(event!.previousHash, { ...event!, data }));
      await side.store.append(stream, [{ id: randomUUID(), type: 'WitnessKeyRegistered', data: { n: 4 } }], 'any');
      const refused = await checkpoints.issue().catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(LogForkError);
      expect(refused).toMatchObject({
        code: 'LOG.FORK_DETECTED',
        cosignedSize: issued.size,
        cosignedRoot: issued.rootHash,
        witnesses: 'suwon.local-government',
      });
      expect((await checkpoints.latest())!.size).toBe(issued.size + 1);
      const verified = await side.store.verifyAll(undefined, { checkpoints: await checkpoints.trusted() });
      expect(verified).toMatchObject({ ok: false, brokenLink: { reason: 'checkpoint-mismatch', expected: issued.rootHash } });
      expect(verified.brokenLink!.detail).toContain('cosigned by suwon.local-government');
      expect(verified.brokenLink!.position).toBeLessThanOrEqual(first.positions[0]!);
    } finally {
      await side.close();
    }
  }, 60_000);
}

describe('witnesses against a forked log', () => {
  const registry = buildEventTypeRegistry();
  runForkContract('SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongron-fork-'));
    const file = join(dir, 'gongron.sqlite');
    const store = new SqliteEventStore({ file, registry });
    const sql = openSqlDatabase({ kind: 'sqlite', file });
    return {
      store,
      sql,
      fork: async (event, data, hash) => {
        const raw = new Database(file);
        try {
          raw.exec('drop trigger gongron_events_no_update; drop trigger gongron_merkle_tree_no_delete;');
          raw.prepare('update gongron_events set data = ?, hash = ? where position = ?').run(JSON.stringify(data), hash, event.position);
          // Its successor is re-sealed onto it, so every chain holds.
          const next = raw
            .prepare('select * from gongron_events where stream_id = ? and revision = ?')
            .get(event.streamId, event.revision + 1) as Record<string, string | number> | undefined;
          if (next) {
            const resealed = computeEventHash(hash, {
              id: String(next.event_id),
              type: String(next.type),
              schemaVersion: Number(next.schema_version),
              streamId: String(next.stream_id),
              revision: Number(next.revision),
              recordedAt: String(next.recorded_at),
              data: JSON.parse(String(next.data)) as Record<string, unknown>,
              metadata: JSON.parse(String(next.metadata)) as Record<string, unknown>,
            });
            raw.prepare('update gongron_events set previous_hash = ?, hash = ? where position = ?').run(hash, resealed, next.position);
          }
          const tree = treeOf(
            raw.prepare('select position, hash from gongron_events order by position').all() as { position: number; hash: string }[],
          );
          writeSqliteTree(raw, tree);
        } finally {
          raw.close();
        }
      },
      close: async () => {
        await sql.close();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
});

const describePg = await describeWithPostgres();
describePg('witnesses against a forked log, PostgreSQL', () => {
  runForkContract('PostgreSQL', async () => {
    const database = await createTestDatabase('gongron_fork');
    const store = await PostgresEventStore.create({ connectionString: database.url, registry: buildEventTypeRegistry() });
    const sql = openSqlDatabase({ kind: 'postgres', connectionString: database.url });
    return {
      store,
      sql,
      fork: async (event, data, hash) => {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          for (const table of ['gongron_events', 'gongron_merkle_leaves', 'gongron_merkle_nodes'])
            await client.query(`alter table ${table} disable trigger user`);
          await client.query('update gongron_events set data = $2::jsonb, hash = $3 where position = $1', [
            event.position,
            JSON.stringify(data),
            hash,
          ]);
          const { rows } = await client.query('select * from gongron_events where stream_id = $1 and revision > $2 order by revision', [
            event.streamId,
            event.revision,
          ]);
          let previous = hash;
          for (const next of rows as Record<string, unknown>[]) {
            const resealed = computeEventHash(previous, {
              id: String(next.event_id),
              type: String(next.type),
              schemaVersion: Number(next.schema_version),
              streamId: String(next.stream_id),
              revision: Number(next.revision),
              recordedAt: (next.recorded_at as Date).toISOString(),
              data: next.data as Record<string, unknown>,
              metadata: next.metadata as Record<string, unknown>,
            });
            await client.query('update gongron_events set previous_hash = $2, hash = $3 where position = $1', [
              next.position,
              previous,
              resealed,
            ]);
            previous = resealed;
          }
          await client.query('update gongron_streams set last_hash = $2 where stream_id = $1', [event.streamId, previous]);
          const all = await client.query<{ position: string; hash: string }>('select position, hash from gongron_events order by position');
          const tree = treeOf(all.rows.map((row) => ({ position: Number(row.position), hash: row.hash })));
          await client.query('delete from gongron_merkle_nodes');
          await client.query('delete from gongron_merkle_leaves');
          await client.query(
            'insert into gongron_merkle_leaves (leaf_index, position, hash) select * from unnest($1::bigint[], $2::bigint[], $3::bytea[])',
            [tree.leaves.map((leaf) => leaf.leafIndex), tree.leaves.map((leaf) => leaf.position), tree.leaves.map((leaf) => leaf.hash)],
          );
          await client.query(
            'insert into gongron_merkle_nodes (level, idx, hash) select * from unnest($1::smallint[], $2::bigint[], $3::bytea[])',
            [tree.nodes.map((node) => node.level), tree.nodes.map((node) => node.index), tree.nodes.map((node) => node.hash)],
          );
        } finally {
          await client.end();
        }
      },
      close: async () => {
        await sql.close();
        await store.close();
        await database.drop();
      },
    };
  });
});
