/**
 * `npm run bench:merkle`: what the log's Merkle tree costs and what it answers, on the embedded
 * SQLite store.
 *   1. Appends of one event per command with the tree and its receipts, against the same store
 *      with its tree writer switched off (the only difference: no leaves, no nodes, no receipts).
 *      The same on PostgreSQL when it is reachable: there the tree is written by the SQL function
 *      gongron_merkle_append inside the append, and "off" replaces it by one that writes nothing.
 *   2. At BENCH_MERKLE_EVENTS (default 1,000,000 × BENCH_SCALE) events: the time of an inclusion
 *      proof and of a consistency proof read from the stored tree (median and p99 over random
 *      leaves and sizes), and of the full verification of the log (every hash chain, every leaf,
 *      the root against a checkpoint, the stream heads).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  PostgresEventStore,
  SqliteEventStore,
  verifyConsistency,
  verifyInclusion,
  eventLeafHash,
  type EventTypeRegistry,
  type Receipt,
} from '@gongron/event-store';
import { benchScale, sized } from './support/env.js';
import { createBenchDatabase, postgresVersion } from './support/postgres.js';
import { formatNumber, renderTable, ResultRecorder } from './support/results.js';
import { median, percentile, perSecond } from './support/timing.js';

const scale = benchScale();
const APPENDS = sized('BENCH_MERKLE_APPENDS', 4000, 200);
const LOG_EVENTS = sized('BENCH_MERKLE_EVENTS', 1_000_000, 1000);
const PROOFS = 2000;
const registry: EventTypeRegistry = { types: { ThingHappened: { schemaVersion: 1 } }, upcasters: [] };
const recorder = new ResultRecorder('merkle', scale);

function temporaryStore(): { store: SqliteEventStore; done: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'gongron-merkle-bench-'));
  const store = new SqliteEventStore({ file: join(dir, 'events.db'), registry });
  return { store, done: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
}

const thing = (n: number) => ({
  id: randomUUID(),
  type: 'ThingHappened',
  data: { n, district: 'suwon', note: '안건 검토 의견' },
  metadata: { actor: { id: `token-${n % 20}`, role: 'secretary' } },
});

/** Each side measures what it says: the tree holds every append with the writer on, none with it off. */
async function expectTreeSize(store: SqliteEventStore | PostgresEventStore, expected: number): Promise<void> {
  const { size } = await store.merkle.treeHead();
  if (size !== expected) throw new Error(`the bench's tree holds ${size} leaves where ${expected} were expected`);
}

/** Process CPU (user + system) per append of each round: the part of the gap that is not waiting for the disk. */
const cpuPerAppend = { with: [] as number[], without: [] as number[] };

/** events/s of single-event appends; without the tree, its writer is replaced by one that writes nothing. */
async function appendRate(withTree: boolean): Promise<number> {
  const { store, done } = temporaryStore();
  try {
    // The writer the append transaction holds (the store's own tree only reads).
    if (!withTree) (store as unknown as { transaction: { tree: { append: () => Receipt[] } } }).transaction.tree.append = () => [];
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let n = 0; n < APPENDS; n++) await store.append(`item:${n % 100}`, [thing(n)], 'any');
    const rate = perSecond(APPENDS, performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuPerAppend[withTree ? 'with' : 'without'].push(Math.round((used.user + used.system) / APPENDS));
    await expectTreeSize(store, withTree ? APPENDS : 0);
    return rate;
  } finally {
    await done();
  }
}

// Alternating rounds, so a busy moment of the machine falls on both sides alike.
const rates = { with: [] as number[], without: [] as number[] };
await appendRate(true);
cpuPerAppend.with.length = 0;
for (let round = 0; round < 3; round++) {
  rates.without.push(await appendRate(false));
  rates.with.push(await appendRate(true));
}
const withTree = median(rates.with);
const withoutTree = median(rates.without);
recorder.add({
  id: 'sqlite.append.tree',
  label: 'SQLite append 1 event/command, with the tree and receipts',
  unit: 'events/s',
  value: withTree,
  higherIsBetter: true,
  extra: { appends: APPENDS, rounds: rates.with, cpuMicrosPerAppend: cpuPerAppend.with },
});
recorder.add({
  id: 'sqlite.append.no-tree',
  label: 'SQLite append 1 event/command, tree writer off',
  unit: 'events/s',
  value: withoutTree,
  higherIsBetter: true,
  extra: { appends: APPENDS, rounds: rates.without, cpuMicrosPerAppend: cpuPerAppend.without },
});
recorder.add({
  id: 'sqlite.append.tree.ratio',
  label: 'SQLite append: with tree and receipts / without (aim ≥ 0.9)',
  unit: 'ratio',
  value: withTree / withoutTree,
  higherIsBetter: true,
});

/** The PostgreSQL side: one fresh database per run; without the tree, its SQL writer returns at once. */
async function postgresAppendRate(withTree: boolean): Promise<number> {
  const database = await createBenchDatabase('gongron_merkle_bench');
  const store = await PostgresEventStore.create({ connectionString: database.url, registry });
  try {
    if (!withTree) {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query(
        'create or replace function gongron_merkle_append(p_positions bigint[], p_hashes text[]) returns bigint language sql as $$ select 0::bigint $$',
      );
      await client.end();
    }
    const count = Math.round(APPENDS / 2);
    const started = performance.now();
    for (let n = 0; n < count; n++) await store.append(`item:${n % 100}`, [thing(n)], 'any');
    const rate = perSecond(count, performance.now() - started);
    await expectTreeSize(store, withTree ? count : 0);
    return rate;
  } finally {
    await store.close();
    await database.drop();
  }
}

const pgRates = { with: [] as number[], without: [] as number[] };
if (await postgresVersion()) {
  await postgresAppendRate(true);
  for (let round = 0; round < 3; round++) {
    pgRates.without.push(await postgresAppendRate(false));
    pgRates.with.push(await postgresAppendRate(true));
  }
  recorder.add({
    id: 'postgres.append.tree',
    label: 'PostgreSQL append 1 event/command, with the tree and receipts',
    unit: 'events/s',
    value: median(pgRates.with),
    higherIsBetter: true,
    extra: { appends: Math.round(APPENDS / 2), rounds: pgRates.with },
  });
  recorder.add({
    id: 'postgres.append.no-tree',
    label: 'PostgreSQL append 1 event/command, tree writer off',
    unit: 'events/s',
    value: median(pgRates.without),
    higherIsBetter: true,
    extra: { appends: Math.round(APPENDS / 2), rounds: pgRates.without },
  });
  recorder.add({
    id: 'postgres.append.tree.ratio',
    label: 'PostgreSQL append: with tree and receipts / without (aim ≥ 0.9)',
    unit: 'ratio',
    value: median(pgRates.with) / median(pgRates.without),
    higherIsBetter: true,
  });
} else {
  recorder.note('PostgreSQL not reachable: the PostgreSQL append ratio was not measured');
}
const pgRows: string[][] =
  pgRates.with.length > 0
    ? [
        ['PostgreSQL append with tree + receipts', `${formatNumber(median(pgRates.with))} events/s`],
        ['PostgreSQL append, tree writer off', `${formatNumber(median(pgRates.without))} events/s`],
        ['PostgreSQL ratio with / without', formatNumber(median(pgRates.with) / median(pgRates.without))],
      ]
    : [['PostgreSQL', 'not reachable: not measured']];

// The large log: batches of 500 events, one stream each.
const { store, done } = temporaryStore();
try {
  const fillStarted = performance.now();
  for (let written = 0; written < LOG_EVENTS;) {
    const count = Math.min(500, LOG_EVENTS - written);
    await store.append(
      `item:${written / 500}`,
      Array.from({ length: count }, (_, offset) => thing(written + offset)),
      'no-stream',
    );
    written += count;
  }
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  const merkle = store.merkle;
  const head = await merkle.treeHead();

  const inclusion: number[] = [];
  for (let n = 0; n < PROOFS; n++) {
    const leafIndex = Math.floor(Math.random() * head.size);
    const started = performance.now();
    const proof = await merkle.inclusionProof(leafIndex, head.size);
    inclusion.push(performance.now() - started);
    if (n < 20) {
      const leaf = (await merkle.leaves(leafIndex - 1, 1))[0]!;
      const event = (await merkle.storedEvent(leaf.position))!;
      const holds = verifyInclusion(
        leafIndex,
        head.size,
        eventLeafHash(event.position, event.hash),
        proof.map((h) => Buffer.from(h, 'hex')),
        Buffer.from(head.rootHash, 'hex'),
      );
      if (!holds) throw new Error(`the inclusion proof of leaf ${leafIndex} does not hold`);
    }
  }
  const consistency: number[] = [];
  for (let n = 0; n < PROOFS; n++) {
    const size1 = 1 + Math.floor(Math.random() * (head.size - 1));
    const started = performance.now();
    const proof = await merkle.consistencyProof(size1, head.size);
    consistency.push(performance.now() - started);
    if (n < 20) {
      const first = await merkle.treeHead(size1);
      if (
        !verifyConsistency(
          size1,
          head.size,
          proof.map((h) => Buffer.from(h, 'hex')),
          Buffer.from(first.rootHash, 'hex'),
          Buffer.from(head.rootHash, 'hex'),
        )
      ) {
        throw new Error(`the consistency proof from ${size1} does not hold`);
      }
    }
  }
  const label = `${formatNumber(head.size)} events`;
  const sizeKey = head.size >= 1_000_000 ? `${Math.round(head.size / 1_000_000)}M` : `${Math.round(head.size / 1000)}k`;
  recorder.add({
    id: `sqlite.inclusion.${sizeKey}.median`,
    label: `Inclusion proof at ${label}, median (aim ≤ 1 ms)`,
    unit: 'ms',
    value: median(inclusion),
    higherIsBetter: false,
    extra: { proofs: PROOFS },
  });
  recorder.add({
    id: `sqlite.inclusion.${sizeKey}.p99`,
    label: `Inclusion proof at ${label}, p99`,
    unit: 'ms',
    value: percentile(inclusion, 99),
    higherIsBetter: false,
  });
  recorder.add({
    id: `sqlite.consistency.${sizeKey}.median`,
    label: `Consistency proof at ${label}, median (aim ≤ 1 ms)`,
    unit: 'ms',
    value: median(consistency),
    higherIsBetter: false,
    extra: { proofs: PROOFS },
  });
  recorder.add({
    id: `sqlite.consistency.${sizeKey}.p99`,
    label: `Consistency proof at ${label}, p99`,
    unit: 'ms',
    value: percentile(consistency, 99),
    higherIsBetter: false,
  });

  const verifyStarted = performance.now();
  const verified = await store.verifyAll(undefined, { checkpoints: [{ ...head, source: 'bench' }] });
  const verifySeconds = (performance.now() - verifyStarted) / 1000;
  if (!verified.ok || verified.leavesChecked !== head.size)
    throw new Error(`verification of the bench log failed: ${JSON.stringify(verified.brokenLink)}`);
  recorder.add({
    id: `sqlite.verify.${sizeKey}`,
    label: `Full verification of ${label}: chains, leaves, root against a checkpoint (aim ≤ 10 s at 1M)`,
    unit: 's',
    value: verifySeconds,
    higherIsBetter: false,
    extra: { eventsPerSecond: Math.round(head.size / verifySeconds), fillSeconds },
  });

  console.log(
    renderTable(
      ['case', 'value'],
      [
        ['append with tree + receipts', `${formatNumber(withTree)} events/s`],
        ['append, tree writer off', `${formatNumber(withoutTree)} events/s`],
        ['ratio with / without', formatNumber(withTree / withoutTree)],
        [
          'process CPU per append, with / without (median)',
          `${formatNumber(median(cpuPerAppend.with))} / ${formatNumber(median(cpuPerAppend.without))} µs`,
        ],
        ...pgRows,
        [
          `inclusion proof at ${label} (median / p99)`,
          `${formatNumber(median(inclusion))} / ${formatNumber(percentile(inclusion, 99))} ms`,
        ],
        [
          `consistency proof at ${label} (median / p99)`,
          `${formatNumber(median(consistency))} / ${formatNumber(percentile(consistency, 99))} ms`,
        ],
        [`full verification of ${label}`, `${formatNumber(verifySeconds)} s (${formatNumber(head.size / verifySeconds)} events/s)`],
        [`filling the log (batches of 500)`, `${formatNumber(fillSeconds)} s`],
      ],
    ),
  );
} finally {
  await done();
}
recorder.finish();
