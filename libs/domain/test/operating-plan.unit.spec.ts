/**
 * The operating plan (운영계획), given/when/then: assembled from approved items' projects and the
 * offices' own, submitted, deliberated as a whole at a steering committee meeting, revised with
 * reasons and decided like an item; and the approved plan as what the agreement lists.
 */
import {
  DeciderSpecification,
  type OperatingPlanEvent,
  type OperatingPlanState,
  operatingPlanWorkflow,
  planListingRefusal,
  planSignatureRefusal,
} from '@gongron/domain';
import { transitionCoverage } from './support/scenarios.js';
import {
  PLAN_AGENDA_ENTRY,
  addProjectCommand,
  decideCommand,
  operatingPlanCommands as o,
  planMeeting,
  planMeta,
  projectFacts,
  steeringSecretary,
} from './support/operating-plan-scenarios.js';

const coverage = transitionCoverage(operatingPlanWorkflow as never, operatingPlanWorkflow.decider);
const given = DeciderSpecification.for(coverage.decider);

const drafted: OperatingPlanEvent = {
  type: 'OperatingPlanDrafted',
  data: {
    planId: 'suwon-2025',
    district: 'suwon',
    year: 2025,
    title: '2025년 수원 미래교육협력지구 운영계획',
    draftedOn: '2024-11-20',
    workflowVersion: 1,
  },
};
const planned = (projectId: string, office = false): OperatingPlanEvent => ({
  type: 'ProjectAddedToPlan',
  data: {
    planId: 'suwon-2025',
    addedOn: '2024-11-20',
    projectId,
    title: `세부사업 ${projectId}`,
    taskCode: '2-1',
    budget: { 'education-office': 30_000_000, 'local-government': 20_000_000 },
    origin: office ? 'office' : 'agenda-item',
    sourceAgendaItemId: office ? null : `item-of-${projectId}`,
  },
});
const planProject = (event: OperatingPlanEvent) => {
  const { planId: _planId, addedOn: _addedOn, ...project } = (event as Extract<OperatingPlanEvent, { type: 'ProjectAddedToPlan' }>).data;
  return project;
};
const twoItemsAndAnOffice = [planned('item-a-p1'), planned('item-b-p1'), planned('office-1', true)];
const submitted = (revision: number, events: readonly OperatingPlanEvent[], reasons: string[] = []): OperatingPlanEvent => ({
  type: 'OperatingPlanSubmitted',
  data: { planId: 'suwon-2025', revision, projects: events.map(planProject), reasons, submittedOn: '2024-11-20' },
});
const onRollAndPresent = { onRoll: 11, present: 8 };
const returned: OperatingPlanEvent = {
  type: 'OperatingPlanDecided',
  data: {
    planId: 'suwon-2025',
    decision: 'revisionRequested',
    revision: 1,
    meeting: { meetingId: 'suwon-steering-committee-2024-5', body: 'steering-committee', heldOn: '2024-11-19', title: '제5차' },
    tally: { ...onRollAndPresent, for: 6, against: 1, abstain: 1 },
    feedback: '돌봄 사업의 지자체 분담을 늘릴 것',
    projects: [],
    decidedOn: '2024-11-19',
    effectiveAt: '2024-11-19',
  },
};
const underReview = [drafted, ...twoItemsAndAnOffice, submitted(1, twoItemsAndAnOffice)];

describe('operating plan: drafting', () => {
  test('the working council drafts the plan of a district and operating year', () => {
    given([]).when(o.DraftOperatingPlan).then([drafted]);
  });

  test('an approved item’s project enters the plan with the item it came from', () => {
    given([drafted])
      .when(addProjectCommand('item-a-p1'))
      .then([planned('item-a-p1')]);
  });

  test('an office project (미심의 today) enters the plan as the offices’ own design', () => {
    given([drafted])
      .when(addProjectCommand('office-1', projectFacts('office-1', { sourceAgendaItemId: null })))
      .then([planned('office-1', true)]);
  });

  test('a project that does not exist is refused by name', () => {
    const error = given([drafted]).when(addProjectCommand('ghost', null)).thenThrows('OPERATING_PLAN.PROJECT_UNKNOWN');
    expect(error).toMatchObject({ kind: 'rule', field: 'data.projectId', details: { projectId: 'ghost' } });
  });

  test('a project of another district is refused', () => {
    given([drafted])
      .when(addProjectCommand('p-x', projectFacts('p-x', { district: 'osan' })))
      .thenThrows('OPERATING_PLAN.PROJECT_OF_ANOTHER_DISTRICT');
  });

  test('a project of another operating year is refused', () => {
    given([drafted])
      .when(addProjectCommand('p-x', projectFacts('p-x', { year: 2024 })))
      .thenThrows('OPERATING_PLAN.PROJECT_OF_ANOTHER_YEAR');
  });

  test('a cancelled project is refused', () => {
    given([drafted])
      .when(addProjectCommand('p-x', projectFacts('p-x', { status: 'cancelled' })))
      .thenThrows('OPERATING_PLAN.PROJECT_CANCELLED');
  });

  test('the same project twice is refused', () => {
    given([drafted, planned('item-a-p1')])
      .when(addProjectCommand('item-a-p1'))
      .thenThrows('OPERATING_PLAN.PROJECT_ALREADY_LISTED');
  });

  test('a project is removed from the plan with a reason', () => {
    given([drafted, planned('item-1-p1')])
      .when(o.RemoveProjectFromPlan)
      .then([
        {
          type: 'ProjectRemovedFromPlan',
          data: { planId: 'suwon-2025', projectId: 'item-1-p1', reason: '내년도로 이월', removedOn: '2024-11-20' },
        },
      ]);
  });

  test('removing a project the plan does not list is refused', () => {
    given([drafted]).when(o.RemoveProjectFromPlan).thenThrows('OPERATING_PLAN.PROJECT_NOT_LISTED');
  });
});

describe('operating plan: submission and revisions', () => {
  test('the plan goes to the steering committee as revision 1 with its projects', () => {
    given([drafted, ...twoItemsAndAnOffice])
      .when(o.SubmitOperatingPlan)
      .then([submitted(1, twoItemsAndAnOffice)]);
  });

  test('an empty plan is not submitted', () => {
    given([drafted]).when(o.SubmitOperatingPlan).thenThrows('OPERATING_PLAN.NO_PROJECTS');
  });

  test('a plan returned for revision is resubmitted as revision 2 with its reasons', () => {
    const revised = [planned('item-a-p1'), planned('item-b-p1')];
    given([
      ...underReview,
      returned,
      {
        type: 'ProjectRemovedFromPlan',
        data: { planId: 'suwon-2025', projectId: 'office-1', reason: '예산 조정', removedOn: '2024-11-21' },
      },
    ])
      .when({ ...o.SubmitOperatingPlan, data: { ...o.SubmitOperatingPlan.data, reasons: ['기관 설계 사업 1건을 내년도로 이월'] } })
      .then([submitted(2, revised, ['기관 설계 사업 1건을 내년도로 이월'])]);
  });

  test('a revision without reasons is refused', () => {
    given([...underReview, returned])
      .when(o.SubmitOperatingPlan)
      .thenThrows({ code: 'OPERATING_PLAN.REASONS_REQUIRED', field: 'data.reasons' });
  });

  test('nothing is added while the committee deliberates', () => {
    given(underReview).when(addProjectCommand('item-c-p1')).thenThrows('OPERATING_PLAN.TRANSITION_NOT_ALLOWED');
  });
});

describe('operating plan: the committee’s decision at its meeting', () => {
  test('approved at the meeting with the plan on its agenda: counts from the attendance, the projects of the revision decided', () => {
    given(underReview)
      .when(decideCommand('approved'))
      .thenState((state: OperatingPlanState, events) => {
        expect(state.status).toBe('approved');
        expect(events[0]).toMatchObject({
          type: 'OperatingPlanDecided',
          data: {
            decision: 'approved',
            revision: 1,
            tally: { onRoll: 11, present: 8, for: 6 },
            meeting: { meetingId: 'suwon-steering-committee-2024-5', heldOn: '2024-11-19' },
            effectiveAt: '2024-11-19',
          },
        });
        expect(state.approvedProjects?.map((project) => project.projectId)).toEqual(['item-a-p1', 'item-b-p1', 'office-1']);
      });
  });

  test('returned for revision with the committee’s feedback: back to drafting', () => {
    given(underReview)
      .when(decideCommand('revisionRequested', undefined, { feedback: '돌봄 사업의 지자체 분담을 늘릴 것' }))
      .then([returned]);
  });

  test('a return for revision without feedback is refused', () => {
    given(underReview).when(decideCommand('revisionRequested')).thenThrows({ code: 'COMMAND.INVALID', field: 'data.feedback' });
  });

  test('rejected with a quorum though the motion fails', () => {
    given(underReview)
      .when(decideCommand('rejected', { for: 1, against: 6, abstain: 1 }))
      .thenState((state) => expect(state.status).toBe('rejected'));
  });

  test('an approval without a majority of those present is refused', () => {
    given(underReview)
      .when(decideCommand('approved', { for: 4, against: 3, abstain: 1 }))
      .thenThrows('VOTE.MOTION_NOT_CARRIED');
  });

  test('no decision without a quorum of the members on roll at the meeting', () => {
    given(underReview)
      .when(decideCommand('rejected', { for: 0, against: 5 }, { meeting: planMeeting(5) }))
      .thenThrows('VOTE.NO_QUORUM');
  });

  test('a tally claiming other counts than the meeting’s attendance is refused', () => {
    given(underReview)
      .when(decideCommand('approved', undefined, { tally: { onRoll: 11, present: 10, for: 7, against: 0, abstain: 0 } }))
      .thenThrows('VOTE.PRESENT_NOT_ATTENDANCE');
  });

  test('the plan must be on the meeting’s agenda', () => {
    given(underReview)
      .when(decideCommand('approved', undefined, { meeting: planMeeting(8, [{ title: '기타 보고' }]) }))
      .thenThrows({ code: 'MEETING.ITEM_NOT_ON_AGENDA' });
  });

  test('no decision without a recorded meeting of the committee', () => {
    given(underReview)
      .when(decideCommand('approved', undefined, { meeting: null }))
      .thenThrows('MEETING.UNKNOWN');
  });

  test('no decision where the committee has no roster (it cannot have met)', () => {
    const command = decideCommand('approved');
    given(underReview)
      .when({ ...command, metadata: { ...command.metadata, facts: {} } })
      .thenThrows('MEETING.REQUIRED');
  });

  test('a plan not submitted is not decided', () => {
    given([drafted, ...twoItemsAndAnOffice])
      .when(decideCommand('approved'))
      .thenThrows('OPERATING_PLAN.TRANSITION_NOT_ALLOWED');
  });

  test('the plan on the agenda is named for its district and year', () => {
    expect(PLAN_AGENDA_ENTRY).toBe('operating-plan-suwon-2025');
  });

  test('stored history that breaks a rule does not fold', () => {
    const bad = {
      ...returned,
      data: { ...returned.data, decision: 'approved' as const, tally: { ...onRollAndPresent, for: 3, against: 4, abstain: 1 } },
    };
    expect(() => [...underReview, bad].reduce(operatingPlanWorkflow.decider.evolve, operatingPlanWorkflow.decider.initialState())).toThrow(
      /cannot follow/,
    );
  });

  test('the steering committee decides; the working council assembles', () => {
    const state = operatingPlanWorkflow.decider.initialState();
    expect(operatingPlanWorkflow.commandScope(o.DraftOperatingPlan, state)).toEqual({
      kind: 'secretary',
      district: 'suwon',
      body: 'working-council',
    });
    const reviewing = underReview.reduce(operatingPlanWorkflow.decider.evolve, state);
    expect(operatingPlanWorkflow.commandScope({ ...decideCommand('approved'), metadata: planMeta(steeringSecretary) }, reviewing)).toEqual({
      kind: 'secretary',
      district: 'suwon',
      body: 'steering-committee',
    });
  });
});

describe('operating plan: taken up again after 부결', () => {
  const rejected: OperatingPlanEvent = {
    type: 'OperatingPlanDecided',
    data: {
      ...returned.data,
      decision: 'rejected',
      tally: { ...onRollAndPresent, for: 1, against: 6, abstain: 1 },
      feedback: null,
    },
  };
  const redrafted: OperatingPlanEvent = {
    type: 'OperatingPlanRedrafted',
    data: {
      planId: 'suwon-2025',
      rejectedRevision: 1,
      reason: '부결 사유(지자체 분담 근거 부족)를 반영하여 다시 작성',
      redraftedOn: '2024-11-20',
    },
  };
  const afterRejection = [...underReview, rejected];

  test('the working council redrafts the rejected plan, naming the revision the committee rejected', () => {
    given(afterRejection).when(o.RedraftOperatingPlan).then([redrafted]);
  });

  test('the redrafted plan keeps its projects, revisions and decisions, and is drafted again', () => {
    given(afterRejection)
      .when(o.RedraftOperatingPlan)
      .thenState((state: OperatingPlanState) => {
        expect(state.status).toBe('drafting');
        expect(state.projects.map((project) => project.projectId)).toEqual(['item-a-p1', 'item-b-p1', 'office-1']);
        expect(state.revisions).toHaveLength(1);
        expect(state.decisions.map((decision) => decision.decision)).toEqual(['rejected']);
        expect(state.redrafts).toEqual([{ rejectedRevision: 1, reason: redrafted.data.reason, redraftedOn: '2024-11-20' }]);
        expect(state.approvedProjects).toBeNull();
      });
  });

  test('a redraft needs its reason', () => {
    given(afterRejection)
      .when({ ...o.RedraftOperatingPlan, data: { district: 'suwon', year: 2025 } } as never)
      .thenThrows({ code: 'COMMAND.INVALID', field: 'data.reason' });
  });

  test('only a rejected plan is redrafted', () => {
    given(underReview).when(o.RedraftOperatingPlan).thenThrows('OPERATING_PLAN.TRANSITION_NOT_ALLOWED');
    given([...underReview, returned])
      .when(o.RedraftOperatingPlan)
      .thenThrows('OPERATING_PLAN.TRANSITION_NOT_ALLOWED');
  });

  test('the redrafted plan goes before the committee as revision 2 with its reasons, and its approval is what the agreement lists', () => {
    const resubmitted = submitted(2, twoItemsAndAnOffice, ['지자체 분담 근거(협약 제3조) 첨부']);
    given([...afterRejection, redrafted])
      .when({ ...o.SubmitOperatingPlan, data: { ...o.SubmitOperatingPlan.data, reasons: ['지자체 분담 근거(협약 제3조) 첨부'] } })
      .then([resubmitted]);
    given([...afterRejection, redrafted, resubmitted])
      .when(decideCommand('approved'))
      .thenState((state: OperatingPlanState, events) => {
        expect(events[0]).toMatchObject({ data: { decision: 'approved', revision: 2 } });
        expect(state.status).toBe('approved');
        expect(planListingRefusal(state, 'office-1', 'data.projectId')).toBeUndefined();
        expect(planSignatureRefusal(state, ['item-a-p1', 'item-b-p1', 'office-1'])).toBeUndefined();
      });
  });

  test('the redrafted plan without reasons for its next revision is refused', () => {
    given([...afterRejection, redrafted])
      .when(o.SubmitOperatingPlan)
      .thenThrows({ code: 'OPERATING_PLAN.REASONS_REQUIRED', field: 'data.reasons' });
  });

  test('while the plan is rejected the agreement lists nothing and waits', () => {
    const state = afterRejection.reduce(operatingPlanWorkflow.decider.evolve, operatingPlanWorkflow.decider.initialState());
    expect(planListingRefusal(state, 'office-1', 'data.projectId')).toMatchObject({ code: 'AGREEMENT.PLAN_NOT_APPROVED' });
  });

  test('the working council redrafts; the steering committee does not', () => {
    const state = afterRejection.reduce(operatingPlanWorkflow.decider.evolve, operatingPlanWorkflow.decider.initialState());
    expect(operatingPlanWorkflow.commandScope(o.RedraftOperatingPlan, state)).toEqual({
      kind: 'secretary',
      district: 'suwon',
      body: 'working-council',
    });
  });
});

describe('the approved plan is what the agreement lists', () => {
  const approvedPlan = underReview.reduce(operatingPlanWorkflow.decider.evolve, operatingPlanWorkflow.decider.initialState());
  const approved = operatingPlanWorkflow.decider
    .decide(decideCommand('approved'), approvedPlan)
    .reduce(operatingPlanWorkflow.decider.evolve, approvedPlan);

  test('a project of the approved plan may be listed', () => {
    expect(planListingRefusal(approved, 'office-1', 'data.projectId')).toBeUndefined();
  });

  test('a project outside the approved plan is refused by name', () => {
    expect(planListingRefusal(approved, 'extra-1', 'data.projectId')).toMatchObject({
      code: 'AGREEMENT.PROJECT_NOT_IN_PLAN',
      kind: 'rule',
      field: 'data.projectId',
      details: { projectId: 'extra-1', planId: 'suwon-2025' },
    });
  });

  test('nothing is listed while the plan is not approved', () => {
    expect(planListingRefusal(approvedPlan, 'office-1', 'data.projectId')).toMatchObject({ code: 'AGREEMENT.PLAN_NOT_APPROVED' });
  });

  test('a district and year without a plan list as before', () => {
    expect(planListingRefusal(undefined, 'office-1', 'data.projectId')).toBeUndefined();
    expect(planSignatureRefusal(undefined, [])).toBeUndefined();
  });

  test('the first signature waits until every project of the plan is listed', () => {
    expect(planSignatureRefusal(approved, ['item-a-p1', 'item-b-p1'])).toMatchObject({
      code: 'AGREEMENT.PLAN_PROJECT_NOT_LISTED',
      details: { projectId: 'office-1', missing: ['office-1'] },
    });
    expect(planSignatureRefusal(approved, ['item-a-p1', 'item-b-p1', 'office-1'])).toBeUndefined();
  });
});

describe('operating plan: transition coverage', () => {
  test('every transition of the machine is taken (taking them itself, so it holds run alone)', () => {
    given([]).when(o.DraftOperatingPlan).then([drafted]);
    given([drafted])
      .when(addProjectCommand('item-1-p1'))
      .thenState(() => undefined);
    given([drafted, planned('item-1-p1')])
      .when(o.RemoveProjectFromPlan)
      .thenState(() => undefined);
    given([drafted, ...twoItemsAndAnOffice])
      .when(o.SubmitOperatingPlan)
      .thenState(() => undefined);
    given(underReview)
      .when(decideCommand('approved'))
      .thenState(() => undefined);
    given(underReview)
      .when(decideCommand('revisionRequested', undefined, { feedback: '보완' }))
      .thenState(() => undefined);
    given(underReview)
      .when(decideCommand('rejected', { for: 1, against: 6 }))
      .thenState(() => undefined);
    given([...underReview, { ...returned, data: { ...returned.data, decision: 'rejected', feedback: null } }])
      .when(o.RedraftOperatingPlan)
      .thenState(() => undefined);
    expect(coverage.missing()).toEqual([]);
    expect(coverage.all()).toHaveLength(8);
  });
});
