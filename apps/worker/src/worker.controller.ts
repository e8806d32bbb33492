/**
 * The worker's own small HTTP surface: liveness, readiness (the log, the SQL database, the Kafka
 * relay's lag, no stalled projection) with what it runs, and Prometheus metrics. `/health` is the readiness check.
 */
import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import {
  checkReadiness,
  GONGRON_CONFIG,
  type GongronConfig,
  OPENED_STORES,
  type OpenedStores,
  SQL_DATABASE,
  type SqlDatabase,
} from '@gongron/application';
import { register } from 'prom-client';
import { WorkerRuntime } from './worker.runtime.js';

interface PlainResponse {
  status(code: number): PlainResponse;
  setHeader(name: string, value: string): void;
  json(body: unknown): void;
}

@Controller()
export class WorkerController {
  constructor(
    @Inject(WorkerRuntime) private readonly runtime: WorkerRuntime,
    @Inject(OPENED_STORES) private readonly stores: OpenedStores,
    @Inject(SQL_DATABASE) private readonly sql: SqlDatabase,
    @Inject(GONGRON_CONFIG) private readonly config: GongronConfig,
  ) {}

  @Get('health/live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get(['health', 'health/ready'])
  async health(@Res() response: PlainResponse): Promise<void> {
    const readiness = await checkReadiness({
      store: this.stores.store,
      sql: this.sql,
      relay: this.runtime.relay,
      maxRelayLag: this.config.readyMaxRelayLag,
      projections: this.runtime.engine,
      maxStallMs: this.config.readyMaxStallMs,
    });
    if (readiness.status !== 'ok') {
      response.setHeader('Retry-After', '1');
      response.status(503).json({ status: 'unavailable', checks: readiness.checks });
      return;
    }
    try {
      response.status(200).json({
        status: 'ok',
        checks: readiness.checks,
        projections: await this.runtime.engine.status(),
        relay: this.runtime.relay ? await this.runtime.relay.status() : 'off',
      });
    } catch (error) {
      response.setHeader('Retry-After', '1');
      response.status(503).json({ status: 'unavailable', message: error instanceof Error ? error.message : String(error) });
    }
  }

  @Get('metrics')
  @Header('Content-Type', register.contentType)
  metrics(): Promise<string> {
    return register.metrics();
  }
}
