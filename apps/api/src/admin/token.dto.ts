/** Who a new access token is for: the role and its scope (district, body or party) and a name. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { tokenRoles } from '@gongron/domain';
import { BODIES, LABEL_MAX, PARTIES } from '../commands/common.dto.js';

export class CreateTokenDto {
  @ApiProperty({ enum: tokenRoles })
  @IsIn(tokenRoles)
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

  @ApiPropertyOptional({
    example: 'north',
    description: "For a civic council secretary where the district has several civic councils: which one (default: the district's first)",
  })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/)
  council?: string;

  @ApiPropertyOptional({ enum: PARTIES, description: 'Required for official' })
  @IsOptional()
  @IsIn(PARTIES)
  party?: string;

  @ApiPropertyOptional({ example: '수원 지역교육협의체 간사', maxLength: LABEL_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(LABEL_MAX)
  name?: string;
}
