/** Request shapes of the routes of a call for schools; limits from the domain (limits.ts, SCHOOL_CALL_LIMITS). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
} from 'class-validator';
import {
  type InspectionOutcome,
  type SchoolLevel,
  SCHOOL_CALL_LIMITS,
  TEXT_LIMITS,
  inspectionOutcomes,
  schoolLevels,
} from '@gongron/domain';
import { BudgetDto, DATE_PATTERN, ID_PATTERN, NOTE_MAX, TEXT_MAX, TITLE_MAX, nested } from '../commands/common.dto.js';

export class OpenSchoolCallDto {
  @ApiProperty({ example: 1, description: 'The call’s number within its project: the next one (1 for the first call)' })
  @IsInt()
  @Min(1)
  @Max(SCHOOL_CALL_LIMITS.callsPerProject)
  number!: number;

  @ApiProperty({ example: '2025 학교 교육과정 연계 마을교육 공모', maxLength: TITLE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title!: string;

  @ApiProperty({ type: [String], example: ['교육과정 연계성', '지역 자원 활용'], description: 'The selection criteria (심사 기준)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SCHOOL_CALL_LIMITS.criteria)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(NOTE_MAX, { each: true })
  criteria!: string[];

  @ApiPropertyOptional({ enum: schoolLevels, isArray: true, description: 'The school levels that may apply; all when absent' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(schoolLevels.length)
  @IsIn(schoolLevels, { each: true })
  levels?: SchoolLevel[];

  @ApiProperty({ type: BudgetDto, description: 'What the call grants at most, per funder (integer won)' })
  @nested(() => BudgetDto)
  amount!: BudgetDto;

  @ApiProperty({ example: '2025-03-03' })
  @IsString()
  @Matches(DATE_PATTERN)
  opensOn!: string;

  @ApiProperty({ example: '2025-03-21' })
  @IsString()
  @Matches(DATE_PATTERN)
  closesOn!: string;
}

export class ReceiveSchoolApplicationDto {
  @ApiPropertyOptional({ description: 'Client-chosen id; the server assigns a UUID when absent', pattern: ID_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  applicationId?: string;

  @ApiProperty({ example: 'suwon-maetan-es', description: 'A configured school (GET /schools)', pattern: ID_PATTERN.source })
  @IsString()
  @Matches(ID_PATTERN)
  schoolId!: string;

  @ApiProperty({ type: BudgetDto, description: 'What the school asks for, per funder' })
  @nested(() => BudgetDto)
  requested!: BudgetDto;

  @ApiProperty({ example: '마을 강사와 함께하는 생태 교육과정', maxLength: TEXT_MAX, description: 'The school’s plan (운영 계획)' })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  plan!: string;
}

export class JudgeSchoolApplicationDto {
  @ApiProperty({ example: 88, description: `Score, 0 to ${SCHOOL_CALL_LIMITS.maxScore}` })
  @IsInt()
  @Min(0)
  @Max(SCHOOL_CALL_LIMITS.maxScore)
  score!: number;

  @ApiProperty({ type: [String], example: ['교육과정 연계가 구체적임'], description: 'The reasons of the decision' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SCHOOL_CALL_LIMITS.reasons)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(NOTE_MAX, { each: true })
  reasons!: string[];
}

export class AwardSchoolGrantDto {
  @ApiPropertyOptional({ description: 'Client-chosen id; the server assigns a UUID when absent', pattern: ID_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  grantId?: string;

  @ApiProperty({ pattern: ID_PATTERN.source, description: 'The selected application the grant is for' })
  @IsString()
  @Matches(ID_PATTERN)
  applicationId!: string;

  @ApiProperty({ type: BudgetDto, description: 'The grant per funder; within the call’s amount and the project’s allocation' })
  @nested(() => BudgetDto)
  amount!: BudgetDto;
}

export class AwardDirectSchoolGrantDto {
  @ApiPropertyOptional({ description: 'Client-chosen id; the server assigns a UUID when absent', pattern: ID_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  grantId?: string;

  @ApiProperty({
    example: 'suwon-yulcheon-ms',
    description: 'A configured school of the project’s district (GET /schools)',
    pattern: ID_PATTERN.source,
  })
  @IsString()
  @Matches(ID_PATTERN)
  schoolId!: string;

  @ApiProperty({
    type: BudgetDto,
    description: 'The grant per funder; the project’s grants of its calls and direct grants stay within its allocation',
  })
  @nested(() => BudgetDto)
  amount!: BudgetDto;

  @ApiProperty({
    example: '특수학급 생태 교육 거점학교로 지정',
    maxLength: TEXT_LIMITS.note,
    description: 'Why this school is granted without a call (지정 사유)',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.note)
  reason!: string;

  @ApiProperty({
    example: '생태 교육 강사비와 교재 구입',
    maxLength: TEXT_LIMITS.purpose,
    description: 'What the money is for (교부 목적)',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.purpose)
  purpose!: string;

  @ApiPropertyOptional({ example: '2025-03-12', description: 'The day the grant was decided (today or before; today when absent)' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  grantedOn?: string;
}

export class SubmitSchoolGrantReportDto {
  @ApiProperty({ example: '생태 교육 12차시 운영, 학생 120명 참여', maxLength: TEXT_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  summary!: string;

  @ApiProperty({ type: BudgetDto, description: 'What the school spent of its grant, per funder' })
  @nested(() => BudgetDto)
  spent!: BudgetDto;

  @ApiPropertyOptional({ example: '2025-12-15', description: 'The day the report was handed in (today or before; today when absent)' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  submittedOn?: string;
}

export class RecordSchoolGrantInspectionDto {
  @ApiPropertyOptional({ description: 'Client-chosen id; the server assigns a UUID when absent', pattern: ID_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  inspectionId?: string;

  @ApiProperty({ enum: inspectionOutcomes, description: '적정 · 개선 필요 · 부적정' })
  @IsIn(inspectionOutcomes)
  outcome!: InspectionOutcome;

  @ApiProperty({ type: [String], example: ['강사비 증빙 일부 누락'], description: 'The findings (점검 결과)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SCHOOL_CALL_LIMITS.findings)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(NOTE_MAX, { each: true })
  findings!: string[];

  @ApiPropertyOptional({ example: '2025-12-20', description: 'The day of the inspection (today or before; today when absent)' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  inspectedOn?: string;
}

export class CancelSchoolCallDto {
  @ApiProperty({ example: '예산 조정으로 공모 취소', maxLength: TEXT_LIMITS.note })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.note)
  reason!: string;
}
