/**
 * Calls for schools and their grants (학교교부·공모) per project and district: each call with its
 * amount, period, state and counts; each school's application with its score, decision and
 * reasons; each grant with its amount, the school's report and how its inspections went; each
 * inspection with its findings. The call's state comes from the domain's state table.
 *
 * A project's direct grants to designated schools (지정 교부) are listed among the grants beside
 * its calls' (kind `direct`, with the reason and purpose, no application); their stream is no
 * call and has no call row. The totals per project and funder count the grants of both kinds.
 */
import { type SchoolCallEvent, schoolCallStatusAfter, schoolCallWorkflow } from '@gongron/domain';
import type { StoredEvent } from '@gongron/event-store';
import type { Operation, Projection } from '../projection.js';
import { budgetOf, entityId, handlerFor, num, str, type EventHandlers } from './event-data.js';

export const SCHOOL_CALLS = 'rm_school_calls';
export const SCHOOL_APPLICATIONS = 'rm_school_applications';
export const SCHOOL_GRANTS = 'rm_school_grants';
export const SCHOOL_INSPECTIONS = 'rm_school_inspections';
export const SCHOOL_GRANT_TOTALS = 'rm_school_grant_totals';

/** Every event type of a call for schools. */
export const schoolCallEventTypes = Object.keys(schoolCallWorkflow.eventTypes) as readonly SchoolCallEvent['type'][];

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];

export const schoolGrantsProjection: Projection = {
  name: 'school-grants',
  version: 2,
  description:
    'Calls for schools per project and district: applications, selection, grants (of calls and direct) with their reports and inspections, totals per project and funder',
  handles: schoolCallEventTypes,
  tables: [
    {
      name: SCHOOL_CALLS,
      primaryKey: ['call_id'],
      columns: [
        { name: 'call_id', type: 'text' },
        { name: 'project_id', type: 'text', nullable: false },
        { name: 'number', type: 'integer', nullable: false },
        { name: 'district', type: 'text', nullable: false },
        { name: 'year', type: 'integer', nullable: false },
        { name: 'title', type: 'text', nullable: false },
        { name: 'state', type: 'text', nullable: false },
        { name: 'criteria', type: 'json', nullable: false },
        { name: 'levels', type: 'json', nullable: false },
        { name: 'amount_education_office', type: 'integer', nullable: false },
        { name: 'amount_local_government', type: 'integer', nullable: false },
        { name: 'opens_on', type: 'text', nullable: false },
        { name: 'closes_on', type: 'text', nullable: false },
        { name: 'applications', type: 'integer', nullable: false },
        { name: 'selected', type: 'integer', nullable: false },
        { name: 'declined', type: 'integer', nullable: false },
        { name: 'grants', type: 'integer', nullable: false },
        { name: 'granted_education_office', type: 'integer', nullable: false },
        { name: 'granted_local_government', type: 'integer', nullable: false },
        { name: 'reports', type: 'integer', nullable: false },
        { name: 'inspections', type: 'integer', nullable: false },
        { name: 'last_changed_at', type: 'text', nullable: false },
        { name: 'position', type: 'integer', nullable: false },
      ],
      indexes: [['project_id'], ['district', 'year'], ['state']],
    },
    {
      name: SCHOOL_APPLICATIONS,
      primaryKey: ['call_id', 'application_id'],
      columns: [
        { name: 'call_id', type: 'text' },
        { name: 'application_id', type: 'text' },
        { name: 'project_id', type: 'text', nullable: false },
        { name: 'district', type: 'text', nullable: false },
        { name: 'school_id', type: 'text', nullable: false },
        { name: 'school_name', type: 'text', nullable: false },
        { name: 'level', type: 'text', nullable: false },
        { name: 'requested_education_office', type: 'integer', nullable: false },
        { name: 'requested_local_government', type: 'integer', nullable: false },
        { name: 'received_on', type: 'text', nullable: false },
        { name: 'decision', type: 'text' },
        { name: 'score', type: 'integer' },
        { name: 'reasons', type: 'json' },
        { name: 'decided_on', type: 'text' },
      ],
      indexes: [['project_id'], ['district'], ['school_id']],
    },
    {
      name: SCHOOL_GRANTS,
      primaryKey: ['call_id', 'grant_id'],
      columns: [
        { name: 'call_id', type: 'text' },
        { name: 'grant_id', type: 'text' },
        { name: 'project_id', type: 'text', nullable: false },
        { name: 'district', type: 'text', nullable: false },
        { name: 'kind', type: 'text', nullable: false },
        { name: 'application_id', type: 'text' },
        { name: 'school_id', type: 'text', nullable: false },
        { name: 'school_name', type: 'text', nullable: false },
        { name: 'amount_education_office', type: 'integer', nullable: false },
        { name: 'amount_local_government', type: 'integer', nullable: false },
        { name: 'awarded_on', type: 'text', nullable: false },
        { name: 'reason', type: 'text' },
        { name: 'purpose', type: 'text' },
        { name: 'reported_on', type: 'text' },
        { name: 'report_summary', type: 'text' },
        { name: 'spent_education_office', type: 'integer' },
        { name: 'spent_local_government', type: 'integer' },
        { name: 'inspections', type: 'integer', nullable: false },
        { name: 'last_inspection_outcome', type: 'text' },
        { name: 'last_inspected_on', type: 'text' },
      ],
      indexes: [['project_id'], ['district'], ['school_id'], ['kind']],
    },
    {
      name: SCHOOL_INSPECTIONS,
      primaryKey: ['call_id', 'inspection_id'],
      columns: [
        { name: 'call_id', type: 'text' },
        { name: 'inspection_id', type: 'text' },
        { name: 'grant_id', type: 'text', nullable: false },
        { name: 'project_id', type: 'text', nullable: false },
        { name: 'district', type: 'text', nullable: false },
        { name: 'outcome', type: 'text', nullable: false },
        { name: 'findings', type: 'json', nullable: false },
        { name: 'inspected_on', type: 'text', nullable: false },
      ],
      indexes: [['project_id'], ['district']],
    },
    {
      name: SCHOOL_GRANT_TOTALS,
      primaryKey: ['project_id'],
      columns: [
        { name: 'project_id', type: 'text' },
        { name: 'district', type: 'text' },
        { name: 'call_grants', type: 'integer', nullable: false },
        { name: 'direct_grants', type: 'integer', nullable: false },
        { name: 'granted_education_office', type: 'integer', nullable: false },
        { name: 'granted_local_government', type: 'integer', nullable: false },
      ],
      indexes: [['district']],
    },
  ],
  project: projectSchoolGrants,
};

/** A grant of either kind added to its project's totals per funder. */

/** A grant's row, from a call or direct: the school, the amount per funder and the day, with what the kind adds. */
function grantRow(
  callId: string,
  data: Record<string, unknown>,
  owner: { readonly project_id: unknown; readonly district: unknown },
  amount: { readonly eo: number; readonly lg: number },
  kind: { kind: 'call' | 'direct'; application_id: string | null; reason: string | null; purpose: string | null },
): Operation {
  return {
    op: 'upsert',
    table: SCHOOL_GRANTS,
    key: { call_id: callId, grant_id: str(data.grantId) ?? '' },
    values: {
      ...owner,
      ...kind,
      school_id: str(data.schoolId) ?? '',
      school_name: str(data.schoolName) ?? '',
      amount_education_office: amount.eo,
      amount_local_government: amount.lg,
      awarded_on: str(data.awardedOn) ?? '',
      inspections: 0,
    },
  };
}

function totalOf(owner: Record<string, unknown>, counted: 'call_grants' | 'direct_grants', amount: { eo: number; lg: number }): Operation {
  return {
    op: 'increment',
    table: SCHOOL_GRANT_TOTALS,
    key: { project_id: owner.project_id },
    by: {
      call_grants: counted === 'call_grants' ? 1 : 0,
      direct_grants: counted === 'direct_grants' ? 1 : 0,
      granted_education_office: amount.eo,
      granted_local_government: amount.lg,
    },
    values: { district: owner.district },
  };
}

/** What a call's opening and a direct grant read: neither needs a row of the read model. */
interface OpeningEvent {
  readonly data: Record<string, unknown>;
  readonly callId: string;
  readonly callKey: { call_id: string };
  readonly last: { last_changed_at: string; position: number };
  readonly state: string | undefined;
}

function callOpened({ data, callKey, last, state }: OpeningEvent): Operation[] {
  const amount = budgetOf(data.amount);
  return [
    {
      op: 'upsert',
      table: SCHOOL_CALLS,
      key: callKey,
      values: {
        project_id: str(data.projectId) ?? '',
        number: num(data.number) ?? 0,
        district: str(data.district) ?? '',
        year: num(data.year) ?? 0,
        title: str(data.title) ?? '',
        state: state ?? 'open',
        criteria: texts(data.criteria),
        levels: texts(data.levels),
        amount_education_office: amount.eo,
        amount_local_government: amount.lg,
        opens_on: str(data.opensOn) ?? '',
        closes_on: str(data.closesOn) ?? '',
        applications: 0,
        selected: 0,
        declined: 0,
        grants: 0,
        granted_education_office: 0,
        granted_local_government: 0,
        reports: 0,
        inspections: 0,
        ...last,
      },
    },
  ];
}

function directGrantAwarded({ data, callId }: OpeningEvent): Operation[] {
  const amount = budgetOf(data.amount);
  const owner = { project_id: str(data.projectId) ?? '', district: str(data.district) ?? '' };
  return [
    grantRow(callId, data, owner, amount, {
      kind: 'direct',
      application_id: null,
      reason: str(data.reason) ?? null,
      purpose: str(data.purpose) ?? null,
    }),
    totalOf(owner, 'direct_grants', amount),
  ];
}

const openingHandlers: EventHandlers<OpeningEvent> = {
  SchoolCallOpened: callOpened,
  DirectSchoolGrantAwarded: directGrantAwarded,
};

/** What every later handler reads: the call (or the direct grant's project) the event belongs to. */
interface CallEvent {
  readonly event: StoredEvent;
  readonly data: Record<string, unknown>;
  readonly callId: string;
  readonly owner: { readonly project_id: unknown; readonly district: unknown };
  /** The call's row moved to its new state, counters raised by `by`. */
  readonly touchCall: (by?: Record<string, number>) => Operation;
  /** `touchCall` when the event belongs to a call; nothing for a project's direct grant. */
  readonly touch: (by?: Record<string, number>) => Operation[];
}

function applicationReceived({ data, callId, owner, touchCall }: CallEvent): Operation[] {
  const requested = budgetOf(data.requested);
  return [
    {
      op: 'upsert',
      table: SCHOOL_APPLICATIONS,
      key: { call_id: callId, application_id: str(data.applicationId) ?? '' },
      values: {
        ...owner,
        school_id: str(data.schoolId) ?? '',
        school_name: str(data.schoolName) ?? '',
        level: str(data.level) ?? '',
        requested_education_office: requested.eo,
        requested_local_government: requested.lg,
        received_on: str(data.receivedOn) ?? '',
      },
    },
    touchCall({ applications: 1 }),
  ];
}

function applicationDecided({ event, data, callId, touchCall }: CallEvent): Operation[] {
  const selected = event.type === 'SchoolApplicationSelected';
  return [
    {
      op: 'update',
      table: SCHOOL_APPLICATIONS,
      key: { call_id: callId, application_id: str(data.applicationId) ?? '' },
      values: {
        decision: selected ? 'selected' : 'declined',
        score: num(data.score),
        reasons: texts(data.reasons),
        decided_on: str(selected ? data.selectedOn : data.declinedOn),
      },
    },
    touchCall(selected ? { selected: 1 } : { declined: 1 }),
  ];
}

function grantAwarded({ data, callId, owner, touchCall }: CallEvent): Operation[] {
  const amount = budgetOf(data.amount);
  return [
    grantRow(callId, data, owner, amount, { kind: 'call', application_id: str(data.applicationId) ?? '', reason: null, purpose: null }),
    touchCall({ grants: 1, granted_education_office: amount.eo, granted_local_government: amount.lg }),
    totalOf(owner, 'call_grants', amount),
  ];
}

function grantReported({ data, callId, touch }: CallEvent): Operation[] {
  const spent = budgetOf(data.spent);
  return [
    {
      op: 'update',
      table: SCHOOL_GRANTS,
      key: { call_id: callId, grant_id: str(data.grantId) ?? '' },
      values: {
        reported_on: str(data.submittedOn),
        report_summary: str(data.summary),
        spent_education_office: spent.eo,
        spent_local_government: spent.lg,
      },
    },
    ...touch({ reports: 1 }),
  ];
}

function grantInspected({ data, callId, owner, touch }: CallEvent): Operation[] {
  const grantKey = { call_id: callId, grant_id: str(data.grantId) ?? '' };
  return [
    {
      op: 'upsert',
      table: SCHOOL_INSPECTIONS,
      key: { call_id: callId, inspection_id: str(data.inspectionId) ?? '' },
      values: {
        ...owner,
        grant_id: grantKey.grant_id,
        outcome: str(data.outcome) ?? '',
        findings: texts(data.findings),
        inspected_on: str(data.inspectedOn) ?? '',
      },
    },
    {
      op: 'increment',
      table: SCHOOL_GRANTS,
      key: grantKey,
      by: { inspections: 1 },
      values: { last_inspection_outcome: str(data.outcome), last_inspected_on: str(data.inspectedOn) },
    },
    ...touch({ inspections: 1 }),
  ];
}

/** The call only moves to its next state. */
const callMoved = ({ touchCall }: CallEvent): Operation[] => [touchCall()];

const callHandlers: EventHandlers<CallEvent> = {
  SchoolApplicationReceived: applicationReceived,
  SchoolApplicationSelected: applicationDecided,
  SchoolApplicationDeclined: applicationDecided,
  SchoolGrantAwarded: grantAwarded,
  SchoolGrantReported: grantReported,
  SchoolGrantInspected: grantInspected,
  SchoolCallClosed: callMoved,
  SchoolSelectionConcluded: callMoved,
  SchoolCallCompleted: callMoved,
  SchoolCallCancelled: callMoved,
};

export async function projectSchoolGrants(event: StoredEvent, lookup: Parameters<Projection['project']>[1]): Promise<Operation[]> {
  const data = event.data;
  const callId = str(data.callId) ?? entityId(event);
  const callKey = { call_id: callId };
  const last = { last_changed_at: event.recordedAt, position: event.position };
  const state = schoolCallStatusAfter(event);
  const moved = state !== undefined && state !== 'none' ? { state } : {};
  const touchCall = (by: Record<string, number> = {}): Operation =>
    Object.keys(by).length > 0
      ? { op: 'increment', table: SCHOOL_CALLS, key: callKey, by, values: { ...moved, ...last } }
      : { op: 'update', table: SCHOOL_CALLS, key: callKey, values: { ...moved, ...last } };
  const opening = handlerFor(openingHandlers, event.type);
  if (opening) return opening({ data, callId, callKey, last, state });
  const call = await lookup.get(SCHOOL_CALLS, callKey);
  // A project's direct grants have no call row: their grant rows name the project and district.
  const direct = call ? undefined : await lookup.get(SCHOOL_GRANTS, { call_id: callId, grant_id: str(data.grantId) ?? '' });
  const ownerRow = call ?? direct;
  if (!ownerRow) return [];
  const owner = { project_id: ownerRow.project_id, district: ownerRow.district };
  const touch = (by: Record<string, number> = {}): Operation[] => (call ? [touchCall(by)] : []);
  const handler = handlerFor(callHandlers, event.type);
  return handler ? handler({ event, data, callId, owner, touchCall, touch }) : [];
}
