/** Shapes for the OpenAPI document: the command answer and the problem body. */
import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiCreatedResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiQuery,
  ApiResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

export class ReceiptDto {
  @ApiProperty({ description: "0-based index of the leaf in the log's Merkle tree" }) leafIndex!: number;
  @ApiProperty({ description: 'SHA-256(0x00 ‖ position as 8 bytes big-endian ‖ event hash), hex' }) leafHash!: string;
  @ApiProperty({ description: 'Size of the tree right after the append; prove inclusion against any checkpoint at least this large' })
  treeSize!: number;
}

export class EventSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty() type!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() position!: number;
  @ApiProperty() recordedAt!: string;
  @ApiPropertyOptional({
    type: ReceiptDto,
    description: 'Where the event sits in the Merkle tree (absent on EventStoreDB, which keeps no tree)',
  })
  receipt?: ReceiptDto;
}

export class PartialListDto {
  @ApiProperty({ description: 'Entries the list holds' }) total!: number;
  @ApiProperty({ description: 'Latest entries shown in the answer' }) shown!: number;
}

export class CommandResponseDto {
  @ApiProperty({ example: 'agenda-item:3f1c…' }) streamId!: string;
  @ApiProperty({ description: 'Revision after the command; also the ETag' }) revision!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'State after the command; every list cut to its latest 20 entries',
  })
  state!: Record<string, unknown>;
  @ApiProperty({ type: [String], description: 'Commands allowed next' }) allowedActions!: string[];
  @ApiProperty({ type: [EventSummaryDto] }) events!: EventSummaryDto[];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object', properties: { total: { type: 'integer' }, shown: { type: 'integer' } } },
    description: 'Lists the answer cut short, by name (e.g. opinions); the full lists are on the paged list routes',
  })
  partial?: Record<string, PartialListDto>;
}

export class StreamListPageDto {
  @ApiProperty() streamId!: string;
  @ApiProperty({ description: 'Revision the page was read at; also the ETag' }) revision!: number;
  @ApiProperty({ example: 'opinions' }) list!: string;
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Entries in recorded order' })
  entries!: unknown[];
}

export class LocalizedTextDto {
  @ApiProperty({ example: '의사정족수에 미달합니다: 재적 과반수가 출석해야 합니다.' }) ko!: string;
  @ApiProperty({ example: 'No quorum: more than half of the members on roll must be present.' }) en!: string;
}

export class ProblemFieldErrorDto {
  @ApiProperty() field!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'In the language of Accept-Language (Korean by default)' }) message!: string;
  @ApiPropertyOptional({ type: LocalizedTextDto, description: 'The message in both languages' }) messages?: LocalizedTextDto;
}

export class ProblemDto {
  @ApiProperty({ example: 'urn:gongron:problem:vote.no_quorum' }) type!: string;
  @ApiProperty({
    example: '의사정족수에 미달합니다: 재적 과반수가 출석해야 합니다.',
    description: 'The message of the code, in the language of Accept-Language (ko default, en)',
  })
  title!: string;
  @ApiProperty({ example: 422 }) status!: number;
  @ApiProperty({ example: 'VOTE.NO_QUORUM' }) code!: string;
  @ApiProperty({ description: 'This refusal in full, in the language of Accept-Language' }) detail!: string;
  @ApiPropertyOptional({ type: LocalizedTextDto, description: 'The message of the code in both languages' }) messages?: LocalizedTextDto;
  @ApiPropertyOptional() field?: string;
  @ApiPropertyOptional({ type: [String] }) allowedActions?: string[];
  @ApiPropertyOptional({ type: [ProblemFieldErrorDto] }) errors?: ProblemFieldErrorDto[];
}

/** The refusal classes every command route can answer with. */
export function CommandRoute(options: { created?: boolean } = {}) {
  return applyDecorators(
    ApiBearerAuth(),
    ApiHeader({ name: 'If-Match', required: false, description: 'Revision last seen, e.g. "3"; a stale one is refused with 412' }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body replay the first response and write nothing' }),
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Recorded on the events; created when absent' }),
    options.created
      ? ApiCreatedResponse({ type: CommandResponseDto, description: 'Done; ETag is the new revision' })
      : ApiOkResponse({ type: CommandResponseDto, description: 'Done; ETag is the new revision' }),
    ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid input (each field named)' }),
    ApiUnauthorizedResponse({ type: ProblemDto, description: 'No, unknown or revoked token' }),
    ApiForbiddenResponse({ type: ProblemDto, description: 'Outside the token’s district, body or party' }),
    ApiNotFoundResponse({ type: ProblemDto, description: 'Unknown item, project or agreement' }),
    ApiConflictResponse({ type: ProblemDto, description: 'Not allowed in the current state (allowedActions given)' }),
    ApiResponse({ status: 412, type: ProblemDto, description: 'If-Match names a stale revision' }),
    ApiUnprocessableEntityResponse({
      type: ProblemDto,
      description: 'A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body',
    }),
  );
}

/** A paged list of one stream's state (`offset`, `limit` up to 200). */
export function ListRoute() {
  return applyDecorators(
    ApiBearerAuth(),
    ApiQuery({ name: 'offset', required: false, description: 'entries to skip (default 0)' }),
    ApiQuery({ name: 'limit', required: false, description: 'entries on the page, 1 to 200 (default 50)' }),
    ApiOkResponse({ type: StreamListPageDto, description: 'One page in recorded order; ETag is the revision it was read at' }),
    ApiBadRequestResponse({ type: ProblemDto }),
    ApiUnauthorizedResponse({ type: ProblemDto }),
    ApiNotFoundResponse({ type: ProblemDto }),
  );
}

export function ReadRoute() {
  return applyDecorators(
    ApiBearerAuth(),
    // The answer's schema (the stream's state typed by the domain's view) is set in openapi/read-schemas.ts.
    ApiOkResponse({ description: 'Current state from the log; ETag is the revision' }),
    ApiUnauthorizedResponse({ type: ProblemDto }),
    ApiNotFoundResponse({ type: ProblemDto }),
  );
}
