/**
 * The one shape every benchmark script writes, so the aggregator can collect them all:
 * `bench/results/<name>.latest.json` = { name, startedAt, machine?, cases: [...] }.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, freemem, platform, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchCase {
  /** Stable across runs (the aggregator groups repeats by it), e.g. `pg.append.single.gongron`. */
  readonly id: string;
  readonly label: string;
  /** e.g. `events/s`, `commands/s`, `ms`, `MB`, `req/s`. */
  readonly unit: string;
  readonly value: number;
  readonly higherIsBetter: boolean;
  /** Context for the reader: counts, sizes, secondary numbers (errors, non-2xx, etc.). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryMb: number;
  readonly freeMemoryMb: number;
  readonly os: string;
  readonly node: string;
}

export interface BenchResult {
  readonly name: string;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly machine?: MachineInfo;
  /** BENCH_SCALE used for the sizes (1 = default sizes). */
  readonly scale?: number;
  readonly cases: readonly BenchCase[];
  /** Things the reader must know, e.g. a part that was skipped and why. */
  readonly notes?: readonly string[];
}

/** The repository root: the nearest folder above this file whose package.json is Gongron's. */
export function repoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'gongron') return dir;
      } catch {
        // An unreadable manifest is not ours; keep looking upwards.
      }
    }
    if (dirname(dir) === dir) return process.cwd();
  }
}

/** bench/results in the repository, wherever the compiled scripts run from (BENCH_RESULTS_DIR overrides). */
export function resultsDir(): string {
  if (process.env.BENCH_RESULTS_DIR) return resolve(process.env.BENCH_RESULTS_DIR);
  return join(repoRoot(), 'bench', 'results');
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryMb: Math.round(totalmem() / 1024 / 1024),
    freeMemoryMb: Math.round(freemem() / 1024 / 1024),
    os: `${platform()} ${release()}`,
    node: process.version,
  };
}

export function latestPath(name: string): string {
  return join(resultsDir(), `${name}.latest.json`);
}

/** Writes atomically (temp file then rename) so the aggregator never reads half a file. */
export function writeResult(result: BenchResult): string {
  const path = latestPath(result.name);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(result, null, 2)}\n`);
  renameSync(tmp, path);
  return path;
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** A plain-text table with right-aligned numbers, for the terminal. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function printResult(result: BenchResult): void {
  const rows = result.cases.map((c) => [c.label, formatNumber(c.value), c.unit]);
  console.log(`\n${result.name} (scale ${result.scale ?? 1})`);
  console.log(renderTable(['case', 'value', 'unit'], rows));
  for (const note of result.notes ?? []) console.log(`note: ${note}`);
}

/** Collects cases as a script runs, then prints and writes them in one go. */
export class ResultRecorder {
  private readonly cases: BenchCase[] = [];
  private readonly notes: string[] = [];
  private readonly startedAt = new Date().toISOString();

  constructor(
    readonly name: string,
    private readonly scale: number,
  ) {}

  add(benchCase: BenchCase): void {
    if (!Number.isFinite(benchCase.value)) {
      throw new Error(`Benchmark case ${benchCase.id}: value must be a finite number, got ${benchCase.value}`);
    }
    this.cases.push(benchCase);
    console.log(`  ${benchCase.label}: ${formatNumber(benchCase.value)} ${benchCase.unit}`);
  }

  note(text: string): void {
    this.notes.push(text);
    console.log(`  note: ${text}`);
  }

  finish(): BenchResult {
    const result: BenchResult = {
      name: this.name,
      startedAt: this.startedAt,
      finishedAt: new Date().toISOString(),
      machine: machineInfo(),
      scale: this.scale,
      cases: this.cases,
      ...(this.notes.length > 0 ? { notes: this.notes } : {}),
    };
    printResult(result);
    const path = writeResult(result);
    console.log(`\nwritten ${path}`);
    return result;
  }
}
