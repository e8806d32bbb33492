/**
 * The API's own Prometheus metrics: Node's and the process's defaults (CPU, memory, event-loop
 * lag, GC, handles), and the duration of every HTTP request by method, route template (never
 * the raw URL, so ids do not explode the series) and status.
 */
import { collectDefaultMetrics, Histogram, register } from 'prom-client';
import type { HttpRequest, HttpResponse, NextFunction } from '../http-types.js';

export const HTTP_DURATION_METRIC = 'gongron_http_request_duration_seconds';

// Several apps can share one process (tests, benchmarks); the registry holds one of each.
let defaultsCollected = false;

function requestDuration(): Histogram<'method' | 'route' | 'status'> {
  const existing = register.getSingleMetric(HTTP_DURATION_METRIC);
  if (existing) return existing as Histogram<'method' | 'route' | 'status'>;
  return new Histogram({
    name: HTTP_DURATION_METRIC,
    help: 'Time from the request arriving to the answer finishing, by method, route template and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
}

type RoutedRequest = HttpRequest & { route?: { path?: unknown }; baseUrl?: string };

/** The route a request matched, as declared (`/agenda-items/:id`); static files and misses have their own labels. */
function routeOf(request: RoutedRequest): string {
  const path = request.route?.path;
  if (typeof path === 'string') return `${request.baseUrl ?? ''}${path}`;
  if (request.path.startsWith('/docs')) return '/docs';
  return 'unmatched';
}

export function httpMetrics(): (request: HttpRequest, response: HttpResponse, next: NextFunction) => void {
  if (!defaultsCollected) {
    if (!register.getSingleMetric('process_cpu_user_seconds_total')) collectDefaultMetrics({ register });
    defaultsCollected = true;
  }
  const duration = requestDuration();
  return (request, response, next) => {
    const end = duration.startTimer();
    response.once('finish', () => {
      end({ method: request.method, route: routeOf(request as RoutedRequest), status: String(response.statusCode) });
    });
    next();
  };
}
