/**
 * The worker process: the ApplicationModule with its process managers (and so the retention
 * sweep, which runs where they run), the projections and the relay.
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { ApplicationModule, type GongronConfig } from '@gongron/application';
import { WorkerController } from './worker.controller.js';
import { WorkerRuntime } from './worker.runtime.js';

@Module({})
export class WorkerModule {
  /** `clock`: where the business clock reads the time (default: the system clock). */
  static forRoot(config: GongronConfig, clock?: () => Date): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ApplicationModule.forRoot(config, { runProcessManagers: true, ...(clock ? { clock } : {}) })],
      controllers: [WorkerController],
      providers: [WorkerRuntime],
    };
  }
}
