/**
 * The API as a security reviewer probes it: headers on every kind of answer, the Bearer
 * challenge, rate limits (per address for failed authentication, per token), expired tokens,
 * and the server's defences against slow clients — over real HTTP and raw sockets.
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { AccessTokenService, openSqlDatabase } from '@gongron/application';
import type { Server } from 'node:http';
import { eventually, startTestApi, type TestApi } from './api-support.js';

const badToken = () => `gr_${randomBytes(32).toString('base64url')}`;

function expectSecurityHeaders(headers: Headers, what: string): void {
  const csp = headers.get('content-security-policy');
  if (!csp) throw new Error(`${what}: no Content-Security-Policy`);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('strict-transport-security')).toContain('max-age=');
  expect(headers.get('x-powered-by')).toBeNull();
}

describe('security headers', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it.each([
    ['a public JSON answer', '/public/dashboard', undefined, 200, 'application/json'],
    ['an authenticated JSON answer', '/admin/tokens', 'admin', 200, 'application/json'],
    ['a problem (unknown route)', '/no/such/route', undefined, 404, 'application/problem+json'],
    ['a problem (no token)', '/admin/tokens', undefined, 401, 'application/problem+json'],
    ['the OpenAPI document', '/docs/openapi.json', undefined, 200, 'application/json'],
    ['the AsyncAPI document', '/asyncapi.json', undefined, 200, 'application/json'],
    ['the metrics', '/metrics', undefined, 200, 'text/plain'],
    ['the Swagger UI page', '/docs', undefined, 200, 'text/html'],
    ['a Swagger UI script', '/docs/swagger-ui-init.js', undefined, 200, 'javascript'],
  ])('are on %s', async (what, path, token, status, type) => {
    const answer = await api.call('GET', path, token ? { token: api.adminToken } : {});
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toContain(type);
    expectSecurityHeaders(answer.headers, what);
  });

  it('let Swagger UI have its inline styles on /docs only, never inline scripts', async () => {
    const docs = await api.call('GET', '/docs');
    expect(docs.headers.get('content-security-policy')).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(String(docs.body)).not.toMatch(/<script>(?!\s*<\/script>)/);
    const json = await api.call('GET', '/public/dashboard');
    expect(json.headers.get('content-security-policy')).toMatch(/style-src 'self'(;|$)/);
  });

  it('rotate a token over the API: the successor works, the old one answers 401', async () => {
    const auditor = await api.call('POST', '/admin/tokens', { token: api.adminToken, body: { role: 'auditor', name: '감사' } });
    const rotated = await api.call('POST', `/admin/tokens/${auditor.body.id}/rotation`, { token: api.adminToken });
    expect(rotated.status).toBe(201);
    expect(rotated.body).toMatchObject({ role: 'auditor', name: '감사' });
    expect(Date.parse(rotated.body.expiresAt)).toBeGreaterThan(Date.now());
    expect((await api.call('GET', '/audit/verify', { token: rotated.body.token })).status).toBe(200);
    const old = await api.call('GET', '/audit/verify', { token: auditor.body.token });
    expect(old.status).toBe(401);
    expect(old.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect((await api.call('POST', `/admin/tokens/${auditor.body.id}/rotation`, { token: api.adminToken })).status).toBe(404);
  });

  it('forbid caches from keeping an answer given to credentials', async () => {
    const withToken = await api.call('GET', '/admin/tokens', { token: api.adminToken });
    expect(withToken.headers.get('cache-control')).toBe('no-store');
    const refused = await api.call('GET', '/admin/tokens', { token: badToken() });
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });
});

describe('authentication', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ AUTH_FAILURE_LIMIT: '20', AUTH_FAILURE_BLOCK_SECONDS: '300' });
  });
  afterAll(() => api.close());

  it('challenges a request without a token with WWW-Authenticate: Bearer', async () => {
    const answer = await api.call('GET', '/admin/tokens');
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="gongron"');
    expect(answer.body.code).toBe('ACCESS.TOKEN_MISSING');
  });

  it('answers an expired token 401 with error="invalid_token", and a fresh one 200', async () => {
    const sql = openSqlDatabase({ kind: 'sqlite', file: join(api.dataDir, 'gongron.sqlite') });
    try {
      const longAgo = Date.now() - 91 * 86_400_000;
      const old = await new AccessTokenService(sql, { clock: () => longAgo }).create({ role: 'auditor', name: '감사' });
      expect(Date.parse(old.expiresAt!)).toBeLessThan(Date.now());
      const answer = await api.call('GET', '/audit/verify', { token: old.token });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body.code).toBe('ACCESS.TOKEN_EXPIRED');
      expect(answer.headers.get('www-authenticate')).toMatch(
        /^Bearer realm="gongron", error="invalid_token", error_description="The bearer token expired at /,
      );

      const fresh = await new AccessTokenService(sql).create({ role: 'auditor', name: '감사' });
      expect(Date.parse(fresh.expiresAt!) - Date.now()).toBeGreaterThan(89 * 86_400_000);
      expect((await api.call('GET', '/admin/tokens', { token: fresh.token })).status).toBe(403);
    } finally {
      await sql.close();
    }
  });

  it('refuses an address that sent 200 bad tokens with 429 and Retry-After before the 200th, valid tokens included, and logs it', async () => {
    // An installation of its own: blocking this address must not refuse the other tests' requests.
    const api = await startTestApi({ AUTH_FAILURE_LIMIT: '20', AUTH_FAILURE_BLOCK_SECONDS: '300' });
    try {
      let firstRefusal: number | undefined;
      let refusal: { status: number; headers: Headers; body: { code: string } } | undefined;
      for (let attempt = 1; attempt <= 200; attempt += 1) {
        const answer = await api.call('GET', '/admin/tokens', { token: badToken() });
        if (answer.status === 429) {
          firstRefusal = attempt;
          refusal = answer;
          break;
        }
        expect(answer.status).toBe(401);
        expect(answer.headers.get('www-authenticate')).toContain('error="invalid_token"');
      }
      expect(firstRefusal).toBeDefined();
      expect(firstRefusal!).toBeLessThan(200);
      expect(refusal!.headers.get('content-type')).toContain('application/problem+json');
      expect(refusal!.body.code).toBe('RATE.LIMITED');
      expect(Number(refusal!.headers.get('retry-after'))).toBeGreaterThan(0);

      // While blocked, a valid token from the address is refused too: a guess cannot be confirmed.
      const valid = await api.call('GET', '/admin/tokens', { token: api.adminToken });
      expect(valid.status).toBe(429);
      expect(Number(valid.headers.get('retry-after'))).toBeGreaterThan(0);
      // Public routes without a token still answer.
      expect((await api.call('GET', '/public/dashboard')).status).toBe(200);

      const events = api.logLines.map((line) => JSON.parse(line) as { msg?: string; event?: string; address?: string });
      expect(events.filter((e) => e.msg === 'security event' && e.event === 'authentication.failed').length).toBeGreaterThanOrEqual(20);
      expect(events.some((e) => e.event === 'authentication.blocked' && e.address === '127.0.0.1')).toBe(true);
    } finally {
      await api.close();
    }
  }, 60_000);
});

describe('per-token rate limit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ RATE_LIMIT_PER_TOKEN: '5', RATE_LIMIT_WINDOW_SECONDS: '600' });
  });
  afterAll(() => api.close());

  it('answers 429 with Retry-After once a token used up its window, while other tokens go on', async () => {
    const auditor = await api.token({ role: 'auditor', name: '감사' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await api.call('GET', '/audit/verify', { token: auditor })).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const refused = await api.call('GET', '/audit/verify', { token: auditor });
    expect(refused.body.code).toBe('RATE.LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(api.logLines.some((line) => line.includes('"event":"rate.limited"') && line.includes('"limit":"token"'))).toBe(true);
  });
});

function rawConnection(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.once('error', reject);
  });
}

function closed(socket: Socket): Promise<{ received: string }> {
  let received = '';
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('utf8');
  });
  socket.on('error', () => undefined);
  return new Promise((resolve) => socket.once('close', () => resolve({ received })));
}

describe('slow and idle clients', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '2000', HTTP_MAX_CONNECTIONS: '20' });
  });
  afterAll(() => api.close());

  it('closes a body trickled one byte at a time once the request timeout has passed, answering 408', async () => {
    const socket = await rawConnection(api.url);
    const done = closed(socket);
    const started = Date.now();
    socket.write(
      `POST /agenda-items HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${api.adminToken}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`,
    );
    const trickle = setInterval(() => socket.writable && socket.write(' '), 100);
    const { received } = await done;
    clearInterval(trickle);
    const elapsed = Date.now() - started;
    expect(received).toMatch(/^HTTP\/1.1 408/);
    // Closed by the timeout (2 s, swept every 250 ms), not by the client or a later sweep.
    expect(elapsed).toBeGreaterThanOrEqual(1_900);
    expect(elapsed).toBeLessThan(2_000 + 1_500);
  }, 20_000);

  it('closes a connection that never finishes its headers', async () => {
    const socket = await rawConnection(api.url);
    const done = closed(socket);
    socket.write('GET /public/dashboard HTTP/1.1\r\nHost: x\r\n');
    const { received } = await done;
    expect(received).toMatch(/^HTTP\/1.1 408/);
  }, 20_000);

  it('holds no more connections than the cap: the ones beyond it are closed at once', async () => {
    const sockets = await Promise.all(Array.from({ length: 30 }, () => rawConnection(api.url)));
    const outcomes = sockets.map((socket) => {
      const done = closed(socket);
      return Promise.race([done.then(() => 'closed'), new Promise<string>((resolve) => setTimeout(() => resolve('open'), 500))]);
    });
    const results = await Promise.all(outcomes);
    expect(results.filter((r) => r === 'closed').length).toBeGreaterThanOrEqual(10);
    expect(results.filter((r) => r === 'open').length).toBeLessThanOrEqual(20);
    for (const socket of sockets) socket.destroy();
    // The server still answers once they are gone.
    const server = api.running.app.getHttpServer() as Server;
    await eventually(async () => {
      const open = await new Promise<number>((resolve, reject) =>
        server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
      );
      if (open > 0) throw new Error(`${open} connections still open`);
    });
    expect((await api.call('GET', '/public/dashboard')).status).toBe(200);
  }, 20_000);
});
