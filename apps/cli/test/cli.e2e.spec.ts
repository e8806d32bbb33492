/**
 * The CLI under test, every command against a real data folder, two ways: as its own process
 * (`node apps/cli/src/main.ts` through the TypeScript loader the rebuild-kill test uses, no
 * build needed), asserting what an administrator sees — output and exit code, failures
 * included — and the same arguments in this process through the same command tree (`program.ts`),
 * so the coverage report counts the CLI's code (a child process is invisible to jest's coverage).
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import {
  buildEventTypeRegistry,
  CommandService,
  domainCatalog,
  domainProcessManagers,
  loadConfig,
  openConfiguredSqlDatabase,
  openStores,
  ParkedReactions,
  ProcessManagerRunner,
  SYSTEM_ACTOR,
  untypedCommand,
} from '@gongron/application';
import { checkpointBody, signNote, verifierKey } from '@gongron/event-store';
import { runCliInProcess } from '../../../test/support/cli-in-process.js';
import { dropAppendOnlyTriggers, resealStream, retreeSqlite, storedEvents, treeOf } from '../../../test/support/retree.js';
import { CLI_MAIN as main, type FinishedChild, runToEnd } from '../../../test/support/child-processes.js';
import { appendGhostConsent, ghostBudget, ghostRaised } from '../../../test/support/ghost-consent.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

type Run = FinishedChild;

const folders: string[] = [];
function dataFolder(from?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongron-cli-'));
  folders.push(dir);
  if (from) cpSync(from, dir, { recursive: true });
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function environment(dir: string, extra: Record<string, string> = {}): Record<string, string> {
  return { GONGRON_DATA_DIR: dir, LOG_LEVEL: 'silent', GONGRON_RUN_RELAY: 'false', ...extra };
}

/** The CLI as its own process. */
function asProcess(dir: string, args: readonly string[], extra: Record<string, string> = {}): Promise<Run> {
  return runToEnd(main, args, { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...environment(dir, extra) }, root);
}

/** The same command registrations in this process, with its output captured. */
function inProcess(dir: string, args: readonly string[], extra: Record<string, string> = {}): Promise<Run> {
  return runCliInProcess(args, environment(dir, extra));
}

/** Both runs, each in a folder of its own copied from the same start. */
async function both(
  start: string,
  args: readonly string[],
  extra: Record<string, string> = {},
): Promise<[Run, Run, { processDir: string; inProcessDir: string }]> {
  const processDir = dataFolder(start);
  const inProcessDir = dataFolder(start);
  return [await asProcess(processDir, args, extra), await inProcess(inProcessDir, args, extra), { processDir, inProcessDir }];
}

let demo: string;

function countEvents(dir: string): number {
  const db = new Database(join(dir, 'gongron.sqlite'), { readonly: true });
  try {
    return (db.prepare('select count(*) as n from gongron_events').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  demo = dataFolder();
  const loaded = await asProcess(demo, ['demo', 'load', '--quiet']);
  expect(loaded).toMatchObject({ code: 0, stderr: '' });
}, 300_000);

describe('demo load', () => {
  it('loads the demo into an empty data folder and says so, and says it is there on a second run', async () => {
    expect(existsSync(join(demo, 'gongron.sqlite'))).toBe(true);
    const fresh = dataFolder();
    const first = await inProcess(fresh, ['demo', 'load', '--quiet']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Demo loaded: 5 districts, \d+ agenda items, \d+ commands in [\d.]+ s\.\nTry: GET \/agenda-items\//);
    for (const run of await both(demo, ['demo', 'load', '--quiet']).then(([a, b]) => [a, b])) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^The demo is already loaded in .*gongron\.sqlite\.\n$/);
    }
  }, 300_000);

  it('fails with exit code 1 and names the variable when the configuration is wrong', async () => {
    const run = await asProcess(dataFolder(), ['demo', 'load', '--quiet'], { GONGRON_STORE: 'floppy' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/GONGRON_STORE/);
  }, 180_000);
});

describe('tokens', () => {
  it('creates, lists and revokes a token; the list never shows a secret', async () => {
    for (const run of [asProcess, inProcess]) {
      const dir = dataFolder();
      const created = await run(dir, [
        'tokens',
        'create',
        '--role',
        'secretary',
        '--district',
        'suwon',
        '--body',
        'civic-council',
        '--name',
        '김민지',
        '--json',
      ]);
      expect(created.code).toBe(0);
      const issued = JSON.parse(created.stdout) as { id: string; token: string; role: string; district: string; body: string };
      expect(issued).toMatchObject({ role: 'secretary', district: 'suwon', body: 'civic-council' });
      const text = await run(dir, ['tokens', 'create', '--role', 'auditor', '--ttl-days', '30']);
      expect(text).toMatchObject({ code: 0, stderr: '' });
      expect(text.stdout).toMatch(
        /^Token [0-9a-f-]+ \(auditor\), valid until \d{4}-\d{2}-\d{2}T[\d:.]+Z\. Shown only this once:\n {2}\S+\n$/,
      );

      const listed = await run(dir, ['tokens', 'list']);
      expect(listed.code).toBe(0);
      expect(listed.stdout).toContain(issued.id);
      expect(listed.stdout).toMatch(/secretary\s+suwon\s+civic-council\s+김민지/);
      expect(listed.stdout).not.toContain(issued.token);
      const json = JSON.parse((await run(dir, ['tokens', 'list', '--json'])).stdout) as { id: string }[];
      expect(json.map((t) => t.id)).toContain(issued.id);

      const revoked = await run(dir, ['tokens', 'revoke', issued.id]);
      expect(revoked.code).toBe(0);
      expect(revoked.stdout).toMatch(new RegExp(`^Token ${issued.id} revoked at \\d{4}-`));
      expect((await run(dir, ['tokens', 'list'])).stdout).not.toContain(issued.id);
      expect((await run(dir, ['tokens', 'list', '--all'])).stdout).toMatch(new RegExp(`${issued.id}.*revoked`));

      const rotatedAway = await run(dir, ['tokens', 'rotate', issued.id]);
      expect(rotatedAway.code).toBe(1);
      expect(rotatedAway.stderr).toBe(`No active token has the id ${issued.id} (tokens list --all shows revoked ones).\n`);
    }
  }, 180_000);

  it('refuses a bad token request with exit code 2, naming the option, and an unknown id with 1', async () => {
    const [missing, missingHere] = await both(dataFolder(), ['tokens', 'create', '--role', 'secretary']);
    for (const run of [missing, missingHere]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^--district: /m);
      expect(run.stdout).toBe('');
    }
    const [badRole, badRoleHere] = await both(dataFolder(), ['tokens', 'create', '--role', 'mayor']);
    for (const run of [badRole, badRoleHere]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/option '--role <role>' argument 'mayor' is invalid/);
    }
    const [badDays] = await both(dataFolder(), ['tokens', 'create', '--role', 'auditor', '--ttl-days', '0']);
    expect(badDays.code).toBe(1);
    expect(badDays.stderr).toMatch(/expected a whole number of days from 1 to 3650/);
    const [unknown, unknownHere] = await both(dataFolder(), ['tokens', 'revoke', 'no-such-token']);
    for (const run of [unknown, unknownHere]) expect(run).toEqual({ code: 1, stdout: '', stderr: 'No token has the id no-such-token.\n' });
    const [empty] = await both(dataFolder(), ['tokens', 'list']);
    expect(empty).toEqual({ code: 0, stdout: 'No tokens.\n', stderr: '' });
  }, 180_000);
});

describe('projections', () => {
  it('shows the status of every read model: the demo is in the log, and no read model has followed it yet', async () => {
    const head = countEvents(demo);
    for (const run of (await both(demo, ['projections', 'status'])).slice(0, 2) as Run[]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^projection\s+version\s+state\s+generation\s+checkpoint\s+head\s+lag\s+rebuild in progress\n/);
      for (const name of [
        'agenda-board',
        'decision-register',
        'budget-ledger',
        'agreement-register',
        'province-dashboard',
        'deadline-board',
        'meetings',
        'rosters',
        'school-grants',
      ]) {
        expect(run.stdout).toMatch(new RegExp(`\\n${name}\\s+\\d+\\s+current\\s+1\\s+0\\s+${head}\\s+${head}\\s+-\\n`));
      }
    }
    const [json] = await both(demo, ['projections', 'status', '--json']);
    const statuses = JSON.parse(json.stdout) as { name: string; lag: number; position: number; headPosition: number }[];
    expect(statuses.map((s) => [s.name, s.position, s.headPosition, s.lag])).toEqual(
      [
        'agenda-board',
        'decision-register',
        'budget-ledger',
        'agreement-register',
        'province-dashboard',
        'deadline-board',
        'meetings',
        'rosters',
        'importance-performance',
        'school-grants',
        'operating-plans',
      ].map((name) => [name, 0, head, head]),
    );
  }, 180_000);

  it('rebuilds one read model and then all into a new generation that follows the whole log', async () => {
    const head = countEvents(demo);
    const [one, oneHere, { processDir, inProcessDir }] = await both(demo, [
      'projections',
      'rebuild',
      'agenda-board',
      '--no-progress',
      '--batch-size',
      '100',
    ]);
    for (const run of [one, oneHere]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/agenda-board/);
    }
    const board = (dir: string) => {
      const db = new Database(join(dir, 'gongron.sqlite'), { readonly: true });
      try {
        return {
          rows: db.prepare('select item_id, state, revision from rm_agenda_board order by item_id').all() as { item_id: string }[],
          items: (
            db.prepare("select count(distinct stream_id) as n from gongron_events where stream_id like 'agenda-item:%'").get() as {
              n: number;
            }
          ).n,
        };
      } finally {
        db.close();
      }
    };
    const rebuilt = board(processDir);
    expect(rebuilt.rows).toHaveLength(rebuilt.items);
    expect(board(inProcessDir).rows).toEqual(rebuilt.rows);
    const status = JSON.parse((await asProcess(processDir, ['projections', 'status', '--json'])).stdout) as {
      name: string;
      generation: number;
      lag: number;
    }[];
    expect(status.find((s) => s.name === 'agenda-board')).toMatchObject({ generation: 2, lag: 0 });
    expect(status.find((s) => s.name === 'budget-ledger')).toMatchObject({ generation: 1, lag: head });

    const [all, , { processDir: allDir }] = await both(demo, ['projections', 'rebuild', 'all', '--no-progress']);
    expect(all.code).toBe(0);
    for (const name of [
      'agenda-board',
      'decision-register',
      'budget-ledger',
      'agreement-register',
      'province-dashboard',
      'deadline-board',
      'meetings',
      'rosters',
      'school-grants',
    ])
      expect(all.stdout).toContain(name);
    const afterAll = JSON.parse((await inProcess(allDir, ['projections', 'status', '--json'])).stdout) as {
      generation: number;
      lag: number;
    }[];
    expect(afterAll.every((s) => s.generation === 2 && s.lag === 0)).toBe(true);
  }, 240_000);

  it('draws the rebuild progress up to 100 % of the log, and the status table shows the new generation caught up', async () => {
    const head = countEvents(demo);
    const [bar, barHere, { processDir }] = await both(demo, ['projections', 'rebuild', 'decision-register', '--batch-size', '50']);
    for (const run of [bar, barHere]) {
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(new RegExp(`rebuild decision-register \\|[\u2588\u2591]+\\| 100% \\| ${head}/${head} events`));
      expect(run.stderr).not.toMatch(/ 100% .*\n(.|\n)* [0-9]{1,2}% /);
      expect(run.stdout).toMatch(
        new RegExp(`^decision-register: generation 2 at position ${head}\n${head} events in [\\d.]+ s \\(\\d+ events/s\\)\n$`),
      );
    }
    const status = await inProcess(processDir, ['projections', 'status']);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(new RegExp(`\\ndecision-register\\s+\\d+\\s+current\\s+2\\s+${head}\\s+${head}\\s+0\\s+-\\n`));
    expect(status.stdout).toMatch(new RegExp(`\\nagenda-board\\s+\\d+\\s+current\\s+1\\s+0\\s+${head}\\s+${head}\\s+-\\n`));
  }, 240_000);

  it('refuses an unknown read model with exit code 2 and a bad batch size with 1', async () => {
    const [unknown, unknownHere] = await both(demo, ['projections', 'rebuild', 'no-such-model', '--no-progress']);
    for (const run of [unknown, unknownHere]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^PROJECTION\.UNKNOWN: .*no-such-model/);
    }
    const [badBatch] = await both(demo, ['projections', 'rebuild', 'all', '--batch-size', 'lots']);
    expect(badBatch.code).toBe(1);
    expect(badBatch.stderr).toMatch(/expected a whole number ≥ 1, got "lots"/);
  }, 180_000);
});

describe('audit', () => {
  it('verifies an intact log (exit 0) and names the changed stream and revision of a tampered one (exit 3)', async () => {
    const [intact, intactHere] = await both(demo, ['audit', 'verify', '--no-progress']);
    for (const run of [intact, intactHere]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /^OK: \d+ events in \d+ streams, every hash chain intact, every leaf of the tree matches \(\d+\), every stream folds\n$/,
      );
    }
    const tampered = dataFolder(demo);
    const raw = new Database(join(tampered, 'gongron.sqlite'));
    // The log refuses UPDATE: someone with DDL rights drops the trigger first.
    raw.exec('drop trigger gongron_events_no_update');
    const target = raw
      .prepare("select position, stream_id, revision, data from gongron_events where type = 'AgendaItemAdopted' order by position limit 1")
      .get() as {
      position: number;
      stream_id: string;
      revision: number;
      data: string;
    };
    raw.prepare('update gongron_events set data = ? where position = ?').run(target.data.replace('"for":', '"for":1'), target.position);
    raw.close();
    for (const run of [asProcess, inProcess]) {
      const broken = await run(tampered, ['audit', 'verify', '--no-progress']);
      expect(broken.code).toBe(3);
      expect(broken.stdout).toMatch(
        new RegExp(
          `^BROKEN: hash-mismatch\\n  stream: +${target.stream_id}\\n  revision: ${target.revision} \\(event [0-9a-f-]+\\)\\n  position: ${target.position}\\n`,
        ),
      );
      const one = await run(tampered, ['audit', 'verify', '--stream', target.stream_id, '--json']);
      expect(one.code).toBe(3);
      expect(JSON.parse(one.stdout)).toMatchObject({
        ok: false,
        brokenLink: { streamId: target.stream_id, revision: target.revision, reason: 'hash-mismatch' },
      });
    }
    const [badStream] = await both(demo, ['audit', 'verify', '--stream', 'Not A Stream']);
    expect(badStream.code).toBe(1);
    expect(badStream.stderr).toMatch(/stream/i);
    const [unknown, unknownHere] = await both(demo, ['audit', 'verify', '--stream', `agenda-item:${randomUUID()}`]);
    for (const run of [unknown, unknownHere]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^The log has no stream "agenda-item:/);
    }
  }, 240_000);

  it('catches a stream re-sealed with the hash function and re-treed only against a saved checkpoint, naming where the rewrite begins (exit 3)', async () => {
    const folder = dataFolder(demo);
    const file = join(folder, 'gongron.sqlite');
    const raw = new Database(file);
    const events = storedEvents(raw);
    // A checkpoint of the log as it is, signed and saved outside the installation.
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const head = treeOf(events);
    const rootBefore = head.root;
    const note = signNote(
      checkpointBody({ origin: 'auditor/saved', size: events.length, rootHash: rootBefore, time: '2024-06-01T00:00:00.000Z' }),
      'auditor/saved',
      privateKey,
      publicKey,
    );
    const saved = join(folder, 'saved.checkpoint');
    writeFileSync(saved, note);
    const key = verifierKey('auditor/saved', publicKey);
    // The attacker changes the first AgendaItemAdopted and re-seals the rest of its stream, then builds the tree again.
    const target = events.find((row) => row.type === 'AgendaItemAdopted')!;
    dropAppendOnlyTriggers(raw);
    resealStream(raw, events, target, target.data.replace('"for":', '"for":1'));
    const rewritten = { root: retreeSqlite(raw) };
    raw.close();
    expect(rewritten.root).not.toBe(rootBefore);
    for (const run of [asProcess, inProcess]) {
      // Without a checkpoint from outside, the consistent rewrite passes: that is what the saved checkpoint is for.
      expect((await run(folder, ['audit', 'verify', '--no-progress'])).code).toBe(0);
      const caught = await run(folder, ['audit', 'verify', '--no-progress', '--checkpoint', saved, '--key', key]);
      expect(caught.code).toBe(3);
      expect(caught.stdout).toMatch(new RegExp(`^BROKEN: checkpoint-mismatch\\n`));
      expect(caught.stdout).toContain(`  expected: ${rootBefore}\n  found:    ${rewritten.root}\n`);
      expect(caught.stdout).toContain(`${saved}, signed by auditor/saved`);
      const one = await run(folder, ['audit', 'verify', '--stream', target.stream_id, '--json', '--checkpoint', saved, '--key', key]);
      expect(one.code).toBe(3);
      expect(JSON.parse(one.stdout)).toMatchObject({ ok: false, brokenLink: { reason: 'checkpoint-mismatch', expected: rootBefore } });
      // A checkpoint under another key is refused, not ignored.
      const other = await run(folder, [
        'audit',
        'verify',
        '--no-progress',
        '--checkpoint',
        saved,
        '--key',
        verifierKey('auditor/saved', generateKeyPairSync('ed25519').publicKey),
      ]);
      expect(other.code).toBe(2);
      expect(other.stderr).toMatch(/no signature on the checkpoint is valid/);
    }
  }, 240_000);

  it('exports a stream as JSON Lines and a district as CSV with a BOM, and refuses to guess the scope (exit 2)', async () => {
    const db = new Database(join(demo, 'gongron.sqlite'), { readonly: true });
    const { stream_id: streamId, n } = db
      .prepare(
        "select stream_id, count(*) as n from gongron_events where stream_id like 'agenda-item:%' group by stream_id order by stream_id limit 1",
      )
      .get() as {
      stream_id: string;
      n: number;
    };
    db.close();
    const [jsonl, jsonlHere] = await both(demo, ['audit', 'export', '--stream', streamId]);
    for (const run of [jsonl, jsonlHere]) {
      expect(run.code).toBe(0);
      const lines = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { streamId: string; revision: number });
      expect(lines.map((l) => l.revision)).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(lines.every((l) => l.streamId === streamId)).toBe(true);
    }
    for (const run of [asProcess, inProcess]) {
      const dir = dataFolder(demo);
      const file = join(dir, 'suwon.csv');
      const csv = await run(dir, ['audit', 'export', '--district', 'suwon', '--format', 'csv', '--out', file]);
      expect(csv).toEqual({ code: 0, stdout: '', stderr: '' });
      const bytes = readFileSync(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8')).toMatch(/position,stream_id,revision,type/);
    }
    for (const args of [
      ['audit', 'export'],
      ['audit', 'export', '--stream', streamId, '--district', 'suwon'],
    ]) {
      const [neither, neitherHere] = await both(demo, args);
      for (const run of [neither, neitherHere])
        expect(run).toEqual({ code: 2, stdout: '', stderr: 'Give exactly one of --stream <streamId> or --district <code>\n' });
    }
  }, 240_000);
});

describe('audit export failures', () => {
  it('refuses an unknown district (exit 2, with the list) and fails an export that matches nothing (exit 4), leaving no file', async () => {
    const [unknown, unknownHere] = await both(demo, ['audit', 'export', '--district', '아틀란티스']);
    for (const run of [unknown, unknownHere]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /^Unknown district "아틀란티스" \(알 수 없는 시·군\)\. Use a code or a Korean name:\n(.|\n)*suwon\s+수원시\n/,
      );
    }
    for (const run of [asProcess, inProcess]) {
      const dir = dataFolder(demo);
      const file = join(dir, 'nothing.jsonl');
      const empty = await run(dir, ['audit', 'export', '--stream', 'agenda-item:no-such-item', '--out', file]);
      expect(empty).toEqual({ code: 4, stdout: '', stderr: 'No events match --stream agenda-item:no-such-item; nothing was exported.\n' });
      expect(existsSync(file)).toBe(false);
    }
  }, 240_000);
});

/** Opens the data folder's log and SQL database as the CLI does. */
async function inDataFolder<T>(
  dir: string,
  work: (side: {
    stores: Awaited<ReturnType<typeof openStores>>;
    sql: ReturnType<typeof openConfiguredSqlDatabase>;
    service: CommandService;
  }) => Promise<T>,
): Promise<T> {
  const config = loadConfig({ GONGRON_DATA_DIR: dir });
  const stores = await openStores(config, buildEventTypeRegistry());
  const sql = openConfiguredSqlDatabase(config);
  try {
    return await work({ stores, sql, service: new CommandService(stores.store, domainCatalog) });
  } finally {
    await sql.close();
    await stores.close();
  }
}

/**
 * A consent stored by an older version names a project that was never created: the budget
 * process manager's runner reacts to it, is refused and parks the reaction.
 */
async function parkGhostReaction(dir: string, projectId: string): Promise<string> {
  return inDataFolder(dir, async ({ stores, sql, service }) => {
    const appended = await appendGhostConsent(stores.store, projectId);
    const cause = appended.events[0]!;
    const managers = domainProcessManagers.filter((pm) => pm.name === 'project-budgets-from-amendment');
    const parked = new ParkedReactions(sql);
    const runner = new ProcessManagerRunner(stores.store, stores.checkpoints, service, managers, { parked, retryDelayMs: 20 });
    await runner.start();
    try {
      const deadline = Date.now() + 120_000;
      while (!(await parked.list()).some((p) => p.causeEventId === cause.id)) {
        if (Date.now() > deadline) throw new Error(`the reaction to a consent for ${projectId} was not parked within 120 s`);
        await delay(50);
      }
    } finally {
      await runner.stop();
    }
    return `project-budgets-from-amendment:${cause.id}:0`;
  });
}

async function createGhostProject(dir: string, projectId: string): Promise<void> {
  await inDataFolder(dir, async ({ service }) => {
    const official = { id: 'token-official', role: 'official', district: 'suwon', party: 'education-office' } as const;
    const now = '2099-05-02T09:00:00.000Z';
    await service.execute(
      untypedCommand({
        type: 'CreateProject',
        data: { projectId, district: 'suwon', year: 2099, title: '수원 마을교육', taskCode: '1-1', plannedBudget: ghostBudget },
        metadata: { now, actor: official },
      }),
    );
    await service.execute(
      untypedCommand({
        type: 'MarkProjectAgreed',
        data: { projectId, agreementId: 'suwon-2099', allocation: ghostBudget, agreedOn: '2099-04-01' },
        metadata: { now, actor: SYSTEM_ACTOR },
      }),
    );
  });
}

describe('process-managers with a parked reaction', () => {
  it('counts and lists it (exit 3), keeps it parked on a retry while the project is missing (exit 3), and applies it once after the project exists', async () => {
    const start = dataFolder(demo);
    const projectId = `ghost-${randomUUID().slice(0, 8)}`;
    const id = await parkGhostReaction(start, projectId);
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

    const [status, statusHere] = await both(start, ['process-managers', 'status']);
    for (const run of [status, statusHere]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^process manager\s+checkpoint\s+parked\n-+\s+-+\s+-+\n/);
      expect(run.stdout).toMatch(/\nproject-budgets-from-amendment\s+\d+\s+1\n/);
    }
    const [parked, parkedHere] = await both(start, ['process-managers', 'parked']);
    for (const run of [parked, parkedHere]) {
      expect(run.code).toBe(3);
      expect(run.stdout).toMatch(/^reaction\s+command\s+position\s+code\s+attempts\s+parked at\s+resolved\n/);
      expect(run.stdout).toMatch(
        new RegExp(`\\n${escaped}\\s+AmendProjectBudget\\s+\\d+\\s+PROJECT\\.NOT_FOUND\\s+1\\s+\\d{4}-\\d{2}-\\d{2}T\\S+Z\\s+-\\n$`),
      );
    }
    const [again, againHere] = await both(start, ['process-managers', 'retry', id]);
    for (const run of [again, againHere]) {
      expect(run.code).toBe(3);
      expect(run.stdout).toMatch(new RegExp(`^${escaped}: still parked — PROJECT\\.NOT_FOUND: .*${projectId}.*\\n$`));
    }

    for (const run of [asProcess, inProcess]) {
      const dir = dataFolder(start);
      await createGhostProject(dir, projectId);
      const applied = await run(dir, ['process-managers', 'retry', 'all']);
      expect(applied).toEqual({ code: 0, stdout: `${id}: applied to project:${projectId} at revision 2\n`, stderr: '' });
      const allowed = await inDataFolder(
        dir,
        async ({ service }) => (await service.load(`project:${projectId}`)).state as { allocation: unknown },
      );
      expect(allowed.allocation).toEqual(ghostRaised);
      const done = await run(dir, ['process-managers', 'retry', id, '--json']);
      expect(done.code).toBe(0);
      expect(JSON.parse(done.stdout)).toEqual([{ id, outcome: 'already-done', code: 'PROCESS_MANAGER.ALREADY_RETRIED' }]);
      const list = await run(dir, ['process-managers', 'parked', '--all', '--json']);
      expect(list.code).toBe(0);
      expect(JSON.parse(list.stdout)).toEqual([
        expect.objectContaining({ id, attempts: 2, resolution: 'applied', code: 'PROJECT.NOT_FOUND' }),
      ]);
      expect(await run(dir, ['process-managers', 'parked'])).toEqual({ code: 0, stdout: 'no parked reactions\n', stderr: '' });
    }
  }, 300_000);
});

describe('process-managers', () => {
  it('shows each process manager, lists no parked reaction after a clean demo, and refuses a malformed or unknown reaction (exit 2)', async () => {
    const [status, statusHere] = await both(demo, ['process-managers', 'status', '--json']);
    for (const run of [status, statusHere]) {
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).not.toEqual([]);
    }
    const [table] = await both(demo, ['process-managers', 'status']);
    expect(table.code).toBe(0);
    const [parked, parkedHere] = await both(demo, ['process-managers', 'parked', '--json']);
    for (const run of [parked, parkedHere]) expect({ code: run.code, parked: JSON.parse(run.stdout) }).toEqual({ code: 0, parked: [] });
    const [none] = await both(demo, ['process-managers', 'retry', 'all']);
    expect(none).toEqual({ code: 0, stdout: 'no parked reactions\n', stderr: '' });
    const [malformed, malformedHere] = await both(demo, ['process-managers', 'retry', 'nonsense']);
    for (const run of [malformed, malformedHere])
      expect(run).toEqual({
        code: 2,
        stdout: '',
        stderr: '"nonsense" is not a reaction id (processManager:causeEventId:index) or "all"\n',
      });
    const [unknown] = await both(demo, ['process-managers', 'retry', 'agenda-item-approved:00000000-0000-4000-8000-000000000000:0']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('no parked reaction "agenda-item-approved:00000000-0000-4000-8000-000000000000:0"\n');
  }, 240_000);
});

describe('privacy', () => {
  function keyRows(dir: string): { subject: string; category: string; hasKey: number }[] {
    const db = new Database(join(dir, 'gongron.sqlite'), { readonly: true });
    try {
      return db.prepare('select subject, category, key is not null as hasKey from gongron_subject_keys order by subject').all() as {
        subject: string;
        category: string;
        hasKey: number;
      }[];
    } finally {
      db.close();
    }
  }

  it('shows a subject, erases its key once and records each erasure; refuses a reason it does not know and writes nothing', async () => {
    const dir = dataFolder(demo);
    const opinion = keyRows(dir).find((row) => row.category === 'opinion')!;
    expect(opinion).toMatchObject({ hasKey: 1 });
    const before = countEvents(dir);

    const shown = await inProcess(dir, ['privacy', 'show', '--subject', opinion.subject]);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ subject: opinion.subject, category: 'opinion', hasKey: true, erasedAt: null });
    expect(shown.stdout).not.toMatch(/"key"/);

    const refused = await inProcess(dir, ['privacy', 'erase', '--subject', opinion.subject, '--reason', 'curiosity']);
    expect(refused).toEqual({ code: 2, stdout: '', stderr: '--reason must be request or retention\n' });
    expect(countEvents(dir)).toBe(before);
    expect(keyRows(dir).find((row) => row.subject === opinion.subject)).toMatchObject({ hasKey: 1 });

    const erased = await inProcess(dir, ['privacy', 'erase', '--subject', opinion.subject]);
    expect(erased.code).toBe(0);
    expect(erased.stdout).toMatch(
      new RegExp(
        `^ERASED: ${opinion.subject.replace(/[/.]/g, '\\$&')} — its key is destroyed; the erasure is recorded at position \\d+\\n$`,
      ),
    );
    expect(countEvents(dir)).toBe(before + 1);
    expect(keyRows(dir).find((row) => row.subject === opinion.subject)).toMatchObject({ hasKey: 0 });
    const after = await inProcess(dir, ['privacy', 'show', '--subject', opinion.subject]);
    expect(JSON.parse(after.stdout)).toMatchObject({ hasKey: false, erasedAt: expect.any(String) });

    const again = await asProcess(dir, ['privacy', 'erase', '--subject', opinion.subject]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('had no key left (never written, or erased before)');
    expect(countEvents(dir)).toBe(before + 2);

    const unknown = await inProcess(dir, ['privacy', 'show', '--subject', 'opinion:nowhere/none']);
    expect(unknown).toEqual({ code: 4, stdout: 'opinion:nowhere/none: no values recorded\n', stderr: '' });
    // Every other subject keeps its key.
    expect(
      keyRows(dir)
        .filter((row) => row.hasKey === 0)
        .map((row) => row.subject),
    ).toEqual([opinion.subject]);
  }, 120_000);

  it('sweeps exactly the subjects past their retention, and a second sweep erases none', async () => {
    const dir = dataFolder(demo);
    const [old, recent] = keyRows(dir).filter((row) => row.category === 'opinion');
    const db = new Database(join(dir, 'gongron.sqlite'));
    db.prepare('update gongron_subject_keys set last_written_at = ? where subject = ?').run('2020-01-01T00:00:00.000Z', old!.subject);
    db.close();
    const retention = { GONGRON_RETENTION_DAYS: 'opinion=365' };

    const swept = await inProcess(dir, ['privacy', 'sweep'], retention);
    expect(swept.code).toBe(0);
    expect(swept.stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(new RegExp(`^ERASED: ${old!.subject.replace(/[/.]/g, '\\$&')} \\(retention\\), recorded at position \\d+$`)),
      '1 data subject(s) erased',
    ]);
    const rows = keyRows(dir);
    expect(rows.find((row) => row.subject === old!.subject)).toMatchObject({ hasKey: 0 });
    expect(rows.find((row) => row.subject === recent!.subject)).toMatchObject({ hasKey: 1 });

    const second = await asProcess(dir, ['privacy', 'sweep'], retention);
    expect(second).toMatchObject({ code: 0, stdout: '0 data subject(s) erased\n' });
  }, 120_000);
});
