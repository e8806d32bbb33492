/**
 * The API under load, in its own process so the load generator never shares its event loop:
 * starts `createApp` on port 0 over a temporary SQLite file, issues one civic-council secretary
 * token per district, proposes items and opens their deliberation through the command path,
 * then prints one JSON line `{ port, pid, items: [{ itemId, token }] }` and serves until killed.
 *
 * Env: BENCH_API_DATA_DIR (required), BENCH_API_ITEMS (default 300).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createHistogram, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { loadConfig, AccessTokenService, CommandService, untypedCommand } from '@gongron/application';
import { createApp } from '../../apps/api/src/app.js';
import { CommandGenerator } from './commands.js';
import { DISTRICTS } from './province.js';

async function main(): Promise<void> {
  const dataDir = process.env.BENCH_API_DATA_DIR;
  if (!dataDir) throw new Error('BENCH_API_DATA_DIR is required: the folder for the temporary SQLite file');
  const itemCount = Number(process.env.BENCH_API_ITEMS ?? '300');
  if (!Number.isInteger(itemCount) || itemCount < 1)
    throw new Error(`BENCH_API_ITEMS=${process.env.BENCH_API_ITEMS}: expected a whole number ≥ 1`);
  // The benchmark measures the command path from one address with one token: the rate limits
  // (which an installation keeps) are off here, or they would be what is measured.
  const config = loadConfig({
    RATE_LIMIT_PER_ADDRESS: '0',
    RATE_LIMIT_PER_TOKEN: '0',
    ...process.env,
    GONGRON_STORE: 'sqlite',
    GONGRON_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };

  const tokens = app.get(AccessTokenService);
  const commands = app.get(CommandService);
  const tokenOf = new Map<string, string>();
  for (const d of DISTRICTS) {
    const issued = await tokens.create({ role: 'secretary', district: d.code, body: 'civic-council', name: `${d.name} 간사` });
    tokenOf.set(d.code, issued.token);
  }
  const gen = new CommandGenerator(99);
  const items: { itemId: string; token: string }[] = [];
  for (let i = 0; i < itemCount; i++) {
    const district = gen.district(i);
    const itemId = gen.newItemId();
    await commands.execute(untypedCommand(gen.propose(itemId, district)));
    await commands.execute(untypedCommand(gen.openDeliberation(itemId, district)));
    items.push({ itemId, token: tokenOf.get(district.code)! });
  }
  // Measured inside the API from here on (after seeding): how long each request took from its
  // arrival to its last byte, and how late the event loop ran. Reported on stderr at the stop,
  // beside the load generator's own numbers, to tell queueing in the API from the machine's.
  const serverTime = createHistogram();
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  const gcPauses = createHistogram();
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcPauses.record(Math.max(1, Math.round(entry.duration * 1000)));
  });
  gc.observe({ entryTypes: ['gc'] });
  (app.getHttpServer() as Server).on('request', (_request: IncomingMessage, response: ServerResponse) => {
    const started = process.hrtime.bigint();
    response.once('finish', () => serverTime.record(Math.max(1, Number((process.hrtime.bigint() - started) / 1000n))));
  });
  process.stdout.write(`${JSON.stringify({ port: address.port, pid: process.pid, items })}\n`);
  const stop = () => {
    loopDelay.disable();
    gc.disconnect();
    const ms = (h: { percentile(p: number): number; max: number }, unit: number) =>
      `p50 ${(h.percentile(50) / unit).toFixed(1)} ms, p99 ${(h.percentile(99) / unit).toFixed(1)} ms, max ${(h.max / unit).toFixed(1)} ms`;
    process.stderr.write(
      `api: ${serverTime.count} requests inside the API: ${ms(serverTime, 1000)}; event-loop delay ${ms(loopDelay, 1e6)}; ${gcPauses.count} GC pauses ${ms(gcPauses, 1000)}\n`,
    );
    void app.close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
