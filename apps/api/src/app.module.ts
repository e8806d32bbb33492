/**
 * The HTTP API: commands, reads from the log, access tokens, health, the read side (lists,
 * transparency, audit, projections); the app-wide access guard, validation, idempotency and
 * problem bodies; the Kafka relay when brokers are configured.
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ApplicationModule, type GongronConfig } from '@gongron/application';
import { AccessGuard } from './access/access.guard.js';
import { ProcessManagersController } from './admin/process-managers.controller.js';
import { TokensController } from './admin/tokens.controller.js';
import { AgendaItemsController } from './agenda-items/agenda-items.controller.js';
import { AgreementsController } from './agreements/agreements.controller.js';
import { OpenDeadlines } from './deadlines/open-deadlines.js';
import { CalendarController } from './calendar/calendar.controller.js';
import { CalendarFeeds } from './calendar/calendar-feeds.js';
import { AttachmentsController } from './attachments/attachments.controller.js';
import { AsyncApiController } from './asyncapi/asyncapi.controller.js';
import { CommandGateway } from './commands/command-gateway.js';
import { StreamReader } from './commands/stream-reader.js';
import { HealthController } from './health/health.controller.js';
import { HistoryController } from './history/history.controller.js';
import { HttpDrain } from './http-drain.js';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor.js';
import { PersonalDataInterceptor } from './privacy/personal-data.interceptor.js';
import { AppLogger } from './logging/app-logger.js';
import { RequestValidationPipe } from './problem/validation.js';
import { ProjectsController } from './projects/projects.controller.js';
import { SchoolCallsController } from './school-calls/school-calls.controller.js';
import { EvaluationsController } from './evaluations/evaluations.controller.js';
import { OperatingPlansController } from './operating-plans/operating-plans.controller.js';
import { MeetingsController } from './meetings/meetings.controller.js';
import { RostersController } from './meetings/rosters.controller.js';
import { OpenMeetings } from './meetings/open-meetings.js';
import { PublicSiteModule } from './public-site/public-site.module.js';
import { ReadModule } from './read/read.module.js';
import { RelayRunner } from './relay/relay.runner.js';
import { securityProviders } from './security/security.js';
import { SessionModule } from './session/session.module.js';
import { WorkController } from './work/work.controller.js';

@Module({})
export class AppModule {
  static forRoot(config: GongronConfig, logger: AppLogger, clock?: () => Date): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ApplicationModule.forRoot(config, clock !== undefined ? { clock } : {}),
        TerminusModule.forRoot({ logger: false }),
        ReadModule,
        PublicSiteModule,
        SessionModule,
      ],
      controllers: [
        WorkController,
        AttachmentsController,
        CalendarController,
        HealthController,
        AsyncApiController,
        TokensController,
        ProcessManagersController,
        AgendaItemsController,
        ProjectsController,
        SchoolCallsController,
        EvaluationsController,
        AgreementsController,
        OperatingPlansController,
        RostersController,
        MeetingsController,
        HistoryController,
      ],
      providers: [
        { provide: AppLogger, useValue: logger },
        CommandGateway,
        OpenDeadlines,
        OpenMeetings,
        CalendarFeeds,
        StreamReader,
        RelayRunner,
        HttpDrain,
        ...securityProviders(config),
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useClass: RequestValidationPipe },
        // Registered first, so it runs outermost: answers are read for their caller after the idempotency record keeps them encrypted.
        { provide: APP_INTERCEPTOR, useClass: PersonalDataInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }
}
