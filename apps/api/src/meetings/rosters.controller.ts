/** A body's roster (위원 명단): the secretary of the district and body adds members, changes terms and roles, records departures. */
import { Body, Controller, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { assignedId, CommandGateway, type CommandResponse } from '../commands/command-gateway.js';
import { IdPipe } from '../commands/id.pipe.js';
import { BodyPipe, DistrictPipe } from '../commands/path-pipes.js';
import { CommandRoute } from '../commands/openapi.js';
import { type BodyCode, bodyCodes, type DistrictCode } from '@gongron/domain';

const DISTRICT = ['district', new DistrictPipe()] as const;
const BODY = ['body', new BodyPipe()] as const;
import type { HttpRequest, HttpResponse } from '../http-types.js';
import { AddMemberDto, ChangeMemberRoleDto, ChangeMemberTermDto, RemoveMemberDto } from './meeting.dto.js';

type Req = HttpRequest;
type Res = HttpResponse;

const ROSTER_PARAMS = [ApiParam({ name: 'district', example: 'suwon' }), ApiParam({ name: 'body', enum: bodyCodes })];
const rosterParams = (): MethodDecorator => (target, key, descriptor) => {
  for (const decorator of ROSTER_PARAMS) decorator(target, key, descriptor);
};

@ApiTags('rosters')
@Controller('rosters/:district/:body/members')
export class RostersController {
  constructor(@Inject(CommandGateway) private readonly gateway: CommandGateway) {}

  @Post()
  @HttpCode(201)
  @CommandRoute({ created: true })
  @rosterParams()
  @ApiOperation({ summary: 'Add a member to the body’s roster (secretary of the district and body)' })
  add(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...BODY) body: BodyCode,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() dto: AddMemberDto,
  ): Promise<CommandResponse> {
    const memberId = dto.memberId ?? assignedId(req, 'memberId');
    res.setHeader('Location', `/rosters/${district}/${body}/members/${memberId}`);
    return this.gateway.send(req, res, 'AddMember', { ...dto, district, body, memberId });
  }

  @Post(':memberId/term')
  @HttpCode(200)
  @CommandRoute()
  @rosterParams()
  @ApiOperation({ summary: 'Change a member’s term (reappointment, extension)' })
  term(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...BODY) body: BodyCode,
    @Param('memberId', new IdPipe('memberId')) memberId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() dto: ChangeMemberTermDto,
  ) {
    return this.gateway.send(req, res, 'ChangeMemberTerm', { ...dto, district, body, memberId });
  }

  @Post(':memberId/role')
  @HttpCode(200)
  @CommandRoute()
  @rosterParams()
  @ApiOperation({ summary: 'Change a member’s role (위원장, 부위원장, 위원)' })
  role(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...BODY) body: BodyCode,
    @Param('memberId', new IdPipe('memberId')) memberId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() dto: ChangeMemberRoleDto,
  ) {
    return this.gateway.send(req, res, 'ChangeMemberRole', { ...dto, district, body, memberId });
  }

  @Post(':memberId/departure')
  @HttpCode(200)
  @CommandRoute()
  @rosterParams()
  @ApiOperation({ summary: 'Record that a member leaves the body (해촉·사임); off the roll from that day' })
  leave(
    @Param(...DISTRICT) district: DistrictCode,
    @Param(...BODY) body: BodyCode,
    @Param('memberId', new IdPipe('memberId')) memberId: string,
    @Req() req: Req,
    @Res({ passthrough: true }) res: Res,
    @Body() dto: RemoveMemberDto,
  ) {
    return this.gateway.send(req, res, 'RemoveMember', { ...dto, district, body, memberId });
  }
}
