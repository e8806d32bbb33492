/**
 * `npm run worker`: projections, process managers and the Kafka relay as their own process, for
 * server deployments where the API replicas run with GONGRON_RUN_PROJECTIONS=false,
 * GONGRON_RUN_PROCESS_MANAGERS=false and GONGRON_RUN_RELAY=false. WORKER_PORT (default 3001)
 * serves /health and /metrics.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { collectDefaultMetrics } from 'prom-client';
import { ConfigError, loadConfig, type GongronConfig } from '@gongron/application';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  let config: GongronConfig;
  try {
    config = loadConfig({
      ...process.env,
      GONGRON_RUN_PROJECTIONS: 'true',
      GONGRON_RUN_RELAY: 'true',
      GONGRON_RUN_PROCESS_MANAGERS: 'true',
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const portRaw = process.env.WORKER_PORT ?? '3001';
  if (!/^\d+$/.test(portRaw) || Number(portRaw) > 65535) {
    process.stderr.write(`Invalid configuration:\n  - WORKER_PORT=${portRaw}: expected a whole number from 0 to 65535\n`);
    process.exit(1);
  }
  // CPU, memory, event-loop lag and GC of the worker, beside its projection and relay metrics.
  collectDefaultMetrics();
  const app = await NestFactory.create(WorkerModule.forRoot(config), { logger: ['log', 'warn', 'error', 'fatal'] });
  app.enableShutdownHooks();
  await app.listen(Number(portRaw), config.host);
  const address = app.getHttpServer().address() as { port: number } | string | null;
  const port = typeof address === 'object' && address ? address.port : portRaw;
  process.stdout.write(`Gongron worker running (store: ${config.store}); health and metrics on http://${config.host}:${port}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Gongron worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
