import type { StoredEvent } from '@gongron/event-store';
import { storedEvents } from './support/projection-specification.js';
import {
  AGENDA_BOARD,
  AGREEMENTS,
  AGREEMENT_PROJECTS,
  BUDGET_AMENDMENTS,
  BUDGET_LEDGER,
  DASHBOARD_COUNTS,
  DASHBOARD_MONEY,
  DECISION_REGISTER,
  agendaBoardProjection,
  agreementRegisterProjection,
  budgetLedgerProjection,
  decisionRegisterProjection,
  projectAgendaBoard,
  provinceDashboardProjection,
  replayInMemory,
} from '../src/index.js';

/** Each test numbers its own events. */
type Stored = ReturnType<typeof storedEvents>;
const tally = { onRoll: 10, present: 8, for: 6, against: 1, abstain: 1 };
const meeting = (body: string, heldOn: string) => ({ meetingId: 'm1', body, heldOn, title: '제3차 회의' });

function itemHistory(stored: Stored, itemId: string): StoredEvent[] {
  const s = `agenda-item:${itemId}`;
  return [
    stored(s, 'AgendaItemProposed', {
      itemId,
      district: 'suwon',
      title: '마을학교 확대',
      description: '…',
      proposerCategory: 'parent',
      taskCode: null,
      source: 'forum',
      proposedOn: '2024-03-01',
      workflowVersion: 1,
    }),
    stored(s, 'DeliberationOpened', { itemId, openedOn: '2024-03-02', method: null }),
    stored(s, 'OpinionRecorded', {
      itemId,
      opinionId: 'o1',
      stance: 'support',
      respondentCategory: 'student',
      text: '좋아요',
      receivedOn: '2024-03-03',
    }),
    stored(s, 'AgendaItemAdopted', { itemId, meeting: meeting('civic-council', '2024-03-10'), tally, effectiveAt: '2024-03-10' }),
    stored(s, 'DraftingStarted', { itemId, owner: '박지현', startedOn: '2024-03-11' }),
    stored(s, 'DraftRevisionSubmitted', {
      itemId,
      revisionId: 'r1',
      title: '마을학교 확대',
      plan: '…',
      taskCode: '2-2',
      budgetRequest: null,
      submittedOn: '2024-03-12',
    }),
    stored(s, 'AgendaItemTabled', { itemId, revisionId: 'r1', meeting: null, tabledOn: '2024-03-13' }),
    stored(s, 'ReviewDecisionRecorded', {
      itemId,
      decision: 'conditionallyApproved',
      conditions: ['분기별 보고'],
      feedback: null,
      meeting: meeting('steering-committee', '2024-03-20'),
      tally,
      revisionId: 'r1',
      project: { projectId: `${itemId}-p1` },
      effectiveAt: '2024-03-20',
    }),
  ];
}

describe('agenda board', () => {
  it('follows an item through the bodies and keeps its last change', async () => {
    const rows = (await replayInMemory(agendaBoardProjection, itemHistory(storedEvents(), 'a1'))).get(AGENDA_BOARD)!;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      item_id: 'a1',
      district: 'suwon',
      body: 'steering-committee',
      state: 'approved',
      title: '마을학교 확대',
      proposer_category: 'parent',
      task_code: '2-2',
      goal: 2,
      opinions: 1,
      last_event_type: 'ReviewDecisionRecorded',
      revision: 7,
    });
  });

  it('sends an item back to drafting when the committee asks for a revision', () => {
    const event = storedEvents()('agenda-item:a2', 'ReviewDecisionRecorded', {
      itemId: 'a2',
      decision: 'revisionRequested',
      meeting: meeting('steering-committee', '2024-04-01'),
      tally,
    });
    expect(projectAgendaBoard(event)[0]).toMatchObject({ op: 'update', values: { state: 'drafting', body: 'working-council' } });
  });
});

describe('decision register', () => {
  it('records adoption and review decision with meeting, date, tally, actor and the item', async () => {
    const rows = (await replayInMemory(decisionRegisterProjection, itemHistory(storedEvents(), 'd1'))).get(DECISION_REGISTER)!;
    expect(rows.map((r) => r.kind)).toEqual(['adoption', 'review']);
    const review = rows.find((r) => r.kind === 'review')!;
    expect(review).toMatchObject({
      item_id: 'd1',
      district: 'suwon',
      item_title: '마을학교 확대',
      decision: 'conditionallyApproved',
      body: 'steering-committee',
      decided_on: '2024-03-20',
      year: 2024,
      on_roll: 10,
      present: 8,
      votes_for: 6,
      conditions: ['분기별 보고'],
      actor_name: '김민지',
      task_code: '2-2',
      project_id: 'd1-p1',
    });
  });
});

function projectHistory(stored: Stored): StoredEvent[] {
  const s = 'project:p1';
  const a = 'agreement:suwon-2024';
  const official = (party: string) => ({ actor: { id: `tok-${party}`, role: 'official', district: 'suwon', party, name: '이서준' } });
  const b = (eo: number, lg: number) => ({ 'education-office': eo, 'local-government': lg });
  return [
    stored(
      a,
      'AgreementDrafted',
      { agreementId: 'suwon-2024', district: 'suwon', year: 2024, draftedOn: '2024-01-05', workflowVersion: 1 },
      official('education-office'),
    ),
    stored(s, 'ProjectCreated', {
      projectId: 'p1',
      district: 'suwon',
      year: 2024,
      title: '진로체험',
      taskCode: '3-1',
      plannedBudget: b(100, 50),
      sourceAgendaItemId: null,
      createdOn: '2024-01-06',
      workflowVersion: 1,
    }),
    stored(a, 'ProjectAddedToAgreement', {
      agreementId: 'suwon-2024',
      projectId: 'p1',
      title: '진로체험',
      taskCode: '3-1',
      budget: b(100, 50),
    }),
    stored(a, 'AgreementSigned', {
      agreementId: 'suwon-2024',
      party: 'education-office',
      signatoryTitle: '교육장',
      signatoryName: '정하은',
      signedBy: 't',
      signedOn: '2024-01-10',
      effectiveAt: '2024-01-10',
    }),
    stored(a, 'AgreementSigned', {
      agreementId: 'suwon-2024',
      party: 'local-government',
      signatoryTitle: '시장',
      signatoryName: '강민수',
      signedBy: 't',
      signedOn: '2024-01-12',
      effectiveAt: '2024-01-12',
    }),
    stored(a, 'AgreementCameIntoForce', {
      agreementId: 'suwon-2024',
      district: 'suwon',
      year: 2024,
      inForceFrom: '2024-01-12',
      inForceUntil: '2025-02-28',
      projects: [],
      effectiveAt: '2024-01-12',
    }),
    stored(s, 'ProjectAgreed', { projectId: 'p1', agreementId: 'suwon-2024', allocation: b(100, 50), agreedOn: '2024-01-12' }),
    stored(s, 'ProjectStarted', { projectId: 'p1', startedOn: '2024-02-01' }),
    stored(s, 'ExpenditureRecorded', {
      projectId: 'p1',
      expenditureId: 'x1',
      funder: 'education-office',
      amount: 30,
      spentOn: '2024-02-10',
      purpose: '강사비',
    }),
    stored(
      a,
      'AmendmentProposed',
      {
        agreementId: 'suwon-2024',
        amendmentId: 'am1',
        proposedBy: 'local-government',
        changes: [{ kind: 'budget', projectId: 'p1', budget: b(120, 40) }],
        reason: '조정',
        proposedOn: '2024-03-01',
      },
      official('local-government'),
    ),
    stored(
      a,
      'AmendmentConsented',
      {
        agreementId: 'suwon-2024',
        amendmentId: 'am1',
        proposedBy: 'local-government',
        consentedBy: 'education-office',
        changes: [{ kind: 'budget', projectId: 'p1', budget: b(120, 40) }],
        budgets: [{ projectId: 'p1', kind: 'budget', previousBudget: b(100, 50), newBudget: b(120, 40) }],
        consentedOn: '2024-03-05',
      },
      official('education-office'),
    ),
    stored(s, 'ProjectBudgetAmended', {
      projectId: 'p1',
      amendmentId: 'am1',
      agreementId: 'suwon-2024',
      previousAllocation: b(100, 50),
      newAllocation: b(120, 40),
      amendedOn: '2024-03-05',
    }),
    stored(s, 'ExpenditureRecorded', {
      projectId: 'p1',
      expenditureId: 'x2',
      funder: 'local-government',
      amount: 15,
      spentOn: '2024-03-10',
      purpose: '재료비',
    }),
  ];
}

describe('budget ledger', () => {
  it('keeps planned, allocated, amended and spent per funder, and each amendment with both parties', async () => {
    const tables = await replayInMemory(budgetLedgerProjection, projectHistory(storedEvents()));
    const ledger = tables.get(BUDGET_LEDGER)!;
    expect(ledger.find((r) => r.funder === 'education-office')).toMatchObject({
      planned: 100,
      initial_allocation: 100,
      allocated: 120,
      amended: 20,
      spent: 30,
      goal: 3,
      project_state: 'inProgress',
    });
    expect(ledger.find((r) => r.funder === 'local-government')).toMatchObject({
      planned: 50,
      initial_allocation: 50,
      allocated: 40,
      amended: -10,
      spent: 15,
      expenditures: 1,
    });
    expect(tables.get(BUDGET_AMENDMENTS)![0]).toMatchObject({
      amendment_id: 'am1',
      project_id: 'p1',
      district: 'suwon',
      year: 2024,
      previous_education_office: 100,
      new_education_office: 120,
      proposed_by: 'local-government',
      consented_by: 'education-office',
      consented_on: '2024-03-05',
    });
  });
});

describe('agreement register', () => {
  it('records both signatures, the in-force window and the amended budget', async () => {
    const tables = await replayInMemory(agreementRegisterProjection, projectHistory(storedEvents()));
    expect(tables.get(AGREEMENTS)![0]).toMatchObject({
      agreement_id: 'suwon-2024',
      state: 'inForce',
      education_office_signed_on: '2024-01-10',
      education_office_signatory: '교육장',
      local_government_signatory: '시장',
      in_force_from: '2024-01-12',
      in_force_until: '2025-02-28',
      projects: 1,
      budget_education_office: 120,
      budget_local_government: 40,
      amendments_proposed: 1,
      amendments_consented: 1,
    });
    expect(tables.get(AGREEMENT_PROJECTS)![0]).toMatchObject({
      budget_education_office: 120,
      budget_local_government: 40,
      status: 'listed',
    });
  });
});

describe('province dashboard', () => {
  it('counts items by state (moving counts along) and money per district and year', async () => {
    const stored = storedEvents({ id: 'tok-1', role: 'secretary', district: 'suwon', body: 'civic-council', name: '김민지' });
    const tables = await replayInMemory(provinceDashboardProjection, [
      ...itemHistory(stored, 'c1'),
      ...itemHistory(stored, 'c2'),
      ...projectHistory(stored),
    ]);
    const counts = tables.get(DASHBOARD_COUNTS)!.filter((r) => r.count !== 0);
    const of = (dimension: string) => Object.fromEntries(counts.filter((r) => r.dimension === dimension).map((r) => [r.value, r.count]));
    expect(of('item-state')).toEqual({ approved: 2 });
    expect(of('item-goal')).toEqual({ '2': 2 });
    expect(of('decision')).toEqual({ adoption: 2, review: 2 });
    expect(of('project-state')).toEqual({ inProgress: 1 });
    expect(tables.get(DASHBOARD_MONEY)![0]).toMatchObject({
      district: 'suwon',
      year: 2024,
      projects: 1,
      planned_education_office: 100,
      allocated_education_office: 120,
      allocated_local_government: 40,
      spent_education_office: 30,
      spent_local_government: 15,
    });
    expect(JSON.stringify([...tables.values()])).not.toMatch(/김민지|이서준|tok-/);
  });
});
