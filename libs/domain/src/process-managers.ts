/**
 * Process managers: pure reactions to an event of one stream, returning commands for another.
 * The same event always yields the same commands with the same ids, so the application may run
 * one again after a crash; the target commands refuse a repeat with a typed 'transition' error.
 */
import type { ApprovedProject, LinkProject, MarkProjectEvaluated, ReviewDecisionRecorded } from './agenda-item/agenda-item.messages.js';
import type { AgreementCameIntoForce, AmendmentConsented, ProposeWithdrawalOfCancelledProject } from './agreement/agreement.messages.js';
import type { CommandMetadata, RecordedEvent } from './messages.js';
import type {
  AmendProjectBudget,
  CreateProject,
  MarkProjectAgreed,
  ProjectCancelled,
  ProjectCreated,
  ProjectEvaluated,
  ReleaseFromAgreement,
} from './project/project.messages.js';
import type { DomainCommand } from './registry.js';

export interface ProcessManager {
  /** Stable, e.g. 'project-from-approved-item'. */
  readonly name: string;
  /** Event types it reacts to. */
  readonly handles: readonly string[];
  react(event: RecordedEvent): DomainCommand[];
}

function metadataFor(name: string, event: RecordedEvent): CommandMetadata {
  return { now: event.recordedAt, today: event.recordedOn, actor: { id: `system:${name}`, role: 'system' }, causationId: event.id };
}

function dataOf<E extends { data: unknown }>(event: RecordedEvent): E['data'] {
  return event.data as E['data'];
}

export const projectFromApprovedItem: ProcessManager = {
  name: 'project-from-approved-item',
  handles: ['ReviewDecisionRecorded'],
  react(event) {
    if (event.type !== 'ReviewDecisionRecorded') return [];
    const data = dataOf<ReviewDecisionRecorded>(event);
    if ((data.decision !== 'approved' && data.decision !== 'conditionallyApproved') || data.project === null) return [];
    const project: ApprovedProject = data.project;
    const command: CreateProject = {
      type: 'CreateProject',
      data: {
        projectId: project.projectId,
        district: project.district,
        year: project.year,
        title: project.title,
        taskCode: project.taskCode,
        plannedBudget: project.plannedBudget,
        sourceAgendaItemId: data.itemId,
        sourceRevisionId: project.revisionId,
        ...(project.conditions !== undefined && project.conditions.length > 0 ? { conditions: project.conditions } : {}),
      },
      metadata: metadataFor('project-from-approved-item', event),
    };
    return [command];
  },
};

export const itemLinkedToProject: ProcessManager = {
  name: 'item-linked-to-project',
  handles: ['ProjectCreated'],
  react(event) {
    if (event.type !== 'ProjectCreated') return [];
    const data = dataOf<ProjectCreated>(event);
    if (data.sourceAgendaItemId === null || data.sourceAgendaItemId === undefined) return [];
    const command: LinkProject = {
      type: 'LinkProject',
      data: { itemId: data.sourceAgendaItemId, projectId: data.projectId },
      metadata: metadataFor('item-linked-to-project', event),
    };
    return [command];
  },
};

export const projectsAgreedByAgreement: ProcessManager = {
  name: 'projects-agreed-by-agreement',
  handles: ['AgreementCameIntoForce'],
  react(event) {
    if (event.type !== 'AgreementCameIntoForce') return [];
    const data = dataOf<AgreementCameIntoForce>(event);
    return data.projects.map((project): MarkProjectAgreed => ({
      type: 'MarkProjectAgreed',
      data: {
        projectId: project.projectId,
        agreementId: data.agreementId,
        allocation: project.budget,
        agreedOn: data.inForceFrom,
        term: { from: data.inForceFrom, until: data.inForceUntil },
      },
      metadata: metadataFor('projects-agreed-by-agreement', event),
    }));
  },
};

export const projectBudgetsFromAmendment: ProcessManager = {
  name: 'project-budgets-from-amendment',
  handles: ['AmendmentConsented'],
  react(event) {
    if (event.type !== 'AmendmentConsented') return [];
    const data = dataOf<AmendmentConsented>(event);
    const commands: DomainCommand[] = [];
    for (const change of data.budgets) {
      if (change.kind === 'withdraw') {
        // The withdrawn project gives back what it has not spent and spends no more.
        const command: ReleaseFromAgreement = {
          type: 'ReleaseFromAgreement',
          data: { projectId: change.projectId, agreementId: data.agreementId, amendmentId: data.amendmentId, releasedOn: data.consentedOn },
          metadata: metadataFor('project-budgets-from-amendment', event),
        };
        commands.push(command);
        continue;
      }
      if (change.newBudget === null) continue;
      if (change.kind === 'budget') {
        const command: AmendProjectBudget = {
          type: 'AmendProjectBudget',
          data: {
            projectId: change.projectId,
            amendmentId: data.amendmentId,
            agreementId: data.agreementId,
            newAllocation: change.newBudget,
            amendedOn: data.consentedOn,
          },
          metadata: metadataFor('project-budgets-from-amendment', event),
        };
        commands.push(command);
      } else if (change.kind === 'add') {
        const command: MarkProjectAgreed = {
          type: 'MarkProjectAgreed',
          data: {
            projectId: change.projectId,
            agreementId: data.agreementId,
            allocation: change.newBudget,
            agreedOn: data.consentedOn,
            ...(data.term !== undefined ? { term: data.term } : {}),
          },
          metadata: metadataFor('project-budgets-from-amendment', event),
        };
        commands.push(command);
      }
    }
    return commands;
  },
};

/**
 * A project cancelled after its agreement allocated its budget leaves the agreement by amendment:
 * the cancellation opens the withdrawal in the name of the party that cancelled it (the education
 * office when an administrator did), and the other party consents or refuses.
 */
export const withdrawalOfCancelledProject: ProcessManager = {
  name: 'withdrawal-of-cancelled-project',
  handles: ['ProjectCancelled'],
  react(event) {
    if (event.type !== 'ProjectCancelled') return [];
    const data = dataOf<ProjectCancelled>(event);
    if (data.agreementId === undefined || data.agreementId === null || data.district === undefined || data.year === undefined) return [];
    const command: ProposeWithdrawalOfCancelledProject = {
      type: 'ProposeWithdrawalOfCancelledProject',
      data: {
        district: data.district,
        year: data.year,
        projectId: data.projectId,
        party: data.cancelledBy ?? 'education-office',
        reason: data.reason,
        proposedOn: data.cancelledOn,
      },
      metadata: metadataFor('withdrawal-of-cancelled-project', event),
    };
    return [command];
  },
};

export const itemAwaitsFeedback: ProcessManager = {
  name: 'item-awaits-feedback',
  handles: ['ProjectEvaluated'],
  react(event) {
    if (event.type !== 'ProjectEvaluated') return [];
    const data = dataOf<ProjectEvaluated>(event);
    if (data.sourceAgendaItemId === null || data.sourceAgendaItemId === undefined) return [];
    const command: MarkProjectEvaluated = {
      type: 'MarkProjectEvaluated',
      data: { itemId: data.sourceAgendaItemId, projectId: data.projectId, evaluatedOn: data.evaluatedOn },
      metadata: metadataFor('item-awaits-feedback', event),
    };
    return [command];
  },
};

export const processManagers: readonly ProcessManager[] = [
  projectFromApprovedItem,
  itemLinkedToProject,
  projectsAgreedByAgreement,
  projectBudgetsFromAmendment,
  withdrawalOfCancelledProject,
  itemAwaitsFeedback,
];
