/**
 * Commands and events of a district's operating plan (운영계획) for one operating year: assembled
 * by the working council from approved items' projects and the offices' own, submitted to the
 * steering committee, deliberated as a whole at its meeting and decided like an item.
 */
import type { DistrictCode } from '../catalogs.js';
import type { Command, Meeting } from '../messages.js';
import type { Tally } from '../votes.js';
import type { PlanProject } from './plan-of-agreement.js';

export { type PlanProject, type PlanProjectOrigin, planProjectOrigins } from './plan-of-agreement.js';

/** The committee's decisions on a plan: approved, returned for revision (보완 요구) or rejected. */
export const planDecisions = ['approved', 'revisionRequested', 'rejected'] as const;
export type PlanDecision = (typeof planDecisions)[number];

interface PlanAddress {
  district: DistrictCode;
  /** The operating year (March to February) the plan is for. */
  year: number;
}

// --- commands ---

export type DraftOperatingPlan = Command<'DraftOperatingPlan', PlanAddress & { title?: string }>;
export type AddProjectToPlan = Command<'AddProjectToPlan', PlanAddress & { projectId: string }>;
export type RemoveProjectFromPlan = Command<'RemoveProjectFromPlan', PlanAddress & { projectId: string; reason: string }>;
/** Submits the plan as it stands to the steering committee; a second or later revision gives its reasons. */
export type SubmitOperatingPlan = Command<'SubmitOperatingPlan', PlanAddress & { reasons?: readonly string[] }>;
/** After 부결, the working council takes the same plan up again for a new revision, with its reason. */
export type RedraftOperatingPlan = Command<'RedraftOperatingPlan', PlanAddress & { reason: string }>;
export type DecideOperatingPlan = Command<
  'DecideOperatingPlan',
  PlanAddress & {
    decision: PlanDecision;
    /** The steering committee's meeting with the plan on its agenda. */
    meeting: { meetingId: string; heldOn?: string };
    /** Votes; on roll and present come from the meeting. */
    tally: Partial<Tally>;
    /** The committee's feedback; required when it returns the plan for revision. */
    feedback?: string;
  }
>;

export type OperatingPlanCommand =
  DraftOperatingPlan | AddProjectToPlan | RemoveProjectFromPlan | SubmitOperatingPlan | DecideOperatingPlan | RedraftOperatingPlan;

// --- events ---

export type OperatingPlanDrafted = {
  readonly type: 'OperatingPlanDrafted';
  readonly data: {
    planId: string;
    district: DistrictCode;
    year: number;
    title: string | null;
    draftedOn: string;
    workflowVersion: number;
  };
};
export type ProjectAddedToPlan = { readonly type: 'ProjectAddedToPlan'; readonly data: { planId: string; addedOn: string } & PlanProject };
export type ProjectRemovedFromPlan = {
  readonly type: 'ProjectRemovedFromPlan';
  readonly data: { planId: string; projectId: string; reason: string; removedOn: string };
};
export type OperatingPlanSubmitted = {
  readonly type: 'OperatingPlanSubmitted';
  readonly data: {
    planId: string;
    /** 1 for the first submission, then one more for each revision. */
    revision: number;
    projects: readonly PlanProject[];
    reasons: readonly string[];
    submittedOn: string;
  };
};
export type OperatingPlanDecided = {
  readonly type: 'OperatingPlanDecided';
  readonly data: {
    planId: string;
    decision: PlanDecision;
    /** The revision decided on. */
    revision: number;
    meeting: Meeting;
    tally: Tally;
    feedback: string | null;
    /** The projects of the approved plan (empty unless approved): what the agreement's 제1조 lists. */
    projects: readonly PlanProject[];
    decidedOn: string;
    effectiveAt?: string;
  };
};

/**
 * A rejected plan taken up again: the same plan (its stream, its projects as they stood, its
 * revisions and decisions kept) is drafted anew, and its next submission is the next revision.
 */
export type OperatingPlanRedrafted = {
  readonly type: 'OperatingPlanRedrafted';
  readonly data: {
    planId: string;
    /** The revision the committee rejected. */
    rejectedRevision: number;
    reason: string;
    redraftedOn: string;
  };
};

export type OperatingPlanEvent =
  | OperatingPlanDrafted
  | ProjectAddedToPlan
  | ProjectRemovedFromPlan
  | OperatingPlanSubmitted
  | OperatingPlanDecided
  | OperatingPlanRedrafted;
