/**
 * Administrators: the process managers' checkpoints and the reactions they parked, and retrying
 * a parked reaction (one or all) once its cause is fixed. A retry runs the reaction's command
 * with its own event ids, so retrying twice or after it was applied writes nothing more.
 */
import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  CommandService,
  type ParkedReaction,
  ParkedReactions,
  parseReactionId,
  ProcessManagerRunner,
  type RetryOutcome,
} from '@gongron/application';
import { refusalMessage } from '@gongron/domain';
import { Roles } from '../access/access.decorators.js';
import type { HttpRequest } from '../http-types.js';
import { languageOf } from '../problem/localize.js';
import { ApiProblem } from '../problem/api-problem.js';

/** A parked reaction with its refusal in the language the reader asked for (Accept-Language). */
type ReadableParkedReaction = ParkedReaction & { readonly reason: string };

function readable(reaction: ParkedReaction, language: ReturnType<typeof languageOf>): ReadableParkedReaction {
  return { ...reaction, reason: refusalMessage(reaction.code, language) };
}

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/process-managers')
export class ProcessManagersController {
  constructor(
    @Inject(ParkedReactions) private readonly parked: ParkedReactions,
    @Inject(ProcessManagerRunner) private readonly runner: ProcessManagerRunner,
    @Inject(CommandService) private readonly commands: CommandService,
  ) {}

  @Get()
  @ApiOperation({ summary: "Each process manager's checkpoint (last log position finished) and how many reactions it has parked" })
  async status(): Promise<{ processManagers: { name: string; position: number; parked: number }[] }> {
    const positions = await this.runner.status();
    const counts = await this.parked.countParked();
    return {
      processManagers: Object.entries(positions).map(([name, position]) => ({ name, position, parked: counts[name] ?? 0 })),
    };
  }

  @Get('parked')
  @ApiOperation({ summary: 'Parked reactions in log order: the command, why it was refused, when, how often tried' })
  @ApiQuery({ name: 'include', required: false, enum: ['resolved'], description: 'also list reactions already resolved' })
  async list(@Req() request: HttpRequest, @Query('include') include?: string): Promise<{ parked: ReadableParkedReaction[] }> {
    if (include !== undefined && include !== 'resolved') {
      throw ApiProblem.badRequest('QUERY.INVALID', 'include may only be "resolved".', { field: 'include' });
    }
    const language = languageOf(request);
    return {
      parked: (await this.parked.list({ includeResolved: include === 'resolved' })).map((reaction) => readable(reaction, language)),
    };
  }

  @Get('parked/:id')
  @ApiOperation({ summary: 'One parked reaction' })
  @ApiParam({ name: 'id', description: 'processManager:causeEventId:index' })
  async one(@Req() request: HttpRequest, @Param('id') id: string): Promise<ReadableParkedReaction> {
    const parked = await this.parked.get(this.checkedId(id));
    if (!parked) throw ApiProblem.notFound('PROCESS_MANAGER.PARKED_NOT_FOUND', `No parked reaction "${id}".`, { field: 'id' });
    return readable(parked, languageOf(request));
  }

  @Post('parked/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retry every unresolved parked reaction, in log order' })
  async retryAll(): Promise<{ outcomes: RetryOutcome[] }> {
    return { outcomes: await this.parked.retryAll(this.commands) };
  }

  @Post('parked/:id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retry one parked reaction: applied or already done, it is resolved; refused again, it stays parked' })
  @ApiParam({ name: 'id', description: 'processManager:causeEventId:index' })
  async retry(@Param('id') id: string): Promise<RetryOutcome> {
    const outcome = await this.parked.retry(this.checkedId(id), this.commands);
    if (!outcome) throw ApiProblem.notFound('PROCESS_MANAGER.PARKED_NOT_FOUND', `No parked reaction "${id}".`, { field: 'id' });
    return outcome;
  }

  private checkedId(id: string): string {
    if (!parseReactionId(id)) {
      throw ApiProblem.badRequest('PROCESS_MANAGER.REACTION_ID_INVALID', 'A reaction id is processManager:causeEventId:index.', {
        field: 'id',
      });
    }
    return id;
  }
}
