/**
 * Load shedding at the door: a request the API cannot answer quickly is answered 503
 * `SERVER.OVERLOADED` with `Retry-After` at once — before routing, authentication, body parsing
 * or any other work, from a body prepared in advance in both languages — so a refusal costs
 * almost nothing and the requests taken keep their latency. Health and metrics are never shed.
 * Every shed request is counted in `/metrics` by reason.
 */
import { Counter, Gauge, register } from 'prom-client';
import type { Language } from '@gongron/domain';
import type { HttpRequest, HttpResponse, NextFunction } from '../http-types.js';
import { problemBody } from '../problem/api-problem.js';
import { languageOf, localizeProblem } from '../problem/localize.js';
import { RETRY_AFTER_SECONDS } from '../problem/problem.filter.js';
import { type AdmissionLimits, SHED_REASONS, type ShedReason, shedReason } from './admission.js';
import { type LoopPressureMonitor, loopPressure } from './loop-pressure.js';

/** Routes an operator needs most when the API is overloaded. */
const NEVER_SHED = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

const CALM = { delayMs: 0, utilization: 0 };

export const SHED_METRIC = 'gongron_http_shed_total';
export const IN_FLIGHT_METRIC = 'gongron_http_requests_in_flight';

function metrics(): { shed: Counter<'reason'>; inFlight: Gauge } {
  const shed =
    (register.getSingleMetric(SHED_METRIC) as Counter<'reason'> | undefined) ??
    new Counter({ name: SHED_METRIC, help: 'Requests answered 503 SERVER.OVERLOADED at once, by reason (in-flight limit or event-loop queueing delay)', labelNames: ['reason'] });
  for (const reason of SHED_REASONS) shed.inc({ reason }, 0);
  const inFlight =
    (register.getSingleMetric(IN_FLIGHT_METRIC) as Gauge | undefined) ??
    new Gauge({ name: IN_FLIGHT_METRIC, help: 'Requests being handled now (health and metrics not counted)' });
  return { shed, inFlight };
}

function detailOf(reason: ShedReason, limits: AdmissionLimits): string {
  return reason === 'in-flight'
    ? `The server is handling its limit of ${limits.maxInFlight} requests at once; try again in ${RETRY_AFTER_SECONDS} s.`
    : `Requests are waiting longer than ${limits.maxQueueDelayMs} ms before the server can start them; try again in ${RETRY_AFTER_SECONDS} s.`;
}

type Answers = Record<ShedReason, Record<Language, Buffer>>;

/** The refusal bodies, localised from the catalogue once, at start. */
function answers(limits: AdmissionLimits): Answers {
  const of = (reason: ShedReason) => {
    const problem = problemBody(503, 'SERVER.OVERLOADED', detailOf(reason, limits), { reason, retryAfter: RETRY_AFTER_SECONDS });
    return { ko: Buffer.from(JSON.stringify(localizeProblem(problem, 'ko'))), en: Buffer.from(JSON.stringify(localizeProblem(problem, 'en'))) };
  };
  return { 'in-flight': of('in-flight'), 'queue-delay': of('queue-delay') };
}

export interface LoadShedding {
  readonly middleware: (request: HttpRequest, response: HttpResponse, next: NextFunction) => void;
  /** Stops sampling the event loop for this app. */
  stop(): void;
}

export function shedLoad(limits: AdmissionLimits, monitor: LoopPressureMonitor = loopPressure): LoadShedding {
  const { shed, inFlight: inFlightGauge } = metrics();
  const bodies = answers(limits);
  const stop = limits.maxQueueDelayMs > 0 ? monitor.acquire() : () => undefined;
  let inFlight = 0;
  const refuse = (request: HttpRequest, response: HttpResponse, reason: ShedReason) => {
    shed.inc({ reason });
    const language = languageOf(request);
    const body = bodies[reason][language];
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
    if (NEVER_SHED.has(request.path)) return next();
    const reason = shedReason(limits, inFlight, limits.maxQueueDelayMs > 0 ? monitor.read() : CALM);
    if (reason !== undefined) return refuse(request, response, reason);
    inFlight++;
    inFlightGauge.inc();
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      inFlight--;
      inFlightGauge.dec();
    };
    response.once('finish', release);
    response.once('close', release);
    next();
  };
  return { middleware, stop };
}
