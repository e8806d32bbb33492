/** The deliberation workflow of an agenda item (안건), one route per action. */
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { assignedId, CommandGateway, type CommandResponse } from '../commands/command-gateway.js';
import { IdPipe } from '../commands/id.pipe.js';
import { CommandRoute, ListRoute, ReadRoute } from '../commands/openapi.js';
import { type StreamListPage, StreamReader, type StreamStateResponse } from '../commands/stream-reader.js';
import type { HttpRequest, HttpResponse } from '../http-types.js';
import {
  DeferAgendaItemDto,
  DismissAgendaItemDto,
  OpenDeliberationDto,
  ProposeAgendaItemDto,
  RecordFeedbackDto,
  RecordOpinionDto,
  RecordReviewDecisionDto,
  StartDraftingDto,
  SubmitDraftRevisionDto,
  TableForReviewDto,
  VoteDto,
  WithdrawAgendaItemDto,
} from './agenda-item.dto.js';

type Req = HttpRequest;
type Res = HttpResponse;

@ApiTags('agenda items')
@Controller('agenda-items')
export class AgendaItemsController {
  constructor(
    @Inject(CommandGateway) private readonly gateway: CommandGateway,
    @Inject(StreamReader) private readonly reader: StreamReader,
  ) {}

  @Post()
  @HttpCode(201)
  @CommandRoute({ created: true })
  @ApiOperation({ summary: 'Propose an agenda item (civic council secretary)' })
  async propose(@Req() req: Req, @Res({ passthrough: true }) res: Res, @Body() body: ProposeAgendaItemDto): Promise<CommandResponse> {
    const itemId = body.itemId ?? assignedId(req, 'itemId');
    const result = await this.gateway.send(req, res, 'ProposeAgendaItem', { ...body, itemId });
    res.setHeader('Location', `/agenda-items/${itemId}`);
    return result;
  }

  @Get(':id')
  @ReadRoute()
  @ApiOperation({ summary: 'Current state, revision and allowed actions, from the log' })
  get(@Param('id', new IdPipe('id')) id: string, @Res({ passthrough: true }) res: Res): Promise<StreamStateResponse> {
    return this.reader.read(`agenda-item:${id}`, res);
  }
  @Get(':id/opinions')
  @ListRoute()
  @ApiOperation({ summary: 'The opinions recorded on the item, paged, in recorded order' })
  opinions(
    @Param('id', new IdPipe('id')) id: string,
    @Query() query: { offset?: string; limit?: string },
    @Res({ passthrough: true }) res: Res,
  ): Promise<StreamListPage> {
    return this.reader.page(`agenda-item:${id}`, 'opinions', query, res);
  }

  @Post(':id/deliberation')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Open public deliberation (공론화)' })
  openDeliberation(
    @Param('id', new IdPipe('id')) itemId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: OpenDeliberationDto,
  ) {
    return this.gateway.send(req, res, 'OpenDeliberation', { ...body, itemId });
  }

  @Post(':id/opinions')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Record an opinion gathered in deliberation' })
  recordOpinion(
    @Param('id', new IdPipe('id')) itemId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: RecordOpinionDto,
  ) {
    return this.gateway.send(req, res, 'RecordOpinion', { ...body, itemId, opinionId: body.opinionId ?? assignedId(req, 'opinionId') });
  }

  @Post(':id/adoption')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'The civic council adopts the item (의제 채택) with its vote' })
  adopt(@Param('id', new IdPipe('id')) itemId: string, @Req() req: Req, @Res({ passthrough: true }) res: Res, @Body() body: VoteDto) {
    return this.gateway.send(req, res, 'AdoptAgendaItem', { ...body, itemId });
  }

  @Post(':id/dismissal')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'The civic council does not adopt the item (기각)' })
  dismiss(
    @Param('id', new IdPipe('id')) itemId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: DismissAgendaItemDto,
  ) {
    return this.gateway.send(req, res, 'DismissAgendaItem', { ...body, itemId });
  }

  @Post(':id/withdrawal')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'The proposer withdraws the item before adoption (철회)' })
  withdraw(
    @Param('id', new IdPipe('id')) itemId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: WithdrawAgendaItemDto,
  ) {
    return this.gateway.send(req, res, 'WithdrawAgendaItem', { ...body, itemId });
  }

  @Post(':id/drafting')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'The working council starts drafting (실행안 작성)' })
  startDrafting(
    @Param('id', new IdPipe('id')) itemId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: StartDraftingDto,
  ) {
    return this.gateway.send(req, res, 'StartDrafting', { ...body, itemId });
  }

  @Post(':id/draft-revisions')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Submit a draft revision: plan, task code, budget request per funder' })
  submitDraftRevision(
    @Param('id', new IdPipe('id')) itemId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: SubmitDraftRevisionDto,
  ) {
    return this.gateway.send(req, res, 'SubmitDraftRevision', {
      ...body,
      itemId,
      revisionId: body.revisionId ?? assignedId(req, 'revisionId'),
    });
  }

  @Post(':id/tabling')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Table the draft for the steering committee’s review (상정)' })
  table(
    @Param('id', new IdPipe('id')) itemId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: TableForReviewDto,
  ) {
    return this.gateway.send(req, res, 'TableForReview', { ...body, itemId });
  }

  @Post(':id/review-decisions')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Record the steering committee’s decision (가결, 조건부 가결, 보완 요구, 부결) with its vote' })
  recordReviewDecision(
    @Param('id', new IdPipe('id')) itemId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: RecordReviewDecisionDto,
  ) {
    return this.gateway.send(req, res, 'RecordReviewDecision', { ...body, itemId });
  }

  @Post(':id/deferrals')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Defer the item at a meeting (보류); it stays where it is' })
  defer(
    @Param('id', new IdPipe('id')) itemId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: DeferAgendaItemDto,
  ) {
    return this.gateway.send(req, res, 'DeferAgendaItem', { ...body, itemId });
  }

  @Post(':id/feedback')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Record feedback after the project’s evaluation (환류)' })
  recordFeedback(
    @Param('id', new IdPipe('id')) itemId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: RecordFeedbackDto,
  ) {
    return this.gateway.send(req, res, 'RecordFeedback', { ...body, itemId });
  }
}
