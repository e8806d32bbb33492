/**
 * The OpenAPI page answers at `/docs` and at `/docs/` alike, and every asset its page names
 * loads from where the browser looks for it (`/docs/` once loaded its assets from `/docs/docs/…`).
 */
import { startTestApi, type TestApi } from './api-support.js';

describe('API: the OpenAPI page', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  }, 30_000);

  for (const page of ['/docs', '/docs/']) {
    it(`loads every script and stylesheet of ${page}`, async () => {
      const response = await fetch(`${api.url}${page}`);
      expect(response.status).toBe(200);
      const base = new URL(response.url);
      const html = await response.text();
      const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => new URL(m[1]!, base).pathname);
      expect(assets.length).toBeGreaterThan(1);
      for (const asset of assets) {
        expect(asset).not.toContain('/docs/docs/');
        const loaded = await fetch(`${api.url}${asset}`);
        expect({ asset, status: loaded.status }).toEqual({ asset, status: 200 });
      }
    });
  }
});
