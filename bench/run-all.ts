/**
 * `npm run bench`: runs every benchmark script N times (BENCH_REPEAT, default 5), each in its own
 * child process, collects bench/results/<name>.latest.json after every run, and writes
 * bench/results/<YYYY-MM-DD>.json plus the results table in BENCHMARKS.md.
 *
 *   node dist/bench/run-all.js [--repeat 5] [--only emmett,http] [--skip kafka]
 *   BENCH_SCALE=0.1 for a quick run at a tenth of the default sizes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import {
  evaluateAim,
  isRatioUnit,
  normaliseResult,
  renderMarkdown,
  replaceBetweenMarkers,
  summariseBench,
  summariseRatio,
  medianOf,
  type AimRule,
  type CaseSummary,
  type RatioRule,
  type RatioSummary,
  type RunReport,
} from './support/aggregate.js';
import { benchScale } from './support/env.js';
import { postgresVersion } from './support/postgres.js';
import { latestPath, machineInfo, repoRoot, resultsDir, type BenchResult } from './support/results.js';

const distBench = dirname(fileURLToPath(import.meta.url));
const root = repoRoot();

/** The order scripts run in within one repeat; any other *.bench.js found is run after these. */
const KNOWN = ['store', 'emmett', 'commands', 'http', 'read-side', 'projections', 'merkle', 'kafka'];

/** Pairs measured in the same run whose ratio says how close we are to a peer or to the limit. */
const RATIO_RULES: RatioRule[] = [
  {
    id: 'sqlite.append.single.vs-raw',
    label: 'SQLite append 1 event/command: Gongron / raw driver loop',
    bench: 'store',
    numerator: 'sqlite.append.single.gongron',
    denominator: 'sqlite.append.single.raw',
    atLeast: 0.5,
  },
  {
    id: 'sqlite.append.batch10.vs-raw',
    label: 'SQLite append 10-event batches: Gongron / raw driver loop',
    bench: 'store',
    numerator: 'sqlite.append.batch10.gongron',
    denominator: 'sqlite.append.batch10.raw',
    atLeast: 0.5,
  },
  {
    id: 'sqlite.append.concurrent8.vs-raw',
    label: 'SQLite append, 8 concurrent writers: Gongron / raw driver loop',
    bench: 'store',
    numerator: 'sqlite.append.concurrent8.gongron',
    denominator: 'sqlite.append.concurrent8.raw',
    atLeast: 0.5,
  },
  {
    id: 'sqlite.readAll.vs-raw',
    label: 'SQLite readAll: Gongron / raw driver loop',
    bench: 'store',
    numerator: 'sqlite.readAll.gongron',
    denominator: 'sqlite.readAll.raw',
  },
  {
    id: 'pg.append.single.vs-raw',
    label: 'PostgreSQL append 1 event/command: Gongron / raw driver loop',
    bench: 'store',
    numerator: 'pg.append.single.gongron',
    denominator: 'pg.append.single.raw',
  },
  {
    id: 'pg.append.batch10.vs-raw',
    label: 'PostgreSQL append 10-event batches: Gongron / raw driver loop',
    bench: 'store',
    numerator: 'pg.append.batch10.gongron',
    denominator: 'pg.append.batch10.raw',
  },
  {
    id: 'pg.append.concurrent8.vs-raw',
    label: 'PostgreSQL append, 8 concurrent writers: Gongron / raw driver loop',
    bench: 'store',
    numerator: 'pg.append.concurrent8.gongron',
    denominator: 'pg.append.concurrent8.raw',
  },
  {
    id: 'pg.readAll.vs-raw',
    label: 'PostgreSQL readAll: Gongron / raw driver loop',
    bench: 'store',
    numerator: 'pg.readAll.gongron',
    denominator: 'pg.readAll.raw',
  },
  {
    id: 'pg.append.single.vs-emmett',
    label: 'PostgreSQL append 1 event/command: Gongron / Emmett',
    bench: 'emmett',
    numerator: 'pg.append.single.gongron',
    denominator: 'pg.append.single.emmett',
    atLeast: 1.5,
  },
  {
    id: 'pg.append.batch10.vs-emmett',
    label: 'PostgreSQL append 10-event batches: Gongron / Emmett',
    bench: 'emmett',
    numerator: 'pg.append.batch10.gongron',
    denominator: 'pg.append.batch10.emmett',
    atLeast: 1.5,
  },
  {
    id: 'pg.append.concurrent8.vs-emmett',
    label: 'PostgreSQL append, 8 concurrent writers: Gongron / Emmett',
    bench: 'emmett',
    numerator: 'pg.append.concurrent8.gongron',
    denominator: 'pg.append.concurrent8.emmett',
    atLeast: 1.5,
  },
  {
    id: 'pg.readAll.vs-emmett',
    label: 'PostgreSQL readAll: Gongron / Emmett',
    bench: 'emmett',
    numerator: 'pg.readAll.gongron',
    denominator: 'pg.readAll.emmett',
  },
  {
    id: 'sqlite.append.tree.vs-no-tree',
    label: 'SQLite append 1 event/command: with the Merkle tree and receipts / tree writer off',
    bench: 'merkle',
    numerator: 'sqlite.append.tree',
    denominator: 'sqlite.append.no-tree',
    atLeast: 0.9,
  },
  {
    id: 'postgres.append.tree.vs-no-tree',
    label: 'PostgreSQL append 1 event/command: with the Merkle tree and receipts / tree writer off',
    bench: 'merkle',
    numerator: 'postgres.append.tree',
    denominator: 'postgres.append.no-tree',
    atLeast: 0.9,
  },
  ...['sqlite', 'postgres'].flatMap((kind) =>
    ['100k', '1M'].map((size) => ({
      id: `${kind}.rebuild.${size}.vs-raw`,
      label: `${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} rebuild of ${size} events: Gongron / raw scan of the events table`,
      bench: 'projections',
      numerator: `${kind}.rebuild.${size}`,
      denominator: `${kind}.raw-scan.${size}`,
    })),
  ),
];

const AIM_RULES: AimRule[] = [
  {
    id: 'rebuild.1m.sqlite',
    label: 'Rebuild of 1M events, SQLite (≤ 10 s)',
    bench: 'projections',
    caseId: 'sqlite.rebuild.1M',
    atLeast: 100_000,
    unit: 'events/s',
  },
  {
    id: 'rebuild.1m.postgres',
    label: 'Rebuild of 1M events, PostgreSQL (≤ 10 s)',
    bench: 'projections',
    caseId: 'postgres.rebuild.1M',
    atLeast: 100_000,
    unit: 'events/s',
  },
  {
    id: 'merkle.inclusion.1m',
    label: 'Inclusion proof at 1M events, SQLite, median (≤ 1 ms)',
    bench: 'merkle',
    caseId: 'sqlite.inclusion.1M.median',
    atMost: 1,
    unit: 'ms',
  },
  {
    id: 'merkle.consistency.1m',
    label: 'Consistency proof at 1M events, SQLite, median (≤ 1 ms)',
    bench: 'merkle',
    caseId: 'sqlite.consistency.1M.median',
    atMost: 1,
    unit: 'ms',
  },
  {
    id: 'merkle.verify.1m',
    label: 'Full verification of 1M events, SQLite (≤ 10 s)',
    bench: 'merkle',
    caseId: 'sqlite.verify.1M',
    atMost: 10,
    unit: 's',
  },
  { id: 'board.10k', label: 'Agenda board query, 10k items', bench: 'read-side', caseId: 'board.query.10k.median', atMost: 20, unit: 'ms' },
  { id: 'http.p99', label: 'HTTP p99 at 300 requests/s', bench: 'http', caseId: 'http.opinions.p99', atMost: 25, unit: 'ms' },
];

interface Options {
  readonly repeat: number;
  readonly only?: readonly string[];
  readonly skip: readonly string[];
  readonly timeoutMinutes: number;
  readonly markdown: string;
}

function positiveInt(value: string, name: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`${name} must be a whole number ≥ 1, got "${value}"`);
  return Number(value);
}

function parseOptions(): Options {
  const program = new Command('run-all')
    .description('Runs every benchmark script N times and writes the dated results and BENCHMARKS.md')
    .option('--repeat <n>', 'runs per script (BENCH_REPEAT, default 5)', (v) => positiveInt(v, '--repeat'))
    .option('--only <names>', 'comma-separated scripts to run (e.g. emmett,http)')
    .option('--skip <names>', 'comma-separated scripts to leave out')
    .option('--timeout <minutes>', 'limit for one run of one script (default 20)', (v) => positiveInt(v, '--timeout'))
    .option('--markdown <file>', 'the document whose results section is rewritten', 'BENCHMARKS.md')
    .parse(process.argv);
  const o = program.opts<{ repeat?: number; only?: string; skip?: string; timeout?: number; markdown: string }>();
  const envRepeat = process.env.BENCH_REPEAT ? positiveInt(process.env.BENCH_REPEAT, 'BENCH_REPEAT') : undefined;
  const list = (v?: string) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;
  return {
    repeat: o.repeat ?? envRepeat ?? 5,
    ...(list(o.only ?? process.env.BENCH_ONLY) ? { only: list(o.only ?? process.env.BENCH_ONLY)! } : {}),
    skip: list(o.skip ?? process.env.BENCH_SKIP) ?? [],
    timeoutMinutes: o.timeout ?? 20,
    markdown: resolve(root, o.markdown),
  };
}

interface BenchScript {
  readonly name: string;
  readonly file: string;
}

function discoverScripts(): BenchScript[] {
  const found = readdirSync(distBench)
    .filter((f) => f.endsWith('.bench.js'))
    .map((f) => ({ name: basename(f, '.bench.js'), file: join(distBench, f) }));
  const rank = (n: string) => (KNOWN.includes(n) ? KNOWN.indexOf(n) : KNOWN.length);
  return found.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

function brokerUp(host = '127.0.0.1', port = 9092): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host, port });
    const done = (up: boolean) => {
      socket.destroy();
      resolvePromise(up);
    };
    socket.setTimeout(1500, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** The local broker: the one KAFKA_BROKERS names on this machine, default 127.0.0.1:9092. */
const kafkaPort = (() => {
  const match = /^(?:127\.0\.0\.1|localhost):(\d+)$/.exec((process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',')[0]!.trim());
  return match ? Number(match[1]) : 9092;
})();

/** Kafka runs only when a broker is up, or when the local runner can start one (then stopped after). */
async function prepareKafka(notes: string[]): Promise<{ ok: boolean; stop?: () => void }> {
  if (await brokerUp('127.0.0.1', kafkaPort)) return { ok: true };
  const script = join(root, 'docker', 'kafka', 'kafka.sh');
  if (!existsSync(script)) {
    notes.push(`kafka: no broker at 127.0.0.1:${kafkaPort} and no docker/kafka/kafka.sh to start one; the Kafka benchmark was skipped.`);
    return { ok: false };
  }
  console.log('starting a local Kafka broker (docker/kafka/kafka.sh start) ...');
  const env = { ...process.env, KAFKA_LOCAL_PORT: String(kafkaPort) };
  const started = spawnSync(script, ['start'], { cwd: root, env, stdio: 'inherit', timeout: 180_000 });
  if (started.status !== 0 || !(await brokerUp('127.0.0.1', kafkaPort))) {
    notes.push(`kafka: docker/kafka/kafka.sh start did not bring a broker up (exit ${started.status}); the Kafka benchmark was skipped.`);
    spawnSync(script, ['stop'], { cwd: root, env, stdio: 'inherit', timeout: 60_000 });
    return { ok: false };
  }
  return { ok: true, stop: () => void spawnSync(script, ['stop'], { cwd: root, env, stdio: 'inherit', timeout: 60_000 }) };
}

/** The script running now, so an interrupted run stops it (and the API it started) too. */
let running: ChildProcess | undefined;

function stopGroup(child: ChildProcess): void {
  // The script's own children (an API under test) share its process group.
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

function runChild(
  script: BenchScript,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number | null; ms: number; timedOut: boolean }> {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn(process.execPath, [script.file], { cwd: root, env, stdio: 'inherit', detached: true });
    running = child;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup(child);
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      running = undefined;
      resolvePromise({ code, ms: Date.now() - started, timedOut });
    });
  });
}

function readFresh(name: string, since: number): BenchResult | string {
  const path = latestPath(name);
  if (!existsSync(path)) return `wrote no ${basename(path)}`;
  if (statSync(path).mtimeMs < since) return `${basename(path)} was not rewritten by this run`;
  try {
    return normaliseResult(JSON.parse(readFileSync(path, 'utf8')), name);
  } catch (error) {
    return `unreadable ${basename(path)}: ${(error as Error).message}`;
  }
}

function packageVersion(name: string): string | undefined {
  const path = join(root, 'node_modules', ...name.split('/'), 'package.json');
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

async function versions(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  out.gongron = own.version ?? 'unknown';
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  if (commit.status === 0) out.commit = commit.stdout.trim();
  out.node = process.version;
  const pgVersion = await postgresVersion();
  if (pgVersion) out.postgresql = pgVersion.split(' ')[0]!;
  for (const pkg of [
    '@event-driven-io/emmett-postgresql',
    'better-sqlite3',
    'pg',
    'kysely',
    '@nestjs/core',
    'autocannon',
    'kafkajs',
    'xstate',
  ]) {
    const v = packageVersion(pkg);
    if (v) out[pkg] = v;
  }
  return out;
}

function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Ratio cases a script computed itself (unit ×), summarised over the repeats. */
function ownRatios(bench: string, runs: readonly BenchResult[], covered: ReadonlySet<string>): RatioSummary[] {
  return summariseBench(bench, runs)
    .filter((c) => isRatioUnit(c.unit) && !covered.has(c.id))
    .map((c) => {
      const aim = runs.flatMap((r) => r.cases).find((x) => x.id === c.id)?.extra?.aim;
      const atLeast = typeof aim === 'number' ? aim : undefined;
      return {
        id: c.id,
        label: c.label,
        runs: c.runs,
        median: c.median,
        min: c.min,
        max: c.max,
        ...(atLeast !== undefined ? { atLeast, met: c.median >= atLeast } : {}),
      };
    });
}

async function main(): Promise<void> {
  const options = parseOptions();
  const scale = benchScale();
  const startedAt = new Date();
  const notes: string[] = [];
  let scripts = discoverScripts();
  if (scripts.length === 0) throw new Error(`No *.bench.js in ${distBench}; run \`npm run build\` first.`);
  for (const name of KNOWN) {
    if (!scripts.some((s) => s.name === name)) notes.push(`${name}: no bench/${name}.bench.ts in this build; not measured.`);
  }
  if (options.only) {
    const unknown = options.only.filter((n) => !scripts.some((s) => s.name === n));
    if (unknown.length > 0)
      throw new Error(`--only: no such benchmark script: ${unknown.join(', ')} (have: ${scripts.map((s) => s.name).join(', ')})`);
    scripts = scripts.filter((s) => options.only!.includes(s.name));
  }
  scripts = scripts.filter((s) => !options.skip.includes(s.name));

  let stopKafka: (() => void) | undefined;
  if (scripts.some((s) => s.name === 'kafka')) {
    const kafka = await prepareKafka(notes);
    stopKafka = kafka.stop;
    if (!kafka.ok) scripts = scripts.filter((s) => s.name !== 'kafka');
  }

  // Large generated inputs (the 1M-event log) are made once and shared by the repeats; a
  // BENCH_CACHE_DIR given by the caller is kept, so logs also survive from one run to the next.
  const ownCache = !process.env.BENCH_CACHE_DIR;
  const cacheDir = process.env.BENCH_CACHE_DIR ? resolve(process.env.BENCH_CACHE_DIR) : mkdtempSync(join(tmpdir(), 'gongron-bench-'));
  mkdirSync(cacheDir, { recursive: true });
  const runs = new Map<string, BenchResult[]>(scripts.map((s) => [s.name, []]));
  const failures = new Map<string, string[]>(scripts.map((s) => [s.name, []]));
  const durations = new Map<string, number[]>(scripts.map((s) => [s.name, []]));
  const cleanup = () => {
    if (ownCache) rmSync(cacheDir, { recursive: true, force: true });
    stopKafka?.();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (running) stopGroup(running);
      cleanup();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
  try {
    console.log(`benchmarks: ${scripts.map((s) => s.name).join(', ')}; ${options.repeat}× each at scale ${scale}`);
    for (let repeat = 1; repeat <= options.repeat; repeat++) {
      for (const script of scripts) {
        console.log(`\n=== ${script.name} · run ${repeat}/${options.repeat} ===`);
        const since = Date.now();
        const { code, ms, timedOut } = await runChild(
          script,
          { ...process.env, BENCH_SCALE: String(scale), BENCH_RUN_INDEX: String(repeat), BENCH_CACHE_DIR: cacheDir },
          options.timeoutMinutes * 60_000,
        );
        durations.get(script.name)!.push(ms);
        if (code !== 0) {
          failures
            .get(script.name)!
            .push(`run ${repeat} ${timedOut ? `timed out after ${options.timeoutMinutes} min` : `exited with code ${code}`}`);
          continue;
        }
        const result = readFresh(script.name, since);
        if (typeof result === 'string') failures.get(script.name)!.push(`run ${repeat}: ${result}`);
        else {
          runs.get(script.name)!.push(result);
          for (const note of result.notes ?? []) if (!notes.includes(`${script.name}: ${note}`)) notes.push(`${script.name}: ${note}`);
        }
      }
    }
  } finally {
    cleanup();
  }

  const cases: CaseSummary[] = [];
  const ratios: RatioSummary[] = [];
  for (const script of scripts) {
    const benchRuns = runs.get(script.name)!;
    if (benchRuns.length === 0) continue;
    cases.push(...summariseBench(script.name, benchRuns).filter((c) => !isRatioUnit(c.unit)));
    const covered = new Set<string>();
    for (const rule of RATIO_RULES.filter((r) => r.bench === script.name)) {
      const summary = summariseRatio(rule, benchRuns);
      if (summary) {
        ratios.push(summary);
        covered.add(`${rule.numerator.replace(/\.gongron$/, '')}.ratio`);
      }
    }
    ratios.push(...ownRatios(script.name, benchRuns, covered));
  }
  for (const script of scripts) {
    const d = durations.get(script.name)!;
    if (d.length > 0) notes.push(`${script.name}: one run took ${Math.round(medianOf(d) / 1000)} s (median wall time).`);
  }

  const finishedAt = new Date();
  const report: RunReport = {
    date: localDate(startedAt),
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    repeat: options.repeat,
    scale,
    machine: machineInfo(),
    versions: await versions(),
    benches: scripts.map((s) => ({ name: s.name, runs: runs.get(s.name)!.length, failures: failures.get(s.name)! })),
    cases,
    ratios,
    aims: AIM_RULES.filter((a) => scripts.some((s) => s.name === a.bench)).map((a) => evaluateAim(a, cases)),
    notes,
  };
  mkdirSync(resultsDir(), { recursive: true });
  const datedPath = join(resultsDir(), `${report.date}.json`);
  writeFileSync(datedPath, `${JSON.stringify({ ...report, raw: Object.fromEntries(runs) }, null, 2)}\n`);
  const markdown = renderMarkdown(report);
  const existing = existsSync(options.markdown) ? readFileSync(options.markdown, 'utf8') : '# Benchmarks\n';
  writeFileSync(options.markdown, replaceBetweenMarkers(existing, markdown));
  console.log(`\n${markdown}\n\nwritten ${datedPath} and ${options.markdown}`);
  if ([...failures.values()].some((f) => f.length > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
