/**
 * The evaluation at the plan's two levels: the province office's yearly survey (종합평가) with its
 * importance–performance analysis, and each district's self-evaluation (자체평가) of a year.
 */
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { SQL_DATABASE, type SqlDatabase } from '@gongron/application';
import { type DistrictCode, districtEvaluationStreamId, isDistrictCode, provinceSurveyStreamId } from '@gongron/domain';
import { importancePerformanceOf, importancePerformanceScopes, PROVINCE_SCOPE } from '@gongron/projections';
import { CommandGateway, type CommandResponse } from '../commands/command-gateway.js';
import { CommandRoute, ProblemDto, ReadRoute } from '../commands/openapi.js';
import { DistrictPipe, YearPipe } from '../commands/path-pipes.js';
import { StreamReader, type StreamStateResponse } from '../commands/stream-reader.js';
import type { HttpRequest, HttpResponse } from '../http-types.js';
import { ApiProblem } from '../problem/api-problem.js';
import {
  CorrectDistrictEvaluationDto,
  CorrectProvinceSurveyDto,
  RecordDistrictEvaluationDto,
  RecordProvinceSurveyDto,
} from './evaluation.dto.js';

type Req = HttpRequest;
type Res = HttpResponse;

const DISTRICT = ['district', new DistrictPipe()] as const;
const YEAR = ['year', new YearPipe()] as const;

@ApiTags('evaluations')
@Controller('evaluations')
export class EvaluationsController {
  constructor(
    @Inject(CommandGateway) private readonly gateway: CommandGateway,
    @Inject(StreamReader) private readonly reader: StreamReader,
    @Inject(SQL_DATABASE) private readonly sql: SqlDatabase,
  ) {}

  @Post('province')
  @HttpCode(201)
  @CommandRoute({ created: true })
  @ApiOperation({
    summary:
      'Record the year’s province survey (종합평가): period, respondents, common indicators, results per district (the province office)',
  })
  async recordSurvey(
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: RecordProvinceSurveyDto,
  ): Promise<CommandResponse> {
    const result = await this.gateway.send(req, res, 'RecordProvinceSurvey', body);
    res.setHeader('Location', `/evaluations/province/${body.year}`);
    return result;
  }

  @Get('province/:year')
  @ReadRoute()
  @ApiParam({ name: 'year', example: 2023 })
  @ApiOperation({ summary: 'The province survey as it stands, its total of respondents and its province-wide IPA, from the log' })
  survey(@Param(...YEAR) year: number, @Res({ passthrough: true }) res: Res): Promise<StreamStateResponse> {
    return this.reader.read(provinceSurveyStreamId(year), res);
  }

  @Post('province/:year/corrections')
  @HttpCode(200)
  @CommandRoute()
  @ApiParam({ name: 'year', example: 2023 })
  @ApiOperation({ summary: 'Correct the province survey: the whole survey restated with the reason, as a new event' })
  correctSurvey(
    @Param(...YEAR) year: number,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: CorrectProvinceSurveyDto,
  ) {
    return this.gateway.send(req, res, 'CorrectProvinceSurvey', { ...body, year });
  }

  @Get('province/:year/ipa')
  @ApiParam({ name: 'year', example: 2023 })
  @ApiQuery({ name: 'district', required: false, description: 'A district code; without it, the province-wide analysis' })
  @ApiOperation({
    summary:
      'Importance–performance analysis (IPA) of the year’s survey: each indicator’s importance, performance and quadrant (집중지원 · 유지강화 · 점진개선 · 현상유지), split at the means',
  })
  @ApiOkResponse({ description: 'The analysis of the scope, and the districts the survey has results for' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'IPA.NOT_FOUND' })
  async importancePerformance(@Param(...YEAR) year: number, @Query('district') district?: string) {
    if (district !== undefined && !isDistrictCode(district)) {
      throw ApiProblem.badRequest('PATH.INVALID_DISTRICT', 'district must be one of the 31 district codes, such as suwon', {
        field: 'district',
      });
    }
    const scope = district ?? PROVINCE_SCOPE;
    const analysis = await importancePerformanceOf(this.sql.db, year, scope);
    if (analysis === undefined) {
      throw ApiProblem.notFound('IPA.NOT_FOUND', `The ${year} province survey has no results for ${scope}.`);
    }
    const scopes = await importancePerformanceScopes(this.sql.db, year);
    return { ...analysis, districts: scopes.filter((candidate) => candidate !== PROVINCE_SCOPE) };
  }

  @Post('districts')
  @HttpCode(201)
  @CommandRoute({ created: true })
  @ApiOperation({
    summary: 'Record a district’s self-evaluation (자체평가) of a year: indicators, what they measure, the report (its officials)',
  })
  async recordDistrictEvaluation(
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: RecordDistrictEvaluationDto,
  ): Promise<CommandResponse> {
    const result = await this.gateway.send(req, res, 'RecordDistrictEvaluation', body);
    res.setHeader('Location', `/evaluations/districts/${body.district}/${body.year}`);
    return result;
  }

  @Get('districts/:district/:year')
  @ReadRoute()
  @ApiParam({ name: 'district', example: 'suwon' })
  @ApiParam({ name: 'year', example: 2023 })
  @ApiOperation({ summary: 'A district’s self-evaluation as it stands, with the projects and items it links to, from the log' })
  districtEvaluation(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Res({ passthrough: true }) res: Res,
  ): Promise<StreamStateResponse> {
    return this.reader.read(districtEvaluationStreamId(district, year), res);
  }

  @Post('districts/:district/:year/corrections')
  @HttpCode(200)
  @CommandRoute()
  @ApiParam({ name: 'district', example: 'suwon' })
  @ApiParam({ name: 'year', example: 2023 })
  @ApiOperation({ summary: 'Correct a district’s self-evaluation: restated with the reason, as a new event' })
  correctDistrictEvaluation(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: CorrectDistrictEvaluationDto,
  ) {
    return this.gateway.send(req, res, 'CorrectDistrictEvaluation', { ...body, district, year });
  }
}
