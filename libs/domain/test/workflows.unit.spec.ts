import {
  DeciderSpecification,
  DomainError,
  SpecificationFailed,
  agendaItemStreamId,
  agendaItemWorkflow,
  agreementStreamId,
  agreementWorkflow,
  domainCommandTypes,
  eventSchemaVersions,
  projectStreamId,
  projectWorkflow,
  workflowForCommand,
  workflowForStream,
  workflows,
  meetingIdOf,
  meetingStreamId,
  meetingWorkflow,
  rosterStreamId,
  rosterWorkflow,
  operatingPlanStreamId,
  operatingPlanWorkflow,
  directSchoolGrantsId,
  schoolCallId,
  schoolCallStreamId,
  schoolCallWorkflow,
  provinceSurveyStreamId,
  provinceSurveyWorkflow,
  districtEvaluationStreamId,
  districtEvaluationWorkflow,
} from '@gongron/domain';
import { agendaItemCommands, historyOf } from './support/scenarios.js';

describe('the workflows as a registry', () => {
  test('the workflows with their stream categories and versions', () => {
    expect(workflows.map((workflow) => [workflow.category, workflow.version])).toEqual([
      ['agenda-item', 2],
      ['project', 1],
      ['agreement', 1],
      ['roster', 1],
      ['meeting', 1],
      ['operating-plan', 1],
      ['school-call', 1],
      ['province-survey', 1],
      ['district-evaluation', 1],
    ]);
  });

  test('every command type belongs to exactly one workflow', () => {
    expect(new Set(domainCommandTypes).size).toBe(domainCommandTypes.length);
    expect(domainCommandTypes).toHaveLength(15 + 19 + 9 + 4 + 8 + 6 + 12 + 2 + 2);
    expect(workflowForCommand('RecordReviewDecision')?.category).toBe('agenda-item');
    expect(workflowForCommand('RecordExpenditure')?.category).toBe('project');
    expect(workflowForCommand('ConsentToAmendment')?.category).toBe('agreement');
    expect(workflowForCommand('DropTable')).toBeUndefined();
  });

  test('stream ids lead back to their workflow', () => {
    expect(agendaItemStreamId('a1')).toBe('agenda-item:a1');
    expect(projectStreamId('p1')).toBe('project:p1');
    expect(agreementStreamId('suwon', 2024)).toBe('agreement:suwon-2024');
    expect(workflowForStream('agenda-item:a1')).toBe(agendaItemWorkflow);
    expect(workflowForStream('project:p1')).toBe(projectWorkflow);
    expect(workflowForStream('agreement:suwon-2024')).toBe(agreementWorkflow);
    expect(operatingPlanStreamId('suwon', 2025)).toBe('operating-plan:suwon-2025');
    expect(workflowForStream('operating-plan:suwon-2025')).toBe(operatingPlanWorkflow);
    expect(schoolCallStreamId(schoolCallId('suwon-p1', 2))).toBe('school-call:suwon-p1.call-2');
    expect(workflowForStream('school-call:suwon-p1.call-2')).toBe(schoolCallWorkflow);
    expect(schoolCallStreamId(directSchoolGrantsId('suwon-p1'))).toBe('school-call:suwon-p1.direct');
    expect(workflowForStream('school-call:suwon-p1.direct')).toBe(schoolCallWorkflow);
    expect(rosterStreamId('suwon', 'civic-council')).toBe('roster:suwon-civic-council');
    expect(meetingStreamId(meetingIdOf('suwon', 'civic-council', 2024, 3))).toBe('meeting:suwon-civic-council-2024-3');
    expect(workflowForStream('roster:suwon-civic-council')).toBe(rosterWorkflow);
    expect(workflowForStream('meeting:suwon-civic-council-2024-3')).toBe(meetingWorkflow);
    // A civic council other than the district's default one is named in its streams; the default keeps the plain ids.
    expect(rosterStreamId('suwon', 'civic-council', null)).toBe('roster:suwon-civic-council');
    expect(rosterStreamId('suwon', 'civic-council', 'south')).toBe('roster:suwon-civic-council.south');
    expect(meetingIdOf('suwon', 'civic-council', 2024, 3, 'south')).toBe('suwon-civic-council.south-2024-3');
    expect(workflowForStream('roster:suwon-civic-council.south')).toBe(rosterWorkflow);
    expect(workflowForStream('meeting:suwon-civic-council.south-2024-3')).toBe(meetingWorkflow);
    expect(workflowForStream(provinceSurveyStreamId(2023))).toBe(provinceSurveyWorkflow);
    expect(provinceSurveyStreamId(2023)).toBe('province-survey:2023');
    expect(districtEvaluationStreamId('suwon', 2023)).toBe('district-evaluation:suwon-2023');
    expect(workflowForStream('district-evaluation:suwon-2023')).toBe(districtEvaluationWorkflow);
    expect(workflowForStream('minutes:1')).toBeUndefined();
  });

  test('event types are past tense, unique and versioned', () => {
    const types = Object.keys(eventSchemaVersions);
    expect(types).toHaveLength(15 + 20 + 9 + 4 + 8 + 6 + 12 + 2 + 2);
    expect(types.filter((type) => !/[a-z](ed|Withdrawn|Came|Overdue|Left)(?=[A-Z]|$)/.test(type))).toEqual([]);
    // Every type starts at version 1; an expenditure's executor came with version 2, a school's grant with version 3.
    expect(Object.entries(eventSchemaVersions).filter(([, version]) => version !== 1)).toEqual([['ExpenditureRecorded', 3]]);
  });

  test('each machine definition exports as JSON for diagrams', () => {
    for (const workflow of workflows) {
      const json = workflow.definitionJson as { id: string; initial: string; states: Record<string, { on: Record<string, unknown[]> }> };
      expect(JSON.parse(JSON.stringify(json))).toEqual(json);
      expect(json.initial).toBe('none');
    }
    const agenda = agendaItemWorkflow.definitionJson as {
      states: Record<string, { type: string; on: Record<string, { target: string | null; guard: string | null }[]> }>;
    };
    expect(agenda.states['underReview']?.on['ReviewDecisionRecorded']).toEqual([
      { target: 'approved', guard: 'approvalCarried' },
      { target: 'drafting', guard: 'revisionRequestCarried' },
      { target: 'rejected', guard: 'rejectionQuorate' },
    ]);
    expect(agenda.states['closed']?.type).toBe('final');
  });

  test('unknown commands and malformed envelopes are invalid input', () => {
    const state = agendaItemWorkflow.decider.initialState();
    expect(() => agendaItemWorkflow.decider.decide({ type: 'Nope' } as never, state)).toThrow(
      expect.objectContaining({ code: 'COMMAND.UNKNOWN_TYPE', kind: 'invalid' }),
    );
    expect(() => agendaItemWorkflow.decider.decide({ ...agendaItemCommands.ProposeAgendaItem, data: null } as never, state)).toThrow(
      expect.objectContaining({ kind: 'invalid', field: 'data' }),
    );
    expect(() =>
      agendaItemWorkflow.decider.decide(
        {
          ...agendaItemCommands.ProposeAgendaItem,
          metadata: { now: '2024-01-01T00:00:00Z', today: '2024-01-01', actor: { id: 'x', role: 'king' } },
        } as never,
        state,
      ),
    ).toThrow(expect.objectContaining({ field: 'metadata.actor.role' }));
  });

  test('a DomainError serialises with its code, kind and allowed actions', () => {
    const error = new DomainError('transition', 'AGENDA_ITEM.TRANSITION_NOT_ALLOWED', 'no', { allowedActions: ['A'] });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'AGENDA_ITEM.TRANSITION_NOT_ALLOWED',
      kind: 'transition',
      message: 'no',
      allowedActions: ['A'],
    });
    expect(error).toBeInstanceOf(Error);
  });
});

describe('DeciderSpecification', () => {
  const given = DeciderSpecification.for(agendaItemWorkflow.decider);

  test('then fails when the events differ', () => {
    expect(() => given([]).when(agendaItemCommands.ProposeAgendaItem).then([])).toThrow(SpecificationFailed);
  });

  test('then fails when the command is refused', () => {
    expect(() => given([]).when(agendaItemCommands.OpenDeliberation).then([])).toThrow(/refused: DomainError AGENDA_ITEM.NOT_FOUND/);
  });

  test('thenThrows fails when nothing is refused, or the refusal is another one', () => {
    expect(() => given([]).when(agendaItemCommands.ProposeAgendaItem).thenThrows()).toThrow(/expected a refusal/);
    expect(() => given([]).when(agendaItemCommands.OpenDeliberation).thenThrows('VOTE.NO_QUORUM')).toThrow(/not as expected/);
  });

  test('thenNothingHappened fails when events were produced', () => {
    expect(() => given(historyOf.agendaItem('none')).when(agendaItemCommands.ProposeAgendaItem).thenNothingHappened()).toThrow(
      /expected no events/,
    );
  });
});
