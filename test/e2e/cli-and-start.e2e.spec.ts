/**
 * The commands an operator types, run as processes: `npm start` (built, then the server itself,
 * so SIGTERM stops it; the first administrator secret in a 0600 file, never on the log stream;
 * the data folder 0700), the CLI's rebuild bar reaching 100 %, exports that match nothing or
 * name a district in Korean, and the message when nothing is built.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('npm start and the CLI, as processes', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'gongron-start-')), 'data');
  const env = { GONGRON_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', GONGRON_RUN_RELAY: 'false', KAFKA_BROKERS: '' };
  const cli = (...args: string[]) => run(process.execPath, ['scripts/run-built.mjs', 'apps/cli/src/main.js', ...args], env);
  let server: ChildProcess | undefined;
  // Tests run in a random order: whichever needs the build or the demo data first makes it, once.
  let demoLoaded: Promise<void> | undefined;
  const withDemo = () =>
    (demoLoaded ??= (async () => {
      if (!existsSync('dist/apps/cli/src/main.js')) expect((await run('npm', ['run', 'build'], env)).code).toBe(0);
      expect((await cli('demo', 'load')).code).toBe(0);
    })());

  afterAll(() => {
    // SIGTERM reaches the server through npm; a SIGKILL would leave it running.
    if (server && server.exitCode === null) server.kill('SIGTERM');
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  });

  it('npm start builds and serves; SIGTERM to it stops the server; the first secret is in a 0600 file, never on stdout', async () => {
    server = spawn('npm', ['start'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    server.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    server.stderr!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    const port = await new Promise<number>((resolve, reject) => {
      const check = () => {
        const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stdout);
        if (match) resolve(Number(match[1]));
      };
      server!.stdout!.on('data', check);
      server!.once('exit', (code) => reject(new Error(`npm start exited with ${code}: ${stdout}`)));
    });
    expect(await portAnswers(port)).toBe(true);

    const secretFile = join(dataDir, 'first-admin-token');
    expect(stdout).toContain(secretFile);
    expect(stdout).not.toMatch(/gr_[A-Za-z0-9_-]{43}/);
    expect(readFileSync(secretFile, 'utf8')).toMatch(/^gr_[A-Za-z0-9_-]{43}\n$/);
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, 'gongron.sqlite')).mode & 0o777).toBe(0o600);

    const exited = new Promise<number | null>((resolve) => server!.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    await exited;
    // The server itself received the signal: nothing listens on its port any more.
    let open = true;
    for (let attempt = 0; attempt < 100 && open; attempt += 1) {
      open = await portAnswers(port);
      if (open) await new Promise((r) => setTimeout(r, 100));
    }
    expect(open).toBe(false);
  }, 300_000);

  it('says to build first instead of printing a stack when a command is not built', async () => {
    const answer = await run(process.execPath, ['scripts/run-built.mjs', 'apps/cli/src/no-such-entry.js'], env);
    expect(answer.code).toBe(1);
    expect(answer.stderr).toContain('npm run build');
    expect(answer.stderr).not.toMatch(/MODULE_NOT_FOUND|at .*\(node:/);
  });

  it('rebuilds every projection with a bar that ends at 100 %', async () => {
    await withDemo();
    const rebuild = await cli('projections', 'rebuild', 'all');
    expect(rebuild.code).toBe(0);
    const bars = rebuild.stderr.split(/[\r\n]+/).filter((line) => line.includes('rebuild'));
    expect(bars.length).toBeGreaterThan(0);
    expect(bars[bars.length - 1]).toMatch(/\| 100% \|/);
    // Every read model at once is named by its count, so the line keeps its percentage.
    expect(bars[bars.length - 1]).toMatch(/^rebuild \d+ read models \|/);
  }, 300_000);

  it('exports a district named in Korean, and says so and fails when nothing matches', async () => {
    await withDemo();
    const out = join(dataDir, '..', 'hwaseong.csv');
    const korean = await cli('audit', 'export', '--district', '화성', '--format', 'csv', '--out', out);
    expect(korean.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n').length).toBeGreaterThan(10);

    // The demo records nothing in Yeoncheon.
    const empty = join(dataDir, '..', 'yeoncheon.csv');
    const nothing = await cli('audit', 'export', '--district', '연천', '--format', 'csv', '--out', empty);
    expect(nothing.code).toBe(4);
    expect(nothing.stderr).toContain('No events match --district yeoncheon');
    expect(existsSync(empty)).toBe(false);

    const unknown = await cli('audit', 'export', '--district', '서울');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/suwon\s+수원시/);
  }, 300_000);
});
