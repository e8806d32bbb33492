/**
 * What the worker runs, beside the process managers that the ApplicationModule starts: every
 * projection (live, from its own checkpoint) and, when brokers are configured, the Kafka relay.
 * Each reads the log by global position and keeps its own checkpoint, so any number of API
 * replicas can append while one worker follows.
 */
import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  createConfiguredRelay,
  createReadModelEngine,
  GONGRON_CONFIG,
  type GongronConfig,
  OPENED_STORES,
  type OpenedStores,
  SQL_DATABASE,
  type SqlDatabase,
  startReadModels,
} from '@gongron/application';
import type { KafkaRelay } from '@gongron/messaging';
import type { ProjectionEngine } from '@gongron/projections';
import { pino } from 'pino';

@Injectable()
export class WorkerRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Worker');
  readonly engine: ProjectionEngine;
  relay: KafkaRelay | undefined;

  constructor(
    @Inject(GONGRON_CONFIG) private readonly config: GongronConfig,
    @Inject(OPENED_STORES) private readonly stores: OpenedStores,
    @Inject(SQL_DATABASE) database: SqlDatabase,
  ) {
    this.engine = createReadModelEngine(stores.store, database, (message) => this.logger.error(message));
  }

  async onApplicationBootstrap(): Promise<void> {
    await startReadModels(this.engine, this.config, (message) => this.logger.log(message));
    const logger = pino({ level: this.config.logLevel, base: { service: 'gongron-worker', component: 'kafka-relay' } });
    this.relay = createConfiguredRelay(this.config, this.stores, logger, `${this.config.kafkaClientId}-worker`);
    if (this.relay) {
      await this.relay.start();
      this.logger.log(`Kafka relay running: ${this.config.kafkaBrokers.join(',')}`);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    await this.engine.stop();
  }
}
