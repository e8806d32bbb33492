/**
 * The real Kafka broker for the messaging suites: KAFKA_BROKERS (default 127.0.0.1:9092), as
 * started by `docker/kafka/kafka.sh start`. Without a broker a suite is skipped loudly; under
 * CI=true a missing broker fails the run. Every suite publishes under its own topic prefix, so a
 * rerun never reads an earlier run's records.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import kafkajs from 'kafkajs';
import type { KafkaMessage } from 'kafkajs';

const { Kafka, logLevel } = kafkajs;
const run = promisify(execFile);

export const TEST_BROKERS = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',').map((b) => b.trim());
export const KAFKA_SCRIPT = resolve(process.cwd(), 'docker/kafka/kafka.sh');

export function kafkaClient(brokers: readonly string[] = TEST_BROKERS, clientId = 'gongron-test') {
  return new Kafka({
    clientId,
    brokers: [...brokers],
    connectionTimeout: 2000,
    retry: { retries: 2, initialRetryTime: 200 },
    logLevel: logLevel.NOTHING,
  });
}

export async function kafkaAvailable(brokers: readonly string[] = TEST_BROKERS): Promise<boolean> {
  const admin = kafkaClient(brokers).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** Call at module top level: returns describe or describe.skip, shouting when it skips. */
export async function describeWithKafka(): Promise<jest.Describe> {
  if (await kafkaAvailable()) return describe;
  const how = 'start one with `npm run kafka:start` (docker/kafka/kafka.sh start)';
  if (process.env.CI === 'true') {
    throw new Error(`No Kafka broker answers at ${TEST_BROKERS.join(',')}; under CI=true nothing may be skipped (${how}).`);
  }
  console.warn(`\n*** SKIPPED: no Kafka broker answers at ${TEST_BROKERS.join(',')}; the Kafka suites did not run — ${how}. ***\n`);
  return describe.skip;
}

export function uniqueTopicPrefix(suite: string): string {
  return `test-${suite}-${randomBytes(4).toString('hex')}`;
}

export interface ConsumedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string;
  readonly message: KafkaMessage;
}

/**
 * Reads every record of `topics` from the beginning (a fresh consumer group) until `done`
 * says enough, or the timeout passes; returns everything received, duplicates included.
 */
export async function consumeUntil(
  topics: readonly string[],
  done: (records: readonly ConsumedRecord[]) => boolean,
  options: { timeoutMs?: number; brokers?: readonly string[] } = {},
): Promise<ConsumedRecord[]> {
  const kafka = kafkaClient(options.brokers);
  const consumer = kafka.consumer({ groupId: `test-reader-${randomBytes(4).toString('hex')}`, maxWaitTimeInMs: 100 });
  const records: ConsumedRecord[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await new Promise<void>((resolvePromise, reject) => {
      const timer = setTimeout(() => resolvePromise(), options.timeoutMs ?? 30_000);
      consumer
        .run({
          eachMessage: async ({ topic, partition, message }) => {
            records.push({ topic, partition, offset: message.offset, key: message.key?.toString() ?? '', message });
            if (done(records)) {
              clearTimeout(timer);
              resolvePromise();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return records;
}

/** A second, private broker for the outage test, so stopping it never disturbs other suites. */
export function privateBroker(port: number) {
  const env = { ...process.env, KAFKA_LOCAL_PORT: String(port), KAFKA_LOCAL_HEAP: '256m' };
  return {
    brokers: [`127.0.0.1:${port}`],
    start: () => run('bash', [KAFKA_SCRIPT, 'start'], { env, timeout: 120_000 }),
    stop: () => run('bash', [KAFKA_SCRIPT, 'stop'], { env, timeout: 60_000 }),
    clean: () => run('bash', [KAFKA_SCRIPT, 'clean'], { env, timeout: 60_000 }),
  };
}
