/**
 * bench:store — append (1 event per stream, 10-event batches, 8 concurrent writers) and readAll
 * throughput of the SQLite and PostgreSQL event stores, each beside a raw insert/select loop of
 * the same rows through the same driver, with the ratio; and what the embedded log's
 * synchronous=FULL costs against NORMAL (the last rows: FULL events/s, NORMAL events/s, ratio).
 * Sizes: STORE_BENCH_EVENTS (default 5,000 × BENCH_SCALE) events per case: PostgreSQL appends are
 * bound by one WAL flush per commit here, and the whole script stays within about three minutes.
 * Before each timed case both sides append 200 events of the same shape, untimed, so neither is
 * measured while its code is still being compiled.
 */
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore, SqliteEventStore, type EventStore, type EventToAppend } from '@gongron/event-store';
import { benchScale, sized } from './support/env.js';
import { createBenchDatabase, postgresVersion } from './support/postgres.js';
import { formatNumber, renderTable, ResultRecorder } from './support/results.js';
import { inLanes, perSecond, timed } from './support/timing.js';
import { postgresRaw, sqliteRaw, type RawRow, type RawSide } from './store/raw-loops.js';

const EVENTS = sized('STORE_BENCH_EVENTS', 5_000, 100);
const WRITERS = 8;
/** Events each side appends, untimed, before every timed case. */
const WARMUP_EVENTS = 200;
const scale = benchScale();
const recorder = new ResultRecorder('store', scale);
const table: string[][] = [];

function makeEvent(n: number): EventToAppend {
  return {
    id: randomUUID(),
    type: 'AgendaItemProposed',
    data: {
      agendaItemId: `ag-${n}`,
      title: `Budget line ${n} for the district council`,
      amountKrw: 1_500_000 + n,
      tags: ['budget', 'district'],
    },
    metadata: {
      actor: { id: 'u-17', role: 'coordinator', district: 'suwon' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      workflowVersion: 2,
    },
  };
}

function toRaw(streamId: string, revision: number, event: EventToAppend): RawRow {
  return {
    id: event.id,
    streamId,
    revision,
    type: event.type,
    recordedAt: new Date().toISOString(),
    data: JSON.stringify(event.data),
    metadata: JSON.stringify(event.metadata),
    hash: 'f'.repeat(64),
  };
}

interface Shape {
  readonly key: 'single' | 'batch10' | 'concurrent8';
  readonly label: string;
  readonly batch: number;
  readonly writers: number;
}

const SHAPES: readonly Shape[] = [
  { key: 'single', label: 'append 1 event/stream', batch: 1, writers: 1 },
  { key: 'batch10', label: 'append 10-event batches', batch: 10, writers: 1 },
  { key: 'concurrent8', label: 'append 1 event, 8 concurrent writers', batch: 1, writers: WRITERS },
];

/** Pre-built batches so both sides time only the writes. */
function batches(shape: Shape, run: string, events = EVENTS): { streamId: string; events: EventToAppend[] }[] {
  const count = Math.ceil(events / shape.batch);
  return Array.from({ length: count }, (_, i) => ({
    streamId: `bench:${run}-${shape.key}-${i}`,
    events: Array.from({ length: shape.batch }, (_, n) => makeEvent(i * shape.batch + n)),
  }));
}

async function compare(backend: 'sqlite' | 'pg', title: string, store: EventStore, raw: RawSide): Promise<void> {
  for (const shape of SHAPES) {
    const storeWork = batches(shape, 'g');
    const rawWork = batches(shape, 'r').map((b) => b.events.map((e, revision) => toRaw(b.streamId, revision, e)));
    // Untimed warm-up of both sides with the same shape (JIT, statement caches, the first pages).
    const storeWarmup = batches(shape, 'gw', WARMUP_EVENTS);
    const rawWarmup = batches(shape, 'rw', WARMUP_EVENTS).map((b) => b.events.map((e, revision) => toRaw(b.streamId, revision, e)));
    await inLanes(shape.writers, storeWarmup.length, (i) =>
      store.append(storeWarmup[i]!.streamId, storeWarmup[i]!.events, 'no-stream').then(() => undefined),
    );
    await inLanes(shape.writers, rawWarmup.length, (i) => raw.appendBatch(rawWarmup[i]!));
    const gongron = await timed(() =>
      inLanes(shape.writers, storeWork.length, (i) =>
        store.append(storeWork[i]!.streamId, storeWork[i]!.events, 'no-stream').then(() => undefined),
      ),
    );
    const rawLoop = await timed(() => inLanes(shape.writers, rawWork.length, (i) => raw.appendBatch(rawWork[i]!)));
    record(backend, title, `append.${shape.key}`, shape.label, EVENTS, gongron.ms, rawLoop.ms);
  }
  // SQLite reads run entirely in this process, so its CPU time is the work itself: on a shared,
  // loaded machine the wall clock also counts the time spent waiting for a core.
  const cpuBefore = process.cpuUsage();
  const readStore = await timed(async () => {
    let after = 0;
    let total = 0;
    for (;;) {
      const page = await store.readAll({ after, maxCount: 1000 });
      if (page.length === 0) return total;
      total += page.length;
      after = page[page.length - 1]!.position;
    }
  });
  const storeCpu = process.cpuUsage(cpuBefore);
  const rawCpuBefore = process.cpuUsage();
  const readRaw = await timed(async () => {
    let after = 0;
    let total = 0;
    for (;;) {
      const page = await raw.readAll(after, 1000);
      if (page.length === 0) return total;
      total += page.length;
      after = page[page.length - 1]!.position;
    }
  });
  const rawCpu = process.cpuUsage(rawCpuBefore);
  record(
    backend,
    title,
    'readAll',
    `readAll (${formatNumber(readStore.value)} events, pages of 1,000)`,
    readStore.value,
    readStore.ms,
    readRaw.ms,
    readRaw.value,
  );
  if (backend === 'sqlite') {
    const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
    record(
      backend,
      title,
      'readAll.cpu',
      'readAll per CPU-second (process CPU time)',
      readStore.value,
      cpuMs(storeCpu),
      cpuMs(rawCpu),
      readRaw.value,
    );
  }
}

/**
 * What synchronous=FULL costs the embedded log: the same appends with the default (FULL: an
 * acknowledged commit survives power loss) and with NORMAL (WAL's default, which may lose the
 * last commits on power loss), each in a fresh file.
 */
async function durabilityCost(dir: string): Promise<void> {
  for (const shape of SHAPES.filter((candidate) => candidate.key !== 'batch10')) {
    const full = new SqliteEventStore({ file: join(dir, `full-${shape.key}.db`) });
    const handle = new Database(join(dir, `normal-${shape.key}.db`));
    handle.pragma('journal_mode = WAL');
    handle.pragma('synchronous = NORMAL');
    const normal = new SqliteEventStore({ database: handle });
    const run = async (store: EventStore, tag: string) => {
      const warmup = batches(shape, `${tag}w`, WARMUP_EVENTS);
      await inLanes(shape.writers, warmup.length, (i) =>
        store.append(warmup[i]!.streamId, warmup[i]!.events, 'no-stream').then(() => undefined),
      );
      const work = batches(shape, tag);
      return (
        await timed(() =>
          inLanes(shape.writers, work.length, (i) => store.append(work[i]!.streamId, work[i]!.events, 'no-stream').then(() => undefined)),
        )
      ).ms;
    };
    const fullMs = await run(full, 'f');
    const normalMs = await run(normal, 'n');
    await full.close();
    await normal.close();
    handle.close();
    const fullRate = perSecond(EVENTS, fullMs);
    const normalRate = perSecond(EVENTS, normalMs);
    recorder.add({
      id: `sqlite.durability.${shape.key}.full`,
      label: `SQLite ${shape.label}: synchronous=FULL (the default)`,
      unit: 'events/s',
      value: fullRate,
      higherIsBetter: true,
      extra: { events: EVENTS },
    });
    recorder.add({
      id: `sqlite.durability.${shape.key}.normal`,
      label: `SQLite ${shape.label}: synchronous=NORMAL`,
      unit: 'events/s',
      value: normalRate,
      higherIsBetter: true,
      extra: { events: EVENTS },
    });
    recorder.add({
      id: `sqlite.durability.${shape.key}.ratio`,
      label: `SQLite ${shape.label}: FULL / NORMAL`,
      unit: 'ratio',
      value: fullRate / normalRate,
      higherIsBetter: true,
    });
    table.push([
      `SQLite ${shape.label}: synchronous FULL vs NORMAL`,
      formatNumber(fullRate),
      formatNumber(normalRate),
      `${((fullRate / normalRate) * 100).toFixed(0)} %`,
    ]);
  }
}

function record(
  backend: string,
  title: string,
  key: string,
  label: string,
  events: number,
  storeMs: number,
  rawMs: number,
  rawEvents = events,
): void {
  const gongron = perSecond(events, storeMs);
  const raw = perSecond(rawEvents, rawMs);
  const ratio = gongron / raw;
  recorder.add({
    id: `${backend}.${key}.gongron`,
    label: `${title} ${label}: Gongron`,
    unit: 'events/s',
    value: gongron,
    higherIsBetter: true,
    extra: { events },
  });
  recorder.add({
    id: `${backend}.${key}.raw`,
    label: `${title} ${label}: raw driver loop`,
    unit: 'events/s',
    value: raw,
    higherIsBetter: true,
    extra: { events: rawEvents },
  });
  recorder.add({
    id: `${backend}.${key}.ratio`,
    label: `${title} ${label}: Gongron / raw`,
    unit: 'ratio',
    value: ratio,
    higherIsBetter: true,
  });
  table.push([`${title} ${label}`, formatNumber(gongron), formatNumber(raw), `${(ratio * 100).toFixed(0)} %`]);
}

async function main(): Promise<void> {
  console.log(`bench:store — ${formatNumber(EVENTS)} events per case (BENCH_SCALE ${scale})`);
  const dir = mkdtempSync(join(tmpdir(), 'gongron-store-bench-'));
  try {
    const store = new SqliteEventStore({ file: join(dir, 'events.db') });
    const raw = sqliteRaw(join(dir, 'raw.db'));
    await compare('sqlite', 'SQLite', store, raw);
    await store.close();
    await raw.close();
    await durabilityCost(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const version = await postgresVersion();
  if (!version) {
    recorder.note('PostgreSQL not reachable: the PostgreSQL cases did not run');
  } else {
    const storeDb = await createBenchDatabase('gongron_bench_store');
    const rawDb = await createBenchDatabase('gongron_bench_raw');
    try {
      const store = await PostgresEventStore.create({ connectionString: storeDb.url, poolSize: WRITERS });
      const raw = await postgresRaw(rawDb.url, WRITERS);
      await compare('pg', `PostgreSQL ${version}`, store, raw);
      await store.close();
      await raw.close();
    } finally {
      await storeDb.drop();
      await rawDb.drop();
    }
  }
  console.log(`\n${renderTable(['case', 'Gongron events/s', 'raw events/s', 'ratio'], table)}`);
  recorder.finish();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
