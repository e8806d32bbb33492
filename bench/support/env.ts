/**
 * Sizes and knobs from the environment: BENCH_SCALE multiplies every default size so the same
 * script gives a quick smoke run (0.05) or the full run (1); individual sizes can be pinned.
 */
export class BenchConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BenchConfigError';
  }
}

export function benchScale(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.BENCH_SCALE;
  if (raw === undefined || raw === '') return 1;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > 100) {
    throw new BenchConfigError(`BENCH_SCALE=${raw}: expected a number above 0 and at most 100 (1 = default sizes)`);
  }
  return value;
}

/** A whole number from `name`, or `fallback × scale` (never below `min`). */
export function sized(name: string, fallback: number, min = 1, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw !== undefined && raw !== '') {
    if (!/^\d+$/.test(raw) || Number(raw) < min) {
      throw new BenchConfigError(`${name}=${raw}: expected a whole number of at least ${min}`);
    }
    return Number(raw);
  }
  return Math.max(min, Math.round(fallback * benchScale(env)));
}

/** A duration in seconds from `name` (not scaled: rates need a fixed window). */
export function seconds(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > 3600) {
    throw new BenchConfigError(`${name}=${raw}: expected a number of seconds above 0 and at most 3600`);
  }
  return value;
}

export const PG_ADMIN_URL = process.env.PG_BENCH_URL ?? process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
