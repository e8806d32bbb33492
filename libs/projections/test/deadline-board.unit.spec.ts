/**
 * The deadline board: a deadline appears when its cause is logged, is marked overdue when it
 * fires, and leaves when it is settled — the decision, the fulfilment or waiver, the evaluation,
 * the expiry. Periods that are configuration (review, evaluation) keep the day they start.
 */
import { DEADLINE_BOARD, DEADLINE_SUBJECTS, deadlineBoardProjection } from '../src/index.js';
import { ProjectionSpecification, storedEvents } from './support/projection-specification.js';

const spec = ProjectionSpecification.for(deadlineBoardProjection);

function deadlineRow(values: Record<string, unknown>) {
  return {
    deadline_id: null,
    kind: null,
    stream_id: null,
    district: 'suwon',
    body: null,
    officials: 0,
    title: null,
    detail: null,
    starts_on: null,
    due_on: null,
    overdue_on: null,
    scheduled_at: null,
    position: null,
    ...values,
  };
}

describe('deadline board', () => {
  it('keeps a tabled item’s review from its tabling day, marks it overdue when it fires, and drops it at the decision', async () => {
    const event = storedEvents();
    const item = 'agenda-item:i1';
    const proposed = event(item, 'AgendaItemProposed', { itemId: 'i1', district: 'suwon', title: '마을 생태교실' });
    const tabled = event(item, 'AgendaItemTabled', { itemId: 'i1', tabledOn: '2024-03-04', revisionId: 'r1' });
    const review = deadlineRow({
      deadline_id: `review.${tabled.id}`,
      kind: 'review',
      stream_id: item,
      body: 'steering-committee',
      title: '마을 생태교실',
      starts_on: '2024-03-04',
      scheduled_at: tabled.recordedAt,
      position: tabled.position,
    });
    await spec
      .given([proposed])
      .when([tabled])
      .then({
        [DEADLINE_BOARD]: [review],
        [DEADLINE_SUBJECTS]: [
          {
            stream_id: item,
            district: 'suwon',
            title: '마을 생태교실',
            open: [{ id: `review.${tabled.id}`, kind: 'review', streamId: item }],
          },
        ],
      });
    const overdue = event(item, 'ReviewOverdue', {
      itemId: 'i1',
      deadlineId: `review.${tabled.id}`,
      tabledOn: '2024-03-04',
      dueOn: '2024-04-03',
      overdueOn: '2024-04-03',
    });
    await spec
      .given([proposed, tabled])
      .when([overdue])
      .then({
        [DEADLINE_BOARD]: [{ ...review, due_on: '2024-04-03', overdue_on: '2024-04-03', position: overdue.position }],
      });
    const decided = event(item, 'ReviewDecisionRecorded', { itemId: 'i1', decision: 'approved' });
    await spec
      .given([proposed, tabled, overdue])
      .when([decided])
      .then({ [DEADLINE_BOARD]: [] });
  });

  it('lists each dated condition for the committee and the officials until it is fulfilled, and the evaluation after completion', async () => {
    const event = storedEvents();
    const project = 'project:p1';
    const created = event(project, 'ProjectCreated', {
      projectId: 'p1',
      district: 'suwon',
      title: '공유학교 운영',
      conditions: [
        { conditionId: 'c1', text: '학부모 의견 수렴 결과 제출', dueOn: '2024-05-31', beforeSpending: true },
        { conditionId: 'c2', text: '예산 재검토', dueOn: null, beforeSpending: false },
      ],
    });
    const condition = deadlineRow({
      deadline_id: 'condition.p1.c1',
      kind: 'condition',
      stream_id: project,
      body: 'steering-committee',
      officials: 1,
      title: '공유학교 운영',
      detail: '학부모 의견 수렴 결과 제출',
      due_on: '2024-05-31',
      scheduled_at: created.recordedAt,
      position: created.position,
    });
    await spec
      .given([])
      .when([created])
      .then({ [DEADLINE_BOARD]: [condition] });
    const fulfilled = event(project, 'ConditionFulfilled', {
      projectId: 'p1',
      conditionId: 'c1',
      evidence: '결과 보고서',
      fulfilledOn: '2024-05-20',
    });
    const completed = event(project, 'ProjectCompleted', { projectId: 'p1', completedOn: '2024-12-20' });
    await spec
      .given([created, fulfilled])
      .when([completed])
      .then({
        [DEADLINE_BOARD]: [
          deadlineRow({
            deadline_id: 'evaluation.p1',
            kind: 'evaluation',
            stream_id: project,
            officials: 1,
            title: '공유학교 운영',
            starts_on: '2024-12-20',
            scheduled_at: completed.recordedAt,
            position: completed.position,
          }),
        ],
      });
    const cancelled = event(project, 'ProjectCancelled', { projectId: 'p1' });
    await spec
      .given([created, fulfilled, completed])
      .when([cancelled])
      .then({ [DEADLINE_BOARD]: [] });
  });

  it('shows an agreement’s expiry from the day after its term, and drops it when it expires', async () => {
    const event = storedEvents();
    const agreement = 'agreement:suwon-2024';
    const drafted = event(agreement, 'AgreementDrafted', {
      agreementId: 'suwon-2024',
      district: 'suwon',
      year: 2024,
      draftedOn: '2024-02-01',
    });
    const inForce = event(agreement, 'AgreementCameIntoForce', {
      agreementId: 'suwon-2024',
      district: 'suwon',
      year: 2024,
      inForceFrom: '2024-03-11',
      inForceUntil: '2025-02-28',
    });
    await spec
      .given([drafted])
      .when([inForce])
      .then({
        [DEADLINE_BOARD]: [
          deadlineRow({
            deadline_id: 'agreement-expiry.suwon-2024',
            kind: 'agreement-expiry',
            stream_id: agreement,
            officials: 1,
            title: '2024 부속합의서',
            due_on: '2025-03-01',
            scheduled_at: inForce.recordedAt,
            position: inForce.position,
          }),
        ],
      });
    const expired = event(agreement, 'AgreementExpired', {
      agreementId: 'suwon-2024',
      district: 'suwon',
      year: 2024,
      inForceFrom: '2024-03-11',
      inForceUntil: '2025-02-28',
    });
    await spec
      .given([drafted, inForce])
      .when([expired])
      .then({ [DEADLINE_BOARD]: [] });
  });
});
