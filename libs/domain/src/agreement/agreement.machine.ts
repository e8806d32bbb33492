/**
 * The supplementary agreement (부속합의서), one per district and year: projects are listed while
 * drafting; it is in force once both parties have signed; from then on only amendments proposed
 * by one party and consented by the other change it.
 */
import { assign, setup } from 'xstate';
import type { DistrictCode, Funder } from '../catalogs.js';
import { type DomainError, forbidden, notFound, ruleBroken, transitionNotAllowed } from '../errors.js';
import { guardOf, rule } from '../rules.js';
import type { AgreementEvent, AmendmentChange, ListedProject, SignatoryTitle } from './agreement.messages.js';
import { type ContextUpdates, applyContextUpdate } from '../context-updates.js';

export const agreementStatuses = ['none', 'drafting', 'signing', 'inForce', 'expired'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export interface Signature {
  readonly signatoryTitle: SignatoryTitle;
  readonly signatoryName: string | null;
  readonly signedBy: string;
  readonly signedOn: string;
}

export interface Amendment {
  readonly amendmentId: string;
  readonly proposedBy: Funder;
  readonly changes: readonly AmendmentChange[];
  readonly reason: string;
  readonly proposedOn: string;
  readonly status: 'proposed' | 'consented' | 'refused' | 'lapsed';
  readonly decidedBy: Funder | null;
  readonly decidedOn: string | null;
  readonly refusalReason: string | null;
}

export interface AgreementContext {
  readonly agreementId: string | null;
  readonly district: DistrictCode | null;
  readonly year: number | null;
  readonly workflowVersion: number | null;
  readonly draftedOn: string | null;
  readonly projects: readonly ListedProject[];
  readonly signatures: { readonly [P in Funder]: Signature | null };
  readonly inForceFrom: string | null;
  readonly inForceUntil: string | null;
  readonly amendments: readonly Amendment[];
  /** The first day no longer in force, once expired. */
  readonly expiredOn: string | null;
}

export const initialAgreementContext: AgreementContext = {
  agreementId: null,
  district: null,
  year: null,
  workflowVersion: null,
  draftedOn: null,
  projects: [],
  signatures: { 'education-office': null, 'local-government': null },
  inForceFrom: null,
  inForceUntil: null,
  amendments: [],
  expiredOn: null,
};

export function isListed(context: AgreementContext, projectId: string): boolean {
  return context.projects.some((project) => project.projectId === projectId);
}

export function pendingAmendment(context: AgreementContext, amendmentId: string): Amendment | undefined {
  return context.amendments.find((amendment) => amendment.amendmentId === amendmentId && amendment.status === 'proposed');
}

/** The listing after a set of changes; undefined when a change no longer fits the listing. */
export function applyChanges(projects: readonly ListedProject[], changes: readonly AmendmentChange[]): ListedProject[] | undefined {
  let result: ListedProject[] = [...projects];
  for (const change of changes) {
    const index = result.findIndex((project) => project.projectId === change.projectId);
    if (change.kind === 'add') {
      if (index >= 0) return undefined;
      result = [...result, { projectId: change.projectId, title: change.title, taskCode: change.taskCode, budget: change.budget }];
    } else if (index < 0) {
      return undefined;
    } else if (change.kind === 'budget') {
      result = result.map((project, at) => (at === index ? { ...project, budget: change.budget } : project));
    } else {
      result = result.filter((_, at) => at !== index);
    }
  }
  return result;
}

function decided(
  amendments: readonly Amendment[],
  amendmentId: string,
  status: 'consented' | 'refused',
  decidedBy: Funder,
  decidedOn: string,
  refusalReason: string | null,
): Amendment[] {
  return amendments.map((amendment) =>
    amendment.amendmentId === amendmentId ? { ...amendment, status, decidedBy, decidedOn, refusalReason } : amendment,
  );
}

/** Folds an event's data into the agreement's context; the machine decides whether the event may happen. */
const agreementUpdates: ContextUpdates<AgreementContext, AgreementEvent> = {
  AgreementDrafted: (context, event) => {
    const { agreementId, district, year, draftedOn, workflowVersion } = event.data;
    return { ...context, agreementId, district, year, draftedOn, workflowVersion };
  },
  ProjectAddedToAgreement: (context, event) => {
    const { projectId, title, taskCode, budget } = event.data;
    return { ...context, projects: [...context.projects, { projectId, title, taskCode, budget }] };
  },
  ProjectWithdrawnFromAgreement: (context, event) => ({
    ...context,
    projects: context.projects.filter((project) => project.projectId !== event.data.projectId),
  }),
  AgreementSigned: (context, event) => {
    const { party, signatoryTitle, signatoryName, signedBy, signedOn } = event.data;
    return { ...context, signatures: { ...context.signatures, [party]: { signatoryTitle, signatoryName, signedBy, signedOn } } };
  },
  AgreementCameIntoForce: (context, event) => ({ ...context, inForceFrom: event.data.inForceFrom, inForceUntil: event.data.inForceUntil }),
  AmendmentProposed: (context, event) => {
    const { amendmentId, proposedBy, changes, reason, proposedOn } = event.data;
    return {
      ...context,
      amendments: [
        ...context.amendments,
        {
          amendmentId,
          proposedBy,
          changes,
          reason,
          proposedOn,
          status: 'proposed',
          decidedBy: null,
          decidedOn: null,
          refusalReason: null,
        },
      ],
    };
  },
  AmendmentConsented: (context, event) => ({
    ...context,
    projects: applyChanges(context.projects, event.data.changes) ?? context.projects,
    amendments: decided(context.amendments, event.data.amendmentId, 'consented', event.data.consentedBy, event.data.consentedOn, null),
  }),
  AmendmentRefused: (context, event) => ({
    ...context,
    amendments: decided(
      context.amendments,
      event.data.amendmentId,
      'refused',
      event.data.refusedBy,
      event.data.refusedOn,
      event.data.reason,
    ),
  }),
  AgreementExpired: (context, event) => ({
    ...context,
    expiredOn: event.data.expiredOn,
    amendments: context.amendments.map((amendment) =>
      amendment.status === 'proposed' ? { ...amendment, status: 'lapsed', decidedOn: event.data.expiredOn } : amendment,
    ),
  }),
};

function applyAgreementEvent(context: AgreementContext, event: AgreementEvent): AgreementContext {
  return applyContextUpdate(agreementUpdates, context, event);
}

/** Refused with `code` when the changes, applied in turn, do not fit the listing: naming the first change that does not fit it. */
function changesMisfit(context: AgreementContext, changes: readonly AmendmentChange[], code: string): DomainError | undefined {
  if (applyChanges(context.projects, changes) !== undefined) return undefined;
  for (const [index, change] of changes.entries()) {
    const listed = isListed(context, change.projectId);
    if (change.kind === 'add' && listed) {
      return ruleBroken(code, `project ${change.projectId} is already listed`, { field: `data.changes[${index}].projectId` });
    }
    if (change.kind !== 'add' && !listed) {
      return ruleBroken(code, `project ${change.projectId} is not listed in the agreement`, { field: `data.changes[${index}].projectId` });
    }
  }
  return ruleBroken(code, 'the changes do not fit the listing in turn');
}

/** The party answering an amendment is not the one that proposed it. */
function answeredByOtherParty(context: AgreementContext, amendmentId: string, party: Funder, consent: boolean): DomainError | undefined {
  const amendment = pendingAmendment(context, amendmentId);
  if (amendment === undefined || amendment.proposedBy !== party) return undefined;
  return forbidden(
    consent ? 'AGREEMENT.SAME_PARTY_CONSENT' : 'AGREEMENT.SAME_PARTY_REFUSAL',
    `the ${party} proposed amendment ${amendmentId}; only the other party may ${consent ? 'consent to' : 'refuse'} it`,
    { field: 'data.party', details: { proposedBy: amendment.proposedBy } },
  );
}

/*
 * The agreement's rules, each stated once: the machine's guards below ask them of events, the
 * decider (agreement.workflow.ts) refuses commands with their stable codes.
 */
export const agreementRules = {
  /** A project is listed once. */
  projectNotYetListed: rule<AgreementContext, { readonly projectId: string }>(
    ['AGREEMENT.PROJECT_ALREADY_LISTED'],
    (context, { projectId }) =>
      isListed(context, projectId)
        ? ruleBroken('AGREEMENT.PROJECT_ALREADY_LISTED', `project ${projectId} is already listed`, { field: 'data.projectId' })
        : undefined,
  ),
  /** Only a listed project is withdrawn. */
  projectListed: rule<AgreementContext, { readonly projectId: string }>(['AGREEMENT.PROJECT_NOT_LISTED'], (context, { projectId }) =>
    isListed(context, projectId)
      ? undefined
      : ruleBroken('AGREEMENT.PROJECT_NOT_LISTED', `project ${projectId} is not listed`, { field: 'data.projectId' }),
  ),
  /** An agreement without projects is not signed. */
  signedWithProjects: rule<AgreementContext, unknown>(['AGREEMENT.NO_PROJECTS'], (context) =>
    context.projects.length === 0 ? ruleBroken('AGREEMENT.NO_PROJECTS', 'an agreement without projects cannot be signed') : undefined,
  ),
  /** Each party signs once. */
  notYetSigned: rule<AgreementContext, { readonly party: Funder }>(['AGREEMENT.ALREADY_SIGNED'], (context, { party }) =>
    context.signatures[party] !== null
      ? ruleBroken('AGREEMENT.ALREADY_SIGNED', `the ${party} has already signed`, { field: 'data.party' })
      : undefined,
  ),
  /** An amendment is proposed once under its id. */
  newAmendment: rule<AgreementContext, { readonly amendmentId: string }>(['AGREEMENT.DUPLICATE_AMENDMENT'], (context, { amendmentId }) =>
    context.amendments.some((amendment) => amendment.amendmentId === amendmentId)
      ? ruleBroken('AGREEMENT.DUPLICATE_AMENDMENT', `amendment ${amendmentId} was already proposed`, { field: 'data.amendmentId' })
      : undefined,
  ),
  /** A proposed amendment fits the listing: it adds only projects not listed, and changes or withdraws only listed ones. */
  amendmentFits: rule<AgreementContext, { readonly changes: readonly AmendmentChange[] }>(
    ['AGREEMENT.AMENDMENT_DOES_NOT_FIT'],
    (context, { changes }) => changesMisfit(context, changes, 'AGREEMENT.AMENDMENT_DOES_NOT_FIT'),
  ),
  /** An amendment is answered only once it was proposed, and only while it still waits for its answer. */
  amendmentPending: rule<AgreementContext, { readonly amendmentId: string }>(
    ['AGREEMENT.AMENDMENT_NOT_FOUND', 'AGREEMENT.AMENDMENT_ALREADY_DECIDED'],
    (context, { amendmentId }) => {
      const amendment = context.amendments.find((candidate) => candidate.amendmentId === amendmentId);
      if (amendment === undefined) {
        return notFound('AGREEMENT.AMENDMENT_NOT_FOUND', `no amendment ${amendmentId} on agreement ${String(context.agreementId)}`, {
          field: 'data.amendmentId',
        });
      }
      if (amendment.status !== 'proposed') {
        return transitionNotAllowed('AGREEMENT.AMENDMENT_ALREADY_DECIDED', `amendment ${amendmentId} was already ${amendment.status}`, [], {
          amendmentId,
          status: amendment.status,
        });
      }
      return undefined;
    },
  ),
  /** Only the party that did not propose an amendment consents to it. */
  consentByOtherParty: rule<AgreementContext, { readonly amendmentId: string; readonly consentedBy: Funder }>(
    ['AGREEMENT.SAME_PARTY_CONSENT'],
    (context, { amendmentId, consentedBy }) => answeredByOtherParty(context, amendmentId, consentedBy, true),
  ),
  /** Only the party that did not propose an amendment refuses it. */
  refusalByOtherParty: rule<AgreementContext, { readonly amendmentId: string; readonly refusedBy: Funder }>(
    ['AGREEMENT.SAME_PARTY_REFUSAL'],
    (context, { amendmentId, refusedBy }) => answeredByOtherParty(context, amendmentId, refusedBy, false),
  ),
  /** A consented amendment still fits the listing as it stands now. */
  amendmentStillFits: rule<AgreementContext, { readonly amendmentId: string }>(
    ['AGREEMENT.AMENDMENT_OUTDATED'],
    (context, { amendmentId }) => {
      const amendment = pendingAmendment(context, amendmentId);
      return amendment === undefined ? undefined : changesMisfit(context, amendment.changes, 'AGREEMENT.AMENDMENT_OUTDATED');
    },
  ),
} as const;

const bothSigned = (_data: unknown, context: AgreementContext): boolean =>
  context.signatures['education-office'] !== null && context.signatures['local-government'] !== null;

export const agreementMachine = setup({
  types: {
    context: {} as AgreementContext,
    events: {} as AgreementEvent,
  },
  guards: {
    notListed: guardOf<AgreementContext, AgreementEvent, 'ProjectAddedToAgreement'>('ProjectAddedToAgreement', [
      agreementRules.projectNotYetListed,
    ]),
    listed: guardOf<AgreementContext, AgreementEvent, 'ProjectWithdrawnFromAgreement'>('ProjectWithdrawnFromAgreement', [
      agreementRules.projectListed,
    ]),
    firstSignatureOnListing: guardOf<AgreementContext, AgreementEvent, 'AgreementSigned'>('AgreementSigned', [
      agreementRules.signedWithProjects,
      agreementRules.notYetSigned,
    ]),
    notYetSignedByParty: guardOf<AgreementContext, AgreementEvent, 'AgreementSigned'>('AgreementSigned', [agreementRules.notYetSigned]),
    bothSigned: guardOf<AgreementContext, AgreementEvent, 'AgreementCameIntoForce'>('AgreementCameIntoForce', [], bothSigned),
    newAmendmentFits: guardOf<AgreementContext, AgreementEvent, 'AmendmentProposed'>('AmendmentProposed', [
      agreementRules.newAmendment,
      agreementRules.amendmentFits,
    ]),
    consentByOtherParty: guardOf<AgreementContext, AgreementEvent, 'AmendmentConsented'>('AmendmentConsented', [
      agreementRules.amendmentPending,
      agreementRules.consentByOtherParty,
      agreementRules.amendmentStillFits,
    ]),
    refusalByOtherParty: guardOf<AgreementContext, AgreementEvent, 'AmendmentRefused'>('AmendmentRefused', [
      agreementRules.amendmentPending,
      agreementRules.refusalByOtherParty,
    ]),
  },
  actions: {
    record: assign(({ context, event }) => applyAgreementEvent(context, event)),
  },
}).createMachine({
  id: 'agreement',
  initial: 'none',
  context: initialAgreementContext,
  states: {
    none: {
      on: { AgreementDrafted: { target: 'drafting', actions: 'record' } },
    },
    drafting: {
      on: {
        ProjectAddedToAgreement: { guard: 'notListed', actions: 'record' },
        ProjectWithdrawnFromAgreement: { guard: 'listed', actions: 'record' },
        AgreementSigned: { target: 'signing', guard: 'firstSignatureOnListing', actions: 'record' },
      },
    },
    signing: {
      on: {
        AgreementSigned: { guard: 'notYetSignedByParty', actions: 'record' },
        AgreementCameIntoForce: { target: 'inForce', guard: 'bothSigned', actions: 'record' },
      },
    },
    inForce: {
      on: {
        AmendmentProposed: { guard: 'newAmendmentFits', actions: 'record' },
        AmendmentConsented: { guard: 'consentByOtherParty', actions: 'record' },
        AmendmentRefused: { guard: 'refusalByOtherParty', actions: 'record' },
        AgreementExpired: { target: 'expired', actions: 'record' },
      },
    },
    expired: {},
  },
});
