/**
 * The relay against the real broker: every committed event reaches its category's topic, in
 * order per item, with the CloudEvents envelope; the checkpoint moves only after the broker's
 * acknowledgement, and a relay that dies resumes from it.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'prom-client';
import {
  type CheckpointStore,
  PostgresCheckpointStore,
  PostgresEventStore,
  SqliteCheckpointStore,
  SqliteEventStore,
  type EventStore,
} from '@gongron/event-store';
import { fromKafkaRecord, KafkaRelay, type ReceivedEvent } from '@gongron/messaging';
import { createTestDatabase, postgresAvailable } from '../../../test/support/postgres.js';
import { consumeUntil, describeWithKafka, TEST_BROKERS, uniqueTopicPrefix, type ConsumedRecord } from './support/kafka.js';

/** A log file of its own in a temporary folder, removed when the process exits; `last` is the latest one. */
const durableFile: (() => string) & { last?: string } = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongron-relay-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  durableFile.last = join(dir, 'log.sqlite');
  return durableFile.last;
};

const describeKafka = await describeWithKafka();
const postgresUp = await postgresAvailable();
if (!postgresUp) {
  if (process.env.CI === 'true') throw new Error('PostgreSQL is not reachable; under CI=true nothing may be skipped.');
  console.warn('\n*** SKIPPED: the relay checkpoint on PostgreSQL (no server reachable) ***\n');
}

function decode(records: readonly ConsumedRecord[]): (ReceivedEvent & { topic: string; partition: number })[] {
  return records.map((r) => ({ ...fromKafkaRecord(r.message), topic: r.topic, partition: r.partition }));
}

/** Distinct events per subject in arrival order, with duplicates (same ce_id) removed. */
function revisionsBySubject(events: readonly ReceivedEvent[]): Map<string, number[]> {
  const seen = new Set<string>();
  const result = new Map<string, number[]>();
  for (const event of events) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    const list = result.get(event.subject) ?? [];
    list.push(event.streamRevision);
    result.set(event.subject, list);
  }
  return result;
}

async function appendInterleaved(store: EventStore, items: string[], rounds: number, district = 'suwon') {
  for (let round = 0; round < rounds; round++) {
    for (const item of items) {
      await store.append(
        `agenda-item:${item}`,
        [
          {
            id: randomUUID(),
            type: round === 0 ? 'AgendaItemProposed' : 'OpinionRecorded',
            data: { itemId: item, round, ...(round === 0 ? { district } : {}) },
            metadata: {
              correlationId: `corr-${item}-${round}`,
              causationId: `cmd-${item}-${round}`,
              actor: { id: 'tok-1', role: 'secretary', district, body: 'civic-council' },
            },
          },
        ],
        round === 0 ? 'no-stream' : round - 1,
      );
    }
  }
}

describeKafka('KafkaRelay against a real broker', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function sqliteFiles() {
    const dir = mkdtempSync(join(tmpdir(), 'gongron-relay-'));
    dirs.push(dir);
    const file = join(dir, 'log.sqlite');
    return { store: new SqliteEventStore({ file }), checkpoints: new SqliteCheckpointStore({ file }), file };
  }

  it('publishes interleaved events of many items to the category topics, in order per item, with the CloudEvents headers', async () => {
    const { store, checkpoints } = sqliteFiles();
    const prefix = uniqueTopicPrefix('order');
    const relay = new KafkaRelay({ store, checkpoints, brokers: TEST_BROKERS, topicPrefix: prefix, partitions: 3, name: 'order' });
    await relay.start();
    try {
      const items = Array.from({ length: 20 }, (_, i) => `item-${i}`);
      await appendInterleaved(store, items, 5);
      await store.append(
        'project:p-1',
        [{ id: randomUUID(), type: 'ProjectPlanned', data: { projectId: 'p-1', district: 'osan' } }],
        'no-stream',
      );
      await store.append(
        'agreement:osan-2024',
        [{ id: randomUUID(), type: 'AgreementDrafted', data: { district: 'osan', year: 2024 } }],
        'no-stream',
      );
      await relay.waitForPosition(undefined, 20_000);

      const topics = [`${prefix}.agenda-items.v1`, `${prefix}.projects.v1`, `${prefix}.agreements.v1`];
      const events = decode(await consumeUntil(topics, (records) => records.length >= 102));
      expect(events).toHaveLength(102);

      const byItem = revisionsBySubject(events.filter((e) => e.topic === topics[0]));
      expect(byItem.size).toBe(20);
      for (const revisions of byItem.values()) expect(revisions).toEqual([0, 1, 2, 3, 4]);
      // One item, one partition: per-item order lives on the partition.
      for (const item of items) {
        expect(new Set(events.filter((e) => e.subject === `agenda-item:${item}`).map((e) => e.partition)).size).toBe(1);
      }

      const stored = await store.readAll({ maxCount: 1000 });
      const first = events.find((e) => e.id === stored[0]!.id)!;
      expect(first).toMatchObject({
        type: 'AgendaItemProposed',
        subject: 'agenda-item:item-0',
        source: '/gongron/suwon',
        time: stored[0]!.recordedAt,
        schemaVersion: 1,
        streamRevision: 0,
        globalPosition: 1,
        correlationId: 'corr-item-0-0',
        causationId: 'cmd-item-0-0',
        data: { itemId: 'item-0', round: 0, district: 'suwon' },
      });
      expect(events.find((e) => e.topic === topics[1])).toMatchObject({
        subject: 'project:p-1',
        type: 'ProjectPlanned',
        source: '/gongron/osan',
      });
      expect(events.find((e) => e.topic === topics[2])).toMatchObject({ subject: 'agreement:osan-2024', type: 'AgreementDrafted' });

      const status = await relay.status();
      expect(status).toMatchObject({ checkpoint: 102, head: 102, lag: 0, connected: true, published: 102 });
      expect(await checkpoints.load('order')).toBe(102);
      const metrics = await register.getSingleMetricAsString('gongron_kafka_relay_lag');
      expect(metrics).toContain('gongron_kafka_relay_lag{relay="order"} 0');
    } finally {
      await relay.stop();
      await store.close();
    }
  }, 60_000);

  it('creates the topics with the configured partitions on start, before any event exists', async () => {
    const store = new SqliteEventStore({ file: durableFile() });
    const prefix = uniqueTopicPrefix('topics');
    const relay = new KafkaRelay({
      store,
      checkpoints: new SqliteCheckpointStore({ file: durableFile.last! }),
      brokers: TEST_BROKERS,
      topicPrefix: prefix,
      partitions: 5,
      name: 'topics',
      metrics: false,
    });
    await relay.start();
    try {
      const deadline = Date.now() + 15_000;
      while (!(await relay.status()).connected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const { kafkaClient } = await import('./support/kafka.js');
      const admin = kafkaClient().admin();
      await admin.connect();
      try {
        const metadata = await admin.fetchTopicMetadata({
          topics: [`${prefix}.agenda-items.v1`, `${prefix}.projects.v1`, `${prefix}.agreements.v1`],
        });
        expect(metadata.topics.map((t) => t.partitions.length)).toEqual([5, 5, 5]);
      } finally {
        await admin.disconnect();
      }
    } finally {
      await relay.stop();
      await store.close();
    }
  }, 30_000);

  it('a relay that is stopped and replaced resumes from its checkpoint: every event exactly once', async () => {
    const { store, checkpoints, file } = sqliteFiles();
    const prefix = uniqueTopicPrefix('resume');
    const options = { checkpoints, brokers: TEST_BROKERS, topicPrefix: prefix, name: 'resume', metrics: false } as const;
    const first = new KafkaRelay({ store, ...options });
    await first.start();
    await appendInterleaved(store, ['a', 'b', 'c'], 4);
    await first.waitForPosition(12, 20_000);
    await first.stop();
    expect(await checkpoints.load('resume')).toBe(12);
    // Another process's view of the same file takes over from the saved checkpoint.
    const writer = new SqliteEventStore({ file });
    for (let round = 4; round < 8; round++) {
      for (const item of ['a', 'b', 'c']) {
        await writer.append(
          `agenda-item:${item}`,
          [{ id: randomUUID(), type: 'OpinionRecorded', data: { itemId: item, round } }],
          round - 1,
        );
      }
    }
    const second = new KafkaRelay({ store: writer, ...options });
    await second.start();
    try {
      await second.waitForPosition(24, 20_000);
      const events = decode(await consumeUntil([`${prefix}.agenda-items.v1`], (records) => records.length >= 24, { timeoutMs: 15_000 }));
      expect(events.map((e) => e.globalPosition).sort((x, y) => x - y)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
      for (const revisions of revisionsBySubject(events).values()) expect(revisions).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect((await second.status()).published).toBe(12);
    } finally {
      await second.stop();
      await writer.close();
      await store.close();
    }
  }, 60_000);

  /** The durable stores a relay keeps its checkpoint in: each case opens the log and a checkpoint store, and reopens the checkpoints as a new process would. */
  const durable: ReadonlyArray<
    readonly [
      string,
      () => Promise<{ store: EventStore; checkpoints: CheckpointStore; reopen(): Promise<CheckpointStore>; close(): Promise<void> }>,
    ]
  > = [
    [
      'SQLite',
      async () => {
        const { store, checkpoints, file } = sqliteFiles();
        const opened: SqliteCheckpointStore[] = [checkpoints];
        return {
          store,
          checkpoints,
          reopen: async () => {
            const again = new SqliteCheckpointStore({ file });
            opened.push(again);
            return again;
          },
          close: async () => {
            for (const c of opened) await c.close();
            await store.close();
          },
        };
      },
    ],
    [
      'PostgreSQL',
      async () => {
        const database = await createTestDatabase('gongron_relay');
        const store = await PostgresEventStore.create({ connectionString: database.url });
        const checkpoints = await PostgresCheckpointStore.create({ connectionString: database.url });
        const opened: PostgresCheckpointStore[] = [checkpoints];
        return {
          store,
          checkpoints,
          reopen: async () => {
            const again = await PostgresCheckpointStore.create({ connectionString: database.url });
            opened.push(again);
            return again;
          },
          close: async () => {
            for (const c of opened) await c.close();
            await store.close();
            await database.drop();
          },
        };
      },
    ],
  ];

  it.each(durable.filter(([backend]) => backend !== 'PostgreSQL' || postgresUp))(
    'a relay killed after the broker acknowledged but before its checkpoint was saved (on %s) resends only that slice, and order per item holds',
    async (backend, open) => {
      const { store, checkpoints, reopen, close } = await open();
      const prefix = uniqueTopicPrefix(`killed-${backend.toLowerCase()}`);
      let saves = 0;
      let victim: KafkaRelay | undefined;
      const dying: CheckpointStore = {
        load: (name: string) => checkpoints.load(name),
        async save(name: string, position: number) {
          saves++;
          if (saves === 3) {
            // The process dies here: the broker has the slice, the checkpoint does not.
            void victim?.stop();
            throw new Error('process killed');
          }
          await checkpoints.save(name, position);
        },
        close: async () => undefined,
      };
      const options = { brokers: TEST_BROKERS, topicPrefix: prefix, name: 'killed', metrics: false, batchSize: 5 } as const;
      try {
        await appendInterleaved(store, ['a', 'b', 'c', 'd', 'e'], 6);
        const positions = (await store.readAll({ after: 0, maxCount: 100 })).map((e) => e.position);
        expect(positions).toHaveLength(30);
        victim = new KafkaRelay({
          store,
          checkpoints: dying,
          ...options,
          logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
        });
        await victim.start();
        const deadline = Date.now() + 60_000;
        while ((await victim.status()).running && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        expect((await victim.status()).running).toBe(false);

        // A new process reads the checkpoint back from the database: the first two slices are saved, the third is not.
        const saved = await reopen();
        expect(await saved.load('killed')).toBe(positions[9]);
        const successor = new KafkaRelay({ store, checkpoints: saved, ...options });
        await successor.start();
        try {
          await successor.waitForPosition(positions[29]!, 20_000);
          const events = decode(
            await consumeUntil([`${prefix}.agenda-items.v1`], (records) => records.length >= 35, { timeoutMs: 20_000 }),
          );
          // 1–15 reached the broker before the kill; the successor resends 11–15 and goes on.
          const expected = [...positions, ...positions.slice(10, 15)];
          expect(events.map((e) => e.globalPosition).sort((x, y) => x - y)).toEqual(expected.sort((x, y) => x - y));
          for (const revisions of revisionsBySubject(events).values()) expect(revisions).toEqual([0, 1, 2, 3, 4, 5]);
          expect(await (await reopen()).load('killed')).toBe(positions[29]);
        } finally {
          await successor.stop();
        }
      } finally {
        await close();
      }
    },
    120_000,
  );
});
