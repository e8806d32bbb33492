import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { BudgetDto, DATE_PATTERN, ID_PATTERN, nested, NOTE_MAX, PARTIES, TASK_CODES, TITLE_MAX } from '../commands/common.dto.js';

export class DraftAgreementDto {
  @ApiProperty({ example: 'suwon' })
  @IsString()
  @Matches(/^[a-z]{2,20}$/)
  district!: string;

  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

export class AddProjectToAgreementDto {
  @ApiProperty({ pattern: ID_PATTERN.source })
  @IsString()
  @Matches(ID_PATTERN)
  projectId!: string;

  @ApiProperty({ example: '마을과 함께하는 방과후 생태교실', maxLength: TITLE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title!: string;

  @ApiProperty({ enum: TASK_CODES })
  @IsIn(TASK_CODES)
  taskCode!: string;

  @ApiProperty({ type: BudgetDto })
  @nested(() => BudgetDto)
  budget!: BudgetDto;
}

export class WithdrawProjectFromAgreementDto {
  @ApiPropertyOptional({ maxLength: NOTE_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason?: string;
}

export class SignAgreementDto {
  @ApiPropertyOptional({ enum: PARTIES, description: 'Defaults to the official’s own party; no other is accepted' })
  @IsOptional()
  @IsIn(PARTIES)
  party?: string;

  @ApiProperty({ example: '2024-03-29' })
  @IsString()
  @Matches(DATE_PATTERN)
  signedOn!: string;

  @ApiPropertyOptional({ example: '홍길동', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  signatoryName?: string;
}

export class AmendmentChangeDto {
  @ApiProperty({ enum: ['budget', 'add', 'withdraw'] })
  @IsIn(['budget', 'add', 'withdraw'])
  kind!: string;

  @ApiProperty({ pattern: ID_PATTERN.source })
  @IsString()
  @Matches(ID_PATTERN)
  projectId!: string;

  @ApiPropertyOptional({ type: BudgetDto, description: 'Required for budget and add' })
  @ValidateIf((o: AmendmentChangeDto) => o.kind === 'budget' || o.kind === 'add' || o.budget !== undefined)
  @nested(() => BudgetDto)
  budget?: BudgetDto;

  @ApiPropertyOptional({ maxLength: TITLE_MAX, description: 'Required for add' })
  @ValidateIf((o: AmendmentChangeDto) => o.kind === 'add' || o.title !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title?: string;

  @ApiPropertyOptional({ enum: TASK_CODES, description: 'Required for add' })
  @ValidateIf((o: AmendmentChangeDto) => o.kind === 'add' || o.taskCode !== undefined)
  @IsIn(TASK_CODES)
  taskCode?: string;
}

export class ProposeAmendmentDto {
  @ApiPropertyOptional({ pattern: ID_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  amendmentId?: string;

  @ApiPropertyOptional({ enum: PARTIES, description: 'Defaults to the official’s own party' })
  @IsOptional()
  @IsIn(PARTIES)
  party?: string;

  @ApiProperty({ type: [AmendmentChangeDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AmendmentChangeDto)
  changes!: AmendmentChangeDto[];

  @ApiProperty({ example: '2학기 참여 학교 확대', maxLength: NOTE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason!: string;
}

export class ConsentToAmendmentDto {
  @ApiPropertyOptional({ enum: PARTIES, description: 'Defaults to the official’s own party' })
  @IsOptional()
  @IsIn(PARTIES)
  party?: string;

  @ApiPropertyOptional({ example: '2024-07-05' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  consentedOn?: string;
}

export class RefuseAmendmentDto {
  @ApiPropertyOptional({ enum: PARTIES, description: 'Defaults to the official’s own party' })
  @IsOptional()
  @IsIn(PARTIES)
  party?: string;

  @ApiProperty({ maxLength: NOTE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason!: string;
}
