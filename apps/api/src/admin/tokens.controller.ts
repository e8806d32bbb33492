/** Access tokens, for administrators: issue (the secret is shown once), list, rotate, revoke. */
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { AccessTokenService, type AccessTokenRecord, type IssuedAccessToken } from '@gongron/application';
import { tokenRoles } from '@gongron/domain';
import { CreateTokenDto } from './token.dto.js';
import { Roles } from '../access/access.decorators.js';
import { ProblemDto } from '../commands/openapi.js';
import { ApiProblem } from '../problem/api-problem.js';

export class TokenRecordDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: tokenRoles }) role!: string;
  @ApiPropertyOptional() district?: string;
  @ApiPropertyOptional() body?: string;
  @ApiPropertyOptional({ description: "A civic council secretary's own council" }) council?: string;
  @ApiPropertyOptional() party?: string;
  @ApiPropertyOptional() name?: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'From then on the token answers 401 (invalid_token)' }) expiresAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) revokedAt?: string;
}

export class IssuedTokenDto extends TokenRecordDto {
  @ApiProperty({ description: 'The bearer token. Shown once; only its hash is stored.' }) token!: string;
}

@ApiTags('admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ type: ProblemDto, description: 'Not an administrator' })
@Roles('admin')
@Controller('admin/tokens')
export class TokensController {
  constructor(@Inject(AccessTokenService) private readonly tokens: AccessTokenService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Issue a token for a role and scope' })
  @ApiCreatedResponse({ type: IssuedTokenDto })
  create(@Body() body: CreateTokenDto): Promise<IssuedAccessToken> {
    return this.tokens.create(body);
  }

  @Get()
  @ApiOperation({ summary: 'Active tokens (never the secrets)' })
  @ApiOkResponse({ type: [TokenRecordDto] })
  list(): Promise<AccessTokenRecord[]> {
    return this.tokens.list();
  }

  @Post(':id/rotation')
  @HttpCode(201)
  @ApiOperation({ summary: 'Rotate a token: a successor with the same role and scope (shown once); the old one is revoked at once' })
  @ApiCreatedResponse({ type: IssuedTokenDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No active token has this id' })
  async rotate(
    @Param(
      'id',
      new ParseUUIDPipe({ exceptionFactory: () => ApiProblem.notFound('TOKEN.NOT_FOUND', 'No token has this id.', { field: 'id' }) }),
    )
    id: string,
  ): Promise<IssuedAccessToken> {
    const rotated = await this.tokens.rotate(id);
    if (!rotated) throw ApiProblem.notFound('TOKEN.NOT_FOUND', `No active token has the id ${id}.`, { field: 'id' });
    return rotated.issued;
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke a token: it answers 401 from now on' })
  @ApiOkResponse({ type: TokenRecordDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  async revoke(
    @Param(
      'id',
      new ParseUUIDPipe({ exceptionFactory: () => ApiProblem.notFound('TOKEN.NOT_FOUND', 'No token has this id.', { field: 'id' }) }),
    )
    id: string,
  ): Promise<AccessTokenRecord> {
    const revoked = await this.tokens.revoke(id);
    if (!revoked) throw ApiProblem.notFound('TOKEN.NOT_FOUND', `No token has the id ${id}.`, { field: 'id' });
    return revoked;
  }
}
