/**
 * Another process holds the embedded SQLite file's write lock (BEGIN IMMEDIATE in a child
 * process, as a backup tool or a second writer would). A command waits for it without blocking
 * the API — liveness answers while the command is still waiting — and after the configured
 * wait it is answered 503 STORE.UNAVAILABLE with Retry-After. Once the lock is gone the same
 * command succeeds.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestApi, type TestApi } from './api-support.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function holdWriteLock(file: string) {
  const script = `
    import Database from 'better-sqlite3';
    const db = new Database(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    process.stdin.resume();
    process.stdin.on('end', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, file], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
  });
  const released = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { locked, release: () => (child.stdin.end(), released), kill: () => child.kill('SIGKILL') };
}

describe('a write lock held by another process on the embedded SQLite file', () => {
  let api: TestApi;
  let civic: string;
  beforeAll(async () => {
    api = await startTestApi({ GONGRON_SQLITE_BUSY_WAIT_MS: '1500' });
    civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
  }, 60_000);
  afterAll(() => api?.close());

  it('keeps liveness answering while a command waits, answers 503 with Retry-After, then serves again', async () => {
    const body = {
      district: 'suwon',
      title: '잠긴 동안의 안건',
      description: '다른 프로세스가 쓰기 잠금을 쥐고 있다',
      proposerCategory: 'teacher',
      taskCode: '3-1',
      source: 'survey',
    };
    const holder = holdWriteLock(join(api.dataDir, 'gongron.sqlite'));
    try {
      await holder.locked;
      let settled = false;
      const command = api.call('POST', '/agenda-items', { token: civic, body }).finally(() => (settled = true));
      // The event loop is free while the command waits: liveness answers before the command does.
      const live = await api.call('GET', '/health/live');
      expect(live.status).toBe(200);
      expect(settled).toBe(false);
      const answer = await command;
      expect(answer.status).toBe(503);
      expect(answer.body.code).toBe('STORE.UNAVAILABLE');
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await holder.release();
      holder.kill();
    }
    const again = await api.call('POST', '/agenda-items', { token: civic, body });
    expect(again.status).toBe(201);
    expect(again.body.state.title).toBe('잠긴 동안의 안건');
  }, 60_000);
});
