/**
 * Agreement register (부속합의서): per district and year — signatures, the in-force window,
 * the listed projects with their budgets, and every amendment with its outcome.
 */
import type { StoredEvent } from '@gongron/event-store';
import type { Operation, Projection, ProjectionLookup } from '../projection.js';
import { budgetOf, effectiveAt, entityId, goalOf, handlerFor, num, obj, str, type EventHandlers } from './event-data.js';
import { parseAgreementId } from './budget-ledger.js';

export const AGREEMENTS = 'rm_agreements';
export const AGREEMENT_PROJECTS = 'rm_agreement_projects';
export const AGREEMENT_AMENDMENTS = 'rm_agreement_amendments';

export const agreementEventTypes = [
  'AgreementDrafted',
  'ProjectAddedToAgreement',
  'ProjectWithdrawnFromAgreement',
  'AgreementSigned',
  'AgreementCameIntoForce',
  'AmendmentProposed',
  'AmendmentConsented',
  'AmendmentRefused',
  'AgreementExpired',
] as const;

export const agreementRegisterProjection: Projection = {
  name: 'agreement-register',
  version: 2,
  description: 'Supplementary agreements: signatures, in-force window, listed projects and amendments',
  handles: agreementEventTypes,
  tables: [
    {
      name: AGREEMENTS,
      primaryKey: ['agreement_id'],
      columns: [
        { name: 'agreement_id', type: 'text' },
        { name: 'district', type: 'text', nullable: false },
        { name: 'year', type: 'integer', nullable: false },
        { name: 'state', type: 'text', nullable: false },
        { name: 'education_office_signed_on', type: 'text' },
        { name: 'education_office_signatory', type: 'text' },
        { name: 'education_office_signatory_name', type: 'text' },
        { name: 'local_government_signed_on', type: 'text' },
        { name: 'local_government_signatory', type: 'text' },
        { name: 'local_government_signatory_name', type: 'text' },
        { name: 'in_force_from', type: 'text' },
        { name: 'in_force_until', type: 'text' },
        { name: 'projects', type: 'integer', nullable: false },
        { name: 'budget_education_office', type: 'integer', nullable: false },
        { name: 'budget_local_government', type: 'integer', nullable: false },
        { name: 'amendments_proposed', type: 'integer', nullable: false },
        { name: 'amendments_consented', type: 'integer', nullable: false },
        { name: 'amendments_refused', type: 'integer', nullable: false },
        { name: 'last_changed_at', type: 'text', nullable: false },
        { name: 'position', type: 'integer', nullable: false },
      ],
      indexes: [['district', 'year'], ['year'], ['state']],
    },
    {
      name: AGREEMENT_PROJECTS,
      primaryKey: ['agreement_id', 'project_id'],
      columns: [
        { name: 'agreement_id', type: 'text' },
        { name: 'project_id', type: 'text' },
        { name: 'title', type: 'text', nullable: false },
        { name: 'task_code', type: 'text' },
        { name: 'goal', type: 'integer' },
        { name: 'budget_education_office', type: 'integer', nullable: false },
        { name: 'budget_local_government', type: 'integer', nullable: false },
        { name: 'status', type: 'text', nullable: false },
        { name: 'added_by', type: 'text', nullable: false },
      ],
      indexes: [['project_id']],
    },
    {
      name: AGREEMENT_AMENDMENTS,
      primaryKey: ['agreement_id', 'amendment_id'],
      columns: [
        { name: 'agreement_id', type: 'text' },
        { name: 'amendment_id', type: 'text' },
        { name: 'status', type: 'text', nullable: false },
        { name: 'proposed_by', type: 'text', nullable: false },
        { name: 'proposed_on', type: 'text', nullable: false },
        { name: 'reason', type: 'text' },
        { name: 'changes', type: 'json' },
        { name: 'decided_by', type: 'text' },
        { name: 'decided_on', type: 'text' },
        { name: 'refusal_reason', type: 'text' },
      ],
    },
  ],
  project: projectAgreementRegister,
};

const partyPrefix = (party: string | null): 'education_office' | 'local_government' | null =>
  party === 'education-office' ? 'education_office' : party === 'local-government' ? 'local_government' : null;

/** What every agreement handler reads: the event, its agreement's key and the change stamp. */
interface AgreementEvent {
  readonly event: StoredEvent;
  readonly data: Record<string, unknown>;
  readonly agreementId: string;
  readonly key: { agreement_id: string };
  readonly last: { last_changed_at: string; position: number };
  readonly touch: Operation;
  readonly lookup: ProjectionLookup;
}

type AgreementOperations = Operation[] | Promise<Operation[]>;

function agreementDrafted({ data, agreementId, key, last }: AgreementEvent): Operation[] {
  const parsed = parseAgreementId(agreementId);
  return [
    {
      op: 'upsert',
      table: AGREEMENTS,
      key,
      values: {
        district: str(data.district) ?? parsed.district,
        year: num(data.year) ?? parsed.year ?? 0,
        state: 'drafting',
        projects: 0,
        budget_education_office: 0,
        budget_local_government: 0,
        amendments_proposed: 0,
        amendments_consented: 0,
        amendments_refused: 0,
        ...last,
      },
    },
  ];
}

function projectAdded({ data, agreementId, key, last }: AgreementEvent): Operation[] {
  const budget = budgetOf(data.budget);
  return [
    ...listProject(agreementId, data, 'draft'),
    {
      op: 'increment',
      table: AGREEMENTS,
      key,
      by: { projects: 1, budget_education_office: budget.eo, budget_local_government: budget.lg },
      values: last,
    },
  ];
}

async function projectWithdrawn({ data, agreementId, touch, lookup }: AgreementEvent): Promise<Operation[]> {
  return [touch, ...(await withdrawProject(agreementId, str(data.projectId) ?? '', lookup))];
}

function agreementSigned({ event, data, key, last, touch }: AgreementEvent): Operation[] {
  const prefix = partyPrefix(str(data.party));
  if (!prefix) return [touch];
  return [
    {
      op: 'update',
      table: AGREEMENTS,
      key,
      values: {
        state: 'signing',
        [`${prefix}_signed_on`]: str(data.signedOn) ?? effectiveAt(event).slice(0, 10),
        [`${prefix}_signatory`]: str(data.signatoryTitle),
        [`${prefix}_signatory_name`]: str(data.signatoryName),
        ...last,
      },
    },
  ];
}

function cameIntoForce({ data, key, last }: AgreementEvent): Operation[] {
  return [
    {
      op: 'update',
      table: AGREEMENTS,
      key,
      values: { state: 'inForce', in_force_from: str(data.inForceFrom), in_force_until: str(data.inForceUntil), ...last },
    },
  ];
}

function amendmentProposed({ event, data, agreementId, key, last }: AgreementEvent): Operation[] {
  return [
    { op: 'increment', table: AGREEMENTS, key, by: { amendments_proposed: 1 }, values: last },
    {
      op: 'upsert',
      table: AGREEMENT_AMENDMENTS,
      key: { agreement_id: agreementId, amendment_id: str(data.amendmentId) ?? event.id },
      values: {
        status: 'proposed',
        proposed_by: str(data.proposedBy) ?? '',
        proposed_on: str(data.proposedOn) ?? event.recordedAt.slice(0, 10),
        reason: str(data.reason),
        changes: Array.isArray(data.changes) ? data.changes : [],
      },
    },
  ];
}

function amendmentRefused({ data, agreementId, key, last }: AgreementEvent): Operation[] {
  return [
    { op: 'increment', table: AGREEMENTS, key, by: { amendments_refused: 1 }, values: last },
    {
      op: 'update',
      table: AGREEMENT_AMENDMENTS,
      key: { agreement_id: agreementId, amendment_id: str(data.amendmentId) ?? '' },
      values: { status: 'refused', decided_by: str(data.refusedBy), decided_on: str(data.refusedOn), refusal_reason: str(data.reason) },
    },
  ];
}

function agreementExpired({ data, agreementId, key, last }: AgreementEvent): Operation[] {
  const lapsed = Array.isArray(data.lapsedAmendments) ? data.lapsedAmendments.filter((id): id is string => typeof id === 'string') : [];
  return [
    { op: 'update', table: AGREEMENTS, key, values: { state: 'expired', ...last } },
    ...lapsed.map((amendmentId): Operation => ({
      op: 'update',
      table: AGREEMENT_AMENDMENTS,
      key: { agreement_id: agreementId, amendment_id: amendmentId },
      values: { status: 'lapsed', decided_on: str(data.expiredOn) },
    })),
  ];
}

const agreementHandlers: EventHandlers<AgreementEvent, AgreementOperations> = {
  AgreementDrafted: agreementDrafted,
  ProjectAddedToAgreement: projectAdded,
  ProjectWithdrawnFromAgreement: projectWithdrawn,
  AgreementSigned: agreementSigned,
  AgreementCameIntoForce: cameIntoForce,
  AmendmentProposed: amendmentProposed,
  AmendmentRefused: amendmentRefused,
  AmendmentConsented: ({ event, agreementId, lookup }) => consentedAmendment(event, agreementId, lookup),
  AgreementExpired: agreementExpired,
};

export async function projectAgreementRegister(event: StoredEvent, lookup: ProjectionLookup): Promise<Operation[]> {
  const data = event.data;
  const agreementId = str(data.agreementId) ?? entityId(event);
  const key = { agreement_id: agreementId };
  const last = { last_changed_at: event.recordedAt, position: event.position };
  const touch: Operation = { op: 'update', table: AGREEMENTS, key, values: last };
  const handler = handlerFor(agreementHandlers, event.type);
  return handler ? handler({ event, data, agreementId, key, last, touch, lookup }) : [];
}

function listProject(agreementId: string, change: Record<string, unknown>, addedBy: string): Operation[] {
  const budget = budgetOf(change.budget);
  const taskCode = str(change.taskCode);
  return [
    {
      op: 'upsert',
      table: AGREEMENT_PROJECTS,
      key: { agreement_id: agreementId, project_id: str(change.projectId) ?? '' },
      values: {
        title: str(change.title) ?? '',
        task_code: taskCode,
        goal: goalOf(taskCode),
        budget_education_office: budget.eo,
        budget_local_government: budget.lg,
        status: 'listed',
        added_by: addedBy,
      },
    },
  ];
}

async function withdrawProject(agreementId: string, projectId: string, lookup: ProjectionLookup): Promise<Operation[]> {
  const key = { agreement_id: agreementId, project_id: projectId };
  const listed = await lookup.get(AGREEMENT_PROJECTS, key);
  if (!listed || listed.status !== 'listed') return [];
  return [
    { op: 'update', table: AGREEMENT_PROJECTS, key, values: { status: 'withdrawn' } },
    {
      op: 'increment',
      table: AGREEMENTS,
      key: { agreement_id: agreementId },
      by: {
        projects: -1,
        budget_education_office: -(num(listed.budget_education_office) ?? 0),
        budget_local_government: -(num(listed.budget_local_government) ?? 0),
      },
    },
  ];
}

async function consentedAmendment(event: StoredEvent, agreementId: string, lookup: ProjectionLookup): Promise<Operation[]> {
  const data = event.data;
  const key = { agreement_id: agreementId };
  const operations: Operation[] = [
    {
      op: 'increment',
      table: AGREEMENTS,
      key,
      by: { amendments_consented: 1 },
      values: { last_changed_at: event.recordedAt, position: event.position },
    },
    {
      op: 'update',
      table: AGREEMENT_AMENDMENTS,
      key: { agreement_id: agreementId, amendment_id: str(data.amendmentId) ?? '' },
      values: {
        status: 'consented',
        decided_by: str(data.consentedBy),
        decided_on: str(data.consentedOn) ?? effectiveAt(event).slice(0, 10),
      },
    },
  ];
  const changes = Array.isArray(data.changes) ? data.changes.map(obj) : [];
  for (const change of changes) {
    operations.push(...(await consentedChange(agreementId, change, lookup)));
  }
  return operations;
}

/** One change of a consented amendment: a project withdrawn, a project added, or a budget moved. */
async function consentedChange(agreementId: string, change: Record<string, unknown>, lookup: ProjectionLookup): Promise<Operation[]> {
  const key = { agreement_id: agreementId };
  const projectId = str(change.projectId) ?? '';
  if (change.kind === 'withdraw') return withdrawProject(agreementId, projectId, lookup);
  if (change.kind === 'add') {
    const budget = budgetOf(change.budget);
    return [
      ...listProject(agreementId, change, 'amendment'),
      {
        op: 'increment',
        table: AGREEMENTS,
        key,
        by: { projects: 1, budget_education_office: budget.eo, budget_local_government: budget.lg },
      },
    ];
  }
  if (change.kind !== 'budget') return [];
  const listedKey = { agreement_id: agreementId, project_id: projectId };
  const listed = await lookup.get(AGREEMENT_PROJECTS, listedKey);
  const budget = budgetOf(change.budget);
  if (!listed) return [];
  return [
    {
      op: 'update',
      table: AGREEMENT_PROJECTS,
      key: listedKey,
      values: { budget_education_office: budget.eo, budget_local_government: budget.lg },
    },
    {
      op: 'increment',
      table: AGREEMENTS,
      key,
      by: {
        budget_education_office: budget.eo - (num(listed.budget_education_office) ?? 0),
        budget_local_government: budget.lg - (num(listed.budget_local_government) ?? 0),
      },
    },
  ];
}
