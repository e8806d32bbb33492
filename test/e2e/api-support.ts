/**
 * The API over real HTTP for the e2e suites: `startApi` on port 0 over a SQLite file in a fresh
 * temporary folder, the first administrator token it prints, and a small fetch client.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '@gongron/application';
import { startApi, type RunningApi } from '../../apps/api/src/app.js';
import { AppLogger } from '../../apps/api/src/logging/app-logger.js';

// Answers are JSON the suites navigate freely; each assertion says what it expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface HttpAnswer<T = Json> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export interface TestApi {
  readonly url: string;
  readonly adminToken: string;
  readonly running: RunningApi;
  readonly dataDir: string;
  /** Log lines written by the app (JSON). */
  readonly logLines: string[];
  call<T = Json>(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> },
  ): Promise<HttpAnswer<T>>;
  token(spec: { role: string; district?: string; body?: string; council?: string; party?: string; name?: string }): Promise<string>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  /** Where the API's business clock reads the time (a test sets the Korean hour it needs). */
  readonly clock?: () => Date;
}

/**
 * A test's API sheds nothing unless the test says so. It shares its process with jest and the
 * test's own client, and the test machine with every other suite: on a loaded machine its loop is
 * late turn after turn and its requests slow, so the load shedding would answer a test's ordinary
 * requests 503 — right for a server, but then a test of anything else fails for the machine's
 * load. The load-shedding suites ask for the limits as shipped with SHEDDING_AS_SHIPPED.
 */
export const TEST_SHEDDING: Readonly<Record<string, string>> = { GONGRON_SHED_QUEUE_DELAY_MS: '0', GONGRON_MAX_IN_FLIGHT: '0' };

/** The load shedding with the product's own defaults (an empty setting reads as the default). */
export const SHEDDING_AS_SHIPPED: Readonly<Record<string, string>> = { GONGRON_SHED_QUEUE_DELAY_MS: '', GONGRON_MAX_IN_FLIGHT: '' };

export async function startTestApi(env: Record<string, string> = {}, options: TestApiOptions = {}): Promise<TestApi> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongron-api-e2e-'));
  const config = loadConfig({
    GONGRON_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    GONGRON_RUN_RELAY: 'false',
    ...TEST_SHEDDING,
    ...env,
  });
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logLines.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter((l) => l.length > 0),
      );
      callback();
    },
  });
  const running = await startApi(config, { logger: new AppLogger('info', sink), ...(options.clock ? { clock: options.clock } : {}) });
  if (!running.firstAdminToken) throw new Error('a fresh installation must print its first administrator token');
  const adminToken = running.firstAdminToken.token;
  const url = running.url;

  const call: TestApi['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['content-type'] = 'application/json';
    const response = await fetch(`${url}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: response.status, body: parsed as Json, headers: response.headers };
  };

  return {
    url,
    adminToken,
    running,
    dataDir,
    logLines,
    call,
    async token(spec) {
      const answer = await call('POST', '/admin/tokens', { token: adminToken, body: spec });
      if (answer.status !== 201) throw new Error(`token creation failed: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body.token as string;
    },
    async close() {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until the check passes (process managers run asynchronously from the log). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw lastError;
}

/**
 * Sends the request again, as an honest client does, while the API sheds it (503
 * SERVER.OVERLOADED: nothing was done), waiting the answer's Retry-After each time; for floods of
 * requests larger than the API's concurrency limit.
 */
export async function callThroughOverload<T = Json>(api: TestApi, ...args: Parameters<TestApi['call']>): Promise<HttpAnswer<T>> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await api.call<T>(...args);
    const code = (answer.body as { code?: unknown } | undefined)?.code;
    if (answer.status !== 503 || code !== 'SERVER.OVERLOADED' || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, Number(answer.headers.get('retry-after') ?? 1) * 1000));
  }
}

export const tally = (onRoll: number, present: number, yes: number, no = 0, abstain = 0) => ({
  onRoll,
  present,
  for: yes,
  against: no,
  abstain,
});

export interface SteeringMeeting {
  /** The steering committee's secretary of the district. */
  readonly token: string;
  readonly district: string;
  /** The operating year whose plan is on the agenda. */
  readonly year: number;
  /** The meeting's day (KST) and its 제N차 number. */
  readonly heldOn: string;
  readonly number?: number;
  readonly place: string;
  /** Members on roll (s-1 … s-n; s-1 chairs), seated from `termFrom`; left out when the roster is seated already. */
  readonly roster?: { readonly members: number; readonly termFrom: string };
  /** How many of them attend (s-1 … s-k). */
  readonly attending: number;
}

/**
 * The steering committee set up to deliberate a district's operating plan: its roster seated (once),
 * a meeting scheduled with the plan on its agenda and convened with its attendance. Returns the
 * meeting's id, which the plan's decision names.
 */
export async function steeringCommitteeMeeting(api: TestApi, meeting: SteeringMeeting): Promise<string> {
  const { token, district, year, heldOn, number = 1, place, roster, attending } = meeting;
  for (let n = 1; n <= (roster?.members ?? 0); n += 1) {
    const added = await api.call('POST', `/rosters/${district}/steering-committee/members`, {
      token,
      body: {
        memberId: `s-${n}`,
        name: `운영위원${n}`,
        category: 'official',
        role: n === 1 ? 'chair' : 'member',
        termFrom: roster?.termFrom,
      },
    });
    if (added.status !== 201) throw new Error(`seating s-${n}: ${added.status} ${JSON.stringify(added.body)}`);
  }
  const scheduled = await api.call('POST', '/meetings', {
    token,
    body: {
      district,
      body: 'steering-committee',
      number,
      heldOn,
      startsAt: '15:00',
      place,
      agenda: [{ itemId: `operating-plan-${district}-${year}`, title: `${year} 운영계획 심의` }],
    },
  });
  if (scheduled.status !== 201) throw new Error(`scheduling: ${scheduled.status} ${JSON.stringify(scheduled.body)}`);
  const meetingId = decodeURIComponent(String(scheduled.headers.get('location')).split('/').pop() ?? '');
  const present = Array.from({ length: attending }, (_, index) => `s-${index + 1}`);
  const convened = await api.call('POST', `/meetings/${meetingId}/convening`, { token, body: { attending: present } });
  if (convened.status !== 200) throw new Error(`convening ${meetingId}: ${convened.status} ${JSON.stringify(convened.body)}`);
  return meetingId;
}
