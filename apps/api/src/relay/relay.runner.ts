/**
 * The Kafka relay in the API process (embedded mode): runs when brokers are configured and
 * GONGRON_RUN_RELAY is not false; publishes from the log with its own checkpoint.
 */
import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { createConfiguredRelay, GONGRON_CONFIG, type GongronConfig, OPENED_STORES, type OpenedStores } from '@gongron/application';
import type { KafkaRelay } from '@gongron/messaging';
import { AppLogger } from '../logging/app-logger.js';

@Injectable()
export class RelayRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  /** The relay when this process runs it (readiness reports its lag). */
  relay: KafkaRelay | undefined;

  constructor(
    @Inject(GONGRON_CONFIG) private readonly config: GongronConfig,
    @Inject(OPENED_STORES) private readonly stores: OpenedStores,
    @Inject(AppLogger) private readonly logger: AppLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.relay = createConfiguredRelay(this.config, this.stores, this.logger.pino.child({ component: 'kafka-relay' }));
    await this.relay?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
  }
}
