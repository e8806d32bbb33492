/**
 * Load shedding as a client sees it. Requests that waited too long for a saturated event loop
 * (here: the loop deliberately blocked while they sit in the socket buffers), and requests past
 * the in-flight limit, are answered at once with 503 SERVER.OVERLOADED, `Retry-After` and the
 * catalogue's problem body in Korean or English; health and metrics are still answered; nothing
 * of a shed request is written; and the API takes requests again as soon as it has caught up —
 * on the embedded SQLite default and on PostgreSQL.
 */
import { connect, type Socket } from 'node:net';
import { request as httpRequest } from 'node:http';
import { refusalMessage } from '@gongron/domain';
import { createTestDatabase, describeWithPostgres } from '../support/postgres.js';
import { eventually, startTestApi, type TestApi } from './api-support.js';

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
  JSON.stringify({ district: 'suwon', title, description: '수원 학생 자치 활동 지원', proposerCategory: 'student', taskCode: '3-1', source: 'survey' });

function expectOverloaded(answer: RawAnswer, language: 'ko' | 'en') {
  expect(answer.status).toBe(503);
  expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
  expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(answer.headers['content-language']).toBe(language);
  const body = JSON.parse(answer.body);
  expect(body).toMatchObject({ status: 503, code: 'SERVER.OVERLOADED', title: refusalMessage('SERVER.OVERLOADED', language), retryAfter: 1 });
  expect(body.messages).toEqual({ ko: refusalMessage('SERVER.OVERLOADED', 'ko'), en: refusalMessage('SERVER.OVERLOADED', 'en') });
  return body;
}

async function titlesOnBoard(api: TestApi, token: string): Promise<string[]> {
  const board = await api.call('GET', '/agenda-board?district=suwon&limit=200', { token });
  expect(board.status).toBe(200);
  return board.body.items.map((item: { title: string }) => item.title);
}

function saturatedLoop(name: string, start: (env: Record<string, string>) => Promise<{ api: TestApi; stop: () => Promise<void> }>) {
  describe(`load shedding on a saturated event loop, ${name}`, () => {
    let api: TestApi;
    let stop: () => Promise<void>;
    let civic: string;
    let connections: RawConnection[] = [];
    beforeAll(async () => {
      ({ api, stop } = await start({ GONGRON_SHED_QUEUE_DELAY_MS: '10' }));
      // A process that has just started is busy (projections catching up): it may shed at first.
      civic = await eventually(() => api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' }), 30_000);
    }, 60_000);
    afterEach(() => {
      for (const connection of connections) connection.close();
      connections = [];
    });
    afterAll(() => stop?.());

    it('answers the requests that waited past the target 503 at once, in Korean or English, keeps health and metrics answered, and writes nothing', async () => {
      const url = new URL(api.url);
      connections = await Promise.all(Array.from({ length: 11 }, () => RawConnection.open(url)));
      // Each connection is accepted and read by the API once, so the next request on it is read
      // as soon as the loop gets to it.
      for (const connection of connections) expect((await connection.send('GET', '/health/live')).status).toBe(200);

      const [live, ready, metrics, ...writers] = connections as [RawConnection, RawConnection, RawConnection, ...RawConnection[]];
      const auth = { Authorization: `Bearer ${civic}`, 'Content-Type': 'application/json' };
      const titles = writers.map((_, index) => `과부하 중 제출된 안건 ${index}`);
      const languages = writers.map((_, index): 'ko' | 'en' => (index % 2 === 0 ? 'ko' : 'en'));
      const proposals = writers.map((connection, index) =>
        connection.send('POST', '/agenda-items', { ...auth, 'Accept-Language': languages[index]! }, proposal(titles[index]!)),
      );
      const health = [live.send('GET', '/health/live'), ready.send('GET', '/health'), metrics.send('GET', '/metrics')];
      // Every request is in the kernel's buffers now; the loop reads none of them for 300 ms.
      blockEventLoop(300);

      const answers = await Promise.all(proposals);
      answers.forEach((answer, index) => {
        const body = expectOverloaded(answer, languages[index]!);
        if (languages[index] === 'ko') expect(body.detail).toContain('아무것도 기록되지 않았으니 1초 뒤에');
        else expect(body.detail).toMatch(/waiting longer than 10 ms/);
      });
      for (const answer of await Promise.all(health)) expect(answer.status).toBe(200);

      // Caught up, the API takes the next proposal; none of the shed ones was ever recorded.
      const after = await eventually(async () => {
        const answer = await api.call('POST', '/agenda-items', { token: civic, body: JSON.parse(proposal('과부하가 지난 뒤의 안건')) });
        expect(answer.status).toBe(201);
        return answer;
      });
      expect(after.body.state.title).toBe('과부하가 지난 뒤의 안건');
      const board = await eventually(async () => {
        const shown = await titlesOnBoard(api, civic);
        expect(shown).toContain('과부하가 지난 뒤의 안건');
        return shown;
      });
      for (const title of titles) expect(board).not.toContain(title);

      const scraped = await api.call('GET', '/metrics');
      const shed = /gongron_http_shed_total\{reason="queue-delay"\} (\d+)/.exec(scraped.body as string);
      expect(Number(shed?.[1])).toBeGreaterThanOrEqual(writers.length);
    }, 60_000);
  });
}

saturatedLoop('on the embedded SQLite default', async (env) => {
  const api = await startTestApi(env);
  return { api, stop: () => api.close() };
});

describePg('PostgreSQL', () => {
  saturatedLoop('on PostgreSQL', async (env) => {
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
    const held = httpRequest({ host: url.hostname, port: url.port, method: 'POST', path: '/agenda-items', headers: { 'content-type': 'application/json', 'content-length': '1000' } });
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
