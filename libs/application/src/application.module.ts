/**
 * The module every app imports: configuration, the log, the SQL database, the one command path
 * (CommandService), access tokens, idempotency records and the process managers' runner.
 * It owns the connections and closes them last, after every reader has stopped.
 */
import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common';
import { schoolCatalog } from '@gongron/domain';
import { CHECKPOINT_STORE, EVENT_STORE } from '@gongron/event-store';
import { AccessTokenService } from './access/access-token.service.js';
import { CommandService } from './commands/command.service.js';
import { StateCache } from './commands/state-cache.js';
import { GONGRON_CONFIG, type GongronConfig } from './config.js';
import { buildEventTypeRegistry, domainCatalog, domainPreconditions, domainProcessManagers } from './domain-catalog.js';
import { IdempotencyStore } from './idempotency/idempotency.store.js';
import { ParkedReactions, registerProcessManagerMetrics } from './process-managers/parked-reactions.js';
import { ProcessManagerRunner } from './process-managers/process-manager.runner.js';
import type { SqlDatabase } from './sql-database.js';
import { BusinessClock } from './time/business-clock.js';
import { DeadlineLifecycle, createDeadlineScheduler } from './deadlines/deadline-lifecycle.js';
import { DeadlineScheduler } from './deadlines/deadline-scheduler.js';
import { OPENED_STORES, type OpenedStores, openConfiguredSqlDatabase, openStores, SQL_DATABASE } from './stores.js';
import { RetentionSweep } from './privacy/retention-sweep.js';
import { ATTACHMENT_STORE, type AttachmentStore } from './attachments/attachment-store.js';
import { meetingPreconditions } from './commands/meeting-facts.js';
import { minutesPreconditions } from './commands/minutes-attachments.js';
import { districtEvaluationPreconditions } from './commands/evaluation-facts.js';
import { schoolCallPreconditions } from './commands/school-call-facts.js';
import { openAttachmentStore } from './attachments/open-attachment-store.js';
import type { StoredAttachments } from './attachments/stored-attachments.js';

export interface ApplicationModuleOptions {
  /** Run the process managers in this process (default: config.runProcessManagers). */
  readonly runProcessManagers?: boolean;
  /** Where the business clock reads the time (default: the system clock). */
  readonly clock?: () => Date;
}

@Injectable()
export class ApplicationLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Application');

  constructor(
    @Inject(OPENED_STORES) private readonly stores: OpenedStores,
    @Inject(SQL_DATABASE) private readonly sql: SqlDatabase,
    @Inject(AccessTokenService) private readonly tokens: AccessTokenService,
    @Inject(IdempotencyStore) private readonly idempotency: IdempotencyStore,
    @Inject(ParkedReactions) private readonly parked: ParkedReactions,
    @Inject(ProcessManagerRunner) private readonly runner: ProcessManagerRunner,
    @Inject('GONGRON_RUN_PROCESS_MANAGERS') private readonly runProcessManagers: boolean,
    @Inject(ATTACHMENT_STORE) private readonly attachments: StoredAttachments,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.tokens.ensureSchema();
    await this.attachments.ensureSchema();
    await this.idempotency.ensureSchema();
    await this.parked.ensureSchema();
    if (this.runProcessManagers) {
      await this.runner.start();
      this.logger.log('process managers running');
    }
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.logger.log(`shutting down${signal ? ` on ${signal}` : ''}: stopping the process managers`);
    await this.runner.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.sql.close().catch((error: unknown) => this.logger.error(`closing the SQL database failed: ${String(error)}`));
    await this.stores.close().catch((error: unknown) => this.logger.error(`closing the event store failed: ${String(error)}`));
    this.logger.log('databases closed');
  }
}

/** The connections: the log (its appends on a thread of their own), the SQL database and the attachments. */
function storageProviders(config: GongronConfig): Provider[] {
  return [
    // The servers write SQLite appends on a thread of their own: a slow fsync never stalls the event loop.
    { provide: OPENED_STORES, useFactory: () => openStores(config, buildEventTypeRegistry(), { appendThread: true }) },
    { provide: EVENT_STORE, useFactory: (stores: OpenedStores) => stores.store, inject: [OPENED_STORES] },
    { provide: CHECKPOINT_STORE, useFactory: (stores: OpenedStores) => stores.checkpoints, inject: [OPENED_STORES] },
    { provide: SQL_DATABASE, useFactory: () => openConfiguredSqlDatabase(config) },
    { provide: ATTACHMENT_STORE, useFactory: (sql: SqlDatabase) => openAttachmentStore(config, sql), inject: [SQL_DATABASE] },
  ];
}

/** The one command path and what it reads: access tokens, idempotency records and the installation's facts. */
function commandProviders(config: GongronConfig): Provider[] {
  return [
    {
      provide: AccessTokenService,
      useFactory: (sql: SqlDatabase, stores: OpenedStores) =>
        new AccessTokenService(sql, {
          ttlDays: config.tokenTtlDays,
          organisation: config.organisation,
          ...(stores.store.subjectKeys ? { subjectKeys: stores.store.subjectKeys } : {}),
        }),
      inject: [SQL_DATABASE, OPENED_STORES],
    },
    {
      provide: IdempotencyStore,
      useFactory: (sql: SqlDatabase) =>
        new IdempotencyStore(sql, { ttlMs: config.idempotencyTtlSeconds * 1000, leaseMs: config.idempotencyLeaseMs }),
      inject: [SQL_DATABASE],
    },
    {
      provide: CommandService,
      useFactory: (stores: OpenedStores, cache: StateCache, attachments: AttachmentStore) =>
        new CommandService(stores.store, domainCatalog, cache, {
          preconditions: {
            ...domainPreconditions,
            ...meetingPreconditions(config.organisation),
            ...schoolCallPreconditions(schoolCatalog(config.schools)),
            ...minutesPreconditions(attachments),
            ...districtEvaluationPreconditions(attachments),
          },
          organisation: config.organisation,
        }),
      inject: [OPENED_STORES, StateCache, ATTACHMENT_STORE],
    },
  ];
}

/** The process managers' runner with its parked reactions, and the deadline scheduler. */
function reactionProviders(config: GongronConfig): Provider[] {
  return [
    {
      provide: ParkedReactions,
      useFactory: (sql: SqlDatabase) => {
        const logger = new Logger('ProcessManagers');
        const parked = new ParkedReactions(sql, {
          info: (message, fields) => logger.log({ msg: message, ...fields }),
          warn: (message, fields) => logger.warn({ msg: message, ...fields }),
        });
        parked.metrics = registerProcessManagerMetrics(parked);
        return parked;
      },
      inject: [SQL_DATABASE],
    },
    {
      provide: ProcessManagerRunner,
      useFactory: (stores: OpenedStores, commands: CommandService, parked: ParkedReactions) => {
        const logger = new Logger('ProcessManagers');
        return new ProcessManagerRunner(stores.store, stores.checkpoints, commands, domainProcessManagers, {
          log: {
            info: (message, fields) => logger.debug({ msg: message, ...fields }),
            warn: (message, fields) => logger.warn({ msg: message, ...fields }),
            error: (message, fields) => logger.error({ msg: message, ...fields }),
          },
          parked,
          ...(parked.metrics ? { metrics: parked.metrics } : {}),
        });
      },
      inject: [OPENED_STORES, CommandService, ParkedReactions],
    },
    {
      provide: DeadlineScheduler,
      useFactory: (stores: OpenedStores, commands: CommandService, clock: BusinessClock) =>
        createDeadlineScheduler(config, stores, commands, clock),
      inject: [OPENED_STORES, CommandService, BusinessClock],
    },
  ];
}

@Global()
@Module({})
export class ApplicationModule {
  static forRoot(config: GongronConfig, options: ApplicationModuleOptions = {}): DynamicModule {
    return {
      module: ApplicationModule,
      global: true,
      providers: [
        { provide: GONGRON_CONFIG, useValue: config },
        { provide: 'GONGRON_RUN_PROCESS_MANAGERS', useValue: options.runProcessManagers ?? config.runProcessManagers },
        ...storageProviders(config),
        { provide: StateCache, useValue: new StateCache() },
        { provide: BusinessClock, useValue: new BusinessClock(options.clock) },
        ...commandProviders(config),
        ...reactionProviders(config),
        DeadlineLifecycle,
        // One sweep per installation: where the process managers run (the option above decides).
        RetentionSweep,
        ApplicationLifecycle,
      ],
      exports: [
        GONGRON_CONFIG,
        OPENED_STORES,
        EVENT_STORE,
        CHECKPOINT_STORE,
        SQL_DATABASE,
        ATTACHMENT_STORE,
        StateCache,
        BusinessClock,
        DeadlineScheduler,
        AccessTokenService,
        IdempotencyStore,
        ParkedReactions,
        CommandService,
        ProcessManagerRunner,
        RetentionSweep,
      ],
    };
  }
}
