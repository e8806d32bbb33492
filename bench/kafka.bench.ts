/**
 * Kafka relay benchmark against a real broker (KAFKA_BROKERS, default 127.0.0.1:9092; started
 * with docker/kafka/kafka.sh when none answers, and stopped again afterwards).
 *
 * 1. Throughput: the relay catches up on BENCH_KAFKA_EVENTS (default 50 000) events already in
 *    the log (SQLite, the embedded default) — events acknowledged by the broker per second.
 * 2. Latency: events appended one per command at a steady BENCH_KAFKA_RATE per second (default
 *    500) for BENCH_KAFKA_SECONDS (default 10); commit-to-broker latency is append commit → the
 *    relay's broker ack, and commit-to-consumer is append commit → a consumer's receipt.
 *
 * Prints the figures and writes them to bench/results/kafka.latest.json.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import kafkajs from 'kafkajs';
import { SqliteCheckpointStore, SqliteEventStore, type EventToAppend } from '@gongron/event-store';
import { KafkaRelay, type RelayCheckpointStore } from '@gongron/messaging';

const { Kafka, logLevel } = kafkajs;

const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',').map((b) => b.trim());
const totalEvents = Number(process.env.BENCH_KAFKA_EVENTS || 50_000);
const rate = Number(process.env.BENCH_KAFKA_RATE || 500);
const seconds = Number(process.env.BENCH_KAFKA_SECONDS || 10);
const items = 500;
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
// A broker the benchmark starts itself listens where KAFKA_BROKERS points (e.g. a private port,
// so no other run on the machine shares or stops it).
const brokerEnv = { ...process.env, KAFKA_LOCAL_PORT: process.env.KAFKA_LOCAL_PORT ?? brokers[0]!.split(':').pop()! };

async function brokerAnswers(): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'bench',
    brokers,
    connectionTimeout: 2000,
    retry: { retries: 1 },
    logLevel: logLevel.NOTHING,
  }).admin();
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

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function event(item: number, n: number): EventToAppend {
  return {
    id: randomUUID(),
    type: n === 0 ? 'AgendaItemProposed' : 'OpinionRecorded',
    data: {
      itemId: `item-${item}`,
      opinionId: `op-${n}`,
      stance: 'support',
      respondentCategory: 'parent',
      text: '학교 앞 통학로 안전 개선이 필요합니다.',
    },
    metadata: { correlationId: randomUUID(), actor: { id: 'bench', role: 'secretary', district: 'suwon', body: 'civic-council' } },
  };
}

async function main(): Promise<void> {
  let startedBroker = false;
  if (!(await brokerAnswers())) {
    console.log(`No broker at ${brokers.join(',')}: starting one with docker/kafka/kafka.sh`);
    execFileSync('bash', [resolve('docker/kafka/kafka.sh'), 'start'], { stdio: 'inherit', env: brokerEnv });
    startedBroker = true;
  }
  const dir = mkdtempSync(join(tmpdir(), 'gongron-kafka-bench-'));
  const file = join(dir, 'log.sqlite');
  const store = new SqliteEventStore({ file });
  const checkpoints = new SqliteCheckpointStore({ file });
  const prefix = `bench-${randomUUID().slice(0, 8)}`;
  try {
    // --- 1. throughput over a pre-written log ---
    console.log(`Writing ${totalEvents} events over ${items} items to ${file}…`);
    const perAppend = 10;
    const revisions = new Array<number>(items).fill(-1);
    for (let written = 0, turn = 0; written < totalEvents; turn++) {
      const item = turn % items;
      const count = Math.min(perAppend, totalEvents - written);
      const batch = Array.from({ length: count }, (_, i) => event(item, revisions[item]! + 1 + i));
      const result = await store.append(`agenda-item:item-${item}`, batch, revisions[item]! < 0 ? 'no-stream' : revisions[item]!);
      revisions[item] = result.revision;
      written += count;
    }
    const catchUp = new KafkaRelay({
      store,
      checkpoints,
      brokers,
      topicPrefix: prefix,
      name: 'bench-throughput',
      logger: quiet,
      metrics: false,
    });
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await catchUp.start();
    await catchUp.waitForPosition(totalEvents, 600_000);
    const elapsed = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    await catchUp.stop();
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const throughput = {
      events: totalEvents,
      seconds: round(elapsed, 2),
      eventsPerSecond: Math.round(totalEvents / elapsed),
      // Independent of other load on the machine: what one fully available core would sustain.
      relayCpuSeconds: round(cpuSeconds, 2),
      eventsPerCpuSecond: Math.round(totalEvents / cpuSeconds),
      loadAverage: round(loadavg()[0]!, 2),
      cores: cpus().length,
    };
    console.log(
      `Relay throughput: ${throughput.eventsPerSecond} events/s (${totalEvents} events in ${throughput.seconds} s, topic connect and creation included)`,
    );
    console.log(
      `  relay process CPU: ${throughput.relayCpuSeconds} s → ${throughput.eventsPerCpuSecond} events per CPU-second ` +
        `(load average ${throughput.loadAverage} on ${throughput.cores} cores)`,
    );

    // --- 2. commit-to-broker latency at a steady rate ---
    const ackAt = new Map<number, number>();
    const recording: RelayCheckpointStore = {
      load: (name) => checkpoints.load(name),
      async save(name, position) {
        await checkpoints.save(name, position);
        ackAt.set(position, performance.now());
      },
    };
    const relay = new KafkaRelay({
      store,
      checkpoints: recording,
      brokers,
      topicPrefix: prefix,
      name: 'bench-throughput',
      logger: quiet,
      metrics: false,
    });
    const kafka = new Kafka({ clientId: 'bench-consumer', brokers, logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: `${prefix}-latency`, maxWaitTimeInMs: 50 });
    const receivedAt = new Map<string, number>();
    await consumer.connect();
    await consumer.subscribe({ topic: `${prefix}.agenda-items.v1`, fromBeginning: false });
    const joined = new Promise<void>((done) => consumer.on(consumer.events.GROUP_JOIN, () => done()));
    await consumer.run({
      eachBatch: async ({ batch }) => {
        const now = performance.now();
        for (const message of batch.messages) {
          const id = message.headers?.ce_id?.toString();
          if (id && !receivedAt.has(id)) receivedAt.set(id, now);
        }
      },
    });
    await joined;
    await relay.start();
    // Let the consumer's first fetch of the new offsets settle before timing.
    await new Promise((r) => setTimeout(r, 1000));
    const committed: { id: string; position: number; at: number }[] = [];
    const total = rate * seconds;
    console.log(`Appending ${total} events at ${rate}/s for ${seconds} s (one event per command)…`);
    const t0 = performance.now();
    for (let n = 0; n < total; n++) {
      const due = t0 + (n * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const item = n % items;
      const e = event(item, revisions[item]! + 1);
      const result = await store.append(`agenda-item:item-${item}`, [e], revisions[item]!);
      revisions[item] = result.revision;
      committed.push({ id: e.id, position: result.positions[0]!, at: performance.now() });
    }
    await relay.waitForPosition(committed[committed.length - 1]!.position, 60_000);
    const deadline = Date.now() + 30_000;
    while (receivedAt.size < committed.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await relay.stop();
    await consumer.disconnect();

    const ackPositions = [...ackAt.keys()].sort((a, b) => a - b);
    const ackLatencies: number[] = [];
    let cursor = 0;
    for (const c of committed) {
      while (cursor < ackPositions.length && ackPositions[cursor]! < c.position) cursor++;
      if (cursor < ackPositions.length) ackLatencies.push(ackAt.get(ackPositions[cursor]!)! - c.at);
    }
    const consumerLatencies = committed.filter((c) => receivedAt.has(c.id)).map((c) => receivedAt.get(c.id)! - c.at);
    ackLatencies.sort((a, b) => a - b);
    consumerLatencies.sort((a, b) => a - b);
    const latency = {
      ratePerSecond: rate,
      events: committed.length,
      commitToBrokerAckMs: {
        p50: round(percentile(ackLatencies, 50)),
        p99: round(percentile(ackLatencies, 99)),
        max: round(ackLatencies.at(-1) ?? NaN),
      },
      commitToConsumerMs: {
        received: consumerLatencies.length,
        p50: round(percentile(consumerLatencies, 50)),
        p99: round(percentile(consumerLatencies, 99)),
        max: round(consumerLatencies.at(-1) ?? NaN),
      },
    };
    console.log(
      `Commit → broker ack: p50 ${latency.commitToBrokerAckMs.p50} ms, p99 ${latency.commitToBrokerAckMs.p99} ms (max ${latency.commitToBrokerAckMs.max} ms)`,
    );
    console.log(
      `Commit → consumer:   p50 ${latency.commitToConsumerMs.p50} ms, p99 ${latency.commitToConsumerMs.p99} ms ` +
        `(max ${latency.commitToConsumerMs.max} ms, ${latency.commitToConsumerMs.received}/${committed.length} received)`,
    );

    const results = {
      name: 'kafka',
      date: new Date().toISOString(),
      node: process.version,
      brokers,
      store: 'sqlite',
      throughput,
      latency,
      aims: { eventsPerSecond: 10_000, p99Ms: 250 },
    };
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/kafka.latest.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log('Wrote bench/results/kafka.latest.json');
  } finally {
    await store.close();
    await checkpoints.close();
    rmSync(dir, { recursive: true, force: true });
    if (startedBroker) execFileSync('bash', [resolve('docker/kafka/kafka.sh'), 'stop'], { stdio: 'inherit', env: brokerEnv });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
