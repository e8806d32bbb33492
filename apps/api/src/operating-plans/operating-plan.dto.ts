import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { type DistrictCode, LIST_LIMITS, type PlanDecision, planDecisions, YEAR_RANGE } from '@gongron/domain';
import { DATE_PATTERN, ID_PATTERN, nested, NOTE_MAX, TallyDto, TEXT_MAX, TITLE_MAX } from '../commands/common.dto.js';

export class DraftOperatingPlanDto {
  @ApiProperty({ type: String, example: 'suwon' })
  @IsString()
  @Matches(/^[a-z]{2,20}$/)
  district!: DistrictCode;

  @ApiProperty({ example: 2025, description: 'The operating year (March to February) the plan is for' })
  @IsInt()
  @Min(YEAR_RANGE.from)
  @Max(YEAR_RANGE.until)
  year!: number;

  @ApiPropertyOptional({ example: '2025학년도 수원 미래교육협력지구 운영계획', maxLength: TITLE_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title?: string;
}

export class AddProjectToPlanDto {
  @ApiProperty({ pattern: ID_PATTERN.source, description: 'A project of the plan’s district and year, not cancelled' })
  @IsString()
  @Matches(ID_PATTERN)
  projectId!: string;
}

export class RemoveProjectFromPlanDto {
  @ApiProperty({ example: '지자체 예산 미확보로 차년도 이월', maxLength: NOTE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason!: string;
}

export class SubmitOperatingPlanDto {
  @ApiPropertyOptional({
    type: [String],
    maxItems: LIST_LIMITS.planReasons,
    description: 'The reasons for the changes; required from the second revision on',
    example: ['운영위원회 보완 요구에 따라 돌봄 사업 예산 조정'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.planReasons)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(NOTE_MAX, { each: true })
  reasons?: string[];
}

/** The steering committee's recorded meeting: the plan is decided at one, never on counts typed in. */
export class PlanMeetingDto {
  @ApiProperty({ example: 'suwon-steering-committee-2025-1', pattern: ID_PATTERN.source })
  @IsString()
  @Matches(ID_PATTERN)
  meetingId!: string;

  @ApiPropertyOptional({ example: '2025-02-12', description: 'Taken from the recorded meeting; if given, it must match' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN, { message: 'heldOn must be a date YYYY-MM-DD' })
  heldOn?: string;
}

export class DecideOperatingPlanDto {
  @ApiProperty({ enum: planDecisions, description: '가결 (approved), 보완 요구 (revisionRequested) or 부결 (rejected)' })
  @IsIn(planDecisions)
  decision!: PlanDecision;

  @ApiProperty({ type: PlanMeetingDto, description: 'The steering committee’s recorded meeting with the plan on its agenda' })
  @nested(() => PlanMeetingDto)
  meeting!: PlanMeetingDto;

  @ApiProperty({ type: TallyDto })
  @nested(() => TallyDto)
  tally!: TallyDto;

  @ApiPropertyOptional({ maxLength: TEXT_MAX, description: 'The committee’s feedback; required for a return for revision' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  feedback?: string;
}

export class RedraftOperatingPlanDto {
  @ApiProperty({ example: '부결 사유(지자체 분담 근거 부족)를 반영하여 다시 작성', maxLength: NOTE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason!: string;
}
