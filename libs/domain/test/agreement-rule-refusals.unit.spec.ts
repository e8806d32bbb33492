/**
 * Every rule a guard of the agreement's machine asks is reachable through `decide` with its own
 * stable code: the list of rule × code is built from the guards themselves, each entry is driven to
 * refusal by a real command below, and none falls back to the generic `AGREEMENT.RULE_VIOLATED`. A
 * rule a guard asks that has no case here, or a case for a rule no guard asks, fails the coverage test.
 */
import { type AgreementCommand, type DomainErrorKind, agreementRules, agreementWorkflow } from '../src/index.js';
import { agreementCommands as g, agreementPaths, cityOfficial, educationOfficial, meta, PROJECT, run } from './support/scenarios.js';
import { coverageOf, guardedRefusals, plainGuards, refusalOf } from './support/refusals.js';

type RuleName = keyof typeof agreementRules;

interface RefusalCase {
  readonly rule: RuleName;
  readonly code: string;
  readonly kind: DomainErrorKind;
  /** The field the refusal names. */
  readonly field?: string;
  /** The commands before the refused one. */
  readonly before: readonly AgreementCommand[];
  readonly command: AgreementCommand;
}

const { inForce } = agreementPaths;
const asEducationOffice = <C extends AgreementCommand>(command: C): C => ({ ...command, metadata: meta(educationOfficial) });
/** The education office proposes to withdraw the listed project, and the city consents: the listing no longer holds it. */
const withdrawal: AgreementCommand = {
  ...g.ProposeAmendment,
  data: { ...g.ProposeAmendment.data, amendmentId: 'amend-2', changes: [{ kind: 'withdraw', projectId: PROJECT }], reason: '사업 종료' },
};
const withdrawalConsented: AgreementCommand = {
  ...g.ConsentToAmendment,
  data: { ...g.ConsentToAmendment.data, amendmentId: 'amend-2' },
  metadata: meta(cityOfficial),
};

const cases: readonly RefusalCase[] = [
  {
    rule: 'projectNotYetListed',
    code: 'AGREEMENT.PROJECT_ALREADY_LISTED',
    kind: 'rule',
    field: 'data.projectId',
    before: agreementPaths.drafting,
    command: g.AddProjectToAgreement,
  },
  {
    rule: 'projectListed',
    code: 'AGREEMENT.PROJECT_NOT_LISTED',
    kind: 'rule',
    field: 'data.projectId',
    before: [g.DraftAgreement],
    command: g.WithdrawProjectFromAgreement,
  },
  { rule: 'signedWithProjects', code: 'AGREEMENT.NO_PROJECTS', kind: 'rule', before: [g.DraftAgreement], command: g.SignAgreement },
  {
    rule: 'notYetSigned',
    code: 'AGREEMENT.ALREADY_SIGNED',
    kind: 'rule',
    field: 'data.party',
    before: agreementPaths.signing,
    command: g.SignAgreement,
  },
  {
    rule: 'newAmendment',
    code: 'AGREEMENT.DUPLICATE_AMENDMENT',
    kind: 'rule',
    field: 'data.amendmentId',
    before: [...inForce, g.ProposeAmendment],
    command: g.ProposeAmendment,
  },
  {
    rule: 'amendmentFits',
    code: 'AGREEMENT.AMENDMENT_DOES_NOT_FIT',
    kind: 'rule',
    field: 'data.changes[0].projectId',
    before: inForce,
    command: { ...g.ProposeAmendment, data: { ...g.ProposeAmendment.data, changes: [{ kind: 'withdraw', projectId: 'proj-9' }] } },
  },
  {
    rule: 'amendmentPending',
    code: 'AGREEMENT.AMENDMENT_NOT_FOUND',
    kind: 'not-found',
    field: 'data.amendmentId',
    before: inForce,
    command: g.ConsentToAmendment,
  },
  {
    rule: 'amendmentPending',
    code: 'AGREEMENT.AMENDMENT_ALREADY_DECIDED',
    kind: 'transition',
    before: [...inForce, g.ProposeAmendment, g.RefuseAmendment],
    command: g.ConsentToAmendment,
  },
  {
    rule: 'consentByOtherParty',
    code: 'AGREEMENT.SAME_PARTY_CONSENT',
    kind: 'forbidden',
    field: 'data.party',
    before: [...inForce, g.ProposeAmendment],
    command: asEducationOffice(g.ConsentToAmendment),
  },
  {
    rule: 'refusalByOtherParty',
    code: 'AGREEMENT.SAME_PARTY_REFUSAL',
    kind: 'forbidden',
    field: 'data.party',
    before: [...inForce, g.ProposeAmendment],
    command: asEducationOffice(g.RefuseAmendment),
  },
  {
    rule: 'amendmentStillFits',
    code: 'AGREEMENT.AMENDMENT_OUTDATED',
    kind: 'rule',
    field: 'data.changes[0].projectId',
    before: [...inForce, g.ProposeAmendment, withdrawal, withdrawalConsented],
    command: g.ConsentToAmendment,
  },
];

describe('every rule an agreement guard asks is refused with its own stable code', () => {
  it.each(cases.map((c) => [`${c.rule} → ${c.code}${c.field ? ` (${c.field})` : ''}`, c] as const))('%s', (_name, c) => {
    const { state } = run(agreementWorkflow, c.before);
    const refusal = refusalOf(() => agreementWorkflow.decider.decide(c.command, state));
    expect(refusal.code).toBe(c.code);
    expect(refusal.code).not.toBe('AGREEMENT.RULE_VIOLATED');
    expect(refusal.kind).toBe(c.kind);
    if (c.field !== undefined) expect(refusal.field).toBe(c.field);
    expect(agreementRules[c.rule].codes).toContain(c.code);
  });

  it('an amendment already answered is refused as already done, naming what the agreement still allows', () => {
    const { state } = run(agreementWorkflow, [...inForce, g.ProposeAmendment, g.RefuseAmendment]);
    const refusal = refusalOf(() => agreementWorkflow.decider.decide(g.ConsentToAmendment, state));
    expect(refusal.allowedActions).toEqual(agreementWorkflow.allowedActions(state));
    expect(refusal.allowedActions).toContain('ProposeAmendment');
    expect(refusal.details).toEqual({ amendmentId: 'amend-1', status: 'refused' });
  });

  it('has no guard in the agreement machine that is not made of rules (a plain guard would refuse without a code)', () => {
    expect(plainGuards(agreementWorkflow)).toEqual([]);
  });

  it('covers every rule × code of every guard of the agreement machine, and no more', () => {
    const required = guardedRefusals(agreementWorkflow, agreementRules);
    expect(required.length).toBeGreaterThan(0);
    expect(coverageOf(required, cases)).toEqual({ unnamed: [], missing: [], extra: [] });
  });
});
