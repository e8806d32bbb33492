/**
 * The erasure of a data subject on Kafka, against the real broker: commands through the
 * application's command path, the subject erased as `cli privacy erase` and the retention sweep
 * do, published by the relay. The erasure reaches the topic of the item that carried the value,
 * keyed by the item, after the item's earlier events and before its later ones; it carries no
 * data, and no record on any topic carries a personal value.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Ajv from 'ajv';
import { buildEventTypeRegistry, eraseSubject } from '@gongron/application';
import { SqliteCheckpointStore, SqliteEventStore } from '@gongron/event-store';
import { buildAsyncApiDocument, eventPayloadSchema, fromKafkaRecord, KafkaRelay } from '@gongron/messaging';
import { commandService, execute } from './support/commands.js';
import { consumeUntil, describeWithKafka, TEST_BROKERS, uniqueTopicPrefix } from './support/kafka.js';

const describeKafka = await describeWithKafka();

describeKafka('an erasure of personal data on Kafka', () => {
  it('reaches the topic of the item that carried the value, in order per item, without the data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongron-erasure-kafka-'));
    const file = join(dir, 'log.sqlite');
    const store = new SqliteEventStore({ file, registry: buildEventTypeRegistry() });
    const prefix = uniqueTopicPrefix('erasure');
    const relay = new KafkaRelay({
      store,
      checkpoints: new SqliteCheckpointStore({ file }),
      brokers: TEST_BROKERS,
      topicPrefix: prefix,
      name: 'erasure',
      metrics: false,
    });
    const service = commandService(store);
    const secretary = {
      id: `tok-${randomUUID().slice(0, 8)}`,
      role: 'secretary' as const,
      district: 'suwon' as const,
      body: 'civic-council' as const,
      name: '정간사',
    };
    const items = [`erase-a-${randomUUID().slice(0, 6)}`, `erase-b-${randomUUID().slice(0, 6)}`];
    const opinions = new Map(items.map((item) => [item, randomUUID()]));
    const secret = (item: string) => `제 전화번호는 010-4321-${item.slice(-4)}입니다`;
    try {
      await relay.start();
      for (const itemId of items) {
        await execute(service, {
          type: 'ProposeAgendaItem',
          actor: secretary,
          data: {
            itemId,
            district: 'suwon',
            title: `통학로 ${itemId}`,
            description: '통학로 안전',
            proposerCategory: 'parent',
            taskCode: '2-2',
            source: 'survey',
          },
        });
        await execute(service, { type: 'OpenDeliberation', actor: secretary, data: { itemId, method: 'forum' } });
        await execute(service, {
          type: 'RecordOpinion',
          actor: secretary,
          data: { itemId, opinionId: opinions.get(itemId)!, stance: 'support', respondentCategory: 'student', text: secret(itemId) },
        });
      }
      const [erasedItem, keptItem] = items as [string, string];
      const subject = `opinion:${erasedItem}/${opinions.get(erasedItem)!}`;
      const byWhom = { id: 'auditor-1', role: 'auditor' as const };
      const erasure = await eraseSubject(store, subject, 'request', byWhom, new Date());
      expect(erasure.destroyed).toBe(true);
      const actorErasure = await eraseSubject(store, `actor:${secretary.id}`, 'retention', byWhom, new Date());
      // A later event of the erased item: consumers must see it after the erasure.
      const later = await execute(service, {
        type: 'RecordOpinion',
        actor: secretary,
        data: { itemId: erasedItem, opinionId: randomUUID(), stance: 'oppose', respondentCategory: 'parent', text: '반대합니다' },
      });
      expect(later.events).toHaveLength(1);
      const head = await store.headPosition();
      await relay.waitForPosition(head, 30_000);

      const document = buildAsyncApiDocument({ topicPrefix: prefix }) as {
        channels: Record<string, { address: string; messages: Record<string, unknown> }>;
      };
      const itemsTopic = document.channels.agendaItems!.address;
      const erasuresTopic = document.channels.personalDataErasures!.address;
      const records = await consumeUntil([itemsTopic, erasuresTopic], (received) => received.length >= head, { timeoutMs: 60_000 });
      expect(records).toHaveLength(head);

      // Every record of the log, and not one personal value in any of them.
      for (const record of records) {
        const value = record.message.value!.toString();
        for (const item of items) expect(value).not.toContain(secret(item));
        expect(value).not.toContain('반대합니다');
        expect(value).not.toContain(secretary.name);
        expect(value).not.toContain('\uE000pd');
      }

      const erasureRecords = records.filter((record) => fromKafkaRecord(record.message).type === 'PersonalDataErased');
      expect(erasureRecords).toHaveLength(2);
      const onItem = erasureRecords.find((record) => record.topic === itemsTopic)!;
      expect(onItem.key).toBe(`agenda-item:${erasedItem}`);
      const received = fromKafkaRecord(onItem.message);
      expect(received.subject).toBe(`agenda-item:${erasedItem}`);
      expect(received.globalPosition).toBe(erasure.position);
      expect(received.data).toEqual({
        subject,
        category: 'opinion',
        reason: 'request',
        erasedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      expect(new Ajv().validate(eventPayloadSchema('PersonalDataErased')!, received.data)).toBe(true);

      // The erased item's partition: its events before the erasure, the erasure, then its later event.
      const itemRecords = records
        .filter((record) => record.key === `agenda-item:${erasedItem}`)
        .sort((a, b) => Number(BigInt(a.offset) - BigInt(b.offset)));
      expect(new Set(itemRecords.map((record) => record.partition)).size).toBe(1);
      expect(itemRecords.map((record) => fromKafkaRecord(record.message).type)).toEqual([
        'AgendaItemProposed',
        'DeliberationOpened',
        'OpinionRecorded',
        'PersonalDataErased',
        'OpinionRecorded',
      ]);
      // The other item learns of no erasure.
      expect(
        records.filter((record) => record.key === `agenda-item:${keptItem}`).map((record) => fromKafkaRecord(record.message).type),
      ).not.toContain('PersonalDataErased');

      // An acting user's erasure: on the erasures' own topic, keyed by the subject.
      const onOwnTopic = erasureRecords.find((record) => record.topic === erasuresTopic)!;
      expect(onOwnTopic.key).toBe(`personal-data-erasure:actor:${secretary.id}`);
      expect(fromKafkaRecord(onOwnTopic.message).globalPosition).toBe(actorErasure.position);
    } finally {
      await relay.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
