/** Request and answer shapes of the session and sign-in-link routes, for validation and the OpenAPI document. */
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { tokenRoles } from '@gongron/domain';
import { BODIES, PARTIES } from '../commands/common.dto.js';
import { CreateTokenDto } from '../admin/token.dto.js';

/** Longest access token or sign-in code taken (both are 46 characters or fewer as issued). */
const SIGN_IN_INPUT_MAX = 200;

export class CreateSessionDto {
  @ApiPropertyOptional({ description: 'An access token (gr_…) to exchange for a session. Give this or code.', example: 'gr_…' })
  @IsOptional()
  @IsString()
  @MaxLength(SIGN_IN_INPUT_MAX)
  token?: string;

  @ApiPropertyOptional({ description: 'The code of a one-time sign-in link. Give this or token.' })
  @IsOptional()
  @IsString()
  @MaxLength(SIGN_IN_INPUT_MAX)
  code?: string;
}

export class SessionActorDto {
  @ApiProperty({ description: 'The access token id the session acts as; recorded on every event' }) id!: string;
  @ApiProperty({ enum: tokenRoles }) role!: string;
  @ApiPropertyOptional({ example: 'suwon' }) district?: string;
  @ApiPropertyOptional({ enum: BODIES }) body?: string;
  @ApiPropertyOptional({ example: 'north', description: "A civic council secretary's own council, where the district has several" })
  council?: string;
  @ApiPropertyOptional({ enum: PARTIES }) party?: string;
  @ApiPropertyOptional({ example: '수원 지역교육협의체 간사' }) name?: string;
}

export class SessionDto {
  @ApiProperty({ enum: ['session', 'bearer'], description: 'How this request was authenticated' }) authenticatedBy!: 'session' | 'bearer';
  @ApiProperty({ type: SessionActorDto }) actor!: SessionActorDto;
  @ApiPropertyOptional({ enum: ['token', 'sign-in-link'], description: 'How the session was opened' }) origin?: string;
  @ApiPropertyOptional({ description: 'When the session was opened (sessions only)' }) createdAt?: string;
  @ApiPropertyOptional({ description: 'When it ends if unused from now on: the earlier of the idle and the absolute end' })
  expiresAt?: string;
  @ApiPropertyOptional({ description: 'When it ends however busy it is' }) absoluteExpiresAt?: string;
  @ApiPropertyOptional({ description: 'Idle minutes after which an unused session ends, in seconds' }) idleTimeoutSeconds?: number;
  @ApiPropertyOptional({
    description:
      'Send this in the X-CSRF-Token header with every POST, PUT, PATCH and DELETE made with the session cookie (also in the gongron_csrf cookie)',
  })
  csrfToken?: string;
}

/** A sign-in link for an existing person (tokenId), or for a new one described as for a new token. */
export class CreateSignInLinkDto extends PartialType(CreateTokenDto) {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The person: an existing active access token. Or give role and scope to register a new person.',
  })
  @IsOptional()
  @IsUUID()
  tokenId?: string;
}

export class SignInLinkDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The access token (person) the session will act as' }) tokenId!: string;
  @ApiProperty({ description: 'Single use; shown once, only its hash is stored' }) code!: string;
  @ApiProperty({
    example: '/sign-in#code=…',
    description: 'Where the web application takes the code (in the fragment, so it stays out of server logs)',
  })
  path!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() expiresAt!: string;
  @ApiProperty({ description: 'The administrator token that issued it' }) createdBy!: string;
}

export class SignedOutDto {
  @ApiProperty({ description: 'True when a session ended; false when the request had none (a bearer token)' }) signedOut!: boolean;
}
