/**
 * Every rule a guard of the project's machine asks is reachable through `decide` with its own
 * stable code: the list of rule × code is built from the guards themselves, each entry is driven to
 * refusal by a real command below, and none falls back to the generic `PROJECT.RULE_VIOLATED`. A
 * rule a guard asks that has no case here, or a case for a rule no guard asks, fails the coverage test.
 * The agreement's guards are held to the same in agreement-rule-refusals.unit.spec.ts.
 */
import {
  type DomainErrorKind,
  type ProjectCommand,
  type ProjectEvent,
  type ProjectState,
  projectRules,
  projectWorkflow,
} from '../src/index.js';
import { PROJECT, TODAY, cityOfficial, projectCommands as p, projectPaths, run } from './support/scenarios.js';
import { coverageOf, guardedRefusals, plainGuards, refusalOf } from './support/refusals.js';

type RuleName = keyof typeof projectRules;

interface RefusalCase {
  readonly rule: RuleName;
  readonly code: string;
  readonly kind: DomainErrorKind;
  /** The field the refusal names. */
  readonly field?: string;
  /** The project the command meets. */
  readonly state: () => ProjectState;
  readonly command: ProjectCommand;
}

const after = (commands: readonly ProjectCommand[]) => (): ProjectState => run(projectWorkflow, commands).state;
const { inProgress, completed } = projectPaths;

/** A completed project whose self-evaluation came in under the earlier rule (both evaluations needed), so it is not yet evaluated. */
const selfEvaluatedUnderEarlierRule = (): ProjectState => {
  const recorded: ProjectEvent = {
    type: 'SelfEvaluationRecorded',
    data: { projectId: PROJECT, indicators: [{ name: '참여 학생 수', target: 100, result: 120 }], summary: null, recordedOn: TODAY },
  };
  return projectWorkflow.decider.evolve(run(projectWorkflow, completed).state, recorded);
};

const withData = <C extends ProjectCommand>(command: C, data: Partial<C['data']>): C => ({
  ...command,
  data: { ...command.data, ...data },
});

/** A school's expenditure from a grant of 3,000,000 won of the office's money (and none of the city's). */
const fromGrant = (change: Partial<Extract<ProjectCommand, { type: 'RecordExpenditure' }>['data']>): ProjectCommand => ({
  ...withData(p.RecordExpenditure, { executedBy: 'school', grantId: 'grant-1', ...change }),
  metadata: {
    ...p.RecordExpenditure.metadata,
    facts: {
      schoolGrant: {
        grantId: 'grant-1',
        callId: `${PROJECT}.direct`,
        projectId: PROJECT,
        schoolId: 'suwon-maetan-es',
        schoolName: '수원매탄초등학교',
        amount: { 'education-office': 3_000_000, 'local-government': 0 },
      },
    },
  },
});

const cases: readonly RefusalCase[] = [
  {
    rule: 'grantOfFunder',
    code: 'PROJECT.GRANT_OF_ANOTHER_FUNDER',
    kind: 'rule',
    field: 'data.grantId',
    state: after(inProgress),
    // The city's official spends the city's money through a grant that gave only the office's.
    command: (() => {
      const command = fromGrant({ funder: 'local-government' });
      return { ...command, metadata: { ...command.metadata, actor: cityOfficial } };
    })(),
  },
  {
    rule: 'withinGrant',
    code: 'PROJECT.EXPENDITURE_ABOVE_GRANT',
    kind: 'rule',
    field: 'data.amount',
    state: after([...inProgress, fromGrant({ amount: 2_000_000 })]),
    command: fromGrant({ expenditureId: 'exp-2', amount: 1_000_001 }),
  },
  {
    rule: 'conditionOpen',
    code: 'PROJECT.CONDITION_NOT_FOUND',
    kind: 'not-found',
    field: 'data.conditionId',
    state: after(inProgress),
    command: withData(p.FulfillCondition, { conditionId: 'c9' }),
  },
  {
    rule: 'conditionOpen',
    code: 'PROJECT.CONDITION_SETTLED',
    kind: 'rule',
    field: 'data.conditionId',
    state: after([...inProgress, p.FulfillCondition]),
    command: p.WaiveCondition,
  },
  // A deadline that passes after the condition was settled finds nothing open to mark overdue.
  {
    rule: 'conditionOpen',
    code: 'PROJECT.CONDITION_SETTLED',
    kind: 'rule',
    field: 'data.conditionId',
    state: after([...inProgress, p.FulfillCondition]),
    command: p.MarkConditionOverdue,
  },
  {
    rule: 'newConditionOverdue',
    code: 'PROJECT.CONDITION_OVERDUE_ALREADY_RECORDED',
    kind: 'transition',
    state: after([...inProgress, p.MarkConditionOverdue]),
    command: p.MarkConditionOverdue,
  },
  {
    rule: 'newOverdueEvaluation',
    code: 'PROJECT.EVALUATION_OVERDUE_ALREADY_RECORDED',
    kind: 'transition',
    state: after([...completed, p.MarkEvaluationOverdue]),
    command: p.MarkEvaluationOverdue,
  },
  {
    rule: 'stillInAgreement',
    code: 'PROJECT.WITHDRAWN_FROM_AGREEMENT',
    kind: 'rule',
    field: 'data.amount',
    state: after([...inProgress, p.ReleaseFromAgreement]),
    command: p.RecordExpenditure,
  },
  {
    rule: 'newExpenditure',
    code: 'PROJECT.DUPLICATE_EXPENDITURE',
    kind: 'rule',
    field: 'data.expenditureId',
    state: after([...inProgress, p.RecordExpenditure]),
    command: p.RecordExpenditure,
  },
  {
    rule: 'withinAllocation',
    code: 'BUDGET.EXCEEDS_ALLOCATION',
    kind: 'rule',
    field: 'data.amount',
    state: after(inProgress),
    command: withData(p.RecordExpenditure, { amount: 30_000_001 }),
  },
  {
    rule: 'newAmendment',
    code: 'PROJECT.AMENDMENT_ALREADY_APPLIED',
    kind: 'transition',
    state: after([...inProgress, p.AmendProjectBudget]),
    command: p.AmendProjectBudget,
  },
  {
    rule: 'coversSpent',
    code: 'BUDGET.BELOW_SPENT',
    kind: 'rule',
    field: 'data.newAllocation',
    state: after([...inProgress, p.RecordExpenditure]),
    command: withData(p.AmendProjectBudget, { newAllocation: { 'education-office': 999_999, 'local-government': 20_000_000 } }),
  },
  {
    rule: 'notReleased',
    code: 'PROJECT.ALREADY_RELEASED',
    kind: 'transition',
    state: after([...inProgress, p.ReleaseFromAgreement]),
    command: p.ReleaseFromAgreement,
  },
  {
    rule: 'selfEvaluationPending',
    code: 'PROJECT.EVALUATION_ALREADY_RECORDED',
    kind: 'rule',
    state: selfEvaluatedUnderEarlierRule,
    command: p.RecordSelfEvaluation,
  },
  {
    rule: 'comprehensiveEvaluationPending',
    code: 'PROJECT.EVALUATION_ALREADY_RECORDED',
    kind: 'rule',
    state: after([...completed, p.RecordComprehensiveEvaluation]),
    command: p.RecordComprehensiveEvaluation,
  },
  {
    rule: 'selfEvaluationIn',
    code: 'PROJECT.EVALUATION_NOT_RECORDED',
    kind: 'rule',
    field: 'data.indicators',
    state: after(completed),
    command: p.CorrectSelfEvaluation,
  },
  {
    rule: 'comprehensiveEvaluationIn',
    code: 'PROJECT.EVALUATION_NOT_RECORDED',
    kind: 'rule',
    field: 'data.satisfaction',
    state: after(completed),
    command: p.CorrectComprehensiveEvaluation,
  },
];

describe('every rule a project guard asks is refused with its own stable code', () => {
  it.each(cases.map((c) => [`${c.rule} → ${c.code}${c.field ? ` (${c.field})` : ''}`, c] as const))('%s', (_name, c) => {
    const state = c.state();
    const refusal = refusalOf(() => projectWorkflow.decider.decide(c.command, state));
    expect(refusal.code).toBe(c.code);
    expect(refusal.code).not.toBe('PROJECT.RULE_VIOLATED');
    expect(refusal.kind).toBe(c.kind);
    if (c.field !== undefined) expect(refusal.field).toBe(c.field);
    expect(projectRules[c.rule].codes).toContain(c.code);
  });

  it('a command already done is refused naming what the project still allows', () => {
    const state = after([...inProgress, p.AmendProjectBudget])();
    const refusal = refusalOf(() => projectWorkflow.decider.decide(p.AmendProjectBudget, state));
    expect(refusal.allowedActions).toEqual(projectWorkflow.allowedActions(state));
    expect(refusal.allowedActions).toContain('RecordExpenditure');
    expect(refusal.details).toEqual({ status: 'inProgress', command: 'AmendProjectBudget' });
  });

  it('has no guard in the project machine that is not made of rules (a plain guard would refuse without a code)', () => {
    expect(plainGuards(projectWorkflow)).toEqual([]);
  });

  it('covers every rule × code of every guard of the project machine, and no more', () => {
    const required = guardedRefusals(projectWorkflow, projectRules);
    expect(required.length).toBeGreaterThan(0);
    expect(coverageOf(required, cases)).toEqual({ unnamed: [], missing: [], extra: [] });
  });
});
