import { DeciderSpecification, type ProjectCommand, type ProjectEvent, type ProjectState, projectWorkflow } from '@gongron/domain';
import {
  ITEM,
  PROJECT,
  TODAY,
  allocation,
  cityOfficial,
  educationOfficial,
  historyOf,
  meta,
  projectCommands as c,
  transitionCoverage,
} from './support/scenarios.js';

const coverage = transitionCoverage<ProjectCommand, ProjectEvent, ProjectState>(projectWorkflow, projectWorkflow.decider);
const given = DeciderSpecification.for(coverage.decider);
const with_ = <T extends ProjectCommand>(command: T, data: Partial<T['data']>): T => ({ ...command, data: { ...command.data, ...data } });
const decide = (history: readonly ProjectEvent[], command: ProjectCommand): ProjectEvent[] =>
  projectWorkflow.decider.decide(command, history.reduce(projectWorkflow.decider.evolve, projectWorkflow.decider.initialState()));
const after = (history: readonly ProjectEvent[], ...commands: ProjectCommand[]): ProjectEvent[] =>
  commands.reduce<ProjectEvent[]>((events, command) => [...events, ...decide(events, command)], [...history]);
const spend = (funder: 'education-office' | 'local-government', amount: number, expenditureId = `exp-${funder}-${amount}`) => ({
  ...with_(c.RecordExpenditure, { funder, amount, expenditureId }),
  metadata: meta(funder === 'education-office' ? educationOfficial : cityOfficial),
});

/** The transition specs below, kept so the coverage check can take every one itself: it must hold when run alone. */
const transitionSpecs: Array<() => void> = [];
function transition(name: string, spec: () => void): void {
  transitionSpecs.push(spec);
  test(name, spec);
}
function transitionEach<T extends readonly unknown[]>(cases: readonly T[]): (name: string, spec: (...args: [...T]) => void) => void;
function transitionEach<T extends string>(cases: readonly T[]): (name: string, spec: (value: T) => void) => void;
function transitionEach(cases: readonly (string | readonly unknown[])[]) {
  return (name: string, spec: (...args: unknown[]) => void): void => {
    for (const each of cases) transitionSpecs.push(() => spec(...(typeof each === 'string' ? [each] : each)));
    test.each(cases as never[])(name, spec);
  };
}

describe('project: every legal transition', () => {
  transition('none → planned: created from an approved item, recording the workflow version', () => {
    given([])
      .when(c.CreateProject)
      .then([
        {
          type: 'ProjectCreated',
          data: {
            projectId: PROJECT,
            district: 'suwon',
            year: 2024,
            title: '마을 방과후 돌봄',
            taskCode: '2-3',
            plannedBudget: allocation,
            sourceAgendaItemId: ITEM,
            sourceRevisionId: null,
            createdOn: TODAY,
            workflowVersion: 1,
            conditions: [{ conditionId: 'c1', text: '안전 관리 계획 제출', dueOn: TODAY, beforeSpending: false }],
          },
        },
      ]);
  });

  transition('a condition of the approval is fulfilled with evidence, waived at a meeting, or recorded overdue', () => {
    given(historyOf.project('agreed'))
      .when(c.FulfillCondition)
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'ConditionFulfilled',
            data: { projectId: PROJECT, conditionId: 'c1', evidence: '안전 관리 계획서 제출 (공문 제2024-12호)', fulfilledOn: TODAY },
          },
        ]);
        expect(state.conditions[0]).toMatchObject({ status: 'fulfilled', settledOn: TODAY });
      });
    given(historyOf.project('inProgress'))
      .when(c.WaiveCondition)
      .thenState((state) => expect(state.conditions[0]).toMatchObject({ status: 'waived', waiver: { reason: '기존 계획으로 갈음' } }));
    given(historyOf.project('planned'))
      .when(c.MarkConditionOverdue)
      .thenState((state, events) => {
        expect(events[0]).toEqual({
          type: 'ConditionOverdue',
          data: { projectId: PROJECT, conditionId: 'c1', deadlineId: 'condition.proj-1.c1', dueOn: TODAY, overdueOn: TODAY },
        });
        expect(state.conditions[0]).toMatchObject({ status: 'open', overdueOn: TODAY });
      });
    for (const status of ['suspended', 'completed', 'evaluated'] as const) {
      given(historyOf.project(status))
        .when(c.FulfillCondition)
        .thenState((state) => expect(state.conditions[0]?.status).toBe('fulfilled'));
      given(historyOf.project(status))
        .when(c.WaiveCondition)
        .thenState((state) => expect(state.conditions[0]?.status).toBe('waived'));
      given(historyOf.project(status))
        .when(c.MarkConditionOverdue)
        .thenState((state) => expect(state.conditions[0]?.overdueOn).toBe(TODAY));
    }
    for (const status of ['agreed', 'inProgress'] as const) {
      given(historyOf.project(status))
        .when(c.WaiveCondition)
        .thenState((state) => expect(state.conditions[0]?.status).toBe('waived'));
      given(historyOf.project(status))
        .when(c.MarkConditionOverdue)
        .thenState((state) => expect(state.conditions[0]?.overdueOn).toBe(TODAY));
    }
    given(historyOf.project('planned'))
      .when(c.WaiveCondition)
      .thenState((state) => expect(state.conditions[0]?.status).toBe('waived'));
    given(historyOf.project('planned'))
      .when(c.FulfillCondition)
      .thenState((state) => expect(state.conditions[0]?.status).toBe('fulfilled'));
    given(historyOf.project('inProgress'))
      .when(c.FulfillCondition)
      .thenState((state) => expect(state.conditions[0]?.status).toBe('fulfilled'));
  });

  transition('planned → agreed: the allocation arrives with the agreement in force', () => {
    given(historyOf.project('planned'))
      .when(c.MarkProjectAgreed)
      .then([
        {
          type: 'ProjectAgreed',
          data: { projectId: PROJECT, agreementId: 'suwon-2024', allocation, agreedOn: '2024-03-05', effectiveAt: '2024-03-05' },
        },
      ]);
  });

  transition('agreed → inProgress', () => {
    given(historyOf.project('agreed'))
      .when(with_(c.StartProject, { startedOn: '2024-03-11' }))
      .then([{ type: 'ProjectStarted', data: { projectId: PROJECT, startedOn: '2024-03-11', effectiveAt: '2024-03-11' } }]);
  });

  transitionEach(['agreed', 'inProgress', 'suspended'] as const)('%s: the allocation is amended (from a consented amendment)', (status) => {
    given(historyOf.project(status))
      .when(c.AmendProjectBudget)
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'ProjectBudgetAmended',
            data: {
              projectId: PROJECT,
              amendmentId: 'amend-1',
              agreementId: 'suwon-2024',
              previousAllocation: allocation,
              newAllocation: { 'education-office': 35_000_000, 'local-government': 20_000_000 },
              amendedOn: TODAY,
            },
          },
        ]);
        expect(state.status).toBe(status);
        expect(state.allocation?.['education-office']).toBe(35_000_000);
      });
  });

  transition('inProgress: an expenditure per funder', () => {
    given(historyOf.project('inProgress'))
      .when(c.RecordExpenditure)
      .then([
        {
          type: 'ExpenditureRecorded',
          data: {
            projectId: PROJECT,
            expenditureId: 'exp-1',
            funder: 'education-office',
            amount: 1_000_000,
            spentOn: TODAY,
            purpose: '강사비',
            executedBy: 'education-office',
            school: null,
            grant: null,
          },
        },
      ]);
  });

  test('an expenditure stored without a grant (data as an importer wrote it) still folds, counted against the allocation', () => {
    const bare = {
      type: 'ExpenditureRecorded',
      data: { projectId: PROJECT, expenditureId: 'exp-9', funder: 'local-government', amount: 700, spentOn: TODAY, purpose: '운영비' },
    } as unknown as ProjectEvent;
    const state = [...historyOf.project('inProgress'), bare].reduce(projectWorkflow.decider.evolve, projectWorkflow.decider.initialState());
    expect(state.status).toBe('inProgress');
    expect(state.spent['local-government']).toBe(700);
  });

  transition('inProgress → suspended → inProgress', () => {
    given(historyOf.project('inProgress'))
      .when(c.SuspendProject)
      .then([{ type: 'ProjectSuspended', data: { projectId: PROJECT, reason: '공간 공사', suspendedOn: TODAY } }]);
    given(historyOf.project('suspended'))
      .when(c.ResumeProject)
      .thenState((state, events) => {
        expect(events).toEqual([{ type: 'ProjectResumed', data: { projectId: PROJECT, resumedOn: TODAY } }]);
        expect(state.status).toBe('inProgress');
        expect(state.suspension).toBeNull();
      });
  });

  transition('inProgress → completed, with what was spent', () => {
    given(after(historyOf.project('inProgress'), spend('local-government', 500)))
      .when(c.CompleteProject)
      .then([
        {
          type: 'ProjectCompleted',
          data: { projectId: PROJECT, completedOn: TODAY, allocation, spent: { 'education-office': 0, 'local-government': 500 } },
        },
      ]);
  });

  transition('completed → evaluated on its self-evaluation alone: the province-wide survey is no per-project gate', () => {
    given(historyOf.project('completed'))
      .when(c.RecordSelfEvaluation)
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'SelfEvaluationRecorded',
            data: {
              projectId: PROJECT,
              indicators: [{ name: '참여 학생 수', target: 100, result: 120, unit: '명' }],
              summary: null,
              recordedOn: TODAY,
            },
          },
          { type: 'ProjectEvaluated', data: { projectId: PROJECT, sourceAgendaItemId: ITEM, evaluatedOn: TODAY } },
        ]);
        expect(state.status).toBe('evaluated');
        expect(state.comprehensiveEvaluation).toBeNull();
      });
  });

  transition('completed: the comprehensive evaluation alone does not make it evaluated', () => {
    given(historyOf.project('completed'))
      .when(c.RecordComprehensiveEvaluation)
      .thenState((state) => {
        expect(state.status).toBe('completed');
        expect(state.comprehensiveEvaluation?.satisfaction).toEqual({ students: 88, parents: 91.5, teachers: 80 });
      });
  });

  transition('evaluated: survey figures that come after are recorded without changing the state', () => {
    given(historyOf.project('evaluated'))
      .when(c.RecordComprehensiveEvaluation)
      .then([
        {
          type: 'ComprehensiveEvaluationRecorded',
          data: { projectId: PROJECT, satisfaction: { students: 88, parents: 91.5, teachers: 80 }, surveyedOn: TODAY },
        },
      ]);
  });

  /** A history stored under the earlier rule: the self-evaluation in, the project still waiting for the survey. */
  const selfEvaluatedUnderEarlierRule = (): ProjectEvent[] => [
    ...historyOf.project('completed'),
    {
      type: 'SelfEvaluationRecorded',
      data: { projectId: PROJECT, indicators: [{ name: '참여 학생 수', target: 100, result: 120 }], summary: null, recordedOn: TODAY },
    },
  ];

  transition('completed under the earlier rule: the survey or a correction now evaluates it', () => {
    given(selfEvaluatedUnderEarlierRule())
      .when(c.RecordComprehensiveEvaluation)
      .thenState((state, events) => {
        expect(events.map((event) => event.type)).toEqual(['ComprehensiveEvaluationRecorded', 'ProjectEvaluated']);
        expect(state.status).toBe('evaluated');
      });
    given(selfEvaluatedUnderEarlierRule())
      .when(c.CorrectSelfEvaluation)
      .thenState((state, events) => {
        expect(events.map((event) => event.type)).toEqual(['SelfEvaluationCorrected', 'ProjectEvaluated']);
        expect(state.status).toBe('evaluated');
      });
  });

  transition('completed and evaluated: a correction is a new event naming what it replaces and why', () => {
    given(historyOf.project('evaluated'))
      .when(c.CorrectSelfEvaluation)
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'SelfEvaluationCorrected',
            data: {
              projectId: PROJECT,
              indicators: [{ name: '참여 학생 수', target: 100, result: 112, unit: '명' }],
              summary: null,
              previous: { indicators: [{ name: '참여 학생 수', target: 100, result: 120, unit: '명' }], summary: null },
              reason: '중복 집계 정정',
              correctedOn: TODAY,
            },
          },
        ]);
        expect(state.selfEvaluation?.indicators[0]?.result).toBe(112);
        expect(state.status).toBe('evaluated');
      });
    for (const history of [
      after(historyOf.project('completed'), c.RecordComprehensiveEvaluation),
      after(historyOf.project('evaluated'), c.RecordComprehensiveEvaluation),
    ]) {
      given(history)
        .when(c.CorrectComprehensiveEvaluation)
        .thenState((state, events) => {
          expect(events[0]).toMatchObject({
            type: 'ComprehensiveEvaluationCorrected',
            data: { satisfaction: { students: 86 }, previous: { satisfaction: { students: 88 } }, reason: '입력 오류 정정' },
          });
          expect(state.comprehensiveEvaluation?.satisfaction.students).toBe(86);
        });
    }
  });

  test('nothing is corrected before it is recorded', () => {
    given(historyOf.project('completed'))
      .when(c.CorrectSelfEvaluation)
      .thenThrows({ code: 'PROJECT.EVALUATION_NOT_RECORDED', field: 'data.indicators' });
    given(historyOf.project('evaluated'))
      .when(with_(c.CorrectSelfEvaluation, { reason: '' }))
      .thenThrows({ field: 'data.reason' });
  });

  transition('evaluated → closed', () => {
    given(historyOf.project('evaluated'))
      .when(c.CloseProject)
      .then([{ type: 'ProjectClosed', data: { projectId: PROJECT, closedOn: TODAY } }]);
  });

  transitionEach(['planned', 'agreed', 'inProgress', 'suspended', 'completed', 'evaluated'] as const)(
    '%s → cancelled, returning the unspent allocation',
    (status) => {
      given(historyOf.project(status))
        .when(c.CancelProject)
        .thenState((state, events) => {
          expect(state.status).toBe('cancelled');
          expect(events[0]).toMatchObject({
            type: 'ProjectCancelled',
            data: {
              cancelledWhile: status,
              returned: status === 'planned' ? { 'education-office': 0, 'local-government': 0 } : allocation,
            },
          });
        });
    },
  );

  transition('cancelling after spending returns only what is left per funder', () => {
    given(after(historyOf.project('inProgress'), spend('education-office', 10_000_000), spend('local-government', 20_000_000)))
      .when(c.CancelProject)
      .thenState((state) => {
        expect(state.cancellation?.returned).toEqual({ 'education-office': 20_000_000, 'local-government': 0 });
      });
  });

  transition('completed: an evaluation not in by its due day is overdue, once per deadline', () => {
    given(historyOf.project('completed'))
      .when(c.MarkEvaluationOverdue)
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'EvaluationOverdue',
            data: {
              projectId: PROJECT,
              deadlineId: `evaluation.${PROJECT}`,
              completedOn: TODAY,
              dueOn: TODAY,
              overdueOn: TODAY,
              missing: ['self', 'comprehensive'],
            },
          },
        ]);
        expect(state.status).toBe('completed');
      });
    given(after(historyOf.project('completed'), c.MarkEvaluationOverdue))
      .when(c.MarkEvaluationOverdue)
      .thenThrows({ code: 'PROJECT.EVALUATION_OVERDUE_ALREADY_RECORDED', kind: 'transition' });
    given(historyOf.project('completed'))
      .when(with_(c.MarkEvaluationOverdue, { dueOn: '2024-05-11' }))
      .thenThrows({ code: 'PROJECT.EVALUATION_NOT_DUE', kind: 'rule' });
  });

  transitionEach(['agreed', 'inProgress', 'suspended', 'completed', 'evaluated'] as const)(
    '%s: withdrawn from the agreement by a consented amendment, the unspent allocation goes back',
    (status) => {
      given(historyOf.project(status))
        .when(c.ReleaseFromAgreement)
        .thenState((state, events) => {
          expect(events).toEqual([
            {
              type: 'ProjectReleasedFromAgreement',
              data: {
                projectId: PROJECT,
                agreementId: 'suwon-2024',
                amendmentId: 'amend-2',
                previousAllocation: allocation,
                allocation: { 'education-office': 0, 'local-government': 0 },
                returned: allocation,
                releasedOn: TODAY,
              },
            },
          ]);
          expect(state.status).toBe(status);
          expect(state.allocation).toEqual({ 'education-office': 0, 'local-government': 0 });
        });
    },
  );

  test('every transition of the machine is taken by a spec above (taking them itself, so it holds run alone)', () => {
    for (const spec of transitionSpecs) spec();
    expect(coverage.missing()).toEqual([]);
  });
});

describe('project: conditions as obligations', () => {
  const beforeSpending = with_(c.CreateProject, {
    conditions: [
      { conditionId: 'safety', text: '안전 관리 계획 제출', beforeSpending: true },
      { conditionId: 'report', text: '분기별 보고', dueOn: '2024-09-30' },
    ],
  });
  const running = () => after([], beforeSpending, c.MarkProjectAgreed, c.StartProject);

  test('a condition marked before spending blocks expenditures, naming it, until fulfilled', () => {
    const refusal = given(running()).when(c.RecordExpenditure).thenThrows({ code: 'PROJECT.CONDITION_NOT_FULFILLED', kind: 'rule' });
    expect(refusal.message).toContain('safety');
    expect(refusal.message).toContain('안전 관리 계획 제출');
    expect(refusal.details).toMatchObject({ conditionId: 'safety', openConditions: ['safety'] });
    given(after(running(), with_(c.FulfillCondition, { conditionId: 'safety' })))
      .when(c.RecordExpenditure)
      .thenState((state) => expect(state.spent['education-office']).toBe(1_000_000));
  });

  test('a waiver by the committee also lifts the block; a condition not before spending never blocks', () => {
    given(after(running(), with_(c.WaiveCondition, { conditionId: 'safety' })))
      .when(c.RecordExpenditure)
      .thenState((state) => expect(state.conditions.map((condition) => condition.status)).toEqual(['waived', 'open']));
  });

  test('plain texts become conditions c1, c2 … that do not block', () => {
    given([])
      .when(with_(c.CreateProject, { conditions: ['안전 계획', '보고'] as never }))
      .thenState((state) =>
        expect(state.conditions.map((condition) => [condition.conditionId, condition.beforeSpending])).toEqual([
          ['c1', false],
          ['c2', false],
        ]),
      );
  });

  test('an unknown or settled condition, a repeated overdue, and bad input are refused by name', () => {
    given(running())
      .when(with_(c.FulfillCondition, { conditionId: 'nope' }))
      .thenThrows({ code: 'PROJECT.CONDITION_NOT_FOUND', kind: 'not-found', field: 'data.conditionId' });
    const fulfilled = after(running(), with_(c.FulfillCondition, { conditionId: 'safety' }));
    given(fulfilled)
      .when(with_(c.WaiveCondition, { conditionId: 'safety' }))
      .thenThrows({ code: 'PROJECT.CONDITION_SETTLED', kind: 'rule' });
    const overdue = after(running(), with_(c.MarkConditionOverdue, { conditionId: 'report', dueOn: '2024-05-01' }));
    given(overdue)
      .when(with_(c.MarkConditionOverdue, { conditionId: 'report', dueOn: '2024-05-01' }))
      .thenThrows({ code: 'PROJECT.CONDITION_OVERDUE_ALREADY_RECORDED', kind: 'transition' });
    given(running())
      .when(with_(c.MarkConditionOverdue, { conditionId: 'report', dueOn: '2024-09-30' }))
      .thenThrows({ code: 'PROJECT.CONDITION_NOT_DUE' });
    given(running())
      .when(with_(c.FulfillCondition, { conditionId: 'safety', evidence: '' }))
      .thenThrows({ field: 'data.evidence' });
    given(running())
      .when(with_(c.WaiveCondition, { conditionId: 'safety', meeting: { heldOn: TODAY, body: 'civic-council' } }))
      .thenThrows({ code: 'PROJECT.WRONG_BODY', field: 'data.meeting.body' });
    given([])
      .when(
        with_(c.CreateProject, {
          conditions: [
            { conditionId: 'a', text: 'x' },
            { conditionId: 'a', text: 'y' },
          ],
        }),
      )
      .thenThrows({ code: 'COMMAND.INVALID', field: 'data.conditions[1].conditionId' });
  });
});

describe('project: the agreement term', () => {
  test('expenditures are dated within the term from the agreement: the last day of February yes, 1 March no', () => {
    const agreed = with_(c.MarkProjectAgreed, { term: { from: '2024-03-05', until: '2025-02-28' } });
    const history = after([], c.CreateProject, agreed, c.StartProject);
    given(history)
      .when(with_(c.RecordExpenditure, { spentOn: '2025-02-28' }))
      .thenState((state) => expect(state.spent['education-office']).toBe(1_000_000));
    const refusal = given(history)
      .when(with_(c.RecordExpenditure, { spentOn: '2025-03-01' }))
      .thenThrows({ code: 'PROJECT.OUTSIDE_AGREEMENT_TERM', kind: 'rule', field: 'data.spentOn' });
    expect(refusal.message).toContain('2024-03-05');
    expect(refusal.message).toContain('2025-02-28');
    given(history)
      .when(with_(c.RecordExpenditure, { spentOn: '2024-03-04' }))
      .thenThrows({ code: 'PROJECT.OUTSIDE_AGREEMENT_TERM' });
  });

  test('a project agreed before terms were recorded spends from its agreed day to the end of February of the next year', () => {
    const history = after([], c.CreateProject, c.MarkProjectAgreed, c.StartProject);
    given(history)
      .when(with_(c.RecordExpenditure, { spentOn: '2025-02-28' }))
      .thenState((state) => expect(state.term).toEqual({ from: '2024-03-05', until: '2025-02-28' }));
    given(history)
      .when(with_(c.RecordExpenditure, { spentOn: '2025-03-01' }))
      .thenThrows({ code: 'PROJECT.OUTSIDE_AGREEMENT_TERM' });
  });

  test('a term that ends before it begins is invalid input', () => {
    given(after([], c.CreateProject))
      .when(with_(c.MarkProjectAgreed, { term: { from: '2025-03-01', until: '2025-02-28' } }))
      .thenThrows({ code: 'COMMAND.INVALID', field: 'data.term.until' });
  });
});

describe('project: budget', () => {
  test('spending exactly the allocation is accepted; one won over is refused', () => {
    const history = after(historyOf.project('inProgress'), spend('education-office', 29_999_999));
    given(history)
      .when(spend('education-office', 1))
      .thenState((state) => expect(state.spent['education-office']).toBe(30_000_000));
    const error = given(history).when(spend('education-office', 2)).thenThrows({ code: 'BUDGET.EXCEEDS_ALLOCATION', kind: 'rule' });
    expect(error.details).toMatchObject({ funder: 'education-office', allocation: 30_000_000, spent: 29_999_999, amount: 2, available: 1 });
  });

  test('each funder has its own allocation', () => {
    const history = after(historyOf.project('inProgress'), spend('education-office', 30_000_000));
    given(history)
      .when(spend('local-government', 20_000_000))
      .thenState((state) => {
        expect(state.spent).toEqual(allocation);
      });
    given(history).when(spend('local-government', 20_000_001)).thenThrows('BUDGET.EXCEEDS_ALLOCATION');
  });

  test('an amendment never lowers the allocation below what is spent', () => {
    const history = after(historyOf.project('inProgress'), spend('local-government', 15_000_000));
    given(history)
      .when(with_(c.AmendProjectBudget, { newAllocation: { 'education-office': 30_000_000, 'local-government': 14_999_999 } }))
      .thenThrows({ code: 'BUDGET.BELOW_SPENT', kind: 'rule' });
    given(history)
      .when(with_(c.AmendProjectBudget, { newAllocation: { 'education-office': 0, 'local-government': 15_000_000 } }))
      .thenState((state) => expect(state.allocation).toEqual({ 'education-office': 0, 'local-government': 15_000_000 }));
  });

  test('an amendment applied twice is a typed transition refusal', () => {
    given(after(historyOf.project('inProgress'), c.AmendProjectBudget))
      .when(c.AmendProjectBudget)
      .thenThrows({ code: 'PROJECT.AMENDMENT_ALREADY_APPLIED', kind: 'transition' });
  });

  test('amounts must be whole positive won; the same expenditure id twice is refused', () => {
    given(historyOf.project('inProgress')).when(spend('education-office', 0)).thenThrows({ code: 'MONEY.INVALID', field: 'data.amount' });
    given(historyOf.project('inProgress')).when(spend('education-office', -5)).thenThrows({ code: 'MONEY.INVALID', field: 'data.amount' });
    given(historyOf.project('inProgress')).when(spend('education-office', 10.5)).thenThrows('MONEY.INVALID');
    given(historyOf.project('inProgress')).when(spend('education-office', Number.NaN)).thenThrows('MONEY.INVALID');
    given(after(historyOf.project('inProgress'), c.RecordExpenditure))
      .when(c.RecordExpenditure)
      .thenThrows('PROJECT.DUPLICATE_EXPENDITURE');
    given(historyOf.project('inProgress'))
      .when({ ...with_(c.RecordExpenditure, { funder: 'school' as never }), metadata: meta({ id: 'admin', role: 'admin' }) })
      .thenThrows({ code: 'CATALOG.UNKNOWN_FUNDER', field: 'data.funder' });
  });

  test('an official records expenditures only for their own party', () => {
    given(historyOf.project('inProgress'))
      .when({ ...c.RecordExpenditure, metadata: meta(cityOfficial) })
      .thenThrows({ code: 'PROJECT.PARTY_MISMATCH', kind: 'forbidden', field: 'data.funder' });
    given(historyOf.project('inProgress'))
      .when({ ...with_(c.RecordExpenditure, { funder: 'local-government' }), metadata: meta(cityOfficial) })
      .thenState((state) => expect(state.spent['local-government']).toBe(1_000_000));
  });

  test('no spending while suspended or before the project starts', () => {
    given(historyOf.project('suspended'))
      .when(c.RecordExpenditure)
      .thenThrows({ code: 'PROJECT.TRANSITION_NOT_ALLOWED', kind: 'transition' });
    given(historyOf.project('agreed')).when(c.RecordExpenditure).thenThrows('PROJECT.TRANSITION_NOT_ALLOWED');
  });
});

describe('project: rules and surface', () => {
  test('agreed by its own district and year only; agreed twice is a typed transition refusal', () => {
    given(historyOf.project('planned'))
      .when(with_(c.MarkProjectAgreed, { agreementId: 'osan-2024' }))
      .thenThrows({ code: 'PROJECT.AGREEMENT_MISMATCH', field: 'data.agreementId' });
    given(historyOf.project('agreed')).when(c.MarkProjectAgreed).thenThrows({ code: 'PROJECT.ALREADY_AGREED', kind: 'transition' });
  });

  test('each evaluation once; indicators and satisfaction are checked', () => {
    given(after(historyOf.project('completed'), c.RecordComprehensiveEvaluation))
      .when(c.RecordComprehensiveEvaluation)
      .thenThrows('PROJECT.EVALUATION_ALREADY_RECORDED');
    given(after(historyOf.project('completed'), c.RecordSelfEvaluation))
      .when(c.RecordSelfEvaluation)
      .thenThrows({ kind: 'transition' });
    given(historyOf.project('completed'))
      .when(with_(c.RecordSelfEvaluation, { indicators: [] }))
      .thenThrows({ field: 'data.indicators' });
    given(historyOf.project('completed'))
      .when(with_(c.RecordSelfEvaluation, { indicators: [{ name: 'x', target: 1, result: Number.POSITIVE_INFINITY }] }))
      .thenThrows({ field: 'data.indicators[0].result' });
    given(historyOf.project('completed'))
      .when(with_(c.RecordComprehensiveEvaluation, { satisfaction: { students: 101, parents: 50, teachers: 50 } }))
      .thenThrows({ code: 'PROJECT.INVALID_SATISFACTION', field: 'data.satisfaction.students' });
    given(historyOf.project('completed'))
      .when(with_(c.RecordComprehensiveEvaluation, { satisfaction: { students: 80, parents: -1, teachers: 50 } }))
      .thenThrows({ field: 'data.satisfaction.parents' });
  });

  test('commandScope: expenditures by an official of the funder; system for process-manager commands', () => {
    const state = (status: Parameters<typeof historyOf.project>[0]) =>
      historyOf.project(status).reduce(projectWorkflow.decider.evolve, projectWorkflow.decider.initialState());
    const initial = projectWorkflow.decider.initialState();
    expect(projectWorkflow.commandScope(c.CreateProject, initial)).toEqual({ kind: 'system' });
    expect(projectWorkflow.commandScope(with_(c.CreateProject, { sourceAgendaItemId: undefined }), initial)).toEqual({
      kind: 'official',
      district: 'suwon',
    });
    expect(projectWorkflow.commandScope(with_(c.RecordExpenditure, { funder: 'local-government' }), state('inProgress'))).toEqual({
      kind: 'official',
      district: 'suwon',
      party: 'local-government',
    });
    expect(projectWorkflow.commandScope(c.StartProject, state('agreed'))).toEqual({ kind: 'official', district: 'suwon' });
    expect(projectWorkflow.commandScope(c.MarkProjectAgreed, state('planned'))).toEqual({ kind: 'system' });
    expect(projectWorkflow.commandScope(c.AmendProjectBudget, state('inProgress'))).toEqual({ kind: 'system' });
  });

  test('a carried-over project is created directly by an official', () => {
    given([])
      .when({ ...with_(c.CreateProject, { sourceAgendaItemId: undefined }), metadata: meta(cityOfficial) })
      .thenState((state) => {
        expect(state.status).toBe('planned');
        expect(state.sourceAgendaItemId).toBeNull();
      });
  });

  test('view shows what remains per funder', () => {
    const history = after(historyOf.project('inProgress'), spend('education-office', 1_000));
    const view = projectWorkflow.view(history.reduce(projectWorkflow.decider.evolve, projectWorkflow.decider.initialState()));
    expect(view).toMatchObject({ status: 'inProgress', remaining: { 'education-office': 29_999_000, 'local-government': 20_000_000 } });
    expect(projectWorkflow.streamIdOf(c.StartProject)).toBe(`project:${PROJECT}`);
  });
});
