/**
 * The history checker (test/chaos/chaos.ts) as part of the test command, in a bounded run: on
 * PostgreSQL two API processes and a worker with kill -9 of an API and terminated backends at
 * random moments, and the embedded SQLite default with kills. Each run must end with no anomaly,
 * no crash and no 5xx other than 503. What each run did is printed (operations, acknowledgements,
 * kills, anomalies, the seed to replay it with `npm run chaos -- --seed N`); the long run is
 * `npm run chaos -- --ops 100000`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TS_LOADER } from '../support/child-processes.js';
import { describeWithPostgres } from '../support/postgres.js';

const CHECKER = fileURLToPath(new URL('./chaos.ts', import.meta.url));
/** Sized to end within about three minutes for both runs on a two-core machine. */
const BOUNDED = { postgres: { ops: 1_000 }, sqlite: { ops: 600 } } as const;
const CLIENTS = 16;

interface CheckerRun {
  readonly code: number | null;
  readonly output: string;
  readonly counts: Record<string, number>;
}

function runChecker(args: readonly string[]): Promise<CheckerRun> {
  const child = spawn(process.execPath, ['--import', TS_LOADER, CHECKER, ...args], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const counts: Record<string, number> = {};
      for (const match of output.matchAll(/^([a-z0-9 ()-]+?)(?: \([^)]*\))?: (\d+)\b/gim)) counts[match[1]!.trim()] = Number(match[2]);
      resolve({ code, output, counts });
    });
  });
}

/** The summary and every anomaly, crash and 5xx line, without the progress lines. */
function report(mode: string, run: CheckerRun): string {
  return `history checker, ${mode}:\n${run.output
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('…'))
    .join('\n')}`;
}

async function checkedRun(mode: 'postgres' | 'sqlite'): Promise<CheckerRun> {
  const run = await runChecker(['--mode', mode, '--ops', String(BOUNDED[mode].ops), '--clients', String(CLIENTS)]);
  console.log(report(mode, run));
  return run;
}

function expectACleanHistory(run: CheckerRun): void {
  expect(run.output).not.toMatch(/^(ANOMALY|CRASH|5XX):/m);
  expect(run.counts).toMatchObject({ anomalies: 0, crashes: 0, '5xx other than 503': 0 });
  expect(run.code).toBe(0);
  // The run did its work under faults: every operation was sent and acknowledgements came back.
  expect(run.counts.operations).toBeGreaterThanOrEqual(run.counts.acknowledged!);
  expect(run.counts.acknowledged).toBeGreaterThan(0);
  expect(run.counts.kills).toBeGreaterThan(0);
}

const describePg = await describeWithPostgres();

describePg('history checker on PostgreSQL: two APIs and a worker, kill -9 and terminated backends', () => {
  it('finds every acknowledged answer in the log exactly once and every read model equal to a rebuild', async () => {
    const run = await checkedRun('postgres');
    expectACleanHistory(run);
    expect(run.counts.operations).toBeGreaterThanOrEqual(BOUNDED.postgres.ops);
    expect(run.counts['terminated backends']).toBeGreaterThan(0);
  }, 600_000);
});

describe('history checker on the embedded SQLite default, with kill -9', () => {
  it('finds every acknowledged answer in the log exactly once and every read model equal to a rebuild', async () => {
    const run = await checkedRun('sqlite');
    expectACleanHistory(run);
    expect(run.counts.operations).toBeGreaterThanOrEqual(BOUNDED.sqlite.ops);
  }, 600_000);
});
