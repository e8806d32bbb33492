/** Commands and events of a body's roster (위원 명단): members join, change term or role, and leave. */
import type { BodyCode, DistrictCode } from '../catalogs.js';
import type { Command } from '../messages.js';
import type { MemberCategory, MemberRole } from './roster-member.js';

export { memberCategories, memberRoles, type MemberCategory, type MemberRole } from './roster-member.js';

interface RosterRef {
  district: DistrictCode;
  body: BodyCode;
  /** A civic council other than the district's default one (absent: the default, or another body). */
  council?: string;
}

// --- commands ---

export type AddMember = Command<
  'AddMember',
  RosterRef & {
    memberId: string;
    name: string;
    category: MemberCategory;
    /** Defaults to 'member'. */
    role?: MemberRole;
    /** First day of the term ('YYYY-MM-DD'). */
    termFrom: string;
    /** Last day of the term, when it has one. */
    termUntil?: string;
  }
>;
export type ChangeMemberTerm = Command<'ChangeMemberTerm', RosterRef & { memberId: string; termFrom: string; termUntil?: string | null }>;
export type ChangeMemberRole = Command<'ChangeMemberRole', RosterRef & { memberId: string; role: MemberRole; changedOn?: string }>;
export type RemoveMember = Command<'RemoveMember', RosterRef & { memberId: string; leftOn: string; reason?: string }>;

export type RosterCommand = AddMember | ChangeMemberTerm | ChangeMemberRole | RemoveMember;

// --- events ---

export type MemberJoined = {
  readonly type: 'MemberJoined';
  readonly data: {
    district: DistrictCode;
    body: BodyCode;
    /** Recorded only for a civic council other than the district's default one. */
    council?: string;
    memberId: string;
    name: string;
    category: MemberCategory;
    role: MemberRole;
    termFrom: string;
    termUntil: string | null;
    /** Recorded on the roster's first event. */
    workflowVersion?: number;
  };
};
export type MemberTermChanged = {
  readonly type: 'MemberTermChanged';
  readonly data: {
    district: DistrictCode;
    body: BodyCode;
    /** Recorded only for a civic council other than the district's default one. */
    council?: string;
    memberId: string;
    termFrom: string;
    termUntil: string | null;
    changedOn: string;
  };
};
export type MemberRoleChanged = {
  readonly type: 'MemberRoleChanged';
  readonly data: {
    district: DistrictCode;
    body: BodyCode;
    /** Recorded only for a civic council other than the district's default one. */
    council?: string;
    memberId: string;
    role: MemberRole;
    changedOn: string;
    effectiveAt?: string;
  };
};
/** From `leftOn` on, the member is no longer on roll. */
export type MemberLeft = {
  readonly type: 'MemberLeft';
  readonly data: {
    district: DistrictCode;
    body: BodyCode;
    /** Recorded only for a civic council other than the district's default one. */
    council?: string;
    memberId: string;
    leftOn: string;
    reason: string | null;
    effectiveAt?: string;
  };
};

export type RosterEvent = MemberJoined | MemberTermChanged | MemberRoleChanged | MemberLeft;
