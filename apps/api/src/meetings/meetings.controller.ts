/** A meeting (회의), one route per step: scheduled → convened with attendance → adjourned → minutes approved. */
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { meetingIdOf, isBodyCode, isDistrictCode } from '@gongron/domain';
import { CommandGateway, type CommandResponse } from '../commands/command-gateway.js';
import { IdPipe } from '../commands/id.pipe.js';
import { CommandRoute, ReadRoute } from '../commands/openapi.js';
import { StreamReader, type StreamStateResponse } from '../commands/stream-reader.js';
import type { HttpRequest, HttpResponse } from '../http-types.js';
import {
  AgendaEntryDto,
  ApproveMinutesDto,
  CancelMeetingDto,
  ChangeAttendanceDto,
  ConveneMeetingDto,
  RecordMinutesDto,
  ScheduleMeetingDto,
} from './meeting.dto.js';

type Req = HttpRequest;
type Res = HttpResponse;

@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(
    @Inject(CommandGateway) private readonly gateway: CommandGateway,
    @Inject(StreamReader) private readonly reader: StreamReader,
  ) {}

  @Post()
  @HttpCode(201)
  @CommandRoute({ created: true })
  @ApiOperation({
    summary:
      'Schedule a meeting (제N차) of a body: date, time (KST), place, agenda; its id is <district>-<body>-<year>-<N> (<district>-civic-council.<council>-<year>-<N> for a civic council other than the district’s first)',
  })
  async schedule(@Req() req: Req, @Res({ passthrough: true }) res: Res, @Body() dto: ScheduleMeetingDto): Promise<CommandResponse> {
    const result = await this.gateway.send(req, res, 'ScheduleMeeting', dto);
    // The id as recorded: a civic council other than the district's default one is named in it.
    const meetingId = typeof result.state.meetingId === 'string' ? result.state.meetingId : null;
    if (meetingId !== null) res.setHeader('Location', `/meetings/${meetingId}`);
    else if (isDistrictCode(dto.district) && isBodyCode(dto.body)) {
      res.setHeader('Location', `/meetings/${meetingIdOf(dto.district, dto.body, Number(dto.heldOn.slice(0, 4)), dto.number)}`);
    }
    return result;
  }

  @Get(':id')
  @ReadRoute()
  @ApiOperation({ summary: 'Current state of the meeting, revision and allowed actions, from the log' })
  get(@Param('id', new IdPipe('id')) id: string, @Res({ passthrough: true }) res: Res): Promise<StreamStateResponse> {
    return this.reader.read(`meeting:${id}`, res);
  }

  @Post(':id/agenda')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Add an entry to the agenda, before or during the meeting' })
  addAgendaEntry(
    @Param('id', new IdPipe('id')) meetingId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() dto: AgendaEntryDto,
  ) {
    return this.gateway.send(req, res, 'AddAgendaEntry', { ...dto, meetingId });
  }

  @Post(':id/cancellation')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Cancel a scheduled meeting' })
  cancel(
    @Param('id', new IdPipe('id')) meetingId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() dto: CancelMeetingDto,
  ) {
    return this.gateway.send(req, res, 'CancelMeeting', { ...dto, meetingId });
  }

  @Post(':id/convening')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Convene (개회) with the members attending; those on roll come from the roster on the meeting day' })
  convene(
    @Param('id', new IdPipe('id')) meetingId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() dto: ConveneMeetingDto,
  ) {
    return this.gateway.send(req, res, 'ConveneMeeting', { ...dto, meetingId });
  }

  @Post(':id/attendance')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'A member arrives or leaves during the meeting' })
  attendance(
    @Param('id', new IdPipe('id')) meetingId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() dto: ChangeAttendanceDto,
  ) {
    return this.gateway.send(req, res, 'ChangeAttendance', { ...dto, meetingId });
  }

  @Post(':id/adjournment')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Adjourn (폐회)' })
  adjourn(@Param('id', new IdPipe('id')) meetingId: string, @Req() req: Req, @Res({ passthrough: true }) res: Res) {
    return this.gateway.send(req, res, 'AdjournMeeting', { meetingId });
  }

  @Post(':id/minutes')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Record (or correct) the minutes (회의록): text and attachment references by SHA-256' })
  minutes(
    @Param('id', new IdPipe('id')) meetingId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() dto: RecordMinutesDto,
  ) {
    return this.gateway.send(req, res, 'RecordMinutes', { ...dto, meetingId });
  }

  @Post(':id/minutes/approval')
  @HttpCode(200)
  @CommandRoute()
  @ApiOperation({ summary: 'Record the approval of the minutes' })
  approve(
    @Param('id', new IdPipe('id')) meetingId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() dto: ApproveMinutesDto,
  ) {
    return this.gateway.send(req, res, 'ApproveMinutes', { ...dto, meetingId });
  }
}
