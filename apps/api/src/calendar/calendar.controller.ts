/**
 * Calendars of a district's bodies (RFC 5545), read with a link: `GET
 * /calendar/{district}/{body}.ics?key=…` needs no sign-in, only the key of a live link made for
 * that district and body (`POST /calendar-feeds`), so a calendar program can subscribe. The
 * steering committee's calendar carries every open deadline of the district (it reviews, checks
 * conditions and evaluates); the other bodies' calendars carry the deadlines that wait on them.
 * Every body's calendar carries its own meetings as timed events in Korean time.
 */
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { Actor } from '@gongron/application';
import { bodyCodes, isBodyCode, isDistrictCode, TEXT_LIMITS } from '@gongron/domain';
import { Public, Roles } from '../access/access.decorators.js';
import { CurrentActor } from '../access/current-actor.decorator.js';
import { ProblemDto } from '../commands/openapi.js';
import { OpenDeadlines } from '../deadlines/open-deadlines.js';
import { OpenMeetings } from '../meetings/open-meetings.js';
import type { HttpResponse } from '../http-types.js';
import { ApiProblem } from '../problem/api-problem.js';
import { type CalendarFeed, CalendarFeeds } from './calendar-feeds.js';
import { calendarDocument } from './ics.js';

export class CreateCalendarFeedDto {
  @ApiProperty({ enum: bodyCodes })
  @IsIn(bodyCodes)
  body!: string;

  @ApiPropertyOptional({ example: 'suwon', description: 'The caller’s own district; an administrator names one' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z]{2,20}$/)
  district?: string;

  @ApiPropertyOptional({ example: '운영위원회 공용 달력', maxLength: TEXT_LIMITS.label })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.label)
  label?: string;
}

export class CalendarFeedDto {
  @ApiProperty({ format: 'uuid' }) feedId!: string;
  @ApiProperty() district!: string;
  @ApiProperty({ enum: bodyCodes }) body!: string;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'From then on the link answers 403 CALENDAR.KEY_INVALID' })
  revokedAt!: string | null;
}

export class IssuedCalendarFeedDto extends CalendarFeedDto {
  @ApiProperty({ description: 'The secret of the link, shown only now' }) key!: string;
  @ApiProperty({
    example: '/calendar/suwon/steering-committee.ics?key=grcal_…',
    description: 'The read-only link (relative to this server)',
  })
  path!: string;
}

const feedPath = (feed: CalendarFeed, key: string) => `/calendar/${feed.district}/${feed.body}.ics?key=${encodeURIComponent(key)}`;

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(
    @Inject(CalendarFeeds) private readonly feeds: CalendarFeeds,
    @Inject(OpenDeadlines) private readonly deadlines: OpenDeadlines,
    @Inject(OpenMeetings) private readonly meetings: OpenMeetings,
  ) {}

  @Get('calendar/:district/:file')
  @Public()
  @ApiOperation({
    summary:
      'A body’s calendar (iCalendar, RFC 5545) with its deadlines and meetings, for a calendar program; the key is the read-only link’s',
  })
  @ApiParam({ name: 'district', example: 'suwon' })
  @ApiParam({ name: 'file', example: 'steering-committee.ics', description: '<body>.ics' })
  @ApiQuery({ name: 'key', required: true, description: 'The secret of a link from POST /calendar-feeds' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    schema: { type: 'string' },
    description: 'text/calendar; deadlines as all-day events on the Korean due days, meetings as timed events in Asia/Seoul',
  })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'CALENDAR.KEY_INVALID' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'CALENDAR.FEED_NOT_FOUND: no such district or body' })
  async calendar(
    @Param('district') district: string,
    @Param('file') file: string,
    @Res() response: HttpResponse,
    @Query('key') key?: string,
  ): Promise<void> {
    const body = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
    if (!isDistrictCode(district) || !isBodyCode(body))
      throw ApiProblem.notFound(
        'CALENDAR.FEED_NOT_FOUND',
        `No calendar at /calendar/${district}/${file}: expected /calendar/<district>/<body>.ics.`,
      );
    const feed = typeof key === 'string' ? await this.feeds.open(district, body, key) : undefined;
    if (feed === undefined)
      throw ApiProblem.forbidden('CALENDAR.KEY_INVALID', 'The key is unknown, revoked or made for another calendar.', { field: 'key' });
    const [deadlines, meetings] = await Promise.all([
      this.deadlines.of(body === 'steering-committee' ? { district } : { district, body }),
      this.meetings.ofBody(district, body),
    ]);
    const document = await calendarDocument(district, body, deadlines, meetings);
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Content-Disposition', `inline; filename="${district}-${body}.ics"`);
    response.setHeader('Cache-Control', 'private, max-age=300');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.status(200).end(document);
  }

  @Post('calendar-feeds')
  @Roles('secretary', 'official', 'admin')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Make a read-only calendar link for a body of the caller’s district (the key is shown once)' })
  @ApiCreatedResponse({ type: IssuedCalendarFeedDto })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'ACCESS.OTHER_DISTRICT' })
  async create(@CurrentActor() actor: Actor, @Body() request: CreateCalendarFeedDto): Promise<IssuedCalendarFeedDto> {
    const district = this.districtFor(actor, request.district);
    const issued = await this.feeds.issue(district, request.body, actor.id, request.label);
    return { ...issued, path: feedPath(issued, issued.key) };
  }

  @Get('calendar-feeds')
  @Roles('secretary', 'official', 'admin')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOperation({ summary: 'The calendar links of the caller’s district (every district for an administrator), without their keys' })
  @ApiOkResponse({ type: [CalendarFeedDto] })
  list(@CurrentActor() actor: Actor): Promise<CalendarFeed[]> {
    return this.feeds.list(actor.role === 'admin' ? undefined : actor.district);
  }

  @Delete('calendar-feeds/:feedId')
  @HttpCode(200)
  @Roles('secretary', 'official', 'admin')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Revoke a calendar link: from now on its key opens nothing' })
  @ApiOkResponse({ type: CalendarFeedDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'CALENDAR.FEED_NOT_FOUND' })
  async revoke(@CurrentActor() actor: Actor, @Param('feedId', new ParseUUIDPipe({ version: '4' })) feedId: string): Promise<CalendarFeed> {
    const feed = await this.feeds.find(feedId);
    if (feed === undefined) throw ApiProblem.notFound('CALENDAR.FEED_NOT_FOUND', `No calendar link has the id ${feedId}.`);
    this.districtFor(actor, feed.district);
    return (await this.feeds.revoke(feedId))!;
  }

  private districtFor(actor: Actor, district: string | undefined): string {
    if (actor.role === 'admin') {
      if (district === undefined || !isDistrictCode(district))
        throw ApiProblem.badRequest('QUERY.INVALID_DISTRICT', 'An administrator names the district of the link.', { field: 'district' });
      return district;
    }
    if (district !== undefined && district !== actor.district) {
      throw ApiProblem.forbidden(
        'ACCESS.OTHER_DISTRICT',
        `The link would be for ${district}; the token is for ${actor.district ?? 'no district'}.`,
        { field: 'district' },
      );
    }
    return actor.district!;
  }
}
