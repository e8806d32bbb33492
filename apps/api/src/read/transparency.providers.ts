/** The log's checkpoints in the API: the signer from the configuration, signing on its schedule while the server runs. */
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type Provider } from '@nestjs/common';
import { GONGRON_CONFIG, type GongronConfig, LogCheckpoints, loadLogSigningKey, SQL_DATABASE, type SqlDatabase } from '@gongron/application';
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
  {
    provide: LogCheckpoints,
    inject: [GONGRON_CONFIG, EVENT_STORE, SQL_DATABASE],
    useFactory: (config: GongronConfig, store: EventStore, sql: SqlDatabase) => new LogCheckpoints(store, sql, loadLogSigningKey(config.transparency)),
  },
  CheckpointSchedule,
];
