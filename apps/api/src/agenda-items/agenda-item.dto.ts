import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ConditionInput,
  type DistrictCode,
  type OpinionStance,
  opinionStances,
  type ProposerCategory,
  type ReviewDecision,
  reviewDecisions,
  type TaskCode,
  LIST_LIMITS,
} from '@gongron/domain';
import { CONDITION_ITEM_SCHEMA, IsConditionList } from '../projects/condition.dto.js';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  BudgetDto,
  DATE_PATTERN,
  ID_PATTERN,
  LABEL_MAX,
  MeetingDto,
  nested,
  NOTE_MAX,
  PARTICIPANT_CATEGORIES,
  PLAN_MAX,
  TallyDto,
  TASK_CODES,
  TEXT_MAX,
  TITLE_MAX,
} from '../commands/common.dto.js';

const DISTRICT_PATTERN = /^[a-z]{2,20}$/;

export class ProposeAgendaItemDto {
  @ApiPropertyOptional({ description: 'Client-chosen id; the server assigns a UUID when absent', pattern: ID_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  itemId?: string;

  @ApiProperty({ type: String, example: 'hwaseong', description: 'District code (one of the 31 시·군)' })
  @IsString()
  @Matches(DISTRICT_PATTERN)
  district!: DistrictCode;

  @ApiProperty({ example: '마을과 함께하는 방과후 생태교실', maxLength: TITLE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title!: string;

  @ApiProperty({ example: '학생들이 지역 하천을 탐구하는 방과후 프로그램을 제안합니다.', maxLength: TEXT_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  description!: string;

  @ApiProperty({ enum: PARTICIPANT_CATEGORIES })
  @IsIn(PARTICIPANT_CATEGORIES)
  proposerCategory!: ProposerCategory;

  @ApiPropertyOptional({ enum: TASK_CODES })
  @IsOptional()
  @IsIn(TASK_CODES)
  taskCode?: TaskCode;

  @ApiPropertyOptional({ example: 'forum', maxLength: LABEL_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(LABEL_MAX)
  source?: string;

  @ApiPropertyOptional({ example: '2024-03-02' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  proposedOn?: string;

  @ApiPropertyOptional({
    example: 'north',
    description: "The civic council it is proposed in, where the district has several (default: the proposing secretary's own)",
  })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/)
  council?: string;
}

export class OpenDeliberationDto {
  @ApiPropertyOptional({ example: '2024-03-10' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  openedOn?: string;

  @ApiPropertyOptional({ example: '온라인 설문과 공개 토론회', maxLength: LABEL_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(LABEL_MAX)
  method?: string;
}

export class RecordOpinionDto {
  @ApiPropertyOptional({ pattern: ID_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  opinionId?: string;

  @ApiProperty({ enum: opinionStances })
  @IsIn(opinionStances)
  stance!: OpinionStance;

  @ApiProperty({ enum: PARTICIPANT_CATEGORIES })
  @IsIn(PARTICIPANT_CATEGORIES)
  respondentCategory!: ProposerCategory;

  @ApiProperty({ example: '아이들이 동네를 더 잘 알게 될 것 같아요.', maxLength: TEXT_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  text!: string;

  @ApiPropertyOptional({ example: '2024-03-11' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  receivedOn?: string;
}

export class VoteDto {
  @ApiProperty({ type: MeetingDto })
  @nested(() => MeetingDto)
  meeting!: MeetingDto;

  @ApiProperty({ type: TallyDto })
  @nested(() => TallyDto)
  tally!: TallyDto;
}

export class DismissAgendaItemDto extends VoteDto {
  @ApiProperty({ example: '유사 사업이 이미 추진 중', maxLength: NOTE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason!: string;
}

export class WithdrawAgendaItemDto {
  @ApiPropertyOptional({ maxLength: NOTE_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason?: string;
}

export class StartDraftingDto {
  @ApiProperty({ example: '화성오산교육지원청 미래교육팀', maxLength: LABEL_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(LABEL_MAX)
  owner!: string;
}

export class SubmitDraftRevisionDto {
  @ApiPropertyOptional({ pattern: ID_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  revisionId?: string;

  @ApiProperty({ example: '하천 생태 탐구 12차시, 지역 환경단체 강사 연계', maxLength: PLAN_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(PLAN_MAX)
  plan!: string;

  @ApiPropertyOptional({ enum: TASK_CODES })
  @IsOptional()
  @IsIn(TASK_CODES)
  taskCode?: TaskCode;

  @ApiPropertyOptional({ type: BudgetDto })
  @IsOptional()
  @nested(() => BudgetDto)
  budgetRequest?: BudgetDto;

  @ApiPropertyOptional({ maxLength: TITLE_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title?: string;
}

export class TableForReviewDto {
  @ApiPropertyOptional({ type: MeetingDto })
  @IsOptional()
  @nested(() => MeetingDto)
  meeting?: MeetingDto;
}

export class RecordReviewDecisionDto extends VoteDto {
  @ApiProperty({ enum: reviewDecisions })
  @IsIn(reviewDecisions)
  decision!: ReviewDecision;

  @ApiPropertyOptional({
    type: 'array',
    maxItems: 50,
    items: CONDITION_ITEM_SCHEMA,
    description: 'The conditions of a conditional approval: texts, or objects with a due day and whether they block spending',
    example: ['안전 관리 계획 보완', { conditionId: 'safety', text: '안전 관리 계획 제출', dueOn: '2024-06-30', beforeSpending: true }],
  })
  @IsOptional()
  @IsConditionList()
  conditions?: ConditionInput[];

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  feedback?: string;

  @ApiPropertyOptional({ example: 2024 })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  projectYear?: number;
}

export class DeferAgendaItemDto {
  @ApiProperty({ type: MeetingDto })
  @nested(() => MeetingDto)
  meeting!: MeetingDto;

  @ApiProperty({ example: '추가 자료 검토 필요', maxLength: NOTE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason!: string;
}

export class RecordFeedbackDto {
  @ApiProperty({ example: '참여 학생 만족도 높음, 차년도 확대 권고', maxLength: TEXT_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  summary!: string;

  @ApiProperty({ type: [String], maxItems: LIST_LIMITS.recommendations })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.recommendations)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(NOTE_MAX, { each: true })
  recommendations!: string[];

  @ApiPropertyOptional({ pattern: ID_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  followUpProposalId?: string;

  @ApiPropertyOptional({ type: MeetingDto })
  @IsOptional()
  @nested(() => MeetingDto)
  meeting?: MeetingDto;
}
