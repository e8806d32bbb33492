/**
 * Load shedding at the door: a request the API cannot answer quickly is answered 503
 * `SERVER.OVERLOADED` with `Retry-After` at once — before routing, authentication, body parsing
 * or any other work, from a body prepared in the catalogue's two languages — so a refusal costs
 * almost nothing and the requests taken keep their latency. Health, metrics and the web
 * application's files are never shed. Every shed request is counted in `/metrics` by reason,
 * beside the adaptive limit and the requests in flight.
 *
 * A request taken is started on the loop's next check phase (`setImmediate`), not inside the
 * socket read that brought it: on the embedded default a command's work is almost all synchronous,
 * so without that every request would run to its end before the next socket is even read and the
 * count in flight would stay at one while the rest waited in the kernel. Started a phase later,
 * every request the loop read in one turn is counted in flight together, so the limit bounds the
 * loop's backlog and what is past it is refused in the same turn it was read.
 */
import { performance } from 'node:perf_hooks';
import { Counter, Gauge, register } from 'prom-client';
import type { Language } from '@gongron/domain';
import type { HttpRequest, HttpResponse, NextFunction } from '../http-types.js';
import { problemBody } from '../problem/api-problem.js';
import { languageOf, localizeProblem } from '../problem/localize.js';
import { RETRY_AFTER_SECONDS } from '../problem/problem.filter.js';
import { isWebAppFile } from '../web/web-app.js';
import { type AdmissionLimits, SHED_REASONS, type ShedReason, shedReason, StandingQueue } from './admission.js';
import { ConcurrencyLimit } from './concurrency-limit.js';
import { type LoopPressureMonitor, loopPressure } from './loop-pressure.js';

/** Routes an operator needs most when the API is overloaded. */
const NEVER_SHED = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

const CALM = { delayMs: 0, utilization: 0, lateForMs: 0, turn: 0 };

/** How long one window of the limit's measurements lasts at least, ms. */
const LIMIT_WINDOW_MS = 100;

export const SHED_METRIC = 'gongron_http_shed_total';
export const IN_FLIGHT_METRIC = 'gongron_http_requests_in_flight';
export const LIMIT_METRIC = 'gongron_http_concurrency_limit';

function metrics(): { shed: Counter<'reason'>; inFlight: Gauge; limit: Gauge } {
  const shed =
    (register.getSingleMetric(SHED_METRIC) as Counter<'reason'> | undefined) ??
    new Counter({
      name: SHED_METRIC,
      help: 'Requests answered 503 SERVER.OVERLOADED at once, by reason (the concurrency limit, or a lasting event-loop queueing delay)',
      labelNames: ['reason'],
    });
  for (const reason of SHED_REASONS) shed.inc({ reason }, 0);
  const inFlight =
    (register.getSingleMetric(IN_FLIGHT_METRIC) as Gauge | undefined) ??
    new Gauge({ name: IN_FLIGHT_METRIC, help: 'Requests being handled now (health, metrics and the web application’s files not counted)' });
  const limit =
    (register.getSingleMetric(LIMIT_METRIC) as Gauge | undefined) ??
    new Gauge({ name: LIMIT_METRIC, help: 'Requests the API takes at once now: the adaptive concurrency limit (0: no limit)' });
  return { shed, inFlight, limit };
}

function detailOf(reason: ShedReason, limits: AdmissionLimits, limit: number): string {
  return reason === 'in-flight'
    ? `The server is handling its limit of ${limit} requests at once; try again in ${RETRY_AFTER_SECONDS} s.`
    : `Requests are waiting longer than ${limits.maxQueueDelayMs} ms before the server can start them; try again in ${RETRY_AFTER_SECONDS} s.`;
}

type Bodies = Record<Language, Buffer>;

/** The refusal bodies, localised from the catalogue once per reason and limit. */
function answers(limits: AdmissionLimits): (reason: ShedReason, limit: number) => Bodies {
  const made = new Map<string, Bodies>();
  return (reason, limit) => {
    const key = reason === 'in-flight' ? `${reason}:${limit}` : reason;
    let bodies = made.get(key);
    if (!bodies) {
      const problem = problemBody(503, 'SERVER.OVERLOADED', detailOf(reason, limits, limit), { reason, retryAfter: RETRY_AFTER_SECONDS });
      bodies = {
        ko: Buffer.from(JSON.stringify(localizeProblem(problem, 'ko'))),
        en: Buffer.from(JSON.stringify(localizeProblem(problem, 'en'))),
      };
      made.set(key, bodies);
    }
    return bodies;
  };
}

export interface LoadShedding {
  readonly middleware: (request: HttpRequest, response: HttpResponse, next: NextFunction) => void;
  /**
   * Starts sampling the event loop for this app: when its server starts listening, so that the
   * work of starting up (turn after turn of it) is not taken for a backlog of requests.
   */
  start(): void;
  /** Stops sampling the event loop for this app. */
  stop(): void;
}

export function shedLoad(limits: AdmissionLimits, monitor: LoopPressureMonitor = loopPressure(limits.maxQueueDelayMs)): LoadShedding {
  const { shed, inFlight: inFlightGauge, limit: limitGauge } = metrics();
  const bodies = answers(limits);
  const watchLoop = limits.maxQueueDelayMs > 0;
  let release: (() => void) | undefined;
  const start = () => {
    if (watchLoop && !release) release = monitor.acquire();
  };
  const stop = () => {
    release?.();
    release = undefined;
  };
  const concurrency =
    limits.maxInFlight > 0
      ? new ConcurrencyLimit(
          {
            minLimit: limits.minInFlight,
            maxLimit: limits.maxInFlight,
            targetMs: limits.latencyTargetMs,
            percentile: limits.latencyPercentile,
            windowMs: LIMIT_WINDOW_MS,
          },
          performance.now(),
        )
      : undefined;
  limitGauge.set(concurrency?.limit ?? 0);
  // Under a real backlog the loop takes a request every turn or so; three turns without one end the queue.
  const standing = new StandingQueue(limits.maxQueueDelayMs, 3);
  let inFlight = 0;
  const refuse = (request: HttpRequest, response: HttpResponse, reason: ShedReason) => {
    shed.inc({ reason });
    const language = languageOf(request);
    const body = bodies(reason, concurrency?.limit ?? 0)[language];
    response.writeHead(503, {
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Content-Length': body.length,
      'Content-Language': language,
      Vary: 'Accept-Language',
      'Retry-After': String(RETRY_AFTER_SECONDS),
    });
    response.end(body);
  };
  const middleware = (request: HttpRequest, response: HttpResponse, next: NextFunction): void => {
    if (NEVER_SHED.has(request.path) || isWebAppFile(request)) return next();
    const reading = release ? monitor.read() : CALM;
    const now = performance.now();
    const reason = shedReason(limits, inFlight, concurrency?.limit ?? 0, reading, standing.lastedMs(now, reading.turn));
    standing.read(now, reading.turn, reading.delayMs);
    if (reason !== undefined) return refuse(request, response, reason);
    // The request's latency counts from when it reached the loop's backlog, not from when it was read.
    const arrived = now - reading.delayMs;
    inFlight++;
    inFlightGauge.inc();
    concurrency?.admitted(inFlight);
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      inFlight--;
      inFlightGauge.dec();
      if (concurrency) {
        const now = performance.now();
        concurrency.answered(now, now - arrived, inFlight);
        limitGauge.set(concurrency.limit);
      }
    };
    response.once('finish', finished);
    response.once('close', finished);
    setImmediate(next);
  };
  return { middleware, start, stop };
}
