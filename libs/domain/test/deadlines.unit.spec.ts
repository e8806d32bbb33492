import { agreementExpiryDeadlineId, deadlineChanges, districtOfCause, reviewDeadlineId, type DeadlinePolicy } from '@gongron/domain';

const policy: DeadlinePolicy = { reviewDays: (district) => (district === 'suwon' ? 14 : 30), evaluationDays: () => 60 };

describe('deadlines from the events that cause them', () => {
  test('tabling starts the district’s review period; a new tabling replaces the old one', () => {
    const cause = {
      id: 'evt-7',
      type: 'AgendaItemTabled',
      streamId: 'agenda-item:i1',
      data: { itemId: 'i1', revisionId: 'r1', meeting: null, tabledOn: '2024-02-20' },
    };
    const suwon = deadlineChanges(cause, 'suwon', policy);
    expect(suwon.scheduled).toEqual([
      {
        deadlineId: reviewDeadlineId('evt-7'),
        kind: 'review',
        streamId: 'agenda-item:i1',
        district: 'suwon',
        dueOn: '2024-03-05',
        fire: { type: 'MarkReviewOverdue', data: { itemId: 'i1', deadlineId: 'review.evt-7', dueOn: '2024-03-05' } },
      },
    ]);
    expect(suwon.settledKinds).toEqual([{ streamId: 'agenda-item:i1', kind: 'review' }]);
    expect(deadlineChanges(cause, 'goyang', policy).scheduled[0]?.dueOn).toBe('2024-03-21');
  });

  test('an agreement in force expires on 1 March of the next year, whatever February’s length', () => {
    const cause = (year: number, inForceUntil: string) => ({
      id: 'e',
      type: 'AgreementCameIntoForce',
      streamId: `agreement:suwon-${year}`,
      data: { agreementId: `suwon-${year}`, district: 'suwon', year, inForceFrom: `${year}-03-04`, inForceUntil, projects: [] },
    });
    expect(deadlineChanges(cause(2023, '2024-02-29'), 'suwon').scheduled[0]).toMatchObject({
      deadlineId: agreementExpiryDeadlineId('suwon-2023'),
      dueOn: '2024-03-01',
      fire: { type: 'ExpireAgreement', data: { district: 'suwon', year: 2023 } },
    });
    expect(deadlineChanges(cause(2024, '2025-02-28'), 'suwon').scheduled[0]?.dueOn).toBe('2025-03-01');
  });

  test('completion starts the wait for the evaluation; evaluation or cancellation settles it', () => {
    const completed = deadlineChanges(
      { id: 'e', type: 'ProjectCompleted', streamId: 'project:p1', data: { projectId: 'p1', completedOn: '2024-12-20' } },
      'suwon',
      policy,
    );
    expect(completed.scheduled[0]).toMatchObject({
      deadlineId: 'evaluation.p1',
      dueOn: '2025-02-18',
      fire: { type: 'MarkEvaluationOverdue' },
    });
    expect(deadlineChanges({ id: 'e', type: 'ProjectEvaluated', streamId: 'project:p1', data: {} }, 'suwon').settledKinds).toEqual([
      { streamId: 'project:p1', kind: 'evaluation' },
    ]);
    expect(deadlineChanges({ id: 'e', type: 'ProjectCancelled', streamId: 'project:p1', data: {} }, 'suwon').settledKinds).toEqual([
      { streamId: 'project:p1', kind: 'evaluation' },
      { streamId: 'project:p1', kind: 'condition' },
    ]);
  });

  test('each condition with a due day is a deadline of the project; fulfilment or waiver settles it', () => {
    const created = deadlineChanges(
      {
        id: 'e',
        type: 'ProjectCreated',
        streamId: 'project:p1',
        data: {
          projectId: 'p1',
          district: 'suwon',
          conditions: [
            { conditionId: 'safety', text: '안전 계획', dueOn: '2024-06-30', beforeSpending: true },
            { conditionId: 'report', text: '보고', dueOn: null, beforeSpending: false },
          ],
        },
      },
      'suwon',
    );
    expect(created.scheduled).toEqual([
      {
        deadlineId: 'condition.p1.safety',
        kind: 'condition',
        streamId: 'project:p1',
        district: 'suwon',
        dueOn: '2024-06-30',
        fire: {
          type: 'MarkConditionOverdue',
          data: { projectId: 'p1', conditionId: 'safety', deadlineId: 'condition.p1.safety', dueOn: '2024-06-30' },
        },
      },
    ]);
    for (const type of ['ConditionFulfilled', 'ConditionWaived', 'ConditionOverdue']) {
      expect(
        deadlineChanges({ id: 'e', type, streamId: 'project:p1', data: { projectId: 'p1', conditionId: 'safety' } }, 'suwon').settledIds,
      ).toEqual(['condition.p1.safety']);
    }
  });

  test('a firing settles its own deadline; other events change nothing', () => {
    expect(
      deadlineChanges({ id: 'e', type: 'AgreementExpired', streamId: 'agreement:suwon-2024', data: { agreementId: 'suwon-2024' } }, 'suwon')
        .settledIds,
    ).toEqual(['agreement-expiry.suwon-2024']);
    expect(
      deadlineChanges({ id: 'e', type: 'ReviewOverdue', streamId: 'agenda-item:i1', data: { deadlineId: 'review.evt-7' } }, 'suwon')
        .settledIds,
    ).toEqual(['review.evt-7']);
    expect(
      deadlineChanges({ id: 'e', type: 'ReviewDecisionRecorded', streamId: 'agenda-item:i1', data: { itemId: 'i1' } }, 'suwon')
        .settledKinds,
    ).toEqual([{ streamId: 'agenda-item:i1', kind: 'review' }]);
    expect(deadlineChanges({ id: 'e', type: 'OpinionRecorded', streamId: 'agenda-item:i1', data: {} }, 'suwon')).toEqual({
      scheduled: [],
      settledIds: [],
      settledKinds: [],
    });
  });

  test('the district of a stream comes from its first event', () => {
    expect(districtOfCause({ id: 'e', type: 'AgendaItemProposed', streamId: 'agenda-item:i1', data: { district: 'osan' } })).toBe('osan');
    expect(districtOfCause({ id: 'e', type: 'OpinionRecorded', streamId: 'agenda-item:i1', data: {} })).toBeUndefined();
  });
});
