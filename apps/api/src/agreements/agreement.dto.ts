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
import { type AmendmentChange, type DistrictCode, type Funder, LIST_LIMITS, type TaskCode } from '@gongron/domain';
import {
  BudgetDto,
  DATE_PATTERN,
  ID_PATTERN,
  LABEL_MAX,
  nested,
  NOTE_MAX,
  PARTIES,
  TASK_CODES,
  TITLE_MAX,
} from '../commands/common.dto.js';

export class DraftAgreementDto {
  @ApiProperty({ type: String, example: 'suwon' })
  @IsString()
  @Matches(/^[a-z]{2,20}$/)
  district!: DistrictCode;

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
  taskCode!: TaskCode;

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
  party?: Funder;

  @ApiProperty({ example: '2024-03-29' })
  @IsString()
  @Matches(DATE_PATTERN)
  signedOn!: string;

  @ApiPropertyOptional({ example: '홍길동', maxLength: LABEL_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(LABEL_MAX)
  signatoryName?: string;
}

export class AmendmentChangeDto {
  @ApiProperty({ enum: ['budget', 'add', 'withdraw'] })
  @IsIn(['budget', 'add', 'withdraw'])
  kind!: AmendmentChange['kind'];

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
  taskCode?: TaskCode;
}

/**
 * The change as the domain's command declares it. The validators above see to what each kind
 * carries (a budget for 'budget' and 'add', a title and task for 'add'); anything else given is
 * passed on for the decider to judge, as it always was.
 */
export function amendmentChange(change: AmendmentChangeDto): AmendmentChange {
  switch (change.kind) {
    case 'budget':
      return { ...change, kind: 'budget', budget: validated(change.budget, 'budget') };
    case 'add':
      return {
        ...change,
        kind: 'add',
        title: validated(change.title, 'title'),
        taskCode: validated(change.taskCode, 'taskCode'),
        budget: validated(change.budget, 'budget'),
      };
    case 'withdraw':
      return { ...change, kind: 'withdraw' };
  }
}

function validated<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new TypeError(`an amendment change passed validation without its ${name}`);
  return value;
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
  party?: Funder;

  @ApiProperty({ type: [AmendmentChangeDto], maxItems: LIST_LIMITS.amendmentChanges })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIST_LIMITS.amendmentChanges)
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
  party?: Funder;

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
  party?: Funder;

  @ApiProperty({ maxLength: NOTE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason!: string;
}
