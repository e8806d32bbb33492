/**
 * The read side of the API: read-model lists, public transparency routes, audit (history, time
 * travel, verification, exports), projection administration and `/metrics`. Runs the projection
 * engine in-process when `GONGRON_RUN_PROJECTIONS` is on (the embedded default).
 * Needs the ApplicationModule (global): GONGRON_CONFIG, EVENT_STORE, SQL_DATABASE.
 */
import { Module } from '@nestjs/common';
import { AdminProjectionsController } from './admin-projections.controller.js';
import { AuditController } from './audit.controller.js';
import { AuditExportsController } from './audit-exports.controller.js';
import { MeetingRegisterController } from './meeting-register.controller.js';
import { MetricsController } from './metrics.controller.js';
import { PublicController } from './public.controller.js';
import { ReadModelsController } from './read-models.controller.js';
import { SchoolCallRegisterController } from '../school-calls/school-call-register.controller.js';
import { PROJECTION_ENGINE, ReadRuntime, readRuntimeProviders } from './read-runtime.js';
import { RebuildRuns } from './rebuild-runs.js';
import { TransparencyController } from './transparency.controller.js';
import { transparencyProviders } from './transparency.providers.js';

@Module({
  controllers: [
    ReadModelsController,
    SchoolCallRegisterController,
    MeetingRegisterController,
    PublicController,
    AuditController,
    AuditExportsController,
    AdminProjectionsController,
    MetricsController,
    TransparencyController,
  ],
  providers: [...readRuntimeProviders, RebuildRuns, ...transparencyProviders],
  exports: [PROJECTION_ENGINE, ReadRuntime],
})
export class ReadModule {}
