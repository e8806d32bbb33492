/** `/health`: up when the event store answers (terminus, custom indicator over `store.ping()`). */
import { Controller, Get, HttpException, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { EVENT_STORE, type EventStore } from '@gongron/event-store';
import { Public } from '../access/access.decorators.js';
import { ApiProblem } from '../problem/api-problem.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({ summary: 'Whether the event store answers (200 up, 503 down)' })
  async check() {
    try {
      return await this.probe();
    } catch (error) {
      const report = error instanceof HttpException ? error.getResponse() : undefined;
      throw new ApiProblem(503, 'HEALTH.DOWN', 'The event store does not answer.', { health: report });
    }
  }

  private probe() {
    return this.health.check([
      async () => {
        const indicator = this.indicators.check('eventStore');
        try {
          await this.store.ping();
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: error instanceof Error ? error.message : String(error) });
        }
      },
    ]);
  }
}
