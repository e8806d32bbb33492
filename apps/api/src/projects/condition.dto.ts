/** The conditions of a conditional approval at the HTTP door: as stated by the committee, and as fulfilled or waived. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiPropertyOptions } from '@nestjs/swagger';

type SchemaObject = NonNullable<Extract<ApiPropertyOptions, { items?: unknown }>['items']>;
import { IsOptional, IsString, Matches, MaxLength, MinLength, ValidateBy, type ValidationOptions } from 'class-validator';
import { DATE_PATTERN, ID_PATTERN, MeetingDto, nested, NOTE_MAX } from '../commands/common.dto.js';

const CONDITION_KEYS = new Set(['conditionId', 'text', 'dueOn', 'beforeSpending']);

function isCondition(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0 && value.length <= NOTE_MAX;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).some((key) => !CONDITION_KEYS.has(key))) return false;
  const { conditionId, text, dueOn, beforeSpending } = record;
  return (
    typeof text === 'string' &&
    text.trim().length > 0 &&
    text.length <= NOTE_MAX &&
    (conditionId === undefined || (typeof conditionId === 'string' && ID_PATTERN.test(conditionId))) &&
    (dueOn === undefined || dueOn === null || (typeof dueOn === 'string' && DATE_PATTERN.test(dueOn))) &&
    (beforeSpending === undefined || typeof beforeSpending === 'boolean')
  );
}

/** A list of at most 50 conditions, each a text or { conditionId?, text, dueOn?, beforeSpending? }. */
export function IsConditionList(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isConditionList',
      validator: {
        validate: (value: unknown) => Array.isArray(value) && value.length <= 50 && value.every(isCondition),
        defaultMessage: () =>
          '$property must list at most 50 conditions, each a text or { conditionId?, text, dueOn? (YYYY-MM-DD), beforeSpending? (true/false) }',
      },
    },
    options,
  );
}

export const CONDITION_ITEM_SCHEMA: SchemaObject = {
  oneOf: [
    { type: 'string', minLength: 1, maxLength: NOTE_MAX },
    {
      type: 'object',
      additionalProperties: false,
      required: ['text'],
      properties: {
        conditionId: { type: 'string', pattern: ID_PATTERN.source, example: 'safety-plan' },
        text: { type: 'string', minLength: 1, maxLength: NOTE_MAX, example: '안전 관리 계획 제출' },
        dueOn: { type: 'string', format: 'date', example: '2024-06-30' },
        beforeSpending: { type: 'boolean', description: 'blocks every expenditure until fulfilled or waived' },
      },
    },
  ],
};

export class FulfillConditionDto {
  @ApiProperty({ example: '안전 관리 계획서 제출 (공문 제2024-12호)', maxLength: NOTE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  evidence!: string;

  @ApiPropertyOptional({ example: '2024-06-20' })
  @IsOptional()
  @IsString()
  @Matches(DATE_PATTERN)
  fulfilledOn?: string;
}

export class WaiveConditionDto {
  @ApiProperty({ example: '기존 안전 계획으로 갈음', maxLength: NOTE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  reason!: string;

  @ApiProperty({ type: MeetingDto })
  @nested(() => MeetingDto)
  meeting!: MeetingDto;
}
