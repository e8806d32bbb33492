import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { type DistrictCode, type Executor, executors, type Funder, type TaskCode, LIST_LIMITS, TEXT_LIMITS } from '@gongron/domain';
import {
  BudgetDto,
  DATE_PATTERN,
  ID_PATTERN,
  MAX_WON,
  LABEL_MAX,
  nested,
  NOTE_MAX,
  PARTIES,
  TASK_CODES,
  TEXT_MAX,
  TITLE_MAX,
} from '../commands/common.dto.js';

export class CreateProjectDto {
  @ApiPropertyOptional({ description: 'Client-chosen id; the server assigns a UUID when absent', pattern: ID_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  projectId?: string;

  @ApiProperty({ type: String, example: 'suwon' })
  @IsString()
  @Matches(/^[a-z]{2,20}$/)
  district!: DistrictCode;

  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: '수원 마을교육공동체 활성화 (이월)', maxLength: TITLE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title!: string;

  @ApiProperty({ enum: TASK_CODES })
  @IsIn(TASK_CODES)
  taskCode!: TaskCode;

  @ApiProperty({ type: BudgetDto })
  @nested(() => BudgetDto)
  plannedBudget!: BudgetDto;
}

export class StartProjectDto {
  @ApiPropertyOptional({ example: '2024-04-01' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  startedOn?: string;
}

export class SuspendProjectDto {
  @ApiProperty({ example: '강사 수급 지연', maxLength: NOTE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason!: string;

  @ApiPropertyOptional({ example: '2024-06-01' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  suspendedOn?: string;
}

export class ResumeProjectDto {
  @ApiPropertyOptional({ example: '2024-06-15' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  resumedOn?: string;
}

export class RecordExpenditureDto {
  @ApiPropertyOptional({ pattern: ID_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  expenditureId?: string;

  @ApiProperty({ enum: PARTIES })
  @IsIn(PARTIES)
  funder!: Funder;

  @ApiProperty({ example: 4_500_000, description: 'Integer won' })
  @IsInt()
  @Min(1)
  @Max(MAX_WON)
  amount!: number;

  @ApiProperty({ example: '2024-05-20' })
  @IsString()
  @Matches(DATE_PATTERN)
  spentOn!: string;

  @ApiProperty({ example: '강사비 (5월분)', maxLength: TEXT_LIMITS.purpose })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.purpose)
  purpose!: string;

  @ApiPropertyOptional({
    enum: executors,
    description:
      'Who executed it (집행 주체), apart from who funded it: the funder (the default), the other party, or a school through a grant',
  })
  @IsOptional()
  @IsIn(executors)
  executedBy?: Executor;

  @ApiPropertyOptional({
    example: 'grant-1',
    pattern: ID_PATTERN.source,
    description:
      'The project’s grant (of a call or direct, 지정 교부) the school executed it from; required when executedBy is school, refused otherwise. The school comes from the grant.',
  })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  grantId?: string;
}

export class CompleteProjectDto {
  @ApiPropertyOptional({ example: '2024-12-20' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  completedOn?: string;
}

export class IndicatorDto {
  @ApiProperty({ example: '참여 학생 수', maxLength: LABEL_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(LABEL_MAX)
  name!: string;

  @ApiProperty({ example: 120 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e12)
  target!: number;

  @ApiProperty({ example: 134 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e12)
  result!: number;

  @ApiPropertyOptional({ example: '명', maxLength: TEXT_LIMITS.unit })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.unit)
  unit?: string;
}

export class RecordSelfEvaluationDto {
  @ApiProperty({ type: [IndicatorDto], maxItems: LIST_LIMITS.indicators })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIST_LIMITS.indicators)
  @ValidateNested({ each: true })
  @Type(() => IndicatorDto)
  indicators!: IndicatorDto[];

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  summary?: string;
}

export class SatisfactionDto {
  @ApiProperty({ example: 88.5, description: '0–100' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  students!: number;

  @ApiProperty({ example: 82 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  parents!: number;

  @ApiProperty({ example: 79 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  teachers!: number;
}

export class RecordComprehensiveEvaluationDto {
  @ApiProperty({ type: SatisfactionDto })
  @nested(() => SatisfactionDto)
  satisfaction!: SatisfactionDto;

  @ApiPropertyOptional({ example: '2025-01-15' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  surveyedOn?: string;
}

export class CorrectSelfEvaluationDto extends RecordSelfEvaluationDto {
  @ApiProperty({ example: '중복 집계 정정', maxLength: NOTE_MAX, description: 'Why the recorded self-evaluation is corrected' })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason!: string;
}

export class CorrectComprehensiveEvaluationDto extends RecordComprehensiveEvaluationDto {
  @ApiProperty({ example: '입력 오류 정정', maxLength: NOTE_MAX, description: 'Why the recorded survey figures are corrected' })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason!: string;
}

export class CloseProjectDto {
  @ApiPropertyOptional({ example: '2025-02-10' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  closedOn?: string;
}

export class CancelProjectDto {
  @ApiProperty({ example: '학교 일정 변경으로 운영 불가', maxLength: NOTE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason!: string;

  @ApiPropertyOptional({ example: '2024-09-01' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  cancelledOn?: string;
}
