import {
  type AgreementCommand,
  type AgreementEvent,
  type AgreementState,
  DeciderSpecification,
  agreementTermEnd,
  agreementWorkflow,
} from '@gongron/domain';
import {
  DRAFTED_ON,
  PROJECT,
  TODAY,
  agreementCommands as c,
  allocation,
  cityOfficial,
  citySignature,
  educationOfficial,
  historyOf,
  meta,
  transitionCoverage,
} from './support/scenarios.js';

const coverage = transitionCoverage<AgreementCommand, AgreementEvent, AgreementState>(agreementWorkflow, agreementWorkflow.decider);
const given = DeciderSpecification.for(coverage.decider);
const with_ = <T extends AgreementCommand>(command: T, data: Partial<T['data']>): T => ({ ...command, data: { ...command.data, ...data } });
const decide = (history: readonly AgreementEvent[], command: AgreementCommand): AgreementEvent[] =>
  agreementWorkflow.decider.decide(command, history.reduce(agreementWorkflow.decider.evolve, agreementWorkflow.decider.initialState()));
const after = (history: readonly AgreementEvent[], ...commands: AgreementCommand[]): AgreementEvent[] =>
  commands.reduce<AgreementEvent[]>((events, command) => [...events, ...decide(events, command)], [...history]);
const newBudget = { 'education-office': 35_000_000, 'local-government': 20_000_000 };

/** The transition specs below, kept so the coverage check can take every one itself: it must hold when run alone. */
const transitionSpecs: Array<() => void> = [];
function transition(name: string, spec: () => void): void {
  transitionSpecs.push(spec);
  test(name, spec);
}

describe('agreement: every legal transition', () => {
  transition('none → drafting: one agreement per district and year', () => {
    given([])
      .when(c.DraftAgreement)
      .then([
        {
          type: 'AgreementDrafted',
          data: { agreementId: 'suwon-2024', district: 'suwon', year: 2024, draftedOn: DRAFTED_ON, workflowVersion: 1 },
        },
      ]);
    expect(agreementWorkflow.streamIdOf(c.DraftAgreement)).toBe('agreement:suwon-2024');
  });

  transition('drafting: projects are added and withdrawn before signing', () => {
    given(historyOf.agreement('none').concat(decide([], c.DraftAgreement)))
      .when(c.AddProjectToAgreement)
      .then([
        {
          type: 'ProjectAddedToAgreement',
          data: { agreementId: 'suwon-2024', projectId: PROJECT, title: '마을 방과후 돌봄', taskCode: '2-3', budget: allocation },
        },
      ]);
    given(historyOf.agreement('drafting'))
      .when(c.WithdrawProjectFromAgreement)
      .thenState((state, events) => {
        expect(events).toEqual([
          { type: 'ProjectWithdrawnFromAgreement', data: { agreementId: 'suwon-2024', projectId: PROJECT, reason: '예산 조정' } },
        ]);
        expect(state.projects).toEqual([]);
        expect(state.status).toBe('drafting');
      });
  });

  transition('drafting → signing: the head of the education support office signs as 교육장', () => {
    given(historyOf.agreement('drafting'))
      .when(c.SignAgreement)
      .then([
        {
          type: 'AgreementSigned',
          data: {
            agreementId: 'suwon-2024',
            party: 'education-office',
            signatoryTitle: '교육장',
            signatoryName: '홍길동',
            signedBy: 'token-edu',
            signedOn: '2024-03-04',
            effectiveAt: '2024-03-04',
          },
        },
      ]);
  });

  transition('signing → inForce: the second signature (시장) brings it into force from the later date until the end of February', () => {
    given(historyOf.agreement('signing'))
      .when(citySignature)
      .then([
        {
          type: 'AgreementSigned',
          data: {
            agreementId: 'suwon-2024',
            party: 'local-government',
            signatoryTitle: '시장',
            signatoryName: '홍길동',
            signedBy: 'token-city',
            signedOn: '2024-03-05',
            effectiveAt: '2024-03-05',
          },
        },
        {
          type: 'AgreementCameIntoForce',
          data: {
            agreementId: 'suwon-2024',
            district: 'suwon',
            year: 2024,
            inForceFrom: '2024-03-05',
            inForceUntil: '2025-02-28',
            projects: [{ projectId: PROJECT, title: '마을 방과후 돌봄', taskCode: '2-3', budget: allocation }],
            effectiveAt: '2024-03-05',
          },
        },
      ]);
  });

  transition('in force from the later signature even when it is signed first', () => {
    const early = with_(citySignature, { signedOn: '2024-03-01' });
    given(after(historyOf.agreement('drafting'), with_(c.SignAgreement, { signedOn: '2024-03-09' })))
      .when(early)
      .thenState((state) => {
        expect(state.status).toBe('inForce');
        expect(state.inForceFrom).toBe('2024-03-09');
      });
  });

  transition('inForce: an amendment proposed by one party and consented by the other changes budgets', () => {
    given(historyOf.agreement('inForce'))
      .when(c.ProposeAmendment)
      .then([
        {
          type: 'AmendmentProposed',
          data: {
            agreementId: 'suwon-2024',
            amendmentId: 'amend-1',
            proposedBy: 'education-office',
            changes: [{ kind: 'budget', projectId: PROJECT, budget: newBudget }],
            reason: '참여 학교 증가',
            proposedOn: TODAY,
          },
        },
      ]);
    given(after(historyOf.agreement('inForce'), c.ProposeAmendment))
      .when(c.ConsentToAmendment)
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'AmendmentConsented',
            data: {
              agreementId: 'suwon-2024',
              amendmentId: 'amend-1',
              proposedBy: 'education-office',
              consentedBy: 'local-government',
              changes: [{ kind: 'budget', projectId: PROJECT, budget: newBudget }],
              budgets: [{ projectId: PROJECT, kind: 'budget', previousBudget: allocation, newBudget }],
              consentedOn: TODAY,
              term: { from: '2024-03-05', until: '2025-02-28' },
            },
          },
        ]);
        expect(state.projects[0]?.budget).toEqual(newBudget);
      });
  });

  transition('inForce: a refused amendment changes nothing', () => {
    given(after(historyOf.agreement('inForce'), c.ProposeAmendment))
      .when(c.RefuseAmendment)
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'AmendmentRefused',
            data: {
              agreementId: 'suwon-2024',
              amendmentId: 'amend-1',
              proposedBy: 'education-office',
              refusedBy: 'local-government',
              reason: '재원 부족',
              refusedOn: TODAY,
            },
          },
        ]);
        expect(state.projects[0]?.budget).toEqual(allocation);
        expect(state.amendments[0]?.status).toBe('refused');
      });
  });

  transition('inForce → expired: from 00:00 KST on 1 March of the next year, pending amendments lapse', () => {
    given(after(historyOf.agreement('inForce'), c.ProposeAmendment))
      .when(c.ExpireAgreement)
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'AgreementExpired',
            data: {
              agreementId: 'suwon-2024',
              district: 'suwon',
              year: 2024,
              inForceFrom: '2024-03-05',
              inForceUntil: '2025-02-28',
              expiredOn: '2025-03-01',
              lapsedAmendments: ['amend-1'],
            },
          },
        ]);
        expect(state.status).toBe('expired');
        expect(state.amendments[0]?.status).toBe('lapsed');
        expect(agreementWorkflow.allowedActions(state)).toEqual([]);
      });
  });

  test('every transition of the machine is taken by a spec above (taking them itself, so it holds run alone)', () => {
    for (const spec of transitionSpecs) spec();
    expect(coverage.missing()).toEqual([]);
  });
});

describe('agreement: the term is enforced', () => {
  test('it cannot expire while the term runs: 23:59 KST on the last day of February is still in force', () => {
    given(historyOf.agreement('inForce'))
      .when({ ...c.ExpireAgreement, metadata: meta(c.ExpireAgreement.metadata.actor, '2025-02-28T23:59:00+09:00') })
      .thenThrows({ code: 'AGREEMENT.TERM_NOT_ENDED', kind: 'rule' });
  });

  test('the term ends on the 29th in a leap year', () => {
    const leap = { district: 'suwon', year: 2023 } as const;
    const path = [
      { ...c.DraftAgreement, data: leap, metadata: meta(educationOfficial, '2023-02-20T10:00:00+09:00') },
      { ...c.AddProjectToAgreement, data: { ...c.AddProjectToAgreement.data, ...leap } },
      { ...c.SignAgreement, data: { ...c.SignAgreement.data, ...leap, signedOn: '2023-03-06' } },
      { ...citySignature, data: { ...citySignature.data, ...leap, signedOn: '2023-03-06' } },
    ] as AgreementCommand[];
    const history = after([], ...path);
    expect(history.find((event) => event.type === 'AgreementCameIntoForce')?.data).toMatchObject({ inForceUntil: '2024-02-29' });
    given(history)
      .when({ ...c.ExpireAgreement, data: leap, metadata: meta(c.ExpireAgreement.metadata.actor, '2024-02-29T23:59:00+09:00') })
      .thenThrows({ code: 'AGREEMENT.TERM_NOT_ENDED' });
    given(history)
      .when({ ...c.ExpireAgreement, data: leap, metadata: meta(c.ExpireAgreement.metadata.actor, '2024-03-01T00:00:00+09:00') })
      .thenState((state) => expect(state).toMatchObject({ status: 'expired', expiredOn: '2024-03-01' }));
  });

  test('expiring twice is refused as already done (the scheduler counts it as fired)', () => {
    given(historyOf.agreement('expired')).when(c.ExpireAgreement).thenThrows({ code: 'AGREEMENT.ALREADY_EXPIRED', kind: 'transition' });
  });

  test('after expiry no amendment is proposed, consented to or refused', () => {
    for (const command of [c.ProposeAmendment, c.ConsentToAmendment, c.RefuseAmendment]) {
      given(historyOf.agreement('expired')).when(command).thenThrows({ code: 'AGREEMENT.TRANSITION_NOT_ALLOWED', kind: 'transition' });
    }
  });

  test('a consent dated outside the term is refused, naming the term', () => {
    const refusal = given(after(historyOf.agreement('inForce'), c.ProposeAmendment))
      .when(with_(c.ConsentToAmendment, { consentedOn: '2025-03-01' }))
      .thenThrows({ code: 'AGREEMENT.NOT_IN_FORCE', kind: 'rule', field: 'data.consentedOn' });
    expect(refusal.message).toContain('2024-03-05');
    expect(refusal.message).toContain('2025-02-28');
    given(after(historyOf.agreement('inForce'), c.ProposeAmendment))
      .when(with_(c.ConsentToAmendment, { consentedOn: '2024-03-04' }))
      .thenThrows({ code: 'AGREEMENT.NOT_IN_FORCE', field: 'data.consentedOn' });
  });
});

describe('agreement: parties and signatures', () => {
  test('consent by the proposing party is forbidden', () => {
    given(after(historyOf.agreement('inForce'), c.ProposeAmendment))
      .when({ ...c.ConsentToAmendment, metadata: meta(educationOfficial) })
      .thenThrows({ code: 'AGREEMENT.SAME_PARTY_CONSENT', kind: 'forbidden' });
    given(after(historyOf.agreement('inForce'), c.ProposeAmendment))
      .when({ ...c.RefuseAmendment, metadata: meta(educationOfficial) })
      .thenThrows({ code: 'AGREEMENT.SAME_PARTY_REFUSAL', kind: 'forbidden' });
  });

  test('an official acts only for their own party', () => {
    given(historyOf.agreement('drafting'))
      .when(with_(c.SignAgreement, { party: 'local-government' }))
      .thenThrows({ code: 'AGREEMENT.PARTY_MISMATCH', kind: 'forbidden', field: 'data.party' });
    given(historyOf.agreement('drafting'))
      .when({ ...c.SignAgreement, metadata: meta({ id: 'admin', role: 'admin' }) })
      .thenThrows({ kind: 'invalid', field: 'data.party' });
    given(historyOf.agreement('drafting'))
      .when({ ...with_(c.SignAgreement, { party: 'local-government' }), metadata: meta({ id: 'admin', role: 'admin' }) })
      .thenState((state) => expect(state.signatures['local-government']?.signatoryTitle).toBe('시장'));
  });

  test('a county signs as 군수', () => {
    const county = { district: 'gapyeong', year: 2024 } as const;
    const official = { id: 'gun', role: 'official', district: 'gapyeong', party: 'local-government' } as const;
    given(after([], with_(c.DraftAgreement, county), with_(c.AddProjectToAgreement, county)))
      .when({ ...with_(c.SignAgreement, county), metadata: meta(official) })
      .thenState((state) => expect(state.signatures['local-government']?.signatoryTitle).toBe('군수'));
  });

  test('the same party signs once; an agreement without projects is not signed', () => {
    given(historyOf.agreement('signing')).when(c.SignAgreement).thenThrows({ code: 'AGREEMENT.ALREADY_SIGNED', kind: 'rule' });
    given(after([], c.DraftAgreement)).when(c.SignAgreement).thenThrows('AGREEMENT.NO_PROJECTS');
  });

  test('listing rules: no project twice, only listed projects withdrawn, nothing changes once signing began', () => {
    given(historyOf.agreement('drafting')).when(c.AddProjectToAgreement).thenThrows('AGREEMENT.PROJECT_ALREADY_LISTED');
    given(after([], c.DraftAgreement)).when(c.WithdrawProjectFromAgreement).thenThrows('AGREEMENT.PROJECT_NOT_LISTED');
    given(historyOf.agreement('signing'))
      .when(with_(c.AddProjectToAgreement, { projectId: 'p2' }))
      .thenThrows({ kind: 'transition' });
  });
});

describe('agreement: term in force', () => {
  test('until the last day of February of the next year, leap years included', () => {
    expect(agreementTermEnd(2023)).toBe('2024-02-29');
    expect(agreementTermEnd(2024)).toBe('2025-02-28');
    expect(agreementTermEnd(2027)).toBe('2028-02-29');
    expect(agreementTermEnd(2099)).toBe('2100-02-28');
    expect(agreementTermEnd(2399)).toBe('2400-02-29');
  });

  test('amendments are accepted on the last day and refused the day after', () => {
    const lastDay = { ...c.ProposeAmendment, metadata: meta(educationOfficial, '2025-02-28T18:00:00+09:00') };
    const dayAfter = { ...c.ProposeAmendment, metadata: meta(educationOfficial, '2025-03-01T09:00:00+09:00') };
    given(historyOf.agreement('inForce'))
      .when(lastDay)
      .thenState((state) => expect(state.amendments).toHaveLength(1));
    given(historyOf.agreement('inForce')).when(dayAfter).thenThrows({ code: 'AGREEMENT.NOT_IN_FORCE', kind: 'rule' });
  });

  test('signing after the term has ended is refused', () => {
    given(historyOf.agreement('drafting'))
      .when({ ...with_(c.SignAgreement, { signedOn: '2025-03-01' }), metadata: meta(educationOfficial, '2025-03-02T09:00:00+09:00') })
      .thenThrows({ code: 'AGREEMENT.TERM_ENDED', field: 'data.signedOn' });
  });
});

describe('agreement: amendments', () => {
  const addition = {
    kind: 'add',
    projectId: 'p2',
    title: '진로 체험',
    taskCode: '3-1',
    budget: { 'education-office': 5_000_000, 'local-government': 5_000_000 },
  } as const;

  test('adding and withdrawing projects by amendment', () => {
    const proposal = with_(c.ProposeAmendment, { amendmentId: 'amend-2', changes: [addition, { kind: 'withdraw', projectId: PROJECT }] });
    given(after(historyOf.agreement('inForce'), proposal))
      .when(with_(c.ConsentToAmendment, { amendmentId: 'amend-2' }))
      .thenState((state, events) => {
        expect(state.projects.map((project) => project.projectId)).toEqual(['p2']);
        expect(events[0]?.type === 'AmendmentConsented' && events[0].data.budgets).toEqual([
          { projectId: 'p2', kind: 'add', previousBudget: null, newBudget: addition.budget },
          { projectId: PROJECT, kind: 'withdraw', previousBudget: allocation, newBudget: null },
        ]);
      });
  });

  test('changes must fit the listing when proposed and again when consented', () => {
    given(historyOf.agreement('inForce'))
      .when(with_(c.ProposeAmendment, { changes: [{ kind: 'budget', projectId: 'unknown', budget: newBudget }] }))
      .thenThrows({ code: 'AGREEMENT.AMENDMENT_DOES_NOT_FIT', field: 'data.changes[0].projectId' });
    const both = after(
      historyOf.agreement('inForce'),
      with_(c.ProposeAmendment, { amendmentId: 'a', changes: [{ kind: 'withdraw', projectId: PROJECT }] }),
      with_(c.ProposeAmendment, { amendmentId: 'b', changes: [{ kind: 'budget', projectId: PROJECT, budget: newBudget }] }),
      with_(c.ConsentToAmendment, { amendmentId: 'a' }),
    );
    given(both)
      .when(with_(c.ConsentToAmendment, { amendmentId: 'b' }))
      .thenThrows({ code: 'AGREEMENT.AMENDMENT_OUTDATED', kind: 'rule' });
  });

  test('unknown, duplicate or already decided amendments', () => {
    given(historyOf.agreement('inForce'))
      .when(c.ConsentToAmendment)
      .thenThrows({ code: 'AGREEMENT.AMENDMENT_NOT_FOUND', kind: 'not-found' });
    given(after(historyOf.agreement('inForce'), c.ProposeAmendment))
      .when(c.ProposeAmendment)
      .thenThrows('AGREEMENT.DUPLICATE_AMENDMENT');
    const error = given(after(historyOf.agreement('inForce'), c.ProposeAmendment, c.ConsentToAmendment))
      .when(c.RefuseAmendment)
      .thenThrows({ code: 'AGREEMENT.AMENDMENT_ALREADY_DECIDED', kind: 'transition' });
    expect(error.allowedActions).toContain('ProposeAmendment');
  });

  test('a change list is validated', () => {
    given(historyOf.agreement('inForce'))
      .when(with_(c.ProposeAmendment, { changes: [] }))
      .thenThrows({ field: 'data.changes' });
    given(historyOf.agreement('inForce'))
      .when(
        with_(c.ProposeAmendment, {
          changes: [{ kind: 'budget', projectId: PROJECT, budget: { 'education-office': -1, 'local-government': 0 } }],
        }),
      )
      .thenThrows({ code: 'MONEY.INVALID', field: 'data.changes[0].budget.education-office' });
    given(historyOf.agreement('inForce'))
      .when(
        with_(c.ProposeAmendment, {
          changes: [
            { kind: 'withdraw', projectId: PROJECT },
            { kind: 'budget', projectId: PROJECT, budget: newBudget },
          ],
        }),
      )
      .thenThrows({ field: 'data.changes[1].projectId' });
  });

  test('commandScope: an official of the district, for the acting party', () => {
    const state = historyOf.agreement('inForce').reduce(agreementWorkflow.decider.evolve, agreementWorkflow.decider.initialState());
    expect(agreementWorkflow.commandScope(c.ConsentToAmendment, state)).toEqual({
      kind: 'official',
      district: 'suwon',
      party: 'local-government',
    });
    expect(agreementWorkflow.commandScope({ ...c.ProposeAmendment, metadata: meta(cityOfficial) }, state)).toEqual({
      kind: 'official',
      district: 'suwon',
      party: 'local-government',
    });
    expect(agreementWorkflow.commandScope(c.DraftAgreement, agreementWorkflow.decider.initialState())).toEqual({
      kind: 'official',
      district: 'suwon',
    });
    expect(agreementWorkflow.view(state)).toMatchObject({ status: 'inForce', totals: allocation, pendingAmendments: [] });
  });
});
