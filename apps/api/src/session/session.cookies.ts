/**
 * The two cookies of a browser session. `gongron_session` holds the session id: HttpOnly, so no
 * script can read it, SameSite=Strict, so no other site's page sends it. `gongron_csrf` holds the
 * CSRF token the page echoes in `X-CSRF-Token`; it is readable by the page on purpose and is
 * worthless without the session cookie. Both are Secure when the request came over HTTPS
 * (directly, or through a trusted proxy that says so).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const SESSION_COOKIE = 'gongron_session';
export const CSRF_COOKIE = 'gongron_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Values of the Cookie header by name; the first of repeated names wins (RFC 6265 §5.4 order). */
export function readCookies(request: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  const header = request.headers.cookie;
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    if (cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      cookies.set(name, value);
    }
  }
  return cookies;
}

export function isSecureRequest(request: IncomingMessage): boolean {
  return (request as IncomingMessage & { secure?: boolean }).secure === true;
}

function cookie(name: string, value: string, options: { maxAgeSeconds: number; httpOnly: boolean; secure: boolean }): string {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
    'SameSite=Strict',
  ];
  if (options.maxAgeSeconds <= 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  if (options.httpOnly) parts.push('HttpOnly');
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

export function setSessionCookies(
  request: IncomingMessage,
  response: ServerResponse,
  session: { id: string; csrfToken: string; absoluteExpiresAt: string },
  now: number,
): void {
  const secure = isSecureRequest(request);
  const maxAgeSeconds = (Date.parse(session.absoluteExpiresAt) - now) / 1000;
  response.setHeader('Set-Cookie', [
    cookie(SESSION_COOKIE, session.id, { maxAgeSeconds, httpOnly: true, secure }),
    cookie(CSRF_COOKIE, session.csrfToken, { maxAgeSeconds, httpOnly: false, secure }),
  ]);
}

export function clearSessionCookies(request: IncomingMessage, response: ServerResponse): void {
  if (response.headersSent) return;
  const secure = isSecureRequest(request);
  response.setHeader('Set-Cookie', [
    cookie(SESSION_COOKIE, '', { maxAgeSeconds: 0, httpOnly: true, secure }),
    cookie(CSRF_COOKIE, '', { maxAgeSeconds: 0, httpOnly: false, secure }),
  ]);
}
