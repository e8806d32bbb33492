/**
 * Material for the operating plan specs: the suwon 2025 plan, one valid sample of every command,
 * the paths into each state, and the steering committee's meeting with the plan on its agenda.
 */
import {
  type Actor,
  type MeetingCommand,
  type OperatingPlanCommand,
  type OperatingPlanStatus,
  type ProjectFacts,
  type RosterCommand,
  meetingWorkflow,
  operatingPlanAgendaEntryId,
  rosterWorkflow,
} from '../../src/index.js';
import { addMember, meta, run } from './scenarios.js';

export const PLAN_ADDRESS = { district: 'suwon', year: 2025 } as const;
export const PLAN_AGENDA_ENTRY = operatingPlanAgendaEntryId('suwon', 2025);
export const PLAN_MEETING = 'suwon-steering-committee-2024-5';
export const PLAN_NOW = '2024-11-20T10:00:00+09:00';

export const workingSecretary: Actor = { id: 'token-working', role: 'secretary', district: 'suwon', body: 'working-council' };
export const steeringSecretary: Actor = { id: 'token-steering', role: 'secretary', district: 'suwon', body: 'steering-committee' };

export const planMeta = (actor: Actor = workingSecretary, now = PLAN_NOW) => meta(actor, now);

/** A project as its stream holds it; an item's project unless `sourceAgendaItemId` is null. */
export function projectFacts(projectId: string, change: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    projectId,
    status: 'planned',
    district: 'suwon',
    year: 2025,
    title: `세부사업 ${projectId}`,
    taskCode: '2-1',
    plannedBudget: { 'education-office': 30_000_000, 'local-government': 20_000_000 },
    sourceAgendaItemId: `item-of-${projectId}`,
    ...change,
  };
}

/** The steering committee of suwon: 11 members on roll. */
export const steeringRoster = run(
  rosterWorkflow,
  Array.from({ length: 11 }, (_, index): RosterCommand => {
    const command = addMember(`s-${index + 1}`) as Extract<RosterCommand, { type: 'AddMember' }>;
    return { ...command, data: { ...command.data, body: 'steering-committee' } };
  }),
).state;

const scheduleMeeting = (agenda: readonly { itemId?: string; title: string }[]): MeetingCommand => ({
  type: 'ScheduleMeeting',
  data: {
    district: 'suwon',
    body: 'steering-committee',
    number: 5,
    heldOn: '2024-11-19',
    startsAt: '14:00',
    place: '수원시청 대회의실',
    agenda,
  },
  metadata: meta(steeringSecretary),
});
const convene = (attending: number): MeetingCommand => ({
  type: 'ConveneMeeting',
  data: { meetingId: PLAN_MEETING, attending: Array.from({ length: attending }, (_, index) => `s-${index + 1}`) },
  metadata: { ...meta(steeringSecretary), facts: { roster: steeringRoster } },
});

/** The committee's 제5차 meeting on 19 November 2024, convened with `attending` of its 11 members, the plan on its agenda. */
export function planMeeting(
  attending = 8,
  agenda: readonly { itemId?: string; title: string }[] = [{ itemId: PLAN_AGENDA_ENTRY, title: '2025년 운영계획 심의' }],
) {
  return run(meetingWorkflow, [scheduleMeeting(agenda), convene(attending)]).state;
}

export function decideCommand(
  decision: 'approved' | 'revisionRequested' | 'rejected',
  votes: { for: number; against?: number; abstain?: number } = { for: 6, against: 1, abstain: 1 },
  change: { meeting?: ReturnType<typeof planMeeting> | null; feedback?: string; tally?: Record<string, number> } = {},
): Extract<OperatingPlanCommand, { type: 'DecideOperatingPlan' }> {
  const meeting = change.meeting === undefined ? planMeeting() : change.meeting;
  return {
    type: 'DecideOperatingPlan',
    data: {
      ...PLAN_ADDRESS,
      decision,
      meeting: { meetingId: PLAN_MEETING },
      tally: change.tally ?? { for: votes.for, against: votes.against ?? 0, abstain: votes.abstain ?? 0 },
      ...(change.feedback !== undefined ? { feedback: change.feedback } : {}),
    },
    metadata: { ...planMeta(steeringSecretary), facts: { roster: steeringRoster, meeting } },
  };
}

export function addProjectCommand(
  projectId: string,
  facts: ProjectFacts | null = projectFacts(projectId),
): Extract<OperatingPlanCommand, { type: 'AddProjectToPlan' }> {
  return { type: 'AddProjectToPlan', data: { ...PLAN_ADDRESS, projectId }, metadata: { ...planMeta(), facts: { project: facts } } };
}

export const operatingPlanCommands: { readonly [T in OperatingPlanCommand['type']]: Extract<OperatingPlanCommand, { type: T }> } = {
  DraftOperatingPlan: {
    type: 'DraftOperatingPlan',
    data: { ...PLAN_ADDRESS, title: '2025년 수원 미래교육협력지구 운영계획' },
    metadata: planMeta(),
  },
  AddProjectToPlan: addProjectCommand('item-1-p1'),
  RemoveProjectFromPlan: {
    type: 'RemoveProjectFromPlan',
    data: { ...PLAN_ADDRESS, projectId: 'item-1-p1', reason: '내년도로 이월' },
    metadata: planMeta(),
  },
  SubmitOperatingPlan: { type: 'SubmitOperatingPlan', data: { ...PLAN_ADDRESS }, metadata: planMeta() },
  DecideOperatingPlan: decideCommand('approved'),
  RedraftOperatingPlan: {
    type: 'RedraftOperatingPlan',
    data: { ...PLAN_ADDRESS, reason: '부결 사유(지자체 분담 근거 부족)를 반영하여 다시 작성' },
    metadata: planMeta(),
  },
};

const o = operatingPlanCommands;
export const operatingPlanPaths: { readonly [S in OperatingPlanStatus]: readonly OperatingPlanCommand[] } = {
  none: [],
  drafting: [o.DraftOperatingPlan, o.AddProjectToPlan],
  underReview: [o.DraftOperatingPlan, o.AddProjectToPlan, o.SubmitOperatingPlan],
  approved: [o.DraftOperatingPlan, o.AddProjectToPlan, o.SubmitOperatingPlan, o.DecideOperatingPlan],
  rejected: [
    o.DraftOperatingPlan,
    o.AddProjectToPlan,
    o.SubmitOperatingPlan,
    decideCommand('rejected', { for: 1, against: 6, abstain: 1 }),
  ],
};
