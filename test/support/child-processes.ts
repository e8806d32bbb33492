/**
 * Apps as real child processes for fault tests (kill -9, lost connections): the TypeScript
 * sources run directly through the transpile-only loader, so no build is needed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const TS_LOADER = `${root}libs/projections/test/support/ts-loader.mjs`;
export const WORKER_MAIN = `${root}apps/worker/src/main.ts`;
export const API_MAIN = `${root}apps/api/src/main.ts`;
export const CLI_MAIN = `${root}apps/cli/src/main.ts`;

export interface RunningChild {
  readonly process: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the first match of `pattern` in its output; rejects if it exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

export function startChild(main: string, env: Record<string, string>, args: readonly string[] = []): RunningChild {
  const child = spawn(process.execPath, ['--import', TS_LOADER, main, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const watchers = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    for (const watcher of watchers) watcher();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
    for (const watcher of watchers) watcher();
  });
  return {
    process: child,
    output: () => text,
    exited,
    waitFor(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${text}`)), timeoutMs);
        const finish = (error?: Error, match?: RegExpMatchArray) => {
          clearTimeout(timer);
          watchers.delete(check);
          if (error) reject(error);
          else resolve(match!);
        };
        const check = () => {
          const match = text.match(pattern);
          if (match) finish(undefined, match);
          else if (hasExited) finish(new Error(`the process exited before printing ${pattern}; output:\n${text}`));
        };
        watchers.add(check);
        check();
      });
    },
    async stop() {
      if (hasExited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface FinishedChild {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `main` as its own process to the end, with exactly `env` (no inherited variables). */
export function runToEnd(main: string, args: readonly string[], env: Record<string, string>, cwd?: string): Promise<FinishedChild> {
  const child = spawn(process.execPath, ['--import', TS_LOADER, main, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
