/**
 * The roster decider: a secretary keeps the members of their own body. A member joins once (a
 * returning member joins again under a new id), a term ends before it begins never, one chair at a
 * time, and leaving is for good.
 */
import type { BodyCode, DistrictCode } from '../catalogs.js';
import { rosterStreamId } from '../stream-ids.js';
import {
  effective,
  field,
  optionalCouncil,
  optionalIsoDate,
  optionalText,
  requireBody,
  requireDistrict,
  requireId,
  requireIsoDate,
  requireOneOf,
  requireText,
} from '../validation.js';
import { TEXT_LIMITS } from '../limits.js';
import { type Workflow, type WorkflowState, machineWorkflow, unknownCommand } from '../workflow.js';
import { type RosterContext, type RosterMember, type RosterStatus, membersOnRoll, rosterMachine, rosterRules } from './roster.machine.js';
import { type RosterCommand, type RosterEvent, memberCategories, memberRoles } from './roster.messages.js';

export type RosterState = WorkflowState<RosterStatus, RosterContext>;

export const ROSTER_WORKFLOW_VERSION = 1;

export const rosterCommandTypes = [
  'AddMember',
  'ChangeMemberTerm',
  'ChangeMemberRole',
  'RemoveMember',
] as const satisfies readonly RosterCommand['type'][];

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

function rosterRef(data: unknown): { district: DistrictCode; body: BodyCode; council?: string } {
  const district = requireDistrict(field(data, 'district'), 'data.district');
  const body = requireBody(field(data, 'body'), 'data.body');
  const council = optionalCouncil(field(data, 'council'), body);
  return { district, body, ...(council !== null ? { council } : {}) };
}

function term(state: RosterState, data: unknown): { termFrom: string; termUntil: string | null } {
  const termFrom = requireIsoDate(field(data, 'termFrom'), 'data.termFrom');
  const termUntil = optionalIsoDate(field(data, 'termUntil'), 'data.termUntil');
  rosterRules.termInOrder.enforce(state, { termFrom, termUntil });
  return { termFrom, termUntil };
}

type Decision<T extends RosterCommand['type']> = (
  command: Extract<RosterCommand, { type: T }>,
  state: RosterState,
  member: { readonly ref: ReturnType<typeof rosterRef>; readonly memberId: string },
) => RosterEvent[];

const addMember: Decision<'AddMember'> = ({ data }, state, { ref, memberId }) => {
  rosterRules.newMember.enforce(state, { memberId });
  const span = term(state, data);
  const roleValue = field(data, 'role');
  const role = roleValue === undefined || roleValue === null ? 'member' : requireOneOf(roleValue, memberRoles, 'data.role');
  rosterRules.oneChair.enforce(state, { memberId, role, ...span });
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
};

const changeTerm: Decision<'ChangeMemberTerm'> = ({ data, metadata: { today } }, state, { ref, memberId }) => {
  rosterRules.currentMember.enforce(state, { memberId });
  const span = term(state, data);
  rosterRules.oneChair.enforce(state, { memberId, ...span });
  return [{ type: 'MemberTermChanged', data: { ...ref, memberId, ...span, changedOn: today } }];
};

const changeRole: Decision<'ChangeMemberRole'> = ({ data, metadata: { today } }, state, { ref, memberId }) => {
  rosterRules.currentMember.enforce(state, { memberId });
  const role = requireOneOf(field(data, 'role'), memberRoles, 'data.role');
  rosterRules.oneChair.enforce(state, { memberId, role });
  const changedOn = optionalIsoDate(field(data, 'changedOn'), 'data.changedOn');
  return [{ type: 'MemberRoleChanged', data: { ...ref, memberId, role, changedOn: changedOn ?? today, ...effective(changedOn, today) } }];
};

const removeMember: Decision<'RemoveMember'> = ({ data, metadata: { today } }, state, { ref, memberId }) => {
  rosterRules.currentMember.enforce(state, { memberId });
  const leftOn = requireIsoDate(field(data, 'leftOn'), 'data.leftOn');
  rosterRules.leavesWithinTerm.enforce(state, { memberId, leftOn });
  return [
    {
      type: 'MemberLeft',
      data: {
        ...ref,
        memberId,
        leftOn,
        reason: optionalText(field(data, 'reason'), 'data.reason', TEXT_LIMITS.note),
        ...effective(leftOn, today),
      },
    },
  ];
};

function decideRoster(command: RosterCommand, state: RosterState): RosterEvent[] {
  const member = { ref: rosterRef(command.data), memberId: requireId(field(command.data, 'memberId'), 'data.memberId') };
  switch (command.type) {
    case 'AddMember':
      return addMember(command, state, member);
    case 'ChangeMemberTerm':
      return changeTerm(command, state, member);
    case 'ChangeMemberRole':
      return changeRole(command, state, member);
    case 'RemoveMember':
      return removeMember(command, state, member);
    default:
      return unknownCommand(command);
  }
}

export const rosterWorkflow: Workflow<RosterCommand, RosterEvent, RosterState> = machineWorkflow<
  RosterCommand,
  RosterEvent,
  RosterStatus,
  RosterContext
>({
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
  scope: (command) => {
    const { district, body, council } = rosterRef(command.data);
    return body === 'civic-council'
      ? { kind: 'secretary', district, body, council: council ?? null, councilSubject: 'roster' }
      : { kind: 'secretary', district, body };
  },
  streamIdOf: (command) => {
    const { district, body, council } = rosterRef(command.data);
    return rosterStreamId(district, body, council);
  },
  view: (state) => ({ ...state, memberCount: state.members.length }),
});

/** The roster as it stands on a Korean date: who is on roll, and how many. */
export function rosterOn(
  state: RosterState,
  date: string,
): { readonly date: string; readonly onRoll: number; readonly members: readonly RosterMember[] } {
  const members = membersOnRoll(state, date);
  return { date, onRoll: members.length, members };
}
