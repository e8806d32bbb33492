/**
 * The documented consumer example against the real broker: redelivered records (the same ce_id
 * again, as at-least-once allows) are handled once, and each item's events are handled in order,
 * even when a handler fails once and its record is retried.
 */
import { randomUUID } from 'node:crypto';
import type { StoredEvent } from '@gongron/event-store';
import { toKafkaRecord, type ReceivedEvent } from '@gongron/messaging';
import { RecentEventIds, startEventConsumer } from '../examples/consumer.js';
import { describeWithKafka, kafkaClient, TEST_BROKERS, uniqueTopicPrefix } from './support/kafka.js';

const describeKafka = await describeWithKafka();

function storedEvent(streamId: string, revision: number, position: number): StoredEvent {
  return {
    id: randomUUID(),
    type: revision === 0 ? 'AgendaItemProposed' : 'OpinionRecorded',
    schemaVersion: 1,
    streamId,
    revision,
    position,
    recordedAt: new Date(Date.UTC(2024, 2, 1, 9, 0, position)).toISOString(),
    data: { itemId: streamId.split(':')[1], revision },
    metadata: { correlationId: randomUUID() },
    hash: 'h',
    previousHash: '',
  };
}

describeKafka('consumer example (examples/consumer.ts)', () => {
  it('handles every event once, in order per item, though records are redelivered and a handler fails once', async () => {
    const topic = `${uniqueTopicPrefix('consumer')}.agenda-items.v1`;
    const admin = kafkaClient().admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
    await admin.disconnect();

    // Ten items, five events each, interleaved as the log would hold them.
    const events: StoredEvent[] = [];
    for (let revision = 0; revision < 5; revision++) {
      for (let item = 0; item < 10; item++) events.push(storedEvent(`agenda-item:item-${item}`, revision, events.length + 1));
    }
    // A relay that crashed after the broker's ack republishes from its older checkpoint.
    const redelivered = events.slice(20, 35);
    const producer = kafkaClient().producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    for (const batch of [events.slice(0, 35), redelivered, events.slice(35)]) {
      await producer.send({ topic, acks: -1, messages: batch.map((e) => toKafkaRecord(e)) });
    }
    await producer.disconnect();

    const handled: ReceivedEvent[] = [];
    const duplicates: string[] = [];
    let failedOnce = false;
    const failing = events[22]!.id;
    const running = await startEventConsumer({
      brokers: TEST_BROKERS,
      groupId: `example-${randomUUID()}`,
      topics: [topic],
      handledEvents: new RecentEventIds(1000),
      handle: (event) => {
        if (event.id === failing && !failedOnce) {
          failedOnce = true;
          throw new Error('the downstream database blinked');
        }
        handled.push(event);
      },
      onDuplicate: (event) => duplicates.push(event.id),
    });
    try {
      const deadline = Date.now() + 30_000;
      while ((handled.length < 50 || duplicates.length < 15) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    } finally {
      await running.stop();
    }
    expect(failedOnce).toBe(true);
    expect(handled.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    expect(duplicates.sort()).toEqual(redelivered.map((e) => e.id).sort());
    const bySubject = new Map<string, number[]>();
    for (const event of handled) bySubject.set(event.subject, [...(bySubject.get(event.subject) ?? []), event.streamRevision]);
    expect(bySubject.size).toBe(10);
    for (const revisions of bySubject.values()) expect(revisions).toEqual([0, 1, 2, 3, 4]);
  }, 60_000);
});

describe('RecentEventIds', () => {
  it('forgets the oldest ids beyond its capacity', () => {
    const ids = new RecentEventIds(2);
    ids.add('a');
    ids.add('b');
    ids.add('c');
    expect([ids.has('a'), ids.has('b'), ids.has('c')]).toEqual([false, true, true]);
  });
});
