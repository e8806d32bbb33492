/** The agenda board against rows written by hand: one spec per event type it handles. */
import { AGENDA_BOARD, agendaBoardProjection } from '../src/index.js';
import { ProjectionSpecification, storedEvents } from './support/projection-specification.js';

const spec = ProjectionSpecification.for(agendaBoardProjection);
const tally = { onRoll: 10, present: 8, for: 6, against: 1, abstain: 1 };
const item = 'agenda-item:a1';

/** The row after AgendaItemProposed at position 1. */
const proposedRow = {
  item_id: 'a1',
  district: 'suwon',
  body: 'civic-council',
  state: 'proposed',
  title: '마을학교 확대',
  council: null,
  proposer_category: 'parent',
  task_code: '2-1',
  goal: 2,
  source: 'forum',
  proposed_on: '2024-02-28',
  project_id: null,
  opinions: 0,
  deferrals: 0,
  last_event_type: 'AgendaItemProposed',
  last_changed_at: '2024-03-01T09:01:00.000Z',
  last_effective_at: '2024-03-01T09:01:00.000Z',
  revision: 0,
  position: 1,
};

function proposed() {
  const event = storedEvents();
  const given = [
    event(item, 'AgendaItemProposed', {
      itemId: 'a1',
      district: 'suwon',
      title: '마을학교 확대',
      description: '방과후 마을학교를 늘립니다',
      proposerCategory: 'parent',
      taskCode: '2-1',
      source: 'forum',
      proposedOn: '2024-02-28',
      workflowVersion: 1,
    }),
  ];
  return { event, given };
}

/** The row's last-change columns after the event at a position (recorded at 09:nn). */
function changedBy(type: string, position: number, effective?: string) {
  const at = `2024-03-01T09:${String(position).padStart(2, '0')}:00.000Z`;
  return { last_event_type: type, last_changed_at: at, last_effective_at: effective ?? at, revision: position - 1, position };
}

describe('agenda board', () => {
  it('AgendaItemProposed puts the item on the board at the civic council', async () => {
    const { given } = proposed();
    await spec
      .given([])
      .when(given)
      .then({ [AGENDA_BOARD]: [proposedRow] });
  });

  it('AgendaItemProposed without a task or date leaves the goal empty and dates it by its recording', async () => {
    const event = storedEvents();
    const bare = event('agenda-item:a9', 'AgendaItemProposed', {
      itemId: 'a9',
      district: 'osan',
      title: '통학로',
      description: '',
      proposerCategory: 'student',
      taskCode: null,
      source: null,
    });
    await spec
      .given([])
      .when([bare])
      .then({
        [AGENDA_BOARD]: [
          {
            ...proposedRow,
            item_id: 'a9',
            district: 'osan',
            title: '통학로',
            proposer_category: 'student',
            task_code: null,
            goal: null,
            source: null,
            proposed_on: '2024-03-01',
          },
        ],
      });
  });

  it('AgendaItemProposed in a civic council keeps the council it names', async () => {
    const event = storedEvents();
    const inSouth = event('agenda-item:a2', 'AgendaItemProposed', {
      itemId: 'a2',
      district: 'suwon',
      title: '남부권 마을방과후',
      description: '',
      proposerCategory: 'parent',
      taskCode: '2-1',
      source: 'forum',
      proposedOn: '2024-02-28',
      council: 'south',
      workflowVersion: 1,
    });
    await spec
      .given([])
      .when([inSouth])
      .then({ [AGENDA_BOARD]: [{ ...proposedRow, item_id: 'a2', title: '남부권 마을방과후', council: 'south' }] });
  });

  it('DeliberationOpened moves it into deliberation', async () => {
    const { event, given } = proposed();
    await spec
      .given(given)
      .when([event(item, 'DeliberationOpened', { itemId: 'a1', openedOn: '2024-03-01', method: null })])
      .then({ [AGENDA_BOARD]: [{ ...proposedRow, state: 'inDeliberation', ...changedBy('DeliberationOpened', 2) }] });
  });

  it('OpinionRecorded counts the opinion and keeps the state', async () => {
    const { event, given } = proposed();
    await spec
      .given(given)
      .when([
        event(item, 'OpinionRecorded', {
          itemId: 'a1',
          opinionId: 'o1',
          stance: 'support',
          respondentCategory: 'student',
          text: '좋아요',
          receivedOn: '2024-03-01',
        }),
        event(item, 'OpinionRecorded', {
          itemId: 'a1',
          opinionId: 'o2',
          stance: 'oppose',
          respondentCategory: 'citizen',
          text: '글쎄요',
          receivedOn: '2024-03-01',
        }),
      ])
      .then({ [AGENDA_BOARD]: [{ ...proposedRow, opinions: 2, ...changedBy('OpinionRecorded', 3) }] });
  });

  it('AgendaItemDeferred counts the deferral and keeps the state', async () => {
    const { event, given } = proposed();
    await spec
      .given(given)
      .when([
        event(item, 'AgendaItemDeferred', {
          itemId: 'a1',
          body: 'civic-council',
          status: 'proposed',
          meeting: { heldOn: '2024-02-29', body: 'civic-council' },
          reason: '추가 검토',
          effectiveAt: '2024-02-29',
        }),
      ])
      .then({ [AGENDA_BOARD]: [{ ...proposedRow, deferrals: 1, ...changedBy('AgendaItemDeferred', 2, '2024-02-29') }] });
  });

  it('AgendaItemAdopted refers it to the working council, effective at its meeting', async () => {
    const { event, given } = proposed();
    await spec
      .given(given)
      .when([
        event(
          item,
          'AgendaItemAdopted',
          { itemId: 'a1', meeting: { meetingId: 'm1', heldOn: '2024-02-29', body: 'civic-council' }, tally },
          { effectiveAt: '2024-02-29T10:00:00.000Z' },
        ),
      ])
      .then({
        [AGENDA_BOARD]: [
          { ...proposedRow, state: 'referred', body: 'working-council', ...changedBy('AgendaItemAdopted', 2, '2024-02-29T10:00:00.000Z') },
        ],
      });
  });

  it('AgendaItemDismissed ends it as dismissed at the civic council', async () => {
    const { event, given } = proposed();
    await spec
      .given(given)
      .when([
        event(item, 'AgendaItemDismissed', {
          itemId: 'a1',
          reason: '중복 안건',
          meeting: { heldOn: '2024-03-01', body: 'civic-council' },
          tally,
        }),
      ])
      .then({ [AGENDA_BOARD]: [{ ...proposedRow, state: 'dismissed', ...changedBy('AgendaItemDismissed', 2) }] });
  });

  it('AgendaItemWithdrawn ends it as withdrawn at the civic council', async () => {
    const { event, given } = proposed();
    await spec
      .given(given)
      .when([event(item, 'AgendaItemWithdrawn', { itemId: 'a1', reason: '제안자 철회', withdrawnOn: '2024-03-01' })])
      .then({ [AGENDA_BOARD]: [{ ...proposedRow, state: 'withdrawn', ...changedBy('AgendaItemWithdrawn', 2) }] });
  });

  it('DraftingStarted, DraftRevisionSubmitted and AgendaItemTabled carry it to review, the revision setting the task', async () => {
    const { event, given } = proposed();
    const adopted = event(item, 'AgendaItemAdopted', { itemId: 'a1', meeting: { heldOn: '2024-03-01', body: 'civic-council' }, tally });
    await spec
      .given([...given, adopted])
      .when([event(item, 'DraftingStarted', { itemId: 'a1', owner: '박지현', startedOn: '2024-03-01' })])
      .then({ [AGENDA_BOARD]: [{ ...proposedRow, state: 'drafting', body: 'working-council', ...changedBy('DraftingStarted', 3) }] });

    const second = proposed();
    const history = [
      ...second.given,
      second.event(item, 'AgendaItemAdopted', { itemId: 'a1', tally }),
      second.event(item, 'DraftingStarted', { itemId: 'a1', owner: '박지현' }),
    ];
    const revision = second.event(item, 'DraftRevisionSubmitted', {
      itemId: 'a1',
      revisionId: 'r1',
      title: '마을학교 확대',
      plan: '…',
      taskCode: '3-2',
      budgetRequest: null,
    });
    await spec
      .given(history)
      .when([revision])
      .then({
        [AGENDA_BOARD]: [
          {
            ...proposedRow,
            state: 'drafting',
            body: 'working-council',
            task_code: '3-2',
            goal: 3,
            ...changedBy('DraftRevisionSubmitted', 4),
          },
        ],
      });
    await spec
      .given([...history, revision])
      .when([second.event(item, 'AgendaItemTabled', { itemId: 'a1', revisionId: 'r1', meeting: null, tabledOn: '2024-03-01' })])
      .then({
        [AGENDA_BOARD]: [
          {
            ...proposedRow,
            state: 'underReview',
            body: 'steering-committee',
            task_code: '3-2',
            goal: 3,
            ...changedBy('AgendaItemTabled', 5),
          },
        ],
      });
  });

  it('DraftRevisionSubmitted without a task code keeps the one the item has', async () => {
    const { event, given } = proposed();
    await spec
      .given([
        ...given,
        event(item, 'AgendaItemAdopted', { itemId: 'a1', tally }),
        event(item, 'DraftingStarted', { itemId: 'a1', owner: '박지현' }),
      ])
      .when([event(item, 'DraftRevisionSubmitted', { itemId: 'a1', revisionId: 'r1', plan: '…', taskCode: null })])
      .then({
        [AGENDA_BOARD]: [{ ...proposedRow, state: 'drafting', body: 'working-council', ...changedBy('DraftRevisionSubmitted', 4) }],
      });
  });

  it.each([
    ['approved', 'approved', 'steering-committee'],
    ['conditionallyApproved', 'approved', 'steering-committee'],
    ['revisionRequested', 'drafting', 'working-council'],
    ['rejected', 'rejected', 'steering-committee'],
  ])('ReviewDecisionRecorded %s leaves it %s at the %s', async (decision, state, body) => {
    const { event, given } = proposed();
    const history = [
      ...given,
      event(item, 'AgendaItemAdopted', { itemId: 'a1', tally }),
      event(item, 'DraftingStarted', { itemId: 'a1', owner: '박지현' }),
      event(item, 'DraftRevisionSubmitted', { itemId: 'a1', revisionId: 'r1', plan: '…', taskCode: '2-1' }),
      event(item, 'AgendaItemTabled', { itemId: 'a1', revisionId: 'r1' }),
    ];
    await spec
      .given(history)
      .when([
        event(item, 'ReviewDecisionRecorded', {
          itemId: 'a1',
          decision,
          meeting: { heldOn: '2024-03-01', body: 'steering-committee' },
          tally,
          revisionId: 'r1',
        }),
      ])
      .then({ [AGENDA_BOARD]: [{ ...proposedRow, state, body, ...changedBy('ReviewDecisionRecorded', 6) }] });
  });

  it('ProjectLinked, ProjectEvaluationNoted and FeedbackRecorded take an approved item to closed, naming its project', async () => {
    const { event, given } = proposed();
    const approved = [
      ...given,
      event(item, 'AgendaItemAdopted', { itemId: 'a1', tally }),
      event(item, 'DraftingStarted', { itemId: 'a1', owner: '박지현' }),
      event(item, 'DraftRevisionSubmitted', { itemId: 'a1', revisionId: 'r1', plan: '…', taskCode: '2-1' }),
      event(item, 'AgendaItemTabled', { itemId: 'a1', revisionId: 'r1' }),
      event(item, 'ReviewDecisionRecorded', {
        itemId: 'a1',
        decision: 'approved',
        tally,
        revisionId: 'r1',
        project: { projectId: 'a1-p1' },
      }),
    ];
    const linked = event(item, 'ProjectLinked', { itemId: 'a1', projectId: 'a1-p1', linkedOn: '2024-03-01' });
    const base = { ...proposedRow, body: 'steering-committee', project_id: 'a1-p1' };
    await spec
      .given(approved)
      .when([linked])
      .then({ [AGENDA_BOARD]: [{ ...base, state: 'inImplementation', ...changedBy('ProjectLinked', 7) }] });
    const noted = event(item, 'ProjectEvaluationNoted', { itemId: 'a1', projectId: 'a1-p1', evaluatedOn: '2024-03-01' });
    await spec
      .given([...approved, linked])
      .when([noted])
      .then({ [AGENDA_BOARD]: [{ ...base, state: 'awaitingFeedback', ...changedBy('ProjectEvaluationNoted', 8) }] });
    const feedback = event(item, 'FeedbackRecorded', {
      itemId: 'a1',
      summary: '성과 공유',
      recommendations: [],
      followUpItemId: null,
      recordedOn: '2024-03-01',
    });
    await spec
      .given([...approved, linked, noted])
      .when([feedback])
      .then({ [AGENDA_BOARD]: [{ ...base, state: 'closed', ...changedBy('FeedbackRecorded', 9) }] });
  });

  it('keeps items apart: an event of one item leaves the other untouched', async () => {
    const { event, given } = proposed();
    const other = event('agenda-item:b2', 'AgendaItemProposed', {
      itemId: 'b2',
      district: 'gimpo',
      title: '생태교육',
      proposerCategory: 'teacher',
      taskCode: '3-1',
      source: 'survey',
      proposedOn: '2024-03-01',
    });
    await spec
      .given([...given, other])
      .when([event(item, 'DeliberationOpened', { itemId: 'a1' })])
      .then({
        [AGENDA_BOARD]: [
          { ...proposedRow, state: 'inDeliberation', ...changedBy('DeliberationOpened', 3), revision: 1 },
          {
            ...proposedRow,
            item_id: 'b2',
            district: 'gimpo',
            title: '생태교육',
            proposer_category: 'teacher',
            task_code: '3-1',
            goal: 3,
            source: 'survey',
            proposed_on: '2024-03-01',
            ...changedBy('AgendaItemProposed', 2),
            revision: 0,
          },
        ],
      });
  });
});
