/** The lifecycle of a project (세부사업), one route per action. */
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { assignedId, CommandGateway, type CommandResponse } from '../commands/command-gateway.js';
import { IdPipe } from '../commands/id.pipe.js';
import { CommandRoute, ListRoute, ReadRoute } from '../commands/openapi.js';
import { type StreamListPage, StreamReader, type StreamStateResponse } from '../commands/stream-reader.js';
import type { HttpRequest, HttpResponse } from '../http-types.js';
import {
  CancelProjectDto,
  CloseProjectDto,
  CompleteProjectDto,
  CreateProjectDto,
  RecordComprehensiveEvaluationDto,
  RecordExpenditureDto,
  CorrectComprehensiveEvaluationDto,
  CorrectSelfEvaluationDto,
  RecordSelfEvaluationDto,
  ResumeProjectDto,
  StartProjectDto,
  SuspendProjectDto,
} from './project.dto.js';
import { FulfillConditionDto, WaiveConditionDto } from './condition.dto.js';

type Req = HttpRequest;
type Res = HttpResponse;

@ApiTags('projects')
@Controller('projects')
export class ProjectsController {
  constructor(
    @Inject(CommandGateway) private readonly gateway: CommandGateway,
    @Inject(StreamReader) private readonly reader: StreamReader,
  ) {}

  @Post()
  @HttpCode(201)
  @CommandRoute({ created: true })
  @ApiOperation({ summary: 'Create a project directly (carried-over projects; an official of the district)' })
  async create(@Req() req: Req, @Res({ passthrough: true }) res: Res, @Body() body: CreateProjectDto): Promise<CommandResponse> {
    const projectId = body.projectId ?? assignedId(req, 'projectId');
    const result = await this.gateway.send(req, res, 'CreateProject', { ...body, projectId });
    res.setHeader('Location', `/projects/${projectId}`);
    return result;
  }

  @Get(':id')
  @ReadRoute()
  @ApiOperation({ summary: 'Current state, revision and allowed actions, from the log' })
  get(@Param('id', new IdPipe('id')) id: string, @Res({ passthrough: true }) res: Res): Promise<StreamStateResponse> {
    return this.reader.read(`project:${id}`, res);
  }
  @Get(':id/expenditures')
  @ListRoute()
  @ApiOperation({ summary: 'The expenditures recorded on the project, paged, in recorded order' })
  expenditures(
    @Param('id', new IdPipe('id')) id: string,
    @Query() query: { offset?: string; limit?: string },
    @Res({ passthrough: true }) res: Res,
  ): Promise<StreamListPage> {
    return this.reader.page(`project:${id}`, 'expenditures', query, res);
  }

  @Post(':id/start')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Start an agreed project' })
  start(
    @Param('id', new IdPipe('id')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: StartProjectDto,
  ) {
    return this.gateway.send(req, res, 'StartProject', { ...body, projectId });
  }

  @Post(':id/suspension')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Suspend a project in progress' })
  suspend(
    @Param('id', new IdPipe('id')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: SuspendProjectDto,
  ) {
    return this.gateway.send(req, res, 'SuspendProject', { ...body, projectId });
  }

  @Post(':id/resumption')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Resume a suspended project' })
  resume(
    @Param('id', new IdPipe('id')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: ResumeProjectDto,
  ) {
    return this.gateway.send(req, res, 'ResumeProject', { ...body, projectId });
  }

  @Post(':id/expenditures')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Record an expenditure (집행) for the official’s own party; never beyond its allocation' })
  recordExpenditure(
    @Param('id', new IdPipe('id')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: RecordExpenditureDto,
  ) {
    return this.gateway.send(req, res, 'RecordExpenditure', {
      ...body,
      projectId,
      expenditureId: body.expenditureId ?? assignedId(req, 'expenditureId'),
    });
  }

  @Post(':id/conditions/:conditionId/fulfilment')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Record the evidence that a condition of the conditional approval is fulfilled (an official of the district)' })
  fulfilCondition(
    @Param('id', new IdPipe('id')) projectId: string,
    @Param('conditionId', new IdPipe('conditionId')) conditionId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: FulfillConditionDto,
  ) {
    return this.gateway.send(req, res, 'FulfillCondition', { ...body, projectId, conditionId });
  }

  @Post(':id/conditions/:conditionId/waiver')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Record the steering committee waiving a condition at a meeting (its secretary)' })
  waiveCondition(
    @Param('id', new IdPipe('id')) projectId: string,
    @Param('conditionId', new IdPipe('conditionId')) conditionId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: WaiveConditionDto,
  ) {
    return this.gateway.send(req, res, 'WaiveCondition', { ...body, projectId, conditionId });
  }

  @Post(':id/completion')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Complete the project' })
  complete(
    @Param('id', new IdPipe('id')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: CompleteProjectDto,
  ) {
    return this.gateway.send(req, res, 'CompleteProject', { ...body, projectId });
  }

  @Post(':id/self-evaluation')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Record the self-evaluation (자체평가): indicators with target and result' })
  recordSelfEvaluation(
    @Param('id', new IdPipe('id')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: RecordSelfEvaluationDto,
  ) {
    return this.gateway.send(req, res, 'RecordSelfEvaluation', { ...body, projectId });
  }

  @Post(':id/comprehensive-evaluation')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Record the comprehensive evaluation (종합평가): survey satisfaction' })
  recordComprehensiveEvaluation(
    @Param('id', new IdPipe('id')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: RecordComprehensiveEvaluationDto,
  ) {
    return this.gateway.send(req, res, 'RecordComprehensiveEvaluation', { ...body, projectId });
  }

  @Post(':id/self-evaluation/corrections')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Correct the recorded self-evaluation (자체평가 정정): a new event naming what it replaces and why' })
  correctSelfEvaluation(
    @Param('id', new IdPipe('id')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: CorrectSelfEvaluationDto,
  ) {
    return this.gateway.send(req, res, 'CorrectSelfEvaluation', { ...body, projectId });
  }

  @Post(':id/comprehensive-evaluation/corrections')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Correct the recorded comprehensive evaluation (종합평가 정정): a new event naming what it replaces and why' })
  correctComprehensiveEvaluation(
    @Param('id', new IdPipe('id')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: CorrectComprehensiveEvaluationDto,
  ) {
    return this.gateway.send(req, res, 'CorrectComprehensiveEvaluation', { ...body, projectId });
  }

  @Post(':id/closure')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Close an evaluated project' })
  close(
    @Param('id', new IdPipe('id')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: CloseProjectDto,
  ) {
    return this.gateway.send(req, res, 'CloseProject', { ...body, projectId });
  }

  @Post(':id/cancellation')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Cancel the project; unspent budget is returned' })
  cancel(
    @Param('id', new IdPipe('id')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: CancelProjectDto,
  ) {
    return this.gateway.send(req, res, 'CancelProject', { ...body, projectId });
  }
}
