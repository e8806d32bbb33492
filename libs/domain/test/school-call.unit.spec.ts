/**
 * Calls for schools (학교교부·공모), given/when/then: a project opens a call with criteria, amount
 * and period; schools of its district apply; each application is selected or declined with its
 * score and reasons; selected schools get grants that never pass the project's allocation per
 * funder; each school reports; inspections record their findings. And every rule a guard of the
 * machine asks is reachable through `decide` with its own stable code.
 */
import {
  DeciderSpecification,
  type SchoolCallCommand,
  type SchoolCallEvent,
  type SchoolCallState,
  parseSchools,
  schoolCallRules,
  schoolCallWorkflow,
  schoolCatalog,
  defaultSchools,
} from '@gongron/domain';
import { transitionCoverage } from './support/scenarios.js';
import { coverageOf, guardedRefusals, plainGuards, refusalOf } from './support/refusals.js';
import {
  CALL_ID,
  DIRECT_ID,
  applyCommand,
  directAwardCommand,
  awardCommand,
  callProjectFacts,
  grantBudget,
  judgeCommand,
  reportCommand,
  schoolCallCommands as c,
  schoolCallPaths,
} from './support/school-call-scenarios.js';

const coverage = transitionCoverage(schoolCallWorkflow as never, schoolCallWorkflow.decider);
const given = DeciderSpecification.for(coverage.decider);
const won = (educationOffice: number, localGovernment: number) => ({
  'education-office': educationOffice,
  'local-government': localGovernment,
});

/** Three suwon schools applied; the call is closed for review. */
const threeApplied: readonly SchoolCallCommand[] = [
  c.OpenSchoolCall,
  applyCommand('app-1', 'suwon-maetan-es'),
  applyCommand('app-2', 'suwon-yulcheon-ms'),
  applyCommand('app-3', 'suwon-suseong-hs'),
  c.CloseSchoolCall,
];
/** Two of the three selected, one declined, the selection concluded. */
const twoSelected: readonly SchoolCallCommand[] = [
  ...threeApplied,
  judgeCommand('SelectSchoolApplication', 'app-1', 91),
  judgeCommand('SelectSchoolApplication', 'app-2', 84),
  judgeCommand('DeclineSchoolApplication', 'app-3', 55),
  c.ConcludeSchoolSelection,
];
/** The commands decided one after another through the tracked decider, so every transition they take counts. */
function runTracked(commands: readonly SchoolCallCommand[]): { events: SchoolCallEvent[]; state: SchoolCallState } {
  const events: SchoolCallEvent[] = [];
  let state = coverage.decider.initialState() as SchoolCallState;
  for (const command of commands) {
    for (const event of coverage.decider.decide(command as never, state as never) as SchoolCallEvent[]) {
      events.push(event);
      state = coverage.decider.evolve(state as never, event as never) as SchoolCallState;
    }
  }
  return { events, state };
}
const stateAfter = (commands: readonly SchoolCallCommand[]): SchoolCallState => runTracked(commands).state;
const eventsOf = (commands: readonly SchoolCallCommand[]): SchoolCallEvent[] => runTracked(commands).events;

describe('a call for schools: opening', () => {
  test('a project opens its first call with criteria, amount and period; all levels when none is named', () => {
    given([])
      .when(c.OpenSchoolCall)
      .then([
        {
          type: 'SchoolCallOpened',
          data: {
            callId: CALL_ID,
            projectId: 'suwon-p1',
            number: 1,
            district: 'suwon',
            year: 2025,
            title: '2025 학교 교육과정 연계 마을교육 공모',
            criteria: ['교육과정 연계성', '지역 자원 활용', '예산 계획의 적정성'],
            levels: ['elementary', 'middle', 'high'],
            amount: won(50_000_000, 30_000_000),
            opensOn: '2025-03-03',
            closesOn: '2025-03-21',
            openedOn: '2025-03-10',
            workflowVersion: 1,
          },
        },
      ]);
  });

  test('a call for a project that does not exist, or is cancelled, is refused by name', () => {
    const ghost = { ...c.OpenSchoolCall, metadata: { ...c.OpenSchoolCall.metadata, facts: { project: null, schoolCallsOfProject: 0 } } };
    expect(refusalOf(() => schoolCallWorkflow.decider.decide(ghost, stateAfter([])))).toMatchObject({
      code: 'SCHOOL_CALL.PROJECT_UNKNOWN',
      field: 'data.projectId',
    });
    const cancelled = {
      ...c.OpenSchoolCall,
      metadata: { ...c.OpenSchoolCall.metadata, facts: { project: callProjectFacts({ status: 'cancelled' }), schoolCallsOfProject: 0 } },
    };
    given([]).when(cancelled).thenThrows('SCHOOL_CALL.PROJECT_NOT_RUNNING');
  });

  test('a call takes the project’s next number', () => {
    const second = {
      ...c.OpenSchoolCall,
      metadata: { ...c.OpenSchoolCall.metadata, facts: { project: callProjectFacts(), schoolCallsOfProject: 1 } },
    };
    const error = given([]).when(second).thenThrows('SCHOOL_CALL.NUMBER_NOT_NEXT');
    expect(error.details).toMatchObject({ next: 2 });
  });

  test('a call without criteria, or granting nothing, is refused naming the field', () => {
    given([])
      .when({ ...c.OpenSchoolCall, data: { ...c.OpenSchoolCall.data, criteria: [] } })
      .thenThrows('COMMAND.INVALID');
    const nothing = given([])
      .when({ ...c.OpenSchoolCall, data: { ...c.OpenSchoolCall.data, amount: won(0, 0) } })
      .thenThrows('MONEY.INVALID');
    expect(nothing.field).toBe('data.amount');
  });
});

describe('a call for schools: applications', () => {
  test('schools of the district apply while the call is open; their name and level come from the configured schools', () => {
    const state = stateAfter(threeApplied);
    expect(state.status).toBe('reviewing');
    expect(state.applications.map((application) => [application.schoolName, application.level])).toEqual([
      ['수원매탄초등학교', 'elementary'],
      ['수원율천중학교', 'middle'],
      ['수원수성고등학교', 'high'],
    ]);
  });

  test('a school of another district is refused, naming its district', () => {
    const error = refusalOf(() =>
      schoolCallWorkflow.decider.decide(applyCommand('app-9', 'hwaseong-dongtan-es'), stateAfter([c.OpenSchoolCall])),
    );
    expect(error).toMatchObject({ code: 'SCHOOL_CALL.SCHOOL_OF_ANOTHER_DISTRICT', details: { schoolDistrict: 'hwaseong' } });
  });

  test('a school that is not configured is refused', () => {
    given(eventsOf([c.OpenSchoolCall]))
      .when(applyCommand('app-9', 'nowhere-es'))
      .thenThrows('SCHOOL_CALL.SCHOOL_UNKNOWN');
  });

  test('an application after the period is refused with the period', () => {
    const late = applyCommand('app-9', 'suwon-yeongtong-es', '2025-03-22T09:00:00+09:00');
    const error = given(eventsOf([c.OpenSchoolCall]))
      .when(late)
      .thenThrows('SCHOOL_CALL.OUTSIDE_PERIOD');
    expect(error.details).toMatchObject({ closesOn: '2025-03-21', receivedOn: '2025-03-22' });
  });

  test('a school applies once to a call', () => {
    given(eventsOf([c.OpenSchoolCall, applyCommand('app-1', 'suwon-maetan-es')]))
      .when(applyCommand('app-2', 'suwon-maetan-es'))
      .thenThrows('SCHOOL_CALL.SCHOOL_ALREADY_APPLIED');
  });

  test('a call for elementary schools refuses a high school', () => {
    const elementaryOnly = { ...c.OpenSchoolCall, data: { ...c.OpenSchoolCall.data, levels: ['elementary' as const] } };
    given(eventsOf([elementaryOnly]))
      .when(applyCommand('app-1', 'suwon-suseong-hs'))
      .thenThrows('SCHOOL_CALL.LEVEL_NOT_ELIGIBLE');
  });
});

describe('a call for schools: selection', () => {
  test('each application is selected or declined with its score and reasons', () => {
    const state = stateAfter(twoSelected);
    expect(state.status).toBe('granting');
    expect(state.applications.map((application) => [application.applicationId, application.decision, application.score])).toEqual([
      ['app-1', 'selected', 91],
      ['app-2', 'selected', 84],
      ['app-3', 'declined', 55],
    ]);
    expect(state.applications[2]?.reasons).toEqual(['예산 계획이 불명확함']);
  });

  test('a selection without reasons, or with a score above 100, is refused', () => {
    const events = eventsOf(threeApplied);
    given(events)
      .when({
        ...judgeCommand('SelectSchoolApplication', 'app-1', 90),
        data: { callId: CALL_ID, applicationId: 'app-1', score: 90, reasons: [] },
      })
      .thenThrows('COMMAND.INVALID');
    given(events)
      .when(judgeCommand('SelectSchoolApplication', 'app-1', 101))
      .thenThrows('COMMAND.INVALID');
  });

  test('the selection is concluded only when every application is decided', () => {
    const error = given(eventsOf([...threeApplied, judgeCommand('SelectSchoolApplication', 'app-1', 91)]))
      .when(c.ConcludeSchoolSelection)
      .thenThrows('SCHOOL_CALL.APPLICATIONS_UNDECIDED');
    expect(error.details).toMatchObject({ undecided: ['app-2', 'app-3'] });
  });
});

describe('a call for schools: grants within the allocation', () => {
  test('selected schools get grants; the call’s remaining amount follows', () => {
    const state = stateAfter([
      ...twoSelected,
      awardCommand('grant-1', 'app-1'),
      awardCommand('grant-2', 'app-2', won(15_000_000, 10_000_000)),
    ]);
    expect(state.granted).toEqual(won(35_000_000, 20_000_000));
    expect(schoolCallWorkflow.view(state)).toMatchObject({ remaining: won(15_000_000, 10_000_000) });
  });

  test('a grant above the project’s allocation is refused, naming the funder and the amounts', () => {
    // 60,000,000 allocated by the office; another call granted 30,000,000; this one 20,000,000 already.
    const money = grantBudget({ grantedInOtherCalls: won(30_000_000, 0) });
    const error = given(eventsOf([...twoSelected, awardCommand('grant-1', 'app-1', won(20_000_000, 10_000_000), money)]))
      .when(awardCommand('grant-2', 'app-2', won(15_000_000, 5_000_000), money))
      .thenThrows('SCHOOL_CALL.GRANT_ABOVE_ALLOCATION');
    expect(error).toMatchObject({
      field: 'data.amount.education-office',
      details: {
        funder: 'education-office',
        funderName: '교육청',
        allocation: 60_000_000,
        granted: 50_000_000,
        amount: 15_000_000,
        available: 10_000_000,
      },
    });
  });

  test('a grant above the call’s own amount is refused', () => {
    given(eventsOf([...twoSelected, awardCommand('grant-1', 'app-1', won(40_000_000, 0))]))
      .when(awardCommand('grant-2', 'app-2', won(15_000_000, 0)))
      .thenThrows('SCHOOL_CALL.GRANT_ABOVE_CALL_AMOUNT');
  });

  test('a declined school gets no grant, and a selected one only one', () => {
    const events = eventsOf([...twoSelected, awardCommand('grant-1', 'app-1')]);
    given(events).when(awardCommand('grant-3', 'app-3')).thenThrows('SCHOOL_CALL.APPLICATION_NOT_SELECTED');
    given(events).when(awardCommand('grant-4', 'app-1')).thenThrows('SCHOOL_CALL.GRANT_ALREADY_AWARDED');
  });

  test('no grant before the project’s agreement is in force, nor after it left its agreement', () => {
    const events = eventsOf(twoSelected);
    given(events)
      .when(awardCommand('grant-1', 'app-1', undefined, grantBudget({ status: 'planned', allocation: null })))
      .thenThrows('SCHOOL_CALL.PROJECT_NOT_ALLOCATED');
    given(events)
      .when(awardCommand('grant-1', 'app-1', undefined, grantBudget({ released: true })))
      .thenThrows('SCHOOL_CALL.PROJECT_RELEASED');
  });

  test('a stored grant above the allocation it names does not fold', () => {
    const [award] = eventsOf([...twoSelected, awardCommand('grant-1', 'app-1')]).slice(-1);
    if (award?.type !== 'SchoolGrantAwarded') throw new Error('expected the grant');
    const forged: SchoolCallEvent = { ...award, data: { ...award.data, allocation: won(1_000_000, 1_000_000) } };
    expect(refusalOf(() => schoolCallWorkflow.decider.evolve(stateAfter(twoSelected), forged)).code).toBe(
      'SCHOOL_CALL.EVENT_NOT_APPLICABLE',
    );
  });
});

describe('a call for schools: reports and inspections', () => {
  const granted = [...twoSelected, awardCommand('grant-1', 'app-1'), awardCommand('grant-2', 'app-2', won(15_000_000, 10_000_000))];

  test('each school reports; the call completes when every grant is reported, and inspections follow', () => {
    const state = stateAfter([
      ...granted,
      reportCommand('grant-1'),
      reportCommand('grant-2', won(15_000_000, 9_000_000)),
      c.CompleteSchoolCall,
      c.RecordSchoolGrantInspection,
    ]);
    expect(state.status).toBe('completed');
    expect(state.grants.map((grant) => grant.report?.spent)).toEqual([won(19_500_000, 10_000_000), won(15_000_000, 9_000_000)]);
    expect(state.inspections).toEqual([
      {
        inspectionId: 'insp-1',
        grantId: 'grant-1',
        outcome: 'improvementNeeded',
        findings: ['강사비 증빙 일부 누락', '학생 만족도 조사 결과 첨부 필요'],
        inspectedOn: '2025-03-10',
      },
    ]);
  });

  test('the call does not complete while a grant is unreported', () => {
    const error = given(eventsOf([...granted, reportCommand('grant-1')]))
      .when(c.CompleteSchoolCall)
      .thenThrows('SCHOOL_CALL.REPORTS_MISSING');
    expect(error.details).toMatchObject({ missing: ['grant-2'] });
  });

  test('a report spending more than the grant is refused, and a report is submitted once', () => {
    const events = eventsOf(granted);
    given(events)
      .when(reportCommand('grant-2', won(16_000_000, 0)))
      .thenThrows('SCHOOL_CALL.REPORT_ABOVE_GRANT');
    given(eventsOf([...granted, reportCommand('grant-1')]))
      .when(reportCommand('grant-1'))
      .thenThrows('SCHOOL_CALL.REPORT_ALREADY_SUBMITTED');
  });

  test('an inspection dated after today is refused', () => {
    given(eventsOf(granted))
      .when({ ...c.RecordSchoolGrantInspection, data: { ...c.RecordSchoolGrantInspection.data, inspectedOn: '2025-03-11' } })
      .thenThrows('SCHOOL_CALL.DATED_IN_FUTURE');
  });

  test.each([
    ['open', [c.OpenSchoolCall]],
    ['reviewing', threeApplied],
    ['granting', twoSelected],
  ] as const)('a call %s and without grants is cancelled with its reason', (_status, before) => {
    const state = stateAfter([...before, c.CancelSchoolCall]);
    expect(state.status).toBe('cancelled');
    expect(state.cancellation).toEqual({ reason: '예산 조정으로 공모 취소', cancelledOn: '2025-03-10' });
    expect(schoolCallWorkflow.allowedActions(state)).toEqual([]);
  });

  test('a call that has granted is not cancelled', () => {
    given(eventsOf(granted)).when(c.CancelSchoolCall).thenThrows('SCHOOL_CALL.ALREADY_GRANTED');
  });
});

describe('schools from configuration', () => {
  test('the default set covers a few districts; a configured school is added, and one with a default id replaces it', () => {
    expect(new Set(defaultSchools.map((school) => school.district))).toEqual(new Set(['suwon', 'hwaseong', 'osan', 'goyang']));
    const configured = parseSchools([
      { schoolId: 'paju-munsan-es', name: '파주문산초등학교', level: 'elementary', district: 'paju' },
      { schoolId: 'suwon-maetan-es', name: '수원매탄초등학교(이전)', level: 'elementary', district: 'suwon' },
    ]);
    const catalog = schoolCatalog(configured);
    expect(catalog.schoolsOf('paju').map((school) => school.name)).toEqual(['파주문산초등학교']);
    expect(catalog.schoolOf('suwon-maetan-es')?.name).toBe('수원매탄초등학교(이전)');
    expect(catalog.schools).toHaveLength(defaultSchools.length + 1);
  });

  test('a configured school of an unknown level or district is refused by its place in the list', () => {
    expect(() => parseSchools([{ schoolId: 'x-1', name: '학교', level: 'college', district: 'suwon' }])).toThrow('schools[0].level');
    expect(() => parseSchools([{ schoolId: 'x-1', name: '학교', level: 'high', district: 'seoul' }])).toThrow('schools[0].district');
  });
});

interface RefusalCase {
  readonly rule: keyof typeof schoolCallRules;
  readonly code: string;
  readonly before: readonly SchoolCallCommand[];
  readonly command: SchoolCallCommand;
}

const refusalCases: readonly RefusalCase[] = [
  {
    rule: 'periodInOrder',
    code: 'SCHOOL_CALL.PERIOD_INVALID',
    before: [],
    command: { ...c.OpenSchoolCall, data: { ...c.OpenSchoolCall.data, opensOn: '2025-03-22' } },
  },
  {
    rule: 'receivedWithinPeriod',
    code: 'SCHOOL_CALL.OUTSIDE_PERIOD',
    before: [c.OpenSchoolCall],
    command: applyCommand('app-9', 'suwon-yeongtong-es', '2025-03-01T09:00:00+09:00'),
  },
  {
    rule: 'schoolOfDistrict',
    code: 'SCHOOL_CALL.SCHOOL_OF_ANOTHER_DISTRICT',
    before: [c.OpenSchoolCall],
    command: applyCommand('a', 'osan-osan-es'),
  },
  {
    rule: 'levelEligible',
    code: 'SCHOOL_CALL.LEVEL_NOT_ELIGIBLE',
    before: [{ ...c.OpenSchoolCall, data: { ...c.OpenSchoolCall.data, levels: ['middle'] } }],
    command: applyCommand('a', 'suwon-maetan-es'),
  },
  {
    rule: 'newApplication',
    code: 'SCHOOL_CALL.APPLICATION_ALREADY_RECEIVED',
    before: schoolCallPaths.open,
    command: applyCommand('app-1', 'suwon-yeongtong-es'),
  },
  {
    rule: 'newApplication',
    code: 'SCHOOL_CALL.SCHOOL_ALREADY_APPLIED',
    before: schoolCallPaths.open,
    command: applyCommand('app-2', 'suwon-maetan-es'),
  },
  {
    rule: 'applicationAwaitingDecision',
    code: 'SCHOOL_CALL.APPLICATION_UNKNOWN',
    before: threeApplied,
    command: judgeCommand('SelectSchoolApplication', 'app-7', 70),
  },
  {
    rule: 'applicationAwaitingDecision',
    code: 'SCHOOL_CALL.APPLICATION_ALREADY_DECIDED',
    before: [...threeApplied, judgeCommand('SelectSchoolApplication', 'app-1', 70)],
    command: judgeCommand('DeclineSchoolApplication', 'app-1', 40),
  },
  { rule: 'everyApplicationDecided', code: 'SCHOOL_CALL.APPLICATIONS_UNDECIDED', before: threeApplied, command: c.ConcludeSchoolSelection },
  {
    rule: 'newGrant',
    code: 'SCHOOL_CALL.GRANT_ID_TAKEN',
    before: [...twoSelected, awardCommand('g', 'app-1')],
    command: awardCommand('g', 'app-2'),
  },
  {
    rule: 'directGrantSchoolOfDistrict',
    code: 'SCHOOL_CALL.SCHOOL_OF_ANOTHER_DISTRICT',
    before: [],
    command: directAwardCommand('d', 'hwaseong-dongtan-es'),
  },
  { rule: 'grantForSelected', code: 'SCHOOL_CALL.APPLICATION_UNKNOWN', before: twoSelected, command: awardCommand('g', 'app-7') },
  { rule: 'grantForSelected', code: 'SCHOOL_CALL.APPLICATION_NOT_SELECTED', before: twoSelected, command: awardCommand('g', 'app-3') },
  {
    rule: 'grantForSelected',
    code: 'SCHOOL_CALL.GRANT_ALREADY_AWARDED',
    before: [...twoSelected, awardCommand('g', 'app-1')],
    command: awardCommand('h', 'app-1'),
  },
  {
    rule: 'withinCallAmount',
    code: 'SCHOOL_CALL.GRANT_ABOVE_CALL_AMOUNT',
    before: twoSelected,
    command: awardCommand('g', 'app-1', won(0, 30_000_001)),
  },
  {
    rule: 'withinAllocation',
    code: 'SCHOOL_CALL.GRANT_ABOVE_ALLOCATION',
    before: twoSelected,
    command: awardCommand('g', 'app-1', won(20_000_000, 0), grantBudget({ grantedInOtherCalls: won(45_000_000, 0) })),
  },
  { rule: 'grantAwaitingReport', code: 'SCHOOL_CALL.GRANT_UNKNOWN', before: twoSelected, command: reportCommand('grant-7') },
  {
    rule: 'grantAwaitingReport',
    code: 'SCHOOL_CALL.REPORT_ALREADY_SUBMITTED',
    before: [...twoSelected, awardCommand('grant-1', 'app-1'), reportCommand('grant-1')],
    command: reportCommand('grant-1'),
  },
  {
    rule: 'reportWithinGrant',
    code: 'SCHOOL_CALL.REPORT_ABOVE_GRANT',
    before: [...twoSelected, awardCommand('grant-1', 'app-1')],
    command: reportCommand('grant-1', won(0, 10_000_001)),
  },
  {
    rule: 'inspectionOfGrant',
    code: 'SCHOOL_CALL.INSPECTION_ALREADY_RECORDED',
    before: [...twoSelected, awardCommand('grant-1', 'app-1'), c.RecordSchoolGrantInspection],
    command: c.RecordSchoolGrantInspection,
  },
  { rule: 'inspectionOfGrant', code: 'SCHOOL_CALL.GRANT_UNKNOWN', before: twoSelected, command: c.RecordSchoolGrantInspection },
  {
    rule: 'everyGrantReported',
    code: 'SCHOOL_CALL.REPORTS_MISSING',
    before: [...twoSelected, awardCommand('grant-1', 'app-1')],
    command: c.CompleteSchoolCall,
  },
  {
    rule: 'nothingGranted',
    code: 'SCHOOL_CALL.ALREADY_GRANTED',
    before: [...twoSelected, awardCommand('grant-1', 'app-1')],
    command: c.CancelSchoolCall,
  },
];

describe('direct grants to designated schools (지정 교부)', () => {
  test('an official grants to a school of the district without a call; the school’s name and level come from the configured schools', () => {
    given([])
      .when(directAwardCommand('direct-1'))
      .then([
        {
          type: 'DirectSchoolGrantAwarded',
          data: {
            callId: DIRECT_ID,
            grantId: 'direct-1',
            projectId: 'suwon-p1',
            district: 'suwon',
            year: 2025,
            schoolId: 'suwon-yulcheon-ms',
            schoolName: '수원율천중학교',
            level: 'middle',
            schoolDistrict: 'suwon',
            amount: won(15_000_000, 5_000_000),
            reason: '특수학급 생태 교육 거점학교로 지정',
            purpose: '생태 교육 강사비와 교재 구입',
            allocation: won(60_000_000, 40_000_000),
            grantedInOtherCalls: won(0, 0),
            awardedOn: '2025-03-10',
            workflowVersion: 1,
          },
        },
      ]);
  });

  test('the project’s direct grants are one stream beside its calls, which takes more grants and keeps their kind', () => {
    expect(schoolCallWorkflow.streamIdOf(directAwardCommand('direct-1'))).toBe(`school-call:${DIRECT_ID}`);
    const state = stateAfter([directAwardCommand('direct-1'), directAwardCommand('direct-2', 'suwon-suseong-hs', won(0, 8_000_000))]);
    expect(state.status).toBe('direct');
    expect(state.grants.map((grant) => [grant.grantId, grant.kind, grant.applicationId, grant.schoolName])).toEqual([
      ['direct-1', 'direct', null, '수원율천중학교'],
      ['direct-2', 'direct', null, '수원수성고등학교'],
    ]);
    expect(state.granted).toEqual(won(15_000_000, 13_000_000));
    expect(schoolCallWorkflow.allowedActions(state).sort()).toEqual([
      'AwardDirectSchoolGrant',
      'RecordSchoolGrantInspection',
      'SubmitSchoolGrantReport',
    ]);
  });

  test('a grant dated back records the day it was decided; one dated after today is refused by name', () => {
    const dated = directAwardCommand('direct-1');
    const [event] = eventsOf([{ ...dated, data: { ...dated.data, grantedOn: '2025-03-07' } }]);
    expect(event?.data).toMatchObject({ awardedOn: '2025-03-07', effectiveAt: '2025-03-07' });
    given([])
      .when({ ...dated, data: { ...dated.data, grantedOn: '2025-03-11' } })
      .thenThrows({ code: 'SCHOOL_CALL.DATED_IN_FUTURE', field: 'data.grantedOn' });
  });

  test('the project’s grants of its calls and direct grants together stay within its allocation per funder', () => {
    // The calls granted 45,000,000 of the office's 60,000,000: 15,000,000 is left.
    const calls = grantBudget({ grantedInOtherCalls: won(45_000_000, 0) });
    expect(eventsOf([directAwardCommand('direct-1', 'suwon-yulcheon-ms', won(15_000_000, 0), calls)])).toHaveLength(1);
    const above = given([])
      .when(directAwardCommand('direct-1', 'suwon-yulcheon-ms', won(15_000_001, 0), calls))
      .thenThrows('SCHOOL_CALL.GRANT_ABOVE_ALLOCATION');
    expect(above.field).toBe('data.amount.education-office');
    expect(above.details).toMatchObject({ allocation: 60_000_000, granted: 45_000_000, available: 15_000_000 });
    // This stream's own earlier direct grants count as well.
    const second = given(eventsOf([directAwardCommand('direct-1', 'suwon-yulcheon-ms', won(0, 30_000_000))]))
      .when(directAwardCommand('direct-2', 'suwon-maetan-es', won(0, 10_000_001)))
      .thenThrows('SCHOOL_CALL.GRANT_ABOVE_ALLOCATION');
    expect(second.details).toMatchObject({ funder: 'local-government', granted: 30_000_000, available: 10_000_000 });
  });

  test('only a project that may spend grants: not before its agreement allocates, not once released, not an unknown one', () => {
    given([])
      .when(directAwardCommand('d', 'suwon-yulcheon-ms', won(1, 0), grantBudget({ status: 'planned', allocation: null })))
      .thenThrows('SCHOOL_CALL.PROJECT_NOT_ALLOCATED');
    given([])
      .when(directAwardCommand('d', 'suwon-yulcheon-ms', won(1, 0), grantBudget({ status: 'suspended' })))
      .thenThrows('SCHOOL_CALL.PROJECT_NOT_ALLOCATED');
    given([])
      .when(directAwardCommand('d', 'suwon-yulcheon-ms', won(1, 0), grantBudget({ released: true })))
      .thenThrows('SCHOOL_CALL.PROJECT_RELEASED');
    given([])
      .when(directAwardCommand('d', 'suwon-yulcheon-ms', won(1, 0), grantBudget(), null))
      .thenThrows({ code: 'SCHOOL_CALL.PROJECT_UNKNOWN', field: 'data.projectId' });
  });

  test('a school of another district, or one not configured, is refused naming the school', () => {
    const other = given([]).when(directAwardCommand('d', 'hwaseong-dongtan-es')).thenThrows('SCHOOL_CALL.SCHOOL_OF_ANOTHER_DISTRICT');
    expect(other).toMatchObject({ field: 'data.schoolId', details: { schoolDistrict: 'hwaseong', callDistrict: 'suwon' } });
    given([]).when(directAwardCommand('d', 'suwon-nowhere-es')).thenThrows({ code: 'SCHOOL_CALL.SCHOOL_UNKNOWN', field: 'data.schoolId' });
  });

  test('a direct grant without a reason or purpose, or granting nothing, is refused naming the field', () => {
    const base = directAwardCommand('d');
    given([])
      .when({ ...base, data: { ...base.data, reason: '' } })
      .thenThrows({ field: 'data.reason' });
    given([])
      .when({ ...base, data: { ...base.data, purpose: '' } })
      .thenThrows({ field: 'data.purpose' });
    given([])
      .when({ ...base, data: { ...base.data, amount: won(0, 0) } })
      .thenThrows({ code: 'MONEY.INVALID', field: 'data.amount' });
  });

  test('the school reports and is inspected as a call’s grant is, by the same rules', () => {
    const granted = [directAwardCommand('grant-1')];
    const reported = stateAfter([...granted, reportCommand('grant-1', won(14_200_000, 5_000_000)), c.RecordSchoolGrantInspection]);
    expect(reported.grants[0]?.report).toMatchObject({ spent: won(14_200_000, 5_000_000) });
    expect(reported.inspections.map((inspection) => inspection.outcome)).toEqual(['improvementNeeded']);
    expect(
      refusalOf(() => schoolCallWorkflow.decider.decide(reportCommand('grant-1', won(15_000_001, 0)), stateAfter(granted))),
    ).toMatchObject({
      code: 'SCHOOL_CALL.REPORT_ABOVE_GRANT',
      field: 'data.spent.education-office',
    });
    expect(refusalOf(() => schoolCallWorkflow.decider.decide(reportCommand('grant-9'), stateAfter(granted)))).toMatchObject({
      code: 'SCHOOL_CALL.GRANT_UNKNOWN',
    });
  });

  test('a call’s own commands do not apply to the direct grants, nor a direct grant to a call', () => {
    const direct = stateAfter([directAwardCommand('grant-1')]);
    expect(refusalOf(() => schoolCallWorkflow.decider.decide(c.CompleteSchoolCall, direct))).toMatchObject({
      code: 'SCHOOL_CALL.TRANSITION_NOT_ALLOWED',
    });
    expect(refusalOf(() => schoolCallWorkflow.decider.decide(directAwardCommand('grant-9'), stateAfter(twoSelected)))).toMatchObject({
      code: 'SCHOOL_CALL.TRANSITION_NOT_ALLOWED',
    });
  });
});

describe('every rule a school-call guard asks is refused with its own stable code', () => {
  it.each(refusalCases.map((entry) => [`${entry.rule} → ${entry.code}`, entry] as const))('%s', (_name, entry) => {
    const refusal = refusalOf(() => schoolCallWorkflow.decider.decide(entry.command, stateAfter(entry.before)));
    expect(refusal.code).toBe(entry.code);
    expect(refusal.kind).toBe('rule');
    expect(schoolCallRules[entry.rule].codes).toContain(entry.code);
  });

  test('the cases cover every rule × code the guards ask, and every guard is made of rules', () => {
    expect(plainGuards(schoolCallWorkflow)).toEqual([]);
    expect(coverageOf(guardedRefusals(schoolCallWorkflow, schoolCallRules), refusalCases)).toEqual({ unnamed: [], missing: [], extra: [] });
  });
});

afterAll(() => {
  // Every transition of the machine is taken by some case above.
  expect(coverage.missing()).toEqual([]);
});
