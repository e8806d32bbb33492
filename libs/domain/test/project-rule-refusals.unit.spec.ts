/**
 * Every rule a guard of the project machine asks is reachable through `decide` with its own stable
 * code: the list of rule × code is built from the guards themselves, each entry is driven to refusal
 * by a real command below, and none falls back to the generic `PROJECT.RULE_VIOLATED`. A rule a
 * guard asks that has no case here fails the coverage test, and so does a case for a rule no guard asks.
 */
import { type ProjectCommand, type ProjectEvent, type Rule, isRuleGuard, projectRules, projectWorkflow } from '../src/index.js';
import { PROJECT, TODAY, projectCommands as p, projectPaths, run } from './support/scenarios.js';
import { refusalOf } from './support/refusals.js';

interface RefusalCase {
  /** The rule, as `projectRules` names it. */
  readonly rule: keyof typeof projectRules;
  readonly code: string;
  /** The field the refusal names. */
  readonly field?: string;
  /** The commands before the refused one. */
  readonly before: readonly ProjectCommand[];
  /** Events stored after those commands, as a history written under an earlier rule holds them. */
  readonly stored?: readonly ProjectEvent[];
  readonly command: ProjectCommand;
}

const expenditure = (change: Partial<(typeof p.RecordExpenditure)['data']>): ProjectCommand => ({ ...p.RecordExpenditure, data: { ...p.RecordExpenditure.data, ...change } });
const condition = (conditionId: string): ProjectCommand => ({ ...p.FulfillCondition, data: { ...p.FulfillCondition.data, conditionId } });

/** Stored under the earlier rule: the self-evaluation in, the project still completed and waiting for the survey. */
const selfEvaluationUnderEarlierRule: ProjectEvent = {
  type: 'SelfEvaluationRecorded',
  data: { projectId: PROJECT, indicators: [{ name: '참여 학생 수', target: 100, result: 120 }], summary: null, recordedOn: TODAY },
};

const cases: readonly RefusalCase[] = [
  { rule: 'conditionOpen', code: 'PROJECT.CONDITION_NOT_FOUND', field: 'data.conditionId', before: projectPaths.planned, command: condition('c9') },
  { rule: 'conditionOpen', code: 'PROJECT.CONDITION_SETTLED', field: 'data.conditionId', before: [...projectPaths.planned, p.FulfillCondition], command: p.WaiveCondition },
  { rule: 'conditionOpen', code: 'PROJECT.CONDITION_SETTLED', field: 'data.conditionId', before: [...projectPaths.agreed, p.WaiveCondition], command: p.MarkConditionOverdue },
  { rule: 'newConditionOverdue', code: 'PROJECT.CONDITION_OVERDUE_ALREADY_RECORDED', before: [...projectPaths.planned, p.MarkConditionOverdue], command: p.MarkConditionOverdue },
  {
    rule: 'newOverdueEvaluation',
    code: 'PROJECT.EVALUATION_OVERDUE_ALREADY_RECORDED',
    before: [...projectPaths.completed, p.MarkEvaluationOverdue],
    command: p.MarkEvaluationOverdue,
  },
  {
    rule: 'stillInAgreement',
    code: 'PROJECT.WITHDRAWN_FROM_AGREEMENT',
    field: 'data.amount',
    before: [...projectPaths.inProgress, p.ReleaseFromAgreement],
    command: p.RecordExpenditure,
  },
  { rule: 'newExpenditure', code: 'PROJECT.DUPLICATE_EXPENDITURE', field: 'data.expenditureId', before: [...projectPaths.inProgress, p.RecordExpenditure], command: p.RecordExpenditure },
  { rule: 'withinAllocation', code: 'BUDGET.EXCEEDS_ALLOCATION', field: 'data.amount', before: projectPaths.inProgress, command: expenditure({ amount: 30_000_001 }) },
  { rule: 'newAmendment', code: 'PROJECT.AMENDMENT_ALREADY_APPLIED', before: [...projectPaths.agreed, p.AmendProjectBudget], command: p.AmendProjectBudget },
  {
    rule: 'coversSpent',
    code: 'BUDGET.BELOW_SPENT',
    field: 'data.newAllocation',
    before: [...projectPaths.inProgress, p.RecordExpenditure],
    command: { ...p.AmendProjectBudget, data: { ...p.AmendProjectBudget.data, newAllocation: { 'education-office': 999_999, 'local-government': 20_000_000 } } },
  },
  { rule: 'notReleased', code: 'PROJECT.ALREADY_RELEASED', before: [...projectPaths.agreed, p.ReleaseFromAgreement], command: p.ReleaseFromAgreement },
  {
    rule: 'selfEvaluationPending',
    code: 'PROJECT.EVALUATION_ALREADY_RECORDED',
    before: projectPaths.completed,
    stored: [selfEvaluationUnderEarlierRule],
    command: p.RecordSelfEvaluation,
  },
  {
    rule: 'comprehensiveEvaluationPending',
    code: 'PROJECT.EVALUATION_ALREADY_RECORDED',
    before: [...projectPaths.evaluated, p.RecordComprehensiveEvaluation],
    command: p.RecordComprehensiveEvaluation,
  },
  { rule: 'selfEvaluationIn', code: 'PROJECT.EVALUATION_NOT_RECORDED', field: 'data.indicators', before: projectPaths.completed, command: p.CorrectSelfEvaluation },
  {
    rule: 'comprehensiveEvaluationIn',
    code: 'PROJECT.EVALUATION_NOT_RECORDED',
    field: 'data.satisfaction',
    before: projectPaths.evaluated,
    command: p.CorrectComprehensiveEvaluation,
  },
];

const guards = (): readonly unknown[] => Object.values(projectWorkflow.machine.implementations.guards as Readonly<Record<string, unknown>>);

/** Every rule × code the project machine's guards can refuse with, named as `projectRules` names the rule. */
function guardedRefusals(): string[] {
  const named = new Map<Rule<never, never>, string>(Object.entries(projectRules).map(([name, candidate]) => [candidate as Rule<never, never>, name]));
  return guards()
    .filter(isRuleGuard)
    .flatMap((guard) => guard.rules.flatMap((candidate) => candidate.codes.map((code) => `${named.get(candidate) ?? '(unnamed rule)'} → ${code}`)));
}

describe('every rule a project guard asks is refused with its own stable code', () => {
  it.each(cases.map((c) => [`${c.rule} → ${c.code}${c.field ? ` (${c.field})` : ''} on ${c.command.type}`, c] as const))('%s', (_name, c) => {
    const stored = (c.stored ?? []).reduce((state, event) => projectWorkflow.decider.evolve(state, event), run(projectWorkflow, c.before).state);
    const refusal = refusalOf(() => projectWorkflow.decider.decide(c.command, stored));
    expect(refusal.code).toBe(c.code);
    expect(refusal.code).not.toMatch(/RULE_VIOLATED$/);
    if (c.field !== undefined) expect(refusal.field).toBe(c.field);
    expect(projectRules[c.rule].codes).toContain(c.code);
  });

  it('covers every rule × code of every guard of the project machine, and no more', () => {
    const required = new Set(guardedRefusals());
    expect(required.size).toBeGreaterThan(0);
    const covered = new Set(cases.map((c) => `${c.rule} → ${c.code}`));
    expect([...required].filter((entry) => !covered.has(entry))).toEqual([]);
    expect([...covered].filter((entry) => !required.has(entry))).toEqual([]);
  });

  it('asks every guard of the project machine as rules, so none refuses without a code', () => {
    expect(guards().length).toBeGreaterThan(0);
    expect(guards().filter((guard) => !isRuleGuard(guard))).toEqual([]);
  });
});
