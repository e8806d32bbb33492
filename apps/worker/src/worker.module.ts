/** The worker process: the ApplicationModule with its process managers, the projections and the relay. */
import { type DynamicModule, Module } from '@nestjs/common';
import { ApplicationModule, type GongronConfig } from '@gongron/application';
import { WorkerController } from './worker.controller.js';
import { WorkerRuntime } from './worker.runtime.js';

@Module({})
export class WorkerModule {
  static forRoot(config: GongronConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ApplicationModule.forRoot(config, { runProcessManagers: true })],
      controllers: [WorkerController],
      providers: [WorkerRuntime],
    };
  }
}

