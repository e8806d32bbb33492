/** Request shapes of the roster and meeting routes; the domain checks the rules again and owns them. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  type BodyCode,
  type DistrictCode,
  type MemberCategory,
  memberCategories,
  type MemberRole,
  memberRoles,
  LIST_LIMITS,
  MEETING_LIMITS,
  TEXT_LIMITS,
} from '@gongron/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { BODIES, DATE_PATTERN, ID_PATTERN, LABEL_MAX, NOTE_MAX, TITLE_MAX } from '../commands/common.dto.js';

const DISTRICT_PATTERN = /^[a-z]{2,20}$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const SHA256_PATTERN = /^[0-9a-f]{64}$/;
const COUNCIL_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

export class AddMemberDto {
  @ApiPropertyOptional({
    example: 'south',
    pattern: COUNCIL_PATTERN.source,
    description:
      "For the civic council of a district with several: the council's code (default: the secretary's own; see GET /public/organisation)",
  })
  @IsOptional()
  @IsString()
  @Matches(COUNCIL_PATTERN)
  council?: string;

  @ApiPropertyOptional({ description: 'Client-chosen member id; the server assigns a UUID when absent', pattern: ID_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  memberId?: string;

  @ApiProperty({
    example: '김하늘',
    maxLength: LABEL_MAX,
    description: 'Name (personal data: shown only within the district and to auditors)',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(LABEL_MAX)
  name!: string;

  @ApiProperty({ enum: memberCategories })
  @IsIn(memberCategories)
  category!: MemberCategory;

  @ApiPropertyOptional({ enum: memberRoles, description: 'Defaults to member' })
  @IsOptional()
  @IsIn(memberRoles)
  role?: MemberRole;

  @ApiProperty({ example: '2024-03-01', description: 'First day of the term' })
  @IsString()
  @Matches(DATE_PATTERN)
  termFrom!: string;

  @ApiPropertyOptional({ example: '2026-02-28', description: 'Last day of the term' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  termUntil?: string;
}

export class ChangeMemberTermDto {
  @ApiPropertyOptional({
    example: 'south',
    pattern: COUNCIL_PATTERN.source,
    description:
      "For the civic council of a district with several: the council's code (default: the secretary's own; see GET /public/organisation)",
  })
  @IsOptional()
  @IsString()
  @Matches(COUNCIL_PATTERN)
  council?: string;

  @ApiProperty({ example: '2024-03-01' })
  @IsString()
  @Matches(DATE_PATTERN)
  termFrom!: string;

  @ApiPropertyOptional({ example: '2027-02-28', description: 'Last day of the term; absent for a term without an end' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  termUntil?: string;
}

export class ChangeMemberRoleDto {
  @ApiPropertyOptional({
    example: 'south',
    pattern: COUNCIL_PATTERN.source,
    description:
      "For the civic council of a district with several: the council's code (default: the secretary's own; see GET /public/organisation)",
  })
  @IsOptional()
  @IsString()
  @Matches(COUNCIL_PATTERN)
  council?: string;

  @ApiProperty({ enum: memberRoles })
  @IsIn(memberRoles)
  role!: MemberRole;

  @ApiPropertyOptional({ example: '2024-05-01', description: 'Day the role changed, if not today' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  changedOn?: string;
}

export class RemoveMemberDto {
  @ApiPropertyOptional({
    example: 'south',
    pattern: COUNCIL_PATTERN.source,
    description:
      "For the civic council of a district with several: the council's code (default: the secretary's own; see GET /public/organisation)",
  })
  @IsOptional()
  @IsString()
  @Matches(COUNCIL_PATTERN)
  council?: string;

  @ApiProperty({ example: '2024-06-01', description: 'From this day the member is no longer on roll' })
  @IsString()
  @Matches(DATE_PATTERN)
  leftOn!: string;

  @ApiPropertyOptional({ example: '사임', maxLength: NOTE_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason?: string;
}

export class AgendaEntryDto {
  @ApiPropertyOptional({ description: 'The agenda item decided at the meeting, if the entry is one', pattern: ID_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  itemId?: string;

  @ApiProperty({ example: '마을 방과후 돌봄 의제 채택', maxLength: TITLE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title!: string;
}

export class ScheduleMeetingDto {
  @ApiProperty({ type: String, example: 'suwon' })
  @IsString()
  @Matches(DISTRICT_PATTERN)
  district!: DistrictCode;

  @ApiProperty({ enum: BODIES })
  @IsIn(BODIES)
  body!: BodyCode;

  @ApiPropertyOptional({
    example: 'south',
    pattern: COUNCIL_PATTERN.source,
    description:
      "For the civic council of a district with several: the council's code (default: the secretary's own; see GET /public/organisation)",
  })
  @IsOptional()
  @IsString()
  @Matches(COUNCIL_PATTERN)
  council?: string;

  @ApiProperty({ example: 3, description: '제N차: the number of the meeting in its year' })
  @IsInt()
  @Min(1)
  @Max(MEETING_LIMITS.number)
  number!: number;

  @ApiProperty({ example: '2024-05-09', description: 'Korean date it is held' })
  @IsString()
  @Matches(DATE_PATTERN)
  heldOn!: string;

  @ApiProperty({ example: '14:00', description: 'Korean time it starts (HH:MM, KST)' })
  @IsString()
  @Matches(TIME_PATTERN, { message: 'startsAt must be a time HH:MM' })
  startsAt!: string;

  @ApiProperty({ example: '수원시청 별관 회의실', maxLength: TEXT_LIMITS.place })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.place)
  place!: string;

  @ApiPropertyOptional({ example: '2024년 제3차 민·관·학 지역교육협의체', maxLength: TITLE_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title?: string;

  @ApiPropertyOptional({ type: [AgendaEntryDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MEETING_LIMITS.agendaEntries)
  @ValidateNested({ each: true })
  @Type(() => AgendaEntryDto)
  agenda?: AgendaEntryDto[];
}

export class CancelMeetingDto {
  @ApiProperty({ example: '태풍 경보로 연기', maxLength: NOTE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason!: string;
}

export class ConveneMeetingDto {
  @ApiProperty({
    type: [String],
    example: ['m-1', 'm-2'],
    maxItems: LIST_LIMITS.attending,
    description: 'Member ids attending; the others on roll that day are absent',
  })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.attending)
  @IsString({ each: true })
  @Matches(ID_PATTERN, { each: true })
  attending!: string[];
}

export class ChangeAttendanceDto {
  @ApiProperty({ example: 'm-10', pattern: ID_PATTERN.source })
  @IsString()
  @Matches(ID_PATTERN)
  memberId!: string;

  @ApiProperty({ description: 'true: arrived; false: left' })
  @IsBoolean()
  present!: boolean;
}

export class MinutesAttachmentDto {
  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', pattern: SHA256_PATTERN.source })
  @IsString()
  @Matches(SHA256_PATTERN)
  sha256!: string;

  @ApiProperty({ example: '제3차 회의록.hwpx', maxLength: TEXT_LIMITS.fileName })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.fileName)
  name!: string;

  @ApiProperty({ example: 'application/pdf', maxLength: TEXT_LIMITS.mediaType })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.mediaType)
  mediaType!: string;

  @ApiProperty({ example: 52_000, description: 'Size in bytes' })
  @IsInt()
  @Min(1)
  size!: number;
}

export class RecordMinutesDto {
  @ApiProperty({ example: '1. 개회 2. 안건 심의 …', maxLength: MEETING_LIMITS.minutesText })
  @IsString()
  @MinLength(1)
  @MaxLength(MEETING_LIMITS.minutesText)
  text!: string;

  @ApiPropertyOptional({ type: [MinutesAttachmentDto], description: 'Files kept by their SHA-256 (upload them first)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MEETING_LIMITS.attachments)
  @ValidateNested({ each: true })
  @Type(() => MinutesAttachmentDto)
  attachments?: MinutesAttachmentDto[];
}

export class ApproveMinutesDto {
  @ApiPropertyOptional({ example: '2024-06-12', description: 'Day the minutes were approved, if not today' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  approvedOn?: string;
}
