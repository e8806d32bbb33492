/**
 * A body's roster as an XState machine over its events. The members on roll (재적) on a day are
 * those whose term covers the day and who had not left by then; every quorum is counted from them.
 */
import { assign, setup } from 'xstate';
import type { BodyCode, DistrictCode } from '../catalogs.js';
import type { RosterMember } from './roster-member.js';
import type { RosterEvent } from './roster.messages.js';

export type { RosterMember } from './roster-member.js';

export const rosterStatuses = ['none', 'active'] as const;
export type RosterStatus = (typeof rosterStatuses)[number];

export interface RosterContext {
  readonly district: DistrictCode | null;
  readonly body: BodyCode | null;
  readonly workflowVersion: number | null;
  readonly members: readonly RosterMember[];
}

export const initialRosterContext: RosterContext = { district: null, body: null, workflowVersion: null, members: [] };

/** On roll on `date`: the term has begun, has not ended, and the member had not left. */
export function isOnRoll(member: RosterMember, date: string): boolean {
  return member.termFrom <= date && (member.termUntil === null || date <= member.termUntil) && (member.leftOn === null || date < member.leftOn);
}

/** The members on roll (재적) on a Korean date. */
export function membersOnRoll(roster: Pick<RosterContext, 'members'>, date: string): RosterMember[] {
  return roster.members.filter((member) => isOnRoll(member, date));
}

function replaceMember(context: RosterContext, memberId: string, change: Partial<RosterMember>): RosterContext {
  return { ...context, members: context.members.map((member) => (member.memberId === memberId ? { ...member, ...change } : member)) };
}

function applyRosterEvent(context: RosterContext, event: RosterEvent): RosterContext {
  switch (event.type) {
    case 'MemberJoined': {
      const { district, body, memberId, name, category, role, termFrom, termUntil, workflowVersion } = event.data;
      return {
        ...context,
        district,
        body,
        workflowVersion: context.workflowVersion ?? workflowVersion ?? 1,
        members: [...context.members, { memberId, name, category, role, termFrom, termUntil, leftOn: null }],
      };
    }
    case 'MemberTermChanged':
      return replaceMember(context, event.data.memberId, { termFrom: event.data.termFrom, termUntil: event.data.termUntil });
    case 'MemberRoleChanged':
      return replaceMember(context, event.data.memberId, { role: event.data.role });
    case 'MemberLeft':
      return replaceMember(context, event.data.memberId, { leftOn: event.data.leftOn });
  }
}

const current = (context: RosterContext, memberId: string): boolean =>
  context.members.some((member) => member.memberId === memberId && member.leftOn === null);

export const rosterMachine = setup({
  types: { context: {} as RosterContext, events: {} as RosterEvent },
  guards: {
    newMember: ({ context, event }) => event.type === 'MemberJoined' && !context.members.some((member) => member.memberId === event.data.memberId),
    currentMember: ({ context, event }) => event.type !== 'MemberJoined' && current(context, event.data.memberId),
  },
  actions: { record: assign(({ context, event }) => applyRosterEvent(context, event)) },
}).createMachine({
  id: 'roster',
  initial: 'none',
  context: initialRosterContext,
  states: {
    none: { on: { MemberJoined: { target: 'active', guard: 'newMember', actions: 'record' } } },
    active: {
      on: {
        MemberJoined: { guard: 'newMember', actions: 'record' },
        MemberTermChanged: { guard: 'currentMember', actions: 'record' },
        MemberRoleChanged: { guard: 'currentMember', actions: 'record' },
        MemberLeft: { guard: 'currentMember', actions: 'record' },
      },
    },
  },
});
