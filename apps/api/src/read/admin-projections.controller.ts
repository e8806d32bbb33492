/** Administrators: each projection's checkpoint and lag, and rebuilds. */
import { Controller, Get, HttpCode, Inject, Logger, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '../access/access.decorators.js';
import { ApiProblem } from '../problem/api-problem.js';
import { ReadErrorsInterceptor } from './read-errors.js';
import { ReadRuntime } from './read-runtime.js';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@UseInterceptors(ReadErrorsInterceptor)
@Controller('admin/projections')
export class AdminProjectionsController {
  private readonly logger = new Logger('Projections');

  constructor(@Inject(ReadRuntime) private readonly runtime: ReadRuntime) {}

  @Get()
  @ApiOperation({ summary: "Each projection's version, generation, checkpoint, the log's head, lag and any rebuild in progress" })
  async status() {
    return { projections: await this.runtime.engine.status() };
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @ApiOperation({ summary: 'Rebuild a projection (or all) into fresh tables and swap them in; the old ones serve until then' })
  @ApiParam({ name: 'name', description: 'projection name or all' })
  async rebuild(@Param('name') name: string) {
    const projections = this.runtime.engine.resolve(name === 'all' ? 'all' : [name]).map((p) => p.name);
    const busy = projections.filter((p) => this.runtime.rebuilding.has(p));
    if (busy.length > 0) {
      throw new ApiProblem(409, 'PROJECTION.REBUILD_RUNNING', `A rebuild of ${busy.join(', ')} is already running in this process`);
    }
    const run = this.runtime.engine.rebuild(projections).then(
      (result) => this.logger.log(`rebuilt ${projections.join(', ')}: ${result.events} events, ${Math.round(result.eventsPerSecond)} events/s`),
      (error: unknown) => this.logger.error(`rebuild of ${projections.join(', ')} failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    const tracked = run.finally(() => projections.forEach((p) => this.runtime.rebuilding.delete(p)));
    for (const p of projections) this.runtime.rebuilding.set(p, tracked);
    return { accepted: true, projections, status: '/admin/projections' };
  }
}
