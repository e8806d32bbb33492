/**
 * Attachments of minutes over HTTP. `POST /attachments` takes the file as the raw request body
 * (its `Content-Type` the file's type or application/octet-stream; its name in `?name=` or in a
 * `Content-Disposition` header's filename) and answers its SHA-256: the hash minutes events
 * carry. The same bytes again answer the same hash (200 instead of 201). `GET
 * /attachments/{sha256}` gives the file back to those who may read the minutes of its district:
 * its secretaries and officials, and auditors.
 */
import { Controller, Get, HttpCode, Inject, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiProperty,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { parse as parseDisposition } from 'content-disposition';
import {
  ALLOWED_MEDIA_TYPES,
  ATTACHMENT_STORE,
  type Actor,
  type AttachmentStore,
  CommandRefused,
  SHA256_PATTERN,
} from '@gongron/application';
import { Roles } from '../access/access.decorators.js';
import { CurrentActor } from '../access/current-actor.decorator.js';
import { ProblemDto } from '../commands/openapi.js';
import type { HttpRequest, HttpResponse } from '../http-types.js';
import { NaturallyIdempotent } from '../idempotency/without-idempotency-key.js';
import { ApiProblem } from '../problem/api-problem.js';
import { attachmentDisposition } from './disposition.js';

export class AttachmentDto {
  @ApiProperty({ description: 'SHA-256 of the bytes, lower-case hex: the name minutes events use', example: 'e3b0c442…' }) sha256!: string;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty({ enum: ALLOWED_MEDIA_TYPES.map((t) => t.mediaType), description: 'Read from the file’s first bytes' }) mediaType!: string;
  @ApiProperty({ description: 'The name kept for this district (the first upload’s)' }) name!: string;
  @ApiProperty() district!: string;
  @ApiProperty({ description: 'False when the district had these bytes already' }) created!: boolean;
}

const UPLOAD_TYPES = [...ALLOWED_MEDIA_TYPES.map((t) => t.mediaType), 'application/octet-stream'];

function fileName(request: HttpRequest, name: string | undefined): string {
  if (name !== undefined && name !== '') return name;
  const header = request.headers['content-disposition'];
  if (header !== undefined && header !== '') {
    try {
      const filename = parseDisposition(header).parameters['filename'];
      if (filename !== undefined && filename !== '') return filename;
    } catch {
      throw ApiProblem.badRequest(
        'ATTACHMENT.NAME_REQUIRED',
        'The Content-Disposition header could not be read; give the name as ?name=.',
        { field: 'Content-Disposition' },
      );
    }
  }
  throw ApiProblem.badRequest(
    'ATTACHMENT.NAME_REQUIRED',
    "Give the file name: ?name=, or Content-Disposition: attachment; filename*=UTF-8''….",
    { field: 'name' },
  );
}

@ApiTags('attachments')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('attachments')
export class AttachmentsController {
  private readonly logger = new Logger('Attachments');

  constructor(@Inject(ATTACHMENT_STORE) private readonly store: AttachmentStore) {}

  @Post()
  @NaturallyIdempotent()
  @Roles('secretary', 'official')
  @ApiOperation({
    summary: 'Upload an attachment of minutes (PDF, HWP, HWPX, PNG, JPEG, GIF, WebP; the raw file as the body)',
    description:
      'The body is the file itself. Its type is read from its first bytes; a Content-Type other than application/octet-stream must agree. ' +
      'Files larger than GONGRON_ATTACHMENT_MAX_BYTES (20 MiB by default) are refused 413 as soon as the body passes the limit. ' +
      'An identical upload answers the same hash with 200 and stores nothing new.',
  })
  @ApiConsumes(...UPLOAD_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQuery({
    name: 'name',
    required: false,
    description: 'The file name (else the filename of Content-Disposition), e.g. 제3차 회의록.pdf',
  })
  @ApiHeader({
    name: 'Content-Disposition',
    required: false,
    description: "attachment; filename*=UTF-8''%EC%A0%9C3%EC%B0%A8.pdf (RFC 6266)",
  })
  @ApiCreatedResponse({ type: AttachmentDto, description: 'Stored; Location names the download' })
  @ApiOkResponse({ type: AttachmentDto, description: 'These bytes were stored for the district already' })
  @ApiResponse({ status: 400, type: ProblemDto, description: 'ATTACHMENT.NAME_REQUIRED, ATTACHMENT.NAME_INVALID, ATTACHMENT.EMPTY' })
  @ApiResponse({ status: 413, type: ProblemDto, description: 'ATTACHMENT.TOO_LARGE' })
  @ApiResponse({ status: 415, type: ProblemDto, description: 'ATTACHMENT.TYPE_NOT_ALLOWED, ATTACHMENT.TYPE_MISMATCH' })
  @HttpCode(201)
  async upload(
    @CurrentActor() actor: Actor,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpResponse,
    @Query('name') name?: string,
  ): Promise<AttachmentDto> {
    if (actor.district === undefined)
      throw ApiProblem.forbidden('ATTACHMENT.DISTRICT_REQUIRED', 'Attachments are uploaded by a secretary or official of a district.');
    const chosen = fileName(request, name);
    const declared = request.headers['content-type'];
    const put = await this.store
      .put(request, {
        name: chosen,
        ...(declared !== undefined ? { mediaType: declared } : {}),
        district: actor.district,
        uploadedBy: actor.id,
      })
      .catch((error: unknown) => {
        if (error instanceof CommandRefused || !(request.destroyed || request.readableAborted)) throw error;
        // The client went away mid-body: nothing was stored, and there is no one to answer.
        this.logger.warn(`attachment upload broke off after part of its body (${chosen}); nothing was stored`);
        throw ApiProblem.badRequest(
          'ATTACHMENT.UPLOAD_INCOMPLETE',
          'The upload broke off before the whole file arrived; nothing was stored.',
          { field: 'body' },
        );
      });
    response.status(put.created ? 201 : 200);
    response.setHeader('Location', `/attachments/${put.sha256}`);
    response.setHeader('ETag', `"${put.sha256}"`);
    return { sha256: put.sha256, size: put.size, mediaType: put.mediaType, name: put.name, district: actor.district, created: put.created };
  }

  @Get(':sha256')
  @Roles('secretary', 'official', 'auditor', 'province')
  @ApiOperation({
    summary:
      'Download an attachment by its SHA-256 (its district’s secretaries and officials; auditors and the province office, any district’s)',
  })
  @ApiParam({ name: 'sha256', description: '64 lower-case hex digits' })
  @ApiProduces(...ALLOWED_MEDIA_TYPES.map((t) => t.mediaType))
  @ApiOkResponse({
    schema: { type: 'string', format: 'binary' },
    description: 'The bytes; ETag is the hash, Content-Disposition the name (RFC 6266, filename* in UTF-8)',
  })
  @ApiResponse({ status: 304, description: 'If-None-Match named the hash' })
  @ApiResponse({ status: 400, type: ProblemDto, description: 'ATTACHMENT.HASH_INVALID' })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'ACCESS.OTHER_DISTRICT' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'ATTACHMENT.NOT_FOUND' })
  async download(
    @CurrentActor() actor: Actor,
    @Param('sha256') sha256: string,
    @Req() request: HttpRequest,
    @Res() response: HttpResponse,
  ): Promise<void> {
    const content = await this.readable(actor, sha256);
    response.setHeader('ETag', `"${content.sha256}"`);
    response.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    const ifNoneMatch = request.headers['if-none-match'];
    if (
      ifNoneMatch !== undefined &&
      ifNoneMatch
        .split(',')
        .map((tag) => tag.trim().replace(/^W\//, ''))
        .some((tag) => tag === `"${content.sha256}"` || tag === '*')
    ) {
      response.status(304).end();
      return;
    }
    response.setHeader('Content-Type', content.mediaType);
    response.setHeader('Content-Length', String(content.size));
    response.setHeader('Content-Disposition', attachmentDisposition(content.name, content.sha256));
    response.status(200).end(request.method === 'HEAD' ? undefined : content.bytes);
  }

  private async readable(actor: Actor, sha256: string) {
    if (!SHA256_PATTERN.test(sha256))
      throw ApiProblem.badRequest('ATTACHMENT.HASH_INVALID', 'An attachment is named by its SHA-256: 64 lower-case hexadecimal digits.', {
        field: 'sha256',
      });
    const everyDistrict = actor.role === 'auditor' || actor.role === 'province';
    const ownDistrict = everyDistrict ? undefined : actor.district;
    if (!everyDistrict && ownDistrict === undefined)
      throw ApiProblem.forbidden('ACCESS.OUT_OF_SCOPE', 'Attachments are read by the people of their district and by auditors.');
    const content = await this.store.get(sha256, ownDistrict);
    if (content === undefined) throw ApiProblem.notFound('ATTACHMENT.NOT_FOUND', `No attachment has the hash ${sha256}.`);
    if (ownDistrict !== undefined && !content.districts.includes(ownDistrict)) {
      throw ApiProblem.forbidden(
        'ACCESS.OTHER_DISTRICT',
        `This attachment belongs to ${content.districts.join(', ')}; the token is for ${ownDistrict}.`,
        { field: 'district' },
      );
    }
    return content;
  }
}
