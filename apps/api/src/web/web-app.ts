/**
 * Serves the web application (apps/web, built by Vite into dist/web) at `/`: its files as they
 * are, and index.html for the page paths a person opens in a browser, so that a reload of
 * `/agenda/…` shows the page. API routes keep answering as before: a page path is answered with
 * HTML only when the request asks for HTML (a browser's navigation), so `GET /projects/{id}`
 * from a client that asks for JSON still reaches the API.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { HttpRequest, HttpResponse, NextFunction } from '../http-types.js';

/** The page paths of the web application (its router in apps/web/src/router.ts; web-app.unit.spec.ts holds the two together). */
const PAGE_PATHS = [
  /^\/$/,
  /^\/sign-in$/,
  /^\/work$/,
  /^\/agenda(\/[^/]+)?$/,
  /^\/meetings(\/[^/]+)?$/,
  /^\/roster$/,
  /^\/projects(\/[^/]+(\/school-calls)?)?$/,
  /^\/operating-plans\/[a-z]+\/\d{4}$/,
  /^\/agreements\/[a-z]+\/\d{4}$/,
  /^\/admin\/(people|projections)$/,
  /^\/districts(\/[a-z]+(\/agreements\/\d{4}|\/letter)?)?$/,
  /^\/open-data$/,
  /^\/evaluations$/,
  /^\/audit(\/(agenda-items|projects|agreements)\/.+)?$/,
];

export function defaultWebDir(): string {
  return process.env.GONGRON_WEB_DIR ?? resolve(process.cwd(), 'dist/web');
}

export function isPagePath(path: string): boolean {
  return PAGE_PATHS.some((pattern) => pattern.test(path));
}

/**
 * A read of the web application's own files (its pages as a browser opens them, the hashed assets,
 * the files at the root such as the icon): never shed, so an overloaded API still shows its pages
 * and their 503 answers.
 */
export function isWebAppFile(request: HttpRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (request.path.startsWith('/assets/')) return true;
  if (/^\/[^/]+\.[a-z0-9]+$/i.test(request.path)) return true;
  return isPagePath(request.path) && wantsHtml(request);
}

function wantsHtml(request: HttpRequest): boolean {
  const accept = request.headers.accept ?? '';
  if (!/\btext\/html\b/.test(accept)) return false;
  // A client that names JSON before HTML (or with a higher weight) asked for the API.
  const json = accept.indexOf('application/json');
  return json < 0 || accept.indexOf('text/html') < json;
}

/** Returns false (and serves nothing) when the web application has not been built. */
export function serveWebApp(app: NestExpressApplication, dir: string): boolean {
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) return false;
  const index = readFileSync(indexFile);
  app.use((request: HttpRequest, response: HttpResponse, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !isPagePath(request.path) || !wantsHtml(request)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('Vary', 'Accept');
    response.type('text/html; charset=utf-8').send(index);
  });
  app.useStaticAssets(dir, {
    index: false,
    fallthrough: true,
    setHeaders: (response: { setHeader(name: string, value: string): void }, path: string) => {
      // Vite names every built asset by its content hash; index.html is served above.
      if (path.includes(`${join(dir, 'assets')}`)) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  return true;
}
