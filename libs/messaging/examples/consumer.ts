/**
 * A downstream consumer of Gongron's events, as a template for services that read the topics
 * (a district's one-click system, a school portal, statistics).
 *
 * Two guarantees it keeps on top of Kafka's at-least-once delivery:
 * - **Dedupe on `ce_id`**: a record whose event id was already handled is acknowledged and
 *   skipped. The relay may publish an event twice (a crash between the broker's ack and the
 *   checkpoint); handling it once is the consumer's job.
 * - **Per-item order**: every event of an item shares its key (the stream id) and so its
 *   partition; records of a partition are handled one at a time, in offset order, and the offset
 *   is committed only after the handler finished. A handler that throws is retried from that
 *   record; the next event of the item never overtakes it.
 *
 * Run it against the local broker:
 *   npm run build && node dist/libs/messaging/examples/consumer.js [topic-prefix] [group-id]
 */
import { pathToFileURL } from 'node:url';
import kafkajs from 'kafkajs';
import type { Consumer, KafkaMessage } from 'kafkajs';
import { fromKafkaRecord, topicForCategory, PUBLISHED_STREAM_CATEGORIES, type ReceivedEvent } from '@gongron/messaging';

const { Kafka, logLevel } = kafkajs;

/**
 * Which event ids were handled. In production keep it where the handler writes its own state,
 * in the same transaction, so "handled" and "recorded as handled" cannot diverge.
 */
export interface HandledEvents {
  has(eventId: string): boolean | Promise<boolean>;
  add(eventId: string): void | Promise<void>;
}

/** Remembers the most recent `capacity` event ids; enough when duplicates arrive close together. */
export class RecentEventIds implements HandledEvents {
  private readonly ids = new Set<string>();
  constructor(private readonly capacity = 100_000) {}

  has(eventId: string): boolean {
    return this.ids.has(eventId);
  }

  add(eventId: string): void {
    this.ids.add(eventId);
    if (this.ids.size > this.capacity) {
      // A Set iterates in insertion order: the first entry is the oldest.
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
  }
}

export interface EventConsumerOptions {
  readonly brokers: readonly string[];
  readonly groupId: string;
  readonly topics: readonly string[];
  readonly clientId?: string;
  /** Read topics from the start when the group has no committed offset. Default true. */
  readonly fromBeginning?: boolean;
  readonly handledEvents?: HandledEvents;
  /** Called once per distinct event, in order per item. */
  readonly handle: (event: ReceivedEvent) => Promise<void> | void;
  /** Called for each record skipped as a duplicate. */
  readonly onDuplicate?: (event: ReceivedEvent) => void;
}

export interface RunningConsumer {
  readonly consumer: Consumer;
  stop(): Promise<void>;
}

export async function startEventConsumer(options: EventConsumerOptions): Promise<RunningConsumer> {
  const kafka = new Kafka({
    clientId: options.clientId ?? 'gongron-consumer-example',
    brokers: [...options.brokers],
    logLevel: logLevel.WARN,
  });
  const handled = options.handledEvents ?? new RecentEventIds();
  const consumer = kafka.consumer({ groupId: options.groupId, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topics: [...options.topics], fromBeginning: options.fromBeginning ?? true });
  await consumer.run({
    // One record at a time per partition (the default), committed after it was handled.
    partitionsConsumedConcurrently: 1,
    eachMessage: async ({ message }: { message: KafkaMessage }) => {
      const event = fromKafkaRecord(message);
      if (await handled.has(event.id)) {
        options.onDuplicate?.(event);
        return;
      }
      await options.handle(event);
      await handled.add(event.id);
    },
  });
  return {
    consumer,
    stop: () => consumer.disconnect(),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const prefix = process.argv[2] ?? process.env.KAFKA_TOPIC_PREFIX ?? 'gongron';
  const groupId = process.argv[3] ?? 'gongron-consumer-example';
  const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');
  const topics = PUBLISHED_STREAM_CATEGORIES.map((category) => topicForCategory(category, { prefix }));
  const running = await startEventConsumer({
    brokers,
    groupId,
    topics,
    handle: (event) => {
      console.log(
        JSON.stringify({ id: event.id, type: event.type, subject: event.subject, revision: event.streamRevision, time: event.time }),
      );
    },
    onDuplicate: (event) => console.error(`duplicate skipped: ${event.id}`),
  });
  console.error(`consuming ${topics.join(', ')} as group ${groupId}; Ctrl-C to stop`);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
