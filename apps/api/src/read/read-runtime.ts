/**
 * The projection engine of this process: prepared at start (tables, views, checkpoints), running
 * live when the configuration says so, stopped before the connections close.
 */
import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  createReadModelEngine,
  GONGRON_CONFIG,
  type GongronConfig,
  SQL_DATABASE,
  type SqlDatabase,
  startReadModels,
} from '@gongron/application';
import { EVENT_STORE, type EventStore } from '@gongron/event-store';
import { ProjectionEngine, StateSnapshots } from '@gongron/projections';

const projectionsLogger = new Logger('Projections');

export const PROJECTION_ENGINE = Symbol.for('gongron.ProjectionEngine');
export const STATE_SNAPSHOTS = Symbol.for('gongron.StateSnapshots');

@Injectable()
export class ReadRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projections');
  /** Rebuilds started from the admin route, by projection name. */
  readonly rebuilding = new Map<string, Promise<unknown>>();

  constructor(
    @Inject(PROJECTION_ENGINE) readonly engine: ProjectionEngine,
    @Inject(GONGRON_CONFIG) private readonly config: GongronConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await startReadModels(this.engine, this.config, (message) => this.logger.log(message));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.engine.stop();
    await Promise.allSettled([...this.rebuilding.values()]);
  }
}

export const readRuntimeProviders = [
  {
    provide: PROJECTION_ENGINE,
    useFactory: (store: EventStore, database: SqlDatabase) =>
      createReadModelEngine(store, database, (message) => projectionsLogger.error(message)),
    inject: [EVENT_STORE, SQL_DATABASE],
  },
  { provide: STATE_SNAPSHOTS, useValue: new StateSnapshots() },
  ReadRuntime,
];
