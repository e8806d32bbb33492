/**
 * The facts an operating plan's commands depend on, read from other streams before deciding: the
 * project a command puts into the plan (where it belongs, what it plans, where it came from), and
 * for the committee's decision the steering committee's roster and the meeting it names. The
 * domain receives them as `metadata.facts` and decides on them; it reads nothing.
 */
import { type DomainCommand, isDistrictCode, isId, meetingStreamId, projectStreamId, rosterStreamId } from '@gongron/domain';
import type { CommandPrecondition, StreamFacts } from './agreement-projects.js';

async function projectFacts(command: DomainCommand, facts: StreamFacts): Promise<Record<string, unknown> | void> {
  const projectId = (command.data as { projectId?: unknown }).projectId;
  if (!isId(projectId)) return;
  const project = await facts.view(projectStreamId(projectId));
  if (!project) return { project: null };
  return {
    project: {
      projectId,
      status: project.status,
      district: project.district,
      year: project.year,
      title: project.title,
      taskCode: project.taskCode,
      plannedBudget: project.plannedBudget,
      sourceAgendaItemId: project.sourceAgendaItemId ?? null,
    },
  };
}

async function decisionFacts(command: DomainCommand, facts: StreamFacts): Promise<Record<string, unknown> | void> {
  const data = command.data as { district?: unknown; meeting?: { meetingId?: unknown } | null };
  if (!isDistrictCode(data.district)) return;
  const meetingId = typeof data.meeting === 'object' && data.meeting !== null ? data.meeting.meetingId : undefined;
  const meeting = isId(meetingId) ? ((await facts.state(meetingStreamId(meetingId))) ?? null) : null;
  const roster = (await facts.state(rosterStreamId(data.district, 'steering-committee'))) ?? null;
  return { roster, meeting };
}

export const operatingPlanPreconditions: Readonly<Record<string, CommandPrecondition>> = {
  AddProjectToPlan: projectFacts,
  DecideOperatingPlan: decisionFacts,
};
