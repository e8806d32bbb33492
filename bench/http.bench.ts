/**
 * Commands over HTTP on the embedded default: the API in its own process (SQLite temp file),
 * autocannon at a fixed rate of 300 requests/s recording opinions across many items
 * (`POST /agenda-items/{id}/opinions`, each with its district secretary's token).
 * Reports the achieved rate, p50 and p99 latency, and every non-2xx answer.
 *
 * Env: BENCH_HTTP_SECONDS (default 20), BENCH_HTTP_RATE (300), BENCH_HTTP_ITEMS (default 300 × BENCH_SCALE),
 * BENCH_HTTP_API_NODE_ARGS (node flags for the API process, to find where its time goes, e.g.
 * "--cpu-prof --cpu-prof-dir=/tmp/api-profile" or "--trace-gc").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
    started = await startNode<Ready>(server, { ...process.env, BENCH_API_DATA_DIR: dir, BENCH_API_ITEMS: String(itemCount) }, 120_000, nodeArgs);
    const { port, items } = started.ready;
    console.log(`http: ${rate} requests/s for ${duration} s, opinions across ${items.length} items, API pid ${started.child.pid}`);
    const gen = new CommandGenerator(300);
    let next = 0;
    const fire = (seconds: number, requestRate: number) =>
      autocannon({
        url: `http://127.0.0.1:${port}`,
        connections: 32,
        overallRate: requestRate,
        duration: seconds,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const item = items[next++ % items.length]!;
              return {
                ...request,
                path: `/agenda-items/${item.itemId}/opinions`,
                headers: { 'content-type': 'application/json', authorization: `Bearer ${item.token}` },
                body: JSON.stringify(gen.opinionBody()),
              };
            },
          },
        ],
      });
    await fire(3, Math.min(rate, 100)); // warm-up: JIT, SQLite pages, state cache
    const result = await fire(duration, rate);
    const mem = memoryOf(started.child.pid!);
    const ok = result['2xx'];
    const extra = { requests: result.requests.total, ok, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, seconds: duration };
    recorder.add({ id: 'http.opinions.rate', label: `achieved rate at ${rate} requests/s offered`, unit: 'req/s', value: ok / duration, higherIsBetter: true, extra });
    recorder.add({ id: 'http.opinions.p50', label: `p50 latency at ${rate} requests/s`, unit: 'ms', value: result.latency.p50, higherIsBetter: false });
    recorder.add({ id: 'http.opinions.p99', label: `p99 latency at ${rate} requests/s`, unit: 'ms', value: result.latency.p99, higherIsBetter: false });
    recorder.add({ id: 'http.opinions.non2xx', label: 'non-2xx answers and errors', unit: 'count', value: result.non2xx + result.errors + result.timeouts, higherIsBetter: false, extra });
    if (mem) recorder.add({ id: 'http.api.rss', label: 'API resident memory after the run', unit: 'MB', value: mem.rssMb, higherIsBetter: false, extra: { peakMb: Math.round(mem.peakMb) } });
    if (result.non2xx > 0) recorder.note(`${result.non2xx} requests were answered with a non-2xx status; latency includes them.`);
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
