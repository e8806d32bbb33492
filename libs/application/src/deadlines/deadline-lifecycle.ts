/**
 * Runs the deadline scheduler wherever the process managers run (the API in the embedded default,
 * the worker in server deployments), and stops it before the connections close.
 */
import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { GongronConfig } from '../config.js';
import type { CommandService } from '../commands/command.service.js';
import type { OpenedStores } from '../stores.js';
import type { BusinessClock } from '../time/business-clock.js';
import { DeadlineScheduler } from './deadline-scheduler.js';
import { deadlinePolicyOf } from './deadline-settings.js';

export function createDeadlineScheduler(
  config: GongronConfig,
  stores: OpenedStores,
  commands: CommandService,
  clock: BusinessClock,
): DeadlineScheduler {
  const logger = new Logger('Deadlines');
  return new DeadlineScheduler(stores.store, commands, clock, {
    policy: deadlinePolicyOf(config.deadlines),
    checkEveryMs: config.deadlines.checkEveryMs,
    log: {
      info: (message, fields) => logger.log({ msg: message, ...fields }),
      error: (message, fields) => logger.error({ msg: message, ...fields }),
    },
  });
}

@Injectable()
export class DeadlineLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Deadlines');

  constructor(
    @Inject(DeadlineScheduler) private readonly scheduler: DeadlineScheduler,
    @Inject('GONGRON_RUN_PROCESS_MANAGERS') private readonly run: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.run) return;
    await this.scheduler.start();
    this.logger.log('deadline scheduler running');
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.scheduler.stop();
  }
}
