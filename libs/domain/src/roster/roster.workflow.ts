/**
 * The roster decider: a secretary keeps the members of their own body. A member joins once (a
 * returning member joins again under a new id), a term ends before it begins never, one chair at a
 * time, and leaving is for good.
 */
import { invalid, ruleBroken } from '../errors.js';
import { rosterStreamId } from '../stream-ids.js';
import { effective, field, optionalIsoDate, optionalText, requireBody, requireDistrict, requireId, requireIsoDate, requireOneOf, requireText } from '../validation.js';
import { TEXT_LIMITS } from '../limits.js';
import { type Workflow, type WorkflowState, machineWorkflow } from '../workflow.js';
import { type RosterContext, type RosterMember, type RosterStatus, membersOnRoll, rosterMachine } from './roster.machine.js';
import { type MemberRole, type RosterCommand, type RosterEvent, memberCategories, memberRoles } from './roster.messages.js';

export type RosterState = WorkflowState<RosterStatus, RosterContext>;

export const ROSTER_WORKFLOW_VERSION = 1;

export const rosterCommandTypes = ['AddMember', 'ChangeMemberTerm', 'ChangeMemberRole', 'RemoveMember'] as const satisfies readonly RosterCommand['type'][];

const commandEvents = {
  AddMember: 'MemberJoined',
  ChangeMemberTerm: 'MemberTermChanged',
  ChangeMemberRole: 'MemberRoleChanged',
  RemoveMember: 'MemberLeft',
} as const satisfies { readonly [T in RosterCommand['type']]: RosterEvent['type'] };

const eventTypes = {
  MemberJoined: { schemaVersion: 1 },
  MemberTermChanged: { schemaVersion: 1 },
  MemberRoleChanged: { schemaVersion: 1 },
  MemberLeft: { schemaVersion: 1 },
} as const satisfies { readonly [T in RosterEvent['type']]: { readonly schemaVersion: number } };

function rosterRef(data: unknown) {
  return { district: requireDistrict(field(data, 'district'), 'data.district'), body: requireBody(field(data, 'body'), 'data.body') };
}

function term(data: unknown): { termFrom: string; termUntil: string | null } {
  const termFrom = requireIsoDate(field(data, 'termFrom'), 'data.termFrom');
  const termUntil = optionalIsoDate(field(data, 'termUntil'), 'data.termUntil');
  if (termUntil !== null && termUntil < termFrom) {
    throw invalid('ROSTER.TERM_INVALID', 'data.termUntil', `the term cannot end (${termUntil}) before it begins (${termFrom})`, { termFrom, termUntil });
  }
  return { termFrom, termUntil };
}

function currentMember(state: RosterState, memberId: string): RosterMember {
  const member = state.members.find((candidate) => candidate.memberId === memberId);
  if (member === undefined) {
    throw ruleBroken('ROSTER.MEMBER_UNKNOWN', `no member ${memberId} on this roster`, { field: 'data.memberId', details: { memberId } });
  }
  if (member.leftOn !== null) {
    throw ruleBroken('ROSTER.MEMBER_LEFT', `member ${memberId} left on ${member.leftOn}`, { field: 'data.memberId', details: { memberId, leftOn: member.leftOn } });
  }
  return member;
}

const overlaps = (a: { termFrom: string; termUntil: string | null }, b: { termFrom: string; termUntil: string | null }): boolean =>
  a.termFrom <= (b.termUntil ?? '9999-12-31') && b.termFrom <= (a.termUntil ?? '9999-12-31');

/** One chair at a time: another chair still on the roster for an overlapping term refuses a second one. */
function assertOneChair(state: RosterState, memberId: string, role: MemberRole, span: { termFrom: string; termUntil: string | null }, path: string): void {
  if (role !== 'chair') return;
  const other = state.members.find(
    (member) => member.memberId !== memberId && member.role === 'chair' && member.leftOn === null && overlaps(member, span),
  );
  if (other !== undefined) {
    throw ruleBroken('ROSTER.CHAIR_TAKEN', `${other.memberId} is the chair for an overlapping term; a body has one chair at a time`, {
      field: path,
      details: { chairMemberId: other.memberId },
    });
  }
}

function decideRoster(command: RosterCommand, state: RosterState): RosterEvent[] {
  const data: unknown = command.data;
  const today = command.metadata.today;
  const ref = rosterRef(data);
  const memberId = requireId(field(data, 'memberId'), 'data.memberId');
  switch (command.type) {
    case 'AddMember': {
      if (state.members.some((member) => member.memberId === memberId)) {
        throw ruleBroken('ROSTER.DUPLICATE_MEMBER', `member ${memberId} is already on this roster`, { field: 'data.memberId', details: { memberId } });
      }
      const span = term(data);
      const roleValue = field(data, 'role');
      const role = roleValue === undefined || roleValue === null ? 'member' : requireOneOf(roleValue, memberRoles, 'data.role');
      assertOneChair(state, memberId, role, span, 'data.role');
      return [
        {
          type: 'MemberJoined',
          data: {
            ...ref,
            memberId,
            name: requireText(field(data, 'name'), 'data.name', TEXT_LIMITS.label),
            category: requireOneOf(field(data, 'category'), memberCategories, 'data.category'),
            role,
            ...span,
            ...(state.status === 'none' ? { workflowVersion: ROSTER_WORKFLOW_VERSION } : {}),
          },
        },
      ];
    }
    case 'ChangeMemberTerm': {
      const member = currentMember(state, memberId);
      const span = term(data);
      assertOneChair(state, memberId, member.role, span, 'data.termFrom');
      return [{ type: 'MemberTermChanged', data: { ...ref, memberId, ...span, changedOn: today } }];
    }
    case 'ChangeMemberRole': {
      const member = currentMember(state, memberId);
      const role = requireOneOf(field(data, 'role'), memberRoles, 'data.role');
      assertOneChair(state, memberId, role, member, 'data.role');
      const changedOn = optionalIsoDate(field(data, 'changedOn'), 'data.changedOn');
      return [{ type: 'MemberRoleChanged', data: { ...ref, memberId, role, changedOn: changedOn ?? today, ...effective(changedOn, today) } }];
    }
    case 'RemoveMember': {
      const member = currentMember(state, memberId);
      const leftOn = requireIsoDate(field(data, 'leftOn'), 'data.leftOn');
      if (leftOn < member.termFrom) {
        throw invalid('ROSTER.TERM_INVALID', 'data.leftOn', `a member cannot leave (${leftOn}) before the term begins (${member.termFrom})`, {
          termFrom: member.termFrom,
          leftOn,
        });
      }
      return [
        { type: 'MemberLeft', data: { ...ref, memberId, leftOn, reason: optionalText(field(data, 'reason'), 'data.reason', TEXT_LIMITS.note), ...effective(leftOn, today) } },
      ];
    }
  }
}

export const rosterWorkflow: Workflow<RosterCommand, RosterEvent, RosterState> = machineWorkflow<RosterCommand, RosterEvent, RosterStatus, RosterContext>({
  category: 'roster',
  version: ROSTER_WORKFLOW_VERSION,
  codePrefix: 'ROSTER',
  noun: 'roster',
  machine: rosterMachine,
  absentStatus: 'none',
  commandTypes: rosterCommandTypes,
  creatingCommands: [],
  openingCommands: ['AddMember'],
  commandEvents,
  eventTypes,
  upcasters: [],
  handle: decideRoster,
  scope: (command) => ({ kind: 'secretary', ...rosterRef(command.data) }),
  streamIdOf: (command) => {
    const { district, body } = rosterRef(command.data);
    return rosterStreamId(district, body);
  },
  view: (state) => ({ ...state, memberCount: state.members.length }),
});

/** The roster as it stands on a Korean date: who is on roll, and how many. */
export function rosterOn(state: RosterState, date: string): { readonly date: string; readonly onRoll: number; readonly members: readonly RosterMember[] } {
  const members = membersOnRoll(state, date);
  return { date, onRoll: members.length, members };
}
