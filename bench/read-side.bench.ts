/**
 * The read side a user waits on: the agenda board with 10k items (the read-model query, median
 * over many calls), and the API's resident memory after a log of 1M events (the API started
 * as its own process on that log, measured once its projections have caught up).
 *
 * Env: BENCH_READ_BOARD_ITEMS (default 10,000 × BENCH_SCALE), BENCH_READ_BOARD_QUERIES (300),
 *      BENCH_READ_EVENTS (default 1,000,000 × BENCH_SCALE), BENCH_CACHE_DIR (a log generated
 *      once is reused by later runs; the aggregator sets and removes it).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openSqlDatabase, type SqlDatabase } from '@gongron/application';
import { SqliteEventStore } from '@gongron/event-store';
import { ProjectionEngine, agendaBoardCounts, agendaBoardProjection, listAgendaBoard } from '@gongron/projections';
import { benchScale, sized } from './support/env.js';
import { memoryOf, stop } from './support/processes.js';
import { DISTRICTS } from './support/province.js';
import { ResultRecorder } from './support/results.js';
import { seedAgendaLog } from './support/seed-log.js';
import { median, percentile, perSecond, timed } from './support/timing.js';

const here = dirname(fileURLToPath(import.meta.url));
const API_MAIN = resolve(here, '..', 'apps', 'api', 'src', 'main.js');

/** The board as its screen asks for it: the first page of items and the counts per body × state. */
async function boardQuery(database: SqlDatabase, district?: string): Promise<number> {
  const filters = district ? { district } : {};
  const [page, counts] = await Promise.all([
    listAgendaBoard(database.db, filters, { limit: 50, offset: 0 }),
    agendaBoardCounts(database.db, district),
  ]);
  return page.items.length + counts.length;
}

async function measureBoard(recorder: ResultRecorder, dir: string): Promise<void> {
  const items = sized('BENCH_READ_BOARD_ITEMS', 10_000, 100);
  const queries = sized('BENCH_READ_BOARD_QUERIES', 300, 20, { ...process.env, BENCH_SCALE: '1' });
  const file = join(dir, 'board.sqlite');
  const store = new SqliteEventStore({ file });
  const database = openSqlDatabase({ kind: 'sqlite', file });
  try {
    const seeded = await seedAgendaLog(store, { items, seed: 10_000 });
    const engine = new ProjectionEngine({ database, store, projections: [agendaBoardProjection] });
    await engine.catchUp();
    const measure = async (label: string, id: string, districtOf: (i: number) => string | undefined) => {
      for (let i = 0; i < 20; i++) await boardQuery(database, districtOf(i));
      const times: number[] = [];
      for (let i = 0; i < queries; i++) {
        const { ms } = await timed(() => boardQuery(database, districtOf(i)));
        times.push(ms);
      }
      const extra = { items: seeded.items, events: seeded.events, queries, p95: percentile(times, 95), max: Math.max(...times) };
      recorder.add({
        id: `${id}.median`,
        label: `${label}, ${seeded.items} items (median of ${queries})`,
        unit: 'ms',
        value: median(times),
        higherIsBetter: false,
        extra,
      });
      recorder.add({
        id: `${id}.p95`,
        label: `${label}, ${seeded.items} items (p95)`,
        unit: 'ms',
        value: percentile(times, 95),
        higherIsBetter: false,
      });
    };
    // The province-wide board counts and sorts every item: the heavier of the two, and the headline.
    await measure('agenda board, whole province (first page + counts)', 'board.query.10k', () => undefined);
    await measure(
      'agenda board, one district (first page + counts)',
      'board.query.10k.district',
      (i) => DISTRICTS[i % DISTRICTS.length]!.code,
    );
  } finally {
    await database.close();
    await store.close();
  }
}

/** A log of `events` events, generated once per cache folder and copied for each run. */
async function logOf(events: number, dir: string): Promise<{ file: string; generatedMs?: number }> {
  const cacheDir = process.env.BENCH_CACHE_DIR;
  const cached = cacheDir ? join(cacheDir, `log-${events}.sqlite`) : undefined;
  const file = join(dir, 'gongron.sqlite');
  if (cached && existsSync(cached)) {
    copyFileSync(cached, file);
    return { file };
  }
  const target = cached ? `${cached}.partial` : file;
  const store = new SqliteEventStore({ file: target });
  const { ms } = await timed(() =>
    seedAgendaLog(store, { events, onProgress: (n) => process.stdout.write(`\r  generating the log: ${n} events`) }),
  );
  process.stdout.write('\n');
  // The checkpoint folds the WAL into the main file, so one file copy carries the whole log.
  store.database.pragma('wal_checkpoint(TRUNCATE)');
  await store.close();
  if (cached) {
    renameSync(target, cached);
    copyFileSync(cached, file);
  }
  return { file, generatedMs: ms };
}

function projectionLag(file: string): { head: number; behind: number } | undefined {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const head = (db.prepare('select max(position) as head from gongron_events').get() as { head: number | null }).head ?? 0;
    const hasTable = db.prepare("select 1 from sqlite_master where name = 'gongron_projection_checkpoints'").get();
    if (!hasTable) return { head, behind: head };
    const rows = db.prepare('select position from gongron_projection_checkpoints').all() as { position: number }[];
    if (rows.length === 0) return { head, behind: head };
    return { head, behind: Math.max(...rows.map((r) => head - r.position)) };
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

async function measureApiMemory(recorder: ResultRecorder, dir: string): Promise<void> {
  if (!existsSync(API_MAIN)) {
    recorder.note(`API memory after 1M events not measured: ${API_MAIN} is not in this build.`);
    return;
  }
  const events = sized('BENCH_READ_EVENTS', 1_000_000, 1000);
  const log = await logOf(events, dir);
  if (log.generatedMs !== undefined) {
    recorder.add({
      id: 'log.generate',
      label: `generating ${events} events by direct appends (SQLite)`,
      unit: 'events/s',
      value: perSecond(events, log.generatedMs),
      higherIsBetter: true,
    });
  }
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      GONGRON_STORE: 'sqlite',
      GONGRON_DATA_DIR: dir,
      GONGRON_SQLITE_FILE: 'gongron.sqlite',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      KAFKA_BROKERS: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const started = Date.now();
    const limitMs = Math.max(120_000, events / 2);
    let caughtUp = false;
    let baselineMb: number | undefined;
    let lastBehind = Number.POSITIVE_INFINITY;
    let lastProgressAt = Date.now();
    while (Date.now() - started < limitMs && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 500));
      baselineMb ??= memoryOf(child.pid!)?.rssMb;
      const lag = projectionLag(join(dir, 'gongron.sqlite'));
      if (lag && lag.head >= events && lag.behind === 0) {
        caughtUp = true;
        break;
      }
      if (lag && lag.behind < lastBehind) {
        lastBehind = lag.behind;
        lastProgressAt = Date.now();
      } else if (Date.now() - lastProgressAt > 60_000) {
        // Nothing moved for a minute (start-up on a long log included): no projections run in this process.
        break;
      }
    }
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} while catching up`);
    const catchUpMs = Date.now() - started;
    // Let the collector settle, so the number is what the process keeps, not a transient peak.
    await new Promise((r) => setTimeout(r, 3000));
    const mem = memoryOf(child.pid!);
    if (!mem) throw new Error('/proc is not readable: RSS cannot be measured on this system');
    const extra = {
      events,
      caughtUp,
      catchUpSeconds: Math.round(catchUpMs / 1000),
      peakMb: Math.round(mem.peakMb),
      startMb: baselineMb ? Math.round(baselineMb) : undefined,
    };
    recorder.add({
      id: 'api.rss.1m',
      label: `API resident memory with ${events} events in its log, projections ${caughtUp ? 'caught up' : 'not caught up'}`,
      unit: 'MB',
      value: mem.rssMb,
      higherIsBetter: false,
      extra,
    });
    recorder.add({
      id: 'api.rss.1m.peak',
      label: 'API peak resident memory while catching up',
      unit: 'MB',
      value: mem.peakMb,
      higherIsBetter: false,
    });
    if (caughtUp)
      recorder.add({
        id: 'api.catchup.1m',
        label: `API projections catching up on ${events} events at start`,
        unit: 'events/s',
        value: perSecond(events, catchUpMs),
        higherIsBetter: true,
      });
    else if (lastBehind === Number.POSITIVE_INFINITY || lastBehind === events)
      recorder.note(
        `the API applied no projection in ${Math.round(catchUpMs / 1000)} s (none run in its process); RSS is of the API holding the log without read models.`,
      );
    else
      recorder.note(
        `the API's projections were still ${lastBehind} events behind after ${Math.round(catchUpMs / 1000)} s; RSS is measured mid-way.`,
      );
  } finally {
    await stop(child);
  }
}

async function main(): Promise<void> {
  const recorder = new ResultRecorder('read-side', benchScale());
  const dir = mkdtempSync(join(tmpdir(), 'gongron-bench-read-'));
  try {
    console.log('read-side: agenda board query');
    await measureBoard(recorder, dir);
    console.log('read-side: API memory after a long log');
    await measureApiMemory(recorder, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  recorder.finish();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
