/** The decision register against rows written by hand: every decision kind and every review decision. */
import { DECISION_ITEMS, DECISION_REGISTER, decisionRegisterProjection } from '../src/index.js';
import { ProjectionSpecification, storedEvents } from './support/projection-specification.js';

const spec = ProjectionSpecification.for(decisionRegisterProjection);
const item = 'agenda-item:d1';
const tally = { onRoll: 10, present: 8, for: 6, against: 1, abstain: 1 };

const itemRow = { item_id: 'd1', district: 'suwon', title: '마을학교 확대', task_code: '2-2' };

/** A decision of item d1 with the tally above, by the secretary 김민지 (tok-1), at a position. */
function decisionRow(position: number, values: Record<string, unknown>) {
  return {
    event_id: `e${position}`,
    position,
    item_id: 'd1',
    district: 'suwon',
    item_title: '마을학교 확대',
    task_code: '2-2',
    meeting_id: null,
    meeting_title: null,
    on_roll: 10,
    present: 8,
    votes_for: 6,
    votes_against: 1,
    abstain: 1,
    conditions: null,
    text: null,
    project_id: null,
    actor_id: 'tok-1',
    actor_role: 'secretary',
    actor_name: '김민지',
    recorded_at: `2024-03-01T09:${String(position).padStart(2, '0')}:00.000Z`,
    ...values,
  };
}

function proposed() {
  const event = storedEvents();
  const given = [
    event(item, 'AgendaItemProposed', {
      itemId: 'd1',
      district: 'suwon',
      title: '마을학교 확대',
      description: '…',
      proposerCategory: 'parent',
      taskCode: '2-2',
      source: 'forum',
      proposedOn: '2024-03-01',
    }),
  ];
  return { event, given };
}

describe('decision register', () => {
  it('AgendaItemProposed keeps the item facts a decision row needs, and registers no decision', async () => {
    const { given } = proposed();
    await spec
      .given([])
      .when(given)
      .then({ [DECISION_ITEMS]: [itemRow], [DECISION_REGISTER]: [] });
  });

  it('AgendaItemAdopted registers the adoption with its meeting, date and tally', async () => {
    const { event, given } = proposed();
    await spec
      .given(given)
      .when([
        event(item, 'AgendaItemAdopted', {
          itemId: 'd1',
          meeting: { meetingId: 'm1', title: '제3차 회의', heldOn: '2024-02-27', body: 'civic-council' },
          tally,
          effectiveAt: '2024-02-27',
        }),
      ])
      .then({
        [DECISION_REGISTER]: [
          decisionRow(2, {
            kind: 'adoption',
            decision: 'adopted',
            body: 'civic-council',
            meeting_id: 'm1',
            meeting_title: '제3차 회의',
            decided_on: '2024-02-27',
            year: 2024,
          }),
        ],
      });
  });

  it('AgendaItemDismissed registers the dismissal with its reason, dated by its effective date without a meeting', async () => {
    const { event, given } = proposed();
    await spec
      .given(given)
      .when([event(item, 'AgendaItemDismissed', { itemId: 'd1', reason: '중복 안건', tally }, { effectiveAt: '2023-12-30T15:00:00.000Z' })])
      .then({
        [DECISION_REGISTER]: [
          decisionRow(2, {
            kind: 'dismissal',
            decision: 'dismissed',
            body: 'civic-council',
            decided_on: '2023-12-30',
            year: 2023,
            text: '중복 안건',
          }),
        ],
      });
  });

  it('AgendaItemDeferred registers the deferral at the body that deferred it', async () => {
    const { event, given } = proposed();
    await spec
      .given(given)
      .when([
        event(item, 'AgendaItemDeferred', {
          itemId: 'd1',
          body: 'civic-council',
          status: 'proposed',
          reason: '추가 검토',
          recordedOn: '2024-03-04',
        }),
      ])
      .then({
        [DECISION_REGISTER]: [
          decisionRow(2, {
            kind: 'deferral',
            decision: 'deferred',
            body: 'civic-council',
            decided_on: '2024-03-04',
            year: 2024,
            text: '추가 검토',
            on_roll: null,
            present: null,
            votes_for: null,
            votes_against: null,
            abstain: null,
          }),
        ],
      });
  });

  it.each([
    ['approved', { project: { projectId: 'd1-p1' } }, { project_id: 'd1-p1' }],
    [
      'conditionallyApproved',
      { conditions: ['분기별 보고'], project: { projectId: 'd1-p1' } },
      { conditions: ['분기별 보고'], project_id: 'd1-p1' },
    ],
    ['revisionRequested', { feedback: '근거 보완' }, { text: '근거 보완' }],
    ['rejected', { reason: '예산 과다' }, { text: '예산 과다' }],
  ])('ReviewDecisionRecorded %s registers that decision of the steering committee', async (decision, extra, columns) => {
    const { event, given } = proposed();
    await spec
      .given(given)
      .when([
        event(item, 'ReviewDecisionRecorded', {
          itemId: 'd1',
          decision,
          meeting: { heldOn: '2024-03-20', body: 'steering-committee' },
          tally,
          revisionId: 'r1',
          ...extra,
        }),
      ])
      .then({
        [DECISION_REGISTER]: [
          decisionRow(2, { kind: 'review', decision, body: 'steering-committee', decided_on: '2024-03-20', year: 2024, ...columns }),
        ],
      });
  });

  it('DraftRevisionSubmitted with a task code sets the task of later decisions; without one it keeps it', async () => {
    const { event, given } = proposed();
    await spec
      .given(given)
      .when([
        event(item, 'DraftRevisionSubmitted', { itemId: 'd1', revisionId: 'r1', plan: '…', taskCode: '3-3' }),
        event(item, 'DraftRevisionSubmitted', { itemId: 'd1', revisionId: 'r2', plan: '…', taskCode: null }),
        event(item, 'ReviewDecisionRecorded', { itemId: 'd1', decision: 'rejected', meeting: { heldOn: '2024-03-20' }, tally }),
      ])
      .then({
        [DECISION_ITEMS]: [{ ...itemRow, task_code: '3-3' }],
        [DECISION_REGISTER]: [
          decisionRow(4, {
            kind: 'review',
            decision: 'rejected',
            body: 'steering-committee',
            decided_on: '2024-03-20',
            year: 2024,
            task_code: '3-3',
          }),
        ],
      });
  });

  it('FeedbackRecorded registers the feedback with its summary and recommendations', async () => {
    const { event, given } = proposed();
    await spec
      .given(given)
      .when([
        event(item, 'FeedbackRecorded', { itemId: 'd1', summary: '성과 공유', recommendations: ['확대 운영'], recordedOn: '2025-02-10' }),
      ])
      .then({
        [DECISION_REGISTER]: [
          decisionRow(2, {
            kind: 'feedback',
            decision: 'feedback',
            body: 'steering-committee',
            decided_on: '2025-02-10',
            year: 2025,
            text: '성과 공유',
            conditions: ['확대 운영'],
            on_roll: null,
            present: null,
            votes_for: null,
            votes_against: null,
            abstain: null,
          }),
        ],
      });
  });

  it.each(['DeliberationOpened', 'OpinionRecorded', 'DraftingStarted', 'AgendaItemTabled', 'ProjectLinked', 'AgendaItemWithdrawn'])(
    '%s registers nothing',
    async (type) => {
      const { event, given } = proposed();
      await spec
        .given(given)
        .when([event(item, type, { itemId: 'd1' })])
        .thenNothingChanged();
    },
  );
});
