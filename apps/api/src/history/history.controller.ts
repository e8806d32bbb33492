/**
 * The timeline of one agenda item, project or agreement for the people who work on it: every
 * event with what happened, who did it (role, district, body or party, name) and when (recorded
 * and, where it differs, effective). Secretaries and officials read the timelines of their own
 * district (they carry personal fields such as opinion texts); auditors and administrators read
 * every one. Hashes and the rest of the audit detail stay on the auditors' routes.
 */
import { Controller, Get, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiQuery, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '@gongron/event-store';
import { IdPipe } from '../commands/id.pipe.js';
import type { HttpRequest } from '../http-types.js';
import { ApiProblem } from '../problem/api-problem.js';

const DISTRICT = /^[a-z]{2,20}$/;
const YEAR = /^\d{4}$/;
const LIMIT_MAX = 5000;

export class TimelineActorDto {
  @ApiProperty({ enum: ['secretary', 'official', 'auditor', 'admin', 'system'] }) role!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The name on the acting token' }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) district!: string | null;
  @ApiProperty({ type: String, nullable: true }) body!: string | null;
  @ApiProperty({ type: String, nullable: true }) party!: string | null;
}

export class TimelineEntryDto {
  @ApiProperty({ description: '0-based revision of the stream' }) revision!: number;
  @ApiProperty({ example: 'AgendaItemAdopted' }) type!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'When the fact took effect, where that differs from when it was recorded' })
  effectiveAt!: string | null;
  @ApiProperty({ type: TimelineActorDto }) actor!: TimelineActorDto;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
}

export class TimelineDto {
  @ApiProperty({ example: 'agenda-item:3f1c…' }) streamId!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ type: [TimelineEntryDto] }) events!: TimelineEntryDto[];
}

type Timeline = TimelineDto;

@ApiTags('timelines')
@ApiBearerAuth()
@Controller()
export class HistoryController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('agenda-items/:id/history')
  @ApiOkResponse({ type: TimelineDto })
  @ApiOperation({ summary: "An agenda item's timeline: every event, what, who and when" })
  @ApiQuery({ name: 'limit', required: false, description: `1–${LIMIT_MAX}, default 1000` })
  agendaItem(@Param('id', new IdPipe('id')) id: string, @Req() request: HttpRequest, @Query('limit') limit?: string): Promise<Timeline> {
    return this.timeline(`agenda-item:${id}`, request, limit, 'AGENDA_ITEM.NOT_FOUND');
  }

  @Get('projects/:id/history')
  @ApiOkResponse({ type: TimelineDto })
  @ApiOperation({ summary: "A project's timeline: every event, what, who and when" })
  @ApiQuery({ name: 'limit', required: false, description: `1–${LIMIT_MAX}, default 1000` })
  project(@Param('id', new IdPipe('id')) id: string, @Req() request: HttpRequest, @Query('limit') limit?: string): Promise<Timeline> {
    return this.timeline(`project:${id}`, request, limit, 'PROJECT.NOT_FOUND');
  }

  @Get('agreements/:district/:year/history')
  @ApiOkResponse({ type: TimelineDto })
  @ApiOperation({ summary: "An agreement's timeline: every event, what, who and when" })
  @ApiQuery({ name: 'limit', required: false, description: `1–${LIMIT_MAX}, default 1000` })
  agreement(
    @Param('district') district: string,
    @Param('year') year: string,
    @Req() request: HttpRequest,
    @Query('limit') limit?: string,
  ): Promise<Timeline> {
    if (!DISTRICT.test(district))
      throw ApiProblem.badRequest('QUERY.INVALID_DISTRICT', 'district must be a district code such as suwon', { field: 'district' });
    if (!YEAR.test(year)) throw ApiProblem.badRequest('QUERY.INVALID_YEAR', 'year must be four digits', { field: 'year' });
    return this.timeline(`agreement:${district}-${year}`, request, limit, 'AGREEMENT.NOT_FOUND');
  }

  private async timeline(streamId: string, request: HttpRequest, rawLimit: string | undefined, notFoundCode: string): Promise<Timeline> {
    const limit = rawLimit === undefined ? 1000 : Number(rawLimit);
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > LIMIT_MAX) {
      throw ApiProblem.badRequest('QUERY.INVALID_LIMIT', `limit must be a whole number from 1 to ${LIMIT_MAX}`, { field: 'limit' });
    }
    const revision = await this.store.streamRevision(streamId);
    if (revision < 0) throw ApiProblem.notFound(notFoundCode, `${streamId} does not exist`);
    const events = await this.store.readStream(streamId, { fromRevision: 0, maxCount: limit });
    const district = (events[0]?.data as { district?: unknown } | undefined)?.district;
    const actor = request.actor;
    if (actor && (actor.role === 'secretary' || actor.role === 'official') && actor.district !== district) {
      throw ApiProblem.forbidden(
        'ACCESS.OTHER_DISTRICT',
        `This timeline belongs to ${String(district)}; the token is for ${String(actor.district)}.`,
      );
    }
    return {
      streamId,
      revision,
      events: events.map((event) => {
        const who = event.metadata.actor as { role: string; name?: string; district?: string; body?: string; party?: string };
        return {
          revision: event.revision,
          type: event.type,
          recordedAt: event.recordedAt,
          effectiveAt: event.metadata.effectiveAt ?? null,
          actor: {
            role: who.role,
            name: who.name ?? null,
            district: who.district ?? null,
            body: who.body ?? null,
            party: who.party ?? null,
          },
          data: event.data as Record<string, unknown>,
        };
      }),
    };
  }
}
