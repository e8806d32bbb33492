/**
 * Decision register (의결 대장): every adoption, dismissal, review decision, deferral and
 * feedback, with its meeting, date, tally and actor. Public routes read it without the actor.
 */
import type { StoredEvent } from '@gongron/event-store';
import type { Operation, Projection, ProjectionLookup, Row } from '../projection.js';
import { actorOf, effectiveAt, entityId, num, obj, str } from './event-data.js';

export const DECISION_REGISTER = 'rm_decision_register';
/** Item facts a decision row needs (the decision events carry only the item id). */
export const DECISION_ITEMS = 'rm_decision_items';

const decisionKinds: Readonly<Record<string, string>> = {
  AgendaItemAdopted: 'adoption',
  AgendaItemDismissed: 'dismissal',
  ReviewDecisionRecorded: 'review',
  AgendaItemDeferred: 'deferral',
  FeedbackRecorded: 'feedback',
};

const defaultBody: Readonly<Record<string, string>> = {
  adoption: 'civic-council',
  dismissal: 'civic-council',
  review: 'steering-committee',
  feedback: 'steering-committee',
};

export const decisionRegisterProjection: Projection = {
  name: 'decision-register',
  version: 2,
  description: 'Adoptions, dismissals, review decisions, deferrals and feedback with meeting, date, tally and actor',
  handles: ['AgendaItemProposed', 'DraftRevisionSubmitted', ...Object.keys(decisionKinds)],
  tables: [
    {
      name: DECISION_REGISTER,
      primaryKey: ['event_id'],
      columns: [
        { name: 'event_id', type: 'text' },
        { name: 'position', type: 'integer', nullable: false },
        { name: 'item_id', type: 'text', nullable: false },
        { name: 'district', type: 'text', nullable: false },
        { name: 'item_title', type: 'text', nullable: false },
        { name: 'kind', type: 'text', nullable: false },
        { name: 'decision', type: 'text', nullable: false },
        { name: 'body', type: 'text', nullable: false },
        { name: 'meeting_id', type: 'text' },
        { name: 'meeting_title', type: 'text' },
        { name: 'decided_on', type: 'text', nullable: false },
        { name: 'year', type: 'integer', nullable: false },
        { name: 'on_roll', type: 'integer' },
        { name: 'present', type: 'integer' },
        { name: 'votes_for', type: 'integer' },
        { name: 'votes_against', type: 'integer' },
        { name: 'abstain', type: 'integer' },
        { name: 'conditions', type: 'json' },
        { name: 'text', type: 'text' },
        { name: 'task_code', type: 'text' },
        { name: 'project_id', type: 'text' },
        { name: 'actor_id', type: 'text' },
        { name: 'actor_role', type: 'text' },
        { name: 'actor_name', type: 'text' },
        { name: 'recorded_at', type: 'text', nullable: false },
      ],
      indexes: [['district', 'decided_on'], ['item_id'], ['kind'], ['year'], ['position'], ['meeting_id']],
    },
    {
      name: DECISION_ITEMS,
      primaryKey: ['item_id'],
      columns: [
        { name: 'item_id', type: 'text' },
        { name: 'district', type: 'text', nullable: false },
        { name: 'title', type: 'text', nullable: false },
        { name: 'task_code', type: 'text' },
      ],
    },
  ],
  project: projectDecisionRegister,
};

export function projectDecisionRegister(event: StoredEvent, lookup: ProjectionLookup): Operation[] | Promise<Operation[]> {
  const itemId = entityId(event);
  const data = event.data;
  if (event.type === 'AgendaItemProposed') {
    return [
      {
        op: 'upsert',
        table: DECISION_ITEMS,
        key: { item_id: itemId },
        values: { district: str(data.district) ?? '', title: str(data.title) ?? '', task_code: str(data.taskCode) },
      },
    ];
  }
  if (event.type === 'DraftRevisionSubmitted') {
    const taskCode = str(data.taskCode);
    return taskCode ? [{ op: 'update', table: DECISION_ITEMS, key: { item_id: itemId }, values: { task_code: taskCode } }] : [];
  }
  const kind = decisionKinds[event.type];
  if (!kind) return [];
  // Synchronous when the item is in memory: no promise per decision in a rebuild.
  const item = lookup.get(DECISION_ITEMS, { item_id: itemId });
  return item instanceof Promise ? item.then((row) => decisionOf(event, itemId, kind, row)) : decisionOf(event, itemId, kind, item);
}

function decisionOf(event: StoredEvent, itemId: string, kind: string, item: Row | undefined): Operation[] {
  const data = event.data;
  const meeting = obj(data.meeting);
  const tally = obj(data.tally);
  const actor = actorOf(event);
  const decidedOn = (str(meeting.heldOn) ?? str(data.recordedOn) ?? effectiveAt(event)).slice(0, 10);
  const decision =
    kind === 'review'
      ? (str(data.decision) ?? 'unknown')
      : kind === 'adoption'
        ? 'adopted'
        : kind === 'dismissal'
          ? 'dismissed'
          : kind === 'deferral'
            ? 'deferred'
            : 'feedback';
  const text = str(data.reason) ?? str(data.feedback) ?? str(data.summary);
  const conditions =
    Array.isArray(data.conditions) && data.conditions.length > 0
      ? data.conditions
      : Array.isArray(data.recommendations) && data.recommendations.length > 0
        ? data.recommendations
        : null;
  return [
    {
      op: 'upsert',
      table: DECISION_REGISTER,
      key: { event_id: event.id },
      values: {
        position: event.position,
        item_id: itemId,
        district: str(item?.district) ?? actor.district ?? '',
        item_title: str(item?.title) ?? '',
        kind,
        decision,
        body: str(meeting.body) ?? str(data.body) ?? defaultBody[kind] ?? actor.body ?? '',
        meeting_id: str(meeting.meetingId),
        meeting_title: str(meeting.title),
        decided_on: decidedOn,
        year: Number(decidedOn.slice(0, 4)),
        on_roll: num(tally.onRoll),
        present: num(tally.present),
        votes_for: num(tally.for),
        votes_against: num(tally.against),
        abstain: num(tally.abstain),
        conditions,
        text,
        task_code: str(item?.task_code),
        project_id: str(obj(data.project).projectId),
        actor_id: actor.id,
        actor_role: actor.role,
        actor_name: actor.name,
        recorded_at: event.recordedAt,
      },
    },
  ];
}
