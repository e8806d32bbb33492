/**
 * The operating plan (운영계획) of a district for an operating year, addressed by district and
 * year: the working council's secretary drafts, assembles, submits and revises it (and takes it up
 * again after 부결); the steering
 * committee's secretary records the committee's decision at its meeting. The access rule is the
 * workflow's (its command scope); every token reads.
 */
import { applyDecorators, Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type DistrictCode, operatingPlanStreamId } from '@gongron/domain';
import { CommandGateway, type CommandResponse } from '../commands/command-gateway.js';
import { IdPipe } from '../commands/id.pipe.js';
import { CommandRoute, ReadRoute } from '../commands/openapi.js';
import { DistrictPipe, YearPipe } from '../commands/path-pipes.js';
import { StreamReader, type StreamStateResponse } from '../commands/stream-reader.js';
import type { HttpRequest, HttpResponse } from '../http-types.js';
import {
  AddProjectToPlanDto,
  DecideOperatingPlanDto,
  DraftOperatingPlanDto,
  RedraftOperatingPlanDto,
  RemoveProjectFromPlanDto,
  SubmitOperatingPlanDto,
} from './operating-plan.dto.js';

type Req = HttpRequest;
type Res = HttpResponse;

const DISTRICT = ['district', new DistrictPipe()] as const;
const YEAR = ['year', new YearPipe()] as const;

const PlanPath = () => applyDecorators(ApiParam({ name: 'district', example: 'suwon' }), ApiParam({ name: 'year', example: 2025 }));

@ApiTags('operating-plans')
@Controller('operating-plans')
export class OperatingPlansController {
  constructor(
    @Inject(CommandGateway) private readonly gateway: CommandGateway,
    @Inject(StreamReader) private readonly reader: StreamReader,
  ) {}

  @Post()
  @HttpCode(201)
  @CommandRoute({ created: true })
  @ApiOperation({ summary: 'Draft the operating plan (운영계획) of a district for a year (the working council’s secretary)' })
  async draft(@Req() req: Req, @Res({ passthrough: true }) res: Res, @Body() body: DraftOperatingPlanDto): Promise<CommandResponse> {
    const result = await this.gateway.send(req, res, 'DraftOperatingPlan', body);
    res.setHeader('Location', `/operating-plans/${body.district}/${body.year}`);
    return result;
  }

  @PlanPath()
  @Get(':district/:year')
  @ReadRoute()
  @ApiOperation({ summary: 'The plan as it stands: projects, revisions, decisions, revision and allowed actions, from the log' })
  get(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Res({ passthrough: true }) res: Res,
  ): Promise<StreamStateResponse> {
    return this.reader.read(operatingPlanStreamId(district, year), res);
  }

  @PlanPath()
  @Post(':district/:year/projects')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Put a project of the district and year into the plan (an approved item’s or an office project)' })
  addProject(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: AddProjectToPlanDto,
  ) {
    return this.gateway.send(req, res, 'AddProjectToPlan', { ...body, district, year });
  }

  @PlanPath()
  @ApiParam({ name: 'projectId' })
  @Post(':district/:year/projects/:projectId/removal')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Take a project out of the plan while it is being drafted, with a reason' })
  removeProject(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Param('projectId', new IdPipe('projectId')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: RemoveProjectFromPlanDto,
  ) {
    return this.gateway.send(req, res, 'RemoveProjectFromPlan', { ...body, district, year, projectId });
  }

  @PlanPath()
  @Post(':district/:year/submission')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Submit the plan as it stands to the steering committee (a revision gives its reasons)' })
  submit(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: SubmitOperatingPlanDto,
  ) {
    return this.gateway.send(req, res, 'SubmitOperatingPlan', { ...body, district, year });
  }

  @PlanPath()
  @Post(':district/:year/decision')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({
    summary:
      'Record the steering committee’s decision on the plan at its meeting: 가결, 보완 요구 or 부결 (재적 과반 출석, 출석 과반 찬성)',
  })
  decide(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: DecideOperatingPlanDto,
  ) {
    return this.gateway.send(req, res, 'DecideOperatingPlan', { ...body, district, year });
  }

  @PlanPath()
  @Post(':district/:year/redraft')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({
    summary:
      'Take the rejected (부결) plan up again for a new revision, with the reason (the working council’s secretary); its history is kept',
  })
  redraft(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: RedraftOperatingPlanDto,
  ) {
    return this.gateway.send(req, res, 'RedraftOperatingPlan', { ...body, district, year });
  }
}
