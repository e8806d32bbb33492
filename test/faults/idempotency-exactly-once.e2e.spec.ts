/**
 * An Idempotency-Key applies its command exactly once even when the key's answer cannot be
 * recorded: a trigger at the real store refuses every completion of the record, after the
 * opinion was appended. The client still gets the applied answer; retries with the key write
 * nothing new and answer with the same opinion; once the store records again, the answer is
 * replayed. On the embedded SQLite file and on PostgreSQL.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import pg from 'pg';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/postgres.js';
import { startTestApi, type TestApi } from '../e2e/api-support.js';

const pgAvailable = await postgresAvailable();
if (!pgAvailable && process.env.CI === 'true') throw new Error('PostgreSQL is required under CI=true');
const backends: [string, 'sqlite' | 'postgres'][] = [
  ['SQLite', 'sqlite'],
  ...(pgAvailable ? [['PostgreSQL', 'postgres'] as [string, 'postgres']] : []),
];

interface Fault {
  refuseCompletions(): Promise<void>;
  heal(): Promise<void>;
  close(): Promise<void>;
}

async function faultFor(kind: 'sqlite' | 'postgres', api: TestApi, database: TestDatabase | undefined): Promise<Fault> {
  if (kind === 'sqlite') {
    const db = new Database(join(api.dataDir, 'gongron.sqlite'));
    db.pragma('busy_timeout = 10000');
    return {
      async refuseCompletions() {
        db.exec(`create trigger refuse_completion before update on gongron_idempotency when new.status is not null
                 begin select raise(abort, 'injected fault: completion refused'); end`);
      },
      async heal() {
        db.exec('drop trigger refuse_completion');
      },
      async close() {
        db.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: database!.url });
  await client.connect();
  return {
    async refuseCompletions() {
      await client.query(`create function refuse_completion() returns trigger language plpgsql as $$
                          begin raise exception 'injected fault: completion refused'; end $$`);
      await client.query(`create trigger refuse_completion before update on gongron_idempotency
                          for each row when (new.status is not null) execute function refuse_completion()`);
    },
    async heal() {
      await client.query('drop trigger refuse_completion on gongron_idempotency');
    },
    async close() {
      await client.end();
    },
  };
}

describe.each(backends)('an Idempotency-Key whose answer cannot be recorded, on %s', (_label, kind) => {
  let database: TestDatabase | undefined;
  let api: TestApi;
  let fault: Fault;

  beforeAll(async () => {
    database = kind === 'postgres' ? await createTestDatabase('gongron_idem_fault') : undefined;
    api = await startTestApi(
      kind === 'postgres' ? { GONGRON_STORE: 'postgres', DATABASE_URL: database!.url, LOG_LEVEL: 'warn' } : { LOG_LEVEL: 'warn' },
    );
    fault = await faultFor(kind, api, database);
  }, 60_000);

  afterAll(async () => {
    await fault?.close();
    await api?.close();
    await database?.drop();
  });

  it('writes the opinion once and answers every retry with it', async () => {
    const civic = await api.token({ role: 'secretary', district: 'yongin', body: 'civic-council' });
    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: { district: 'yongin', title: '마을 도서관', description: '방과후 독서 공간', proposerCategory: 'citizen' },
    });
    const item = `/agenda-items/${proposed.body.state.itemId}`;
    expect((await api.call('POST', `${item}/deliberation`, { token: civic, body: {} })).status).toBe(200);

    const opinion = { stance: 'support', respondentCategory: 'parent', text: '주말에도 열면 좋겠습니다' };
    const send = () =>
      api.call('POST', `${item}/opinions`, { token: civic, headers: { 'Idempotency-Key': 'opinion-once' }, body: opinion });

    await fault.refuseCompletions();
    const first = await send();
    expect(first.status).toBe(200);
    expect(first.body.events).toHaveLength(1);
    const recorded = first.body.events[0];
    expect(recorded.type).toBe('OpinionRecorded');

    // The record still says "in progress", given back: each retry finds the opinion in the log.
    for (let n = 0; n < 3; n++) {
      const again = await send();
      expect(again.status).toBe(200);
      expect(again.body.revision).toBe(first.body.revision);
      expect(again.body.events).toEqual([recorded]);
    }
    await fault.heal();
    const recordedNow = await send();
    expect(recordedNow.body.events).toEqual([recorded]);
    const replayed = await send();
    expect(replayed.status).toBe(200);
    expect(replayed.headers.get('idempotency-replayed')).toBe('true');
    expect(replayed.body.events).toEqual([recorded]);

    const read = await api.call('GET', item, { token: civic });
    expect(read.body.state.opinionCount).toBe(1);
    expect(read.body.revision).toBe(first.body.revision);
  }, 60_000);
});
