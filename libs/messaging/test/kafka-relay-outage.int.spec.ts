/**
 * A broker outage: the log is the outbox. With the broker stopped, appends keep succeeding, the
 * relay retries with back-off and shows its lag; when the broker returns, everything arrives in
 * order per item. Uses a private broker (its own port and data) so stopping it disturbs no other
 * suite.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { register } from 'prom-client';
import { buildEventTypeRegistry } from '@gongron/application';
import { SqliteCheckpointStore, SqliteEventStore } from '@gongron/event-store';
import { fromKafkaRecord, KafkaRelay } from '@gongron/messaging';
import { agendaItemLifecycle, commandService, execute, recordOpinion } from './support/commands.js';
import { consumeUntil, describeWithKafka, privateBroker, uniqueTopicPrefix } from './support/kafka.js';

/** A log file of its own in a temporary folder, removed when the process exits; `last` is the latest one. */
const durableFile: (() => string) & { last?: string } = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongron-relay-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  durableFile.last = join(dir, 'log.sqlite');
  return durableFile.last;
};

const describeKafka = await describeWithKafka();
const broker = privateBroker(Number(process.env.KAFKA_OUTAGE_TEST_PORT || 19392));

describeKafka('KafkaRelay through a broker outage', () => {
  beforeAll(async () => {
    await broker.start();
  }, 120_000);
  afterAll(async () => {
    await broker.clean();
  }, 60_000);

  it('keeps accepting 200 commands while the broker is down and delivers all of them, in order per item, when it returns', async () => {
    const store = new SqliteEventStore({ file: durableFile(), registry: buildEventTypeRegistry() });
    const service = commandService(store);
    const checkpoints = new SqliteCheckpointStore({ file: durableFile.last! });
    const prefix = uniqueTopicPrefix('outage');
    const relay = new KafkaRelay({
      store,
      checkpoints,
      brokers: broker.brokers,
      topicPrefix: prefix,
      name: 'outage',
      batchSize: 50,
      retry: { initialMs: 100, maxMs: 1000 },
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    const items = Array.from({ length: 20 }, (_, i) => `outage-item-${i}`);
    await relay.start();
    try {
      // Proposed and open for deliberation while the broker is up: 40 events, all published.
      for (const item of items) {
        for (const step of agendaItemLifecycle(item).slice(0, 2)) await execute(service, step);
      }
      await relay.waitForPosition(40, 20_000);

      await broker.stop();
      let succeeded = 0;
      for (let round = 0; round < 10; round++) {
        for (const item of items) {
          const result = await execute(service, recordOpinion(item));
          if (result.events.length === 1) succeeded++;
        }
      }
      expect(succeeded).toBe(200);
      expect(await store.headPosition()).toBe(240);
      // The relay notices, keeps its checkpoint, and reports the lag.
      const deadline = Date.now() + 20_000;
      let status = await relay.status();
      while ((status.connected || status.failures === 0) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        status = await relay.status();
      }
      expect(status).toMatchObject({ checkpoint: 40, head: 240, lag: 200, connected: false });
      expect(status.lastError).toEqual(expect.any(String));
      expect(await register.getSingleMetricAsString('gongron_kafka_relay_lag')).toContain('gongron_kafka_relay_lag{relay="outage"} 200');

      await broker.start();
      await relay.waitForPosition(240, 60_000);
      expect(await relay.status()).toMatchObject({ checkpoint: 240, lag: 0, connected: true });

      const records = await consumeUntil(
        [`${prefix}.agenda-items.v1`],
        (received) => new Set(received.map((r) => r.message.headers?.ce_id?.toString())).size >= 240,
        { brokers: broker.brokers, timeoutMs: 30_000 },
      );
      const events = records.map((r) => fromKafkaRecord(r.message));
      const seen = new Map<string, number>();
      const bySubject = new Map<string, number[]>();
      for (const event of events) {
        seen.set(event.id, (seen.get(event.id) ?? 0) + 1);
        if (seen.get(event.id)! > 1) continue;
        bySubject.set(event.subject, [...(bySubject.get(event.subject) ?? []), event.streamRevision]);
      }
      expect(seen.size).toBe(240);
      for (const revisions of bySubject.values()) expect(revisions).toEqual(Array.from({ length: 12 }, (_, i) => i));
      // At-least-once: a batch in flight when the broker went away may come twice, nothing more.
      const duplicated = events.filter((e, i) => events.findIndex((x) => x.id === e.id) !== i);
      expect([...seen.values()].every((count) => count <= 2)).toBe(true);
      expect(duplicated.every((e) => e.globalPosition > 40)).toBe(true);
    } finally {
      await relay.stop();
      await store.close();
    }
  }, 150_000);
});
