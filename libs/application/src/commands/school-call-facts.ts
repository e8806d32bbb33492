/**
 * The facts a call for schools is decided on, read before deciding: the project a new call is
 * opened for and how many calls it has run (calls are numbered 1, 2, … within their project, so
 * its calls are read by number, without a read model); the configured school that applies; and,
 * for a grant, the project's allocation and what its other calls and its direct grants (지정 교부)
 * have granted; for a school's expenditure, the project's grant it names. The domain gets them as
 * `metadata.facts` and decides on them; it reads nothing.
 *
 * Two grants of the same project decided in the same instant in two different calls would each
 * see the other's call before it: the allocation holds per call stream, and across calls up to
 * that race.
 */
import {
  type Budget,
  type DomainCommand,
  type SchoolCatalog,
  SCHOOL_CALL_LIMITS,
  type SchoolGrant,
  addBudgets,
  directSchoolGrantsId,
  isId,
  projectStreamId,
  schoolCallId,
  schoolCallStreamId,
  zeroBudget,
} from '@gongron/domain';
import type { CommandPrecondition, StreamFacts } from './agreement-projects.js';

async function projectFacts(facts: StreamFacts, projectId: string): Promise<Record<string, unknown> | null> {
  const project = await facts.state(projectStreamId(projectId));
  if (!project) return null;
  return {
    projectId,
    status: project.status,
    district: project.district,
    year: project.year,
    title: project.title,
    taskCode: project.taskCode,
    plannedBudget: project.plannedBudget,
    sourceAgendaItemId: project.sourceAgendaItemId ?? null,
  };
}

interface GrantingStream {
  readonly callId: string;
  readonly granted: Budget;
  readonly grants: readonly SchoolGrant[];
}

const grantingStream = (callId: string, stream: Record<string, unknown>): GrantingStream => ({
  callId,
  granted: (stream.granted as Budget | undefined) ?? zeroBudget,
  grants: (stream.grants as readonly SchoolGrant[] | undefined) ?? [],
});

/** The calls a project has run, by number, until the first number not recorded. */
async function callsOf(facts: StreamFacts, projectId: string): Promise<GrantingStream[]> {
  const calls: GrantingStream[] = [];
  for (let number = 1; number <= SCHOOL_CALL_LIMITS.callsPerProject; number += 1) {
    const callId = schoolCallId(projectId, number);
    const call = await facts.state(schoolCallStreamId(callId));
    if (!call) break;
    calls.push(grantingStream(callId, call));
  }
  return calls;
}

/** The project's calls and, once it has granted directly, its direct grants: every stream that grants its money. */
async function grantingStreamsOf(facts: StreamFacts, projectId: string): Promise<GrantingStream[]> {
  const directId = directSchoolGrantsId(projectId);
  const direct = await facts.state(schoolCallStreamId(directId));
  return [...(await callsOf(facts, projectId)), ...(direct ? [grantingStream(directId, direct)] : [])];
}

const grantedBy = (streams: readonly GrantingStream[]): Budget =>
  streams.reduce((sum, other) => addBudgets(sum, other.granted), zeroBudget);

/** The project's money as a grant's decision sees it, with what the given streams granted already. */
async function grantBudgetOf(facts: StreamFacts, projectId: string, others: readonly GrantingStream[]) {
  const project = await facts.state(projectStreamId(projectId));
  if (!project) return null;
  return {
    projectId,
    status: project.status,
    allocation: project.allocation ?? null,
    released: project.release !== null && project.release !== undefined,
    grantedInOtherCalls: grantedBy(others),
  };
}

function callIdOf(command: DomainCommand): string | undefined {
  const callId = (command.data as { callId?: unknown }).callId;
  return isId(callId) ? callId : undefined;
}

export function schoolCallPreconditions(schools: SchoolCatalog): Readonly<Record<string, CommandPrecondition>> {
  return {
    OpenSchoolCall: async (command, facts) => {
      const projectId = (command.data as { projectId?: unknown }).projectId;
      // A malformed command is the decider's to refuse, with its own field names.
      if (!isId(projectId)) return;
      const project = await projectFacts(facts, projectId);
      return { project, schoolCallsOfProject: project ? (await callsOf(facts, projectId)).length : 0 };
    },
    ReceiveSchoolApplication: (command) => {
      const schoolId = (command.data as { schoolId?: unknown }).schoolId;
      return Promise.resolve(isId(schoolId) ? { school: schools.schoolOf(schoolId) ?? null } : undefined);
    },
    AwardSchoolGrant: async (command, facts) => {
      const callId = callIdOf(command);
      if (callId === undefined) return;
      const call = await facts.state(schoolCallStreamId(callId));
      const projectId = call?.projectId;
      if (typeof projectId !== 'string') return;
      const others = (await grantingStreamsOf(facts, projectId)).filter((other) => other.callId !== callId);
      return { grantBudget: await grantBudgetOf(facts, projectId, others) };
    },
    AwardDirectSchoolGrant: async (command, facts) => {
      const { projectId, schoolId } = command.data as { projectId?: unknown; schoolId?: unknown };
      if (!isId(projectId)) return;
      return {
        project: await projectFacts(facts, projectId),
        school: isId(schoolId) ? (schools.schoolOf(schoolId) ?? null) : null,
        grantBudget: await grantBudgetOf(facts, projectId, await callsOf(facts, projectId)),
      };
    },
    RecordExpenditure: async (command, facts) => {
      const { projectId, executedBy, grantId } = command.data as { projectId?: unknown; executedBy?: unknown; grantId?: unknown };
      if (executedBy !== 'school' || !isId(projectId) || !isId(grantId)) return;
      for (const stream of await grantingStreamsOf(facts, projectId)) {
        const grant = stream.grants.find((candidate) => candidate.grantId === grantId);
        if (grant !== undefined) {
          const { schoolId, schoolName, amount } = grant;
          return { schoolGrant: { grantId, callId: stream.callId, projectId, schoolId, schoolName, amount } };
        }
      }
      return { schoolGrant: null };
    },
  };
}
