/**
 * The supplementary agreement (부속합의서), one per district and year: projects are listed while
 * drafting; it is in force once both parties have signed; from then on only amendments proposed
 * by one party and consented by the other change it.
 */
import { assign, setup } from 'xstate';
import type { DistrictCode, Funder } from '../catalogs.js';
import type { AgreementEvent, AmendmentChange, ListedProject, SignatoryTitle } from './agreement.messages.js';

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

function applyAgreementEvent(context: AgreementContext, event: AgreementEvent): AgreementContext {
  switch (event.type) {
    case 'AgreementDrafted': {
      const { agreementId, district, year, draftedOn, workflowVersion } = event.data;
      return { ...context, agreementId, district, year, draftedOn, workflowVersion };
    }
    case 'ProjectAddedToAgreement': {
      const { projectId, title, taskCode, budget } = event.data;
      return { ...context, projects: [...context.projects, { projectId, title, taskCode, budget }] };
    }
    case 'ProjectWithdrawnFromAgreement':
      return { ...context, projects: context.projects.filter((project) => project.projectId !== event.data.projectId) };
    case 'AgreementSigned': {
      const { party, signatoryTitle, signatoryName, signedBy, signedOn } = event.data;
      return { ...context, signatures: { ...context.signatures, [party]: { signatoryTitle, signatoryName, signedBy, signedOn } } };
    }
    case 'AgreementCameIntoForce':
      return { ...context, inForceFrom: event.data.inForceFrom, inForceUntil: event.data.inForceUntil };
    case 'AmendmentProposed': {
      const { amendmentId, proposedBy, changes, reason, proposedOn } = event.data;
      return {
        ...context,
        amendments: [
          ...context.amendments,
          { amendmentId, proposedBy, changes, reason, proposedOn, status: 'proposed', decidedBy: null, decidedOn: null, refusalReason: null },
        ],
      };
    }
    case 'AmendmentConsented':
      return {
        ...context,
        projects: applyChanges(context.projects, event.data.changes) ?? context.projects,
        amendments: decided(context.amendments, event.data.amendmentId, 'consented', event.data.consentedBy, event.data.consentedOn, null),
      };
    case 'AmendmentRefused':
      return {
        ...context,
        amendments: decided(context.amendments, event.data.amendmentId, 'refused', event.data.refusedBy, event.data.refusedOn, event.data.reason),
      };
    case 'AgreementExpired':
      return {
        ...context,
        expiredOn: event.data.expiredOn,
        amendments: context.amendments.map((amendment) =>
          amendment.status === 'proposed' ? { ...amendment, status: 'lapsed', decidedOn: event.data.expiredOn } : amendment,
        ),
      };
  }
}

export const agreementMachine = setup({
  types: {
    context: {} as AgreementContext,
    events: {} as AgreementEvent,
  },
  guards: {
    notListed: ({ context, event }) => event.type === 'ProjectAddedToAgreement' && !isListed(context, event.data.projectId),
    listed: ({ context, event }) => event.type === 'ProjectWithdrawnFromAgreement' && isListed(context, event.data.projectId),
    firstSignatureOnListing: ({ context, event }) =>
      event.type === 'AgreementSigned' && context.projects.length > 0 && context.signatures[event.data.party] === null,
    notYetSignedByParty: ({ context, event }) => event.type === 'AgreementSigned' && context.signatures[event.data.party] === null,
    bothSigned: ({ context }) => context.signatures['education-office'] !== null && context.signatures['local-government'] !== null,
    newAmendmentFits: ({ context, event }) =>
      event.type === 'AmendmentProposed' &&
      !context.amendments.some((amendment) => amendment.amendmentId === event.data.amendmentId) &&
      applyChanges(context.projects, event.data.changes) !== undefined,
    consentByOtherParty: ({ context, event }) => {
      if (event.type !== 'AmendmentConsented') return false;
      const amendment = pendingAmendment(context, event.data.amendmentId);
      return (
        amendment !== undefined &&
        amendment.proposedBy !== event.data.consentedBy &&
        applyChanges(context.projects, amendment.changes) !== undefined
      );
    },
    refusalByOtherParty: ({ context, event }) => {
      if (event.type !== 'AmendmentRefused') return false;
      const amendment = pendingAmendment(context, event.data.amendmentId);
      return amendment !== undefined && amendment.proposedBy !== event.data.refusedBy;
    },
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
