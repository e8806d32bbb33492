/**
 * The web application in real Chromium for the browser suites: the web bundle built once into a
 * temporary folder, the API started on it (port 0, a fresh SQLite folder), Debian's
 * /usr/bin/chromium driven by playwright-core with a fresh profile per browser, axe-core injected
 * into every page, and a screenshot of every page kept under test-artifacts/browser/.
 *
 * A machine without Chromium skips these suites loudly; under CI=true it fails them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { startTestApi, type TestApi } from '../e2e/api-support.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = resolve(process.cwd());
const artifacts = join(root, 'test-artifacts', 'browser');
const require = createRequire(join(root, 'package.json'));

export const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `describe` when Chromium is here; otherwise a loud skip (and a failure under CI=true). */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `\n*** Browser suites SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium). ***\n`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(message);
  return false;
}

let builtWebDir: string | undefined;

/** Builds the web application once per test file into a temporary folder. */
export function buildWeb(): string {
  if (builtWebDir) return builtWebDir;
  const outDir = mkdtempSync(join(tmpdir(), 'gongron-web-'));
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(root, 'apps/web/vite.config.ts'),
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    {
      stdio: 'inherit',
    },
  );
  builtWebDir = outDir;
  return outDir;
}

export interface WebHarness {
  readonly api: TestApi;
  readonly browser: Browser;
  /** A fresh browser profile (cookies, storage) — one per person in a scenario; Seoul's clock unless told otherwise. */
  person(options?: { timezoneId?: string }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** The API (with `env` over the test defaults, e.g. a prepared GONGRON_DATA_DIR) serving a fresh build in Chromium. */
export async function startWeb(env: Record<string, string> = {}): Promise<WebHarness> {
  const webDir = buildWeb();
  // The API serves the web application from GONGRON_WEB_DIR (apps/api/src/web/web-app.ts).
  process.env.GONGRON_WEB_DIR = webDir;
  const api = await startTestApi(env);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const contexts: BrowserContext[] = [];
  return {
    api,
    browser,
    async person(options = {}) {
      const context = await browser.newContext({
        baseURL: api.url,
        locale: 'ko-KR',
        timezoneId: options.timezoneId ?? 'Asia/Seoul',
        viewport: { width: 1280, height: 900 },
      });
      // Generous ceilings, not delays: on a loaded 2-core machine (two test workers, the Kafka
      // broker, PostgreSQL) a first page load has been seen to take longer than 15 s.
      context.setDefaultTimeout(30_000);
      context.setDefaultNavigationTimeout(60_000);
      contexts.push(context);
      return context;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await api.close();
    },
  };
}

export function cleanBuilds(): void {
  if (builtWebDir) rmSync(builtWebDir, { recursive: true, force: true });
  builtWebDir = undefined;
}

/** Signs in through the sign-in page with an access token. */
export async function signIn(page: Page, token: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('접근 토큰').fill(token);
  await page.getByRole('button', { name: '로그인', exact: true }).click();
  await page.getByRole('button', { name: '로그아웃' }).waitFor();
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: Array<{ target: string[] }>;
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page (WCAG 2.x A and AA) and returns its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's strict CSP (no inline script) stays on.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // Runs in the page: the whole document is scanned when no context is given.
    const axe = (globalThis as unknown as { axe: { run(options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
}

/** Keeps a full-page screenshot under test-artifacts/browser/<name>.png and checks accessibility. */
export async function keep(page: Page, name: string): Promise<AxeViolation[]> {
  mkdirSync(artifacts, { recursive: true });
  // A colour caught mid-transition (a button just pressed or focused) is not what a person sees:
  // let finite CSS transitions and animations end first.
  await page.evaluate(
    `Promise.race([
      Promise.all(document.getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ])`,
  );
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  return seriousViolations(page);
}

let watchSequence = 0;

/**
 * Watches the page for `message` and keeps what its main content reads at the first moment the
 * message is on it. A MutationObserver in the page takes the text as the DOM changes, so a
 * confirmation that comes before the state it reports is caught however briefly the old state
 * stands under it. Call it before the action that leads to the message; await the answer after.
 */
export async function textWhenShown(page: Page, message: string, timeoutMs = 30_000): Promise<() => Promise<string>> {
  const key = JSON.stringify(`__gongronWatch${(watchSequence += 1)}`);
  // Evaluated as a string: the page's CSP stays on, and the test files compile without the DOM's types.
  await page.evaluate(`(() => {
    const message = ${JSON.stringify(message)};
    const read = () => document.querySelector('main')?.innerText ?? '';
    if (read().includes(message)) throw new Error('already on the page before the action: ' + message);
    globalThis[${key}] = new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        const text = read();
        if (!text.includes(message)) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(text);
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error('never shown: ' + message));
      }, ${timeoutMs});
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  })()`);
  return () => page.evaluate(`globalThis[${key}]`) as Promise<string>;
}

/** An alert (KRDS critical alert) as it appeared: its tone, its text, and what the page's main content read then. */
export interface Appearance {
  readonly tone: 'ok' | 'danger' | 'info' | 'other';
  readonly text: string;
  readonly main: string;
}

export interface AlertWatch {
  /** Waits until an alert of `tone` with `message` appears and gives what the page read at that moment. */
  until(tone: Appearance['tone'], message: string, timeoutMs?: number): Promise<Appearance>;
  /** Every alert that appeared since the watch began (or came back with the same words), in order. */
  appeared(): Promise<Appearance[]>;
}

/**
 * Watches the page's alerts from now on: a MutationObserver in the page notes each alert the moment
 * it appears, with the main content's text, so a confirmation that stands however briefly above the
 * old state, or one that comes and goes, is caught. An alert that goes and comes back counts again.
 */
export async function watchAlerts(page: Page): Promise<AlertWatch> {
  const key = JSON.stringify(`__gongronAlerts${(watchSequence += 1)}`);
  // Evaluated as a string, like textWhenShown: the page's CSP stays on.
  await page.evaluate(`(() => {
    const state = { list: [], present: new Set() };
    const snapshot = () => {
      const main = document.querySelector('main');
      const alerts = main ? [...main.querySelectorAll('.gongron-alert')] : [];
      const now = new Set();
      for (const alert of alerts) {
        const badge = alert.querySelector('.critical-badge');
        const tone = ['ok', 'danger', 'info'].find((name) => badge?.classList.contains(name)) ?? 'other';
        const text = alert.innerText;
        const id = tone + '|' + text;
        now.add(id);
        if (!state.present.has(id)) state.list.push({ tone, text, main: main.innerText });
      }
      state.present = now;
    };
    snapshot();
    state.list.length = 0;
    new MutationObserver(snapshot).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    globalThis[${key}] = state;
  })()`);
  return {
    until: (tone, message, timeoutMs = 30_000) =>
      page.evaluate(`new Promise((resolve, reject) => {
        const started = Date.now();
        const look = () => {
          const found = globalThis[${key}].list.find((a) => a.tone === ${JSON.stringify(tone)} && a.text.includes(${JSON.stringify(message)}));
          if (found) return resolve(found);
          if (Date.now() - started > ${timeoutMs}) return reject(new Error('never shown: ' + ${JSON.stringify(`${tone} ${message}`)}));
          setTimeout(look, 20);
        };
        look();
      })`) as Promise<Appearance>,
    appeared: () => page.evaluate(`globalThis[${key}].list`) as Promise<Appearance[]>,
  };
}

const readsOf = (pathname: string) => (url: URL) => url.pathname === pathname;
/** A read of the page's script (fetch), not the document of the same path nor a command. */
const isRead = (route: Route) => route.request().method() === 'GET' && ['fetch', 'xhr'].includes(route.request().resourceType());

/**
 * Holds the page's reads (GET) of `pathname` back by `ms` from now on. `started` settles once such a
 * read has begun — the page is then waiting for its reload, with the old state on it; `release`
 * ends the hold.
 */
export async function holdReads(
  page: Page,
  pathname: string,
  ms = 1_000,
): Promise<{ started: Promise<void>; release: () => Promise<void> }> {
  let begun!: () => void;
  const started = new Promise<void>((resolve) => (begun = resolve));
  const matches = readsOf(pathname);
  await page.route(matches, async (route) => {
    if (isRead(route)) {
      begun();
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    await route.fallback();
  });
  return { started, release: () => page.unroute(matches) };
}

/** Cuts off the page's reads (GET) of `pathname` (connection refused) until the answer is called. */
export async function cutReads(page: Page, pathname: string): Promise<() => Promise<void>> {
  const matches = readsOf(pathname);
  await page.route(matches, (route) => (isRead(route) ? route.abort('connectionrefused') : route.fallback()));
  return () => page.unroute(matches);
}

/** The confirmations (KRDS ok alerts) on the page's main content now. */
export const confirmationsOn = (page: Page): Promise<number> => page.locator('main .gongron-alert .critical-badge.ok').count();

/** What the page's main content reads now. */
export const mainText = (page: Page): Promise<string> => page.locator('main').innerText();

export interface HeldReload {
  /** Confirmations on the page while it waited for its reload, after the command's answer (none, or one stands above the old state). */
  readonly confirmationsWhileHeld: number;
  /** The confirmation `message` as it appeared, with what the page read at that moment. */
  readonly shown: Appearance;
}

/** Runs `act` (a command) with the page's reload of `pathname` held back a second, and watches for the confirmation `message`. */
export async function withReloadHeld(page: Page, pathname: string, message: string, act: () => Promise<unknown>): Promise<HeldReload> {
  const watch = await watchAlerts(page);
  const hold = await holdReads(page, pathname);
  try {
    await act();
    await hold.started;
    const confirmationsWhileHeld = await confirmationsOn(page);
    return { confirmationsWhileHeld, shown: await watch.until('ok', message) };
  } finally {
    await hold.release();
  }
}

export interface CutReload {
  /** The page's danger alert as it appeared once the reload failed. */
  readonly failed: Appearance;
  /** Confirmations that appeared meanwhile (none: the page confirms nothing it could not read back). */
  readonly confirmations: readonly Appearance[];
}

/** Runs `act` (a command) with the page's reload of `pathname` cut off, and waits for the page to say so. */
export async function withReloadCut(page: Page, pathname: string, act: () => Promise<unknown>, timeoutMs = 15_000): Promise<CutReload> {
  const watch = await watchAlerts(page);
  const release = await cutReads(page, pathname);
  try {
    await act();
    const failed = await watch.until('danger', '서버에 연결하지 못했습니다.', timeoutMs);
    return { failed, confirmations: (await watch.appeared()).filter((alert) => alert.tone === 'ok') };
  } finally {
    await release();
  }
}
