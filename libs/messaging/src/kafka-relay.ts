/**
 * The Kafka relay: reads the log from its checkpoint and publishes every committed event, in log
 * order, to one topic per stream category, keyed by stream id (so per-item order holds on the
 * partition). The checkpoint moves only after the broker acknowledged (acks from all in-sync
 * replicas), so delivery is at-least-once and never skips: the log itself is the outbox, and a
 * broker outage only grows the lag until the broker returns.
 */
import type { Message, SASLOptions, TopicMessages } from 'kafkajs';
import type { ConnectionOptions } from 'node:tls';
import type { Registry } from 'prom-client';
import type { EventStore, StoredEvent } from '@gongron/event-store';
import { toKafkaRecord } from './envelope.js';
import { InvalidMessagingOptionError, RelayTimeoutError } from './errors.js';
import { relayMetrics, type RelayMetrics } from './relay-metrics.js';
import { categoryOfStream, PUBLISHED_STREAM_CATEGORIES, topicForCategory, validateTopicName } from './topics.js';
import { BrokerError, describeError, RelayBroker, type RelayLogger } from './relay-broker.js';

export type { RelayLogger } from './relay-broker.js';

/** Where the relay keeps its position; the event store's CheckpointStore adapters fit. */
export interface RelayCheckpointStore {
  /** The saved position, or 0 / null / undefined when none was saved. */
  load(name: string): Promise<number | null | undefined>;
  save(name: string, position: number): Promise<void>;
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

/** Refuses a relay without a store, checkpoints or well-formed brokers before anything else is read. */
function checkRequired(options: KafkaRelayOptions): void {
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
}

/**
 * The relay itself: the loop that reads the log from the checkpoint, publishes in slices and moves
 * the checkpoint after each acknowledgement. The broker connection is RelayBroker's.
 */
export class KafkaRelay {
  readonly name: string;
  private readonly store: EventStore;
  private readonly checkpoints: RelayCheckpointStore;
  private readonly logger: RelayLogger;
  private readonly broker: RelayBroker;
  private readonly naming: { prefix: string; overrides: Readonly<Record<string, string>> };
  private readonly categories: readonly string[];
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retryInitialMs: number;
  private readonly retryMaxMs: number;
  private readonly metrics?: RelayMetrics;

  private checkpoint = 0;
  private published = 0;
  private failures = 0;
  private lastError?: { message: string; at: string };
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private notified = false;
  private readonly progressWaiters = new Set<() => void>();

  constructor(options: KafkaRelayOptions) {
    checkRequired(options);
    this.store = options.store;
    this.checkpoints = options.checkpoints;
    this.name = options.name ?? 'kafka-relay';
    if (!/^[A-Za-z0-9._:-]{1,100}$/.test(this.name)) {
      throw new InvalidMessagingOptionError('name', 'must be 1–100 characters of A-Z a-z 0-9 . _ : -');
    }
    this.logger = options.logger ?? consoleLogger;
    const partitions = positiveInteger('partitions', options.partitions, 3);
    const replicationFactor =
      options.replicationFactor !== undefined ? positiveInteger('replicationFactor', options.replicationFactor, 1) : undefined;
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
    this.broker = new RelayBroker({
      relay: this.name,
      clientId: options.clientId ?? 'gongron',
      brokers: options.brokers,
      ssl: options.ssl,
      sasl: options.sasl,
      connectionTimeoutMs: positiveInteger('connectionTimeoutMs', options.connectionTimeoutMs, 3000),
      logger: this.logger,
      partitions,
      ...(replicationFactor !== undefined ? { replicationFactor } : {}),
      startTopics: this.categories.map((category) => this.topicFor(category)),
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
    await this.broker.disconnect();
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
      connected: this.broker.connected,
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
        await this.broker.connect(this.checkpoint);
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
        const message = describeError(error);
        this.lastError = { message, at: new Date().toISOString() };
        const brokerFailure = error instanceof BrokerError;
        this.logger.warn(
          { relay: this.name, checkpoint: this.checkpoint, retryInMs: backoff, error: message },
          brokerFailure ? 'Kafka relay: publishing failed, retrying' : 'Kafka relay: reading the log failed, retrying',
        );
        if (brokerFailure) await this.broker.disconnect();
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
    const topicMessages: TopicMessages[] = [...byTopic].map(([topic, messages]) => ({ topic, messages }));
    await this.broker.send(topicMessages);
    // Saved before anything else observes the new checkpoint: a crash after the ack but before
    // this save republishes the slice (at-least-once), never skips it.
    await this.checkpoints.save(this.name, lastPosition);
    this.checkpoint = lastPosition;
    this.published += slice.length;
    this.lastError = undefined;
    for (const [topic, messages] of byTopic) this.metrics?.published.inc({ relay: this.name, topic }, messages.length);
    for (const wake of this.progressWaiters) wake();
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
