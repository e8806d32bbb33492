/**
 * Calls for schools (학교교부·공모), one route per action: officials of the project's district
 * open a call, record the schools' applications, select or decline each with its score and
 * reasons, grant to the selected schools within the project's allocation, record each school's
 * report and the inspections. Beside its calls, a project grants to designated schools directly
 * (지정 교부), and those grants are reported and inspected by the same commands. The configured
 * schools are listed for the forms.
 */
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { GONGRON_CONFIG, type GongronConfig } from '@gongron/application';
import {
  type School,
  type SchoolCatalog,
  directSchoolGrantsId,
  isDistrictCode,
  schoolCallId,
  schoolCallStreamId,
  schoolCatalog,
} from '@gongron/domain';
import { assignedId, CommandGateway, type CommandResponse } from '../commands/command-gateway.js';
import { IdPipe } from '../commands/id.pipe.js';
import { CommandRoute, ReadRoute } from '../commands/openapi.js';
import { StreamReader, type StreamStateResponse } from '../commands/stream-reader.js';
import type { HttpRequest, HttpResponse } from '../http-types.js';
import { ApiProblem } from '../problem/api-problem.js';
import {
  AwardDirectSchoolGrantDto,
  AwardSchoolGrantDto,
  CancelSchoolCallDto,
  JudgeSchoolApplicationDto,
  OpenSchoolCallDto,
  ReceiveSchoolApplicationDto,
  RecordSchoolGrantInspectionDto,
  SubmitSchoolGrantReportDto,
} from './school-call.dto.js';

type Req = HttpRequest;
type Res = HttpResponse;

const CALL = ['callId', new IdPipe('callId')] as const;

/** The commands named by their path alone take no field: one sent is refused by name, as the DTOs refuse an unknown one. */
function withoutFields(body: unknown): void {
  if (body === undefined || body === null) return;
  const names = typeof body === 'object' && !Array.isArray(body) ? Object.keys(body) : ['(body)'];
  const first = names[0];
  if (first !== undefined)
    throw ApiProblem.badRequest('FIELD.UNKNOWN', `${first} is not a field of this command; it takes none`, { field: first });
}

@ApiTags('school-calls')
@Controller()
export class SchoolCallsController {
  private readonly schools: SchoolCatalog;

  constructor(
    @Inject(CommandGateway) private readonly gateway: CommandGateway,
    @Inject(StreamReader) private readonly reader: StreamReader,
    @Inject(GONGRON_CONFIG) config: GongronConfig,
  ) {
    this.schools = schoolCatalog(config.schools);
  }

  @Get('schools')
  @ApiOperation({ summary: 'The configured schools (name, level 초·중·고, district), of one district when asked' })
  @ApiQuery({ name: 'district', required: false, example: 'suwon' })
  @ApiOkResponse({ description: 'The schools in the order configured' })
  listSchools(@Query('district') district?: string): { schools: readonly School[] } {
    if (district === undefined || district === '') return { schools: this.schools.schools };
    if (!isDistrictCode(district)) {
      throw ApiProblem.badRequest('PATH.INVALID_DISTRICT', 'district must be one of the 31 district codes, such as suwon', {
        field: 'district',
      });
    }
    return { schools: this.schools.schoolsOf(district) };
  }

  @Post('projects/:id/school-calls')
  @HttpCode(201)
  @CommandRoute({ created: true })
  @ApiOperation({
    summary: 'Open a call for schools (공모) of the project: criteria, amount per funder, levels and period (an official of its district)',
  })
  async open(
    @Param('id', new IdPipe('id')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: OpenSchoolCallDto,
  ): Promise<CommandResponse> {
    const result = await this.gateway.send(req, res, 'OpenSchoolCall', { ...body, projectId });
    res.setHeader('Location', `/school-calls/${schoolCallId(projectId, body.number)}`);
    return result;
  }

  @Get('school-calls/:callId')
  @ReadRoute()
  @ApiOperation({ summary: 'Current state of the call: applications, selection, grants, reports and inspections, from the log' })
  get(@Param(...CALL) callId: string, @Res({ passthrough: true }) res: Res): Promise<StreamStateResponse> {
    return this.reader.read(schoolCallStreamId(callId), res);
  }

  @Post('school-calls/:callId/applications')
  @HttpCode(201)
  @CommandRoute({ created: true })
  @ApiOperation({ summary: 'Record a school’s application within the call’s period (a configured school of the district)' })
  apply(@Param(...CALL) callId: string, @Req() req: Req, @Res({ passthrough: true }) res: Res, @Body() body: ReceiveSchoolApplicationDto) {
    const applicationId = body.applicationId ?? assignedId(req, 'applicationId');
    return this.gateway.send(req, res, 'ReceiveSchoolApplication', { ...body, callId, applicationId });
  }

  @Post('school-calls/:callId/closure')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Close the call for applications (접수 마감) and start the review' })
  close(@Param(...CALL) callId: string, @Req() req: Req, @Res({ passthrough: true }) res: Res, @Body() body: unknown) {
    withoutFields(body);
    return this.gateway.send(req, res, 'CloseSchoolCall', { callId });
  }

  @Post('school-calls/:callId/applications/:applicationId/selection')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Select an application (선정) with its score and reasons' })
  select(
    @Param(...CALL) callId: string,
    @Param('applicationId', new IdPipe('applicationId')) applicationId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: JudgeSchoolApplicationDto,
  ) {
    return this.gateway.send(req, res, 'SelectSchoolApplication', { ...body, callId, applicationId });
  }

  @Post('school-calls/:callId/applications/:applicationId/non-selection')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Decline an application (미선정) with its score and reasons' })
  decline(
    @Param(...CALL) callId: string,
    @Param('applicationId', new IdPipe('applicationId')) applicationId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: JudgeSchoolApplicationDto,
  ) {
    return this.gateway.send(req, res, 'DeclineSchoolApplication', { ...body, callId, applicationId });
  }

  @Post('school-calls/:callId/selection-conclusion')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Conclude the selection once every application is selected or declined' })
  conclude(@Param(...CALL) callId: string, @Req() req: Req, @Res({ passthrough: true }) res: Res, @Body() body: unknown) {
    withoutFields(body);
    return this.gateway.send(req, res, 'ConcludeSchoolSelection', { callId });
  }

  @Post('school-calls/:callId/grants')
  @HttpCode(201)
  @CommandRoute({ created: true })
  @ApiOperation({
    summary: 'Grant to a selected school (교부); never above the call’s amount nor the project’s allocation per funder',
  })
  award(@Param(...CALL) callId: string, @Req() req: Req, @Res({ passthrough: true }) res: Res, @Body() body: AwardSchoolGrantDto) {
    const grantId = body.grantId ?? assignedId(req, 'grantId');
    return this.gateway.send(req, res, 'AwardSchoolGrant', { ...body, callId, grantId });
  }

  @Post('school-calls/:callId/grants/:grantId/report')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Record the school’s report (결과보고): what it did and spent of its grant' })
  report(
    @Param(...CALL) callId: string,
    @Param('grantId', new IdPipe('grantId')) grantId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: SubmitSchoolGrantReportDto,
  ) {
    return this.gateway.send(req, res, 'SubmitSchoolGrantReport', { ...body, callId, grantId });
  }

  @Post('school-calls/:callId/grants/:grantId/inspections')
  @HttpCode(201)
  @CommandRoute({ created: true })
  @ApiOperation({ summary: 'Record an inspection (점검) of a grant with its outcome and findings' })
  inspect(
    @Param(...CALL) callId: string,
    @Param('grantId', new IdPipe('grantId')) grantId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: RecordSchoolGrantInspectionDto,
  ) {
    const inspectionId = body.inspectionId ?? assignedId(req, 'inspectionId');
    return this.gateway.send(req, res, 'RecordSchoolGrantInspection', { ...body, callId, grantId, inspectionId });
  }

  @Post('projects/:id/direct-grants')
  @HttpCode(201)
  @CommandRoute({ created: true })
  @ApiOperation({
    summary:
      'Grant to a designated school without a call (지정 교부): a configured school of the district, within the project’s allocation with all its calls’ grants (an official of its district)',
  })
  awardDirectly(
    @Param('id', new IdPipe('id')) projectId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: AwardDirectSchoolGrantDto,
  ): Promise<CommandResponse> {
    const grantId = body.grantId ?? assignedId(req, 'grantId');
    res.setHeader('Location', `/projects/${projectId}/direct-grants`);
    return this.gateway.send(req, res, 'AwardDirectSchoolGrant', { ...body, projectId, grantId });
  }

  @Get('projects/:id/direct-grants')
  @ReadRoute()
  @ApiOperation({ summary: 'The project’s direct grants (지정 교부) with their reports and inspections, from the log' })
  directGrants(@Param('id', new IdPipe('id')) projectId: string, @Res({ passthrough: true }) res: Res): Promise<StreamStateResponse> {
    return this.reader.read(schoolCallStreamId(directSchoolGrantsId(projectId)), res);
  }

  @Post('projects/:id/direct-grants/:grantId/report')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Record the school’s report (결과보고) of a direct grant, as of a call’s grant' })
  reportDirect(
    @Param('id', new IdPipe('id')) projectId: string,
    @Param('grantId', new IdPipe('grantId')) grantId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: SubmitSchoolGrantReportDto,
  ) {
    return this.gateway.send(req, res, 'SubmitSchoolGrantReport', { ...body, callId: directSchoolGrantsId(projectId), grantId });
  }

  @Post('projects/:id/direct-grants/:grantId/inspections')
  @HttpCode(201)
  @CommandRoute({ created: true })
  @ApiOperation({ summary: 'Record an inspection (점검) of a direct grant with its outcome and findings' })
  inspectDirect(
    @Param('id', new IdPipe('id')) projectId: string,
    @Param('grantId', new IdPipe('grantId')) grantId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() body: RecordSchoolGrantInspectionDto,
  ) {
    const inspectionId = body.inspectionId ?? assignedId(req, 'inspectionId');
    return this.gateway.send(req, res, 'RecordSchoolGrantInspection', {
      ...body,
      callId: directSchoolGrantsId(projectId),
      grantId,
      inspectionId,
    });
  }

  @Post('school-calls/:callId/completion')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Complete the call once every grant is reported' })
  complete(@Param(...CALL) callId: string, @Req() req: Req, @Res({ passthrough: true }) res: Res, @Body() body: unknown) {
    withoutFields(body);
    return this.gateway.send(req, res, 'CompleteSchoolCall', { callId });
  }

  @Post('school-calls/:callId/cancellation')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Cancel the call before anything is granted' })
  cancel(@Param(...CALL) callId: string, @Req() req: Req, @Res({ passthrough: true }) res: Res, @Body() body: CancelSchoolCallDto) {
    return this.gateway.send(req, res, 'CancelSchoolCall', { ...body, callId });
  }
}
