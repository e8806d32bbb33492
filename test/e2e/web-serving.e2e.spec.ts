/**
 * The API serves the web application at `/`: its built files, index.html for a page path a
 * browser opens (so a reload of /agenda/… shows the page), and never instead of an API answer —
 * a client asking for JSON at a path the pages share (`/projects/{id}`) still gets the API.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApi, type TestApi } from './api-support.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

describe('the web application at /', () => {
  let api: TestApi;
  let webDir: string;
  let previous: string | undefined;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'gongron-web-serving-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><html lang="ko"><title>공론</title><div id="app"></div>');
    writeFileSync(join(webDir, 'assets', 'index-abc123.js'), 'console.log("공론")');
    previous = process.env.GONGRON_WEB_DIR;
    process.env.GONGRON_WEB_DIR = webDir;
    api = await startTestApi();
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    if (previous === undefined) delete process.env.GONGRON_WEB_DIR;
    else process.env.GONGRON_WEB_DIR = previous;
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each(['/', '/sign-in', '/work', '/agenda', '/agenda/demo-hwaseong-1', '/projects/p-1', '/agreements/suwon/2024', '/admin/people'])(
    'answers a browser opening %s with the application',
    async (path) => {
      const answer = await api.call('GET', path, { headers: { accept: BROWSER_ACCEPT } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
      expect(String(answer.body)).toContain('<div id="app"></div>');
      // The pages carry the same security headers as every other answer: same-origin scripts only.
      const csp = answer.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    },
  );

  it('serves the built assets with a long cache life', async () => {
    const answer = await api.call('GET', '/assets/index-abc123.js');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toContain('immutable');
    expect(String(answer.body)).toContain('공론');
  });

  it('leaves the API routes to the API', async () => {
    const token = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
    const json = await api.call('GET', '/projects/p-1', { token, headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
    expect(json.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const anyType = await api.call('GET', '/agenda-board', { token });
    expect(anyType.status).toBe(200);
    expect(anyType.body).toEqual(expect.objectContaining({ items: [], total: 0 }));
    const health = await api.call('GET', '/health', { headers: { accept: BROWSER_ACCEPT } });
    expect(health.headers.get('content-type')).toMatch(/json/);
    const unknown = await api.call('GET', '/no-such-route', { headers: { accept: BROWSER_ACCEPT } });
    expect(unknown.status).toBe(404);
    const post = await api.call('POST', '/agenda', { headers: { accept: BROWSER_ACCEPT }, body: {} });
    expect(post.status).toBe(404);
    const tokens = await api.call('GET', '/admin/tokens', { token: api.adminToken, headers: { accept: BROWSER_ACCEPT } });
    expect(tokens.headers.get('content-type')).toMatch(/json/);
    expect(Array.isArray(tokens.body)).toBe(true);
  });
});
