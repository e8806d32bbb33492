/**
 * Operating plans (운영계획) per district and year, with their projects, status and the
 * steering committee's meeting and decision; and for every project the deliberation it traces to:
 * the approved agenda item it came from, or the approved operating plan that lists it. A project
 * with neither carries the 미심의 mark (`deliberated` 0) until an approved plan lists it.
 */
import type { StoredEvent } from '@gongron/event-store';
import type { Operation, Projection, ProjectionLookup, Row } from '../projection.js';
import { budgetOf, effectiveAt, entityId, goalOf, handlerFor, num, obj, str, type EventHandlers } from './event-data.js';

export const OPERATING_PLANS = 'rm_operating_plans';
export const OPERATING_PLAN_PROJECTS = 'rm_operating_plan_projects';
export const PROJECT_DELIBERATIONS = 'rm_project_deliberations';

const planEventTypes = [
  'OperatingPlanDrafted',
  'ProjectAddedToPlan',
  'ProjectRemovedFromPlan',
  'OperatingPlanSubmitted',
  'OperatingPlanDecided',
  'OperatingPlanRedrafted',
] as const;

/** Where the plan stands after a decision of the committee (a return puts it back into drafting). */
const statusAfterDecision: Readonly<Record<string, string>> = {
  approved: 'approved',
  revisionRequested: 'drafting',
  rejected: 'rejected',
};

export const operatingPlansProjection: Projection = {
  name: 'operating-plans',
  version: 1,
  description: 'Operating plans per district and year: projects, budgets, status, the meeting and decision; 미심의 projects',
  handles: [...planEventTypes, 'ProjectCreated', 'ProjectCancelled'],
  tables: [
    {
      name: OPERATING_PLANS,
      primaryKey: ['plan_id'],
      columns: [
        { name: 'plan_id', type: 'text' },
        { name: 'district', type: 'text', nullable: false },
        { name: 'year', type: 'integer', nullable: false },
        { name: 'title', type: 'text' },
        { name: 'status', type: 'text', nullable: false },
        { name: 'drafted_on', type: 'text', nullable: false },
        { name: 'revision', type: 'integer', nullable: false },
        { name: 'submitted_on', type: 'text' },
        { name: 'projects', type: 'integer', nullable: false },
        { name: 'budget_education_office', type: 'integer', nullable: false },
        { name: 'budget_local_government', type: 'integer', nullable: false },
        { name: 'decision', type: 'text' },
        { name: 'decided_on', type: 'text' },
        { name: 'decided_revision', type: 'integer' },
        { name: 'meeting_id', type: 'text' },
        { name: 'meeting_title', type: 'text' },
        { name: 'on_roll', type: 'integer' },
        { name: 'present', type: 'integer' },
        { name: 'votes_for', type: 'integer' },
        { name: 'votes_against', type: 'integer' },
        { name: 'abstain', type: 'integer' },
        { name: 'feedback', type: 'text' },
        { name: 'last_changed_at', type: 'text', nullable: false },
        { name: 'position', type: 'integer', nullable: false },
      ],
      indexes: [['district', 'year'], ['year'], ['status']],
    },
    {
      name: OPERATING_PLAN_PROJECTS,
      primaryKey: ['plan_id', 'project_id'],
      columns: [
        { name: 'plan_id', type: 'text' },
        { name: 'project_id', type: 'text' },
        { name: 'title', type: 'text', nullable: false },
        { name: 'task_code', type: 'text', nullable: false },
        { name: 'goal', type: 'integer' },
        { name: 'budget_education_office', type: 'integer', nullable: false },
        { name: 'budget_local_government', type: 'integer', nullable: false },
        { name: 'origin', type: 'text', nullable: false },
        { name: 'source_agenda_item_id', type: 'text' },
        { name: 'added_on', type: 'text', nullable: false },
      ],
      indexes: [['project_id']],
    },
    {
      name: PROJECT_DELIBERATIONS,
      primaryKey: ['project_id'],
      columns: [
        { name: 'project_id', type: 'text' },
        { name: 'district', type: 'text', nullable: false },
        { name: 'year', type: 'integer', nullable: false },
        { name: 'title', type: 'text', nullable: false },
        { name: 'task_code', type: 'text' },
        { name: 'cancelled', type: 'integer', nullable: false },
        { name: 'source_agenda_item_id', type: 'text' },
        { name: 'plan_id', type: 'text' },
        { name: 'plan_meeting_id', type: 'text' },
        { name: 'plan_decided_on', type: 'text' },
        /** 1 when an approved item or an approved plan deliberated the project; 0 is the 미심의 mark. */
        { name: 'deliberated', type: 'integer', nullable: false },
      ],
      indexes: [
        ['district', 'year'],
        ['deliberated', 'district'],
      ],
    },
  ],
  project: projectOperatingPlans,
};

/** A created project's deliberation row: deliberated when an approved agenda item is its source. */
function projectCreated(event: StoredEvent): Operation[] {
  const data = event.data;
  const sourceAgendaItemId = str(data.sourceAgendaItemId);
  return [
    {
      op: 'upsert',
      table: PROJECT_DELIBERATIONS,
      key: { project_id: str(data.projectId) ?? entityId(event) },
      values: {
        district: str(data.district) ?? '',
        year: num(data.year) ?? 0,
        title: str(data.title) ?? '',
        task_code: str(data.taskCode),
        cancelled: 0,
        source_agenda_item_id: sourceAgendaItemId,
        plan_id: null,
        plan_meeting_id: null,
        plan_decided_on: null,
        deliberated: sourceAgendaItemId === null ? 0 : 1,
      },
    },
  ];
}

const deliberationHandlers: EventHandlers<StoredEvent> = {
  ProjectCreated: projectCreated,
  ProjectCancelled: (event) => [
    { op: 'update', table: PROJECT_DELIBERATIONS, key: { project_id: entityId(event) }, values: { cancelled: 1 } },
  ],
};

/** What every plan handler reads: the event, its plan's key and the change stamp. */
interface PlanEvent {
  readonly event: StoredEvent;
  readonly data: Record<string, unknown>;
  readonly planId: string;
  readonly key: { plan_id: string };
  readonly last: { last_changed_at: string; position: number };
  readonly lookup: ProjectionLookup;
}

type PlanOperations = Operation[] | Promise<Operation[]>;

function planDrafted({ event, data, key, last }: PlanEvent): Operation[] {
  return [
    {
      op: 'upsert',
      table: OPERATING_PLANS,
      key,
      values: {
        district: str(data.district) ?? '',
        year: num(data.year) ?? 0,
        title: str(data.title),
        status: 'drafting',
        drafted_on: str(data.draftedOn) ?? event.recordedAt.slice(0, 10),
        revision: 0,
        projects: 0,
        budget_education_office: 0,
        budget_local_government: 0,
        ...last,
      },
    },
  ];
}

function projectAddedToPlan({ event, data, planId, key, last }: PlanEvent): Operation[] {
  const budget = budgetOf(data.budget);
  const taskCode = str(data.taskCode);
  return [
    {
      op: 'upsert',
      table: OPERATING_PLAN_PROJECTS,
      key: { plan_id: planId, project_id: str(data.projectId) ?? '' },
      values: {
        title: str(data.title) ?? '',
        task_code: taskCode ?? '',
        goal: goalOf(taskCode),
        budget_education_office: budget.eo,
        budget_local_government: budget.lg,
        origin: str(data.origin) ?? 'office',
        source_agenda_item_id: str(data.sourceAgendaItemId),
        added_on: str(data.addedOn) ?? event.recordedAt.slice(0, 10),
      },
    },
    {
      op: 'increment',
      table: OPERATING_PLANS,
      key,
      by: { projects: 1, budget_education_office: budget.eo, budget_local_government: budget.lg },
      values: last,
    },
  ];
}

/** Answers at once when the lookup does (SQLite), else when its promise settles. */
function projectRemovedFromPlan({ data, planId, key, last, lookup }: PlanEvent): PlanOperations {
  const projectKey = { plan_id: planId, project_id: str(data.projectId) ?? '' };
  const listed = lookup.get(OPERATING_PLAN_PROJECTS, projectKey);
  const removal = (row: Row | undefined): Operation[] => [
    { op: 'delete', table: OPERATING_PLAN_PROJECTS, key: projectKey },
    {
      op: 'increment',
      table: OPERATING_PLANS,
      key,
      by: {
        projects: row ? -1 : 0,
        budget_education_office: -(num(row?.budget_education_office) ?? 0),
        budget_local_government: -(num(row?.budget_local_government) ?? 0),
      },
      values: last,
    },
  ];
  return listed instanceof Promise ? listed.then(removal) : removal(listed);
}

function planSubmitted({ data, key, last }: PlanEvent): Operation[] {
  return [
    {
      op: 'update',
      table: OPERATING_PLANS,
      key,
      values: { status: 'underReview', revision: num(data.revision) ?? 0, submitted_on: str(data.submittedOn), ...last },
    },
  ];
}

/** The decision on the plan; an approval marks every project it lists as deliberated. */
function planDecided({ event, data, planId, key, last }: PlanEvent): Operation[] {
  const decision = str(data.decision) ?? '';
  const meeting = obj(data.meeting);
  const tally = obj(data.tally);
  const decidedOn = str(data.decidedOn) ?? effectiveAt(event).slice(0, 10);
  const operations: Operation[] = [
    {
      op: 'update',
      table: OPERATING_PLANS,
      key,
      values: {
        status: statusAfterDecision[decision] ?? 'underReview',
        decision,
        decided_on: decidedOn,
        decided_revision: num(data.revision),
        meeting_id: str(meeting.meetingId),
        meeting_title: str(meeting.title),
        on_roll: num(tally.onRoll),
        present: num(tally.present),
        votes_for: num(tally.for),
        votes_against: num(tally.against),
        abstain: num(tally.abstain),
        feedback: str(data.feedback),
        ...last,
      },
    },
  ];
  if (decision !== 'approved' || !Array.isArray(data.projects)) return operations;
  for (const listed of data.projects) {
    const projectId = str(obj(listed).projectId);
    if (projectId === null) continue;
    operations.push({
      op: 'update',
      table: PROJECT_DELIBERATIONS,
      key: { project_id: projectId },
      values: { plan_id: planId, plan_meeting_id: str(meeting.meetingId), plan_decided_on: decidedOn, deliberated: 1 },
    });
  }
  return operations;
}

const planHandlers: EventHandlers<PlanEvent, PlanOperations> = {
  OperatingPlanDrafted: planDrafted,
  ProjectAddedToPlan: projectAddedToPlan,
  ProjectRemovedFromPlan: projectRemovedFromPlan,
  OperatingPlanSubmitted: planSubmitted,
  // The rejected plan is drafted again; the rejection stays the last decision until the next one.
  OperatingPlanRedrafted: ({ key, last }) => [{ op: 'update', table: OPERATING_PLANS, key, values: { status: 'drafting', ...last } }],
  OperatingPlanDecided: planDecided,
};

export function projectOperatingPlans(event: StoredEvent, lookup: ProjectionLookup): Operation[] | Promise<Operation[]> {
  const deliberation = handlerFor(deliberationHandlers, event.type);
  if (deliberation) return deliberation(event);
  const data = event.data;
  const planId = str(data.planId) ?? entityId(event);
  const key = { plan_id: planId };
  const last = { last_changed_at: event.recordedAt, position: event.position };
  const handler = handlerFor(planHandlers, event.type);
  return handler ? handler({ event, data, planId, key, last, lookup }) : [];
}
