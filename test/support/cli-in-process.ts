/**
 * The CLI's command tree run in this process, with its output captured: the same registrations as
 * `node dist/apps/cli/src/main.js`, so a suite can drive a command without a child process (and
 * coverage sees the command's code). The environment given is set for the run and restored after.
 */
import { CommanderError } from 'commander';
import { gongronProgram } from '../../apps/cli/src/program.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCliInProcess(args: readonly string[], env: Record<string, string>): Promise<CliRun> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let stdout = '';
  let stderr = '';
  const write = (sink: 'out' | 'err') => (chunk: string | Uint8Array) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (sink === 'out') stdout += text;
    else stderr += text;
    return true;
  };
  const writes = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = write('out') as typeof process.stdout.write;
  process.stderr.write = write('err') as typeof process.stderr.write;
  process.exitCode = undefined;
  try {
    const program = gongronProgram().exitOverride();
    for (const command of program.commands) {
      command.exitOverride();
      for (const sub of command.commands) sub.exitOverride();
    }
    let code = 0;
    try {
      await program.parseAsync(['node', 'gongron', ...args]);
      code = Number(process.exitCode ?? 0);
    } catch (error) {
      if (error instanceof CommanderError) code = error.exitCode;
      else {
        stderr += `${error instanceof Error ? error.message : String(error)}\n`;
        code = 1;
      }
    }
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    process.exitCode = undefined;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}
