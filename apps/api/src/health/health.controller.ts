/**
 * Liveness and readiness. `/health/live` says only that the process answers (a restart would
 * not help anything else). `/health/ready` — and `/health`, kept as the same readiness check —
 * says whether this process can serve: the event store, the SQL database, where this process
 * runs the Kafka relay the relay's lag, and where it runs the projections or the process managers
 * that none of them is stalled (its read models or reactions would stay behind: named in the
 * answer). A lost database or a stalled reader makes it 503, never a crash.
 */
import { Controller, Get, HttpException, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import {
  GONGRON_CONFIG,
  type GongronConfig,
  ProcessManagerRunner,
  readinessProbes,
  SQL_DATABASE,
  type SqlDatabase,
} from '@gongron/application';
import { EVENT_STORE, type EventStore } from '@gongron/event-store';
import type { ProjectionEngine } from '@gongron/projections';
import { PROJECTION_ENGINE } from '../read/read-runtime.js';
import { Public } from '../access/access.decorators.js';
import { ApiProblem } from '../problem/api-problem.js';
import { RelayRunner } from '../relay/relay.runner.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly sql: SqlDatabase,
    @Inject(RelayRunner) private readonly relay: RelayRunner,
    @Inject(GONGRON_CONFIG) private readonly config: GongronConfig,
    @Inject(PROJECTION_ENGINE) private readonly engine: ProjectionEngine,
    @Inject(ProcessManagerRunner) private readonly processManagers: ProcessManagerRunner,
  ) {}

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'Liveness: the process answers (always 200 while it runs)' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @HealthCheck()
  @ApiOperation({
    summary:
      'Readiness: the event store, the SQL database, the Kafka relay lag, and no stalled projection or process manager (200 ready, 503 not)',
  })
  ready() {
    return this.check();
  }

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({ summary: 'The readiness check, as /health/ready (200 ready, 503 not)' })
  async check() {
    try {
      return await this.probe();
    } catch (error) {
      const report = error instanceof HttpException ? error.getResponse() : undefined;
      throw new ApiProblem(503, 'HEALTH.DOWN', 'A dependency of this process does not answer.', { health: report });
    }
  }

  private probe() {
    const probes = readinessProbes({
      store: this.store,
      sql: this.sql,
      relay: this.relay.relay,
      maxRelayLag: this.config.readyMaxRelayLag,
      projections: this.engine,
      processManagers: this.processManagers,
      maxStallMs: this.config.readyMaxStallMs,
    });
    return this.health.check(
      Object.entries(probes).map(([name, run]) => async () => {
        const indicator = this.indicators.check(name);
        const { status, ...detail } = await run();
        return status === 'up' ? indicator.up(detail) : indicator.down(detail);
      }),
    );
  }
}
