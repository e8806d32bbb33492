/**
 * Commands over HTTP on the embedded default: the API in its own process (SQLite temp file),
 * recording opinions across many items (`POST /agenda-items/{id}/opinions`, each with its
 * district secretary's token) at a fixed rate of 300 requests/s.
 *
 * The load is open-loop: request i is due at start + i/rate whatever the answers before it
 * did, and its latency runs from that due time to the end of its response. A server that falls
 * behind is charged for the whole wait, including time a request spent queued in the client
 * (no coordinated omission). The achieved rate counts 2xx answers that arrived within the window.
 *
 * The same load is then offered by autocannon (`overallRate`) for comparison with earlier runs.
 * Its rate limit is not a fixed arrival rate: each connection sends its share of the second
 * back to back and then waits for the next second, so the 300 requests come as one burst of
 * 32 concurrent requests at the start of every second. Its latency percentiles are corrected
 * with an expected interval of ceil(1 / rate) = 1 ms, which adds a synthetic sample for every
 * millisecond of every response (a 600 ms answer counts as 600 samples); the numbers are
 * reported as autocannon gives them, under their own ids.
 *
 * Then the sustainable rate: the same open loop in steps of BENCH_HTTP_SEARCH_SECONDS (default 5),
 * from BENCH_HTTP_SEARCH_FROM requests/s (default 100) up by a quarter each step, until a step
 * has a p99 above 25 ms or any answer that is not 2xx (a shed request included); the last step
 * that had neither is the sustainable rate. Then the open loop at twice that rate
 * (BENCH_HTTP_OVERLOAD_RATE pins it): the API sheds what it cannot take (503 with Retry-After at
 * once) and the p99 of the accepted requests, the share shed and the time-outs are reported.
 *
 * Env: BENCH_HTTP_SECONDS (default 20), BENCH_HTTP_RATE (300), BENCH_HTTP_ONLY=overload (only the
 * search and the run at twice the sustainable rate: no fixed-rate step, no autocannon), BENCH_HTTP_ITEMS (default 300 × BENCH_SCALE),
 * BENCH_HTTP_API_NODE_ARGS (node flags for the API process, to find where its time goes, e.g.
 * "--cpu-prof --cpu-prof-dir=/tmp/api-profile").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createHistogram } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { CommandGenerator } from './support/commands.js';
import { benchScale, seconds, sized } from './support/env.js';
import { memoryOf, startNode, stop } from './support/processes.js';
import { ResultRecorder } from './support/results.js';

interface Ready {
  readonly port: number;
  readonly pid: number;
  readonly items: readonly { readonly itemId: string; readonly token: string }[];
}

interface PlannedRequest {
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

interface OpenLoopResult {
  readonly sent: number;
  readonly ok: number;
  /** 2xx answers that arrived before the sending window closed. */
  readonly okInWindow: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  /** Latency of the accepted (2xx) answers alone. */
  readonly acceptedP50: number;
  readonly acceptedP99: number;
  readonly acceptedMax: number;
  /** 503 answers (load shed or store unavailable) and how fast they came. */
  readonly shed: number;
  readonly shedP50: number;
  readonly shedP99: number;
  /** 503 answers without a Retry-After header (a shed request must always carry one). */
  readonly shedWithoutRetryAfter: number;
  /** How late the load generator handed requests to a socket after their due time, ms: its own queueing. */
  readonly sendLagP50: number;
  readonly sendLagP99: number;
  /** The machine's 1-minute load average when the step began and when it ended. */
  readonly loadAverage: readonly [number, number];
  /** Most requests the client had in flight at once. */
  readonly peakInFlight: number;
  /** Failures by status code or error code. */
  readonly failures: Record<string, number>;
}

const TIMEOUT_MS = 10_000;

/** Sends `rate` requests a second for `seconds`, each at its due time, and waits for every answer. */
function openLoop(port: number, rate: number, seconds: number, next: () => PlannedRequest): Promise<OpenLoopResult> {
  // Enough sockets that a slow answer never holds back the next due request on this side.
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const latencyUs = createHistogram();
  const acceptedUs = createHistogram();
  const shedUs = createHistogram();
  const sendLagUs = createHistogram();
  let shed = 0;
  let shedWithoutRetryAfter = 0;
  const loadAtStart = loadavg()[0]!;
  const total = Math.round(rate * seconds);
  const intervalMs = 1000 / rate;
  let sent = 0;
  let ok = 0;
  let okInWindow = 0;
  let non2xx = 0;
  let errors = 0;
  let timeouts = 0;
  let inFlight = 0;
  let peakInFlight = 0;
  const failures: Record<string, number> = {};
  const start = performance.now();
  const windowEnd = start + seconds * 1000;

  return new Promise((resolve) => {
    const finishIfDone = () => {
      if (sent < total || inFlight > 0) return;
      agent.destroy();
      const ms = (p: number) => latencyUs.percentile(p) / 1000;
      const of = (histogram: typeof latencyUs, p: number) => (histogram.count > 0 ? histogram.percentile(p) / 1000 : 0);
      resolve({
        sent,
        ok,
        okInWindow,
        non2xx,
        errors,
        timeouts,
        p50: ms(50),
        p90: ms(90),
        p99: ms(99),
        max: latencyUs.max / 1000,
        acceptedP50: of(acceptedUs, 50),
        acceptedP99: of(acceptedUs, 99),
        acceptedMax: acceptedUs.count > 0 ? acceptedUs.max / 1000 : 0,
        shed,
        shedP50: of(shedUs, 50),
        shedP99: of(shedUs, 99),
        shedWithoutRetryAfter,
        sendLagP50: of(sendLagUs, 50),
        sendLagP99: of(sendLagUs, 99),
        loadAverage: [loadAtStart, loadavg()[0]!],
        peakInFlight,
        failures,
      });
    };
    const send = (due: number) => {
      const planned = next();
      inFlight += 1;
      peakInFlight = Math.max(peakInFlight, inFlight);
      let settled = false;
      const settle = (outcome: 'ok' | 'non2xx' | 'error' | 'timeout', detail?: string) => {
        if (settled) return;
        settled = true;
        if (detail !== undefined) failures[detail] = (failures[detail] ?? 0) + 1;
        inFlight -= 1;
        const now = performance.now();
        const us = Math.max(1, Math.round((now - due) * 1000));
        latencyUs.record(us);
        if (outcome === 'ok') acceptedUs.record(us);
        if (detail === '503') {
          shed += 1;
          shedUs.record(us);
        }
        if (outcome === 'ok') {
          ok += 1;
          if (now <= windowEnd) okInWindow += 1;
        } else if (outcome === 'non2xx') non2xx += 1;
        else if (outcome === 'timeout') timeouts += 1;
        else errors += 1;
        finishIfDone();
      };
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: planned.path,
          agent,
          headers: { ...planned.headers, 'content-length': Buffer.byteLength(planned.body) },
          timeout: TIMEOUT_MS,
        },
        (res) => {
          res.resume();
          const status = res.statusCode ?? 0;
          if (status === 503 && !(Number(res.headers['retry-after']) > 0)) shedWithoutRetryAfter += 1;
          res.once('end', () => (status >= 200 && status < 300 ? settle('ok') : settle('non2xx', String(status))));
          res.once('error', (error: NodeJS.ErrnoException) => settle('error', error.code ?? error.message));
        },
      );
      // The request leaves the generator when the agent gives it a socket: any wait before is the generator's.
      req.once('socket', () => sendLagUs.record(Math.max(1, Math.round((performance.now() - due) * 1000))));
      req.once('timeout', () => {
        req.destroy();
        settle('timeout', 'timeout');
      });
      req.once('error', (error: NodeJS.ErrnoException) => settle('error', error.code ?? error.message));
      req.end(planned.body);
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * intervalMs <= now) {
        send(start + sent * intervalMs);
        sent += 1;
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * intervalMs - performance.now()));
      else finishIfDone();
    };
    tick();
  });
}

/** The aim for accepted requests, at the sustainable rate and at twice it. */
const P99_AIM_MS = 25;

interface SearchStep {
  readonly rate: number;
  readonly p99: number;
  readonly notOk: number;
}

/**
 * The highest rate the API answers with p99 within the aim and nothing but 2xx: up by a quarter
 * from `from` while steps pass, or down by half while the first ones fail (to 5 requests/s).
 */
async function sustainableRate(
  port: number,
  from: number,
  stepSeconds: number,
  plan: () => PlannedRequest,
): Promise<{ rate: number; steps: SearchStep[] }> {
  const steps: SearchStep[] = [];
  const passes = async (offered: number) => {
    const step = await openLoop(port, offered, stepSeconds, plan);
    const notOk = step.non2xx + step.errors + step.timeouts;
    steps.push({ rate: offered, p99: step.p99, notOk });
    console.log(
      `  search: ${offered} requests/s offered, p99 ${step.p99.toFixed(1)} ms, ${notOk} not 2xx (${step.shed} shed), generator sent late p99 ${step.sendLagP99.toFixed(1)} ms, load average ${step.loadAverage[1].toFixed(1)}${notOk > 0 ? ` ${JSON.stringify(step.failures)}` : ''}`,
    );
    await settle();
    return step.p99 <= P99_AIM_MS && notOk === 0;
  };
  let offered = from;
  while (offered > 5 && !(await passes(offered))) offered = Math.max(5, Math.round(offered / 2));
  if (offered <= 5 && steps.at(-1)?.rate !== offered && !(await passes(offered))) return { rate: 0, steps };
  let rate = offered;
  for (let next = Math.round(rate * 1.25); next <= 20_000 && (await passes(next)); next = Math.round(next * 1.25)) rate = next;
  return { rate, steps };
}

/** Lets the API finish what the last load left it (projections, process managers) before the next. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 3_000));

async function main(): Promise<void> {
  const scale = benchScale();
  const duration = seconds('BENCH_HTTP_SECONDS', 20);
  const rate = sized('BENCH_HTTP_RATE', 300, 1, { ...process.env, BENCH_SCALE: '1' });
  const itemCount = sized('BENCH_HTTP_ITEMS', 300, 31);
  const recorder = new ResultRecorder('http', scale);
  const dir = mkdtempSync(join(tmpdir(), 'gongron-bench-http-'));
  const server = join(dirname(fileURLToPath(import.meta.url)), 'support', 'api-server.js');
  let started: Awaited<ReturnType<typeof startNode<Ready>>> | undefined;
  try {
    const nodeArgs = (process.env.BENCH_HTTP_API_NODE_ARGS ?? '').split(/\s+/).filter((arg) => arg !== '');
    started = await startNode<Ready>(
      server,
      { ...process.env, BENCH_API_DATA_DIR: dir, BENCH_API_ITEMS: String(itemCount) },
      120_000,
      nodeArgs,
    );
    const { port, items } = started.ready;
    console.log(`http: ${rate} requests/s for ${duration} s, opinions across ${items.length} items, API pid ${started.child.pid}`);
    const gen = new CommandGenerator(300);
    let next = 0;
    const plan = (): PlannedRequest => {
      const item = items[next++ % items.length]!;
      return {
        path: `/agenda-items/${item.itemId}/opinions`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${item.token}` },
        body: JSON.stringify(gen.opinionBody()),
      };
    };

    const overloadOnly = process.env.BENCH_HTTP_ONLY === 'overload';
    await openLoop(port, Math.min(rate, 100), 3, plan); // warm-up: JIT, SQLite pages, state cache, token cache
    if (!overloadOnly) {
      const open = await openLoop(port, rate, duration, plan);
      const failures = open.non2xx + open.errors + open.timeouts;
      const extra = { ...open, seconds: duration, load: 'open loop: every request sent at its due time, latency from that time' };
      recorder.add({
        id: 'http.opinions.rate',
        label: `achieved rate at ${rate} requests/s offered (2xx within the window)`,
        unit: 'req/s',
        value: open.okInWindow / duration,
        higherIsBetter: true,
        extra,
      });
      recorder.add({
        id: 'http.opinions.p50',
        label: `p50 latency at ${rate} requests/s`,
        unit: 'ms',
        value: open.p50,
        higherIsBetter: false,
      });
      recorder.add({
        id: 'http.opinions.p99',
        label: `p99 latency at ${rate} requests/s`,
        unit: 'ms',
        value: open.p99,
        higherIsBetter: false,
      });
      recorder.add({
        id: 'http.opinions.max',
        label: `slowest answer at ${rate} requests/s`,
        unit: 'ms',
        value: open.max,
        higherIsBetter: false,
      });
      recorder.add({
        id: 'http.opinions.non2xx',
        label: 'non-2xx answers and errors',
        unit: 'count',
        value: failures,
        higherIsBetter: false,
        extra,
      });
      if (failures > 0)
        recorder.note(`${failures} requests were answered with a non-2xx status, failed or timed out; latency includes them.`);
    }

    // Overload: twice the sustainable rate. What the API cannot take fast is answered 503 with
    // Retry-After at once; the accepted requests must keep their latency.
    await settle();
    const search = await sustainableRate(
      port,
      sized('BENCH_HTTP_SEARCH_FROM', 100, 1, { ...process.env, BENCH_SCALE: '1' }),
      seconds('BENCH_HTTP_SEARCH_SECONDS', 5),
      plan,
    );
    recorder.add({
      id: 'http.sustainable.rate',
      label: `sustainable rate (p99 ≤ ${P99_AIM_MS} ms, every answer 2xx)`,
      unit: 'req/s',
      value: search.rate,
      higherIsBetter: true,
      extra: { steps: search.steps },
    });
    await settle();
    const overloadRate = sized('BENCH_HTTP_OVERLOAD_RATE', Math.max(1, search.rate) * 2, 1, { ...process.env, BENCH_SCALE: '1' });
    const over = await openLoop(port, overloadRate, duration, plan);
    const overExtra = { ...over, seconds: duration, offered: overloadRate, sustainable: search.rate };
    recorder.add({
      id: 'http.overload.rate',
      label: `overload: accepted rate at ${overloadRate} requests/s offered`,
      unit: 'req/s',
      value: over.okInWindow / duration,
      higherIsBetter: true,
      extra: overExtra,
    });
    recorder.add({
      id: 'http.overload.accepted.p50',
      label: `overload: p50 latency of accepted requests at ${overloadRate} requests/s`,
      unit: 'ms',
      value: over.acceptedP50,
      higherIsBetter: false,
    });
    recorder.add({
      id: 'http.overload.accepted.p99',
      label: `overload: p99 latency of accepted requests at ${overloadRate} requests/s`,
      unit: 'ms',
      value: over.acceptedP99,
      higherIsBetter: false,
    });
    recorder.add({
      id: 'http.overload.accepted.max',
      label: `overload: slowest accepted request at ${overloadRate} requests/s`,
      unit: 'ms',
      value: over.acceptedMax,
      higherIsBetter: false,
    });
    recorder.add({
      id: 'http.overload.accepted',
      label: `overload: accepted requests (2xx) of ${over.sent} sent`,
      unit: 'count',
      value: over.ok,
      higherIsBetter: true,
    });
    recorder.add({
      id: 'http.overload.shed',
      label: `overload: 503 answers (shed) at ${overloadRate} requests/s`,
      unit: 'count',
      value: over.shed,
      higherIsBetter: false,
      extra: overExtra,
    });
    recorder.add({
      id: 'http.overload.shed.share',
      label: `overload: share of the requests shed at ${overloadRate} requests/s`,
      unit: '%',
      value: over.sent > 0 ? (100 * over.shed) / over.sent : 0,
      higherIsBetter: false,
    });
    recorder.add({
      id: 'http.overload.shed.p99',
      label: `overload: p99 latency of the 503 answers`,
      unit: 'ms',
      value: over.shedP99,
      higherIsBetter: false,
    });
    recorder.add({
      id: 'http.overload.shed.no-retry-after',
      label: 'overload: 503 answers without Retry-After',
      unit: 'count',
      value: over.shedWithoutRetryAfter,
      higherIsBetter: false,
    });
    recorder.add({
      id: 'http.overload.send-lag.p99',
      label: 'overload: p99 of how late the load generator sent a request (its own queue)',
      unit: 'ms',
      value: over.sendLagP99,
      higherIsBetter: false,
    });
    recorder.add({
      id: 'http.overload.load-average',
      label: 'overload: the machine’s 1-minute load average at the end of the step',
      unit: 'load',
      value: over.loadAverage[1],
      higherIsBetter: false,
      extra: { atStart: over.loadAverage[0] },
    });
    recorder.add({
      id: 'http.overload.timeouts',
      label: `overload: requests that timed out (no answer in ${TIMEOUT_MS / 1000} s)`,
      unit: 'count',
      value: over.timeouts,
      higherIsBetter: false,
    });
    recorder.add({
      id: 'http.overload.failures',
      label: 'overload: errors and timeouts (neither 2xx nor 503)',
      unit: 'count',
      value: over.errors + over.timeouts + over.non2xx - over.shed,
      higherIsBetter: false,
      extra: overExtra,
    });

    if (!overloadOnly) {
      const cannon = await autocannon({
        url: `http://127.0.0.1:${port}`,
        connections: 32,
        overallRate: rate,
        duration,
        timeout: TIMEOUT_MS / 1000,
        requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, ...plan() }) }],
      });
      const cannonExtra = {
        requests: cannon.requests.total,
        ok: cannon['2xx'],
        non2xx: cannon.non2xx,
        errors: cannon.errors,
        timeouts: cannon.timeouts,
        max: cannon.latency.max,
      };
      recorder.add({
        id: 'http.autocannon.rate',
        label: `autocannon, bursts each second: achieved rate at ${rate} requests/s`,
        unit: 'req/s',
        value: cannon['2xx'] / duration,
        higherIsBetter: true,
        extra: cannonExtra,
      });
      recorder.add({
        id: 'http.autocannon.p50',
        label: 'autocannon, bursts each second: p50 latency (its 1 ms omission correction)',
        unit: 'ms',
        value: cannon.latency.p50,
        higherIsBetter: false,
      });
      recorder.add({
        id: 'http.autocannon.p99',
        label: 'autocannon, bursts each second: p99 latency (its 1 ms omission correction)',
        unit: 'ms',
        value: cannon.latency.p99,
        higherIsBetter: false,
      });
    }

    const mem = memoryOf(started.child.pid!);
    if (mem)
      recorder.add({
        id: 'http.api.rss',
        label: 'API resident memory after the run',
        unit: 'MB',
        value: mem.rssMb,
        higherIsBetter: false,
        extra: { peakMb: Math.round(mem.peakMb) },
      });
  } finally {
    if (started) await stop(started.child);
    rmSync(dir, { recursive: true, force: true });
  }
  recorder.finish();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
