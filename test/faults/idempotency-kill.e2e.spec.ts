/**
 * kill -9 of an API process between the append and the key's completion (PostgreSQL): the API
 * runs as a child process; a trigger holds every completion of an idempotency record, so six
 * opinions are in the log while their keys still say "in progress"; then the process is killed.
 * A new API process answers each retried key with the opinion that was applied — after the
 * dead holder's lease at the latest, never "in progress" for good — and writes nothing twice.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { API_MAIN, type RunningChild, startChild } from '../support/child-processes.js';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../support/postgres.js';

async function startApi(env: Record<string, string>): Promise<RunningChild & { readonly url: string }> {
  const child = startChild(API_MAIN, env);
  const [, url] = await child.waitFor(/listening on (http:\/\/[^\s]+) /, 90_000);
  await child.waitFor(/OpenAPI docs/, 90_000);
  return Object.assign(child, { url: url! });
}

async function call(url: string, method: string, path: string, token: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as any, retryAfter: response.headers.get('retry-after') };
}

const describePg = await describeWithPostgres();

describePg('kill -9 between an append and its idempotency record (PostgreSQL)', () => {
  let database: TestDatabase;
  let admin: pg.Client;
  const dataDir = mkdtempSync(join(tmpdir(), 'gongron-idem-kill-'));
  const children: RunningChild[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('gongron_idem_kill');
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  });

  afterAll(async () => {
    for (const child of children) if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
    await admin?.end();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every retried key with the applied opinion after a restart', async () => {
    const env = {
      GONGRON_STORE: 'postgres',
      DATABASE_URL: database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      GONGRON_RUN_RELAY: 'false',
      GONGRON_IDEMPOTENCY_LEASE_MS: '2000',
      // Not a terminal: the first administrator's secret goes to a 0600 file in this folder.
      GONGRON_DATA_DIR: dataDir,
    };
    const first = await startApi(env);
    children.push(first);
    const secretFile = /written to (\S+) \(readable/.exec(first.output())?.[1];
    expect(secretFile).toBe(join(dataDir, 'first-admin-token'));
    const adminToken = readFileSync(secretFile!, 'utf8').trim();
    expect(adminToken).toMatch(/^gr_/);
    const issued = await call(first.url, 'POST', '/admin/tokens', adminToken!, {
      role: 'secretary',
      district: 'ansan',
      body: 'civic-council',
    });
    const civic = issued.body.token as string;
    const proposed = await call(first.url, 'POST', '/agenda-items', civic, {
      district: 'ansan',
      title: '청소년 공간',
      description: '방과후 쉼터',
      proposerCategory: 'student',
    });
    const itemId = proposed.body.state.itemId as string;
    expect((await call(first.url, 'POST', `/agenda-items/${itemId}/deliberation`, civic, {})).status).toBe(200);

    // Every completion of a record now hangs after its command was appended.
    await admin.query(`create function hold_completion() returns trigger language plpgsql as $$
                       begin perform pg_sleep(300); return new; end $$`);
    await admin.query(`create trigger hold_completion before update on gongron_idempotency
                       for each row when (new.status is not null) execute function hold_completion()`);
    const keys = Array.from({ length: 6 }, (_, n) => `kill-${n}`);
    const opinion = (n: number) => ({ stance: 'neutral', respondentCategory: 'student', text: `의견 ${n}` });
    for (const [n, key] of keys.entries()) {
      void call(first.url, 'POST', `/agenda-items/${itemId}/opinions`, civic, opinion(n), { 'Idempotency-Key': key }).catch(
        () => undefined,
      );
    }
    const opinionsInLog = async () =>
      (
        await admin.query<{ id: string; revision: string }>(
          `select event_id as id, revision from gongron_events where stream_id = $1 and type = 'OpinionRecorded' order by revision`,
          [`agenda-item:${itemId}`],
        )
      ).rows;
    const deadline = Date.now() + 30_000;
    while ((await opinionsInLog()).length < keys.length) {
      if (Date.now() > deadline) throw new Error('the opinions were not appended');
      await new Promise((r) => setTimeout(r, 20));
    }
    const pending = await admin.query<{ n: string }>('select count(*) as n from gongron_idempotency where status is null');
    expect(Number(pending.rows[0]!.n)).toBe(keys.length);

    first.process.kill('SIGKILL');
    await first.exited;
    // The dead process's sessions are ended, as the server does once it notices them gone.
    await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    await admin.query('drop trigger hold_completion on gongron_idempotency');

    const second = await startApi(env);
    children.push(second);
    const applied = await opinionsInLog();
    const answers = [];
    for (const [n, key] of keys.entries()) {
      const until = Date.now() + 30_000;
      for (;;) {
        const answer = await call(second.url, 'POST', `/agenda-items/${itemId}/opinions`, civic, opinion(n), { 'Idempotency-Key': key });
        if (answer.status !== 409 || answer.body.code !== 'IDEMPOTENCY.IN_PROGRESS') {
          answers.push(answer);
          break;
        }
        // The dead holder's lease (2 s) says when a retry may take the key over.
        expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
        expect(Number(answer.retryAfter)).toBeLessThanOrEqual(2);
        if (Date.now() > until) throw new Error(`${key} stayed in progress`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    expect(answers.map((a) => a.status)).toEqual(keys.map(() => 200));
    const answeredIds = answers.map((a) => a.body.events[0].id as string).sort();
    expect(answeredIds).toEqual(applied.map((e) => e.id).sort());
    expect(await opinionsInLog()).toHaveLength(keys.length);
    const finished = await admin.query<{ n: string }>('select count(*) as n from gongron_idempotency where status = 200');
    expect(Number(finished.rows[0]!.n)).toBe(keys.length);
  }, 180_000);
});
