/**
 * `npm run bench:public`: the public site's server time with a province of at least 10,000
 * agenda items — `GET /public/districts/{code}` (the district page's one request: decisions,
 * projects per funder, charts' figures, amendments, freshness) for the busiest districts, the
 * province page, and the 부속합의서 PDF of the agreement with the most projects. Aims on this
 * machine: the district page ≤ 100 ms (p95), the PDF ≤ 1 s (p95).
 *
 * The history is generated (libs/projections/src/testing/history-generator.ts: items through the
 * three bodies, projects, agreements, amendments, expenditures) straight into the SQLite log of
 * a fresh embedded installation; the API then starts on it, its projections catch up, and every
 * request is timed over real HTTP on the loopback (the time a browser would wait for the answer,
 * the server's work and the local transfer).
 *
 * Env: BENCH_PUBLIC_EVENTS (default 260000: about 10,400 items — 25 events an item), BENCH_PUBLIC_RUNS (default 40).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '@gongron/application';
import { SqliteEventStore } from '@gongron/event-store';
import { GeneratedClock, appendHistory, sqliteBulk } from '../libs/projections/src/testing/history-generator.js';
import { startApi } from '../apps/api/src/app.js';
import { AppLogger } from '../apps/api/src/logging/app-logger.js';

const EVENTS = Number(process.env.BENCH_PUBLIC_EVENTS ?? 260_000);
const RUNS = Number(process.env.BENCH_PUBLIC_RUNS ?? 40);
const MIN_ITEMS = 10_000;
const PAGE_AIM_MS = 100;
const PDF_AIM_MS = 1_000;

interface Timing {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly bytes: number;
}

async function timed(url: string, runs: number): Promise<Timing> {
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs + 3; run += 1) {
    const started = performance.now();
    const response = await fetch(url);
    const body = Buffer.from(await response.arrayBuffer());
    const elapsed = performance.now() - started;
    if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${body.toString('utf8').slice(0, 300)}`);
    bytes = body.length;
    // The first three warm the caches and the JIT, as a running server's would be.
    if (run >= 3) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: times[times.length - 1]!, bytes };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongron-bench-public-'));
  try {
    const clock = new GeneratedClock(new Date('2024-03-01T00:00:00Z'));
    const store = new SqliteEventStore({ file: join(dataDir, 'gongron.sqlite'), clock: clock.now });
    let started = performance.now();
    await appendHistory(store, { events: EVENTS, seed: 2024 }, clock, { bulk: sqliteBulk(store.database), stepsPerTransaction: 5_000 });
    await store.close();
    process.stdout.write(`generated ${EVENTS} events in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

    const config = loadConfig({
      GONGRON_DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      GONGRON_RUN_RELAY: 'false',
      GONGRON_RUN_PROCESS_MANAGERS: 'false',
      RATE_LIMIT_PER_ADDRESS: '0',
      RATE_LIMIT_PER_TOKEN: '0',
      GONGRON_SHED_QUEUE_DELAY_MS: '0',
    });
    const api = await startApi(config, { logger: new AppLogger('silent'), webDir: false });
    try {
      started = performance.now();
      const admin = api.firstAdminToken!.token;
      for (;;) {
        const response = await fetch(`${api.url}/admin/projections`, { headers: { authorization: `Bearer ${admin}` } });
        const status = (await response.json()) as { projections: Array<{ lag: number }> };
        if (status.projections.every((projection) => projection.lag === 0)) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      process.stdout.write(`read models caught up in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

      const province = (await (await fetch(`${api.url}/public/province`)).json()) as {
        districts: Array<{ district: string; items: number; projects: number; decisions: number }>;
      };
      const items = province.districts.reduce((sum, district) => sum + district.items, 0);
      const projects = province.districts.reduce((sum, district) => sum + district.projects, 0);
      const decisions = province.districts.reduce((sum, district) => sum + district.decisions, 0);
      process.stdout.write(`province: ${items} agenda items, ${projects} projects, ${decisions} decisions in 31 districts\n`);
      if (items < MIN_ITEMS) throw new Error(`only ${items} items: raise BENCH_PUBLIC_EVENTS`);

      const busiest = [...province.districts].sort((a, b) => b.items - a.items).slice(0, 3);
      const agreements = (await (await fetch(`${api.url}/public/agreements?limit=500`)).json()) as {
        items: Array<{ district: string; year: number; projects: number }>;
      };
      const largest = [...agreements.items].sort((a, b) => b.projects - a.projects)[0];
      const rows: Array<[string, string, number]> = [
        ...busiest.map((district): [string, string, number] => [
          `district page ${district.district} (${district.items} items)`,
          `/public/districts/${district.district}`,
          PAGE_AIM_MS,
        ]),
        ['province page', '/public/province', PAGE_AIM_MS],
      ];
      if (largest)
        rows.push([
          `부속합의서 PDF ${largest.district} ${largest.year} (${largest.projects} projects)`,
          `/public/agreements/${largest.district}/${largest.year}/agreement.pdf`,
          PDF_AIM_MS,
        ]);
      process.stdout.write(`\nGET over HTTP, ${RUNS} runs each after 3 warm-up runs (ms)\n`);
      process.stdout.write(
        `${'route'.padEnd(52)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)} ${'bytes'.padStart(9)}  aim\n`,
      );
      let met = true;
      for (const [name, path, aim] of rows) {
        const timing = await timed(`${api.url}${path}`, name.includes('PDF') ? Math.min(RUNS, 20) : RUNS);
        const ok = timing.p95 <= aim;
        met &&= ok;
        process.stdout.write(
          `${name.padEnd(52)} ${timing.p50.toFixed(1).padStart(8)} ${timing.p95.toFixed(1).padStart(8)} ${timing.max.toFixed(1).padStart(8)} ${String(timing.bytes).padStart(9)}  ≤ ${aim} ms p95: ${ok ? 'met' : 'NOT met'}\n`,
        );
      }
      if (!largest) process.stdout.write('no agreement in the generated history: PDF not measured\n');
      process.stdout.write(`\n${met ? 'every aim met' : 'an aim was NOT met'}\n`);
      if (!met) process.exitCode = 1;
    } finally {
      await api.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
