/** The worker's own small HTTP surface: liveness with what it runs, and Prometheus metrics. */
import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { OPENED_STORES, type OpenedStores } from '@gongron/application';
import { register } from 'prom-client';
import { WorkerRuntime } from './worker.runtime.js';

interface PlainResponse {
  status(code: number): PlainResponse;
  json(body: unknown): void;
}

@Controller()
export class WorkerController {
  constructor(
    @Inject(WorkerRuntime) private readonly runtime: WorkerRuntime,
    @Inject(OPENED_STORES) private readonly stores: OpenedStores,
  ) {}

  @Get('health')
  async health(@Res() response: PlainResponse): Promise<void> {
    try {
      await this.stores.store.ping();
      response.status(200).json({
        status: 'ok',
        projections: await this.runtime.engine.status(),
        relay: this.runtime.relay ? await this.runtime.relay.status() : 'off',
      });
    } catch (error) {
      response.status(503).json({ status: 'error', store: error instanceof Error ? error.message : String(error) });
    }
  }

  @Get('metrics')
  @Header('Content-Type', register.contentType)
  metrics(): Promise<string> {
    return register.metrics();
  }
}
