/**
 * Request shapes of the evaluation routes: the province survey (종합평가) and a district's
 * self-evaluation (자체평가). Limits and the survey's scale are the domain's.
 */
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
import {
  DISTRICT_EVALUATION_LIMITS,
  type DistrictCode,
  districtCodes,
  LIST_LIMITS,
  PROVINCE_SURVEY_LIMITS,
  REPORT_HASH_PATTERN,
  SURVEY_SCALE,
  type TaskCode,
  TEXT_LIMITS,
  YEAR_RANGE,
} from '@gongron/domain';
import { DATE_PATTERN, ID_PATTERN, LABEL_MAX, nested, NOTE_MAX, TASK_CODES, TEXT_MAX, TITLE_MAX } from '../commands/common.dto.js';

const score = (example: number) =>
  ApiProperty({ example, minimum: SURVEY_SCALE.min, maximum: SURVEY_SCALE.max, description: 'Mean on the five-point scale, two decimals' });

export class SurveyPeriodDto {
  @ApiProperty({ example: '2023-10-24' })
  @IsString()
  @Matches(DATE_PATTERN)
  from!: string;

  @ApiProperty({ example: '2023-11-08' })
  @IsString()
  @Matches(DATE_PATTERN)
  to!: string;
}

export class SurveyRespondentsDto {
  @ApiProperty({ example: 71_271 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  students!: number;

  @ApiProperty({ example: 20_592 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  parents!: number;

  @ApiProperty({ example: 24_507 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  teachers!: number;
}

export class SurveyIndicatorDto {
  @ApiProperty({ example: 'counselling', pattern: ID_PATTERN.source })
  @IsString()
  @Matches(ID_PATTERN)
  indicatorId!: string;

  @ApiProperty({ example: '인성·정서 상담 프로그램', maxLength: LABEL_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(LABEL_MAX)
  name!: string;

  @ApiPropertyOptional({ enum: TASK_CODES })
  @IsOptional()
  @IsIn(TASK_CODES)
  taskCode?: TaskCode;

  @score(4.35)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  importance!: number;

  @score(3.62)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  performance!: number;
}

export class SurveyDistrictResultDto {
  @ApiProperty({ enum: districtCodes, example: 'suwon' })
  @IsIn(districtCodes)
  district!: DistrictCode;

  @ApiProperty({ example: 'counselling', pattern: ID_PATTERN.source })
  @IsString()
  @Matches(ID_PATTERN)
  indicatorId!: string;

  @score(4.4)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  importance!: number;

  @score(3.5)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  performance!: number;
}

export class ProvinceSurveyBodyDto {
  @ApiProperty({ example: '2023 미래교육협력지구 공통지표 설문조사', maxLength: TITLE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title!: string;

  @ApiProperty({ type: SurveyPeriodDto })
  @nested(() => SurveyPeriodDto)
  period!: SurveyPeriodDto;

  @ApiProperty({ type: SurveyRespondentsDto })
  @nested(() => SurveyRespondentsDto)
  respondents!: SurveyRespondentsDto;

  @ApiPropertyOptional({ example: '경기도교육연구원', maxLength: LABEL_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(LABEL_MAX)
  conductedWith?: string;

  @ApiProperty({ type: [SurveyIndicatorDto], maxItems: PROVINCE_SURVEY_LIMITS.indicators })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PROVINCE_SURVEY_LIMITS.indicators)
  @ValidateNested({ each: true })
  @Type(() => SurveyIndicatorDto)
  indicators!: SurveyIndicatorDto[];

  @ApiProperty({ type: [SurveyDistrictResultDto], maxItems: PROVINCE_SURVEY_LIMITS.results })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PROVINCE_SURVEY_LIMITS.results)
  @ValidateNested({ each: true })
  @Type(() => SurveyDistrictResultDto)
  results!: SurveyDistrictResultDto[];
}

export class RecordProvinceSurveyDto extends ProvinceSurveyBodyDto {
  @ApiProperty({ example: 2023 })
  @IsInt()
  @Min(YEAR_RANGE.from)
  @Max(YEAR_RANGE.until)
  year!: number;
}

export class CorrectProvinceSurveyDto extends ProvinceSurveyBodyDto {
  @ApiProperty({ example: '화성 결과 입력 오류 정정', maxLength: NOTE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason!: string;
}

export class DistrictIndicatorDto {
  @ApiProperty({ example: 'counselling-participants', pattern: ID_PATTERN.source })
  @IsString()
  @Matches(ID_PATTERN)
  indicatorId!: string;

  @ApiProperty({ example: '상담 프로그램 참여 학생', maxLength: LABEL_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(LABEL_MAX)
  name!: string;

  @ApiProperty({ example: 1200 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  target!: number;

  @ApiProperty({ example: 950 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  result!: number;

  @ApiPropertyOptional({ example: '명', maxLength: TEXT_LIMITS.unit })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.unit)
  unit?: string;

  @ApiPropertyOptional({ type: [String], maxItems: DISTRICT_EVALUATION_LIMITS.linksPerIndicator, description: 'Projects it measures' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(DISTRICT_EVALUATION_LIMITS.linksPerIndicator)
  @IsString({ each: true })
  @Matches(ID_PATTERN, { each: true })
  projectIds?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: DISTRICT_EVALUATION_LIMITS.linksPerIndicator, description: 'Agenda items it measures' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(DISTRICT_EVALUATION_LIMITS.linksPerIndicator)
  @IsString({ each: true })
  @Matches(ID_PATTERN, { each: true })
  agendaItemIds?: string[];
}

export class EvaluationReportDto {
  @ApiProperty({ description: 'SHA-256 of the report uploaded with POST /attachments', pattern: REPORT_HASH_PATTERN.source })
  @IsString()
  @Matches(REPORT_HASH_PATTERN)
  sha256!: string;

  @ApiProperty({ example: '2023 수원 자체평가 보고서.pdf', maxLength: TEXT_LIMITS.fileName })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.fileName)
  name!: string;
}

export class DistrictEvaluationBodyDto {
  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  summary?: string;

  @ApiProperty({ type: [DistrictIndicatorDto], maxItems: LIST_LIMITS.indicators })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIST_LIMITS.indicators)
  @ValidateNested({ each: true })
  @Type(() => DistrictIndicatorDto)
  indicators!: DistrictIndicatorDto[];

  @ApiProperty({ type: EvaluationReportDto })
  @nested(() => EvaluationReportDto)
  report!: EvaluationReportDto;
}

export class RecordDistrictEvaluationDto extends DistrictEvaluationBodyDto {
  @ApiProperty({ enum: districtCodes, example: 'suwon' })
  @IsIn(districtCodes)
  district!: DistrictCode;

  @ApiProperty({ example: 2023 })
  @IsInt()
  @Min(YEAR_RANGE.from)
  @Max(YEAR_RANGE.until)
  year!: number;
}

export class CorrectDistrictEvaluationDto extends DistrictEvaluationBodyDto {
  @ApiProperty({ example: '참여 학생 수 집계 정정', maxLength: NOTE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason!: string;
}
