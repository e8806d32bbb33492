/**
 * The AsyncAPI document against what is really on the wire: commands through the application's
 * command path, published by the relay to the real broker, consumed back — and every record's
 * payload and headers validate against the document's generated schemas. Interleaved commands on
 * many items arrive in order per item.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import Ajv from 'ajv';
import { randomUUID } from 'node:crypto';
import { buildEventTypeRegistry } from '@gongron/application';
import { SqliteCheckpointStore, SqliteEventStore } from '@gongron/event-store';
import {
  buildAsyncApiDocument,
  eventPayloadSchema,
  fieldsKeptOffKafka,
  fromKafkaRecord,
  KafkaRelay,
  publishedData,
} from '@gongron/messaging';
import { agendaItemLifecycle, commandService, execute } from './support/commands.js';
import { consumeUntil, describeWithKafka, TEST_BROKERS, uniqueTopicPrefix } from './support/kafka.js';

/** A log file of its own in a temporary folder, removed when the process exits; `last` is the latest one. */
const durableFile: (() => string) & { last?: string } = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongron-relay-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  durableFile.last = join(dir, 'log.sqlite');
  return durableFile.last;
};

const describeKafka = await describeWithKafka();

describeKafka('events on Kafka match the AsyncAPI document', () => {
  it('publishes interleaved commands on ten items in order per item, each record valid against its schema', async () => {
    const store = new SqliteEventStore({ file: durableFile(), registry: buildEventTypeRegistry() });
    const prefix = uniqueTopicPrefix('asyncapi');
    const relay = new KafkaRelay({
      store,
      checkpoints: new SqliteCheckpointStore({ file: durableFile.last! }),
      brokers: TEST_BROKERS,
      topicPrefix: prefix,
      name: 'asyncapi',
      metrics: false,
    });
    await relay.start();
    const service = commandService(store);
    const items = Array.from({ length: 10 }, (_, i) => `item-${i}-${randomUUID().slice(0, 6)}`);
    const lifecycles = items.map((item) => agendaItemLifecycle(item));
    try {
      for (let step = 0; step < lifecycles[0]!.length; step++) {
        for (const lifecycle of lifecycles) await execute(service, lifecycle[step]!);
      }
      const head = await store.headPosition();
      await relay.waitForPosition(head, 20_000);
      const stored = await store.readAll({ maxCount: 10_000 });
      expect(stored.length).toBe(head);

      const document = buildAsyncApiDocument({ topicPrefix: prefix }) as {
        channels: Record<string, { address: string; messages: Record<string, unknown> }>;
        components: { messages: Record<string, { headers: object }> };
      };
      const topic = document.channels.agendaItems!.address;
      const records = await consumeUntil([topic], (received) => received.length >= head);
      expect(records).toHaveLength(head);

      const ajv = new Ajv({ allErrors: true });
      const bySubject = new Map<string, number[]>();
      const types = new Set<string>();
      for (const record of records) {
        const event = fromKafkaRecord(record.message);
        types.add(event.type);
        expect(Object.keys(document.channels.agendaItems!.messages)).toContain(event.type);
        const payloadSchema = eventPayloadSchema(event.type);
        expect(payloadSchema).toBeDefined();
        const validPayload = ajv.validate(payloadSchema!, event.data);
        if (!validPayload) throw new Error(`${event.type} payload breaks its schema: ${ajv.errorsText()}`);
        const headers = Object.fromEntries(Object.entries(record.message.headers ?? {}).map(([k, v]) => [k, String(v)]));
        const validHeaders = ajv.validate(document.components.messages[event.type]!.headers, headers);
        if (!validHeaders) throw new Error(`${event.type} headers break their schema: ${ajv.errorsText()}`);
        bySubject.set(event.subject, [...(bySubject.get(event.subject) ?? []), event.streamRevision]);
        // The stored event less its personal fields (an opinion's text, the drafting owner): those stay in the log.
        const original = stored.find((s) => s.id === event.id)!;
        expect(event.data).toEqual(publishedData(original.type, original.data));
        for (const field of (fieldsKeptOffKafka as Readonly<Record<string, readonly string[] | undefined>>)[event.type] ?? [])
          expect(event.data).not.toHaveProperty(field);
      }
      expect(types.size).toBeGreaterThanOrEqual(8);
      expect([...types]).toEqual(expect.arrayContaining(['OpinionRecorded', 'DraftingStarted']));
      expect(bySubject.size).toBe(10);
      const perItem = head / 10;
      for (const revisions of bySubject.values()) expect(revisions).toEqual(Array.from({ length: perItem }, (_, i) => i));
    } finally {
      await relay.stop();
      await store.close();
    }
  }, 60_000);
});
