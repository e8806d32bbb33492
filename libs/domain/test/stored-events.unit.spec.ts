/**
 * Stored history stays readable: the committed fixture of version-1 events is upcast and folded
 * through today's workflows. A change that makes any of it unreadable fails here.
 */
import { readFileSync } from 'node:fs';
import {
  type AgendaItemState,
  type AnyWorkflow,
  type RosterState,
  agendaItemWorkflow,
  domainEventTypes,
  eventSchemaVersions,
  rosterOn,
  upcastEventData,
  workflowForStream,
} from '@gongron/domain';
import { meta } from './support/scenarios.js';

interface StoredFixtureEvent {
  readonly streamId: string;
  readonly revision: number;
  readonly position: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Record<string, unknown>;
}

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as {
    events: StoredFixtureEvent[];
  };
const fixture = load('stored-events.v1.json');
/** Events as stored once agreements had terms and deadlines fired (expiry, overdue review and evaluation). */
const withDeadlines = load('stored-events.v2.json');
/** Events as stored once the conditions of a conditional approval were tracked. */
const withConditions = load('stored-events.v3.json');
/** Events as stored before rosters: agenda items of workflow version 1 with tallies typed into each request. */
const beforeRosters = load('stored-events.v4.json');
/** Events as stored once rosters and meetings were kept. */
const withMeetings = load('stored-events.v5.json');
/** Events as stored once a withdrawal returned money, a cancellation opened its amendment and expenditures named their executor. */
const withMoneyHeldTogether = load('stored-events.v6.json');
/** Events as stored once a project was evaluated on its self-evaluation and evaluations were corrected. */
const withCorrections = load('stored-events.v7.json');
/** Events as stored once districts kept an operating plan per operating year, revised and decided at steering committee meetings. */
const withOperatingPlans = load('stored-events.operating-plan.v1.json');
/** Events as stored once a rejected plan could be redrafted, resubmitted and approved. */
const withRedraftedPlans = load('stored-events.operating-plan-redraft.v1.json');
/** Events as stored once projects ran calls for schools: applications, selection, grants, reports and an inspection. */
const withSchoolCalls = load('stored-events.school-call.v1.json');
/** Events as stored once projects granted to designated schools directly and a school's expenditure named its grant. */
const withDirectGrants = load('stored-events.direct-grants.v1.json');
/** Events as stored once the province survey and the districts' self-evaluations were kept, with their corrections. */
const withEvaluations = load('stored-events.evaluation.v1.json');

function replay(streamId: string, from = fixture): Record<string, unknown> & { status: string } {
  const workflow = workflowForStream(streamId) as AnyWorkflow;
  const events = from.events.filter((event) => event.streamId === streamId);
  events.forEach((event, index) => expect(event.revision).toBe(index));
  return events.reduce(
    (state, event) =>
      workflow.decider.evolve(state, { type: event.type, data: upcastEventData(event.type, event.schemaVersion, event.data) } as {
        type: string;
      }),
    workflow.decider.initialState(),
  ) as Record<string, unknown> & { status: string };
}

describe('stored events (workflow version 1)', () => {
  test('the fixtures together hold every event type the domain knows', () => {
    const stored = new Set(
      [
        ...fixture.events,
        ...withDeadlines.events,
        ...withConditions.events,
        ...withMeetings.events,
        ...withMoneyHeldTogether.events,
        ...withCorrections.events,
        ...withOperatingPlans.events,
        ...withRedraftedPlans.events,
        ...withSchoolCalls.events,
        ...withDirectGrants.events,
        ...withEvaluations.events,
      ].map((event) => event.type),
    );
    expect(domainEventTypes.filter((type) => !stored.has(type))).toEqual([]);
  });

  test('the 2023 province survey and suwon’s self-evaluation replay with their corrections', () => {
    const survey = replay('province-survey:2023', withEvaluations) as unknown as {
      status: string;
      survey: { respondents: Record<string, number>; results: { district: string }[] };
      corrections: { correction: number }[];
    };
    expect(survey.status).toBe('recorded');
    expect(survey.survey.respondents).toEqual({ students: 71_271, parents: 20_592, teachers: 24_507 });
    expect(survey.survey.results.map((result) => result.district)).toContain('osan');
    expect(survey.corrections.map((correction) => correction.correction)).toEqual([1]);
    const evaluation = replay('district-evaluation:suwon-2023', withEvaluations) as unknown as {
      status: string;
      evaluation: { indicators: { result: number }[]; report: { name: string } };
    };
    expect(evaluation.status).toBe('recorded');
    expect(evaluation.evaluation.indicators.map((indicator) => indicator.result)).toEqual([980, 44]);
    expect(evaluation.evaluation.report.name).toBe('2023 수원 자체평가 보고서.pdf');
  });

  test('version 1 projects, stored before terms, take their term from the agreed day and the year', () => {
    expect(replay('project:item-1-p1')).toMatchObject({ term: { from: expect.any(String), until: '2025-02-28' } });
  });

  test('histories with tracked conditions replay to the state they had when stored', () => {
    expect(replay('project:proj-1', withConditions)).toMatchObject({
      status: 'inProgress',
      conditions: [
        { conditionId: 'safety', status: 'fulfilled', overdueOn: '2024-05-10', beforeSpending: true },
        { conditionId: 'report', status: 'waived' },
        { conditionId: 'space', status: 'open', dueOn: null },
      ],
      spent: { 'education-office': 1_000_000 },
    });
    expect(replay('project:item-1-p1')).toMatchObject({ conditions: [] });
  });

  test('items with typed tallies, stored before rosters, replay and finish under version 1 where a roster now exists', () => {
    const inFlight = replay('agenda-item:item-typed-1', beforeRosters);
    expect(inFlight).toMatchObject({ status: 'underReview', workflowVersion: 1, adoption: { tally: { onRoll: 3, present: 3, for: 2 } } });
    const waiting = replay('agenda-item:item-typed-2', beforeRosters) as unknown as AgendaItemState;
    expect(waiting.status).toBe('inDeliberation');
    const roster = replay('roster:suwon-civic-council', withMeetings) as unknown as RosterState;
    const meeting = replay('meeting:suwon-civic-council-2024-3', withMeetings);
    const typedTally = { onRoll: 3, present: 3, for: 2, against: 0, abstain: 1 };
    const events = agendaItemWorkflow.decider.decide(
      {
        type: 'AdoptAgendaItem',
        data: { itemId: 'item-typed-2', meeting: { heldOn: '2024-05-09' }, tally: typedTally },
        metadata: { ...meta(), facts: { roster, meeting: null } },
      },
      waiting,
    );
    expect(events[0]?.data).toMatchObject({ tally: typedTally });
    expect(meeting.status).toBe('minutesApproved');
  });

  test('rosters and meetings replay: fifteen on roll that day, nine attending, the adoption counted from the meeting', () => {
    const roster = replay('roster:suwon-civic-council', withMeetings) as unknown as RosterState;
    expect(rosterOn(roster, '2024-05-09').onRoll).toBe(15);
    expect(rosterOn(roster, '2024-04-15').onRoll).toBe(16);
    expect(roster.members.find((member) => member.memberId === 'm-3')?.role).toBe('vice-chair');
    expect(replay('meeting:suwon-civic-council-2024-3', withMeetings)).toMatchObject({
      status: 'minutesApproved',
      attending: ['m-1', 'm-2', 'm-3', 'm-4', 'm-5', 'm-6', 'm-7', 'm-8', 'm-9'],
      minutes: { text: '제3차 회의록', attachments: [] },
      minutesApprovedOn: '2024-06-12',
    });
    expect(replay('agenda-item:item-1', withMeetings)).toMatchObject({
      status: 'referred',
      workflowVersion: 2,
      adoption: { tally: { onRoll: 15, present: 9, for: 5 } },
    });
    expect(replay('meeting:suwon-civic-council-2024-4', withMeetings).status).toBe('cancelled');
  });

  test('a project evaluated on its self-evaluation, with both evaluations corrected, replays to the state it had when stored', () => {
    expect(replay('project:proj-8', withCorrections)).toMatchObject({
      status: 'closed',
      evaluatedOn: '2025-01-10',
      selfEvaluation: { indicators: [{ result: 214 }], summary: '중복 집계 제외', recordedOn: '2025-01-20' },
      comprehensiveEvaluation: { satisfaction: { students: 82 } },
    });
  });

  test('a withdrawn project, a cancelled one and expenditures of both schema versions replay to the state they had when stored', () => {
    expect(replay('project:proj-6', withMoneyHeldTogether)).toMatchObject({
      status: 'inProgress',
      allocation: { 'education-office': 5_500_000, 'local-government': 0 },
      spent: { 'education-office': 5_500_000, 'local-government': 0 },
      release: { amendmentId: 'amend-w', returned: { 'education-office': 24_500_000, 'local-government': 20_000_000 } },
      expenditures: [
        { expenditureId: 'exp-old', executedBy: 'education-office', school: null, grant: null },
        { expenditureId: 'exp-school', executedBy: 'school', school: '수원초등학교', grant: null },
        { expenditureId: 'exp-city', funder: 'education-office', executedBy: 'local-government' },
      ],
    });
    expect(replay('project:proj-7', withMoneyHeldTogether).status).toBe('cancelled');
    expect(replay('agreement:suwon-2024', withMoneyHeldTogether)).toMatchObject({
      status: 'inForce',
      projects: [],
      amendments: [
        { amendmentId: 'amend-w', status: 'consented' },
        { amendmentId: 'withdraw-cancelled-proj-7', status: 'consented' },
      ],
    });
  });

  test('histories with terms and fired deadlines replay to the state they had when stored', () => {
    expect(replay('agreement:suwon-2024', withDeadlines)).toMatchObject({
      status: 'expired',
      inForceUntil: '2025-02-28',
      expiredOn: '2025-03-01',
      amendments: [{ amendmentId: 'amend-late', status: 'lapsed' }],
    });
    expect(replay('agenda-item:item-1', withDeadlines)).toMatchObject({
      status: 'underReview',
      overdueReviews: [{ deadlineId: 'review.evt-tabled', dueOn: '2024-05-10' }],
    });
    expect(replay('project:proj-1', withDeadlines)).toMatchObject({
      status: 'completed',
      term: { from: '2024-03-05', until: '2025-02-28' },
      overdueEvaluations: [{ deadlineId: 'evaluation.proj-1' }],
    });
  });

  test('every stream replays to the state it had when stored', () => {
    expect(replay('agenda-item:item-1')).toMatchObject({
      status: 'closed',
      district: 'suwon',
      workflowVersion: 1,
      projectId: 'item-1-p1',
      conditions: ['안전 계획 제출'],
      revisions: [{ revisionId: 'rev-1' }, { revisionId: 'rev-2' }, { revisionId: 'rev-3' }],
    });
    expect(replay('agenda-item:item-2').status).toBe('dismissed');
    expect(replay('agenda-item:item-3').status).toBe('withdrawn');
    expect(replay('agenda-item:item-4').status).toBe('rejected');
    expect(replay('project:item-1-p1')).toMatchObject({
      status: 'closed',
      allocation: { 'education-office': 35_000_000, 'local-government': 20_000_000 },
      spent: { 'education-office': 1_000_000, 'local-government': 20_000_000 },
      sourceAgendaItemId: 'item-1',
    });
    expect(replay('project:proj-2')).toMatchObject({
      status: 'cancelled',
      cancellation: { returned: { 'education-office': 27_500_000, 'local-government': 20_000_000 } },
    });
    expect(replay('agreement:suwon-2024')).toMatchObject({
      status: 'inForce',
      inForceFrom: '2024-03-05',
      inForceUntil: '2025-02-28',
      projects: [{ projectId: 'item-1-p1', budget: { 'education-office': 35_000_000 } }, { projectId: 'proj-2' }],
    });
  });

  test('every stream replayed from its stored events keeps the workflow version it started under', () => {
    const streams = [...new Set(fixture.events.map((event) => event.streamId))];
    expect(streams.length).toBeGreaterThanOrEqual(3);
    for (const streamId of streams)
      expect({ streamId, workflowVersion: replay(streamId)['workflowVersion'] }).toEqual({ streamId, workflowVersion: 1 });
  });

  test('no stored schema version is newer than the code', () => {
    for (const event of fixture.events) {
      expect(event.schemaVersion).toBeLessThanOrEqual(eventSchemaVersions[event.type as keyof typeof eventSchemaVersions]);
    }
  });

  test('upcasting refuses what it cannot read', () => {
    expect(() => upcastEventData('AgendaItemProposed', 99, {})).toThrow(/newer than this code/);
    expect(() => upcastEventData('SomethingElseHappened', 1, {})).toThrow(/unknown event type/);
    expect(upcastEventData('ProjectClosed', 1, { projectId: 'p', closedOn: '2024-01-01' })).toEqual({
      projectId: 'p',
      closedOn: '2024-01-01',
    });
  });

  test("evolve agrees with a fold through XState's own transition() at every step", () => {
    const streams = [...new Set(fixture.events.map((event) => event.streamId))];
    for (const streamId of streams) {
      const workflow = workflowForStream(streamId) as AnyWorkflow;
      let fast = workflow.decider.initialState();
      let reference = workflow.decider.initialState();
      for (const stored of fixture.events.filter((event) => event.streamId === streamId)) {
        const event = { type: stored.type, data: upcastEventData(stored.type, stored.schemaVersion, stored.data) } as { type: string };
        fast = workflow.decider.evolve(fast, event);
        reference = workflow.evolveWithXStateTransition(reference, event);
        expect(fast).toEqual(reference);
      }
      // A state rebuilt from JSON (e.g. a cached copy) folds on just the same.
      expect(JSON.parse(JSON.stringify(fast))).toEqual(fast);
    }
  });

  test('calls for schools replay: suwon-p1’s first call granted two schools within the allocation, reported and inspected; its second cancelled', () => {
    const first = replay('school-call:suwon-p1.call-1', withSchoolCalls) as unknown as {
      status: string;
      applications: { schoolName: string; decision: string; score: number }[];
      grants: { schoolId: string; report: unknown }[];
      granted: Record<string, number>;
      inspections: { outcome: string }[];
    };
    expect(first.status).toBe('completed');
    expect(first.applications.map((application) => [application.schoolName, application.decision, application.score])).toEqual([
      ['수원매탄초등학교', 'selected', 91],
      ['수원율천중학교', 'selected', 84],
      ['수원수성고등학교', 'declined', 55],
    ]);
    expect(first.grants.map((grant) => grant.schoolId)).toEqual(['suwon-maetan-es', 'suwon-yulcheon-ms']);
    expect(first.grants.every((grant) => grant.report !== null)).toBe(true);
    expect(first.granted).toEqual({ 'education-office': 35_000_000, 'local-government': 20_000_000 });
    expect(first.inspections.map((inspection) => inspection.outcome)).toEqual(['improvementNeeded']);
    expect(replay('school-call:suwon-p1.call-2', withSchoolCalls).status).toBe('cancelled');
  });

  test('a project’s direct grants replay with their report and inspection, and a school’s expenditure with its grant', () => {
    const direct = replay('school-call:suwon-p1.direct', withDirectGrants) as unknown as {
      status: string;
      projectId: string;
      district: string;
      grants: { grantId: string; kind: string; applicationId: string | null; schoolName: string; reason: string; report: unknown }[];
      granted: Record<string, number>;
      inspections: { outcome: string }[];
    };
    expect(direct).toMatchObject({ status: 'direct', projectId: 'suwon-p1', district: 'suwon' });
    expect(direct.grants.map((grant) => [grant.grantId, grant.kind, grant.applicationId, grant.schoolName])).toEqual([
      ['direct-1', 'direct', null, '수원율천중학교'],
      ['direct-2', 'direct', null, '수원수성고등학교'],
    ]);
    expect(direct.grants[0]?.report).toMatchObject({ submittedOn: '2025-07-15' });
    expect(direct.granted).toEqual({ 'education-office': 15_000_000, 'local-government': 13_000_000 });
    expect(direct.inspections.map((inspection) => inspection.outcome)).toEqual(['appropriate']);
    expect(replay('project:suwon-p1', withDirectGrants)).toMatchObject({
      status: 'inProgress',
      spent: { 'education-office': 9_000_000, 'local-government': 700_000 },
      expenditures: [
        {
          expenditureId: 'exp-direct-1',
          executedBy: 'school',
          school: '수원율천중학교',
          grant: { grantId: 'direct-1', amount: 15_000_000 },
        },
        { expenditureId: 'exp-city-bus', executedBy: 'local-government', school: null, grant: null },
      ],
    });
  });

  test('operating plans replay to their decision: suwon revised and approved, osan rejected', () => {
    const suwon = replay('operating-plan:suwon-2025', withOperatingPlans) as unknown as {
      status: string;
      approvedProjects: { projectId: string; origin: string }[];
      revisions: unknown[];
      decisions: { decision: string }[];
    };
    expect(suwon.status).toBe('approved');
    expect(suwon.revisions).toHaveLength(2);
    expect(suwon.decisions.map((decision) => decision.decision)).toEqual(['revisionRequested', 'approved']);
    expect(suwon.approvedProjects.map((project) => [project.projectId, project.origin])).toEqual([
      ['item-31-p1', 'agenda-item'],
      ['item-32-p1', 'agenda-item'],
      ['office-2025-1', 'office'],
    ]);
    expect(replay('operating-plan:osan-2025', withOperatingPlans).status).toBe('rejected');
  });

  test('a redrafted plan replays: rejected, taken up again, resubmitted as revision 2 and approved', () => {
    const osan = replay('operating-plan:osan-2025', withRedraftedPlans) as unknown as {
      status: string;
      redrafts: { rejectedRevision: number }[];
      decisions: { decision: string; revision: number }[];
      approvedProjects: { projectId: string }[];
    };
    expect(osan.status).toBe('approved');
    expect(osan.redrafts.map((redraft) => redraft.rejectedRevision)).toEqual([1]);
    expect(osan.decisions.map((decision) => [decision.decision, decision.revision])).toEqual([
      ['rejected', 1],
      ['approved', 2],
    ]);
    expect(osan.approvedProjects.map((project) => project.projectId)).toEqual(['office-osan-1']);
  });

  test('a plan rejected before redrafts existed is taken up again as its next revision', () => {
    const workflow = workflowForStream('operating-plan:osan-2025') as AnyWorkflow;
    const rejected = replay('operating-plan:osan-2025', withOperatingPlans);
    const actor = { id: 'token-working', role: 'secretary', district: 'osan', body: 'working-council' } as const;
    const redraft = {
      type: 'RedraftOperatingPlan',
      data: { district: 'osan', year: 2025, reason: '부결 사유 반영' },
      metadata: meta(actor),
    };
    const events = workflow.decider.decide(redraft as Parameters<AnyWorkflow['decider']['decide']>[0], rejected);
    expect(events).toEqual([
      {
        type: 'OperatingPlanRedrafted',
        data: expect.objectContaining({ planId: 'osan-2025', rejectedRevision: 1, reason: '부결 사유 반영' }),
      },
    ]);
    const redrafted = events.reduce(workflow.decider.evolve, rejected) as { status: string; projects: unknown[]; revisions: unknown[] };
    expect(redrafted.status).toBe('drafting');
    expect(redrafted.revisions).toHaveLength(1);
    expect(redrafted.projects.length).toBeGreaterThan(0);
  });

  test('a state restored from JSON continues the fold', () => {
    const workflow = workflowForStream('project:item-1-p1') as AnyWorkflow;
    const events = fixture.events.filter((event) => event.streamId === 'project:item-1-p1');
    const half = events.slice(0, 5).reduce(
      (state, stored) =>
        workflow.decider.evolve(state, { type: stored.type, data: upcastEventData(stored.type, stored.schemaVersion, stored.data) } as {
          type: string;
        }),
      workflow.decider.initialState(),
    );
    const restored = JSON.parse(JSON.stringify(half)) as typeof half;
    const finish = (start: typeof half) =>
      events.slice(5).reduce(
        (state, stored) =>
          workflow.decider.evolve(state, { type: stored.type, data: upcastEventData(stored.type, stored.schemaVersion, stored.data) } as {
            type: string;
          }),
        start,
      );
    expect(finish(restored)).toEqual(finish(half));
    expect(finish(restored).status).toBe('closed');
  });

  test('a stored event that cannot follow its predecessor is refused, not silently skipped', () => {
    const workflow = workflowForStream('project:x') as AnyWorkflow;
    expect(() =>
      workflow.decider.evolve(workflow.decider.initialState(), { type: 'ProjectStarted', data: {} } as { type: string }),
    ).toThrow(expect.objectContaining({ code: 'PROJECT.EVENT_NOT_APPLICABLE' }));
  });
});
