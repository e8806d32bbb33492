/**
 * The meetings and rosters read models. Meeting lists carry no personal field; a roster and a
 * meeting's attendance name members, so they are for the district's own secretaries and
 * officials, auditors and administrators.
 */
import { Controller, Get, Inject, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type Actor, BusinessClock, GONGRON_CONFIG, type GongronConfig, SQL_DATABASE, type SqlDatabase } from '@gongron/application';
import {
  bodyCodes,
  civicCouncilRules,
  councilOfRecord,
  type DistrictCode,
  isDistrictCode,
  meetingStatuses,
  type Organisation,
} from '@gongron/domain';
import { listMeetings, meetingDetail, oneOf, rosterAsOf } from '@gongron/projections';
import { CurrentActor } from '../access/current-actor.decorator.js';
import { IdPipe } from '../commands/id.pipe.js';
import { ApiProblem } from '../problem/api-problem.js';
import { ReadErrorsInterceptor, single } from './read-errors.js';
import * as p from './read-params.js';

type Q = Record<string, unknown>;

/** Personal fields of a district: its own secretaries and officials, auditors and administrators. */
function assertReadsPersonalFields(actor: Actor | undefined, district: string): void {
  if (actor === undefined) throw ApiProblem.unauthorized('ACCESS.TOKEN_MISSING', 'This route needs a bearer token or a session.');
  if (actor.role === 'auditor' || actor.role === 'admin') return;
  if ((actor.role === 'secretary' || actor.role === 'official') && actor.district === district) return;
  throw ApiProblem.forbidden(
    'ACCESS.OTHER_DISTRICT',
    `Members' names of ${district} are for its own secretaries and officials and for auditors.`,
  );
}

/**
 * The civic council whose roster or meetings a read is for, as the read models record it (null:
 * the district's default council). A civic council secretary reads their own council's (naming
 * another is refused, 403 CIVIC_COUNCIL.OTHER_COUNCIL); others name one with `council`.
 */
function councilOfRead(
  organisation: Organisation,
  actor: Actor | undefined,
  district: DistrictCode,
  given: string | undefined,
  subject: 'roster' | 'meeting',
): string | null {
  const own = actor?.role === 'secretary' && actor.body === 'civic-council' && actor.district === district;
  const facts = { district, itemCouncil: given ?? (own ? actor.council : undefined), council: own ? actor.council : undefined, subject };
  const unknown = civicCouncilRules.knownCouncil.refusal(organisation, facts);
  if (unknown) throw ApiProblem.badRequest(unknown.code, unknown.message, { field: 'council', details: unknown.details });
  if (own) {
    const other = civicCouncilRules.ownCouncil.refusal(organisation, facts);
    if (other) throw ApiProblem.forbidden(other.code, other.message, { field: 'council', details: other.details });
  }
  return councilOfRecord(organisation, district, 'civic-council', facts.itemCouncil);
}

@ApiTags('read models')
@ApiBearerAuth()
@UseInterceptors(ReadErrorsInterceptor)
@Controller()
export class MeetingRegisterController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDatabase,
    @Inject(BusinessClock) private readonly clock: BusinessClock,
    @Inject(GONGRON_CONFIG) private readonly config: GongronConfig,
  ) {}

  @Get('meeting-register')
  @ApiOperation({ summary: 'Meetings per district and body by date: number, time (KST), place, agenda, state, on roll and present' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'body', required: false, enum: bodyCodes })
  @ApiQuery({
    name: 'council',
    required: false,
    description: "With body=civic-council: the civic council's code (default: a civic council secretary's own, else the district's first)",
  })
  @ApiQuery({ name: 'year', required: false })
  @ApiQuery({ name: 'state', required: false, enum: meetingStatuses.filter((status) => status !== 'none') })
  @ApiQuery({ name: 'from', required: false, description: 'YYYY-MM-DD' })
  @ApiQuery({ name: 'to', required: false, description: 'YYYY-MM-DD' })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 50' })
  @ApiQuery({ name: 'offset', required: false, description: 'default 0' })
  meetings(@Query() q: Q, @CurrentActor() actor: Actor | undefined) {
    const district = p.district(q);
    const body = p.body(q);
    const given = single(q, 'council');
    if (given !== undefined && (body !== 'civic-council' || district === undefined)) {
      throw ApiProblem.badRequest('QUERY.INVALID', 'council is given with district and body=civic-council', { field: 'council' });
    }
    const council =
      body === 'civic-council' && district !== undefined && isDistrictCode(district)
        ? councilOfRead(this.config.organisation, actor, district, given, 'meeting')
        : undefined;
    return listMeetings(
      this.sql.db,
      {
        district,
        body,
        ...(council !== undefined ? { council } : {}),
        year: p.year(q),
        state: oneOf(single(q, 'state'), meetingStatuses, 'state'),
        from: p.date(q, 'from'),
        to: p.date(q, 'to'),
      },
      p.page(q),
    );
  }

  @Get('meeting-register/:meetingId')
  @ApiOperation({ summary: 'One meeting with attendance by member (names) and the decisions taken at it' })
  @ApiParam({ name: 'meetingId', example: 'suwon-civic-council-2024-3' })
  async meeting(@Param('meetingId', new IdPipe('meetingId')) meetingId: string, @CurrentActor() actor: Actor | undefined) {
    const detail = await meetingDetail(this.sql.db, meetingId);
    assertReadsPersonalFields(actor, String(detail.district));
    if (detail.body === 'civic-council' && isDistrictCode(detail.district)) {
      // Its attendance is its council's: a secretary of another civic council of the district is refused.
      const district = detail.district;
      const council = typeof detail.council === 'string' ? detail.council : null;
      const own = actor?.role === 'secretary' && actor.body === 'civic-council' && actor.district === district;
      const facts = { district, itemCouncil: council, council: own ? actor.council : undefined, subject: 'meeting' as const };
      const other = own ? civicCouncilRules.ownCouncil.refusal(this.config.organisation, facts) : undefined;
      if (other) throw ApiProblem.forbidden(other.code, other.message, { field: 'council', details: other.details });
    }
    return detail;
  }

  @Get('rosters/:district/:body')
  @ApiOperation({
    summary: 'The roster of a body on a Korean date (default today): the members on roll (재적) with category, role and term',
  })
  @ApiParam({ name: 'district', example: 'suwon' })
  @ApiParam({ name: 'body', enum: bodyCodes })
  @ApiQuery({ name: 'on', required: false, description: 'YYYY-MM-DD (Korean date; default today in Seoul)' })
  @ApiQuery({
    name: 'council',
    required: false,
    description: "For the civic council: the council's code (default: a civic council secretary's own, else the district's first)",
  })
  roster(@Param('district') district: string, @Param('body') body: string, @Query() q: Q, @CurrentActor() actor: Actor | undefined) {
    const code = p.requiredDistrict(district) as DistrictCode;
    const bodyCode = oneOf(body, bodyCodes, 'body')!;
    assertReadsPersonalFields(actor, code);
    const given = single(q, 'council');
    if (given !== undefined && bodyCode !== 'civic-council') {
      throw ApiProblem.badRequest('QUERY.INVALID', 'council is given only for the civic council', { field: 'council' });
    }
    const council = bodyCode === 'civic-council' ? councilOfRead(this.config.organisation, actor, code, given, 'roster') : null;
    return rosterAsOf(this.sql.db, code, bodyCode, p.date(q, 'on') ?? this.clock.read().today, council);
  }
}
