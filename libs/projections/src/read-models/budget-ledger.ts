/**
 * Budget ledger: per project and funder — planned, allocated, amended, spent, returned — with
 * the district, year, goal and task to group by; and every consented amendment with both
 * parties (who proposed, who consented) and both sides of each change.
 */
import { funders as FUNDERS } from '@gongron/domain';
import type { StoredEvent } from '@gongron/event-store';
import type { Operation, Projection } from '../projection.js';
import { actorOf, budgetOf, effectiveAt, entityId, goalOf, handlerFor, num, obj, shareOf, str, type EventHandlers } from './event-data.js';
import { projectEventTypes, projectStateAfter } from './project-states.js';

export const BUDGET_LEDGER = 'rm_budget_ledger';
export const BUDGET_AMENDMENTS = 'rm_budget_amendments';

/** 'suwon-2024' → { district: 'suwon', year: 2024 }. */
export function parseAgreementId(agreementId: string): { district: string; year: number | null } {
  const cut = agreementId.lastIndexOf('-');
  if (cut < 0) return { district: agreementId, year: null };
  const year = Number(agreementId.slice(cut + 1));
  return { district: agreementId.slice(0, cut), year: Number.isInteger(year) ? year : null };
}

export const budgetLedgerProjection: Projection = {
  name: 'budget-ledger',
  version: 1,
  description: 'Per district, year, goal, task and funder: planned, allocated, amended, spent, remaining; amendments with both parties',
  handles: [...projectEventTypes, 'AmendmentConsented'],
  tables: [
    {
      name: BUDGET_LEDGER,
      primaryKey: ['project_id', 'funder'],
      columns: [
        { name: 'project_id', type: 'text' },
        { name: 'funder', type: 'text' },
        { name: 'district', type: 'text', nullable: false },
        { name: 'year', type: 'integer', nullable: false },
        { name: 'goal', type: 'integer' },
        { name: 'task_code', type: 'text' },
        { name: 'title', type: 'text', nullable: false },
        { name: 'project_state', type: 'text', nullable: false },
        { name: 'agreement_id', type: 'text' },
        { name: 'source_item_id', type: 'text' },
        { name: 'planned', type: 'integer', nullable: false },
        { name: 'initial_allocation', type: 'integer', nullable: false },
        { name: 'allocated', type: 'integer', nullable: false },
        { name: 'amended', type: 'integer', nullable: false },
        { name: 'spent', type: 'integer', nullable: false },
        { name: 'returned', type: 'integer', nullable: false },
        { name: 'expenditures', type: 'integer', nullable: false },
        { name: 'amendments', type: 'integer', nullable: false },
        { name: 'last_changed_at', type: 'text', nullable: false },
        { name: 'position', type: 'integer', nullable: false },
      ],
      indexes: [['district', 'year'], ['year'], ['task_code'], ['funder']],
    },
    {
      name: BUDGET_AMENDMENTS,
      primaryKey: ['amendment_id', 'project_id'],
      columns: [
        { name: 'amendment_id', type: 'text' },
        { name: 'project_id', type: 'text' },
        { name: 'agreement_id', type: 'text', nullable: false },
        { name: 'district', type: 'text', nullable: false },
        { name: 'year', type: 'integer' },
        { name: 'kind', type: 'text', nullable: false },
        { name: 'previous_education_office', type: 'integer' },
        { name: 'previous_local_government', type: 'integer' },
        { name: 'new_education_office', type: 'integer' },
        { name: 'new_local_government', type: 'integer' },
        { name: 'proposed_by', type: 'text', nullable: false },
        { name: 'consented_by', type: 'text', nullable: false },
        { name: 'consented_on', type: 'text', nullable: false },
        { name: 'consenter_id', type: 'text' },
        { name: 'consenter_role', type: 'text' },
        { name: 'recorded_at', type: 'text', nullable: false },
        { name: 'position', type: 'integer', nullable: false },
      ],
      indexes: [['district', 'year'], ['project_id']],
    },
  ],
  project: projectBudgetLedger,
};

type Funder = (typeof FUNDERS)[number];

/** What every ledger handler reads: the project's two funder rows and the change stamp. */
interface LedgerEvent {
  readonly event: StoredEvent;
  readonly data: Record<string, unknown>;
  readonly projectId: string;
  readonly keys: { project_id: string; funder: Funder }[];
  readonly last: { last_changed_at: string; position: number };
  /** The same update on both funders' rows, values chosen per funder. */
  readonly both: (values: (funder: Funder) => Record<string, unknown>) => Operation[];
}

function projectCreated({ event, data, keys, last }: LedgerEvent): Operation[] {
  const planned = budgetOf(data.plannedBudget);
  const taskCode = str(data.taskCode);
  return keys.map((key) => ({
    op: 'upsert',
    table: BUDGET_LEDGER,
    key,
    values: {
      district: str(data.district) ?? '',
      year: num(data.year) ?? Number(event.recordedAt.slice(0, 4)),
      goal: goalOf(taskCode),
      task_code: taskCode,
      title: str(data.title) ?? '',
      project_state: 'planned',
      agreement_id: null,
      source_item_id: str(data.sourceAgendaItemId),
      planned: shareOf(planned, key.funder),
      initial_allocation: 0,
      allocated: 0,
      amended: 0,
      spent: 0,
      returned: 0,
      expenditures: 0,
      amendments: 0,
      ...last,
    },
  }));
}

function projectAgreed({ data, both }: LedgerEvent): Operation[] {
  const allocation = budgetOf(data.allocation);
  return both((funder) => {
    const amount = shareOf(allocation, funder);
    return { project_state: 'agreed', agreement_id: str(data.agreementId), initial_allocation: amount, allocated: amount, amended: 0 };
  });
}

/** A funder's row of the ledger counted up by `by`, with its allocation now `allocated`. */
function ledgerIncrement(
  key: LedgerEvent['keys'][number],
  by: Record<string, number>,
  allocated: number,
  last: LedgerEvent['last'],
): Operation {
  return { op: 'increment', table: BUDGET_LEDGER, key, by, values: { allocated, ...last } };
}

function budgetAmended({ data, keys, last }: LedgerEvent): Operation[] {
  const previous = budgetOf(data.previousAllocation);
  const next = budgetOf(data.newAllocation);
  return keys.map((key) =>
    ledgerIncrement(
      key,
      { amended: shareOf(next, key.funder) - shareOf(previous, key.funder), amendments: 1 },
      shareOf(next, key.funder),
      last,
    ),
  );
}

function expenditureRecorded({ data, projectId, last }: LedgerEvent): Operation[] {
  const funder = str(data.funder);
  if (funder !== 'education-office' && funder !== 'local-government') return [];
  return [
    {
      op: 'increment',
      table: BUDGET_LEDGER,
      key: { project_id: projectId, funder },
      by: { spent: num(data.amount) ?? 0, expenditures: 1 },
      values: last,
    },
  ];
}

/** Withdrawn from its agreement: the allocation shrinks to what was spent; the rest goes back. */
function releasedFromAgreement({ data, keys, last }: LedgerEvent): Operation[] {
  const allocation = budgetOf(data.allocation);
  const returned = budgetOf(data.returned);
  return keys.map((key) =>
    ledgerIncrement(
      key,
      { amended: -shareOf(returned, key.funder), returned: shareOf(returned, key.funder) },
      shareOf(allocation, key.funder),
      last,
    ),
  );
}

function projectCancelled({ data, both }: LedgerEvent): Operation[] {
  const returned = budgetOf(data.returned);
  return both((funder) => ({ project_state: 'cancelled', returned: shareOf(returned, funder) }));
}

/** Any other project event only moves the project's state, when it moves it at all. */
function projectStateMoved({ event, both }: LedgerEvent): Operation[] {
  const state = projectStateAfter(event);
  return state ? both(() => ({ project_state: state })) : [];
}

const ledgerHandlers: EventHandlers<LedgerEvent> = {
  ProjectCreated: projectCreated,
  ProjectAgreed: projectAgreed,
  ProjectBudgetAmended: budgetAmended,
  ExpenditureRecorded: expenditureRecorded,
  ProjectReleasedFromAgreement: releasedFromAgreement,
  ProjectCancelled: projectCancelled,
};

export function projectBudgetLedger(event: StoredEvent): Operation[] {
  const data = event.data;
  const last = { last_changed_at: event.recordedAt, position: event.position };
  if (event.type === 'AmendmentConsented') return amendmentRows(event);
  const projectId = str(data.projectId) ?? entityId(event);
  const keys = FUNDERS.map((funder) => ({ project_id: projectId, funder }));
  const both = (values: (funder: Funder) => Record<string, unknown>): Operation[] =>
    keys.map((key) => ({ op: 'update', table: BUDGET_LEDGER, key, values: { ...values(key.funder), ...last } }));
  const handler = handlerFor(ledgerHandlers, event.type) ?? projectStateMoved;
  return handler({ event, data, projectId, keys, last, both });
}

function amendmentRows(event: StoredEvent): Operation[] {
  const data = event.data;
  const agreementId = str(data.agreementId) ?? entityId(event);
  const { district, year } = parseAgreementId(agreementId);
  const actor = actorOf(event);
  const budgets = Array.isArray(data.budgets) ? data.budgets.map(obj) : [];
  return budgets.map((change) => {
    const previous = change.previousBudget ? budgetOf(change.previousBudget) : null;
    const next = change.newBudget ? budgetOf(change.newBudget) : null;
    return {
      op: 'upsert',
      table: BUDGET_AMENDMENTS,
      key: { amendment_id: str(data.amendmentId) ?? event.id, project_id: str(change.projectId) ?? '' },
      values: {
        agreement_id: agreementId,
        district,
        year,
        kind: str(change.kind) ?? 'budget',
        previous_education_office: previous?.eo ?? null,
        previous_local_government: previous?.lg ?? null,
        new_education_office: next?.eo ?? null,
        new_local_government: next?.lg ?? null,
        proposed_by: str(data.proposedBy) ?? '',
        consented_by: str(data.consentedBy) ?? actor.party ?? '',
        consented_on: (str(data.consentedOn) ?? effectiveAt(event)).slice(0, 10),
        consenter_id: actor.id,
        consenter_role: actor.role,
        recorded_at: event.recordedAt,
        position: event.position,
      },
    };
  });
}
