/**
 * The history checker: drives concurrent clients through real API processes while processes are
 * killed with SIGKILL and database backends are terminated, records every acknowledged answer,
 * then checks the log and the read models against what was acknowledged.
 *
 *   npm run chaos -- --ops 10000                  two APIs and a worker on one fresh PostgreSQL database
 *   npm run chaos -- --mode sqlite --ops 3000     the embedded default: one API on one SQLite file
 *
 * Options: --ops N (commands to send, counting every retry), --clients N (default 16), --seed N
 * (printed; the same seed gives the same choices), --mode postgres|sqlite, --keep (keep the
 * database or data folder for inspection), --lease-ms N (the APIs' GONGRON_IDEMPOTENCY_LEASE_MS,
 * default 10000: how long a killed holder keeps a key).
 *
 * Checks after the run, once the readers have caught up: every acknowledged event is in the log
 * exactly once; revisions of every stream are contiguous and every hash chain verifies; no
 * Idempotency-Key was applied twice; every consented amendment is reflected in the project's
 * allocation and in the budget ledger; every read model equals a rebuild from the log into a
 * fresh database; the budget ledger's spending equals the sum of the log's expenditures.
 * Exits 1 on any anomaly, crash or 5xx answer other than 503.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { sql } from 'kysely';
import { buildEventTypeRegistry, businessDateOf, createReadModelEngine, openSqlDatabase, type SqlDatabase } from '@gongron/application';
import { districtCodes, operatingYearInPreparation } from '@gongron/domain';
import {
  type EventStore,
  isPersonalEnvelope,
  PostgresEventStore,
  revealEnvelopes,
  SqliteEventStore,
  type StoredEvent,
} from '@gongron/event-store';
import { readModelProjections } from '@gongron/projections';
import { API_MAIN, type RunningChild, startChild, WORKER_MAIN } from '../support/child-processes.js';

// ---------------------------------------------------------------- options and randomness

interface Options {
  readonly ops: number;
  readonly clients: number;
  readonly seed: number;
  readonly mode: 'postgres' | 'sqlite';
  readonly keep: boolean;
  /** The APIs' idempotency lease: a key whose holder was killed is free again after it. */
  readonly leaseMs: number;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const int = (name: string, fallback: number) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) throw new Error(`--${name} ${raw}: expected a whole number`);
    return Number(raw);
  };
  const mode = value('mode') ?? 'postgres';
  if (mode !== 'postgres' && mode !== 'sqlite') throw new Error(`--mode ${mode}: expected postgres or sqlite`);
  return {
    ops: int('ops', 10_000),
    clients: int('clients', 16),
    seed: int('seed', randomBytes(4).readUInt32BE(0)),
    mode,
    keep: argv.includes('--keep'),
    leaseMs: int('lease-ms', 10_000),
  };
}

/** mulberry32: small, fast and seeded, so a run's choices can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- what is recorded

interface Acknowledged {
  readonly key: string;
  readonly path: string;
  readonly status: number;
  readonly eventIds: readonly string[];
}

/** A command whose effect can be counted in the log by a marker in its text. */
interface MarkedCommand {
  readonly key: string;
  readonly type: 'OpinionRecorded' | 'ExpenditureRecorded';
  outcome: 'acknowledged' | 'refused' | 'unanswered';
}

interface ConsentedAmendment {
  readonly projectId: string;
  readonly budget: Readonly<Record<Funder, number>>;
  readonly order: number;
  /** The consent never got a definitive answer: it may or may not have been applied. */
  readonly uncertain: boolean;
}

type Funder = 'education-office' | 'local-government';

class HistoryRecord {
  operations = 0;
  acknowledged: Acknowledged[] = [];
  refusals = new Map<string, number>();
  marked = new Map<string, MarkedCommand>();
  amendments: ConsentedAmendment[] = [];
  unavailable = 0;
  serverErrors: string[] = [];
  networkErrors = 0;
  kills = 0;
  terminatedBackends = 0;
  crashes: string[] = [];
  anomalies: string[] = [];
  unanswered = 0;
  rateLimited = 0;
  /** 409 IDEMPOTENCY.IN_PROGRESS answers (waited for, then retried). */
  inProgress = 0;
  consentOrder = 0;
  /** Milliseconds of each command attempt that was answered. */
  latencies: number[] = [];
}

// ---------------------------------------------------------------- the processes

interface ApiProcess {
  readonly name: string;
  child: RunningChild | undefined;
  url: string | undefined;
  /** Set while the checker itself stops it, so its exit is not a crash. */
  killing: boolean;
}

class Cluster {
  readonly apis: ApiProcess[];
  worker: RunningChild | undefined;
  adminToken = '';
  private stopping = false;

  constructor(
    private readonly options: Options,
    private readonly env: Record<string, string>,
    private readonly record: HistoryRecord,
  ) {
    const count = options.mode === 'postgres' ? 2 : 1;
    this.apis = Array.from({ length: count }, (_, index) => ({
      name: `api-${index + 1}`,
      child: undefined,
      url: undefined,
      killing: false,
    }));
  }

  private apiEnv(): Record<string, string> {
    // The clients all come from one address: the per-address and per-token rate limits would refuse them.
    const base = {
      ...this.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      KAFKA_BROKERS: '',
      GONGRON_RUN_RELAY: 'false',
      RATE_LIMIT_PER_ADDRESS: '0',
      RATE_LIMIT_PER_TOKEN: '0',
      GONGRON_IDEMPOTENCY_LEASE_MS: String(this.options.leaseMs),
    };
    // Server mode: the APIs only take commands; the worker runs projections and process managers.
    return this.options.mode === 'postgres' ? { ...base, GONGRON_RUN_PROJECTIONS: 'false', GONGRON_RUN_PROCESS_MANAGERS: 'false' } : base;
  }

  async startApi(api: ApiProcess): Promise<void> {
    const child = startChild(API_MAIN, this.apiEnv());
    api.child = child;
    api.killing = false;
    void child.exited.then(({ code, signal }) => {
      if (api.child === child) api.url = undefined;
      if (!api.killing && !this.stopping)
        this.record.crashes.push(`${api.name} exited by itself (code ${code}, signal ${signal}):\n${child.output().slice(-2000)}`);
    });
    const match = await child.waitFor(/listening on (http:\/\/\S+)/, 120_000);
    // Not a terminal: the first start writes the administrator's secret to a 0600 file and prints its path.
    const secretFile = child.output().match(/written to (\S+) \(readable/);
    if (secretFile) this.adminToken = readFileSync(secretFile[1]!, 'utf8').trim();
    api.url = match[1]!;
  }

  async startWorker(): Promise<void> {
    const child = startChild(WORKER_MAIN, { ...this.env, WORKER_PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', KAFKA_BROKERS: '' });
    this.worker = child;
    void child.exited.then(({ code, signal }) => {
      if (!this.stopping)
        this.record.crashes.push(`the worker exited by itself (code ${code}, signal ${signal}):\n${child.output().slice(-2000)}`);
    });
    await child.waitFor(/health and metrics on (http:\/\/\S+)/, 120_000);
  }

  async start(): Promise<void> {
    // One at a time: the first start of an installation prints its administrator token.
    for (const api of this.apis) await this.startApi(api);
    if (!this.adminToken) throw new Error('no administrator token was printed by the first API start');
    if (this.options.mode === 'postgres') await this.startWorker();
  }

  upUrls(): string[] {
    return this.apis.filter((api) => api.url !== undefined && !api.killing).map((api) => api.url!);
  }

  async kill(api: ApiProcess): Promise<void> {
    const child = api.child;
    if (!child || api.url === undefined) return;
    api.killing = true;
    api.url = undefined;
    child.process.kill('SIGKILL');
    await child.exited;
    this.record.kills++;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const api of this.apis) {
      api.killing = true;
      await api.child?.stop();
    }
    await this.worker?.stop();
  }
}

// ---------------------------------------------------------------- the clients

interface Answer {
  readonly status: number;
  // The API's JSON answers, navigated freely by the scenario.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}

class OpsExhausted extends Error {}

class Driver {
  constructor(
    private readonly cluster: Cluster,
    private readonly record: HistoryRecord,
    private readonly options: Options,
  ) {}

  private budgetLeft(): boolean {
    return this.record.operations < this.options.ops;
  }

  /**
   * A read for the checks, sent until it has a definitive answer: a 503 (an API shedding load or
   * without its database for a moment) or a lost connection is tried again, for up to a minute.
   */
  async read(path: string, token: string): Promise<Answer | undefined> {
    const until = Date.now() + 60_000;
    let answer: Answer | undefined;
    do {
      const urls = this.cluster.upUrls();
      answer = undefined;
      if (urls.length > 0) {
        try {
          const response = await fetch(`${urls[Math.floor(Math.random() * urls.length)]}${path}`, {
            headers: { authorization: `Bearer ${token}` },
            signal: AbortSignal.timeout(15_000),
          });
          const text = await response.text();
          answer = { status: response.status, body: text ? JSON.parse(text) : undefined };
        } catch {
          answer = undefined;
        }
      }
      if (answer !== undefined && answer.status !== 503) return answer;
      await sleep(250);
    } while (Date.now() < until);
    return answer;
  }

  /**
   * One logical command with one Idempotency-Key, sent until it has a definitive answer (2xx or
   * a 4xx refusal): after a lost connection, a killed process or a 503 the same key is sent
   * again, to whichever API is up.
   */
  async command(
    random: () => number,
    path: string,
    token: string,
    body: unknown,
    marked?: MarkedCommand['type'],
  ): Promise<Answer | undefined> {
    if (!this.budgetLeft()) throw new OpsExhausted();
    const key = `chaos-${Math.floor(random() * 2 ** 48).toString(36)}-${this.record.acknowledged.length}-${Math.floor(random() * 1e9).toString(36)}`;
    const sent = marked ? markBody(body, key, marked) : body;
    const mark: MarkedCommand | undefined = marked ? { key, type: marked, outcome: 'unanswered' } : undefined;
    if (mark) this.record.marked.set(key, mark);
    let last = 'nothing';
    // A definitive answer is due within two minutes of an API being up. A key whose holder was
    // killed stays "in progress" until its lease ends (the answer's Retry-After says when); one
    // still in progress 15 s after a whole lease is stuck.
    let deadline = Date.now() + 120_000;
    let inProgressSince: number | undefined;
    const stuckAfterMs = this.options.leaseMs + 15_000;
    for (
      let attempt = 0;
      Date.now() < deadline && (inProgressSince === undefined || Date.now() - inProgressSince < stuckAfterMs);
      attempt++
    ) {
      const urls = this.cluster.upUrls();
      if (urls.length === 0) {
        // Time without any API up does not count against the answer's deadline.
        await sleep(100);
        deadline += 100;
        continue;
      }
      const url = urls[Math.floor(random() * urls.length)]!;
      this.record.operations++;
      let status: number;
      let parsed: Answer['body'];
      let retryAfter: number;
      const sentAt = performance.now();
      try {
        const response = await fetch(`${url}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify(sent),
          signal: AbortSignal.timeout(20_000),
        });
        status = response.status;
        retryAfter = Number(response.headers.get('retry-after') ?? 0);
        const text = await response.text();
        parsed = text ? JSON.parse(text) : undefined;
      } catch (error) {
        last = `no answer (${(error as Error).message})`;
        this.record.networkErrors++;
        await sleep(50 + random() * 200);
        continue;
      }
      this.record.latencies.push(performance.now() - sentAt);
      last = `${status} ${parsed?.code ?? ''}`;
      if (status >= 200 && status < 300) {
        const eventIds = Array.isArray(parsed?.events) ? parsed.events.map((event: { id: string }) => event.id) : [];
        this.record.acknowledged.push({ key, path, status, eventIds });
        if (mark) mark.outcome = 'acknowledged';
        return { status, body: parsed };
      }
      if (status === 503 || status === 429) {
        if (status === 503) this.record.unavailable++;
        else this.record.rateLimited++;
        await sleep(50 + random() * 250);
        continue;
      }
      if (status >= 500) {
        this.record.serverErrors.push(`${status} ${path}: ${JSON.stringify(parsed).slice(0, 300)}`);
        await sleep(50 + random() * 250);
        continue;
      }
      if (status === 409 && parsed?.code === 'IDEMPOTENCY.IN_PROGRESS') {
        inProgressSince ??= Date.now();
        this.record.inProgress++;
        await sleep(Math.min(Math.max(retryAfter, 0.1), 5) * 1000 * (0.5 + random() * 0.5));
        continue;
      }
      const code = `${status} ${parsed?.code ?? '?'} ${path.replace(/[0-9a-f-]{36}/g, ':id').replace(/\/\d{4}\//, '/:year/')}`;
      this.record.refusals.set(code, (this.record.refusals.get(code) ?? 0) + 1);
      if (mark) mark.outcome = 'refused';
      return { status, body: parsed };
    }
    this.record.unanswered++;
    this.record.anomalies.push(`no definitive answer to ${path} (key ${key}); the last answer was ${last}`);
    return undefined;
  }

  /**
   * Waits for the process managers to carry a project to a state; returns false after the
   * ceiling. Only time with an API answering counts: the embedded API runs the process managers
   * itself, and a killed one does nothing until it is back.
   */
  async until(path: string, token: string, accept: (body: Answer['body']) => boolean, ceilingMs = 90_000): Promise<boolean> {
    let waited = 0;
    while (waited < ceilingMs) {
      const sentAt = Date.now();
      const answer = await this.read(path, token);
      if (answer?.status === 200 && accept(answer.body)) return true;
      await sleep(150);
      if (answer !== undefined) waited += Date.now() - sentAt;
    }
    return false;
  }
}

function markBody(body: unknown, key: string, type: MarkedCommand['type']): unknown {
  const value = body as Record<string, unknown>;
  return type === 'OpinionRecorded'
    ? { ...value, text: `${String(value.text)} [${key}]` }
    : { ...value, purpose: `${String(value.purpose)} [${key}]` };
}

// The business day the server works in (Asia/Seoul), not the UTC date: from 00:00 to 09:00 KST they differ.
const today = businessDateOf(new Date());
/** The year the items approved today are projects of (March–February, prepared from the autumn before). */
const YEAR = operatingYearInPreparation(today);
const tally = (onRoll: number, present: number, yes: number) => ({ onRoll, present, for: yes, against: present - yes, abstain: 0 });
const STANCES = ['support', 'oppose', 'neutral'] as const;
const CATEGORIES = ['student', 'parent', 'teacher', 'citizen'] as const;
const TITLES = [
  '마을과 함께하는 방과후 생태교실',
  '학생 자치 활동 지원',
  '지역 연계 진로 체험',
  '학부모 배움터',
  '마을 교육과정 공동 개발',
  '청소년 문화 공간 운영',
];

interface Tokens {
  readonly civic: string;
  readonly working: string;
  readonly steering: string;
  readonly education: string;
  readonly city: string;
}

async function createTokens(driver: Driver, random: () => number, adminToken: string, district: string): Promise<Tokens> {
  const make = async (spec: Record<string, string>) => {
    // A token request left without an answer is asked again under a new key (the anomaly is recorded).
    for (let attempt = 0; attempt < 5; attempt++) {
      const answer = await driver.command(random, '/admin/tokens', adminToken, spec);
      if (answer?.status === 201) return answer.body.token as string;
      if (answer !== undefined) throw new Error(`token for ${JSON.stringify(spec)}: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    throw new Error(`token for ${JSON.stringify(spec)}: no answer`);
  };
  return {
    civic: await make({ role: 'secretary', district, body: 'civic-council' }),
    working: await make({ role: 'secretary', district, body: 'working-council' }),
    steering: await make({ role: 'secretary', district, body: 'steering-committee' }),
    education: await make({ role: 'official', district, party: 'education-office' }),
    city: await make({ role: 'official', district, party: 'local-government' }),
  };
}

interface ClientProject {
  readonly projectId: string;
  budget: Record<Funder, number>;
  started: boolean;
}

/**
 * One council's year: items from proposal to approval, the agreement listing their projects and
 * signed by both parties, then amendments consented and expenditures recorded, round after round.
 */
async function runClient(driver: Driver, record: HistoryRecord, index: number, seed: number, adminToken: string): Promise<void> {
  const random = seeded(seed);
  const district = districtCodes[index % districtCodes.length]!;
  // The budget may run out while the tokens are made (a shedding API answers 503 to many tries).
  let tokens: Tokens;
  try {
    tokens = await createTokens(driver, random, adminToken, district);
  } catch (error) {
    if (error instanceof OpsExhausted) return;
    throw error;
  }
  const pickOf = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const projects: ClientProject[] = [];
  let agreementSigned = false;
  const agreement = `/agreements/${district}/${YEAR}`;

  const approveItem = async (): Promise<ClientProject | undefined> => {
    const title = `${pickOf(TITLES)} ${Math.floor(random() * 1000)}`;
    const proposed = await driver.command(random, '/agenda-items', tokens.civic, {
      district,
      title,
      description: `${district} 주민과 학생이 함께 제안한 안건입니다.`,
      proposerCategory: pickOf(CATEGORIES),
      taskCode: '3-1',
      source: pickOf(['survey', 'forum']),
    });
    if (proposed?.status !== 201) return undefined;
    const item = `/agenda-items/${proposed.body.state.itemId}`;
    if ((await driver.command(random, `${item}/deliberation`, tokens.civic, { method: '공개 토론회' }))?.status !== 200) return undefined;
    const opinions = 1 + Math.floor(random() * 4);
    for (let n = 0; n < opinions; n++) {
      await driver.command(
        random,
        `${item}/opinions`,
        tokens.civic,
        { stance: pickOf(STANCES), respondentCategory: pickOf(CATEGORIES), text: '의견을 남깁니다' },
        'OpinionRecorded',
      );
    }
    if (
      (await driver.command(random, `${item}/adoption`, tokens.civic, { meeting: { heldOn: today }, tally: tally(15, 11, 9) }))?.status !==
      200
    )
      return undefined;
    if ((await driver.command(random, `${item}/drafting`, tokens.working, { owner: `${district} 교육지원청 미래교육팀` }))?.status !== 200)
      return undefined;
    const budget = {
      'education-office': (10 + Math.floor(random() * 20)) * 1_000_000,
      'local-government': (5 + Math.floor(random() * 15)) * 1_000_000,
    };
    if (
      (
        await driver.command(random, `${item}/draft-revisions`, tokens.working, {
          plan: '12차시 운영',
          taskCode: '3-1',
          budgetRequest: budget,
        })
      )?.status !== 200
    )
      return undefined;
    if ((await driver.command(random, `${item}/tabling`, tokens.working, {}))?.status !== 200) return undefined;
    const approved = await driver.command(random, `${item}/review-decisions`, tokens.steering, {
      decision: 'approved',
      meeting: { heldOn: today },
      tally: tally(12, 9, 8),
    });
    if (approved?.status !== 200) return undefined;
    const projectId = approved.body.state.approvedProject.projectId as string;
    if (
      !(await driver.until(
        `/projects/${projectId}`,
        tokens.education,
        (body) => body?.state?.status === 'planned' || body?.state?.status === 'agreed',
      ))
    ) {
      record.anomalies.push(`the project ${projectId} of an approved item was never created by the process manager`);
      return undefined;
    }
    return { projectId, budget, started: false };
  };

  try {
    for (let round = 0; ; round++) {
      if (!agreementSigned) {
        const fresh: ClientProject[] = [];
        for (let n = 0; n < 2; n++) {
          const project = await approveItem();
          if (project) fresh.push(project);
        }
        if (fresh.length === 0) continue;
        const opened = await driver.command(random, '/agreements', tokens.education, { district, year: YEAR });
        if (opened?.status !== 201) continue;
        for (const project of fresh) {
          const listed = await driver.command(random, `${agreement}/projects`, tokens.education, {
            projectId: project.projectId,
            title: '협약 사업',
            taskCode: '3-1',
            budget: project.budget,
          });
          if (listed?.status === 200) projects.push(project);
        }
        await driver.command(random, `${agreement}/signatures`, tokens.education, { signedOn: today, signatoryName: '교육장' });
        const inForce = await driver.command(random, `${agreement}/signatures`, tokens.city, { signedOn: today, signatoryName: '시장' });
        if (inForce?.status !== 200) continue;
        agreementSigned = true;
        for (const project of projects) {
          if (!(await driver.until(`/projects/${project.projectId}`, tokens.education, (body) => body?.state?.status !== 'planned'))) {
            record.anomalies.push(`the project ${project.projectId} of an agreement in force was never marked agreed`);
          }
        }
        continue;
      }
      // Later rounds: more deliberation, an amendment consented, expenditures on started projects.
      if (random() < 0.3) await approveItem();
      const project = pickOf(projects);
      const budget = {
        'education-office': project.budget['education-office'] + 1_000_000,
        'local-government': project.budget['local-government'] + 1_000_000,
      };
      const amendmentId = `am-${index}-${round}-${Math.floor(random() * 1e6)}`;
      const proposed = await driver.command(random, `${agreement}/amendments`, tokens.city, {
        amendmentId,
        reason: '참여 학교 확대',
        changes: [{ kind: 'budget', projectId: project.projectId, budget }],
      });
      if (proposed?.status === 200) {
        const consented = await driver.command(random, `${agreement}/amendments/${amendmentId}/consent`, tokens.education, {});
        if (consented?.status === 200) {
          project.budget = budget;
          record.amendments.push({ projectId: project.projectId, budget, order: record.consentOrder++, uncertain: false });
        } else if (consented === undefined) {
          record.amendments.push({ projectId: project.projectId, budget, order: record.consentOrder++, uncertain: true });
        }
      }
      if (!project.started) {
        const started = await driver.command(random, `/projects/${project.projectId}/start`, tokens.education, {});
        if (started?.status === 200 || started?.body?.code === 'PROJECT.ILLEGAL_TRANSITION')
          project.started = started.status === 200 || project.started;
      }
      const spends = 2 + Math.floor(random() * 6);
      for (let n = 0; n < spends; n++) {
        const funder: Funder = random() < 0.5 ? 'education-office' : 'local-government';
        await driver.command(
          random,
          `/projects/${project.projectId}/expenditures`,
          funder === 'education-office' ? tokens.education : tokens.city,
          { funder, amount: 10_000 + Math.floor(random() * 90) * 1_000, spentOn: today, purpose: '강사비' },
          'ExpenditureRecorded',
        );
      }
    }
  } catch (error) {
    if (!(error instanceof OpsExhausted)) throw error;
  }
}

// ---------------------------------------------------------------- the faults

async function runFaults(
  cluster: Cluster,
  record: HistoryRecord,
  options: Options,
  random: () => number,
  databaseName: string | undefined,
  done: () => boolean,
): Promise<void> {
  // The first faults come once a tenth of the operations are acknowledged, whatever the machine's
  // speed (a fast machine could otherwise finish a short run before the first timer): in server mode
  // terminated backends and then a kill, on the embedded default a kill; after them the faults are
  // drawn at random.
  const firstFaultAt = Math.max(10, Math.floor(options.ops / 10));
  while (!done() && record.acknowledged.length < firstFaultAt) await sleep(20);
  let faults = 0;
  while (!done()) {
    if (faults > (databaseName ? 1 : 0)) {
      // The embedded API is the only one: it is given time to serve between kills.
      await sleep(options.mode === 'postgres' ? 400 + random() * 1600 : 1500 + random() * 3500);
    }
    if (done()) return;
    const terminate = databaseName !== undefined && (faults === 0 || (faults > 1 && random() < 0.6));
    if (terminate) {
      const client = new pg.Client({ connectionString: adminUrl() });
      try {
        await client.connect();
        const { rows } = await client.query<{ pid: number }>(
          'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [databaseName],
        );
        const drawn = rows.filter(() => random() < 0.3).slice(0, 4);
        for (const victim of drawn.length > 0 ? drawn : rows.slice(0, 1)) {
          const { rows: done } = await client.query<{ ok: boolean }>('select pg_terminate_backend($1) as ok', [victim.pid]);
          if (done[0]?.ok) record.terminatedBackends++;
        }
      } finally {
        await client.end().catch(() => undefined);
      }
      faults++;
      continue;
    }
    const running = cluster.apis.filter((api) => api.url !== undefined);
    // Server mode keeps one API answering while the other is down, as a load balancer would.
    if (running.length < (options.mode === 'postgres' ? 2 : 1)) {
      await sleep(50);
      continue;
    }
    faults++;
    const victim = running[Math.floor(random() * running.length)]!;
    await cluster.kill(victim);
    await sleep(200 + random() * 1500);
    // A restart that fails is a crash of the product; it is tried again, so the clients can finish.
    for (;;) {
      try {
        await cluster.startApi(victim);
        break;
      } catch (error) {
        record.crashes.push(`${victim.name} did not start again: ${String(error).slice(0, 2000)}`);
        if (record.crashes.length > 20) throw error;
      }
    }
  }
}

// ---------------------------------------------------------------- the checks

function adminUrl(): string {
  return process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function readWholeLog(store: EventStore): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for (let after = 0; ;) {
    const page = await store.readAll({ after, maxCount: 5000 });
    if (page.length === 0) return events;
    events.push(...page);
    after = page[page.length - 1]!.position;
  }
}

/** Waits until no reader has anything left: the head stops moving and every projection is at it. */
async function quiesce(driver: Driver, adminToken: string, store: EventStore): Promise<boolean> {
  const deadline = Date.now() + 120_000;
  let stableSince = Date.now();
  let lastHead = -1;
  while (Date.now() < deadline) {
    const head = await store.headPosition();
    if (head !== lastHead) {
      lastHead = head;
      stableSince = Date.now();
    }
    const status = await driver.read('/admin/projections', adminToken);
    const projections = (status?.body?.projections ?? status?.body) as { lag?: number }[] | undefined;
    const caughtUp = Array.isArray(projections) && projections.every((projection) => projection.lag === 0);
    if (caughtUp && Date.now() - stableSince > 3000) return true;
    await sleep(250);
  }
  return false;
}

/** A consistent copy of the embedded file with every read-model table and view dropped. */
function copyLogOnly(file: string, copy: string): void {
  const source = new Database(file, { readonly: true });
  try {
    source.exec(`vacuum into '${copy.replace(/'/g, "''")}'`);
  } finally {
    source.close();
  }
  const target = new Database(copy);
  try {
    const objects = target
      .prepare<[], { type: string; name: string }>(
        "select type, name from sqlite_master where (type = 'view' or type = 'table') and (name like 'rm\\_%' escape '\\' or name like 'gongron\\_projection%' escape '\\')",
      )
      .all();
    for (const { type, name } of objects.sort((a, b) => (a.type === 'view' ? -1 : 1) - (b.type === 'view' ? -1 : 1))) {
      target.exec(`drop ${type} if exists "${name}"`);
    }
  } finally {
    target.close();
  }
}

function rowsKey(rows: readonly Record<string, unknown>[]): string[] {
  return rows
    .map((row) =>
      JSON.stringify(
        Object.keys(row)
          .sort()
          .map((key) => [key, normalise(row[key])]),
      ),
    )
    .sort();
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return Number(value);
  return value;
}

async function compareWithRebuild(record: HistoryRecord, store: EventStore, live: SqlDatabase, fresh: SqlDatabase): Promise<void> {
  const engine = createReadModelEngine(store, fresh, (message) => record.anomalies.push(`rebuild: ${message}`));
  await engine.prepare();
  await engine.rebuild('all');
  for (const projection of readModelProjections) {
    for (const table of projection.tables) {
      const liveRows = rowsKey((await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(live.db)).rows);
      const freshRows = rowsKey((await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(fresh.db)).rows);
      const missing = freshRows.filter((row) => !liveRows.includes(row));
      const extra = liveRows.filter((row) => !freshRows.includes(row));
      if (missing.length > 0 || extra.length > 0) {
        record.anomalies.push(
          `read model ${table.name} differs from a rebuild: ${missing.length} rows missing, ${extra.length} rows not in the rebuild` +
            `${missing[0] ? `; e.g. rebuilt ${missing[0].slice(0, 400)}` : ''}${extra[0] ? `; e.g. live ${extra[0].slice(0, 400)}` : ''}`,
        );
      }
    }
  }
  await engine.stop();
}

async function checkHistory(
  record: HistoryRecord,
  store: EventStore,
  rebuildFrom: EventStore,
  live: SqlDatabase,
  fresh: SqlDatabase,
  driver: Driver,
  adminToken: string,
): Promise<void> {
  const events = await readWholeLog(store);
  const byId = new Map<string, number>();
  for (const event of events) byId.set(event.id, (byId.get(event.id) ?? 0) + 1);

  // Each acknowledged event is present, exactly once.
  for (const ack of record.acknowledged) {
    for (const id of ack.eventIds) {
      const count = byId.get(id) ?? 0;
      if (count !== 1) record.anomalies.push(`acknowledged event ${id} (${ack.path}, key ${ack.key}) is in the log ${count} times`);
    }
  }

  // Revisions per stream are contiguous from 0; every hash chain verifies.
  const revisions = new Map<string, number[]>();
  for (const event of events) {
    const list = revisions.get(event.streamId) ?? [];
    list.push(event.revision);
    revisions.set(event.streamId, list);
  }
  for (const [streamId, list] of revisions) {
    list.sort((a, b) => a - b);
    if (list.some((revision, index) => revision !== index))
      record.anomalies.push(`stream ${streamId} has revisions ${list.slice(0, 20).join(',')}… (not contiguous from 0)`);
  }
  const verified = await store.verifyAll();
  if (!verified.ok) record.anomalies.push(`audit verify: ${JSON.stringify(verified).slice(0, 400)}`);

  // No Idempotency-Key applied twice; every acknowledged one applied once. An opinion's text is
  // personal data, stored sealed under its subject's key: it is read as an auditor reads it.
  const applied = new Map<string, number>();
  const written = (event: StoredEvent) =>
    String((event.data as Record<string, unknown>)[event.type === 'OpinionRecorded' ? 'text' : 'purpose'] ?? '');
  const marked = events.filter((event) => event.type === 'OpinionRecorded' || event.type === 'ExpenditureRecorded');
  const opened = await revealEnvelopes(new Set(marked.map(written).filter(isPersonalEnvelope)), store.subjectKeys, { mayRead: () => true });
  for (const event of marked) {
    const text = opened.get(written(event)) ?? written(event);
    const match = text.match(/\[(chaos-[^\]]+)\]$/);
    if (match) applied.set(match[1]!, (applied.get(match[1]!) ?? 0) + 1);
  }
  for (const [key, count] of applied) if (count > 1) record.anomalies.push(`Idempotency-Key ${key} was applied ${count} times`);
  for (const mark of record.marked.values()) {
    const count = applied.get(mark.key) ?? 0;
    if (mark.outcome === 'acknowledged' && count !== 1)
      record.anomalies.push(`acknowledged ${mark.type} with key ${mark.key} is in the log ${count} times`);
    if (mark.outcome === 'refused' && count !== 0)
      record.anomalies.push(`refused ${mark.type} with key ${mark.key} is in the log ${count} times`);
  }

  // Every consented amendment is reflected in the allocation: the last acknowledged one per
  // project, or a later one whose consent never got an answer (it may have been applied).
  const possible = new Map<string, ConsentedAmendment[]>();
  for (const amendment of [...record.amendments].sort((a, b) => a.order - b.order)) {
    const list = possible.get(amendment.projectId) ?? [];
    possible.set(amendment.projectId, amendment.uncertain ? [...list, amendment] : [amendment]);
  }
  const ledgerRows = (
    await sql<{
      project_id: string;
      funder: string;
      allocated: number;
      spent: number;
      expenditures: number;
    }>`select project_id, funder, allocated, spent, expenditures from rm_budget_ledger`.execute(live.db)
  ).rows;
  const ledger = new Map(ledgerRows.map((row) => [`${row.project_id}|${row.funder}`, row]));
  for (const [projectId, candidates] of possible) {
    if (candidates.every((candidate) => candidate.uncertain)) continue;
    const project = await driver.read(`/projects/${projectId}`, adminToken);
    const allocation = project?.body?.state?.allocation as Record<Funder, number> | undefined;
    const matches = (actual: (funder: Funder) => unknown) =>
      candidates.some((candidate) =>
        (['education-office', 'local-government'] as const).every((funder) => Number(actual(funder)) === candidate.budget[funder]),
      );
    const consented = candidates.map((candidate) => JSON.stringify(candidate.budget)).join(' or ');
    if (!matches((funder) => allocation?.[funder])) {
      record.anomalies.push(
        `consented amendment on ${projectId}: the project's allocation is ${JSON.stringify(allocation)} (answer ${project?.status ?? 'none'}), consented ${consented}`,
      );
    }
    if (!matches((funder) => ledger.get(`${projectId}|${funder}`)?.allocated)) {
      const rows = (['education-office', 'local-government'] as const)
        .map((funder) => `${funder} ${ledger.get(`${projectId}|${funder}`)?.allocated}`)
        .join(', ');
      record.anomalies.push(`consented amendment on ${projectId}: the budget ledger allocates ${rows}, consented ${consented}`);
    }
  }

  // The budget ledger's spending is the sum of the log's expenditures.
  const sums = new Map<string, { spent: number; count: number }>();
  for (const event of events) {
    if (event.type !== 'ExpenditureRecorded') continue;
    const data = event.data as { projectId: string; funder: string; amount: number };
    const key = `${data.projectId}|${data.funder}`;
    const sum = sums.get(key) ?? { spent: 0, count: 0 };
    sum.spent += data.amount;
    sum.count += 1;
    sums.set(key, sum);
  }
  for (const [key, sum] of sums) {
    const row = ledger.get(key);
    if (Number(row?.spent) !== sum.spent || Number(row?.expenditures) !== sum.count) {
      record.anomalies.push(
        `budget ledger ${key}: spent ${row?.spent} in ${row?.expenditures} expenditures, the log has ${sum.spent} in ${sum.count}`,
      );
    }
  }
  for (const row of ledgerRows) {
    if (Number(row.spent) > 0 && !sums.has(`${row.project_id}|${row.funder}`))
      record.anomalies.push(`budget ledger ${row.project_id}|${row.funder} shows spending the log does not have`);
  }

  // Every read model equals a rebuild from the log into a fresh database.
  await compareWithRebuild(record, rebuildFrom, live, fresh);
}

// ---------------------------------------------------------------- the run

function percentile(values: readonly number[], q: number): string {
  if (values.length === 0) return '-';
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(0);
}

export async function main(argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv);
  const started = Date.now();
  process.stdout.write(`chaos: mode ${options.mode}, ${options.ops} operations, ${options.clients} clients, seed ${options.seed}\n`);
  const record = new HistoryRecord();
  const random = seeded(options.seed);
  let databaseName: string | undefined;
  let freshName: string | undefined;
  // Server mode keeps only the first administrator's secret file there.
  const dataDir = mkdtempSync(join(tmpdir(), 'gongron-chaos-'));
  let env: Record<string, string>;
  if (options.mode === 'postgres') {
    databaseName = `gongron_chaos_${randomBytes(5).toString('hex')}`;
    freshName = `${databaseName}_rebuild`;
    await adminQuery(`create database ${databaseName}`);
    await adminQuery(`create database ${freshName}`);
    env = { GONGRON_STORE: 'postgres', DATABASE_URL: databaseUrl(databaseName), GONGRON_DATA_DIR: dataDir };
  } else {
    env = { GONGRON_STORE: 'sqlite', GONGRON_DATA_DIR: dataDir };
  }
  const cluster = new Cluster(options, env, record);
  let exitCode = 1;
  const phases: string[] = [];
  let phaseStart = Date.now();
  const phase = (name: string) => {
    phases.push(`${name} ${((Date.now() - phaseStart) / 1000).toFixed(1)} s`);
    phaseStart = Date.now();
  };
  try {
    await cluster.start();
    phase('start');
    const driver = new Driver(cluster, record, options);
    let finished = false;
    const faults = runFaults(cluster, record, options, seeded(options.seed ^ 0x5eed), databaseName, () => finished);
    const clients = Array.from({ length: options.clients }, (_, index) =>
      runClient(driver, record, index, Math.floor(random() * 2 ** 31), cluster.adminToken),
    );
    // A line every ten seconds, so a long run shows it is moving (and where it stands if it hangs).
    let told = 0;
    const ticker = setInterval(() => {
      process.stdout.write(
        `… ${record.operations} operations, ${record.acknowledged.length} acknowledged, ${record.kills} kills, ${record.terminatedBackends} terminated backends, ${record.anomalies.length} anomalies\n`,
      );
      for (const anomaly of record.anomalies.slice(told, 30)) process.stdout.write(`… anomaly: ${anomaly}\n`);
      told = Math.max(told, Math.min(record.anomalies.length, 30));
    }, 10_000);
    const outcomes = await Promise.allSettled(clients).finally(() => clearInterval(ticker));
    finished = true;
    await faults;
    phase('drive');
    for (const outcome of outcomes)
      if (outcome.status === 'rejected') record.anomalies.push(`a client failed: ${String(outcome.reason).slice(0, 400)}`);
    // Everything down is brought back, so the readers can finish.
    for (const api of cluster.apis) if (api.url === undefined) await cluster.startApi(api);
    const registry = buildEventTypeRegistry();
    const store: EventStore =
      options.mode === 'postgres'
        ? await PostgresEventStore.create({ connectionString: databaseUrl(databaseName!), registry })
        : new SqliteEventStore({ file: join(dataDir, 'gongron.sqlite'), registry });
    const live =
      options.mode === 'postgres'
        ? openSqlDatabase({ kind: 'postgres', connectionString: databaseUrl(databaseName!) })
        : openSqlDatabase({ kind: 'sqlite', file: join(dataDir, 'gongron.sqlite') });
    let rebuildStore: EventStore | undefined;
    let fresh: SqlDatabase | undefined;
    try {
      if (!(await quiesce(driver, cluster.adminToken, store)))
        record.anomalies.push('the readers did not catch up with the log within 120 s after the run');
      phase('catch-up');
      if (options.mode === 'postgres') {
        fresh = openSqlDatabase({ kind: 'postgres', connectionString: databaseUrl(freshName!) });
      } else {
        // Embedded read models are written through the log's own handle: the rebuild gets a copy
        // of the log alone, in a file of its own.
        const copy = join(dataDir, 'rebuild.sqlite');
        copyLogOnly(join(dataDir, 'gongron.sqlite'), copy);
        rebuildStore = new SqliteEventStore({ file: copy, registry });
        fresh = openSqlDatabase({ kind: 'sqlite', file: copy });
      }
      await checkHistory(record, store, rebuildStore ?? store, live, fresh, driver, cluster.adminToken);
      phase('checks');
    } finally {
      await fresh?.close();
      await rebuildStore?.close();
      await live.close();
      await store.close();
    }
    const crashes = record.crashes.length;
    const lines = [
      `operations: ${record.operations}`,
      `acknowledged: ${record.acknowledged.length}`,
      `refused (4xx): ${[...record.refusals.values()].reduce((a, b) => a + b, 0)}${record.refusals.size ? ` (${[...record.refusals].map(([code, n]) => `${code} ×${n}`).join('; ')})` : ''}`,
      `answer time: p50 ${percentile(record.latencies, 0.5)} ms, p99 ${percentile(record.latencies, 0.99)} ms`,
      `kills: ${record.kills}`,
      `terminated backends: ${record.terminatedBackends}`,
      `lost connections (retried): ${record.networkErrors}`,
      `503 answers (retried): ${record.unavailable}`,
      `in progress (retried after Retry-After): ${record.inProgress}`,
      `5xx other than 503: ${record.serverErrors.length}`,
      `crashes: ${crashes}`,
      `anomalies: ${record.anomalies.length}`,
      `seed: ${options.seed}`,
      `took: ${((Date.now() - started) / 1000).toFixed(1)} s (${phases.join(', ')})`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    for (const anomaly of record.anomalies.slice(0, 30)) process.stdout.write(`ANOMALY: ${anomaly}\n`);
    for (const error of record.serverErrors.slice(0, 10)) process.stdout.write(`5XX: ${error}\n`);
    for (const crash of record.crashes.slice(0, 5)) process.stdout.write(`CRASH: ${crash}\n`);
    exitCode = record.anomalies.length === 0 && crashes === 0 && record.serverErrors.length === 0 ? 0 : 1;
  } finally {
    await cluster.stop();
    if (!options.keep) {
      if (databaseName) await adminQuery(`drop database if exists ${databaseName} with (force)`).catch(() => undefined);
      if (freshName) await adminQuery(`drop database if exists ${freshName} with (force)`).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    } else {
      process.stdout.write(`kept: ${databaseName ?? dataDir}\n`);
    }
  }
  return exitCode;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`chaos: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
