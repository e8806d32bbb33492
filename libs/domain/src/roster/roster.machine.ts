/**
 * A body's roster as an XState machine over its events. The members on roll (재적) on a day are
 * those whose term covers the day and who had not left by then; every quorum is counted from them.
 */
import { assign, setup } from 'xstate';
import type { BodyCode, DistrictCode } from '../catalogs.js';
import { invalid, ruleBroken } from '../errors.js';
import { guardOf, rule } from '../rules.js';
import type { MemberRole, RosterMember } from './roster-member.js';
import type { RosterEvent } from './roster.messages.js';

export type { RosterMember } from './roster-member.js';

export const rosterStatuses = ['none', 'active'] as const;
export type RosterStatus = (typeof rosterStatuses)[number];

export interface RosterContext {
  readonly district: DistrictCode | null;
  readonly body: BodyCode | null;
  /** The civic council the roster is of, other than the district's default one (null: the default, or another body). */
  readonly council: string | null;
  readonly workflowVersion: number | null;
  readonly members: readonly RosterMember[];
}

export const initialRosterContext: RosterContext = { district: null, body: null, council: null, workflowVersion: null, members: [] };

/** On roll on `date`: the term has begun, has not ended, and the member had not left. */
export function isOnRoll(member: RosterMember, date: string): boolean {
  return (
    member.termFrom <= date && (member.termUntil === null || date <= member.termUntil) && (member.leftOn === null || date < member.leftOn)
  );
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
        council: event.data.council ?? null,
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

interface Term {
  readonly termFrom: string;
  readonly termUntil: string | null;
}

const overlaps = (a: Term, b: Term): boolean => a.termFrom <= (b.termUntil ?? '9999-12-31') && b.termFrom <= (a.termUntil ?? '9999-12-31');

/**
 * A change that touches who chairs the body: a member joining (role and term), a term changed
 * (the member's role stays) or a role changed (the member's term stays).
 */
interface ChairChange {
  readonly memberId: string;
  readonly role?: MemberRole;
  readonly termFrom?: string;
  readonly termUntil?: string | null;
}

/*
 * The roster's rules, each stated once: the machine's guards below ask them of events, the decider
 * (roster.workflow.ts) refuses commands with their stable codes.
 */
export const rosterRules = {
  /** A term ends before it begins never. */
  termInOrder: rule<RosterContext, Term>(['ROSTER.TERM_INVALID'], (_context, { termFrom, termUntil }) =>
    termUntil !== null && termUntil < termFrom
      ? invalid('ROSTER.TERM_INVALID', 'data.termUntil', `the term cannot end (${termUntil}) before it begins (${termFrom})`, {
          termFrom,
          termUntil,
        })
      : undefined,
  ),
  /** A member joins once; a returning member joins again under a new id. */
  newMember: rule<RosterContext, { readonly memberId: string }>(['ROSTER.DUPLICATE_MEMBER'], (context, { memberId }) =>
    context.members.some((member) => member.memberId === memberId)
      ? ruleBroken('ROSTER.DUPLICATE_MEMBER', `member ${memberId} is already on this roster`, {
          field: 'data.memberId',
          details: { memberId },
        })
      : undefined,
  ),
  /** A term or a role is changed, and a member leaves, only while the member is on the roster; leaving is for good. */
  currentMember: rule<RosterContext, { readonly memberId: string }>(
    ['ROSTER.MEMBER_UNKNOWN', 'ROSTER.MEMBER_LEFT'],
    (context, { memberId }) => {
      const member = context.members.find((candidate) => candidate.memberId === memberId);
      if (member === undefined) {
        return ruleBroken('ROSTER.MEMBER_UNKNOWN', `no member ${memberId} on this roster`, {
          field: 'data.memberId',
          details: { memberId },
        });
      }
      if (member.leftOn !== null) {
        return ruleBroken('ROSTER.MEMBER_LEFT', `member ${memberId} left on ${member.leftOn}`, {
          field: 'data.memberId',
          details: { memberId, leftOn: member.leftOn },
        });
      }
      return undefined;
    },
  ),
  /** A member leaves on or after the first day of the term. */
  leavesWithinTerm: rule<RosterContext, { readonly memberId: string; readonly leftOn: string }>(
    ['ROSTER.TERM_INVALID'],
    (context, { memberId, leftOn }) => {
      const member = context.members.find((candidate) => candidate.memberId === memberId);
      return member !== undefined && leftOn < member.termFrom
        ? invalid('ROSTER.TERM_INVALID', 'data.leftOn', `a member cannot leave (${leftOn}) before the term begins (${member.termFrom})`, {
            termFrom: member.termFrom,
            leftOn,
          })
        : undefined;
    },
  ),
  /** One chair at a time: another chair still on the roster for an overlapping term refuses a second one. */
  oneChair: rule<RosterContext, ChairChange>(['ROSTER.CHAIR_TAKEN'], (context, change) => {
    const member = context.members.find((candidate) => candidate.memberId === change.memberId);
    const role = change.role ?? member?.role ?? 'member';
    const span: Term | undefined =
      change.termFrom !== undefined ? { termFrom: change.termFrom, termUntil: change.termUntil ?? null } : member;
    if (role !== 'chair' || span === undefined) return undefined;
    const other = context.members.find(
      (candidate) =>
        candidate.memberId !== change.memberId && candidate.role === 'chair' && candidate.leftOn === null && overlaps(candidate, span),
    );
    if (other === undefined) return undefined;
    return ruleBroken('ROSTER.CHAIR_TAKEN', `${other.memberId} is the chair for an overlapping term; a body has one chair at a time`, {
      field: change.role !== undefined ? 'data.role' : 'data.termFrom',
      details: { chairMemberId: other.memberId },
    });
  }),
} as const;

export const rosterMachine = setup({
  types: { context: {} as RosterContext, events: {} as RosterEvent },
  guards: {
    newMember: guardOf<RosterContext, RosterEvent, 'MemberJoined'>('MemberJoined', [
      rosterRules.newMember,
      rosterRules.termInOrder,
      rosterRules.oneChair,
    ]),
    currentMemberTerm: guardOf<RosterContext, RosterEvent, 'MemberTermChanged'>('MemberTermChanged', [
      rosterRules.currentMember,
      rosterRules.termInOrder,
      rosterRules.oneChair,
    ]),
    currentMemberRole: guardOf<RosterContext, RosterEvent, 'MemberRoleChanged'>('MemberRoleChanged', [
      rosterRules.currentMember,
      rosterRules.oneChair,
    ]),
    currentMember: guardOf<RosterContext, RosterEvent, 'MemberLeft'>('MemberLeft', [
      rosterRules.currentMember,
      rosterRules.leavesWithinTerm,
    ]),
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
        MemberTermChanged: { guard: 'currentMemberTerm', actions: 'record' },
        MemberRoleChanged: { guard: 'currentMemberRole', actions: 'record' },
        MemberLeft: { guard: 'currentMember', actions: 'record' },
      },
    },
  },
});
