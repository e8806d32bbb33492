/** Child processes under measurement: start, wait for their first JSON line, read their memory, stop. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Started<T> {
  readonly child: ChildProcess;
  readonly ready: T;
}

/** Starts `node file` and resolves with the first stdout line that is a JSON object with a `port`. */
export function startNode<T>(file: string, env: NodeJS.ProcessEnv, timeoutMs: number, args: readonly string[] = []): Promise<Started<T>> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...args, file], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${file} did not report ready within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    let ready = false;
    lines.on('line', (line) => {
      if (ready) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        // A log line printed before the ready line: pass it on so nothing is hidden.
        process.stderr.write(`${line}\n`);
        return;
      }
      if (typeof parsed !== 'object' || parsed === null || !('port' in parsed)) {
        process.stderr.write(`${line}\n`);
        return;
      }
      ready = true;
      clearTimeout(timer);
      resolvePromise({ child, ready: parsed as T });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited with code ${code} before it was ready`));
    });
  });
}

export async function stop(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** Resident set size now and at its peak (VmHWM), in MB, from /proc (Linux). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}
