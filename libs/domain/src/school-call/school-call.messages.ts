/**
 * Commands and events of a call for schools (학교교부 공모) that a project runs: opened with its
 * criteria, amount and period → applications from schools of the project's district → selection
 * with scores and reasons → grants per school within the project's allocation → each school's
 * report → inspections (점검) with their findings. Beside its calls, a project grants to designated
 * schools directly (지정 교부), reported and inspected the same way.
 */
import type { DistrictCode } from '../catalogs.js';
import type { Command } from '../messages.js';
import type { Budget } from '../money.js';
import type { SchoolLevel } from '../schools.js';

/** What an inspection concluded: 적정 · 개선 필요 · 부적정. */
export const inspectionOutcomes = ['appropriate', 'improvementNeeded', 'inappropriate'] as const;
export type InspectionOutcome = (typeof inspectionOutcomes)[number];

interface CallAddress {
  callId: string;
}

// --- commands ---

export type OpenSchoolCall = Command<
  'OpenSchoolCall',
  {
    projectId: string;
    /** The call's number within its project (1, 2, …): the next one. */
    number: number;
    title: string;
    /** The selection criteria (심사 기준) the call announces. */
    criteria: readonly string[];
    /** The school levels that may apply; all when absent. */
    levels?: readonly SchoolLevel[];
    /** What the call grants at most, per funder. */
    amount: Budget;
    opensOn: string;
    closesOn: string;
  }
>;
export type ReceiveSchoolApplication = Command<
  'ReceiveSchoolApplication',
  CallAddress & { applicationId: string; schoolId: string; requested: Budget; plan: string }
>;
export type CloseSchoolCall = Command<'CloseSchoolCall', CallAddress>;
export type SelectSchoolApplication = Command<
  'SelectSchoolApplication',
  CallAddress & { applicationId: string; score: number; reasons: readonly string[] }
>;
export type DeclineSchoolApplication = Command<
  'DeclineSchoolApplication',
  CallAddress & { applicationId: string; score: number; reasons: readonly string[] }
>;
export type ConcludeSchoolSelection = Command<'ConcludeSchoolSelection', CallAddress>;
export type AwardSchoolGrant = Command<'AwardSchoolGrant', CallAddress & { grantId: string; applicationId: string; amount: Budget }>;
export type SubmitSchoolGrantReport = Command<
  'SubmitSchoolGrantReport',
  CallAddress & { grantId: string; summary: string; spent: Budget; submittedOn?: string }
>;
export type RecordSchoolGrantInspection = Command<
  'RecordSchoolGrantInspection',
  CallAddress & {
    inspectionId: string;
    grantId: string;
    outcome: InspectionOutcome;
    findings: readonly string[];
    inspectedOn?: string;
  }
>;
/**
 * A grant to a designated school without a call (지정 교부): the project's direct grants are kept on
 * one stream of their own beside its calls, and are reported and inspected as a call's are.
 */
export type AwardDirectSchoolGrant = Command<
  'AwardDirectSchoolGrant',
  {
    projectId: string;
    grantId: string;
    /** A configured school of the project's district. */
    schoolId: string;
    amount: Budget;
    /** Why this school is granted without a call (지정 사유). */
    reason: string;
    /** What the money is for (교부 목적). */
    purpose: string;
    /** The day the grant was decided (교부일); today when absent. */
    grantedOn?: string;
  }
>;
export type CompleteSchoolCall = Command<'CompleteSchoolCall', CallAddress>;
export type CancelSchoolCall = Command<'CancelSchoolCall', CallAddress & { reason: string }>;

export type SchoolCallCommand =
  | OpenSchoolCall
  | ReceiveSchoolApplication
  | CloseSchoolCall
  | SelectSchoolApplication
  | DeclineSchoolApplication
  | ConcludeSchoolSelection
  | AwardSchoolGrant
  | AwardDirectSchoolGrant
  | SubmitSchoolGrantReport
  | RecordSchoolGrantInspection
  | CompleteSchoolCall
  | CancelSchoolCall;

// --- events ---

export type SchoolCallOpened = {
  readonly type: 'SchoolCallOpened';
  readonly data: {
    callId: string;
    projectId: string;
    number: number;
    district: DistrictCode;
    year: number;
    title: string;
    criteria: readonly string[];
    levels: readonly SchoolLevel[];
    amount: Budget;
    opensOn: string;
    closesOn: string;
    openedOn: string;
    workflowVersion: number;
  };
};
export type SchoolApplicationReceived = {
  readonly type: 'SchoolApplicationReceived';
  readonly data: {
    callId: string;
    applicationId: string;
    schoolId: string;
    schoolName: string;
    level: SchoolLevel;
    /** The school's district, as configured when it applied. */
    district: DistrictCode;
    requested: Budget;
    plan: string;
    receivedOn: string;
  };
};
export type SchoolCallClosed = {
  readonly type: 'SchoolCallClosed';
  readonly data: { callId: string; applications: number; closedOn: string };
};
export type SchoolApplicationSelected = {
  readonly type: 'SchoolApplicationSelected';
  readonly data: { callId: string; applicationId: string; schoolId: string; score: number; reasons: readonly string[]; selectedOn: string };
};
export type SchoolApplicationDeclined = {
  readonly type: 'SchoolApplicationDeclined';
  readonly data: { callId: string; applicationId: string; schoolId: string; score: number; reasons: readonly string[]; declinedOn: string };
};
export type SchoolSelectionConcluded = {
  readonly type: 'SchoolSelectionConcluded';
  readonly data: { callId: string; selected: readonly string[]; declined: readonly string[]; concludedOn: string };
};
export type SchoolGrantAwarded = {
  readonly type: 'SchoolGrantAwarded';
  readonly data: {
    callId: string;
    grantId: string;
    applicationId: string;
    schoolId: string;
    schoolName: string;
    projectId: string;
    amount: Budget;
    /** The project's allocation when the grant was decided. */
    allocation: Budget;
    /** What the project's other calls had granted then. */
    grantedInOtherCalls: Budget;
    awardedOn: string;
  };
};
export type DirectSchoolGrantAwarded = {
  readonly type: 'DirectSchoolGrantAwarded';
  readonly data: {
    /** The stream of the project's direct grants: '<projectId>.direct'. */
    callId: string;
    grantId: string;
    projectId: string;
    /** The project's district and year. */
    district: DistrictCode;
    year: number;
    schoolId: string;
    schoolName: string;
    level: SchoolLevel;
    /** The school's district, as configured when it was granted. */
    schoolDistrict: DistrictCode;
    amount: Budget;
    reason: string;
    purpose: string;
    /** The project's allocation when the grant was decided. */
    allocation: Budget;
    /** What the project's calls had granted then. */
    grantedInOtherCalls: Budget;
    awardedOn: string;
    effectiveAt?: string;
    workflowVersion: number;
  };
};
export type SchoolGrantReported = {
  readonly type: 'SchoolGrantReported';
  readonly data: { callId: string; grantId: string; summary: string; spent: Budget; submittedOn: string; effectiveAt?: string };
};
export type SchoolGrantInspected = {
  readonly type: 'SchoolGrantInspected';
  readonly data: {
    callId: string;
    inspectionId: string;
    grantId: string;
    outcome: InspectionOutcome;
    findings: readonly string[];
    inspectedOn: string;
    effectiveAt?: string;
  };
};
export type SchoolCallCompleted = {
  readonly type: 'SchoolCallCompleted';
  readonly data: { callId: string; granted: Budget; completedOn: string };
};
export type SchoolCallCancelled = {
  readonly type: 'SchoolCallCancelled';
  readonly data: { callId: string; reason: string; cancelledOn: string };
};

export type SchoolCallEvent =
  | SchoolCallOpened
  | SchoolApplicationReceived
  | SchoolCallClosed
  | SchoolApplicationSelected
  | SchoolApplicationDeclined
  | SchoolSelectionConcluded
  | SchoolGrantAwarded
  | DirectSchoolGrantAwarded
  | SchoolGrantReported
  | SchoolGrantInspected
  | SchoolCallCompleted
  | SchoolCallCancelled;
