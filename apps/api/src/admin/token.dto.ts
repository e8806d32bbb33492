/** Who a new access token is for: the role and its scope (district, body or party) and a name. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES } from '@gongron/application';
import { BODIES, PARTIES } from '../commands/common.dto.js';

export class CreateTokenDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: string;

  @ApiPropertyOptional({ example: 'suwon', description: 'Required for secretary and official' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z]{2,20}$/)
  district?: string;

  @ApiPropertyOptional({ enum: BODIES, description: 'Required for secretary' })
  @IsOptional()
  @IsIn(BODIES)
  body?: string;

  @ApiPropertyOptional({ enum: PARTIES, description: 'Required for official' })
  @IsOptional()
  @IsIn(PARTIES)
  party?: string;

  @ApiPropertyOptional({ example: '수원 지역교육협의체 간사', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
}
