/**
 * The Kafka relay: reads the log from its checkpoint and publishes every committed event, in log
 * order, to one topic per stream category, keyed by stream id (so per-item order holds on the
 * partition). The checkpoint moves only after the broker acknowledged (acks from all in-sync
 * replicas), so delivery is at-least-once and never skips: the log itself is the outbox, and a
 * broker outage only grows the lag until the broker returns.
 */
import kafkajs from 'kafkajs';
import type { Admin, Kafka, LogEntry, Message, Producer, SASLOptions, TopicMessages } from 'kafkajs';
import type { ConnectionOptions } from 'node:tls';
import type { Registry } from 'prom-client';
import type { EventStore, StoredEvent } from '@gongron/event-store';
import { toKafkaRecord } from './envelope.js';
import { InvalidMessagingOptionError, RelayTimeoutError } from './errors.js';
import { relayMetrics, type RelayMetrics } from './relay-metrics.js';
import { categoryOfStream, PUBLISHED_STREAM_CATEGORIES, topicForCategory, validateTopicName } from './topics.js';

const { Kafka: KafkaClient, Partitioners, logLevel: KafkaLogLevel } = kafkajs;

/** Where the relay keeps its position; the event store's CheckpointStore adapters fit. */
export interface RelayCheckpointStore {
  /** The saved position, or 0 / null / undefined when none was saved. */
  load(name: string): Promise<number | null | undefined>;
  save(name: string, position: number): Promise<void>;
}

/** Structured logger (pino's argument order). */
export interface RelayLogger {
  debug?(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

export interface KafkaRelayOptions {
  readonly store: EventStore;
  readonly checkpoints: RelayCheckpointStore;
  /** host:port of one or more brokers. */
  readonly brokers: readonly string[];
  /** Default `gongron`. */
  readonly clientId?: string;
  /** Default `gongron`: topics are `<prefix>.agenda-items.v1`, `<prefix>.projects.v1`, ... */
  readonly topicPrefix?: string;
  /** Partitions of each topic the relay creates. Default 3. */
  readonly partitions?: number;
  /** Replication factor of the topics the relay creates. Default: the broker's default. */
  readonly replicationFactor?: number;
  /** Explicit topic names by stream category, instead of `<prefix>.<categories>.v1`. */
  readonly topics?: Readonly<Record<string, string>>;
  /** Categories whose topics are created at start (others are created when first seen). Default: PUBLISHED_STREAM_CATEGORIES. */
  readonly categories?: readonly string[];
  /** Checkpoint name and metrics label. Default `kafka-relay`. */
  readonly name?: string;
  /** Events read from the log per round. Default 1000. */
  readonly batchSize?: number;
  /** How often an idle relay looks at the log (`notify()` wakes it at once). Default 50 ms. */
  readonly pollIntervalMs?: number;
  /** Back-off after a failure: doubles from `initialMs` (default 100) up to `maxMs` (default 5000). */
  readonly retry?: { readonly initialMs?: number; readonly maxMs?: number };
  /** TCP connect timeout per broker. Default 3000 ms. */
  readonly connectionTimeoutMs?: number;
  /** TLS to the brokers: true for the system's trusted CAs, or Node TLS options (ca, cert, key, …). */
  readonly ssl?: boolean | ConnectionOptions;
  /** SASL authentication (plain, scram-sha-256, scram-sha-512), as kafkajs takes it. */
  readonly sasl?: SASLOptions;
  readonly logger?: RelayLogger;
  /** Prometheus metrics: true (default) on prom-client's default registry, a registry, or false. */
  readonly metrics?: boolean | Registry;
}

export interface RelayStatus {
  /** Global position of the last event the broker acknowledged. */
  readonly checkpoint: number;
  /** Global position of the last committed event in the log. */
  readonly head: number;
  /** Committed events not yet published. */
  readonly lag: number;
  /** True while the relay holds a working producer connection. */
  readonly connected: boolean;
  readonly running: boolean;
  /** The error of the last failed attempt, cleared by the next successful one. */
  readonly lastError?: string;
  readonly lastErrorAt?: string;
  /** Events acknowledged by the broker since start (a retried batch counts again). */
  readonly published: number;
  readonly failures: number;
}

// A record batch per partition must stay under the topic's max.message.bytes; cutting sends at
// this size (counted in UTF-16 units, which undercount UTF-8 bytes at most threefold) keeps any
// mix of events inside the limit set on the topics below.
const SEND_BYTES = 768 * 1024;
// The event store admits events of up to 1 MiB of data and metadata; a topic must take one.
const TOPIC_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

const consoleLogger: RelayLogger = {
  info: () => undefined,
  warn: (details, message) => console.warn(`[kafka-relay] ${message}`, details),
  error: (details, message) => console.error(`[kafka-relay] ${message}`, details),
};

function positiveInteger(field: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new InvalidMessagingOptionError(field, `must be a whole number ≥ 1 (got ${String(value)})`);
  return value;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error && cause.message !== error.message ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}

class BrokerError extends Error {
  constructor(cause: unknown) {
    super(describe(cause), { cause });
  }
}

export class KafkaRelay {
  readonly name: string;
  private readonly store: EventStore;
  private readonly checkpoints: RelayCheckpointStore;
  private readonly logger: RelayLogger;
  private readonly kafka: Kafka;
  private readonly partitions: number;
  private readonly replicationFactor?: number;
  private readonly naming: { prefix: string; overrides: Readonly<Record<string, string>> };
  private readonly categories: readonly string[];
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retryInitialMs: number;
  private readonly retryMaxMs: number;
  private readonly metrics?: RelayMetrics;

  private producer?: Producer;
  private admin?: Admin;
  private readonly readyTopics = new Set<string>();
  private checkpoint = 0;
  private published = 0;
  private failures = 0;
  private connected = false;
  private lastError?: { message: string; at: string };
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private notified = false;
  private readonly progressWaiters = new Set<() => void>();

  constructor(options: KafkaRelayOptions) {
    if (!options.store) throw new InvalidMessagingOptionError('store', 'is required');
    if (!options.checkpoints) throw new InvalidMessagingOptionError('checkpoints', 'is required');
    if (!Array.isArray(options.brokers) || options.brokers.length === 0) {
      throw new InvalidMessagingOptionError('brokers', 'must list at least one host:port');
    }
    for (const broker of options.brokers) {
      if (typeof broker !== 'string' || !/^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/.test(broker)) {
        throw new InvalidMessagingOptionError('brokers', `"${String(broker)}" is not host:port`);
      }
    }
    this.store = options.store;
    this.checkpoints = options.checkpoints;
    this.name = options.name ?? 'kafka-relay';
    if (!/^[A-Za-z0-9._:-]{1,100}$/.test(this.name)) {
      throw new InvalidMessagingOptionError('name', 'must be 1–100 characters of A-Z a-z 0-9 . _ : -');
    }
    this.logger = options.logger ?? consoleLogger;
    this.partitions = positiveInteger('partitions', options.partitions, 3);
    if (options.replicationFactor !== undefined) {
      this.replicationFactor = positiveInteger('replicationFactor', options.replicationFactor, 1);
    }
    this.batchSize = positiveInteger('batchSize', options.batchSize, 1000);
    this.pollIntervalMs = positiveInteger('pollIntervalMs', options.pollIntervalMs, 50);
    this.retryInitialMs = positiveInteger('retry.initialMs', options.retry?.initialMs, 100);
    this.retryMaxMs = positiveInteger('retry.maxMs', options.retry?.maxMs, 5000);
    const prefix = options.topicPrefix ?? 'gongron';
    this.naming = { prefix, overrides: options.topics ?? {} };
    this.categories = options.categories ?? PUBLISHED_STREAM_CATEGORIES;
    for (const [category, topic] of Object.entries(this.naming.overrides)) validateTopicName(`topics.${category}`, topic);
    for (const category of this.categories) {
      if (!(category in this.naming.overrides)) validateTopicName('topicPrefix', this.topicFor(category));
    }
    if (options.metrics !== false) {
      this.metrics = relayMetrics(options.metrics === true || options.metrics === undefined ? undefined : options.metrics);
    }

    const logger = this.logger;
    this.kafka = new KafkaClient({
      clientId: options.clientId ?? 'gongron',
      brokers: [...options.brokers],
      ...(options.ssl ? { ssl: options.ssl } : {}),
      ...(options.sasl ? { sasl: options.sasl } : {}),
      connectionTimeout: positiveInteger('connectionTimeoutMs', options.connectionTimeoutMs, 3000),
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
          logger.warn({ relay: this.name, kafkajs: namespace, ...details }, String(message));
        },
    });
  }

  /** The topic events of a stream category are published to. */
  topicFor(category: string): string {
    return topicForCategory(category, { prefix: this.naming.prefix, overrides: this.naming.overrides });
  }

  /**
   * Loads the checkpoint and starts publishing in the background. Resolves without waiting for
   * the broker: when it is down the relay keeps retrying and its lag shows in `status()`.
   */
  async start(): Promise<void> {
    if (this.running) return;
    const saved = await this.checkpoints.load(this.name);
    this.checkpoint = typeof saved === 'number' && saved > 0 ? saved : 0;
    this.running = true;
    this.metrics?.attach(this);
    this.logger.info({ relay: this.name, checkpoint: this.checkpoint }, 'Kafka relay started');
    this.loop = this.run();
  }

  /** Finishes the batch in flight (its checkpoint is saved if the broker acknowledged), then disconnects. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wakeUp?.();
    await this.loop;
    this.metrics?.detach(this);
    await this.disconnect();
    for (const wake of this.progressWaiters) wake();
    this.logger.info({ relay: this.name, checkpoint: this.checkpoint }, 'Kafka relay stopped');
  }

  /** Look at the log now instead of at the next poll (call after an in-process append). */
  notify(): void {
    this.notified = true;
    this.wakeUp?.();
  }

  async status(): Promise<RelayStatus> {
    const head = await this.store.headPosition();
    return {
      checkpoint: this.checkpoint,
      head,
      lag: Math.max(0, head - this.checkpoint),
      connected: this.connected,
      running: this.running,
      ...(this.lastError ? { lastError: this.lastError.message, lastErrorAt: this.lastError.at } : {}),
      published: this.published,
      failures: this.failures,
    };
  }

  /** For the metrics collector. */
  async metricSnapshot(): Promise<{ checkpoint: number; head: number; lag: number; connected: boolean }> {
    const status = await this.status();
    return { checkpoint: status.checkpoint, head: status.head, lag: status.lag, connected: status.connected };
  }

  /** Resolves once every event up to `position` (default: the log's head now) is acknowledged. */
  async waitForPosition(position?: number, timeoutMs = 30_000): Promise<void> {
    const target = position ?? (await this.store.headPosition());
    const deadline = Date.now() + timeoutMs;
    while (this.checkpoint < target) {
      const left = deadline - Date.now();
      if (left <= 0 || !this.running) {
        throw new RelayTimeoutError(target, this.checkpoint, timeoutMs, this.lastError?.message);
      }
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.progressWaiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, left);
        this.progressWaiters.add(done);
      });
    }
  }

  private async run(): Promise<void> {
    let backoff = this.retryInitialMs;
    // While catching up, the next batch is read while the broker works on the current one.
    let readAhead: { after: number; events: Promise<StoredEvent[]> } | undefined;
    while (this.running) {
      try {
        await this.connect();
        this.notified = false;
        const batch =
          readAhead?.after === this.checkpoint
            ? await readAhead.events
            : await this.store.readAll({ after: this.checkpoint, maxCount: this.batchSize });
        readAhead = undefined;
        if (batch.length === 0) {
          await this.sleep(this.pollIntervalMs, true);
          continue;
        }
        if (batch.length === this.batchSize) {
          const after = batch[batch.length - 1]!.position;
          const events = this.store.readAll({ after, maxCount: this.batchSize });
          // A failed read-ahead is simply read again in the next round.
          events.catch(() => undefined);
          readAhead = { after, events };
        }
        await this.publish(batch);
        backoff = this.retryInitialMs;
      } catch (error) {
        readAhead = undefined;
        this.failures++;
        this.metrics?.failures.inc({ relay: this.name });
        const message = describe(error);
        this.lastError = { message, at: new Date().toISOString() };
        const brokerFailure = error instanceof BrokerError;
        this.logger.warn(
          { relay: this.name, checkpoint: this.checkpoint, retryInMs: backoff, error: message },
          brokerFailure ? 'Kafka relay: publishing failed, retrying' : 'Kafka relay: reading the log failed, retrying',
        );
        if (brokerFailure) await this.disconnect();
        // Appends do not cut a back-off short: a down broker is not asked more often under load.
        await this.sleep(backoff, false);
        backoff = Math.min(backoff * 2, this.retryMaxMs);
      }
    }
  }

  /** Sends the events in slices of bounded size; after each acknowledged slice the checkpoint moves. */
  private async publish(events: readonly StoredEvent[]): Promise<void> {
    let slice: { topic: string; message: Message }[] = [];
    let bytes = 0;
    for (let index = 0; index < events.length; index++) {
      const event = events[index]!;
      const record = toKafkaRecord(event);
      const topic = this.topicFor(categoryOfStream(record.key));
      let size = record.key.length + record.value.length;
      for (const name in record.headers) size += name.length + record.headers[name]!.length;
      if (slice.length > 0 && bytes + size > SEND_BYTES) {
        await this.send(slice, events[index - 1]!.position);
        slice = [];
        bytes = 0;
      }
      slice.push({ topic, message: { key: record.key, value: record.value, headers: record.headers } });
      bytes += size;
    }
    if (slice.length > 0) await this.send(slice, events[events.length - 1]!.position);
  }

  private async send(slice: readonly { topic: string; message: Message }[], lastPosition: number): Promise<void> {
    const byTopic = new Map<string, Message[]>();
    for (const { topic, message } of slice) {
      const messages = byTopic.get(topic);
      if (messages) messages.push(message);
      else byTopic.set(topic, [message]);
    }
    try {
      await this.ensureTopics([...byTopic.keys()]);
      const topicMessages: TopicMessages[] = [...byTopic].map(([topic, messages]) => ({ topic, messages }));
      await this.producer!.sendBatch({ topicMessages, acks: -1 });
    } catch (error) {
      throw new BrokerError(error);
    }
    // Saved before anything else observes the new checkpoint: a crash after the ack but before
    // this save republishes the slice (at-least-once), never skips it.
    await this.checkpoints.save(this.name, lastPosition);
    this.checkpoint = lastPosition;
    this.published += slice.length;
    this.lastError = undefined;
    for (const [topic, messages] of byTopic) this.metrics?.published.inc({ relay: this.name, topic }, messages.length);
    for (const wake of this.progressWaiters) wake();
  }

  private async connect(): Promise<void> {
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
      await this.ensureTopics(this.categories.map((category) => this.topicFor(category)));
      this.connected = true;
      this.logger.info({ relay: this.name, checkpoint: this.checkpoint }, 'Kafka relay connected to the broker');
    } catch (error) {
      throw new BrokerError(error);
    }
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
      if (topic.partitions.length !== this.partitions) {
        // Adding partitions would move keys to other partitions and break per-item order.
        this.logger.warn(
          { relay: this.name, topic: topic.name, partitions: topic.partitions.length, configured: this.partitions },
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
    await this.admin!.createTopics({
      waitForLeaders: true,
      topics: topics.map((topic) => ({
        topic,
        numPartitions: this.partitions,
        ...(this.replicationFactor !== undefined ? { replicationFactor: this.replicationFactor } : {}),
        configEntries: [{ name: 'max.message.bytes', value: String(TOPIC_MAX_MESSAGE_BYTES) }],
      })),
    });
  }

  private async disconnect(): Promise<void> {
    const producer = this.producer;
    const admin = this.admin;
    this.producer = undefined;
    this.admin = undefined;
    this.connected = false;
    this.readyTopics.clear();
    await Promise.allSettled([producer?.disconnect(), admin?.disconnect()]);
  }

  /** Waits `ms`; `stop()` always ends the wait, `notify()` only when `wakeOnNotify`. */
  private sleep(ms: number, wakeOnNotify: boolean): Promise<void> {
    if (!this.running || (wakeOnNotify && this.notified)) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const wakeUp = () => {
        if (wakeOnNotify || !this.running) done();
      };
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = wakeUp;
    });
  }
}
