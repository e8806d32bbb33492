/**
 * kill -9 during a rebuild: the old tables keep serving, and a re-run resumes the half-built
 * generation and ends identical to the incrementally built read models and to a rebuild from
 * scratch.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProjectionEngine, readModelProjections } from '../src/index.js';
import { appendHistory, sqliteBulk } from '../src/testing/history-generator.js';
import { dumpAll, sqliteFixture, type SqliteFixture } from './support.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const loader = join(here, 'support', 'ts-loader.mjs');
const child = join(here, 'support', 'rebuild-child.ts');

function startRebuild(
  file: string,
  holdAfterBatches?: number,
): { process: ChildProcess; output: () => string; exited: Promise<number | null>; holding: Promise<void> } {
  const args = ['--import', loader, child, file, '300', ...(holdAfterBatches === undefined ? [] : [String(holdAfterBatches)])];
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let held!: () => void;
  const holding = new Promise<void>((resolve) => (held = resolve));
  proc.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (/^holding$/m.test(output)) held();
  });
  proc.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { process: proc, output: () => output, exited, holding };
}

describe('a rebuild killed with SIGKILL', () => {
  let fx: SqliteFixture;
  beforeAll(async () => {
    fx = sqliteFixture();
    await appendHistory(fx.store, { events: 6_000, seed: 99 }, fx.clock, { bulk: sqliteBulk(fx.store.database) });
  }, 120_000);
  afterAll(async () => {
    await fx.close();
  });

  it('resumes on the next run and ends identical to the incremental build and a rebuild from scratch', async () => {
    const engine = new ProjectionEngine({ database: fx.database, store: fx.store, projections: readModelProjections });
    await engine.catchUp();
    const incremental = await dumpAll(fx.database, readModelProjections);

    // Killed at a chosen point: the child holds still after its third committed batch.
    const first = startRebuild(fx.file, 3);
    await Promise.race([
      first.holding,
      first.exited.then((code) => Promise.reject(new Error(`the rebuild exited (${code}) before holding: ${first.output()}`))),
    ]);
    expect(first.output().match(/^batch /gm)).toHaveLength(3);
    first.process.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    expect(first.output()).not.toMatch(/^done/m);

    const halfway = await engine.status();
    expect(halfway.every((s) => s.rebuild && s.rebuild.position > 0 && s.rebuild.position < s.headPosition)).toBe(true);
    expect(halfway.every((s) => s.generation === 1)).toBe(true);
    // The old generation keeps serving while the new one is half-built.
    expect(await dumpAll(fx.database, readModelProjections)).toEqual(incremental);

    const second = startRebuild(fx.file);
    expect(await second.exited).toBe(0);
    const done = JSON.parse(/^done (.*)$/m.exec(second.output())![1]!) as { name: string; generation: number; resumed: boolean }[];
    expect(done.every((p) => p.resumed && p.generation === 2)).toBe(true);
    expect(await dumpAll(fx.database, readModelProjections)).toEqual(incremental);

    await engine.rebuild('all');
    expect((await engine.status()).every((s) => s.generation === 3 && !s.rebuild)).toBe(true);
    expect(await dumpAll(fx.database, readModelProjections)).toEqual(incremental);
  }, 120_000);
});
