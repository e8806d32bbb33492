/**
 * Every rule a guard of the roster, meeting and operating-plan machines asks is reachable through
 * `decide` with its own stable code: the list of rule × code is built from the guards themselves,
 * each entry is driven to refusal by a real command below, and none falls back to the generic
 * `…RULE_VIOLATED`. A rule a guard asks that has no case here fails the coverage test.
 */
import {
  type AnyWorkflow,
  type Rule,
  isRuleGuard,
  meetingRules,
  meetingWorkflow,
  operatingPlanRules,
  operatingPlanWorkflow,
  rosterRules,
  rosterWorkflow,
} from '../src/index.js';
import { decideCommand, operatingPlanCommands as o, operatingPlanPaths, planMeeting } from './support/operating-plan-scenarios.js';
import { ITEM, meetingCommands as mt, meetingPaths, meta, rosterCommands as r, rosterPaths, run } from './support/scenarios.js';
import { refusalOf } from './support/refusals.js';

interface RefusalCase {
  readonly workflow: AnyWorkflow;
  /** The rule, as the workflow's rules object names it. */
  readonly rule: string;
  readonly code: string;
  /** The field the refusal names. */
  readonly field?: string;
  /** The commands before the refused one. */
  readonly before: readonly { readonly type: string; readonly data: unknown }[];
  readonly command: { readonly type: string; readonly data: unknown; readonly metadata?: unknown };
}

const roster = rosterWorkflow as unknown as AnyWorkflow;
const addM2 = (change: Record<string, unknown>) => ({
  ...r.AddMember,
  data: { ...r.AddMember.data, memberId: 'm-2', role: 'member' as const, ...change },
});

const rosterCases: readonly RefusalCase[] = [
  {
    workflow: roster,
    rule: 'newMember',
    code: 'ROSTER.DUPLICATE_MEMBER',
    field: 'data.memberId',
    before: rosterPaths.active,
    command: r.AddMember,
  },
  {
    workflow: roster,
    rule: 'termInOrder',
    code: 'ROSTER.TERM_INVALID',
    field: 'data.termUntil',
    before: rosterPaths.active,
    command: { ...r.ChangeMemberTerm, data: { ...r.ChangeMemberTerm.data, termUntil: '2024-02-01' } },
  },
  {
    workflow: roster,
    rule: 'currentMember',
    code: 'ROSTER.MEMBER_UNKNOWN',
    field: 'data.memberId',
    before: rosterPaths.active,
    command: { ...r.ChangeMemberRole, data: { ...r.ChangeMemberRole.data, memberId: 'm-9' } },
  },
  {
    workflow: roster,
    rule: 'currentMember',
    code: 'ROSTER.MEMBER_LEFT',
    field: 'data.memberId',
    before: [...rosterPaths.active, r.RemoveMember],
    command: r.ChangeMemberRole,
  },
  {
    workflow: roster,
    rule: 'leavesWithinTerm',
    code: 'ROSTER.TERM_INVALID',
    field: 'data.leftOn',
    before: rosterPaths.active,
    command: { ...r.RemoveMember, data: { ...r.RemoveMember.data, leftOn: '2024-01-31' } },
  },
  {
    workflow: roster,
    rule: 'oneChair',
    code: 'ROSTER.CHAIR_TAKEN',
    field: 'data.role',
    before: rosterPaths.active,
    command: addM2({ role: 'chair' }),
  },
  {
    workflow: roster,
    rule: 'oneChair',
    code: 'ROSTER.CHAIR_TAKEN',
    field: 'data.termFrom',
    before: [...rosterPaths.active, addM2({ role: 'chair', termFrom: '2026-03-01', termUntil: '2028-02-29' })],
    command: { ...r.ChangeMemberTerm, data: { ...r.ChangeMemberTerm.data, memberId: 'm-2', termFrom: '2025-03-01' } },
  },
];

const meeting = meetingWorkflow as unknown as AnyWorkflow;
const convene = (attending: readonly string[]) => ({ ...mt.ConveneMeeting, data: { ...mt.ConveneMeeting.data, attending } });
const changeAttendance = (memberId: string, present: boolean) => ({
  ...mt.ChangeAttendance,
  data: { ...mt.ChangeAttendance.data, memberId, present },
});

const meetingCases: readonly RefusalCase[] = [
  {
    workflow: meeting,
    rule: 'newAgendaEntry',
    code: 'MEETING.DUPLICATE_AGENDA_ENTRY',
    field: 'data.itemId',
    before: meetingPaths.scheduled,
    command: { ...mt.AddAgendaEntry, data: { ...mt.AddAgendaEntry.data, itemId: ITEM, title: '다시 올린 안건' } },
  },
  {
    workflow: meeting,
    rule: 'newAgendaEntry',
    code: 'MEETING.DUPLICATE_AGENDA_ENTRY',
    field: 'data.agenda[1].itemId',
    before: [],
    command: {
      ...mt.ScheduleMeeting,
      data: {
        ...mt.ScheduleMeeting.data,
        agenda: [
          { itemId: ITEM, title: '돌봄' },
          { itemId: ITEM, title: '돌봄 (중복)' },
        ],
      },
    },
  },
  {
    workflow: meeting,
    rule: 'rosterEntered',
    code: 'MEETING.NO_ROSTER',
    before: meetingPaths.scheduled,
    command: { ...mt.ConveneMeeting, metadata: meta() },
  },
  {
    workflow: meeting,
    rule: 'attendingOnRoll',
    code: 'MEETING.NOT_ON_ROLL',
    field: 'data.attending[1]',
    before: meetingPaths.scheduled,
    command: convene(['m-1', 'm-99']),
  },
  {
    workflow: meeting,
    rule: 'memberOnRoll',
    code: 'MEETING.NOT_ON_ROLL',
    field: 'data.memberId',
    before: meetingPaths.convened,
    command: changeAttendance('m-99', true),
  },
  {
    workflow: meeting,
    rule: 'attendanceChanges',
    code: 'MEETING.ATTENDANCE_UNCHANGED',
    field: 'data.present',
    before: meetingPaths.convened,
    command: changeAttendance('m-1', true),
  },
  {
    workflow: meeting,
    rule: 'attendanceChanges',
    code: 'MEETING.ATTENDANCE_UNCHANGED',
    field: 'data.present',
    before: meetingPaths.convened,
    command: changeAttendance('m-10', false),
  },
];

const plan = operatingPlanWorkflow as unknown as AnyWorkflow;
const returned = decideCommand('revisionRequested', undefined, { feedback: '예산 근거 보완' });

const planCases: readonly RefusalCase[] = [
  {
    workflow: plan,
    rule: 'projectNotYetListed',
    code: 'OPERATING_PLAN.PROJECT_ALREADY_LISTED',
    field: 'data.projectId',
    before: operatingPlanPaths.drafting,
    command: o.AddProjectToPlan,
  },
  {
    workflow: plan,
    rule: 'projectListed',
    code: 'OPERATING_PLAN.PROJECT_NOT_LISTED',
    field: 'data.projectId',
    before: [o.DraftOperatingPlan],
    command: o.RemoveProjectFromPlan,
  },
  {
    workflow: plan,
    rule: 'submittedWithProjects',
    code: 'OPERATING_PLAN.NO_PROJECTS',
    before: [o.DraftOperatingPlan],
    command: o.SubmitOperatingPlan,
  },
  {
    workflow: plan,
    rule: 'revisionGivesReasons',
    code: 'OPERATING_PLAN.REASONS_REQUIRED',
    field: 'data.reasons',
    before: [...operatingPlanPaths.underReview, returned],
    command: o.SubmitOperatingPlan,
  },
  {
    workflow: plan,
    rule: 'feedbackOfReturn',
    code: 'COMMAND.INVALID',
    field: 'data.feedback',
    before: operatingPlanPaths.underReview,
    command: decideCommand('revisionRequested'),
  },
  {
    workflow: plan,
    rule: 'tallySupportsDecision',
    code: 'VOTE.MOTION_NOT_CARRIED',
    before: operatingPlanPaths.underReview,
    command: decideCommand('approved', { for: 4, against: 3, abstain: 1 }),
  },
  {
    workflow: plan,
    rule: 'tallySupportsDecision',
    code: 'VOTE.NO_QUORUM',
    before: operatingPlanPaths.underReview,
    command: decideCommand('rejected', { for: 0, against: 5 }, { meeting: planMeeting(5) }),
  },
];

const cases: readonly RefusalCase[] = [...rosterCases, ...meetingCases, ...planCases];

/** Each workflow's rules, by the name its rules object gives them. */
const rulesOf: ReadonlyMap<AnyWorkflow, Readonly<Record<string, Rule<never, never>>>> = new Map<
  AnyWorkflow,
  Readonly<Record<string, Rule<never, never>>>
>([
  [roster, rosterRules],
  [meeting, meetingRules],
  [plan, operatingPlanRules],
]);

/** Every rule × code the guards of a workflow's machine can refuse with, named as its rules object names the rule. */
function guardedRefusals(workflow: AnyWorkflow, rules: Readonly<Record<string, Rule<never, never>>>): string[] {
  const named = new Map(Object.entries(rules).map(([name, candidate]) => [candidate, name]));
  const guards = Object.values(workflow.machine.implementations.guards as Readonly<Record<string, unknown>>).filter(isRuleGuard);
  return guards.flatMap((guard) =>
    guard.rules.flatMap((candidate) =>
      candidate.codes.map((code) => `${workflow.category} ${named.get(candidate as Rule<never, never>) ?? '(unnamed rule)'} → ${code}`),
    ),
  );
}

describe('every rule a roster, meeting or operating-plan guard asks is refused with its own stable code', () => {
  it.each(cases.map((c) => [`${c.workflow.category} ${c.rule} → ${c.code}${c.field ? ` (${c.field})` : ''}`, c] as const))(
    '%s',
    (_name, c) => {
      const { state } = run(c.workflow, c.before);
      const refusal = refusalOf(() => c.workflow.decider.decide(c.command, state));
      expect(refusal.code).toBe(c.code);
      expect(refusal.code).not.toMatch(/RULE_VIOLATED$/);
      if (c.field !== undefined) expect(refusal.field).toBe(c.field);
      expect(rulesOf.get(c.workflow)?.[c.rule]?.codes).toContain(c.code);
    },
  );

  it('covers every rule × code of every guard of the three machines', () => {
    const required = new Set([...rulesOf].flatMap(([workflow, rules]) => guardedRefusals(workflow, rules)));
    expect(required.size).toBeGreaterThan(0);
    const covered = new Set(cases.map((c) => `${c.workflow.category} ${c.rule} → ${c.code}`));
    expect([...required].filter((entry) => !covered.has(entry))).toEqual([]);
    expect([...covered].filter((entry) => !required.has(entry))).toEqual([]);
  });
});
