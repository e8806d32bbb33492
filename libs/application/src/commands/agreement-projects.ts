/**
 * An agreement lists only projects that exist, of its own district and year. The agreement's
 * decider sees only its own stream, so the command path checks the listed projects' streams
 * before deciding: a project that does not exist, or belongs to another district or year, is
 * refused (422 naming the project), instead of being signed and then never agreed; so is a
 * cancelled one. An amendment's budget changes are decided on what each project has spent. A
 * listing and a signature are decided on the district-year's operating plan, which the agreement
 * lists exactly once it is approved.
 */
import {
  agreementStreamId,
  type DomainCommand,
  isDistrictCode,
  isId,
  operatingPlanStreamId,
  type PlanOfAgreement,
  projectStreamId,
} from '@gongron/domain';
import { CommandRefused } from './command-refused.js';

/** The current view or folded state of another stream, undefined when nothing is recorded under it. */
export interface StreamFacts {
  view(streamId: string): Promise<Record<string, unknown> | undefined>;
  state(streamId: string): Promise<Record<string, unknown> | undefined>;
}

/**
 * A check of facts outside the command's own stream, run before the decision. What it returns is
 * handed to the decider as `metadata.facts`: the domain decides on them without reading anything.
 */
export type CommandPrecondition = (command: DomainCommand, facts: StreamFacts) => Promise<Readonly<Record<string, unknown>> | void>;

interface ProjectReference {
  readonly projectId: string;
  /** Where in the command it is named, e.g. `data.changes[2].projectId`. */
  readonly field: string;
}

async function checkListedProjects(command: DomainCommand, facts: StreamFacts, references: readonly ProjectReference[]): Promise<void> {
  const data = command.data as { district?: unknown; year?: unknown };
  // A malformed command is the decider's to refuse, with its own field names.
  if (typeof data.district !== 'string' || typeof data.year !== 'number') return;
  for (const { projectId, field } of references) {
    const project = await facts.view(projectStreamId(projectId));
    if (!project) {
      throw new CommandRefused(
        'rule',
        'AGREEMENT.PROJECT_UNKNOWN',
        `There is no project ${projectId}; an agreement lists only existing projects.`,
        {
          field,
          details: { projectId },
        },
      );
    }
    if (project.district !== data.district) {
      throw new CommandRefused(
        'rule',
        'AGREEMENT.PROJECT_OF_ANOTHER_DISTRICT',
        `Project ${projectId} belongs to ${String(project.district)}, not to the ${data.district} agreement.`,
        { field, details: { projectId, projectDistrict: project.district, agreementDistrict: data.district } },
      );
    }
    if (project.status === 'cancelled') {
      throw new CommandRefused(
        'rule',
        'AGREEMENT.PROJECT_CANCELLED',
        `Project ${projectId} is cancelled; an agreement does not list a cancelled project.`,
        {
          field,
          details: { projectId },
        },
      );
    }
    if (project.year !== data.year) {
      throw new CommandRefused(
        'rule',
        'AGREEMENT.PROJECT_OF_ANOTHER_YEAR',
        `Project ${projectId} is a ${String(project.year)} project, not one of the ${data.year} agreement.`,
        { field, details: { projectId, projectYear: project.year, agreementYear: data.year } },
      );
    }
  }
}

/**
 * The operating plan of the agreement's district and year, for the decider to hold a listing and
 * the first signature to it (`null`: the district has recorded no plan for the year).
 */
async function planOfAgreement(command: DomainCommand, facts: StreamFacts): Promise<{ plan: PlanOfAgreement | null } | undefined> {
  const data = command.data as { district?: unknown; year?: unknown };
  if (!isDistrictCode(data.district) || typeof data.year !== 'number' || !Number.isInteger(data.year)) return undefined;
  const plan = await facts.state(operatingPlanStreamId(data.district, data.year));
  if (!plan) return { plan: null };
  return {
    plan: {
      planId: plan.planId as PlanOfAgreement['planId'],
      status: plan.status as PlanOfAgreement['status'],
      approvedProjects: plan.approvedProjects as PlanOfAgreement['approvedProjects'],
    },
  };
}

function agreementStreamOf(command: DomainCommand): string | undefined {
  const data = command.data as { district?: unknown; year?: unknown };
  if (!isDistrictCode(data.district) || typeof data.year !== 'number' || !Number.isInteger(data.year)) return undefined;
  return agreementStreamId(data.district, data.year);
}

interface ListedChange {
  readonly kind?: unknown;
  readonly projectId?: unknown;
}

/**
 * What each project whose budget an amendment changes has spent, for the decider to refuse a cut
 * below it before the amendment is proposed or consented to (instead of a consented amendment the
 * project then refuses).
 */
async function spendingOf(changes: readonly ListedChange[], facts: StreamFacts): Promise<Record<string, unknown>> {
  const projects: Record<string, unknown> = {};
  for (const change of changes) {
    if (change.kind !== 'budget' || !isId(change.projectId)) continue;
    const project = await facts.state(projectStreamId(change.projectId));
    projects[change.projectId] = project ? { status: project.status, spent: project.spent } : null;
  }
  return { projects };
}

/**
 * An agreement listing a project that has since been cancelled gets no first signature until the
 * project is withdrawn. Once one party has signed, the listing is fixed and the other's signature
 * is not held back (that would leave the agreement unable to move).
 */
async function checkNoCancelledListing(command: DomainCommand, facts: StreamFacts): Promise<void> {
  const streamId = agreementStreamOf(command);
  if (streamId === undefined) return;
  const agreement = await facts.state(streamId);
  if (agreement?.status !== 'drafting') return;
  const listed = (agreement?.projects ?? []) as readonly { projectId: string }[];
  for (const [index, { projectId }] of listed.entries()) {
    const project = await facts.view(projectStreamId(projectId));
    if (project?.status === 'cancelled') {
      throw new CommandRefused(
        'rule',
        'AGREEMENT.PROJECT_CANCELLED',
        `Project ${projectId} is cancelled; withdraw it from the agreement before signing.`,
        { field: `projects[${index}]`, details: { projectId } },
      );
    }
  }
}

export const agreementPreconditions: Readonly<Record<string, CommandPrecondition>> = {
  SignAgreement: async (command, facts) => {
    await checkNoCancelledListing(command, facts);
    return planOfAgreement(command, facts);
  },
  ConsentToAmendment: async (command, facts) => {
    const streamId = agreementStreamOf(command);
    const amendmentId = (command.data as { amendmentId?: unknown }).amendmentId;
    if (streamId === undefined || typeof amendmentId !== 'string') return;
    const agreement = await facts.state(streamId);
    const amendments = (agreement?.amendments ?? []) as readonly { amendmentId: string; changes: readonly ListedChange[] }[];
    const amendment = amendments.find((candidate) => candidate.amendmentId === amendmentId);
    return amendment ? spendingOf(amendment.changes, facts) : undefined;
  },
  AddProjectToAgreement: async (command, facts) => {
    const projectId = (command.data as { projectId?: unknown }).projectId;
    if (typeof projectId === 'string') await checkListedProjects(command, facts, [{ projectId, field: 'data.projectId' }]);
    return planOfAgreement(command, facts);
  },
  ProposeAmendment: async (command, facts) => {
    const changes = (command.data as { changes?: unknown }).changes;
    if (!Array.isArray(changes)) return;
    const added: ProjectReference[] = [];
    changes.forEach((change: unknown, index) => {
      const c = change as { kind?: unknown; projectId?: unknown } | null;
      if (c && c.kind === 'add' && typeof c.projectId === 'string')
        added.push({ projectId: c.projectId, field: `data.changes[${index}].projectId` });
    });
    await checkListedProjects(command, facts, added);
    return spendingOf(changes as ListedChange[], facts);
  },
};
