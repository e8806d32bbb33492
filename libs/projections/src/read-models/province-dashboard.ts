/**
 * Province dashboard (public): per district — items by state and goal, decisions by kind,
 * projects by state and goal, and money per year (planned, allocated, spent, returned per
 * funder). No personal data is ever written here.
 */
import { streamCategory } from '@gongron/domain';
import type { StoredEvent } from '@gongron/event-store';
import type { Operation, Projection, ProjectionLookup, Row } from '../projection.js';
import { agendaItemEventTypes, agendaStateAfter } from './agenda-states.js';
import { budgetOf, entityId, goalOf, num, str } from './event-data.js';
import { projectEventTypes, projectStateAfter } from './project-states.js';

export const DASHBOARD_COUNTS = 'rm_dashboard_counts';
export const DASHBOARD_MONEY = 'rm_dashboard_money';
/** Where each item and project stands, so a move decrements the count it leaves. */
export const DASHBOARD_ENTITIES = 'rm_dashboard_entities';

export const dashboardDimensions = ['item-state', 'item-goal', 'decision', 'project-state', 'project-goal'] as const;

const decisionEvents: Readonly<Record<string, string>> = {
  AgendaItemAdopted: 'adoption',
  AgendaItemDismissed: 'dismissal',
  ReviewDecisionRecorded: 'review',
  FeedbackRecorded: 'feedback',
};

export const provinceDashboardProjection: Projection = {
  name: 'province-dashboard',
  version: 1,
  description: 'Per district totals for the public: items and projects by state and goal, decisions, money per year',
  handles: [...agendaItemEventTypes, ...projectEventTypes],
  tables: [
    {
      name: DASHBOARD_COUNTS,
      primaryKey: ['district', 'dimension', 'value'],
      columns: [
        { name: 'district', type: 'text' },
        { name: 'dimension', type: 'text' },
        { name: 'value', type: 'text' },
        { name: 'count', type: 'integer', nullable: false },
      ],
    },
    {
      name: DASHBOARD_MONEY,
      primaryKey: ['district', 'year'],
      columns: [
        { name: 'district', type: 'text' },
        { name: 'year', type: 'integer' },
        { name: 'projects', type: 'integer', nullable: false },
        { name: 'planned_education_office', type: 'integer', nullable: false },
        { name: 'planned_local_government', type: 'integer', nullable: false },
        { name: 'allocated_education_office', type: 'integer', nullable: false },
        { name: 'allocated_local_government', type: 'integer', nullable: false },
        { name: 'spent_education_office', type: 'integer', nullable: false },
        { name: 'spent_local_government', type: 'integer', nullable: false },
        { name: 'returned_education_office', type: 'integer', nullable: false },
        { name: 'returned_local_government', type: 'integer', nullable: false },
      ],
    },
    {
      name: DASHBOARD_ENTITIES,
      primaryKey: ['entity_id'],
      columns: [
        { name: 'entity_id', type: 'text' },
        { name: 'district', type: 'text', nullable: false },
        { name: 'year', type: 'integer' },
        { name: 'state', type: 'text', nullable: false },
        { name: 'goal', type: 'text', nullable: false },
      ],
    },
  ],
  project: projectProvinceDashboard,
};

const count = (district: string, dimension: string, value: string, by: number): Operation => ({
  op: 'increment',
  table: DASHBOARD_COUNTS,
  key: { district, dimension, value },
  by: { count: by },
});

const money = (district: string, year: number, by: Record<string, number>): Operation => ({
  op: 'increment',
  table: DASHBOARD_MONEY,
  key: { district, year },
  by,
});

export function projectProvinceDashboard(event: StoredEvent, lookup: ProjectionLookup): Operation[] | Promise<Operation[]> {
  const data = event.data;
  const kind = streamCategory(event.streamId) === 'project' ? 'project' : 'item';
  const entityKey = { entity_id: `${kind}:${entityId(event)}` };

  if (event.type === 'AgendaItemProposed' || event.type === 'ProjectCreated') {
    const district = str(data.district) ?? '';
    const goal = String(goalOf(str(data.taskCode)) ?? 'none');
    const state = kind === 'project' ? 'planned' : 'proposed';
    const year = kind === 'project' ? (num(data.year) ?? Number(event.recordedAt.slice(0, 4))) : null;
    const operations: Operation[] = [
      { op: 'upsert', table: DASHBOARD_ENTITIES, key: entityKey, values: { district, year, state, goal } },
      count(district, `${kind}-state`, state, 1),
      count(district, `${kind}-goal`, goal, 1),
    ];
    if (kind === 'project' && year !== null) {
      const planned = budgetOf(data.plannedBudget);
      operations.push(money(district, year, { projects: 1, planned_education_office: planned.eo, planned_local_government: planned.lg }));
    }
    return operations;
  }

  // Synchronous when the entity is in memory: no promise per event in a rebuild.
  const entity = lookup.get(DASHBOARD_ENTITIES, entityKey);
  return entity instanceof Promise
    ? entity.then((row) => changesOf(event, kind, entityKey, row))
    : changesOf(event, kind, entityKey, entity);
}

/** What an event changes for an entity the dashboard already counts. */
function changesOf(event: StoredEvent, kind: 'project' | 'item', entityKey: Row, entity: Row | undefined): Operation[] {
  if (!entity) return [];
  const data = event.data;
  const district = String(entity.district);
  const year = typeof entity.year === 'number' ? entity.year : null;
  const operations: Operation[] = [];

  const nextState = kind === 'project' ? projectStateAfter(event) : agendaStateAfter(event);
  const nextGoal = event.type === 'DraftRevisionSubmitted' && str(data.taskCode) ? String(goalOf(str(data.taskCode))) : undefined;
  const changes: Record<string, unknown> = {};
  if (nextState && nextState !== entity.state) {
    operations.push(count(district, `${kind}-state`, String(entity.state), -1), count(district, `${kind}-state`, nextState, 1));
    changes.state = nextState;
  }
  if (nextGoal && nextGoal !== entity.goal) {
    operations.push(count(district, `${kind}-goal`, String(entity.goal), -1), count(district, `${kind}-goal`, nextGoal, 1));
    changes.goal = nextGoal;
  }
  if (Object.keys(changes).length > 0) operations.push({ op: 'update', table: DASHBOARD_ENTITIES, key: entityKey, values: changes });

  const decision = decisionEvents[event.type];
  if (decision) operations.push(count(district, 'decision', decision, 1));

  if (kind === 'project' && year !== null) {
    if (event.type === 'ProjectAgreed') {
      const allocation = budgetOf(data.allocation);
      operations.push(money(district, year, { allocated_education_office: allocation.eo, allocated_local_government: allocation.lg }));
    } else if (event.type === 'ProjectBudgetAmended') {
      const previous = budgetOf(data.previousAllocation);
      const next = budgetOf(data.newAllocation);
      operations.push(
        money(district, year, { allocated_education_office: next.eo - previous.eo, allocated_local_government: next.lg - previous.lg }),
      );
    } else if (event.type === 'ExpenditureRecorded') {
      const amount = num(data.amount) ?? 0;
      const funder = str(data.funder);
      if (funder === 'education-office') operations.push(money(district, year, { spent_education_office: amount }));
      if (funder === 'local-government') operations.push(money(district, year, { spent_local_government: amount }));
    } else if (event.type === 'ProjectCancelled' || event.type === 'ProjectReleasedFromAgreement') {
      const returned = budgetOf(data.returned);
      operations.push(money(district, year, { returned_education_office: returned.eo, returned_local_government: returned.lg }));
    }
  }
  return operations;
}
