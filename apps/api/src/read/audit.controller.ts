/**
 * Auditor routes: any stream's full history with hashes, time travel, hash-chain verification
 * and streamed exports (JSON Lines, or CSV in UTF-8 with BOM for Excel).
 */
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  LogCheckpoints,
  personalDataReader,
  SavedCheckpointRefusal,
  SQL_DATABASE,
  type SqlDatabase,
  trustSavedCheckpoint,
  WitnessRegistry,
} from '@gongron/application';
import { EVENT_STORE, type EventStore, parseVerifierKey, revealPersonalText, type TrustedCheckpoint } from '@gongron/event-store';
import {
  type StateSnapshots,
  type TimeTravelQuery,
  boardAsOf,
  exportEvents,
  exportLines,
  invalidQuery,
  notFound,
  oneOf,
  parseAsOf,
  parseNonNegativeInt,
  stateAt,
  verifyHistory,
  verifyStreamHistory,
} from '@gongron/projections';
import { Roles } from '../access/access.decorators.js';
import type { HttpResponse } from '../http-types.js';
import { ReadErrorsInterceptor, single, toProblem } from './read-errors.js';
import { requiredDistrict } from './read-params.js';
import { STATE_SNAPSHOTS } from './read-runtime.js';
import { streamToResponse } from './stream-export.js';
import { CurrentActor } from '../access/current-actor.decorator.js';
import { ApiProblem } from '../problem/api-problem.js';
import { VerifyAgainstCheckpointDto } from './verify-checkpoint.dto.js';

type Q = Record<string, unknown>;

const TIME_TRAVEL_QUERIES = [
  ApiQuery({ name: 'asOf', required: false, description: 'ISO instant, or YYYY-MM-DD (end of that day, Korea time)' }),
  ApiQuery({ name: 'atRevision', required: false, description: '0-based revision of the stream' }),
  ApiQuery({
    name: 'timeline',
    required: false,
    enum: ['recorded', 'effective'],
    description: 'asOf by recorded time (default) or by when facts took effect',
  }),
];
const timeTravelQueries = (): MethodDecorator => (target, key, descriptor) => {
  for (const decorator of TIME_TRAVEL_QUERIES) decorator(target, key, descriptor);
};

const ID = /^[A-Za-z0-9._~-]{1,190}$/;

function entityId(value: string, field: string): string {
  if (!ID.test(value)) throw invalidQuery('QUERY.INVALID_ID', field, `${field} must be 1–190 characters of A–Z a–z 0–9 . _ ~ -`);
  return value;
}

@ApiTags('audit')
@ApiBearerAuth()
@Roles('auditor', 'admin')
@UseInterceptors(ReadErrorsInterceptor)
@Controller('audit')
export class AuditController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly sql: SqlDatabase,
    @Inject(STATE_SNAPSHOTS) private readonly snapshots: StateSnapshots,
    @Inject(LogCheckpoints) private readonly checkpoints: LogCheckpoints,
    @Inject(WitnessRegistry) private readonly witnesses: WitnessRegistry,
  ) {}

  @Get('streams/:streamId/events')
  @ApiOperation({ summary: "A stream's full history: who, when, what, hash" })
  @ApiParam({ name: 'streamId', example: 'agenda-item:3f1c…' })
  @ApiQuery({ name: 'fromRevision', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1–5000, default 1000' })
  async streamEvents(@Param('streamId') streamId: string, @Query() q: Q) {
    const fromRevision = parseNonNegativeInt(single(q, 'fromRevision') ?? '0', 'fromRevision');
    const limit = parseNonNegativeInt(single(q, 'limit') ?? '1000', 'limit');
    if (limit < 1 || limit > 5000) throw invalidQuery('QUERY.INVALID_LIMIT', 'limit', 'limit must be from 1 to 5000');
    const revision = await this.store.streamRevision(streamId);
    if (revision < 0) throw notFound('QUERY.STREAM_NOT_FOUND', `Stream ${streamId} does not exist`);
    const events = await this.store.readStream(streamId, { fromRevision, maxCount: limit });
    return {
      streamId,
      revision,
      events: events.map((e) => ({
        position: e.position,
        revision: e.revision,
        id: e.id,
        type: e.type,
        schemaVersion: e.schemaVersion,
        recordedAt: e.recordedAt,
        effectiveAt: e.metadata.effectiveAt,
        actor: e.metadata.actor,
        correlationId: e.metadata.correlationId,
        causationId: e.metadata.causationId,
        data: e.data,
        hash: e.hash,
        previousHash: e.previousHash,
      })),
      next: events.length === limit && events[events.length - 1]!.revision < revision ? events[events.length - 1]!.revision + 1 : null,
    };
  }

  @Get('agenda-items/:id')
  @ApiOperation({ summary: 'An agenda item as it stood at a time or revision' })
  @timeTravelQueries()
  agendaItem(@Param('id') id: string, @Query() q: Q) {
    return stateAt(this.store, `agenda-item:${entityId(id, 'id')}`, this.timeTravel(q), this.snapshots);
  }

  @Get('projects/:id')
  @ApiOperation({ summary: 'A project as it stood at a time or revision' })
  @timeTravelQueries()
  project(@Param('id') id: string, @Query() q: Q) {
    return stateAt(this.store, `project:${entityId(id, 'id')}`, this.timeTravel(q), this.snapshots);
  }

  @Get('agreements/:district/:year')
  @ApiOperation({ summary: 'An agreement as it stood at a time or revision' })
  @timeTravelQueries()
  agreement(@Param('district') district: string, @Param('year') year: string, @Query() q: Q) {
    if (!/^\d{4}$/.test(year)) throw invalidQuery('QUERY.INVALID_YEAR', 'year', 'year must be a four-digit year');
    return stateAt(this.store, `agreement:${requiredDistrict(district)}-${year}`, this.timeTravel(q), this.snapshots);
  }

  @Get('districts/:district/board')
  @ApiOperation({ summary: "A district's agenda board as it stood at a date" })
  @ApiQuery({ name: 'asOf', required: true, description: 'ISO instant, or YYYY-MM-DD (end of that day, Korea time)' })
  async board(@Param('district') district: string, @Query() q: Q) {
    const raw = single(q, 'asOf');
    if (!raw) throw invalidQuery('QUERY.MISSING_AS_OF', 'asOf', 'asOf is required (YYYY-MM-DD or an ISO instant)');
    const asOf = parseAsOf(raw);
    const items = await boardAsOf(this.store, this.sql.db, requiredDistrict(district), asOf);
    return { district, asOf: asOf.toISOString(), items };
  }

  @Get('verify')
  @ApiOperation({
    summary:
      "Recompute every hash chain and leaf of the log's Merkle tree, hold the events against the stored tree, the stream heads and every checkpoint signed with the log's key, " +
      'and fold every stream (or one stream: unknown is 404); name the first bad position and the streams that no longer fold',
  })
  @ApiQuery({ name: 'stream', required: false })
  async verify(@Query() q: Q) {
    return this.verifyAgainst(single(q, 'stream'), this.store.merkle ? await this.checkpoints.trusted() : []);
  }

  /**
   * The log (or one stream) held against checkpoints, the saved ones first: one stream against the saved ones and the
   * installation's latest (it covers every earlier leaf), the whole log against all of them.
   */
  private verifyAgainst(stream: string | undefined, installation: readonly TrustedCheckpoint[], saved: readonly TrustedCheckpoint[] = []) {
    return stream
      ? verifyStreamHistory(this.store, stream, { checkpoints: [...saved, ...installation.slice(-1)] })
      : verifyHistory(this.store, undefined, { checkpoints: [...saved, ...installation] });
  }

  @Post('verify')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Verify as GET /audit/verify does, and hold the log against a checkpoint saved outside the database: its signature must hold under ' +
      "the log's key or a registered witness's key (else 422 naming the field checkpoint), and the events must give its root (else not ok, naming why)",
  })
  async verifyAgainstSaved(@Body() body: VerifyAgainstCheckpointDto) {
    if (!this.store.merkle)
      throw ApiProblem.notFound('LOG.NO_MERKLE_TREE', "This installation's event store keeps no Merkle tree (EventStoreDB)");
    const saved = await this.savedCheckpoint(body.checkpoint);
    return this.verifyAgainst(body.stream, await this.checkpoints.trusted(), [saved]);
  }

  private async savedCheckpoint(text: string): Promise<TrustedCheckpoint> {
    const keys = { log: [parseVerifierKey(this.checkpoints.key.verifierKey)], witnesses: await this.witnesses.registered() };
    try {
      return trustSavedCheckpoint(text, keys, 'the saved checkpoint');
    } catch (error) {
      if (!(error instanceof SavedCheckpointRefusal)) throw error;
      throw new ApiProblem(422, error.code, error.message, { field: 'checkpoint' });
    }
  }

  @Get('export')
  @ApiOperation({ summary: "Export a stream's or a district's whole history, streamed" })
  @ApiQuery({ name: 'stream', required: false })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'format', required: false, enum: ['jsonl', 'csv'] })
  @ApiProduces('application/x-ndjson', 'text/csv')
  async export(@Query() q: Q, @Res() res: HttpResponse, @CurrentActor() actor: Actor | undefined): Promise<void> {
    const stream = single(q, 'stream');
    const district = single(q, 'district');
    const format = (oneOf(single(q, 'format'), ['jsonl', 'csv'], 'format') ?? 'jsonl') as 'jsonl' | 'csv';
    try {
      if (Boolean(stream) === Boolean(district))
        throw invalidQuery('QUERY.EXPORT_SCOPE', 'stream', 'Give exactly one of stream or district');
      if (stream && (await this.store.streamRevision(stream)) < 0)
        throw notFound('QUERY.STREAM_NOT_FOUND', `Stream ${stream} does not exist`);
      if (district) requiredDistrict(district);
    } catch (error) {
      throw toProblem(error);
    }
    const name = (stream ?? district!).replace(/[^A-Za-z0-9._-]/g, '_');
    res.statusCode = 200;
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="gongron-${name}.${format}"`);
    const events = exportEvents(this.store, stream ? { stream } : { district: district! });
    // The export is read for its caller like every answer (the interceptor does not see a streamed body).
    const keys = this.store.subjectKeys;
    const reader = personalDataReader(actor);
    async function* readable(lines: AsyncIterable<string>): AsyncIterable<string> {
      for await (const line of lines) yield revealPersonalText(line, keys, reader);
    }
    await streamToResponse(readable(exportLines(events, format)), res);
  }

  private timeTravel(q: Q): TimeTravelQuery {
    const asOf = single(q, 'asOf');
    const atRevision = single(q, 'atRevision');
    const timeline = oneOf(single(q, 'timeline'), ['recorded', 'effective'], 'timeline') as 'recorded' | 'effective' | undefined;
    return {
      asOf: asOf ? parseAsOf(asOf) : undefined,
      atRevision: atRevision !== undefined ? parseNonNegativeInt(atRevision, 'atRevision') : undefined,
      timeline,
    };
  }
}
