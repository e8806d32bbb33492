/**
 * Load shedding as a client sees it. Far more requests at once than the adaptive concurrency
 * limit allows, requests past a fixed in-flight limit, and requests that reach a loop saturated
 * turn after turn for longer than the window are answered at once with 503 SERVER.OVERLOADED,
 * `Retry-After` and the catalogue's problem body in Korean or English; health and metrics are
 * still answered; nothing of a shed request is written; the API takes requests again as soon as
 * it has caught up. And a single stall of the process — here the test's own code, sharing the
 * API's event loop, blocking it for 300 ms — sheds nothing: the requests that waited for it are
 * taken. On the embedded SQLite default and on PostgreSQL.
 */
import { connect, type Socket } from 'node:net';
import { request as httpRequest } from 'node:http';
import { refusalMessage } from '@gongron/domain';
import { createTestDatabase, describeWithPostgres } from '../support/postgres.js';
import { eventually, SHEDDING_AS_SHIPPED, startTestApi, type TestApi } from './api-support.js';

const describePg = await describeWithPostgres();

interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** One HTTP/1.1 connection that sends whole requests at once and reads their answers one by one. */
class RawConnection {
  private buffer = Buffer.alloc(0);
  private waiting: ((answer: RawAnswer) => void) | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.deliver();
    });
  }

  static open(url: URL): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => resolve(new RawConnection(socket)));
      socket.once('error', reject);
    });
  }

  /** Writes the request to the kernel now (synchronously) and resolves with its answer. */
  send(method: string, path: string, headers: Record<string, string> = {}, body = ''): Promise<RawAnswer> {
    const lines = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', `Content-Length: ${Buffer.byteLength(body)}`];
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
    const answer = new Promise<RawAnswer>((resolve) => (this.waiting = resolve));
    this.socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
    return answer;
  }

  close(): void {
    this.socket.destroy();
  }

  private deliver(): void {
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0 || !this.waiting) return;
    const [statusLine, ...headerLines] = this.buffer.subarray(0, end).toString('latin1').split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of headerLines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const rest = this.buffer.subarray(end + 4);
    let body: Buffer;
    if (headers['content-length'] !== undefined) {
      const length = Number(headers['content-length']);
      if (rest.length < length) return;
      body = rest.subarray(0, length);
      this.buffer = rest.subarray(length);
    } else {
      // Chunked: only the end of the answer matters here.
      const last = rest.indexOf('0\r\n\r\n');
      if (last < 0) return;
      body = rest.subarray(0, last);
      this.buffer = rest.subarray(last + 5);
    }
    const resolve = this.waiting;
    this.waiting = undefined;
    resolve({ status: Number(statusLine!.split(' ')[1]), headers, body: body.toString('utf8') });
  }
}

/** Keeps this process's event loop (the API's too: it runs in-process) busy for `ms`. */
function blockEventLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // nothing: the point is that no socket is read meanwhile
  }
}

const proposal = (title: string) =>
  JSON.stringify({
    district: 'suwon',
    title,
    description: '수원 학생 자치 활동 지원',
    proposerCategory: 'student',
    taskCode: '3-1',
    source: 'survey',
  });

function expectOverloaded(answer: RawAnswer, language: 'ko' | 'en') {
  expect(answer.status).toBe(503);
  expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
  expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(answer.headers['content-language']).toBe(language);
  const body = JSON.parse(answer.body);
  expect(body).toMatchObject({
    status: 503,
    code: 'SERVER.OVERLOADED',
    title: refusalMessage('SERVER.OVERLOADED', language),
    retryAfter: 1,
  });
  expect(body.messages).toEqual({ ko: refusalMessage('SERVER.OVERLOADED', 'ko'), en: refusalMessage('SERVER.OVERLOADED', 'en') });
  return body;
}

async function titlesOnBoard(api: TestApi, token: string): Promise<string[]> {
  const board = await api.call('GET', '/agenda-board?district=suwon&limit=200', { token });
  expect(board.status).toBe(200);
  return board.body.items.map((item: { title: string }) => item.title);
}

/** Opens `count` connections, each already accepted and read once by the API. */
async function openConnections(api: TestApi, count: number): Promise<RawConnection[]> {
  const url = new URL(api.url);
  const connections = await Promise.all(Array.from({ length: count }, () => RawConnection.open(url)));
  for (const connection of connections) expect((await connection.send('GET', '/health/live')).status).toBe(200);
  return connections;
}

async function shedCount(api: TestApi, reason: string): Promise<number> {
  const scraped = await api.call('GET', '/metrics');
  return Number(new RegExp(`gongron_http_shed_total\\{reason="${reason}"\\} (\\d+)`).exec(scraped.body as string)?.[1]);
}

function overload(name: string, start: (env: Record<string, string>) => Promise<{ api: TestApi; stop: () => Promise<void> }>) {
  describe(`load shedding, ${name}`, () => {
    let api: TestApi;
    let stop: () => Promise<void>;
    let civic: string;
    let connections: RawConnection[] = [];
    beforeAll(async () => {
      ({ api, stop } = await start({ ...SHEDDING_AS_SHIPPED }));
      civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
    }, 60_000);
    afterEach(() => {
      for (const connection of connections) connection.close();
      connections = [];
    });
    afterAll(() => stop?.());

    const auth = () => ({ Authorization: `Bearer ${civic}`, 'Content-Type': 'application/json' });

    it('takes every request that waited for one stall of the process: one late turn is not a backlog', async () => {
      connections = await openConnections(api, 8);
      const titles = connections.map((_, index) => `멈춘 뒤에 받은 안건 ${index}`);
      const before = await shedCount(api, 'queue-delay');
      const proposals = connections.map((connection, index) => connection.send('POST', '/agenda-items', auth(), proposal(titles[index]!)));
      // Every request is in the kernel's buffers now; the loop reads none of them for 300 ms.
      blockEventLoop(300);
      const answers = await Promise.all(proposals);
      expect(answers.map((answer) => (answer.status === 201 ? 201 : `${answer.status} ${answer.body}`))).toEqual(titles.map(() => 201));
      expect(await shedCount(api, 'queue-delay')).toBe(before);
      const board = await eventually(async () => {
        const shown = await titlesOnBoard(api, civic);
        for (const title of titles) expect(shown).toContain(title);
        return shown;
      });
      expect(board.filter((title) => titles.includes(title))).toHaveLength(titles.length);
    }, 60_000);

    it('answers the requests past the concurrency limit 503 at once, in Korean or English, keeps health and metrics answered, and writes none of them', async () => {
      // Twice the ceiling of the limit (GONGRON_MAX_IN_FLIGHT, 64), all read by the API in one turn.
      const count = 128;
      connections = await openConnections(api, count + 3);
      const [live, ready, metrics, ...writers] = connections as [RawConnection, RawConnection, RawConnection, ...RawConnection[]];
      const titles = writers.map((_, index) => `몰려든 안건 ${index}`);
      const languages = writers.map((_, index): 'ko' | 'en' => (index % 2 === 0 ? 'ko' : 'en'));
      const before = await shedCount(api, 'in-flight');
      const proposals = writers.map((connection, index) =>
        connection.send('POST', '/agenda-items', { ...auth(), 'Accept-Language': languages[index]! }, proposal(titles[index]!)),
      );
      const health = [live.send('GET', '/health/live'), ready.send('GET', '/health'), metrics.send('GET', '/metrics')];
      const answers = await Promise.all(proposals);
      for (const answer of await Promise.all(health)) expect(answer.status).toBe(200);

      const taken = titles.filter((_, index) => answers[index]!.status === 201);
      const shedIndexes = answers.flatMap((answer, index) => (answer.status === 503 ? [index] : []));
      expect(taken.length + shedIndexes.length).toBe(count);
      expect(taken.length).toBeGreaterThan(0);
      expect(taken.length).toBeLessThanOrEqual(64);
      expect(shedIndexes.length).toBeGreaterThanOrEqual(count - 64);
      for (const index of shedIndexes) {
        const body = expectOverloaded(answers[index]!, languages[index]!);
        expect(body.reason).toBe('in-flight');
        if (languages[index] === 'ko') expect(body.detail).toContain('아무것도 기록되지 않았으니 1초 뒤에');
        else expect(body.detail).toMatch(/handling its limit of \d+ requests at once/);
      }
      expect(await shedCount(api, 'in-flight')).toBeGreaterThanOrEqual(before + shedIndexes.length);
      const scraped = (await api.call('GET', '/metrics')).body as string;
      const limit = Number(/gongron_http_concurrency_limit (\d+)/.exec(scraped)?.[1]);
      expect(limit).toBeGreaterThanOrEqual(8);
      expect(limit).toBeLessThanOrEqual(64);

      // The taken ones are recorded, none of the shed ones; a retry after the answer's Retry-After is taken.
      const retried = await eventually(async () => {
        const answer = await api.call('POST', '/agenda-items', { token: civic, body: JSON.parse(proposal('과부하가 지난 뒤의 안건')) });
        expect(answer.status).toBe(201);
        return answer;
      });
      expect(retried.body.state.title).toBe('과부하가 지난 뒤의 안건');
      const board = await eventually(async () => {
        const shown = await titlesOnBoard(api, civic);
        expect(shown).toContain('과부하가 지난 뒤의 안건');
        for (const title of taken) expect(shown).toContain(title);
        return shown;
      });
      for (const index of shedIndexes) expect(board).not.toContain(titles[index]);
    }, 90_000);

    it('sheds the requests that reach a loop saturated turn after turn while requests keep queueing for longer than the window, and takes them again once it has caught up', async () => {
      connections = await openConnections(api, 6);
      const titles = connections.map((_, index) => `포화 중 제출된 안건 ${index}`);
      // Work the loop does not get through (as projections catching up on a busy process would
      // make): 30 ms slices turn after turn, timers and sockets served between them, for 1.2 s,
      // with a read of the board arriving during every slice, so the requests taken queue one after
      // another; the proposals are sent once that has lasted 800 ms, longer than the window (500 ms).
      let answers: Promise<RawAnswer[]> | undefined;
      const reads: Promise<number>[] = [];
      const saturated = new Promise<void>((resolve) => {
        const began = performance.now();
        const slice = () => {
          if (!answers && performance.now() - began >= 800) {
            answers = Promise.all(
              connections.map((connection, index) =>
                connection.send('POST', '/agenda-items', { ...auth(), 'Accept-Language': 'en' }, proposal(titles[index]!)),
              ),
            );
          }
          reads.push(api.call('GET', '/agenda-board?district=suwon&limit=1', { token: civic }).then((answer) => answer.status));
          blockEventLoop(30);
          if (performance.now() - began < 1_200) setImmediate(slice);
          else resolve();
        };
        slice();
      });
      await saturated;
      for (const answer of await answers!) {
        const body = expectOverloaded(answer, 'en');
        expect(body.reason).toBe('queue-delay');
        expect(body.detail).toMatch(/waiting longer than 10 ms/);
      }
      // The first reads were taken (the queue had not stood for the window yet), later ones shed.
      const statuses = await Promise.all(reads);
      expect(statuses[0]).toBe(200);
      expect(statuses).toContain(503);
      const after = await eventually(async () => {
        const answer = await api.call('POST', '/agenda-items', { token: civic, body: JSON.parse(proposal('포화가 지난 뒤의 안건')) });
        expect(answer.status).toBe(201);
        return answer;
      });
      expect(after.status).toBe(201);
      const board = await eventually(async () => {
        const shown = await titlesOnBoard(api, civic);
        expect(shown).toContain('포화가 지난 뒤의 안건');
        return shown;
      });
      for (const title of titles) expect(board).not.toContain(title);
    }, 60_000);
  });
}

overload('on the embedded SQLite default', async (env) => {
  const api = await startTestApi(env);
  return { api, stop: () => api.close() };
});

describePg('PostgreSQL', () => {
  overload('on PostgreSQL', async (env) => {
    const database = await createTestDatabase('gongron_load_shedding');
    const api = await startTestApi({ ...env, GONGRON_STORE: 'postgres', DATABASE_URL: database.url });
    return {
      api,
      stop: async () => {
        await api.close();
        await database.drop();
      },
    };
  });
});

describe('load shedding at the in-flight limit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ GONGRON_MAX_IN_FLIGHT: '1' });
  }, 60_000);
  afterAll(() => api?.close());

  it('answers 503 with Retry-After at once while the one allowed request is in flight, and serves again after', async () => {
    const url = new URL(api.url);
    // A request whose body never finishes arriving stays in flight.
    const held = httpRequest({
      host: url.hostname,
      port: url.port,
      method: 'POST',
      path: '/agenda-items',
      headers: { 'content-type': 'application/json', 'content-length': '1000' },
    });
    held.on('error', () => undefined);
    held.write('{"district":');

    const shed = await eventually(async () => {
      const answer = await api.call('GET', '/public/dashboard', { headers: { 'Accept-Language': 'en' } });
      expect(answer.status).toBe(503);
      return answer;
    });
    expect(shed.body).toMatchObject({ code: 'SERVER.OVERLOADED', reason: 'in-flight', title: refusalMessage('SERVER.OVERLOADED', 'en') });
    expect(shed.body.detail).toContain('limit of 1 requests');
    expect(Number(shed.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(shed.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const korean = await api.call('GET', '/public/dashboard');
    expect(korean.status).toBe(503);
    expect(korean.body.title).toBe(refusalMessage('SERVER.OVERLOADED', 'ko'));
    // Health and metrics are never shed.
    for (const path of ['/health/live', '/health', '/metrics']) expect((await api.call('GET', path)).status).toBe(200);
    const scraped = await api.call('GET', '/metrics');
    expect(Number(/gongron_http_shed_total\{reason="in-flight"\} (\d+)/.exec(scraped.body as string)?.[1])).toBeGreaterThanOrEqual(2);

    // The client gives up on it: the slot is free again.
    held.destroy();
    await eventually(async () => expect((await api.call('GET', '/public/dashboard')).status).toBe(200));
  }, 30_000);
});
