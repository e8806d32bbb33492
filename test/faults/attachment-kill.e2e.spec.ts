/**
 * kill -9 of the API process while a large attachment of minutes is being uploaded and written,
 * on SQLite with the folder store and on PostgreSQL with the table store. The API runs as a child
 * process; it is killed at moments chosen by conditions, never by time: once half of the file's
 * bytes were taken by the connection, and while the file is being written into the store (on the
 * folder store: as its temporary file appears; on the table store: while a trigger holds its
 * insert). After each restart nothing of it is stored or listed (no file under its hash, no row,
 * 404 for its download) and minutes naming its hash are refused; the same upload then succeeds,
 * its SHA-256 matches and the minutes naming it are recorded.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, watch } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { TEST_SHEDDING } from '../e2e/api-support.js';
import { API_MAIN, type RunningChild, startChild } from '../support/child-processes.js';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../support/postgres.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const FILE_BYTES = 48 * 1024 * 1024;
const CHUNK = 256 * 1024;
const DISTRICT = 'yangpyeong';
const BODY = 'civic-council';

/** A PDF (judged by its first bytes) of 48 MiB that no other run has: random bytes after the header. */
function largePdf(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.7\n% 회의록 첨부\n', 'utf8'), randomBytes(FILE_BYTES)]);
}

interface Api {
  readonly child: RunningChild;
  readonly url: string;
}

async function startApi(env: Record<string, string>): Promise<Api> {
  const child = startChild(API_MAIN, env);
  const [, url] = await child.waitFor(/listening on (http:\/\/\S+) /, 90_000);
  await child.waitFor(/OpenAPI docs/, 90_000);
  return { child, url: url! };
}

async function kill(api: Api): Promise<void> {
  api.child.process.kill('SIGKILL');
  const exit = await api.child.exited;
  expect(exit.signal).toBe('SIGKILL');
}

/** What a client saw of an upload: its answer's status, or `cut` when the dead server cut the connection. */
async function outcome(upload: Upload): Promise<number | 'cut'> {
  const result = await upload.answer;
  return 'status' in result ? result.status : 'cut';
}

async function call(api: Api, method: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text.length > 0 && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
  };
}

interface Upload {
  /** Bytes the connection has taken so far. */
  sent(): number;
  /** Resolves once `bytes` were taken, or every byte when `bytes` is not given. */
  until(bytes?: number): Promise<void>;
  /** The answer, or the error of a connection the server's death cut. */
  readonly answer: Promise<{ status: number; body: Json } | Error>;
}

/** Streams the file to POST /attachments chunk by chunk, each chunk after the connection took the one before. */
function upload(api: Api, token: string, bytes: Buffer, name: string): Upload {
  let sent = 0;
  const waiting = new Set<{ bytes: number; resolve: () => void }>();
  const settle = () => {
    for (const waiter of waiting) {
      if (sent < waiter.bytes) continue;
      waiting.delete(waiter);
      waiter.resolve();
    }
  };
  const url = new URL(`/attachments?name=${encodeURIComponent(name)}`, api.url);
  const answer = new Promise<{ status: number; body: Json } | Error>((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf', 'content-length': String(bytes.length) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text.length > 0 ? JSON.parse(text) : undefined }));
        response.on('error', resolve);
      },
    );
    req.on('error', resolve);
    const next = () => {
      if (sent >= bytes.length) return void req.end();
      const chunk = bytes.subarray(sent, sent + CHUNK);
      req.write(chunk, (error) => {
        if (error) return;
        sent += chunk.length;
        settle();
        next();
      });
    };
    next();
  });
  return {
    sent: () => sent,
    until: (target = bytes.length) =>
      new Promise<void>((resolve, reject) => {
        waiting.add({ bytes: target, resolve });
        settle();
        void answer.then((result) => {
          if (sent < target)
            reject(
              new Error(`the upload ended after ${sent} of ${target} bytes: ${result instanceof Error ? result.message : result.status}`),
            );
        });
      }),
    answer,
  };
}

interface StoreProbe {
  /** Rows of the attachment's record and bytes the store holds for this hash. */
  held(sha256: string): Promise<{ records: number; bytes: boolean }>;
  /** Kills the API while the store is writing this upload's bytes; resolves once it is dead. */
  killWhileWriting(api: Api, sha256: string, upload: Upload): Promise<void>;
}

/** One scenario for both stores: two kills, two restarts, then the upload that succeeds. */
async function scenario(env: Record<string, string>, dataDir: string, probe: StoreProbe): Promise<void> {
  let api = await startApi(env);
  const admin = readFileSync(join(dataDir, 'first-admin-token'), 'utf8').trim();
  const civic = (await call(api, 'POST', '/admin/tokens', admin, { role: 'secretary', district: DISTRICT, body: BODY })).body
    .token as string;
  expect(
    (
      await call(api, 'POST', `/rosters/${DISTRICT}/${BODY}/members`, civic, {
        memberId: 'y-1',
        name: '양평위원',
        category: 'citizen',
        termFrom: '2024-03-01',
      })
    ).status,
  ).toBe(201);
  const scheduled = await call(api, 'POST', '/meetings', civic, {
    district: DISTRICT,
    body: BODY,
    number: 1,
    heldOn: '2025-05-08',
    startsAt: '10:00',
    place: '양평군청',
  });
  expect(scheduled.status).toBe(201);
  const meeting = `/meetings/${DISTRICT}-${BODY}-2025-1`;
  expect((await call(api, 'POST', `${meeting}/convening`, civic, { attending: ['y-1'] })).status).toBe(200);
  expect((await call(api, 'POST', `${meeting}/adjournment`, civic)).status).toBe(200);

  const file = largePdf();
  const sha256 = createHash('sha256').update(file).digest('hex');
  const name = '제1차 회의록 부속서류.pdf';
  const reference = { sha256, name, mediaType: 'application/pdf', size: file.length };
  const nothingOfIt = async () => {
    expect(await probe.held(sha256)).toEqual({ records: 0, bytes: false });
    expect((await call(api, 'GET', `/attachments/${sha256}`, civic)).status).toBe(404);
    const minutes = await call(api, 'POST', `${meeting}/minutes`, civic, { text: '회의록', attachments: [reference] });
    expect({ status: minutes.status, code: minutes.body.code, field: minutes.body.field }).toEqual({
      status: 422,
      code: 'MEETING.ATTACHMENT_UNKNOWN',
      field: 'attachments[0].sha256',
    });
  };

  // 1. Half of the file has been taken by the connection: kill -9.
  const halfway = upload(api, civic, file, name);
  await halfway.until(FILE_BYTES / 2);
  await kill(api);
  await expect(outcome(halfway)).resolves.toBe('cut');
  api = await startApi(env);
  await nothingOfIt();

  // 2. Every byte has been sent and the store is writing them: kill -9.
  const writing = upload(api, civic, file, name);
  await probe.killWhileWriting(api, sha256, writing);
  expect(writing.sent()).toBe(file.length);
  await expect(outcome(writing)).resolves.toBe('cut');
  api = await startApi(env);
  await nothingOfIt();

  // 3. The same upload, uninterrupted: stored whole under the same hash, downloadable, named by the minutes.
  const whole = upload(api, civic, file, name);
  const stored = await whole.answer;
  if (!('status' in stored)) throw stored;
  expect(stored.status).toBe(201);
  expect(stored.body).toMatchObject({ sha256, size: file.length, mediaType: 'application/pdf', created: true });
  expect(await probe.held(sha256)).toEqual({ records: 1, bytes: true });
  const downloaded = await fetch(`${api.url}/attachments/${sha256}`, { headers: { authorization: `Bearer ${civic}` } });
  expect(downloaded.status).toBe(200);
  expect(
    createHash('sha256')
      .update(Buffer.from(await downloaded.arrayBuffer()))
      .digest('hex'),
  ).toBe(sha256);
  const minutes = await call(api, 'POST', `${meeting}/minutes`, civic, { text: '회의록', attachments: [reference] });
  expect(minutes.status).toBe(200);
  expect(minutes.body.state.minutes.attachments).toEqual([reference]);
  await api.child.stop();
}

const baseEnv = (dataDir: string): Record<string, string> => ({
  GONGRON_DATA_DIR: dataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  GONGRON_RUN_RELAY: 'false',
  ...TEST_SHEDDING,
  GONGRON_ATTACHMENT_MAX_BYTES: String(64 * 1024 * 1024),
});

describe('kill -9 while an attachment is written (SQLite, folder store)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongron-attachment-kill-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps nothing partial after either kill, and the same upload then succeeds with its hash', async () => {
    const folder = join(dataDir, 'attachments');
    const probe: StoreProbe = {
      async held(sha256) {
        const db = new Database(join(dataDir, 'gongron.sqlite'), { readonly: true, fileMustExist: true });
        try {
          const row = db.prepare('select count(*) as n from attachments where sha256 = ?').get(sha256) as { n: number };
          return { records: row.n, bytes: existsSync(join(folder, sha256.slice(0, 2), sha256)) };
        } finally {
          db.close();
        }
      },
      async killWhileWriting(api, sha256, writing) {
        // The store writes a temporary file in .incoming and renames it under the hash once whole:
        // the moment that file appears, the process dies.
        const incoming = join(folder, '.incoming');
        const dead = new Promise<void>((resolve) => {
          const watcher = watch(incoming, (_event, fileName) => {
            if (typeof fileName === 'string' && fileName.startsWith(sha256)) {
              api.child.process.kill('SIGKILL');
              watcher.close();
              resolve();
            }
          });
        });
        await writing.until();
        await dead;
        expect((await api.child.exited).signal).toBe('SIGKILL');
        // Killed before the rename: no file under the hash (a late kill would show one here).
        expect(existsSync(join(folder, sha256.slice(0, 2), sha256))).toBe(false);
      },
    };
    await scenario(baseEnv(dataDir), dataDir, probe);
  }, 300_000);
});

const describePg = await describeWithPostgres();

describePg('kill -9 while an attachment is written (PostgreSQL, table store)', () => {
  let database: TestDatabase;
  let client: pg.Client;
  const dataDir = mkdtempSync(join(tmpdir(), 'gongron-attachment-kill-pg-'));

  beforeAll(async () => {
    database = await createTestDatabase('gongron_attachment_kill');
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps nothing partial after either kill, and the same upload then succeeds with its hash', async () => {
    const probe: StoreProbe = {
      async held(sha256) {
        const records = await client.query<{ n: string }>('select count(*) as n from attachments where sha256 = $1', [sha256]);
        const bytes = await client.query<{ n: string }>('select count(*) as n from attachment_blobs where sha256 = $1', [sha256]);
        return { records: Number(records.rows[0]!.n), bytes: Number(bytes.rows[0]!.n) > 0 };
      },
      async killWhileWriting(api, _sha256, writing) {
        // A trigger holds the insert of the bytes: the process dies while its insert is in flight.
        await client.query(
          `create or replace function hold_blob() returns trigger language plpgsql as $$ begin perform pg_sleep(300); return new; end $$`,
        );
        await client.query('create trigger hold_blob before insert on attachment_blobs for each row execute function hold_blob()');
        try {
          await writing.until();
          const deadline = Date.now() + 60_000;
          for (;;) {
            const held = await client.query(
              `select pid from pg_stat_activity where datname = current_database() and query ilike '%insert into "attachment_blobs"%' and state = 'active'`,
            );
            if (held.rows.length > 0) break;
            if (Date.now() > deadline) throw new Error('the insert of the bytes never started');
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          await kill(api);
        } finally {
          await client.query('drop trigger if exists hold_blob on attachment_blobs');
          // The dead process's backends are ended, as the server does once it notices them gone.
          await client.query(
            `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
          );
        }
      },
    };
    await scenario({ ...baseEnv(dataDir), GONGRON_STORE: 'postgres', DATABASE_URL: database.url }, dataDir, probe);
  }, 300_000);
});
