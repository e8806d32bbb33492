/**
 * Request shapes shared by the command routes. Validation here is the first line (shape,
 * lengths, integer won, known codes); the domain checks the rules again and owns them.
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import {
  type BodyCode,
  bodyCodes,
  type Budget,
  funders,
  ID_PATTERN,
  type MeetingReference,
  proposerCategories,
  type TallyInput,
  taskCodes,
  TEXT_LIMITS,
} from '@gongron/domain';

/** The domain's id pattern and text limits: the validators and the OpenAPI document take them from there. */
export { ID_PATTERN };
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/*
 * The catalogs are the domain's. A field's type is what the domain's command declares: the
 * validators here check the shape, and the domain refuses an unknown code by name.
 */
export const BODIES = bodyCodes;
export const PARTIES = funders;
export const TASK_CODES = taskCodes;
export const PARTICIPANT_CATEGORIES = proposerCategories;
/** Largest amount in won a field accepts: far above a province's yearly budget, still exact. */
export const MAX_WON = 1_000_000_000_000;
export const TITLE_MAX = TEXT_LIMITS.title;
export const TEXT_MAX = TEXT_LIMITS.text;
export const NOTE_MAX = TEXT_LIMITS.note;
export const PLAN_MAX = TEXT_LIMITS.plan;
export const LABEL_MAX = TEXT_LIMITS.label;

export class MeetingDto implements MeetingReference {
  @ApiPropertyOptional({ example: '2024-civic-03', pattern: ID_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  meetingId?: string;

  @ApiPropertyOptional({ enum: BODIES })
  @IsOptional()
  @IsIn(BODIES)
  body?: BodyCode;

  @ApiPropertyOptional({
    example: '2024-03-14',
    description: 'Date the meeting was held (YYYY-MM-DD); taken from the recorded meeting when meetingId names one',
  })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN, { message: 'heldOn must be a date YYYY-MM-DD' })
  heldOn?: string;

  @ApiPropertyOptional({ example: '제3차 민·관·학 지역교육협의체', maxLength: TEXT_LIMITS.meetingTitle })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.meetingTitle)
  title?: string;
}

export class TallyDto implements TallyInput {
  @ApiPropertyOptional({
    example: 15,
    description: 'Members on roll (재적); at a recorded meeting it comes from the roster and, if given, must match',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  onRoll?: number;

  @ApiPropertyOptional({
    example: 11,
    description: 'Members present (출석); at a recorded meeting it comes from the attendance and, if given, must match',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  present?: number;

  @ApiProperty({ example: 9 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  for!: number;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  against!: number;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  abstain!: number;
}

export class BudgetDto implements Budget {
  @ApiProperty({ example: 30_000_000, description: 'Won from the education office (교육청)' })
  @IsInt()
  @Min(0)
  @Max(MAX_WON)
  'education-office'!: number;

  @ApiProperty({ example: 20_000_000, description: 'Won from the local government (지자체)' })
  @IsInt()
  @Min(0)
  @Max(MAX_WON)
  'local-government'!: number;
}

/** Decorators for a required nested object. */
export function nested<T>(type: () => new () => T): PropertyDecorator {
  return (target, key) => {
    IsObject()(target, key);
    ValidateNested()(target, key);
    Type(type)(target, key);
  };
}
