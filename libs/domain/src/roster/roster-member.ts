/** A member of a body's roster as data: what a roster holds and what a decision's facts carry. */

export const memberCategories = ['student', 'parent', 'teacher', 'citizen', 'official', 'expert', 'council-member'] as const;
export type MemberCategory = (typeof memberCategories)[number];
/** 위원장, 부위원장, 위원. */
export const memberRoles = ['chair', 'vice-chair', 'member'] as const;
export type MemberRole = (typeof memberRoles)[number];

export interface RosterMember {
  readonly memberId: string;
  readonly name: string;
  readonly category: MemberCategory;
  readonly role: MemberRole;
  readonly termFrom: string;
  readonly termUntil: string | null;
  /** The day from which the member is off the roll, or null. */
  readonly leftOn: string | null;
}
