import type { DistrictCode, Funder, TaskCode } from '../catalogs.js';
import type { Budget } from '../money.js';
import type { Command } from '../messages.js';
import type { AgreementTerm } from './agreement-term.js';

/** A project as the agreement's table lists it (goal · task · project · budget per funder). */
export interface ListedProject {
  readonly projectId: string;
  readonly title: string;
  readonly taskCode: TaskCode;
  readonly budget: Budget;
}

/** One change an amendment (제2조 변경) proposes. */
export type AmendmentChange =
  | { readonly kind: 'budget'; readonly projectId: string; readonly budget: Budget }
  | { readonly kind: 'add'; readonly projectId: string; readonly title: string; readonly taskCode: TaskCode; readonly budget: Budget }
  | { readonly kind: 'withdraw'; readonly projectId: string };

/** What a consented amendment did to one project's budget: both sides of the change. */
export interface AmendedBudget {
  readonly projectId: string;
  readonly kind: AmendmentChange['kind'];
  readonly previousBudget: Budget | null;
  readonly newBudget: Budget | null;
}

export type SignatoryTitle = '교육장' | '시장' | '군수';

interface AgreementAddress {
  district: DistrictCode;
  year: number;
}

// --- commands ---

export type DraftAgreement = Command<'DraftAgreement', AgreementAddress>;
export type AddProjectToAgreement = Command<
  'AddProjectToAgreement',
  AgreementAddress & {
    projectId: string;
    title: string;
    taskCode: TaskCode;
    budget: Budget;
  }
>;
export type WithdrawProjectFromAgreement = Command<
  'WithdrawProjectFromAgreement',
  AgreementAddress & { projectId: string; reason?: string }
>;
export type SignAgreement = Command<
  'SignAgreement',
  AgreementAddress & {
    /** Defaults to the actor's party; an official may sign only for their own party. */
    party?: Funder;
    signedOn: string;
    signatoryName?: string;
  }
>;
export type ProposeAmendment = Command<
  'ProposeAmendment',
  AgreementAddress & {
    amendmentId: string;
    party?: Funder;
    changes: readonly AmendmentChange[];
    reason: string;
  }
>;
export type ConsentToAmendment = Command<
  'ConsentToAmendment',
  AgreementAddress & {
    amendmentId: string;
    party?: Funder;
    consentedOn?: string;
  }
>;
export type RefuseAmendment = Command<
  'RefuseAmendment',
  AgreementAddress & {
    amendmentId: string;
    party?: Funder;
    reason: string;
  }
>;

/**
 * Issued when a listed project is cancelled: opens the amendment (제2조 변경) that withdraws it, in
 * the name of the party that cancelled it; the other party consents or refuses like any other.
 */
export type ProposeWithdrawalOfCancelledProject = Command<
  'ProposeWithdrawalOfCancelledProject',
  AgreementAddress & {
    projectId: string;
    party: Funder;
    reason: string;
    /** The day of the cancellation, which the proposal is dated by (default: today). */
    proposedOn?: string;
  }
>;

/** Fired by the deadline scheduler from 00:00 KST on 1 March of the next year. */
export type ExpireAgreement = Command<'ExpireAgreement', AgreementAddress>;

export type AgreementCommand =
  | DraftAgreement
  | AddProjectToAgreement
  | WithdrawProjectFromAgreement
  | SignAgreement
  | ProposeAmendment
  | ConsentToAmendment
  | RefuseAmendment
  | ProposeWithdrawalOfCancelledProject
  | ExpireAgreement;

// --- events ---

export type AgreementDrafted = {
  readonly type: 'AgreementDrafted';
  readonly data: {
    agreementId: string;
    district: DistrictCode;
    year: number;
    draftedOn: string;
    workflowVersion: number;
  };
};
export type ProjectAddedToAgreement = { readonly type: 'ProjectAddedToAgreement'; readonly data: { agreementId: string } & ListedProject };
export type ProjectWithdrawnFromAgreement = {
  readonly type: 'ProjectWithdrawnFromAgreement';
  readonly data: {
    agreementId: string;
    projectId: string;
    reason: string | null;
  };
};
export type AgreementSigned = {
  readonly type: 'AgreementSigned';
  readonly data: {
    agreementId: string;
    party: Funder;
    signatoryTitle: SignatoryTitle;
    signatoryName: string | null;
    signedBy: string;
    signedOn: string;
    effectiveAt: string;
  };
};
export type AgreementCameIntoForce = {
  readonly type: 'AgreementCameIntoForce';
  readonly data: {
    agreementId: string;
    district: DistrictCode;
    year: number;
    inForceFrom: string;
    /** The last day of February of the next year. */
    inForceUntil: string;
    projects: readonly ListedProject[];
    effectiveAt: string;
  };
};
export type AmendmentProposed = {
  readonly type: 'AmendmentProposed';
  readonly data: {
    agreementId: string;
    amendmentId: string;
    proposedBy: Funder;
    changes: readonly AmendmentChange[];
    reason: string;
    proposedOn: string;
    /** Present when the amendment was opened by a project's cancellation. */
    cancelledProjectId?: string;
  };
};
export type AmendmentConsented = {
  readonly type: 'AmendmentConsented';
  readonly data: {
    agreementId: string;
    amendmentId: string;
    proposedBy: Funder;
    consentedBy: Funder;
    changes: readonly AmendmentChange[];
    budgets: readonly AmendedBudget[];
    consentedOn: string;
    /** The agreement's term, which projects added by this amendment spend within (absent before terms were recorded). */
    term?: AgreementTerm;
    effectiveAt?: string;
  };
};
export type AmendmentRefused = {
  readonly type: 'AmendmentRefused';
  readonly data: {
    agreementId: string;
    amendmentId: string;
    proposedBy: Funder;
    refusedBy: Funder;
    reason: string;
    refusedOn: string;
  };
};

/** The term has ended: from this Korean day the agreement is expired; pending amendments lapse. */
export type AgreementExpired = {
  readonly type: 'AgreementExpired';
  readonly data: {
    agreementId: string;
    district: DistrictCode;
    year: number;
    inForceFrom: string;
    inForceUntil: string;
    /** The first day no longer in force (1 March of the next year). */
    expiredOn: string;
    lapsedAmendments: readonly string[];
    effectiveAt?: string;
  };
};

export type AgreementEvent =
  | AgreementDrafted
  | ProjectAddedToAgreement
  | ProjectWithdrawnFromAgreement
  | AgreementSigned
  | AgreementCameIntoForce
  | AmendmentProposed
  | AmendmentConsented
  | AmendmentRefused
  | AgreementExpired;
