/**
 * Conditions of a conditional approval (조건부 가결) as obligations of the project the approval
 * creates: each is open until fulfilled with evidence or waived by the steering committee at a
 * meeting; one the committee marks "before spending" blocks every expenditure while it is open;
 * one with a due day becomes overdue when the day comes and it is still open.
 */
import { invalid } from '../errors.js';
import type { Meeting } from '../messages.js';
import { optionalIsoDate, requireId, requireObject, requireText } from '../validation.js';
import { TEXT_LIMITS } from '../limits.js';

export interface Condition {
  readonly conditionId: string;
  readonly text: string;
  /** The Korean day by which it is to be fulfilled, or null. */
  readonly dueOn: string | null;
  /** Whether it blocks expenditures until fulfilled or waived. */
  readonly beforeSpending: boolean;
}

export type ConditionStatus = 'open' | 'fulfilled' | 'waived';

export interface TrackedCondition extends Condition {
  readonly status: ConditionStatus;
  readonly evidence: string | null;
  readonly settledOn: string | null;
  readonly waiver: { readonly reason: string; readonly meeting: Meeting } | null;
  readonly overdueOn: string | null;
}

/** A condition as a committee states it: a text, or a text with an id, a due day and whether it blocks spending. */
export type ConditionInput =
  string | { readonly conditionId?: string; readonly text: string; readonly dueOn?: string | null; readonly beforeSpending?: boolean };

export function requireConditions(value: unknown, path: string, { nonEmpty }: { nonEmpty: boolean }): Condition[] {
  if (value === undefined || value === null) {
    if (nonEmpty) throw invalid('COMMAND.INVALID', path, `${path} must list at least one condition`);
    return [];
  }
  if (!Array.isArray(value)) throw invalid('COMMAND.INVALID', path, `${path} must be a list of conditions`);
  if (nonEmpty && value.length === 0) throw invalid('COMMAND.INVALID', path, `${path} must list at least one condition`);
  const seen = new Set<string>();
  return value.map((entry, index): Condition => {
    const at = `${path}[${index}]`;
    let condition: Condition;
    if (typeof entry === 'string') {
      condition = { conditionId: `c${index + 1}`, text: requireText(entry, at, TEXT_LIMITS.note), dueOn: null, beforeSpending: false };
    } else {
      const record = requireObject(entry, at);
      const id = record['conditionId'];
      const before = record['beforeSpending'];
      if (before !== undefined && before !== null && typeof before !== 'boolean') {
        throw invalid('COMMAND.INVALID', `${at}.beforeSpending`, `${at}.beforeSpending must be true or false`);
      }
      condition = {
        conditionId: id === undefined || id === null ? `c${index + 1}` : requireId(id, `${at}.conditionId`),
        text: requireText(record['text'], `${at}.text`, TEXT_LIMITS.note),
        dueOn: optionalIsoDate(record['dueOn'], `${at}.dueOn`),
        beforeSpending: before === true,
      };
    }
    if (seen.has(condition.conditionId)) {
      throw invalid('COMMAND.INVALID', `${at}.conditionId`, `condition ${condition.conditionId} appears more than once`);
    }
    seen.add(condition.conditionId);
    return condition;
  });
}

export function tracked(condition: Condition): TrackedCondition {
  return { ...condition, status: 'open', evidence: null, settledOn: null, waiver: null, overdueOn: null };
}

/** Open conditions that block spending, in the order the committee listed them. */
export function blockingConditions(conditions: readonly TrackedCondition[]): TrackedCondition[] {
  return conditions.filter((condition) => condition.beforeSpending && condition.status === 'open');
}
