/**
 * The Node HTTP server's own defences against slow and idle clients: headers and the whole
 * request must arrive within their timeouts (a body trickled a byte at a time is cut off), an
 * idle kept-alive connection is closed, and connections beyond the cap are refused at once.
 */
import type { Server } from 'node:http';
import type { HttpServerLimits } from '@gongron/application';

export function applyHttpServerLimits(server: Server, limits: HttpServerLimits): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  // Node enforces both timeouts on a periodic sweep (30 s by default); sweeping at a fraction of
  // the shorter one keeps the cut-off close to what is configured. Read when the server starts
  // listening, so this must run before `listen`.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.max(
    50,
    Math.min(1_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4)),
  );
}
