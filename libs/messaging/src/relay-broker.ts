/**
 * The relay's side of the broker: one kafkajs client, and while connected one idempotent producer
 * and one admin. Topics are created (or found) before anything is sent to them, and a topic counts
 * as ready only once every partition answers from its leader.
 */
import kafkajs from 'kafkajs';
import type { Admin, Kafka, LogEntry, Producer, SASLOptions, TopicMessages } from 'kafkajs';
import type { ConnectionOptions } from 'node:tls';
import { validateTopicName } from './topics.js';

/** Structured logger (pino's argument order). */
export interface RelayLogger {
  debug?(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

const { Kafka: KafkaClient, Partitioners, logLevel: KafkaLogLevel } = kafkajs;

// The event store admits events of up to 1 MiB of data and metadata; a topic must take one.
const TOPIC_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error && cause.message !== error.message ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}

/** A failure talking to the broker (as opposed to reading the log): the connection is dropped and remade. */
export class BrokerError extends Error {
  constructor(cause: unknown) {
    super(describeError(cause), { cause });
  }
}

export interface RelayBrokerOptions {
  /** The relay's name, in every log line. */
  readonly relay: string;
  readonly clientId: string;
  readonly brokers: readonly string[];
  readonly ssl?: boolean | ConnectionOptions;
  readonly sasl?: SASLOptions;
  readonly connectionTimeoutMs: number;
  readonly logger: RelayLogger;
  /** Partitions and replication factor of the topics it creates. */
  readonly partitions: number;
  readonly replicationFactor?: number;
  /** The topics made ready on every connect. */
  readonly startTopics: readonly string[];
}

export class RelayBroker {
  private readonly kafka: Kafka;
  private producer?: Producer;
  private admin?: Admin;
  private readonly readyTopics = new Set<string>();
  private isConnected = false;

  constructor(private readonly options: RelayBrokerOptions) {
    const { logger, relay } = options;
    this.kafka = new KafkaClient({
      clientId: options.clientId,
      brokers: [...options.brokers],
      ...(options.ssl ? { ssl: options.ssl } : {}),
      ...(options.sasl ? { sasl: options.sasl } : {}),
      connectionTimeout: options.connectionTimeoutMs,
      // The relay's own loop retries with back-off and never gives up; the client retries briefly.
      retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1000 },
      // kafkajs narrates every reconnect; only its warnings and errors reach our log, as warnings.
      logLevel: KafkaLogLevel.WARN,
      logCreator:
        () =>
        ({ namespace, log }: LogEntry) => {
          const { message, timestamp: _timestamp, logger: _logger, ...details } = log;
          // The producer's retries are bounded on purpose: the relay's loop is the retry, and it
          // resumes from the checkpoint with a fresh producer, so order holds and no event is lost.
          if (String(message).startsWith('Limiting retries for the idempotent producer')) return;
          logger.warn({ relay, kafkajs: namespace, ...details }, String(message));
        },
    });
  }

  /** True while the relay holds a working producer connection. */
  get connected(): boolean {
    return this.isConnected;
  }

  /** Connects unless connected; `checkpoint` is only for the log line. */
  async connect(checkpoint: number): Promise<void> {
    if (this.producer) return;
    try {
      const producer = this.kafka.producer({
        // Idempotence keeps the broker from writing a retried request twice and, with one
        // request in flight, keeps order per partition across retries.
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
        retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1000 },
      });
      const admin = this.kafka.admin({ retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1000 } });
      this.producer = producer;
      this.admin = admin;
      await producer.connect();
      await admin.connect();
      await this.ensureTopics(this.options.startTopics);
      this.isConnected = true;
      this.options.logger.info({ relay: this.options.relay, checkpoint }, 'Kafka relay connected to the broker');
    } catch (error) {
      throw new BrokerError(error);
    }
  }

  /** Sends one batch across topics with acks from all in-sync replicas; any failure is a BrokerError. */
  async send(topicMessages: TopicMessages[]): Promise<void> {
    try {
      await this.ensureTopics(topicMessages.map(({ topic }) => topic));
      await this.producer!.sendBatch({ topicMessages, acks: -1 });
    } catch (error) {
      throw new BrokerError(error);
    }
  }

  async disconnect(): Promise<void> {
    const producer = this.producer;
    const admin = this.admin;
    this.producer = undefined;
    this.admin = undefined;
    this.isConnected = false;
    this.readyTopics.clear();
    await Promise.allSettled([producer?.disconnect(), admin?.disconnect()]);
  }

  private async ensureTopics(topics: readonly string[]): Promise<void> {
    const missing = topics.filter((topic) => !this.readyTopics.has(topic));
    if (missing.length === 0) return;
    for (const topic of missing) validateTopicName('topic', topic);
    const existing = new Set(await this.admin!.listTopics());
    const absent = missing.filter((topic) => !existing.has(topic));
    if (absent.length > 0) await this.createTopics(absent);
    const metadata = await this.admin!.fetchTopicMetadata({ topics: missing });
    for (const topic of metadata.topics) {
      if (topic.partitions.length !== this.options.partitions) {
        // Adding partitions would move keys to other partitions and break per-item order.
        this.options.logger.warn(
          { relay: this.options.relay, topic: topic.name, partitions: topic.partitions.length, configured: this.options.partitions },
          'Kafka relay: topic exists with another partition count; publishing to it unchanged',
        );
      }
      // Every partition answers its offsets from its leader before the topic counts as ready:
      // a batch sent to a partition whose leader is not yet serving it is refused for that
      // partition only, and the retry of the whole batch would write the others twice.
      await this.admin!.fetchTopicOffsets(topic.name);
      this.readyTopics.add(topic.name);
    }
  }

  private async createTopics(topics: readonly string[]): Promise<void> {
    const { partitions, replicationFactor } = this.options;
    await this.admin!.createTopics({
      waitForLeaders: true,
      topics: topics.map((topic) => ({
        topic,
        numPartitions: partitions,
        ...(replicationFactor !== undefined ? { replicationFactor } : {}),
        configEntries: [{ name: 'max.message.bytes', value: String(TOPIC_MAX_MESSAGE_BYTES) }],
      })),
    });
  }
}
