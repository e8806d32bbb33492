/**
 * The operating plans read model on SQLite and on PostgreSQL: a plan of one item project and one
 * office project, returned for revision and approved at the steering committee's meeting, read
 * through the register's queries; the office project carries the 미심의 mark until the approved
 * plan lists it; a rebuild builds the same rows.
 */
import { randomUUID } from 'node:crypto';
import { openSqlDatabase, type SqlDatabase } from '@gongron/application';
import { type EventStore, type JsonObject, PostgresEventStore } from '@gongron/event-store';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../../../test/support/postgres.js';
import {
  listOperatingPlans,
  listProjectDeliberations,
  operatingPlanDetail,
  operatingPlansProjection,
  ProjectionEngine,
  projectDeliberation,
} from '../src/index.js';
import { GeneratedClock } from '../src/testing/history-generator.js';
import { dumpAll, sqliteFixture } from './support.js';

const budget = (eo: number, lg: number) => ({ 'education-office': eo, 'local-government': lg });
const actor = { id: 'tok-w', role: 'secretary', district: 'icheon', body: 'working-council' };
const plan = 'operating-plan:icheon-2025';
const meeting = { meetingId: 'icheon-steering-committee-2024-1', body: 'steering-committee', heldOn: '2024-11-20', title: '제1차' };
const tally = { onRoll: 11, present: 7, for: 6, against: 1, abstain: 0 };
const listed = [
  {
    projectId: 'item-p',
    title: '마을연계 교육과정',
    taskCode: '2-1',
    budget: budget(40, 25),
    origin: 'agenda-item',
    sourceAgendaItemId: 'item-1',
  },
  { projectId: 'office-p', title: '공유학교', taskCode: '3-1', budget: budget(15, 5), origin: 'office', sourceAgendaItemId: null },
];

async function append(store: EventStore, streamId: string, type: string, data: Record<string, unknown>): Promise<void> {
  await store.append(streamId, [{ id: randomUUID(), type, data: data as JsonObject, metadata: { actor } }], 'any');
}

async function appendPlanYear(store: EventStore, decide: 'approve' | 'return' | 'reject'): Promise<void> {
  const created = (projectId: string, sourceAgendaItemId: string | null, title: string, district = 'icheon') => ({
    projectId,
    district,
    year: 2025,
    title,
    taskCode: '2-1',
    plannedBudget: budget(1, 1),
    sourceAgendaItemId,
    sourceRevisionId: null,
    createdOn: '2024-11-20',
    workflowVersion: 1,
  });
  await append(store, 'project:item-p', 'ProjectCreated', created('item-p', 'item-1', '마을연계 교육과정'));
  await append(store, 'project:office-p', 'ProjectCreated', created('office-p', null, '공유학교'));
  await append(store, 'project:dropped-p', 'ProjectCreated', created('dropped-p', null, '폐지 사업'));
  await append(store, 'project:dropped-p', 'ProjectCancelled', { projectId: 'dropped-p', reason: '중복', cancelledOn: '2024-11-20' });
  await append(store, plan, 'OperatingPlanDrafted', {
    planId: 'icheon-2025',
    district: 'icheon',
    year: 2025,
    title: '2025 운영계획',
    draftedOn: '2024-11-20',
    workflowVersion: 1,
  });
  for (const project of listed)
    await append(store, plan, 'ProjectAddedToPlan', { planId: 'icheon-2025', addedOn: '2024-11-20', ...project });
  await append(store, plan, 'ProjectAddedToPlan', { ...listed[1]!, projectId: 'extra-p', planId: 'icheon-2025', addedOn: '2024-11-20' });
  await append(store, plan, 'ProjectRemovedFromPlan', {
    planId: 'icheon-2025',
    projectId: 'extra-p',
    reason: '이월',
    removedOn: '2024-11-20',
  });
  await append(store, plan, 'OperatingPlanSubmitted', {
    planId: 'icheon-2025',
    revision: 1,
    projects: listed,
    reasons: [],
    submittedOn: '2024-11-20',
  });
  await append(store, plan, 'OperatingPlanDecided', {
    planId: 'icheon-2025',
    decision: decide === 'approve' ? 'approved' : decide === 'reject' ? 'rejected' : 'revisionRequested',
    revision: 1,
    meeting,
    tally,
    feedback: decide === 'return' ? '보완' : null,
    projects: decide === 'approve' ? listed : [],
    decidedOn: '2024-11-20',
  });
}

function specsOn(open: () => Promise<{ store: EventStore; database: SqlDatabase; close(): Promise<void> }>) {
  it('lists the approved plan with its projects, budgets and meeting, and clears the 미심의 mark it lists', async () => {
    const { store, database, close } = await open();
    try {
      await appendPlanYear(store, 'approve');
      const engine = new ProjectionEngine({ database, store, projections: [operatingPlansProjection] });
      await engine.catchUp();
      const detail = await operatingPlanDetail(database.db, 'icheon', 2025);
      expect(detail).toMatchObject({
        plan_id: 'icheon-2025',
        status: 'approved',
        revision: 1,
        projects: 2,
        budget_education_office: 55,
        budget_local_government: 30,
        decision: 'approved',
        meeting_id: meeting.meetingId,
        on_roll: 11,
        present: 7,
        votes_for: 6,
      });
      expect(detail.projectList.map((row) => [row.project_id, row.origin, row.deliberated])).toEqual([
        ['item-p', 'agenda-item', 1],
        ['office-p', 'office', 1],
      ]);
      expect((await listProjectDeliberations(database.db, { district: 'icheon', deliberated: 0 }, { limit: 50, offset: 0 })).total).toBe(0);
      expect(await projectDeliberation(database.db, 'office-p')).toMatchObject({ plan_id: 'icheon-2025', plan_decided_on: '2024-11-20' });
      const before = await dumpAll(database, [operatingPlansProjection]);
      await engine.rebuild('all');
      expect(await dumpAll(database, [operatingPlansProjection])).toEqual(before);
    } finally {
      await close();
    }
  }, 60_000);

  it('keeps a plan returned for revision in drafting and its office project marked 미심의', async () => {
    const { store, database, close } = await open();
    try {
      await appendPlanYear(store, 'return');
      const engine = new ProjectionEngine({ database, store, projections: [operatingPlansProjection] });
      await engine.catchUp();
      const plans = await listOperatingPlans(database.db, { district: 'icheon' }, { limit: 50, offset: 0 });
      expect(plans.items).toEqual([expect.objectContaining({ status: 'drafting', decision: 'revisionRequested', feedback: '보완' })]);
      const marked = await listProjectDeliberations(database.db, { district: 'icheon', deliberated: 0 }, { limit: 50, offset: 0 });
      expect(marked.items.map((row) => row.project_id)).toEqual(['office-p']);
    } finally {
      await close();
    }
  }, 60_000);

  it('shows a rejected plan taken up again in drafting, then approved as its revision 2 at the next meeting', async () => {
    const { store, database, close } = await open();
    try {
      await appendPlanYear(store, 'reject');
      await append(store, plan, 'OperatingPlanRedrafted', {
        planId: 'icheon-2025',
        rejectedRevision: 1,
        reason: '부결 사유 반영',
        redraftedOn: '2024-11-27',
      });
      const engine = new ProjectionEngine({ database, store, projections: [operatingPlansProjection] });
      await engine.catchUp();
      expect(await operatingPlanDetail(database.db, 'icheon', 2025)).toMatchObject({ status: 'drafting', decision: 'rejected' });
      await append(store, plan, 'OperatingPlanSubmitted', {
        planId: 'icheon-2025',
        revision: 2,
        projects: listed,
        reasons: ['지자체 분담 근거 첨부'],
        submittedOn: '2024-11-28',
      });
      const second = { ...meeting, meetingId: 'icheon-steering-committee-2024-2', heldOn: '2024-12-09', title: '제2차' };
      await append(store, plan, 'OperatingPlanDecided', {
        planId: 'icheon-2025',
        decision: 'approved',
        revision: 2,
        meeting: second,
        tally,
        feedback: null,
        projects: listed,
        decidedOn: '2024-12-09',
      });
      await engine.catchUp();
      expect(await operatingPlanDetail(database.db, 'icheon', 2025)).toMatchObject({
        status: 'approved',
        revision: 2,
        decided_revision: 2,
        meeting_id: second.meetingId,
      });
      expect(await projectDeliberation(database.db, 'office-p')).toMatchObject({ plan_id: 'icheon-2025', plan_decided_on: '2024-12-09' });
    } finally {
      await close();
    }
  }, 60_000);
}

describe('operating plans read model on SQLite', () => {
  specsOn(async () => {
    const fx = sqliteFixture();
    return { store: fx.store, database: fx.database, close: () => fx.close() };
  });
});

const describePg = await describeWithPostgres();

describePg('operating plans read model on PostgreSQL', () => {
  specsOn(async () => {
    const testDb: TestDatabase = await createTestDatabase('gongron_operating_plans');
    const clock = new GeneratedClock(new Date('2024-11-20T00:00:00Z'));
    const store = await PostgresEventStore.create({ connectionString: testDb.url, clock: clock.now, pollIntervalMs: 50 });
    const database = openSqlDatabase({ kind: 'postgres', connectionString: testDb.url });
    return {
      store,
      database,
      async close() {
        await database.close();
        await store.close();
        await testDb.drop();
      },
    };
  });
});
