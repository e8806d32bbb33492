/**
 * Security headers on every answer, from helmet. One strict policy for the API and the web
 * application (a Vite-built page: same-origin scripts and styles, no inline script), and a
 * policy for `/docs` that lets Swagger UI's inline `<style>` blocks and data-URI icons through
 * — and nothing else.
 *
 * Answers to a request that carried credentials are never stored by a cache (`no-store`):
 * they hold what one actor may see.
 */
import helmet from 'helmet';
import type { HttpRequest, HttpResponse, NextFunction } from '../http-types.js';

type Middleware = (request: HttpRequest, response: HttpResponse, next: NextFunction) => void;

const SAME_ORIGIN = ["'self'"];

const appDirectives = {
  defaultSrc: SAME_ORIGIN,
  scriptSrc: SAME_ORIGIN,
  styleSrc: SAME_ORIGIN,
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: SAME_ORIGIN,
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: SAME_ORIGIN,
  frameAncestors: ["'none'"],
  // The server speaks HTTP and TLS ends at the proxy in front of it; upgrading every
  // subresource would break a plain-HTTP installation on a private network.
  upgradeInsecureRequests: null,
};

function headers(directives: typeof appDirectives): Middleware {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    frameguard: { action: 'deny' },
  }) as unknown as Middleware;
}

export const DOCS_PATH = '/docs';

export function securityHeaders(): Middleware {
  const forApp = headers(appDirectives);
  // Swagger UI writes its layout in inline <style> blocks and style attributes.
  const forDocs = headers({ ...appDirectives, styleSrc: ["'self'", "'unsafe-inline'"] });
  return (request, response, next) => {
    if (request.headers.authorization !== undefined || request.headers.cookie !== undefined) {
      response.setHeader('Cache-Control', 'no-store');
    }
    const path = request.path;
    const docs = path === DOCS_PATH || path.startsWith(`${DOCS_PATH}/`) || path.startsWith(`${DOCS_PATH}-`);
    (docs ? forDocs : forApp)(request, response, next);
  };
}
