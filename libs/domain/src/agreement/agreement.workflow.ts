/**
 * The supplementary agreement decider: listing, signatures (교육장 and 시장·군수), the term in
 * force and amendments between the two parties.
 */
import { type DistrictCode, type Funder, funders, signatoryTitle } from '../catalogs.js';
import { type DomainError, forbidden, invalid, ruleBroken, transitionNotAllowed } from '../errors.js';
import { type Budget, budget } from '../money.js';
import type { CommandFacts } from '../messages.js';
import { agreementId as agreementIdOf, agreementStreamId } from '../stream-ids.js';
import {
  effective,
  field,
  optionalIsoDate,
  optionalText,
  requireDistrict,
  requireFunder,
  requireId,
  requireIsoDate,
  requireObject,
  requireOneOf,
  requireTaskCode,
  requireText,
  requireYear,
  requireListSize,
} from '../validation.js';
import { LIST_LIMITS, TEXT_LIMITS } from '../limits.js';
import { asAlreadyDone } from '../rules.js';
import { type CommandScope, type Workflow, type WorkflowState, machineWorkflow, unknownCommand } from '../workflow.js';
import {
  type Amendment,
  type AgreementContext,
  type AgreementStatus,
  agreementMachine,
  agreementRules,
  pendingAmendment,
} from './agreement.machine.js';
import type { AgreementCommand, AgreementEvent, AmendedBudget, AmendmentChange } from './agreement.messages.js';
import { type AgreementTerm, agreementExpiryDate, agreementTermEnd, describeTerm, withinTerm } from './agreement-term.js';
import { type PlanOfAgreement, planListingRefusal, planSignatureRefusal } from '../operating-plan/plan-listing.js';

export type AgreementState = WorkflowState<AgreementStatus, AgreementContext>;

/** What `GET /agreements/{district}/{year}` shows of an agreement: its state and what is derived from it. */
export type AgreementView = AgreementState & {
  /** The listed projects' budgets summed per funder, in won. */
  readonly totals: Budget;
  /** The amendments still waiting for the other party. */
  readonly pendingAmendments: readonly string[];
};

export const AGREEMENT_WORKFLOW_VERSION = 1;

export const agreementCommandTypes = [
  'DraftAgreement',
  'AddProjectToAgreement',
  'WithdrawProjectFromAgreement',
  'SignAgreement',
  'ProposeAmendment',
  'ConsentToAmendment',
  'RefuseAmendment',
  'ProposeWithdrawalOfCancelledProject',
  'ExpireAgreement',
] as const satisfies readonly AgreementCommand['type'][];

const commandEvents = {
  DraftAgreement: 'AgreementDrafted',
  AddProjectToAgreement: 'ProjectAddedToAgreement',
  WithdrawProjectFromAgreement: 'ProjectWithdrawnFromAgreement',
  SignAgreement: 'AgreementSigned',
  ProposeAmendment: 'AmendmentProposed',
  ConsentToAmendment: 'AmendmentConsented',
  RefuseAmendment: 'AmendmentRefused',
  ProposeWithdrawalOfCancelledProject: 'AmendmentProposed',
  ExpireAgreement: 'AgreementExpired',
} as const satisfies { readonly [T in AgreementCommand['type']]: AgreementEvent['type'] };

const eventTypes = {
  AgreementDrafted: { schemaVersion: 1 },
  ProjectAddedToAgreement: { schemaVersion: 1 },
  ProjectWithdrawnFromAgreement: { schemaVersion: 1 },
  AgreementSigned: { schemaVersion: 1 },
  AgreementCameIntoForce: { schemaVersion: 1 },
  AmendmentProposed: { schemaVersion: 1 },
  AmendmentConsented: { schemaVersion: 1 },
  AmendmentRefused: { schemaVersion: 1 },
  AgreementExpired: { schemaVersion: 1 },
} as const satisfies { readonly [T in AgreementEvent['type']]: { readonly schemaVersion: number } };

export { agreementTermEnd, operatingYearInPreparation, PLANNING_FOR_NEXT_YEAR_FROM_MONTH } from './agreement-term.js';

/**
 * The party acting: the one named in the data, or the actor's own. An official acts only for
 * the party they belong to.
 */
function actingParty(command: AgreementCommand): Funder {
  const actor = command.metadata.actor;
  const named = field(command.data, 'party');
  const party = named === undefined || named === null ? actor.party : requireFunder(named, 'data.party');
  if (party === undefined) {
    throw invalid('COMMAND.INVALID', 'data.party', 'name the party (education-office or local-government) acting');
  }
  if (actor.role === 'official' && actor.party !== undefined && actor.party !== party) {
    throw forbidden('AGREEMENT.PARTY_MISMATCH', `an official of the ${actor.party} cannot act for the ${party}`, {
      field: 'data.party',
      details: { actorParty: actor.party, party },
    });
  }
  return party;
}

function amendmentChanges(value: unknown): AmendmentChange[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw invalid('COMMAND.INVALID', 'data.changes', 'an amendment must list at least one change');
  }
  requireListSize(value, 'data.changes', LIST_LIMITS.amendmentChanges);
  const seen = new Set<string>();
  return value.map((entry, index): AmendmentChange => {
    const at = `data.changes[${index}]`;
    const change = requireObject(entry, at);
    const kind = requireOneOf(change['kind'], ['budget', 'add', 'withdraw'] as const, `${at}.kind`);
    const projectId = requireId(change['projectId'], `${at}.projectId`);
    if (seen.has(projectId)) {
      throw invalid('COMMAND.INVALID', `${at}.projectId`, `project ${projectId} appears in more than one change`);
    }
    seen.add(projectId);
    switch (kind) {
      case 'budget':
        return { kind, projectId, budget: budget(change['budget'], `${at}.budget`) };
      case 'add':
        return {
          kind,
          projectId,
          title: requireText(change['title'], `${at}.title`, TEXT_LIMITS.title),
          taskCode: requireTaskCode(change['taskCode'], `${at}.taskCode`),
          budget: budget(change['budget'], `${at}.budget`),
        };
      case 'withdraw':
        return { kind, projectId };
    }
  });
}

function termOf(state: AgreementState): AgreementTerm | null {
  return state.inForceFrom !== null && state.inForceUntil !== null ? { from: state.inForceFrom, until: state.inForceUntil } : null;
}

/** An amendment is proposed, consented to or refused only on a day within the term, and dated within it. */
function checkInForce(state: AgreementState, date: string, field?: string): void {
  const term = termOf(state);
  if (term !== null && !withinTerm(term, date)) {
    throw ruleBroken(
      'AGREEMENT.NOT_IN_FORCE',
      `the agreement is in force ${describeTerm(term)} (협약 기간 ${term.from} ~ ${term.until}); ${date} is outside its term`,
      { ...(field !== undefined ? { field } : {}), details: { term, inForceFrom: term.from, inForceUntil: term.until, date } },
    );
  }
}

/**
 * No amendment may cut a project's budget below what its funder has already spent there: refused
 * when it is proposed and again when it is consented to (spending may have gone on in between),
 * naming the project and the amount spent. The projects' spending arrives as facts read by the
 * application; without them (a caller that did not look) the project's own rule still holds.
 */
function checkCoversSpending(
  changes: readonly AmendmentChange[],
  facts: CommandFacts | undefined,
  fieldOf: (index: number, funder: Funder) => string,
): void {
  const projects = facts?.projects;
  if (projects === undefined) return;
  changes.forEach((change, index) => {
    if (change.kind !== 'budget') return;
    const project = projects[change.projectId];
    if (project === undefined || project === null) return;
    for (const funder of funders) {
      const spent = project.spent[funder];
      if (change.budget[funder] < spent) {
        throw ruleBroken(
          'AGREEMENT.AMENDMENT_BELOW_SPENT',
          `project ${change.projectId} has already spent ${spent} won from the ${funder}; the amendment's ${change.budget[funder]} won is below it`,
          {
            field: fieldOf(index, funder),
            details: {
              projectId: change.projectId,
              funder,
              spent,
              proposed: change.budget[funder],
              shortfall: spent - change.budget[funder],
            },
          },
        );
      }
    }
  });
}

/**
 * The operating plan of the agreement's district and year, as the application read it. No plan
 * recorded (`null`) and a caller that did not look (absent) both leave the listing as it was
 * before plans existed.
 */
function planOf(facts: CommandFacts | undefined): PlanOfAgreement | undefined {
  return facts?.plan ?? undefined;
}

function amendedBudgets(state: AgreementState, changes: readonly AmendmentChange[]): AmendedBudget[] {
  return changes.map((change) => {
    const previous = state.projects.find((project) => project.projectId === change.projectId)?.budget ?? null;
    return {
      projectId: change.projectId,
      kind: change.kind,
      previousBudget: previous,
      newBudget: change.kind === 'withdraw' ? null : change.budget,
    };
  });
}

/** The agreement a command is for: its district and year, and the id they make. */
interface AgreementRef {
  readonly agreementId: string;
  readonly district: DistrictCode;
  readonly year: number;
}

type Decision<T extends AgreementCommand['type']> = (
  command: Extract<AgreementCommand, { type: T }>,
  state: AgreementState,
  agreement: AgreementRef,
) => AgreementEvent[];

const draft: Decision<'DraftAgreement'> = ({ metadata: { today } }, _state, { agreementId, district, year }) => [
  { type: 'AgreementDrafted', data: { agreementId, district, year, draftedOn: today, workflowVersion: AGREEMENT_WORKFLOW_VERSION } },
];

const addProject: Decision<'AddProjectToAgreement'> = ({ data, metadata }, state, { agreementId }) => {
  const projectId = requireId(field(data, 'projectId'), 'data.projectId');
  const listed = {
    projectId,
    title: requireText(field(data, 'title'), 'data.title', TEXT_LIMITS.title),
    taskCode: requireTaskCode(field(data, 'taskCode'), 'data.taskCode'),
    budget: budget(field(data, 'budget'), 'data.budget'),
  };
  agreementRules.projectNotYetListed.enforce(state, { projectId });
  const outsidePlan = planListingRefusal(planOf(metadata.facts), projectId, 'data.projectId');
  if (outsidePlan !== undefined) throw outsidePlan;
  return [{ type: 'ProjectAddedToAgreement', data: { agreementId, ...listed } }];
};

const withdrawProject: Decision<'WithdrawProjectFromAgreement'> = ({ data }, state, { agreementId }) => {
  const projectId = requireId(field(data, 'projectId'), 'data.projectId');
  agreementRules.projectListed.enforce(state, { projectId });
  return [
    {
      type: 'ProjectWithdrawnFromAgreement',
      data: { agreementId, projectId, reason: optionalText(field(data, 'reason'), 'data.reason', TEXT_LIMITS.note) },
    },
  ];
};

/** A signature is dated no later than today, not before the draft, and within the agreement's year. */
function requireSignatureDay(signedOn: string, today: string, draftedOn: string | null, year: number, termEnd: string): void {
  if (signedOn > today) {
    throw ruleBroken('AGREEMENT.SIGNED_IN_FUTURE', `a signature cannot be dated ${signedOn}, after today (${today})`, {
      field: 'data.signedOn',
      details: { signedOn, today },
    });
  }
  if (draftedOn !== null && signedOn < draftedOn) {
    throw ruleBroken('AGREEMENT.SIGNED_BEFORE_DRAFT', `the agreement was drafted on ${draftedOn}; it cannot be signed on ${signedOn}`, {
      field: 'data.signedOn',
      details: { signedOn, draftedOn },
    });
  }
  if (signedOn > termEnd) {
    throw ruleBroken('AGREEMENT.TERM_ENDED', `the ${year} agreement runs until ${termEnd}; it cannot be signed on ${signedOn}`, {
      field: 'data.signedOn',
    });
  }
}

const sign: Decision<'SignAgreement'> = (command, state, { agreementId, district, year }) => {
  const {
    data,
    metadata: { today },
  } = command;
  const party = actingParty(command);
  const signedOn = requireIsoDate(field(data, 'signedOn'), 'data.signedOn');
  const termEnd = agreementTermEnd(year);
  agreementRules.signedWithProjects.enforce(state, { party });
  agreementRules.notYetSigned.enforce(state, { party });
  // The first signature fixes the listing, so it is the one held to the plan; the other party's follows it.
  if (state.status === 'drafting') {
    const offPlan = planSignatureRefusal(
      planOf(command.metadata.facts),
      state.projects.map((project) => project.projectId),
    );
    if (offPlan !== undefined) throw offPlan;
  }
  requireSignatureDay(signedOn, today, state.draftedOn, year, termEnd);
  const signed: AgreementEvent = {
    type: 'AgreementSigned',
    data: {
      agreementId,
      party,
      signatoryTitle: signatoryTitle(district, party),
      signatoryName: optionalText(field(data, 'signatoryName'), 'data.signatoryName', TEXT_LIMITS.label),
      signedBy: command.metadata.actor.id,
      signedOn,
      effectiveAt: signedOn,
    },
  };
  const other = state.signatures[party === 'education-office' ? 'local-government' : 'education-office'];
  if (other === null) return [signed];
  const inForceFrom = other.signedOn > signedOn ? other.signedOn : signedOn;
  return [
    signed,
    {
      type: 'AgreementCameIntoForce',
      data: { agreementId, district, year, inForceFrom, inForceUntil: termEnd, projects: state.projects, effectiveAt: inForceFrom },
    },
  ];
};

const proposeAmendment: Decision<'ProposeAmendment'> = (command, state, { agreementId }) => {
  const {
    data,
    metadata: { today },
  } = command;
  const party = actingParty(command);
  const amendmentId = requireId(field(data, 'amendmentId'), 'data.amendmentId');
  const changes = amendmentChanges(field(data, 'changes'));
  const reason = requireText(field(data, 'reason'), 'data.reason', TEXT_LIMITS.note);
  agreementRules.newAmendment.enforce(state, { amendmentId });
  checkInForce(state, today);
  agreementRules.amendmentFits.enforce(state, { changes });
  checkCoversSpending(changes, command.metadata.facts, (index, funder) => `data.changes[${index}].budget.${funder}`);
  return [{ type: 'AmendmentProposed', data: { agreementId, amendmentId, proposedBy: party, changes, reason, proposedOn: today } }];
};

/**
 * The amendment the other party answers: it exists, still waits for an answer, was proposed by
 * the other party, and today falls within the term.
 */
function amendmentToAnswer(
  command: Extract<AgreementCommand, { type: 'ConsentToAmendment' | 'RefuseAmendment' }>,
  state: AgreementState,
): { readonly party: Funder; readonly amendmentId: string; readonly amendment: Amendment } {
  const party = actingParty(command);
  const amendmentId = requireId(field(command.data, 'amendmentId'), 'data.amendmentId');
  const amendment = pendingAmendment(state, amendmentId);
  if (amendment === undefined) {
    const refusal = agreementRules.amendmentPending.refusal(state, { amendmentId });
    // An amendment already answered is "already done": the refusal names what the agreement still allows.
    throw refusal?.kind === 'transition' ? asAlreadyDone(refusal, agreementWorkflow.allowedActions(state), refusal.details ?? {}) : refusal;
  }
  if (command.type === 'ConsentToAmendment') agreementRules.consentByOtherParty.enforce(state, { amendmentId, consentedBy: party });
  else agreementRules.refusalByOtherParty.enforce(state, { amendmentId, refusedBy: party });
  checkInForce(state, command.metadata.today);
  return { party, amendmentId, amendment };
}

const consent: Decision<'ConsentToAmendment'> = (command, state, { agreementId }) => {
  const {
    data,
    metadata: { today },
  } = command;
  const { party, amendmentId, amendment } = amendmentToAnswer(command, state);
  agreementRules.amendmentStillFits.enforce(state, { amendmentId });
  checkCoversSpending(amendment.changes, command.metadata.facts, () => 'data.amendmentId');
  const consentedOn = optionalIsoDate(field(data, 'consentedOn'), 'data.consentedOn');
  if (consentedOn !== null) checkInForce(state, consentedOn, 'data.consentedOn');
  const term = termOf(state);
  return [
    {
      type: 'AmendmentConsented',
      data: {
        agreementId,
        amendmentId,
        proposedBy: amendment.proposedBy,
        consentedBy: party,
        changes: amendment.changes,
        budgets: amendedBudgets(state, amendment.changes),
        consentedOn: consentedOn ?? today,
        ...(term !== null ? { term } : {}),
        ...effective(consentedOn, today),
      },
    },
  ];
};

const refuse: Decision<'RefuseAmendment'> = (command, state, { agreementId }) => {
  const { party, amendmentId, amendment } = amendmentToAnswer(command, state);
  const reason = requireText(field(command.data, 'reason'), 'data.reason', TEXT_LIMITS.note);
  return [
    {
      type: 'AmendmentRefused',
      data: { agreementId, amendmentId, proposedBy: amendment.proposedBy, refusedBy: party, reason, refusedOn: command.metadata.today },
    },
  ];
};

const proposeWithdrawal: Decision<'ProposeWithdrawalOfCancelledProject'> = ({ data, metadata: { today } }, state, { agreementId }) => {
  const projectId = requireId(field(data, 'projectId'), 'data.projectId');
  const party = requireFunder(field(data, 'party'), 'data.party');
  const reason = requireText(field(data, 'reason'), 'data.reason', TEXT_LIMITS.note);
  const proposedOn = optionalIsoDate(field(data, 'proposedOn'), 'data.proposedOn') ?? today;
  checkInForce(state, proposedOn, 'data.proposedOn');
  const changes: AmendmentChange[] = [{ kind: 'withdraw', projectId }];
  agreementRules.amendmentFits.enforce(state, { changes });
  return [
    {
      type: 'AmendmentProposed',
      data: {
        agreementId,
        amendmentId: withdrawalOfCancelledProjectId(projectId),
        proposedBy: party,
        changes,
        reason: `세부사업 취소 (project cancelled): ${reason}`,
        proposedOn,
        cancelledProjectId: projectId,
      },
    },
  ];
};

const expire: Decision<'ExpireAgreement'> = ({ metadata: { today } }, state, { agreementId, district, year }) => {
  const expiredOn = agreementExpiryDate(year);
  if (today < expiredOn) {
    throw ruleBroken(
      'AGREEMENT.TERM_NOT_ENDED',
      `the ${year} agreement is in force until ${agreementTermEnd(year)}; it expires on ${expiredOn}`,
      {
        details: { inForceUntil: state.inForceUntil, expiresOn: expiredOn, today },
      },
    );
  }
  return [
    {
      type: 'AgreementExpired',
      data: {
        agreementId,
        district,
        year,
        inForceFrom: state.inForceFrom ?? agreementTermEnd(year),
        inForceUntil: state.inForceUntil ?? agreementTermEnd(year),
        expiredOn,
        lapsedAmendments: state.amendments.filter((amendment) => amendment.status === 'proposed').map((amendment) => amendment.amendmentId),
        ...effective(expiredOn, today),
      },
    },
  ];
};

function decideAgreement(command: AgreementCommand, state: AgreementState): AgreementEvent[] {
  const district = requireDistrict(field(command.data, 'district'), 'data.district');
  const year = requireYear(field(command.data, 'year'), 'data.year');
  const agreement: AgreementRef = { agreementId: agreementIdOf(district, year), district, year };
  switch (command.type) {
    case 'DraftAgreement':
      return draft(command, state, agreement);
    case 'AddProjectToAgreement':
      return addProject(command, state, agreement);
    case 'WithdrawProjectFromAgreement':
      return withdrawProject(command, state, agreement);
    case 'SignAgreement':
      return sign(command, state, agreement);
    case 'ProposeAmendment':
      return proposeAmendment(command, state, agreement);
    case 'ConsentToAmendment':
      return consent(command, state, agreement);
    case 'RefuseAmendment':
      return refuse(command, state, agreement);
    case 'ProposeWithdrawalOfCancelledProject':
      return proposeWithdrawal(command, state, agreement);
    case 'ExpireAgreement':
      return expire(command, state, agreement);
    default:
      return unknownCommand(command);
  }
}

/** The amendment a project's cancellation opens: one per project, so the reaction never doubles it. */
export function withdrawalOfCancelledProjectId(projectId: string): string {
  return `withdraw-cancelled-${projectId}`.slice(0, 160);
}

/**
 * A cancelled project's withdrawal has nothing left to do once the agreement has expired (its
 * money went back with the term), once the project is no longer listed, or once the amendment was
 * opened: each is an "already done" answer, so the reaction is not parked.
 */
function withdrawalAlreadySettled(command: AgreementCommand, state: AgreementState): DomainError | undefined {
  const projectId = String(field(command.data, 'projectId'));
  const allowed = agreementWorkflow.allowedActions(state);
  const details = { status: state.status, command: command.type, projectId };
  if (state.status === 'expired') {
    return transitionNotAllowed('AGREEMENT.ALREADY_EXPIRED', `the agreement expired on ${String(state.expiredOn)}`, allowed, details);
  }
  if (!agreementRules.newAmendment.holds(state, { amendmentId: withdrawalOfCancelledProjectId(projectId) })) {
    return transitionNotAllowed(
      'AGREEMENT.WITHDRAWAL_ALREADY_PROPOSED',
      `the withdrawal of cancelled project ${projectId} is already proposed`,
      allowed,
      details,
    );
  }
  if (state.status === 'inForce' && !agreementRules.projectListed.holds(state, { projectId })) {
    return transitionNotAllowed('AGREEMENT.PROJECT_ALREADY_WITHDRAWN', `project ${projectId} is no longer listed`, allowed, details);
  }
  return undefined;
}

function scopeOf(command: AgreementCommand): CommandScope {
  const district = requireDistrict(field(command.data, 'district'), 'data.district');
  switch (command.type) {
    case 'SignAgreement':
    case 'ProposeAmendment':
    case 'ConsentToAmendment':
    case 'RefuseAmendment': {
      const named = field(command.data, 'party');
      const party = named === undefined || named === null ? command.metadata.actor.party : requireFunder(named, 'data.party');
      return party === undefined ? { kind: 'official', district } : { kind: 'official', district, party };
    }
    case 'ExpireAgreement':
    case 'ProposeWithdrawalOfCancelledProject':
      return { kind: 'system' };
    default:
      return { kind: 'official', district };
  }
}

export const agreementWorkflow: Workflow<AgreementCommand, AgreementEvent, AgreementState> = machineWorkflow<
  AgreementCommand,
  AgreementEvent,
  AgreementStatus,
  AgreementContext
>({
  category: 'agreement',
  version: AGREEMENT_WORKFLOW_VERSION,
  codePrefix: 'AGREEMENT',
  noun: 'agreement',
  machine: agreementMachine,
  absentStatus: 'none',
  commandTypes: agreementCommandTypes,
  creatingCommands: ['DraftAgreement'],
  commandEvents,
  eventTypes,
  upcasters: [],
  alreadyDone(command, state): DomainError | undefined {
    if (command.type === 'ProposeWithdrawalOfCancelledProject') return withdrawalAlreadySettled(command, state);
    if (command.type === 'ExpireAgreement' && state.status === 'expired') {
      return transitionNotAllowed('AGREEMENT.ALREADY_EXPIRED', `the agreement expired on ${String(state.expiredOn)}`, [], {
        status: state.status,
        command: command.type,
      });
    }
    return undefined;
  },
  handle: decideAgreement,
  scope: scopeOf,
  streamIdOf: (command) =>
    agreementStreamId(
      requireDistrict(field(command.data, 'district'), 'data.district'),
      requireYear(field(command.data, 'year'), 'data.year'),
    ),
  view: (state): AgreementView => ({
    ...state,
    totals: state.projects.reduce(
      (sum, project) => ({
        'education-office': sum['education-office'] + project.budget['education-office'],
        'local-government': sum['local-government'] + project.budget['local-government'],
      }),
      { 'education-office': 0, 'local-government': 0 },
    ),
    pendingAmendments: state.amendments.filter((amendment) => amendment.status === 'proposed').map((amendment) => amendment.amendmentId),
  }),
});
