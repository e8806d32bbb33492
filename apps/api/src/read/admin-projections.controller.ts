/** Administrators: each projection's checkpoint and lag, and rebuilds. */
import { Controller, Get, HttpCode, Inject, Logger, type MessageEvent, Param, Post, Sse, UseInterceptors } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { map, type Observable } from 'rxjs';
import { ProblemDto } from '../commands/openapi.js';
import { Roles } from '../access/access.decorators.js';
import { ApiProblem } from '../problem/api-problem.js';
import { ReadErrorsInterceptor } from './read-errors.js';
import { ReadRuntime } from './read-runtime.js';
import { RebuildRunDto, RebuildRuns } from './rebuild-runs.js';

@ApiTags('admin')
@ApiBearerAuth()
@ApiCookieAuth()
@Roles('admin')
@UseInterceptors(ReadErrorsInterceptor)
@Controller('admin/projections')
export class AdminProjectionsController {
  private readonly logger = new Logger('Projections');

  constructor(
    @Inject(ReadRuntime) private readonly runtime: ReadRuntime,
    @Inject(RebuildRuns) private readonly runs: RebuildRuns,
  ) {}

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
    const progress = this.runs.start(projections);
    const run = this.runtime.engine.rebuild(projections, { onProgress: progress.onProgress }).then(
      (result) => {
        progress.finish({ result });
        this.logger.log(`rebuilt ${projections.join(', ')}: ${result.events} events, ${Math.round(result.eventsPerSecond)} events/s`);
      },
      (error: unknown) => {
        progress.finish({ error });
        this.logger.error(`rebuild of ${projections.join(', ')} failed: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    const tracked = run.finally(() => projections.forEach((p) => this.runtime.rebuilding.delete(p)));
    for (const p of projections) this.runtime.rebuilding.set(p, tracked);
    return {
      accepted: true,
      projections,
      status: '/admin/projections',
      id: progress.id,
      rebuild: `/admin/projections/rebuilds/${progress.id}`,
      events: `/admin/projections/rebuilds/${progress.id}/events`,
    };
  }

  @Get('rebuilds/:id')
  @ApiOperation({ summary: 'Where a rebuild started by POST /admin/projections/{name}/rebuild stands' })
  @ApiOkResponse({ type: RebuildRunDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No rebuild with this id in this process (or forgotten)' })
  rebuildRun(@Param('id') id: string): RebuildRunDto {
    const run = this.runs.get(id);
    if (!run)
      throw ApiProblem.notFound('PROJECTION.REBUILD_NOT_FOUND', `No rebuild with the id ${id} runs or ran in this process.`, {
        field: 'id',
      });
    return run;
  }

  @Sse('rebuilds/:id/events')
  @ApiProduces('text/event-stream')
  @ApiOperation({
    summary:
      'A rebuild as server-sent events: `progress` (percent, processed, total) as it goes, then `completed` (percent 100) or `failed`; the stream ends then',
  })
  @ApiOkResponse({ type: RebuildRunDto, description: 'text/event-stream; each event’s data is the run as it stands' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No rebuild with this id in this process' })
  rebuildEvents(@Param('id') id: string): Observable<MessageEvent> {
    const events = this.runs.follow(id);
    if (!events)
      throw ApiProblem.notFound('PROJECTION.REBUILD_NOT_FOUND', `No rebuild with the id ${id} runs or ran in this process.`, {
        field: 'id',
      });
    return events.pipe(map((event) => ({ type: event.type, id: event.id, data: event.data })));
  }
}
