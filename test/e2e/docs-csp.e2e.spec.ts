/**
 * Swagger UI at /docs works under the Content-Security-Policy the API sends: headless Chromium
 * renders every operation and the page reports no policy violation.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { startTestApi, type TestApi } from './api-support.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const describeWithChromium = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM))
  process.stderr.write(`*** NOT RUN: the /docs CSP browser test (no Chromium at ${CHROMIUM}; set CHROMIUM_PATH). ***\n`);

describeWithChromium('Swagger UI under the CSP', () => {
  let api: TestApi;
  let browser: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    api = await startTestApi();
    profile = mkdtempSync(join(tmpdir(), 'gongron-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('renders the operations of /docs with no CSP violation', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript({
      content:
        "document.addEventListener('securitypolicyviolation', (e) => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));",
    });
    const response = await page.goto(`${api.url}/docs`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForSelector('.opblock', { timeout: 30_000 });
    // Swagger UI renders the operations in view only (a virtual list): scrolled from top to
    // bottom, the page shows every operation of the document it serves.
    const seen = new Set<string>();
    type Scroller = {
      scrollBy(x: number, y: number): void;
      scrollY: number;
      innerHeight: number;
      document: { body: { scrollHeight: number } };
    };
    for (let step = 0; step < 1_000; step++) {
      for (const id of await page.locator('.opblock').evaluateAll((blocks) => blocks.map((block) => block.id))) seen.add(id);
      const atEnd = await page.evaluate(() => {
        const view = globalThis as unknown as Scroller;
        const before = view.scrollY;
        view.scrollBy(0, Math.floor(view.innerHeight / 2));
        return view.scrollY === before;
      });
      if (atEnd) break;
      await page.waitForTimeout(30);
    }
    const document = (await (await fetch(`${api.url}/docs/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const operationIds = Object.values(document.paths).flatMap((operations) =>
      Object.entries(operations)
        .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch'].includes(method))
        .map(([, operation]) => operation.operationId ?? ''),
    );
    expect(operationIds.length).toBeGreaterThan(100);
    const unseen = operationIds.filter((id) => ![...seen].some((block) => block.endsWith(`-${id}`)));
    expect(unseen).toEqual([]);
    await page.evaluate(() => (globalThis as unknown as Scroller).scrollBy(0, -1e9));
    // Swagger UI's own layout is applied (its stylesheet and inline styles were allowed).
    type Styled = { getComputedStyle(element: unknown): { borderRadius: string } };
    const display = await page
      .locator('.swagger-ui .opblock')
      .first()
      .evaluate((el) => (globalThis as unknown as Styled).getComputedStyle(el).borderRadius);
    expect(display).not.toBe('0px');
    await page.screenshot({ path: join(tmpdir(), 'gongron-docs-csp.png') });
    expect(violations).toEqual([]);
  }, 60_000);
});
