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
    expect(await page.locator('.opblock').count()).toBeGreaterThan(20);
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
