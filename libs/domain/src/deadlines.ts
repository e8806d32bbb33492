/**
 * Deadlines (기한) as durable timers. A deadline is scheduled by the event that causes it, which is
 * in the log: tabling an item starts its review period, an agreement coming into force starts its
 * term, completing a project starts the wait for its evaluation. It is settled by the event that
 * makes it moot (a review decision, an evaluation, a condition fulfilled or waived) or by its own firing, which is itself an event
 * on the subject's stream (`ReviewOverdue`, `AgreementExpired`, `EvaluationOverdue`). The
 * scheduler folds the log through `deadlineChanges` to know what is pending, and fires what is due
 * by issuing the deadline's command; its id is derived from the cause, so firing twice has one
 * effect.
 */
import type { AgendaItemTabled, ReviewDecisionRecorded, ReviewOverdue } from './agenda-item/agenda-item.messages.js';
import type { AgreementCameIntoForce, AgreementExpired } from './agreement/agreement.messages.js';
import { addDays, nextDate } from './business-day.js';
import type { DistrictCode } from './catalogs.js';
import type { ConditionFulfilled, EvaluationOverdue, ProjectCompleted, ProjectCreated } from './project/project.messages.js';
import type { CommandBody } from './registry.js';
import { agendaItemStreamId, agreementStreamId, projectStreamId } from './stream-ids.js';

export const deadlineKinds = ['review', 'agreement-expiry', 'evaluation', 'condition'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/** How long each district gives its bodies. */
export interface DeadlinePolicy {
  /** Days after tabling by which the steering committee is to decide. */
  reviewDays(district: DistrictCode | null): number;
  /** Days after completion by which both evaluations are to be in. */
  evaluationDays(district: DistrictCode | null): number;
}

export const defaultDeadlinePolicy: DeadlinePolicy = {
  reviewDays: () => 30,
  evaluationDays: () => 60,
};

export interface Deadline {
  /** Derived from its cause; the seed of the firing's event ids. */
  readonly deadlineId: string;
  readonly kind: DeadlineKind;
  /** The stream the deadline is about, and where its firing is recorded. */
  readonly streamId: string;
  readonly district: DistrictCode | null;
  /** The Korean day it falls due: it fires from 00:00 KST that day. */
  readonly dueOn: string;
  /** The command that records the firing (issued by the scheduler as the system actor). */
  readonly fire: CommandBody;
}

export interface DeadlineChanges {
  readonly scheduled: readonly Deadline[];
  /** Deadline ids that fired or became moot. */
  readonly settledIds: readonly string[];
  /** Every pending deadline of this kind on this stream became moot. */
  readonly settledKinds: readonly { readonly streamId: string; readonly kind: DeadlineKind }[];
}

/** What the scheduler needs to know of a logged event. */
export interface DeadlineCause {
  readonly id: string;
  readonly type: string;
  readonly streamId: string;
  readonly data: unknown;
}

const none: DeadlineChanges = { scheduled: [], settledIds: [], settledKinds: [] };

/** The district a stream belongs to, from its first event (the scheduler remembers it). */
export function districtOfCause(cause: DeadlineCause): DistrictCode | undefined {
  if (cause.type === 'AgendaItemProposed' || cause.type === 'ProjectCreated' || cause.type === 'AgreementDrafted') {
    return (cause.data as { district: DistrictCode }).district;
  }
  return undefined;
}

export function reviewDeadlineId(tablingEventId: string): string {
  return `review.${tablingEventId}`;
}

export function agreementExpiryDeadlineId(agreementId: string): string {
  return `agreement-expiry.${agreementId}`;
}

export function conditionDeadlineId(projectId: string, conditionId: string): string {
  return `condition.${projectId}.${conditionId}`;
}

export function evaluationDeadlineId(projectId: string): string {
  return `evaluation.${projectId}`;
}

/** What one event type does to the deadlines: schedules some, settles some, or both. */
type DeadlineRule = (cause: DeadlineCause, district: DistrictCode | null, policy: DeadlinePolicy) => DeadlineChanges;

/** A tabling starts the review period; a new tabling (after a revision) starts a new one. */
const reviewScheduled: DeadlineRule = (cause, district, policy) => {
  const data = cause.data as AgendaItemTabled['data'];
  const deadlineId = reviewDeadlineId(cause.id);
  const dueOn = addDays(data.tabledOn, policy.reviewDays(district));
  return {
    ...none,
    settledKinds: [{ streamId: cause.streamId, kind: 'review' }],
    scheduled: [
      {
        deadlineId,
        kind: 'review',
        streamId: agendaItemStreamId(data.itemId),
        district,
        dueOn,
        fire: { type: 'MarkReviewOverdue', data: { itemId: data.itemId, deadlineId, dueOn } },
      },
    ],
  };
};

const expiryScheduled: DeadlineRule = (cause) => {
  const data = cause.data as AgreementCameIntoForce['data'];
  const deadlineId = agreementExpiryDeadlineId(data.agreementId);
  return {
    ...none,
    scheduled: [
      {
        deadlineId,
        kind: 'agreement-expiry',
        streamId: agreementStreamId(data.district, data.year),
        district: data.district,
        dueOn: nextDate(data.inForceUntil),
        fire: { type: 'ExpireAgreement', data: { district: data.district, year: data.year } },
      },
    ],
  };
};

const evaluationScheduled: DeadlineRule = (cause, district, policy) => {
  const data = cause.data as ProjectCompleted['data'];
  const deadlineId = evaluationDeadlineId(data.projectId);
  const dueOn = addDays(data.completedOn, policy.evaluationDays(district));
  return {
    ...none,
    scheduled: [
      {
        deadlineId,
        kind: 'evaluation',
        streamId: projectStreamId(data.projectId),
        district,
        dueOn,
        fire: { type: 'MarkEvaluationOverdue', data: { projectId: data.projectId, deadlineId, dueOn } },
      },
    ],
  };
};

/** Every condition a project is created with that has a due day. */
const conditionsScheduled: DeadlineRule = (cause) => {
  const data = cause.data as ProjectCreated['data'];
  return {
    ...none,
    scheduled: (data.conditions ?? []).flatMap((condition): Deadline[] => {
      if (condition.dueOn === null) return [];
      const deadlineId = conditionDeadlineId(data.projectId, condition.conditionId);
      return [
        {
          deadlineId,
          kind: 'condition',
          streamId: projectStreamId(data.projectId),
          district: data.district,
          dueOn: condition.dueOn,
          fire: {
            type: 'MarkConditionOverdue',
            data: { projectId: data.projectId, conditionId: condition.conditionId, deadlineId, dueOn: condition.dueOn },
          },
        },
      ];
    }),
  };
};

const conditionSettled: DeadlineRule = (cause) => {
  const data = cause.data as ConditionFulfilled['data'];
  return { ...none, settledIds: [conditionDeadlineId(data.projectId, data.conditionId)] };
};

/** A cancelled or closed project owes neither its evaluation nor its conditions. */
const projectEnded: DeadlineRule = (cause) => ({
  ...none,
  settledKinds: [
    { streamId: cause.streamId, kind: 'evaluation' },
    { streamId: cause.streamId, kind: 'condition' },
  ],
});

const deadlineRules: Readonly<Record<string, DeadlineRule>> = {
  AgendaItemTabled: reviewScheduled,
  ReviewDecisionRecorded: (cause) => ({
    ...none,
    settledKinds: [{ streamId: agendaItemStreamId((cause.data as ReviewDecisionRecorded['data']).itemId), kind: 'review' }],
  }),
  ReviewOverdue: (cause) => ({ ...none, settledIds: [(cause.data as ReviewOverdue['data']).deadlineId] }),
  AgreementCameIntoForce: expiryScheduled,
  AgreementExpired: (cause) => ({ ...none, settledIds: [agreementExpiryDeadlineId((cause.data as AgreementExpired['data']).agreementId)] }),
  ProjectCompleted: evaluationScheduled,
  ProjectCreated: conditionsScheduled,
  ConditionFulfilled: conditionSettled,
  ConditionWaived: conditionSettled,
  ConditionOverdue: conditionSettled,
  ProjectEvaluated: (cause) => ({ ...none, settledKinds: [{ streamId: cause.streamId, kind: 'evaluation' }] }),
  ProjectCancelled: projectEnded,
  ProjectClosed: projectEnded,
  EvaluationOverdue: (cause) => ({ ...none, settledIds: [(cause.data as EvaluationOverdue['data']).deadlineId] }),
};

export function deadlineChanges(
  cause: DeadlineCause,
  district: DistrictCode | null,
  policy: DeadlinePolicy = defaultDeadlinePolicy,
): DeadlineChanges {
  return Object.hasOwn(deadlineRules, cause.type) ? deadlineRules[cause.type]!(cause, district, policy) : none;
}

/** The event types that schedule or settle a deadline (the scheduler's filter). */
export const deadlineEventTypes: readonly string[] = [
  'AgendaItemProposed',
  'ProjectCreated',
  'AgreementDrafted',
  'AgendaItemTabled',
  'ReviewDecisionRecorded',
  'ReviewOverdue',
  'AgreementCameIntoForce',
  'AgreementExpired',
  'ProjectCompleted',
  'ProjectEvaluated',
  'ProjectCancelled',
  'ProjectClosed',
  'EvaluationOverdue',
  'ConditionFulfilled',
  'ConditionWaived',
  'ConditionOverdue',
];
