/** The yearly supplementary agreement (부속합의서) of a district, addressed by district and year. */
import { applyDecorators, Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { assignedId, CommandGateway, type CommandResponse } from '../commands/command-gateway.js';
import { IdPipe } from '../commands/id.pipe.js';
import { DistrictPipe, YearPipe } from '../commands/path-pipes.js';
import { CommandRoute, ReadRoute } from '../commands/openapi.js';
import { StreamReader, type StreamStateResponse } from '../commands/stream-reader.js';
import { agreementStreamId, type DistrictCode } from '@gongron/domain';
import type { HttpRequest, HttpResponse } from '../http-types.js';
import {
  AddProjectToAgreementDto,
  amendmentChange,
  ConsentToAmendmentDto,
  DraftAgreementDto,
  ProposeAmendmentDto,
  RefuseAmendmentDto,
  SignAgreementDto,
  WithdrawProjectFromAgreementDto,
} from './agreement.dto.js';

type Req = HttpRequest;
type Res = HttpResponse;

const DISTRICT = ['district', new DistrictPipe()] as const;
const YEAR = ['year', new YearPipe()] as const;

/** The path parameters of every route under one agreement (not of `POST /agreements`, which has none). */
const AgreementPath = () => applyDecorators(ApiParam({ name: 'district', example: 'suwon' }), ApiParam({ name: 'year', example: 2024 }));

@ApiTags('agreements')
@Controller('agreements')
export class AgreementsController {
  constructor(
    @Inject(CommandGateway) private readonly gateway: CommandGateway,
    @Inject(StreamReader) private readonly reader: StreamReader,
  ) {}

  @Post()
  @HttpCode(201)
  @CommandRoute({ created: true })
  @ApiOperation({ summary: 'Draft the agreement of a district for a year (an official of the district)' })
  async draft(@Req() req: Req, @Res({ passthrough: true }) res: Res, @Body() body: DraftAgreementDto): Promise<CommandResponse> {
    const result = await this.gateway.send(req, res, 'DraftAgreement', body);
    res.setHeader('Location', `/agreements/${body.district}/${body.year}`);
    return result;
  }

  @AgreementPath()
  @Get(':district/:year')
  @ReadRoute()
  @ApiOperation({ summary: 'Current state, revision and allowed actions, from the log' })
  get(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Res({ passthrough: true }) res: Res,
  ): Promise<StreamStateResponse> {
    return this.reader.read(agreementStreamId(district, year), res);
  }

  @AgreementPath()
  @Post(':district/:year/projects')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'List a project in the agreement before signing' })
  addProject(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: AddProjectToAgreementDto,
  ) {
    return this.gateway.send(req, res, 'AddProjectToAgreement', { ...body, district, year });
  }

  @AgreementPath()
  @Delete(':district/:year/projects/:projectId')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Withdraw a project from the agreement before signing' })
  withdrawProject(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Param('projectId', new IdPipe('projectId')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
  ) {
    return this.gateway.send(req, res, 'WithdrawProjectFromAgreement', { district, year, projectId });
  }

  @AgreementPath()
  @Post(':district/:year/projects/:projectId/withdrawal')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Withdraw a project from the agreement before signing, with a reason' })
  withdrawProjectWithReason(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Param('projectId', new IdPipe('projectId')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: WithdrawProjectFromAgreementDto,
  ) {
    return this.gateway.send(req, res, 'WithdrawProjectFromAgreement', { ...body, district, year, projectId });
  }

  @AgreementPath()
  @Post(':district/:year/signatures')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Sign for the official’s party (교육장 or 시장·군수); in force once both signed' })
  sign(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: SignAgreementDto,
  ) {
    return this.gateway.send(req, res, 'SignAgreement', { ...body, district, year });
  }

  @AgreementPath()
  @Post(':district/:year/amendments')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Propose an amendment (제2조 변경): budget changes, projects added or withdrawn' })
  proposeAmendment(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: ProposeAmendmentDto,
  ) {
    return this.gateway.send(req, res, 'ProposeAmendment', {
      ...body,
      changes: body.changes.map(amendmentChange),
      district,
      year,
      amendmentId: body.amendmentId ?? assignedId(req, 'amendmentId'),
    });
  }

  @AgreementPath()
  @Post(':district/:year/amendments/:amendmentId/consent')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Consent to an amendment the other party proposed' })
  consent(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Param('amendmentId', new IdPipe('amendmentId')) amendmentId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: ConsentToAmendmentDto,
  ) {
    return this.gateway.send(req, res, 'ConsentToAmendment', { ...body, district, year, amendmentId });
  }

  @AgreementPath()
  @Post(':district/:year/amendments/:amendmentId/refusal')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Refuse an amendment the other party proposed' })
  refuse(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...YEAR) year: number,
    @Param('amendmentId', new IdPipe('amendmentId')) amendmentId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: RefuseAmendmentDto,
  ) {
    return this.gateway.send(req, res, 'RefuseAmendment', { ...body, district, year, amendmentId });
  }
}
