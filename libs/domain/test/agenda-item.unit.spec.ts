import {
  type AgendaItemCommand,
  type AgendaItemEvent,
  type AgendaItemState,
  DeciderSpecification,
  agendaItemWorkflow,
} from '@gongron/domain';
import {
  ITEM,
  NOW,
  TODAY,
  agendaItemCommands as c,
  budgetRequest,
  carriedTally,
  failedTally,
  historyOf,
  meta,
  noQuorumTally,
  transitionCoverage,
} from './support/scenarios.js';

const coverage = transitionCoverage<AgendaItemCommand, AgendaItemEvent, AgendaItemState>(agendaItemWorkflow, agendaItemWorkflow.decider);
const given = DeciderSpecification.for(coverage.decider);
const with_ = <T extends AgendaItemCommand>(command: T, data: Partial<T['data']>): T => ({
  ...command,
  data: { ...command.data, ...data },
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

describe('agenda item: every legal transition', () => {
  transition('none → proposed: a proposal records the district and the workflow version', () => {
    given([])
      .when(with_(c.ProposeAgendaItem, { taskCode: '2-3', proposedOn: '2024-05-08' }))
      .then([
        {
          type: 'AgendaItemProposed',
          data: {
            itemId: ITEM,
            district: 'suwon',
            title: '마을 방과후 돌봄',
            description: '방과후 돌봄 공간 확대',
            proposerCategory: 'parent',
            taskCode: '2-3',
            source: 'forum',
            proposedOn: '2024-05-08',
            workflowVersion: 2,
            effectiveAt: '2024-05-08',
          },
        },
      ]);
  });

  transition('proposed → inDeliberation', () => {
    given(historyOf.agendaItem('proposed'))
      .when(c.OpenDeliberation)
      .then([{ type: 'DeliberationOpened', data: { itemId: ITEM, openedOn: TODAY, method: null } }]);
  });

  transition('proposed → dismissed, with the tally recorded', () => {
    given(historyOf.agendaItem('proposed'))
      .when(c.DismissAgendaItem)
      .then([
        {
          type: 'AgendaItemDismissed',
          data: {
            itemId: ITEM,
            reason: '중복 안건',
            meeting: { heldOn: '2024-05-09', body: 'civic-council' },
            tally: failedTally,
            effectiveAt: '2024-05-09',
          },
        },
      ]);
  });

  transition('proposed → withdrawn', () => {
    given(historyOf.agendaItem('proposed'))
      .when(c.WithdrawAgendaItem)
      .then([{ type: 'AgendaItemWithdrawn', data: { itemId: ITEM, reason: '제안자 철회', withdrawnOn: TODAY } }]);
  });

  transitionEach([
    ['proposed', 'civic-council'],
    ['inDeliberation', 'civic-council'],
    ['referred', 'working-council'],
    ['drafting', 'working-council'],
    ['underReview', 'steering-committee'],
    ['awaitingFeedback', 'steering-committee'],
  ] as const)('%s: deferred by the %s, staying where it is', (status, body) => {
    given(historyOf.agendaItem(status))
      .when(c.DeferAgendaItem)
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'AgendaItemDeferred',
            data: {
              itemId: ITEM,
              body,
              status,
              meeting: { heldOn: '2024-05-09', body },
              reason: '추가 검토 필요',
              effectiveAt: '2024-05-09',
            },
          },
        ]);
        expect(state.status).toBe(status);
        expect(state.deferrals).toHaveLength(1);
      });
  });

  transition('inDeliberation: opinions are recorded without changing state', () => {
    given(historyOf.agendaItem('inDeliberation'))
      .when(with_(c.RecordOpinion, { receivedOn: '2024-05-01' }))
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'OpinionRecorded',
            data: {
              itemId: ITEM,
              opinionId: 'op-1',
              stance: 'support',
              respondentCategory: 'student',
              text: '필요합니다',
              receivedOn: '2024-05-01',
              effectiveAt: '2024-05-01',
            },
          },
        ]);
        expect(state.status).toBe('inDeliberation');
        expect(state.opinions).toHaveLength(1);
      });
  });

  transition('inDeliberation → referred: adopted with a carried motion at the civic council', () => {
    given(historyOf.agendaItem('inDeliberation'))
      .when(c.AdoptAgendaItem)
      .then([
        {
          type: 'AgendaItemAdopted',
          data: {
            itemId: ITEM,
            meeting: { meetingId: 'm-civic-1', heldOn: '2024-05-09', body: 'civic-council' },
            tally: carriedTally,
            effectiveAt: '2024-05-09',
          },
        },
      ]);
  });

  transition('inDeliberation → dismissed', () => {
    given(historyOf.agendaItem('inDeliberation'))
      .when(c.DismissAgendaItem)
      .thenState((state) => expect(state.status).toBe('dismissed'));
  });

  transition('inDeliberation → withdrawn', () => {
    given(historyOf.agendaItem('inDeliberation'))
      .when(c.WithdrawAgendaItem)
      .thenState((state) => expect(state.status).toBe('withdrawn'));
  });

  transition('referred → drafting: an owner is assigned', () => {
    given(historyOf.agendaItem('referred'))
      .when(c.StartDrafting)
      .then([{ type: 'DraftingStarted', data: { itemId: ITEM, owner: '지원단 김간사', startedOn: TODAY } }]);
  });

  transition('drafting: a revision carries plan, task code and budget request per funder', () => {
    given(historyOf.agendaItem('drafting'))
      .when(c.SubmitDraftRevision)
      .then([
        {
          type: 'DraftRevisionSubmitted',
          data: {
            itemId: ITEM,
            revisionId: 'rev-1',
            title: '마을 방과후 돌봄',
            plan: '운영 계획',
            taskCode: '2-3',
            budgetRequest,
            submittedOn: TODAY,
          },
        },
      ]);
  });

  transition('drafting → underReview: tabled with the latest complete revision', () => {
    given([...historyOf.agendaItem('drafting'), ...submitted('rev-1')])
      .when(with_(c.TableForReview, { meeting: { heldOn: '2024-05-11' } }))
      .then([
        {
          type: 'AgendaItemTabled',
          data: {
            itemId: ITEM,
            revisionId: 'rev-1',
            meeting: { heldOn: '2024-05-11', body: 'steering-committee' },
            tabledOn: '2024-05-11',
            effectiveAt: '2024-05-11',
          },
        },
      ]);
  });

  transition('underReview → approved: the decision carries the project to create', () => {
    given(historyOf.agendaItem('underReview'))
      .when(c.RecordReviewDecision)
      .then([
        {
          type: 'ReviewDecisionRecorded',
          data: {
            itemId: ITEM,
            decision: 'approved',
            conditions: [],
            feedback: null,
            meeting: { heldOn: '2024-05-09', body: 'steering-committee' },
            tally: carriedTally,
            revisionId: 'rev-1',
            project: {
              projectId: `${ITEM}-p1`,
              district: 'suwon',
              year: 2024,
              title: '마을 방과후 돌봄',
              taskCode: '2-3',
              plannedBudget: budgetRequest,
              revisionId: 'rev-1',
            },
            effectiveAt: '2024-05-09',
          },
        },
      ]);
  });

  transition('underReview → approved with conditions', () => {
    given(historyOf.agendaItem('underReview'))
      .when(with_(c.RecordReviewDecision, { decision: 'conditionallyApproved', conditions: ['안전 계획 보완'], projectYear: 2025 }))
      .thenState((state, events) => {
        expect(state.status).toBe('approved');
        expect(state.conditions).toEqual(['안전 계획 보완']);
        expect(events[0]?.type === 'ReviewDecisionRecorded' && events[0].data.project?.year).toBe(2025);
      });
  });

  transition("underReview → drafting: revision requested with the committee's feedback", () => {
    given(historyOf.agendaItem('underReview'))
      .when(with_(c.RecordReviewDecision, { decision: 'revisionRequested', feedback: '예산 산출 근거 보완' }))
      .thenState((state) => {
        expect(state.status).toBe('drafting');
        expect(state.awaitingRevision).toBe(true);
        expect(state.reviewDecisions.at(-1)?.feedback).toBe('예산 산출 근거 보완');
      });
  });

  transition('underReview → rejected, recording a quorate tally that did not carry', () => {
    given(historyOf.agendaItem('underReview'))
      .when(with_(c.RecordReviewDecision, { decision: 'rejected', tally: failedTally }))
      .thenState((state) => {
        expect(state.status).toBe('rejected');
        expect(state.reviewDecisions.at(-1)?.tally).toEqual(failedTally);
      });
  });

  transition('approved → inImplementation: the created project is linked', () => {
    given(historyOf.agendaItem('approved'))
      .when(c.LinkProject)
      .then([{ type: 'ProjectLinked', data: { itemId: ITEM, projectId: `${ITEM}-p1` } }]);
  });

  transition('inImplementation → awaitingFeedback: the project was evaluated', () => {
    given(historyOf.agendaItem('inImplementation'))
      .when(c.MarkProjectEvaluated)
      .then([{ type: 'ProjectEvaluationNoted', data: { itemId: ITEM, projectId: `${ITEM}-p1`, evaluatedOn: TODAY } }]);
  });

  transition('awaitingFeedback → closed: feedback may name a follow-up proposal', () => {
    given(historyOf.agendaItem('awaitingFeedback'))
      .when(with_(c.RecordFeedback, { followUpProposalId: 'item-2' }))
      .then([
        {
          type: 'FeedbackRecorded',
          data: {
            itemId: ITEM,
            summary: '만족도 높음',
            recommendations: ['대상 학교 확대'],
            followUpProposalId: 'item-2',
            meeting: null,
            recordedOn: TODAY,
          },
        },
      ]);
  });

  transition('underReview: a review not decided by its due day is overdue, once per deadline; the item stays under review', () => {
    given(historyOf.agendaItem('underReview'))
      .when(c.MarkReviewOverdue)
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'ReviewOverdue',
            data: { itemId: ITEM, deadlineId: 'review.evt-tabled', tabledOn: TODAY, dueOn: TODAY, overdueOn: TODAY },
          },
        ]);
        expect(state.status).toBe('underReview');
        expect(state.overdueReviews).toEqual([{ deadlineId: 'review.evt-tabled', dueOn: TODAY, overdueOn: TODAY }]);
      });
    const overdue = agendaItemWorkflow.decider.decide(
      c.MarkReviewOverdue,
      historyOf.agendaItem('underReview').reduce(agendaItemWorkflow.decider.evolve, agendaItemWorkflow.decider.initialState()),
    );
    given([...historyOf.agendaItem('underReview'), ...overdue])
      .when(c.MarkReviewOverdue)
      .thenThrows({ code: 'AGENDA_ITEM.REVIEW_OVERDUE_ALREADY_RECORDED', kind: 'transition' });
    given(historyOf.agendaItem('underReview'))
      .when(with_(c.MarkReviewOverdue, { dueOn: '2024-05-11' }))
      .thenThrows({ code: 'AGENDA_ITEM.REVIEW_NOT_DUE', kind: 'rule', field: 'data.dueOn' });
  });

  test('every transition of the machine is taken by a spec above (taking them itself, so it holds run alone)', () => {
    for (const spec of transitionSpecs) spec();
    expect(coverage.missing()).toEqual([]);
    expect(coverage.all().length).toBeGreaterThanOrEqual(20);
  });
});

function submitted(revisionId: string, data: Partial<typeof c.SubmitDraftRevision.data> = {}): AgendaItemEvent[] {
  const drafting = agendaItemWorkflow.decider;
  const state = historyOf.agendaItem('drafting').reduce(drafting.evolve, drafting.initialState());
  return drafting.decide(with_(c.SubmitDraftRevision, { revisionId, ...data }), state);
}

describe('agenda item: votes', () => {
  const adopt = (tally: typeof carriedTally) => given(historyOf.agendaItem('inDeliberation')).when(with_(c.AdoptAgendaItem, { tally }));

  test('10 on roll: 5 present is no quorum', () => {
    adopt({ onRoll: 10, present: 5, for: 5, against: 0, abstain: 0 }).thenThrows({ code: 'VOTE.NO_QUORUM', kind: 'rule' });
  });
  test('10 on roll: 6 present is a quorum', () => {
    adopt({ onRoll: 10, present: 6, for: 4, against: 2, abstain: 0 }).thenState((state) => expect(state.status).toBe('referred'));
  });
  test('6 present: 3 for does not carry', () => {
    adopt({ onRoll: 10, present: 6, for: 3, against: 3, abstain: 0 }).thenThrows({ code: 'VOTE.MOTION_NOT_CARRIED', kind: 'rule' });
  });
  test('6 present: 4 for carries', () => {
    adopt({ onRoll: 10, present: 6, for: 4, against: 1, abstain: 1 }).thenState((state) => expect(state.adoption?.tally.for).toBe(4));
  });
  test('a tally that does not add up is invalid input, naming the field', () => {
    const error = adopt({ onRoll: 10, present: 6, for: 4, against: 2, abstain: 1 }).thenThrows({
      code: 'VOTE.TALLY_DOES_NOT_ADD_UP',
      kind: 'invalid',
    });
    expect(error.field).toBe('data.tally.for');
    adopt({ onRoll: 10, present: 11, for: 4, against: 2, abstain: 1 }).thenThrows({ field: 'data.tally.present', kind: 'invalid' });
    adopt({ onRoll: 10, present: 6, for: -1, against: 2, abstain: 1 }).thenThrows({ field: 'data.tally.for', kind: 'invalid' });
    adopt({ onRoll: 10, present: 6.5, for: 1, against: 2, abstain: 1 }).thenThrows({ field: 'data.tally.present', kind: 'invalid' });
  });
  test('dismissal without a quorum is refused', () => {
    given(historyOf.agendaItem('inDeliberation'))
      .when(with_(c.DismissAgendaItem, { tally: noQuorumTally }))
      .thenThrows('VOTE.NO_QUORUM');
  });
  test('approval needs a carried motion; rejection needs a quorum', () => {
    given(historyOf.agendaItem('underReview'))
      .when(with_(c.RecordReviewDecision, { tally: failedTally }))
      .thenThrows('VOTE.MOTION_NOT_CARRIED');
    given(historyOf.agendaItem('underReview'))
      .when(with_(c.RecordReviewDecision, { decision: 'rejected', tally: noQuorumTally }))
      .thenThrows('VOTE.NO_QUORUM');
    given(historyOf.agendaItem('underReview'))
      .when(with_(c.RecordReviewDecision, { decision: 'revisionRequested', feedback: '보완', tally: failedTally }))
      .thenThrows('VOTE.MOTION_NOT_CARRIED');
  });
});

describe('agenda item: rules', () => {
  test('tabling needs a complete revision', () => {
    given(historyOf.agendaItem('drafting')).when(c.TableForReview).thenThrows({ code: 'AGENDA_ITEM.NO_COMPLETE_REVISION', kind: 'rule' });
    given([...historyOf.agendaItem('drafting'), ...submitted('rev-1', { budgetRequest: undefined })])
      .when(c.TableForReview)
      .thenThrows('AGENDA_ITEM.NO_COMPLETE_REVISION');
    given([...historyOf.agendaItem('drafting'), ...submitted('rev-1', { taskCode: undefined })])
      .when(c.TableForReview)
      .thenThrows('AGENDA_ITEM.NO_COMPLETE_REVISION');
    given([...historyOf.agendaItem('drafting'), ...submitted('rev-1', { budgetRequest: { 'education-office': 0, 'local-government': 0 } })])
      .when(c.TableForReview)
      .thenThrows('AGENDA_ITEM.NO_COMPLETE_REVISION');
  });

  test('after a revision request, a new revision is needed before tabling again', () => {
    const back = agendaItemWorkflow.decider.decide(
      with_(c.RecordReviewDecision, { decision: 'revisionRequested', feedback: '보완' }),
      historyOf.agendaItem('underReview').reduce(agendaItemWorkflow.decider.evolve, agendaItemWorkflow.decider.initialState()),
    );
    const history = [...historyOf.agendaItem('underReview'), ...back];
    given(history).when(c.TableForReview).thenThrows('AGENDA_ITEM.REVISION_NOT_SUBMITTED');
    given(history).when(c.SubmitDraftRevision).thenThrows('AGENDA_ITEM.DUPLICATE_REVISION');
    const revised = agendaItemWorkflow.decider.decide(
      with_(c.SubmitDraftRevision, { revisionId: 'rev-2', plan: '보완된 계획' }),
      history.reduce(agendaItemWorkflow.decider.evolve, agendaItemWorkflow.decider.initialState()),
    );
    given([...history, ...revised])
      .when(c.TableForReview)
      .thenState((state) => {
        expect(state.status).toBe('underReview');
        expect(state.tabledRevisionId).toBe('rev-2');
      });
  });

  test('conditional approval lists its conditions; a revision request has feedback', () => {
    given(historyOf.agendaItem('underReview'))
      .when(with_(c.RecordReviewDecision, { decision: 'conditionallyApproved' }))
      .thenThrows({ code: 'COMMAND.INVALID', field: 'data.conditions' });
    given(historyOf.agendaItem('underReview'))
      .when(with_(c.RecordReviewDecision, { decision: 'revisionRequested' }))
      .thenThrows({ code: 'COMMAND.INVALID', field: 'data.feedback' });
    given(historyOf.agendaItem('underReview'))
      .when(with_(c.RecordReviewDecision, { decision: 'approved', conditions: ['x'] }))
      .thenThrows({ field: 'data.conditions' });
  });

  test('a meeting of another body than the one whose step it is is refused', () => {
    given(historyOf.agendaItem('inDeliberation'))
      .when(with_(c.AdoptAgendaItem, { meeting: { heldOn: '2024-05-09', body: 'steering-committee' } }))
      .thenThrows({ code: 'AGENDA_ITEM.WRONG_BODY', field: 'data.meeting.body' });
    given(historyOf.agendaItem('drafting'))
      .when(with_(c.DeferAgendaItem, { meeting: { heldOn: '2024-05-09', body: 'civic-council' } }))
      .thenThrows('AGENDA_ITEM.WRONG_BODY');
  });

  test('the same opinion or revision id twice is refused', () => {
    const history = [
      ...historyOf.agendaItem('inDeliberation'),
      ...agendaItemWorkflow.decider.decide(
        c.RecordOpinion,
        historyOf.agendaItem('inDeliberation').reduce(agendaItemWorkflow.decider.evolve, agendaItemWorkflow.decider.initialState()),
      ),
    ];
    given(history).when(c.RecordOpinion).thenThrows('AGENDA_ITEM.DUPLICATE_OPINION');
    given(historyOf.agendaItem('underReview')).when(c.SubmitDraftRevision).thenThrows({ kind: 'transition' });
  });

  test('linking twice is a typed transition refusal a runner can treat as done; another project is refused', () => {
    given(historyOf.agendaItem('inImplementation'))
      .when(c.LinkProject)
      .thenThrows({ code: 'AGENDA_ITEM.PROJECT_ALREADY_LINKED', kind: 'transition' });
    given(historyOf.agendaItem('approved'))
      .when(with_(c.LinkProject, { projectId: 'other' }))
      .thenThrows({ code: 'AGENDA_ITEM.PROJECT_MISMATCH', kind: 'rule' });
    given(historyOf.agendaItem('inImplementation'))
      .when(with_(c.MarkProjectEvaluated, { projectId: 'other' }))
      .thenThrows('AGENDA_ITEM.PROJECT_MISMATCH');
    given(historyOf.agendaItem('awaitingFeedback'))
      .when(c.MarkProjectEvaluated)
      .thenThrows({ code: 'AGENDA_ITEM.PROJECT_EVALUATION_ALREADY_NOTED', kind: 'transition' });
  });

  test('a command on an item that does not exist is not-found; proposing an existing item is a transition refusal', () => {
    given([]).when(c.OpenDeliberation).thenThrows({ code: 'AGENDA_ITEM.NOT_FOUND', kind: 'not-found' });
    const error = given(historyOf.agendaItem('proposed'))
      .when(c.ProposeAgendaItem)
      .thenThrows({ code: 'AGENDA_ITEM.ALREADY_EXISTS', kind: 'transition' });
    expect(error.allowedActions).toContain('OpenDeliberation');
  });

  test('a refused transition lists the actions allowed now', () => {
    const error = given(historyOf.agendaItem('referred')).when(c.AdoptAgendaItem).thenThrows('AGENDA_ITEM.TRANSITION_NOT_ALLOWED');
    expect(error.kind).toBe('transition');
    expect(error.allowedActions).toEqual(['StartDrafting', 'DeferAgendaItem']);
  });

  test('bad input names the field', () => {
    given([])
      .when(with_(c.ProposeAgendaItem, { district: 'seoul' as never }))
      .thenThrows({ code: 'CATALOG.UNKNOWN_DISTRICT', field: 'data.district' });
    given([])
      .when(with_(c.ProposeAgendaItem, { title: '  ' }))
      .thenThrows({ kind: 'invalid', field: 'data.title' });
    given([])
      .when(with_(c.ProposeAgendaItem, { taskCode: '4-1' as never }))
      .thenThrows({ code: 'CATALOG.UNKNOWN_TASK', field: 'data.taskCode' });
    given([])
      .when(with_(c.ProposeAgendaItem, { itemId: 'bad id' }))
      .thenThrows({ code: 'COMMAND.INVALID_ID', field: 'data.itemId' });
    given([])
      .when(with_(c.ProposeAgendaItem, { proposedOn: '2023-02-29' }))
      .thenThrows({ code: 'COMMAND.INVALID_DATE' });
    given([])
      .when({ ...c.ProposeAgendaItem, metadata: { ...meta(), now: 'yesterday' } })
      .thenThrows({ field: 'metadata.now' });
    given(historyOf.agendaItem('drafting'))
      .when(with_(c.SubmitDraftRevision, { budgetRequest: { 'education-office': 1.5, 'local-government': 0 } }))
      .thenThrows({ code: 'MONEY.INVALID', field: 'data.budgetRequest.education-office' });
  });
});

describe('agenda item: workflow surface', () => {
  test('commandScope names the secretary of the district and the body whose step it is (at the proposal stage, the civic council too)', () => {
    const state = (status: Parameters<typeof historyOf.agendaItem>[0]) =>
      historyOf.agendaItem(status).reduce(agendaItemWorkflow.decider.evolve, agendaItemWorkflow.decider.initialState());
    expect(agendaItemWorkflow.commandScope(c.ProposeAgendaItem, agendaItemWorkflow.decider.initialState())).toEqual({
      kind: 'secretary',
      district: 'suwon',
      body: 'civic-council',
      council: null,
    });
    expect(agendaItemWorkflow.commandScope(c.TableForReview, state('drafting'))).toMatchObject({ body: 'working-council' });
    expect(agendaItemWorkflow.commandScope(c.RecordReviewDecision, state('underReview'))).toMatchObject({ body: 'steering-committee' });
    expect(agendaItemWorkflow.commandScope(c.DeferAgendaItem, state('drafting'))).toMatchObject({ body: 'working-council' });
    expect(agendaItemWorkflow.commandScope(c.LinkProject, state('approved'))).toEqual({ kind: 'system' });
    expect(() => agendaItemWorkflow.commandScope(c.OpenDeliberation, agendaItemWorkflow.decider.initialState())).toThrow(
      expect.objectContaining({ kind: 'not-found' }),
    );
  });

  test('streamIdOf and view', () => {
    expect(agendaItemWorkflow.streamIdOf(c.RecordOpinion)).toBe(`agenda-item:${ITEM}`);
    const state = historyOf.agendaItem('drafting').reduce(agendaItemWorkflow.decider.evolve, agendaItemWorkflow.decider.initialState());
    const view = agendaItemWorkflow.view(state);
    expect(view).toMatchObject({ status: 'drafting', body: 'working-council', terminal: false, district: 'suwon' });
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  test('metadata is the only clock: dates default to metadata.today, the Korean business date', () => {
    // 03:30 KST on 2 December is still 1 December in UTC; the business date is the Korean one.
    given([])
      .when({ ...c.ProposeAgendaItem, metadata: meta(undefined, '2024-12-01T18:30:00.000Z', '2024-12-02') })
      .thenState((state) => expect(state.proposedOn).toBe('2024-12-02'));
    given([])
      .when({ ...c.ProposeAgendaItem, metadata: { ...meta(), today: '2024-12-32' } })
      .thenThrows({ code: 'COMMAND.INVALID_METADATA', field: 'metadata.today' });
    expect(NOW.startsWith(TODAY)).toBe(true);
  });
});
