/**
 * Money that holds together between the supplementary agreement and its projects: a withdrawal
 * returns the unspent allocation and stops spending, no amendment cuts below what is spent, a
 * cancelled project leaves the agreement by amendment, signatures are dated honestly, a project
 * belongs to the operating year being prepared, and an expenditure records who executed it.
 */
import {
  type AgendaItemCommand,
  type AgreementCommand,
  type AgreementState,
  type CommandFacts,
  type DomainCommand,
  type ProjectCommand,
  type ProjectState,
  DeciderSpecification,
  agendaItemWorkflow,
  agreementWorkflow,
  operatingYearInPreparation,
  projectWorkflow,
  refusalDetail,
  upcastEventData,
  withdrawalOfCancelledProjectId,
} from '@gongron/domain';
import { Log } from './support/event-log.js';
import {
  PROJECT,
  agendaItemCommands as a,
  agendaItemPaths,
  agreementCommands as g,
  cityOfficial,
  citySignature,
  educationOfficial,
  historyOf,
  meta,
  projectCommands as p,
  run,
} from './support/scenarios.js';

const agreementStream = 'agreement:suwon-2024';
const projectStream = `project:${PROJECT}`;
const won = (eo: number, lg: number) => ({ 'education-office': eo, 'local-government': lg });
const withData = <T extends DomainCommand>(command: T, data: Partial<T['data']>): T =>
  ({ ...command, data: { ...command.data, ...data } }) as T;

/** A project created by the offices, listed, agreed by both signatures and started. */
function agreedAndStarted(): Log {
  const log = new Log();
  const created = withData(p.CreateProject, { sourceAgendaItemId: undefined, conditions: undefined });
  log.executeAndReact({ ...created, metadata: meta(educationOfficial) } as ProjectCommand);
  for (const command of [g.DraftAgreement, g.AddProjectToAgreement, g.SignAgreement, citySignature]) log.executeAndReact(command);
  log.executeAndReact(p.StartProject);
  return log;
}

const spend = (amount: number, expenditureId: string): ProjectCommand => withData(p.RecordExpenditure, { amount, expenditureId });

/** The facts the application reads for an amendment: what the project has spent. */
const spendingFacts = (log: Log): CommandFacts => {
  const project = log.state(projectStream) as unknown as ProjectState;
  return { projects: { [PROJECT]: { status: project.status, spent: project.spent } } };
};

describe('a withdrawal from the agreement returns the unspent allocation and stops spending', () => {
  test('given a project that spent 1,000,000 won, when the amendment withdrawing it is consented, then 29,000,000 + 20,000,000 won go back and no more is spent', () => {
    const log = agreedAndStarted();
    log.executeAndReact(spend(1_000_000, 'exp-1'));
    log.executeAndReact(
      withData(g.ProposeAmendment, { amendmentId: 'amend-w', changes: [{ kind: 'withdraw', projectId: PROJECT }], reason: '사업 중단' }),
    );
    log.executeAndReact(withData(g.ConsentToAmendment, { amendmentId: 'amend-w' }));

    expect((log.state(agreementStream) as unknown as AgreementState).projects).toEqual([]);
    const project = log.state(projectStream) as unknown as ProjectState;
    expect(project.allocation).toEqual(won(1_000_000, 0));
    expect(project.release).toEqual({
      agreementId: 'suwon-2024',
      amendmentId: 'amend-w',
      releasedOn: '2024-05-10',
      returned: won(29_000_000, 20_000_000),
    });
    expect(() => log.executeAndReact(spend(500_000, 'exp-2'))).toThrow(
      expect.objectContaining({ code: 'PROJECT.WITHDRAWN_FROM_AGREEMENT', kind: 'rule', field: 'data.amount' }),
    );
  });

  test('a second release for the same project is refused as already done', () => {
    const released = run(projectWorkflow, [...[p.CreateProject, p.MarkProjectAgreed, p.StartProject], p.ReleaseFromAgreement]).state;
    expect(() => projectWorkflow.decider.decide(p.ReleaseFromAgreement, released)).toThrow(
      expect.objectContaining({ code: 'PROJECT.ALREADY_RELEASED', kind: 'transition' }),
    );
  });

  test('a release naming another agreement is refused', () => {
    DeciderSpecification.for(projectWorkflow.decider)(historyOf.project('inProgress'))
      .when(withData(p.ReleaseFromAgreement, { agreementId: 'suwon-2023' }))
      .thenThrows({ code: 'PROJECT.AGREEMENT_MISMATCH', field: 'data.agreementId' });
  });
});

describe('an amendment that would cut below spending is refused before consent, naming the project and the amount spent', () => {
  const cut = (eo: number, amendmentId = 'amend-cut'): AgreementCommand =>
    withData(g.ProposeAmendment, { amendmentId, changes: [{ kind: 'budget', projectId: PROJECT, budget: won(eo, 20_000_000) }] });

  test('given 26,000,000 won spent from the education office, when a cut to 20,000,000 is proposed, then it is refused', () => {
    const log = agreedAndStarted();
    log.executeAndReact(spend(26_000_000, 'exp-1'));
    const proposal = cut(20_000_000);
    expect(() => log.executeAndReact({ ...proposal, metadata: { ...proposal.metadata, facts: spendingFacts(log) } })).toThrow(
      expect.objectContaining({
        code: 'AGREEMENT.AMENDMENT_BELOW_SPENT',
        field: 'data.changes[0].budget.education-office',
        details: { projectId: PROJECT, funder: 'education-office', spent: 26_000_000, proposed: 20_000_000, shortfall: 6_000_000 },
      }),
    );
    expect(log.stream(agreementStream).some((event) => event.type === 'AmendmentProposed')).toBe(false);
  });

  test('given a cut proposed above spending, when more is spent before consent, then the consent is refused and nothing changes on either side', () => {
    const log = agreedAndStarted();
    log.executeAndReact(spend(20_000_000, 'exp-1'));
    const proposal = cut(25_000_000);
    log.executeAndReact({ ...proposal, metadata: { ...proposal.metadata, facts: spendingFacts(log) } });
    log.executeAndReact(spend(6_000_000, 'exp-2'));
    const consent = withData(g.ConsentToAmendment, { amendmentId: 'amend-cut' });
    expect(() => log.executeAndReact({ ...consent, metadata: { ...consent.metadata, facts: spendingFacts(log) } })).toThrow(
      expect.objectContaining({
        code: 'AGREEMENT.AMENDMENT_BELOW_SPENT',
        field: 'data.amendmentId',
        details: expect.objectContaining({ spent: 26_000_000 }),
      }),
    );
    expect((log.state(agreementStream) as unknown as AgreementState).projects[0]?.budget).toEqual(won(30_000_000, 20_000_000));
    expect((log.state(projectStream) as unknown as ProjectState).allocation).toEqual(won(30_000_000, 20_000_000));
  });

  test('the refusal reads in Korean first, naming the project and the amounts', () => {
    const details = { projectId: PROJECT, funder: 'education-office', spent: 26_000_000, proposed: 20_000_000, shortfall: 6_000_000 };
    const ko = refusalDetail('AGREEMENT.AMENDMENT_BELOW_SPENT', 'ko', details);
    expect(ko).toContain('26,000,000원');
    expect(ko).toContain(PROJECT);
    expect(refusalDetail('AGREEMENT.AMENDMENT_BELOW_SPENT', 'en', details)).toContain('6,000,000 won short');
  });
});

describe('cancelling a listed project opens the amendment that removes it', () => {
  test('given an agreed project, when the city cancels it, then the withdrawal is proposed in the city’s name; once the education office consents, the agreement no longer lists it', () => {
    const log = agreedAndStarted();
    log.executeAndReact(spend(2_000_000, 'exp-1'));
    log.executeAndReact({ ...p.CancelProject, metadata: meta(cityOfficial) });

    const cancelled = log.stream(projectStream).find((event) => event.type === 'ProjectCancelled');
    expect(cancelled?.data).toMatchObject({
      agreementId: 'suwon-2024',
      district: 'suwon',
      year: 2024,
      cancelledBy: 'local-government',
      returned: won(28_000_000, 20_000_000),
    });
    const amendmentId = withdrawalOfCancelledProjectId(PROJECT);
    const agreement = log.state(agreementStream) as unknown as AgreementState;
    expect(agreement.amendments).toEqual([
      expect.objectContaining({
        amendmentId,
        proposedBy: 'local-government',
        status: 'proposed',
        changes: [{ kind: 'withdraw', projectId: PROJECT }],
      }),
    ]);

    log.executeAndReact(withData({ ...g.ConsentToAmendment, metadata: meta(educationOfficial) }, { amendmentId }));
    expect((log.state(agreementStream) as unknown as AgreementState).projects).toEqual([]);
    // The project returned its money when it was cancelled; the release after the consent is already done.
    expect(log.alreadyDone).toEqual(['PROJECT.ALREADY_CANCELLED']);
    expect(agreementWorkflow.view(log.state(agreementStream) as unknown as AgreementState)['totals']).toEqual(won(0, 0));
  });

  test('the withdrawal of a cancelled project is opened once', () => {
    const log = agreedAndStarted();
    log.executeAndReact(p.CancelProject);
    expect(() => log.execute(g.ProposeWithdrawalOfCancelledProject)).toThrow(
      expect.objectContaining({ code: 'AGREEMENT.WITHDRAWAL_ALREADY_PROPOSED', kind: 'transition' }),
    );
  });

  test('a project cancelled before any agreement allocated it opens nothing', () => {
    const log = new Log();
    log.executeAndReact({
      ...withData(p.CreateProject, { sourceAgendaItemId: undefined, conditions: undefined }),
      metadata: meta(educationOfficial),
    } as ProjectCommand);
    log.executeAndReact(p.CancelProject);
    expect(log.stream(projectStream).at(-1)?.data).toMatchObject({ agreementId: null });
    expect(log.events.filter((event) => event.streamId === agreementStream)).toEqual([]);
  });
});

describe('signature dates are not in the future and not before the agreement was drafted', () => {
  const given = DeciderSpecification.for(agreementWorkflow.decider);

  test('given an agreement drafted in February, when a signature dated 2024-12-31 is entered on 2024-03-01, then it is refused', () => {
    given(historyOf.agreement('drafting'))
      .when({ ...withData(g.SignAgreement, { signedOn: '2024-12-31' }), metadata: meta(educationOfficial, '2024-03-01T10:00:00+09:00') })
      .thenThrows({ code: 'AGREEMENT.SIGNED_IN_FUTURE', field: 'data.signedOn', kind: 'rule' });
  });

  test('a signature dated before the agreement was drafted is refused', () => {
    given(historyOf.agreement('drafting'))
      .when(withData(g.SignAgreement, { signedOn: '2024-02-19' }))
      .thenThrows({ code: 'AGREEMENT.SIGNED_BEFORE_DRAFT', field: 'data.signedOn' });
  });

  test('signatures dated on the drafting day and on today are accepted', () => {
    given(historyOf.agreement('drafting'))
      .when(withData(g.SignAgreement, { signedOn: '2024-02-20' }))
      .thenState((state) => expect(state.signatures['education-office']?.signedOn).toBe('2024-02-20'));
    given(historyOf.agreement('drafting'))
      .when({ ...withData(g.SignAgreement, { signedOn: '2024-03-01' }), metadata: meta(educationOfficial, '2024-03-01T23:59:00+09:00') })
      .thenState((state) => expect(state.status).toBe('signing'));
  });
});

describe('the project year defaults to the operating year (March–February) being prepared', () => {
  test.each([
    ['2023-12-05', 2024],
    ['2024-01-15', 2024],
    ['2024-02-29', 2024],
    ['2024-03-01', 2024],
    ['2024-08-31', 2024],
    ['2024-09-01', 2025],
  ])('a decision on %s prepares the %i operating year', (date, year) => {
    expect(operatingYearInPreparation(date)).toBe(year);
  });

  const approvedAt = (
    heldOn: string,
    today: string,
    extra: Partial<Extract<AgendaItemCommand, { type: 'RecordReviewDecision' }>['data']> = {},
  ) => {
    const { state } = run(agendaItemWorkflow, agendaItemPaths.underReview);
    const decision = {
      ...withData(a.RecordReviewDecision, { meeting: { heldOn }, ...extra }),
      metadata: meta(a.RecordReviewDecision.metadata.actor, `${today}T10:00:00+09:00`),
    };
    const [event] = agendaItemWorkflow.decider.decide(decision, state);
    return (event?.data as { project: { year: number } }).project.year;
  };

  test('given an approval at a meeting in December 2024, then its project is a 2025 project', () => {
    expect(approvedAt('2024-12-05', '2024-12-06')).toBe(2025);
  });

  test('a year named with the decision is kept', () => {
    expect(approvedAt('2024-12-05', '2024-12-06', { projectYear: 2024 })).toBe(2024);
  });
});

describe('an expenditure records who executed it apart from who funded it', () => {
  const given = DeciderSpecification.for(projectWorkflow.decider);

  const schoolGrant: CommandFacts = {
    schoolGrant: {
      grantId: 'grant-1',
      callId: `${PROJECT}.call-1`,
      projectId: PROJECT,
      schoolId: 'suwon-maetan-es',
      schoolName: '수원매탄초등학교',
      amount: won(5_000_000, 0),
    },
  };
  const bySchool = (change: Partial<Extract<ProjectCommand, { type: 'RecordExpenditure' }>['data']>, facts = schoolGrant) => {
    const command = withData(p.RecordExpenditure, change);
    return { ...command, metadata: { ...command.metadata, facts } };
  };

  test('the education office’s money executed by a school through its grant', () => {
    given(historyOf.project('inProgress'))
      .when(bySchool({ executedBy: 'school', grantId: 'grant-1' }))
      .thenState((state) => {
        expect(state.expenditures[0]).toMatchObject({
          funder: 'education-office',
          executedBy: 'school',
          school: '수원매탄초등학교',
          grant: { grantId: 'grant-1', callId: `${PROJECT}.call-1`, schoolId: 'suwon-maetan-es', amount: 5_000_000 },
        });
        expect(state.spent).toEqual(won(1_000_000, 0));
      });
  });

  test('the education office’s money executed by the other party', () => {
    given(historyOf.project('inProgress'))
      .when(withData(p.RecordExpenditure, { executedBy: 'local-government' }))
      .thenState((state) =>
        expect(state.expenditures[0]).toMatchObject({
          funder: 'education-office',
          executedBy: 'local-government',
          school: null,
          grant: null,
        }),
      );
  });

  test('a school execution names its grant, and only a school execution does', () => {
    given(historyOf.project('inProgress'))
      .when(bySchool({ executedBy: 'school' }))
      .thenThrows({ code: 'COMMAND.INVALID', field: 'data.grantId' });
    given(historyOf.project('inProgress'))
      .when(bySchool({ grantId: 'grant-1' }))
      .thenThrows({ code: 'COMMAND.INVALID', field: 'data.grantId' });
    given(historyOf.project('inProgress'))
      .when(bySchool({ executedBy: 'school', grantId: 'grant-1', school: '수원초등학교' } as never))
      .thenThrows({ code: 'COMMAND.INVALID', field: 'data.school' });
    given(historyOf.project('inProgress'))
      .when(withData(p.RecordExpenditure, { executedBy: 'district' as never }))
      .thenThrows({ field: 'data.executedBy' });
  });

  test('a school spends no more than its grant gave from the funder, counting what it spent before', () => {
    const first = bySchool({ executedBy: 'school', grantId: 'grant-1', amount: 3_000_000 });
    const history = historyOf.project('inProgress');
    const before = history.reduce((state, event) => projectWorkflow.decider.evolve(state, event), projectWorkflow.decider.initialState());
    const events = [...history, ...projectWorkflow.decider.decide(first, before)];
    given(events)
      .when(bySchool({ executedBy: 'school', grantId: 'grant-1', expenditureId: 'exp-2', amount: 2_000_000 }))
      .thenState((state) => expect(state.spent).toEqual(won(5_000_000, 0)));
    const above = given(events)
      .when(bySchool({ executedBy: 'school', grantId: 'grant-1', expenditureId: 'exp-2', amount: 2_000_001 }))
      .thenThrows('PROJECT.EXPENDITURE_ABOVE_GRANT');
    expect(above).toMatchObject({
      field: 'data.amount',
      details: { grantId: 'grant-1', grant: 5_000_000, spent: 3_000_000, available: 2_000_000 },
    });
    expect(refusalDetail(above.code, 'ko', above.details)).toContain('남은 2,000,000원보다 많은 2,000,001원');
  });

  test('a grant not among the project’s, or of another funder, is refused naming the grant', () => {
    given(historyOf.project('inProgress'))
      .when(bySchool({ executedBy: 'school', grantId: 'grant-9' }, { schoolGrant: null }))
      .thenThrows({ code: 'PROJECT.GRANT_NOT_OF_PROJECT', field: 'data.grantId' });
    const elsewhere = { schoolGrant: { ...schoolGrant.schoolGrant!, projectId: 'proj-2' } };
    given(historyOf.project('inProgress'))
      .when(bySchool({ executedBy: 'school', grantId: 'grant-1' }, elsewhere))
      .thenThrows({ code: 'PROJECT.GRANT_NOT_OF_PROJECT', field: 'data.grantId' });
    const cityOnly = { schoolGrant: { ...schoolGrant.schoolGrant!, amount: won(0, 5_000_000) } };
    given(historyOf.project('inProgress'))
      .when(bySchool({ executedBy: 'school', grantId: 'grant-1' }, cityOnly))
      .thenThrows({ code: 'PROJECT.GRANT_OF_ANOTHER_FUNDER', field: 'data.grantId' });
  });

  test('an expenditure stored before executors were recorded reads as executed by its funder', () => {
    const stored = { projectId: 'p', expenditureId: 'e', funder: 'local-government', amount: 5, spentOn: '2024-04-01', purpose: '강사비' };
    expect(upcastEventData('ExpenditureRecorded', 1, stored)).toEqual({
      ...stored,
      executedBy: 'local-government',
      school: null,
      grant: null,
    });
  });

  test('a school’s expenditure stored before expenditures named grants keeps the school’s name and has no grant', () => {
    const stored = { projectId: 'p', expenditureId: 'e', funder: 'education-office', amount: 5, spentOn: '2024-04-01', purpose: '강사비' };
    const bySchool = { ...stored, executedBy: 'school', school: '수원초등학교' };
    expect(upcastEventData('ExpenditureRecorded', 2, bySchool)).toEqual({ ...bySchool, grant: null });
  });
});
