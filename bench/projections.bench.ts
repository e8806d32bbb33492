/**
 * Projection rebuild and time travel.
 *
 * - Rebuild of every read model from a generated province history (the 31 districts, Korean
 *   titles, the real flow of items, projects and agreements) on SQLite and PostgreSQL, in
 *   events/s, beside a raw keyset scan of the events table through the same driver (ratio).
 * - Time travel on a 1,000-event stream: the state at a random revision or instant, median and
 *   p99 in ms.
 *
 * Env: BENCH_PROJECTION_EVENTS (comma list, default "100000,1000000", × BENCH_SCALE),
 *      BENCH_PROJECTION_STORES (default "sqlite,postgres"), BENCH_TIME_TRAVEL_QUERIES (default 300).
 * Writes bench/results/projections.latest.json.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openSqlDatabase, type SqlDatabase } from '@gongron/application';
import { type EventStore, PostgresEventStore, SqliteEventStore } from '@gongron/event-store';
import { ProjectionEngine, StateSnapshots, readModelProjections, stateAt } from '@gongron/projections';
import { GeneratedClock, appendHistory, sqliteBulk } from '../libs/projections/src/testing/history-generator.js';
import { BenchConfigError, benchScale } from './support/env.js';
import { createBenchDatabase } from './support/postgres.js';
import { type BenchCase, machineInfo, writeResult } from './support/results.js';
import { median, percentile, perSecond } from './support/timing.js';

const SCAN_PAGE = 5_000;

function sizes(): number[] {
  const raw = process.env.BENCH_PROJECTION_EVENTS;
  if (raw === undefined || raw === '') return [100_000, 1_000_000].map((n) => Math.max(1_000, Math.round(n * benchScale())));
  return raw.split(',').map((part) => {
    if (!/^\d+$/.test(part.trim()) || Number(part) < 100)
      throw new BenchConfigError(`BENCH_PROJECTION_EVENTS: "${part}" is not a whole number ≥ 100`);
    return Number(part);
  });
}

function stores(): ('sqlite' | 'postgres')[] {
  const raw = process.env.BENCH_PROJECTION_STORES || 'sqlite,postgres';
  return raw.split(',').map((s) => {
    const kind = s.trim();
    if (kind !== 'sqlite' && kind !== 'postgres')
      throw new BenchConfigError(`BENCH_PROJECTION_STORES: "${kind}" is not sqlite or postgres`);
    return kind;
  });
}

const label = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${Math.round(n / 1000)}k`);

/** A generated history in a SQLite file (generated once per size, copied into PostgreSQL). */
async function generateSqliteLog(dir: string, events: number): Promise<string> {
  const file = join(dir, `log-${events}.sqlite`);
  const clock = new GeneratedClock(new Date('2024-03-01T00:00:00Z'));
  const store = new SqliteEventStore({ file, clock: clock.now });
  const started = performance.now();
  await appendHistory(store, { events, seed: 2024 }, clock, {
    bulk: sqliteBulk(store.database),
    stepsPerTransaction: 5_000,
    onProgress: (n) => n % 100_000 < 10 && process.stdout.write(`  generating ${n} events\r`),
  });
  await store.close();
  process.stdout.write(`  generated ${events} events in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return file;
}

async function rawScanSqlite(file: string): Promise<{ events: number; ms: number }> {
  const db = new Database(file, { readonly: true });
  const statement = db.prepare('select * from gongron_events where position > ? order by position limit ?');
  const started = performance.now();
  let after = 0;
  let events = 0;
  for (;;) {
    const rows = statement.all(after, SCAN_PAGE) as { position: number }[];
    if (rows.length === 0) break;
    events += rows.length;
    after = rows[rows.length - 1]!.position;
  }
  const ms = performance.now() - started;
  db.close();
  return { events, ms };
}

async function rawScanPostgres(url: string): Promise<{ events: number; ms: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  let after = 0;
  let events = 0;
  for (;;) {
    const { rows } = await client.query<{ position: number }>(
      'select * from gongron_events where position > $1 order by position limit $2',
      [after, SCAN_PAGE],
    );
    if (rows.length === 0) break;
    events += rows.length;
    after = Number(rows[rows.length - 1]!.position);
  }
  const ms = performance.now() - started;
  await client.end();
  return { events, ms };
}

/** Copies a SQLite log into a fresh PostgreSQL store's tables (hashes do not cover positions). */
async function copyToPostgres(file: string, url: string): Promise<void> {
  const store = await PostgresEventStore.create({ connectionString: url });
  await store.close();
  const source = new Database(file, { readonly: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const events = source.prepare('select * from gongron_events where position > ? order by position limit 2000');
    let after = 0;
    for (;;) {
      const rows = events.all(after) as Record<string, string | number>[];
      if (rows.length === 0) break;
      const columns = [
        'event_id',
        'stream_id',
        'revision',
        'type',
        'schema_version',
        'recorded_at',
        'data',
        'metadata',
        'hash',
        'previous_hash',
      ];
      const params: unknown[] = [];
      const values = rows.map(
        (row, i) =>
          `(${columns.map((c, j) => `$${i * columns.length + j + 1}${c === 'data' || c === 'metadata' ? '::jsonb' : ''}`).join(',')})`,
      );
      for (const row of rows) for (const c of columns) params.push(row[c]);
      await client.query(`insert into gongron_events (${columns.join(',')}) values ${values.join(',')}`, params);
      after = Number(rows[rows.length - 1]!.position);
    }
    const streams = source.prepare('select * from gongron_streams').all() as Record<string, string | number>[];
    for (let i = 0; i < streams.length; i += 5_000) {
      const chunk = streams.slice(i, i + 5_000);
      const params: unknown[] = [];
      const values = chunk.map((row, k) => {
        params.push(row.stream_id, row.category, row.revision, row.last_hash);
        return `($${k * 4 + 1},$${k * 4 + 2},$${k * 4 + 3},$${k * 4 + 4})`;
      });
      await client.query(`insert into gongron_streams (stream_id, category, revision, last_hash) values ${values.join(',')}`, params);
    }
    await client.query('analyze gongron_events');
  } finally {
    await client.end();
    source.close();
  }
}

async function rebuild(store: EventStore, database: SqlDatabase): Promise<{ events: number; ms: number }> {
  const engine = new ProjectionEngine({ database, store, projections: readModelProjections });
  await engine.prepare();
  const result = await engine.rebuild('all');
  return { events: result.events, ms: result.durationMs };
}

/**
 * An agenda item with 1,000 events (proposed, deliberation opened, 998 opinions), asked for at
 * random instants and revisions: with the process's snapshot cache (as the API runs it) and cold.
 */
async function timeTravel(
  store: EventStore,
  queries: number,
): Promise<{ medianMs: number; p99Ms: number; byRevisionMedianMs: number; coldMedianMs: number }> {
  const itemId = 'bench-time-travel';
  const stream = `agenda-item:${itemId}`;
  const events = [
    {
      id: crypto.randomUUID(),
      type: 'AgendaItemProposed',
      data: {
        itemId,
        district: 'suwon',
        title: '마을교육공동체 활성화',
        description: '숙의 안건',
        proposerCategory: 'parent',
        taskCode: '1-1',
        source: 'forum',
        proposedOn: '2024-04-01',
        workflowVersion: 1,
      },
    },
    { id: crypto.randomUUID(), type: 'DeliberationOpened', data: { itemId, openedOn: '2024-04-02', method: '숙의 토론회' } },
    ...Array.from({ length: 998 }, (_, i) => ({
      id: crypto.randomUUID(),
      type: 'OpinionRecorded',
      data: {
        itemId,
        opinionId: `op-${i}`,
        stance: ['support', 'oppose', 'neutral'][i % 3]!,
        respondentCategory: 'student',
        text: `의견 ${i}`,
        receivedOn: '2024-04-03',
      },
    })),
  ];
  for (let i = 0; i < events.length; i += 100) await store.append(stream, events.slice(i, i + 100), i === 0 ? 'no-stream' : i - 1);
  const stored = await store.readStream(stream);
  const snapshots = new StateSnapshots();
  const byTime: number[] = [];
  const byRevision: number[] = [];
  const cold: number[] = [];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < queries; i++) {
    const revision = Math.floor(next() * stored.length);
    let started = performance.now();
    await stateAt(store, stream, { atRevision: revision }, snapshots);
    byRevision.push(performance.now() - started);
    started = performance.now();
    await stateAt(store, stream, { asOf: new Date(stored[revision]!.recordedAt) }, snapshots);
    byTime.push(performance.now() - started);
    if (i < 30) {
      started = performance.now();
      await stateAt(store, stream, { atRevision: revision });
      cold.push(performance.now() - started);
    }
  }
  return { medianMs: median(byTime), p99Ms: percentile(byTime, 99), byRevisionMedianMs: median(byRevision), coldMedianMs: median(cold) };
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const cases: BenchCase[] = [];
  const notes: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'gongron-bench-projections-'));
  const queries = Number(process.env.BENCH_TIME_TRAVEL_QUERIES || 300);
  // Written after every case, so a long run stopped early still leaves what it measured.
  const save = (finished: boolean) =>
    writeResult({
      name: 'projections',
      startedAt,
      ...(finished ? { finishedAt: new Date().toISOString() } : {}),
      machine: machineInfo(),
      scale: benchScale(),
      cases,
      notes,
    });
  try {
    for (const events of sizes()) {
      console.log(`\n== ${label(events)} events ==`);
      const logFile = await generateSqliteLog(dir, events);
      for (const kind of stores()) {
        let store: EventStore;
        let database: SqlDatabase;
        let raw: { events: number; ms: number };
        let cleanup: () => Promise<void>;
        if (kind === 'sqlite') {
          const file = join(dir, `rebuild-${events}.sqlite`);
          rmSync(file, { force: true });
          const copy = new Database(logFile, { readonly: true });
          await copy.backup(file);
          copy.close();
          raw = await rawScanSqlite(file);
          store = new SqliteEventStore({ file });
          database = openSqlDatabase({ kind: 'sqlite', file });
          cleanup = async () => {
            await database.close();
            await store.close();
            rmSync(file, { force: true });
          };
        } else {
          const db = await createBenchDatabase('gongron_bench_projections');
          await copyToPostgres(logFile, db.url);
          raw = await rawScanPostgres(db.url);
          store = await PostgresEventStore.create({ connectionString: db.url });
          database = openSqlDatabase({ kind: 'postgres', connectionString: db.url });
          cleanup = async () => {
            await database.close();
            await store.close();
            await db.drop();
          };
        }
        try {
          const result = await rebuild(store, database);
          const rate = perSecond(result.events, result.ms);
          const rawRate = perSecond(raw.events, raw.ms);
          console.log(
            `${kind.padEnd(8)} rebuild all read models: ${Math.round(rate).toLocaleString('en')} events/s (${(result.ms / 1000).toFixed(2)} s)` +
              ` | raw scan ${Math.round(rawRate).toLocaleString('en')} events/s | ratio ${(rate / rawRate).toFixed(3)}`,
          );
          cases.push({
            id: `${kind}.rebuild.${label(events)}`,
            label: `${kind}: rebuild all read models, ${label(events)} events`,
            unit: 'events/s',
            value: rate,
            higherIsBetter: true,
            extra: {
              events: result.events,
              seconds: result.ms / 1000,
              rawScanEventsPerSecond: rawRate,
              ratioToRawScan: rate / rawRate,
              projections: readModelProjections.length,
            },
          });
          cases.push({
            id: `${kind}.raw-scan.${label(events)}`,
            label: `${kind}: raw scan of the events table, ${label(events)} events`,
            unit: 'events/s',
            value: rawRate,
            higherIsBetter: true,
          });
          if (events === sizes()[0]) {
            const travel = await timeTravel(store, queries);
            console.log(
              `${kind.padEnd(8)} time travel, 1,000-event stream: median ${travel.medianMs.toFixed(2)} ms, p99 ${travel.p99Ms.toFixed(2)} ms` +
                ` (by revision: median ${travel.byRevisionMedianMs.toFixed(2)} ms; cold, no snapshot: median ${travel.coldMedianMs.toFixed(2)} ms)`,
            );
            cases.push({
              id: `${kind}.time-travel.median`,
              label: `${kind}: time travel on a 1,000-event stream (median)`,
              unit: 'ms',
              value: travel.medianMs,
              higherIsBetter: false,
              extra: { queries },
            });
            cases.push({
              id: `${kind}.time-travel.p99`,
              label: `${kind}: time travel on a 1,000-event stream (p99)`,
              unit: 'ms',
              value: travel.p99Ms,
              higherIsBetter: false,
              extra: { queries },
            });
            cases.push({
              id: `${kind}.time-travel.cold.median`,
              label: `${kind}: time travel on a 1,000-event stream, cold (median)`,
              unit: 'ms',
              value: travel.coldMedianMs,
              higherIsBetter: false,
              extra: { queries: Math.min(queries, 30) },
            });
          }
        } finally {
          await cleanup();
        }
        save(false);
      }
      rmSync(logFile, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const path = save(true);
  console.log(`\nwrote ${path}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
