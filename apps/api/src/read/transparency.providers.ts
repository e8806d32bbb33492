/** The log's checkpoints in the API: the signer from the configuration, signing on its schedule while the server runs. */
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type Provider } from '@nestjs/common';
import {
  GONGRON_CONFIG,
  type GongronConfig,
  LogCheckpoints,
  loadLogSigningKey,
  SQL_DATABASE,
  type SqlDatabase,
  WitnessRegistry,
} from '@gongron/application';
import { EVENT_STORE, type EventStore } from '@gongron/event-store';

@Injectable()
export class CheckpointSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Checkpoints');

  constructor(
    @Inject(LogCheckpoints) private readonly checkpoints: LogCheckpoints,
    @Inject(GONGRON_CONFIG) private readonly config: GongronConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.checkpoints.schedule(this.config.transparency.checkpointIntervalSeconds, (error) =>
      this.logger.warn(`a scheduled checkpoint was not signed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  onModuleDestroy(): void {
    this.checkpoints.stop();
  }
}

export const transparencyProviders: Provider[] = [
  { provide: WitnessRegistry, inject: [EVENT_STORE], useFactory: (store: EventStore) => new WitnessRegistry(store) },
  {
    provide: LogCheckpoints,
    inject: [GONGRON_CONFIG, EVENT_STORE, SQL_DATABASE, WitnessRegistry],
    useFactory: (config: GongronConfig, store: EventStore, sql: SqlDatabase, witnesses: WitnessRegistry) =>
      new LogCheckpoints(store, sql, loadLogSigningKey(config.transparency), undefined, witnesses),
  },
  CheckpointSchedule,
];
