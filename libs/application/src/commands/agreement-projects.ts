/**
 * An agreement lists only projects that exist, of its own district and year. The agreement's
 * decider sees only its own stream, so the command path checks the listed projects' streams
 * before deciding: a project that does not exist, or belongs to another district or year, is
 * refused (422 naming the project), instead of being signed and then never agreed.
 */
import { CommandRefused } from './command-refused.js';
import type { DomainCommandLike } from './workflow-port.js';

/** The current view or folded state of another stream, undefined when nothing is recorded under it. */
export interface StreamFacts {
  view(streamId: string): Promise<Record<string, unknown> | undefined>;
  state(streamId: string): Promise<Record<string, unknown> | undefined>;
}

/**
 * A check of facts outside the command's own stream, run before the decision. What it returns is
 * handed to the decider as `metadata.facts`: the domain decides on them without reading anything.
 */
export type CommandPrecondition = (command: DomainCommandLike, facts: StreamFacts) => Promise<Readonly<Record<string, unknown>> | void>;

interface ProjectReference {
  readonly projectId: string;
  /** Where in the command it is named, e.g. `data.changes[2].projectId`. */
  readonly field: string;
}

async function checkListedProjects(command: DomainCommandLike, facts: StreamFacts, references: readonly ProjectReference[]): Promise<void> {
  const data = command.data as { district?: unknown; year?: unknown };
  // A malformed command is the decider's to refuse, with its own field names.
  if (typeof data.district !== 'string' || typeof data.year !== 'number') return;
  for (const { projectId, field } of references) {
    const project = await facts.view(`project:${projectId}`);
    if (!project) {
      throw new CommandRefused('rule', 'AGREEMENT.PROJECT_UNKNOWN', `There is no project ${projectId}; an agreement lists only existing projects.`, {
        field,
        details: { projectId },
      });
    }
    if (project.district !== data.district) {
      throw new CommandRefused(
        'rule',
        'AGREEMENT.PROJECT_OF_ANOTHER_DISTRICT',
        `Project ${projectId} belongs to ${String(project.district)}, not to the ${data.district} agreement.`,
        { field, details: { projectId, projectDistrict: project.district, agreementDistrict: data.district } },
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

export const agreementPreconditions: Readonly<Record<string, CommandPrecondition>> = {
  AddProjectToAgreement: (command, facts) => {
    const projectId = (command.data as { projectId?: unknown }).projectId;
    return typeof projectId === 'string' ? checkListedProjects(command, facts, [{ projectId, field: 'data.projectId' }]) : Promise.resolve();
  },
  ProposeAmendment: (command, facts) => {
    const changes = (command.data as { changes?: unknown }).changes;
    if (!Array.isArray(changes)) return Promise.resolve();
    const added: ProjectReference[] = [];
    changes.forEach((change: unknown, index) => {
      const c = change as { kind?: unknown; projectId?: unknown } | null;
      if (c && c.kind === 'add' && typeof c.projectId === 'string') added.push({ projectId: c.projectId, field: `data.changes[${index}].projectId` });
    });
    return checkListedProjects(command, facts, added);
  },
};
