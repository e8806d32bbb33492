/**
 * Deadlines are durable timers: a deadline that fell due while no scheduler ran fires once when
 * one starts, and a scheduler killed with SIGKILL while firing — before its command reached the
 * log, or right after — leaves exactly one firing once it runs again. The scheduler runs as a
 * child process against a real SQLite file and a real PostgreSQL database.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEventStore, type EventStore } from '@gongron/event-store';
import {
  type Actor,
  BusinessClock,
  CommandService,
  DeadlineScheduler,
  buildEventTypeRegistry,
  domainCatalog,
  untypedCommand,
} from '../src/index.js';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../../../test/support/postgres.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const loader = join(here, '..', '..', 'projections', 'test', 'support', 'ts-loader.mjs');
const child = join(here, 'support', 'scheduler-child.ts');

const education: Actor = { id: 'tok-edu', role: 'official', district: 'suwon', party: 'education-office' };
const city: Actor = { id: 'tok-city', role: 'official', district: 'suwon', party: 'local-government' };
const civic: Actor = { id: 'tok-civic', role: 'secretary', district: 'suwon', body: 'civic-council' };
const working: Actor = { id: 'tok-working', role: 'secretary', district: 'suwon', body: 'working-council' };
const tally = { onRoll: 15, present: 9, for: 5, against: 2, abstain: 2 };

/** 00:00 KST on 1 March 2025: the 2024 agreement has just expired. */
const MIDNIGHT_1_MARCH = '2025-02-28T15:00:00.000Z';

/** An agreement of 2024 in force from 4 March, and an item tabled on 2 December 2024 (review due 1 January). */
async function history(store: EventStore): Promise<void> {
  let now = new Date('2024-03-04T01:00:00.000Z');
  const commands = new CommandService(store, domainCatalog);
  const clock = new BusinessClock(() => now);
  const exec = (actor: Actor, type: string, data: Record<string, unknown>) =>
    commands.execute(untypedCommand({ type, data, metadata: { ...clock.read(), actor } }));
  const agreement = { district: 'suwon', year: 2024 };
  await exec(education, 'DraftAgreement', agreement);
  await exec(education, 'AddProjectToAgreement', {
    ...agreement,
    projectId: 'p1',
    title: '마을교육과정',
    taskCode: '2-2',
    budget: { 'education-office': 10_000_000, 'local-government': 5_000_000 },
  });
  await exec(education, 'SignAgreement', { ...agreement, signedOn: '2024-03-04' });
  await exec(city, 'SignAgreement', { ...agreement, signedOn: '2024-03-04' });
  now = new Date('2024-12-01T18:30:00.000Z');
  await exec(civic, 'ProposeAgendaItem', {
    itemId: 'i1',
    district: 'suwon',
    title: '통학로 안전',
    description: '보행 안전 시설',
    proposerCategory: 'parent',
  });
  await exec(civic, 'OpenDeliberation', { itemId: 'i1' });
  await exec(civic, 'AdoptAgendaItem', { itemId: 'i1', meeting: { heldOn: '2024-12-02' }, tally });
  await exec(working, 'StartDrafting', { itemId: 'i1', owner: '김담당' });
  await exec(working, 'SubmitDraftRevision', {
    itemId: 'i1',
    revisionId: 'r1',
    plan: '안전 시설 설치',
    taskCode: '2-2',
    budgetRequest: { 'education-office': 1_000_000, 'local-government': 0 },
  });
  await exec(working, 'TableForReview', { itemId: 'i1' });
}

interface Run {
  readonly process: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
  /** Resolves once the output has a line matching. */
  readonly saw: (pattern: RegExp) => Promise<void>;
}

function startScheduler(kind: 'sqlite' | 'postgres', where: string, now: string, hang?: 'hang-before' | 'hang-after'): Run {
  const proc = spawn(process.execPath, ['--import', loader, child, kind, where, now, ...(hang ? [hang] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const feed = (chunk: Buffer) => {
    output += chunk.toString();
    for (const waiter of [...waiters]) {
      if (waiter.pattern.test(output)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  proc.stdout!.on('data', feed);
  proc.stderr!.on('data', feed);
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const saw = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      if (pattern.test(output)) return resolve();
      waiters.push({ pattern, resolve });
      void exited.then(() =>
        setImmediate(() => (pattern.test(output) ? resolve() : reject(new Error(`exited without ${pattern}:\n${output}`)))),
      );
    });
  return { process: proc, output: () => output, exited, saw };
}

async function count(store: EventStore, streamId: string, type: string): Promise<number> {
  return (await store.readStream(streamId)).filter((event) => event.type === type).length;
}

function suite(kind: 'sqlite' | 'postgres', open: () => Promise<{ where: string; store: EventStore; close(): Promise<void> }>) {
  let log: { where: string; store: EventStore; close(): Promise<void> };
  beforeEach(async () => {
    log = await open();
    await history(log.store);
  });
  afterEach(async () => {
    await log.close();
  });

  test('a deadline that fell due while no scheduler ran fires once when one starts', async () => {
    // The review fell due on 1 January 2025 and the agreement expired on 1 March, both in downtime.
    const run = startScheduler(kind, log.where, MIDNIGHT_1_MARCH);
    expect(await run.exited).toBe(0);
    expect(run.output()).toMatch(/^fired agreement-expiry\.suwon-2024 fired$/m);
    expect(run.output()).toMatch(/^fired review\.[0-9a-f-]+ fired$/m);
    expect(await count(log.store, 'agreement:suwon-2024', 'AgreementExpired')).toBe(1);
    expect(await count(log.store, 'agenda-item:i1', 'ReviewOverdue')).toBe(1);
    const expired = (await log.store.readStream('agreement:suwon-2024')).at(-1)!;
    expect(expired.data).toMatchObject({ expiredOn: '2025-03-01', inForceUntil: '2025-02-28' });
    expect(expired.metadata.actor).toMatchObject({ id: 'system:deadline-scheduler' });

    const again = startScheduler(kind, log.where, MIDNIGHT_1_MARCH);
    expect(await again.exited).toBe(0);
    expect(again.output()).not.toMatch(/^firing /m);
    expect(again.output()).toMatch(/^idle \[\]$/m);
    expect(await count(log.store, 'agreement:suwon-2024', 'AgreementExpired')).toBe(1);
  }, 120_000);

  test('nothing fires before it is due: at 23:59 KST on 28 February the agreement is still in force', async () => {
    const run = startScheduler(kind, log.where, '2025-02-28T14:59:00.000Z');
    expect(await run.exited).toBe(0);
    expect(run.output()).not.toMatch(/^firing agreement-expiry/m);
    expect(run.output()).toMatch(/^idle \["agreement-expiry\.suwon-2024"\]$/m);
    expect(await count(log.store, 'agreement:suwon-2024', 'AgreementExpired')).toBe(0);
  }, 120_000);

  test('killed with SIGKILL before its command reached the log, it fires once on the next start', async () => {
    const first = startScheduler(kind, log.where, MIDNIGHT_1_MARCH, 'hang-before');
    await first.saw(/^firing /m);
    first.process.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    expect(
      (await count(log.store, 'agreement:suwon-2024', 'AgreementExpired')) + (await count(log.store, 'agenda-item:i1', 'ReviewOverdue')),
    ).toBe(0);

    const second = startScheduler(kind, log.where, MIDNIGHT_1_MARCH);
    expect(await second.exited).toBe(0);
    expect(await count(log.store, 'agreement:suwon-2024', 'AgreementExpired')).toBe(1);
    expect(await count(log.store, 'agenda-item:i1', 'ReviewOverdue')).toBe(1);
  }, 120_000);

  test('killed with SIGKILL right after firing, the next start does not fire it again', async () => {
    const first = startScheduler(kind, log.where, MIDNIGHT_1_MARCH, 'hang-after');
    await first.saw(/^fired \S+ fired$/m);
    first.process.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    const firedFirst = /^fired (\S+) fired$/m.exec(first.output())![1]!;

    const second = startScheduler(kind, log.where, MIDNIGHT_1_MARCH);
    expect(await second.exited).toBe(0);
    expect(second.output()).not.toContain(`firing ${firedFirst}`);
    expect(await count(log.store, 'agreement:suwon-2024', 'AgreementExpired')).toBe(1);
    expect(await count(log.store, 'agenda-item:i1', 'ReviewOverdue')).toBe(1);
  }, 120_000);

  test('two schedulers firing the same deadlines at once record each firing once', async () => {
    const clock = new BusinessClock(() => new Date(MIDNIGHT_1_MARCH));
    const outcomes: string[] = [];
    // Each with its own command path, as two processes would have.
    const schedulers = [1, 2].map(
      () =>
        new DeadlineScheduler(log.store, new CommandService(log.store, domainCatalog), clock, {
          checkEveryMs: 60_000,
          afterFire: (deadline, outcome) => void outcomes.push(`${deadline.kind} ${outcome}`),
        }),
    );
    await Promise.all(schedulers.map((scheduler) => scheduler.start()));
    for (let i = 0; i < 400 && !schedulers.every((scheduler) => scheduler.ready); i++) await new Promise((r) => setTimeout(r, 25));
    // A firing that lost the race for its stream stays pending for the next round.
    for (let round = 0; round < 50 && schedulers.some((scheduler) => scheduler.pendingDeadlines().length > 0); round++) {
      await Promise.all(schedulers.map((scheduler) => scheduler.check()));
    }
    await Promise.all(schedulers.map((scheduler) => scheduler.stop()));
    expect(await count(log.store, 'agreement:suwon-2024', 'AgreementExpired')).toBe(1);
    expect(await count(log.store, 'agenda-item:i1', 'ReviewOverdue')).toBe(1);
    // The log has each firing once (above). Each scheduler either fired a deadline (its command
    // reached the log, or found its own derived event there), found it fired already, or saw the
    // firing in the log before its own turn came and had nothing left to fire.
    expect(outcomes.filter((outcome) => !/^(agreement-expiry|review) (fired|already-fired)$/.test(outcome))).toEqual([]);
    expect(new Set(outcomes.map((outcome) => outcome.split(' ')[0]))).toEqual(new Set(['agreement-expiry', 'review']));
  }, 120_000);
}

describe('deadlines as durable timers: SQLite file', () => {
  suite('sqlite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongron-deadlines-'));
    const where = join(dir, 'log.sqlite');
    const store = await createEventStore({ kind: 'sqlite', file: where, registry: buildEventTypeRegistry() });
    return {
      where,
      store,
      async close() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
});

const describePg = await describeWithPostgres();
describePg('deadlines as durable timers: PostgreSQL', () => {
  suite('postgres', async () => {
    const database: TestDatabase = await createTestDatabase('gongron_deadlines');
    const store = await createEventStore({ kind: 'postgres', connectionString: database.url, registry: buildEventTypeRegistry() });
    return {
      where: database.url,
      store,
      async close() {
        await store.close();
        await database.drop();
      },
    };
  });
});
