/** The budget ledger against rows written by hand: every project event, both funders, and amendments. */
import { BUDGET_AMENDMENTS, BUDGET_LEDGER, budgetLedgerProjection } from '../src/index.js';
import { ProjectionSpecification, storedEvents } from './support/projection-specification.js';

const spec = ProjectionSpecification.for(budgetLedgerProjection);
const project = 'project:p1';
const budget = (eo: number, lg: number) => ({ 'education-office': eo, 'local-government': lg });
const official = (party: string) => ({ actor: { id: `tok-${party}`, role: 'official', district: 'suwon', party, name: '이서준' } });

/** Both rows after ProjectCreated at position 1 (planned 100 / 50 won). */
const created = {
  project_id: 'p1',
  district: 'suwon',
  year: 2024,
  goal: 3,
  task_code: '3-1',
  title: '진로체험',
  project_state: 'planned',
  agreement_id: null,
  source_item_id: 'a1',
  initial_allocation: 0,
  allocated: 0,
  amended: 0,
  spent: 0,
  returned: 0,
  expenditures: 0,
  amendments: 0,
  last_changed_at: '2024-03-01T09:01:00.000Z',
  position: 1,
};
const educationOffice = { ...created, funder: 'education-office', planned: 100 };
const localGovernment = { ...created, funder: 'local-government', planned: 50 };
const at = (position: number) => ({ last_changed_at: `2024-03-01T09:${String(position).padStart(2, '0')}:00.000Z`, position });

function history() {
  const event = storedEvents();
  const createdEvent = event(project, 'ProjectCreated', {
    projectId: 'p1',
    district: 'suwon',
    year: 2024,
    title: '진로체험',
    taskCode: '3-1',
    plannedBudget: budget(100, 50),
    sourceAgendaItemId: 'a1',
    createdOn: '2024-03-01',
    workflowVersion: 1,
  });
  const agreed = event(project, 'ProjectAgreed', {
    projectId: 'p1',
    agreementId: 'suwon-2024',
    allocation: budget(100, 50),
    agreedOn: '2024-03-01',
  });
  const started = event(project, 'ProjectStarted', { projectId: 'p1', startedOn: '2024-03-02' });
  return { event, created: [createdEvent], agreed: [createdEvent, agreed], started: [createdEvent, agreed, started] };
}

describe('budget ledger', () => {
  it('ProjectCreated plans each funder its part', async () => {
    const { created: given } = history();
    await spec
      .given([])
      .when(given)
      .then({ [BUDGET_LEDGER]: [educationOffice, localGovernment], [BUDGET_AMENDMENTS]: [] });
  });

  it('ProjectCreated without a year takes the year it was recorded', async () => {
    const event = storedEvents();
    await spec
      .given([])
      .when([
        event('project:p2', 'ProjectCreated', {
          projectId: 'p2',
          district: 'osan',
          title: '통학',
          taskCode: null,
          plannedBudget: budget(7, 0),
          sourceAgendaItemId: null,
        }),
      ])
      .then({
        [BUDGET_LEDGER]: [
          {
            ...educationOffice,
            project_id: 'p2',
            district: 'osan',
            title: '통학',
            task_code: null,
            goal: null,
            source_item_id: null,
            planned: 7,
          },
          {
            ...localGovernment,
            project_id: 'p2',
            district: 'osan',
            title: '통학',
            task_code: null,
            goal: null,
            source_item_id: null,
            planned: 0,
          },
        ],
      });
  });

  it('ProjectAgreed allocates each funder its part of the agreement', async () => {
    // history() numbers its agreed and started events 2 and 3, so this one is recorded fourth.
    const { event, created: given } = history();
    await spec
      .given(given)
      .when([
        event(project, 'ProjectAgreed', { projectId: 'p1', agreementId: 'suwon-2024', allocation: budget(90, 40), agreedOn: '2024-03-01' }),
      ])
      .then({
        [BUDGET_LEDGER]: [
          { ...educationOffice, project_state: 'agreed', agreement_id: 'suwon-2024', initial_allocation: 90, allocated: 90, ...at(4) },
          { ...localGovernment, project_state: 'agreed', agreement_id: 'suwon-2024', initial_allocation: 40, allocated: 40, ...at(4) },
        ],
      });
  });

  it('ExpenditureRecorded adds to the spending of the funder that paid, and only that one', async () => {
    const { event, started } = history();
    const agreedRow = { project_state: 'inProgress', agreement_id: 'suwon-2024', initial_allocation: 0, amended: 0 };
    await spec
      .given(started)
      .when([
        event(project, 'ExpenditureRecorded', {
          projectId: 'p1',
          expenditureId: 'x1',
          funder: 'education-office',
          amount: 30,
          spentOn: '2024-03-02',
          purpose: '강사비',
        }),
        event(project, 'ExpenditureRecorded', {
          projectId: 'p1',
          expenditureId: 'x2',
          funder: 'education-office',
          amount: 5,
          spentOn: '2024-03-03',
          purpose: '간식',
        }),
        event(project, 'ExpenditureRecorded', {
          projectId: 'p1',
          expenditureId: 'x3',
          funder: 'local-government',
          amount: 12,
          spentOn: '2024-03-03',
          purpose: '재료비',
        }),
        event(project, 'ExpenditureRecorded', {
          projectId: 'p1',
          expenditureId: 'x4',
          funder: 'nobody',
          amount: 99,
          spentOn: '2024-03-03',
          purpose: '?',
        }),
      ])
      .then({
        [BUDGET_LEDGER]: [
          { ...educationOffice, ...agreedRow, initial_allocation: 100, allocated: 100, spent: 35, expenditures: 2, ...at(5) },
          { ...localGovernment, ...agreedRow, initial_allocation: 50, allocated: 50, spent: 12, expenditures: 1, ...at(6) },
        ],
      });
  });

  it('ProjectBudgetAmended sets each funder its new allocation and counts the change from the agreed one', async () => {
    const { event, started } = history();
    await spec
      .given(started)
      .when([
        event(project, 'ProjectBudgetAmended', {
          projectId: 'p1',
          amendmentId: 'am1',
          agreementId: 'suwon-2024',
          previousAllocation: budget(100, 50),
          newAllocation: budget(120, 40),
          amendedOn: '2024-03-05',
        }),
        event(project, 'ProjectBudgetAmended', {
          projectId: 'p1',
          amendmentId: 'am2',
          agreementId: 'suwon-2024',
          previousAllocation: budget(120, 40),
          newAllocation: budget(125, 40),
          amendedOn: '2024-03-06',
        }),
      ])
      .then({
        [BUDGET_LEDGER]: [
          {
            ...educationOffice,
            project_state: 'inProgress',
            agreement_id: 'suwon-2024',
            initial_allocation: 100,
            allocated: 125,
            amended: 25,
            amendments: 2,
            ...at(5),
          },
          {
            ...localGovernment,
            project_state: 'inProgress',
            agreement_id: 'suwon-2024',
            initial_allocation: 50,
            allocated: 40,
            amended: -10,
            amendments: 2,
            ...at(5),
          },
        ],
      });
  });

  it('ProjectCancelled returns to each funder its own unspent part', async () => {
    const { event, started } = history();
    await spec
      .given(started)
      .when([
        event(project, 'ProjectCancelled', { projectId: 'p1', reason: '예산 부족', cancelledOn: '2024-03-07', returned: budget(70, 45) }),
      ])
      .then({
        [BUDGET_LEDGER]: [
          {
            ...educationOffice,
            project_state: 'cancelled',
            agreement_id: 'suwon-2024',
            initial_allocation: 100,
            allocated: 100,
            returned: 70,
            ...at(4),
          },
          {
            ...localGovernment,
            project_state: 'cancelled',
            agreement_id: 'suwon-2024',
            initial_allocation: 50,
            allocated: 50,
            returned: 45,
            ...at(4),
          },
        ],
      });
  });

  it('ProjectReleasedFromAgreement shrinks the allocation to what was spent and returns the rest to each funder', async () => {
    const { event, started } = history();
    await spec
      .given(started)
      .when([
        event(project, 'ExpenditureRecorded', {
          projectId: 'p1',
          expenditureId: 'e1',
          funder: 'education-office',
          amount: 30,
          spentOn: '2024-03-03',
          purpose: '강사비',
          executedBy: 'school',
          school: '수원초등학교',
        }),
        event(project, 'ProjectReleasedFromAgreement', {
          projectId: 'p1',
          agreementId: 'suwon-2024',
          amendmentId: 'am-w',
          previousAllocation: budget(100, 50),
          allocation: budget(30, 0),
          returned: budget(70, 50),
          releasedOn: '2024-03-08',
        }),
      ])
      .then({
        [BUDGET_LEDGER]: [
          {
            ...educationOffice,
            project_state: 'inProgress',
            agreement_id: 'suwon-2024',
            initial_allocation: 100,
            allocated: 30,
            amended: -70,
            spent: 30,
            expenditures: 1,
            returned: 70,
            ...at(5),
          },
          {
            ...localGovernment,
            project_state: 'inProgress',
            agreement_id: 'suwon-2024',
            initial_allocation: 50,
            allocated: 0,
            amended: -50,
            returned: 50,
            ...at(5),
          },
        ],
      });
  });

  it.each([
    ['ProjectSuspended', 'suspended'],
    ['ProjectCompleted', 'completed'],
    ['ProjectEvaluated', 'evaluated'],
    ['ProjectClosed', 'closed'],
  ])('%s moves both rows to %s', async (type, state) => {
    const { event, started } = history();
    await spec
      .given(started)
      .when([event(project, type, { projectId: 'p1' })])
      .then({
        [BUDGET_LEDGER]: [
          { ...educationOffice, project_state: state, agreement_id: 'suwon-2024', initial_allocation: 100, allocated: 100, ...at(4) },
          { ...localGovernment, project_state: state, agreement_id: 'suwon-2024', initial_allocation: 50, allocated: 50, ...at(4) },
        ],
      });
  });

  it('ProjectResumed moves a suspended project back in progress', async () => {
    const { event, started } = history();
    await spec
      .given([...started, event(project, 'ProjectSuspended', { projectId: 'p1', reason: '공사' })])
      .when([event(project, 'ProjectResumed', { projectId: 'p1' })])
      .then({
        [BUDGET_LEDGER]: [
          {
            ...educationOffice,
            project_state: 'inProgress',
            agreement_id: 'suwon-2024',
            initial_allocation: 100,
            allocated: 100,
            ...at(5),
          },
          { ...localGovernment, project_state: 'inProgress', agreement_id: 'suwon-2024', initial_allocation: 50, allocated: 50, ...at(5) },
        ],
      });
  });

  it.each(['SelfEvaluationRecorded', 'ComprehensiveEvaluationRecorded'])('%s changes no row', async (type) => {
    const { event, started } = history();
    await spec
      .given(started)
      .when([event(project, type, { projectId: 'p1', indicators: [] })])
      .thenNothingChanged();
  });

  it('AmendmentConsented records each budget change with both parties and both sides', async () => {
    const event = storedEvents();
    const changes = [{ kind: 'budget', projectId: 'p1', budget: budget(120, 40) }];
    await spec
      .given([])
      .when([
        event(
          'agreement:suwon-2024',
          'AmendmentConsented',
          {
            agreementId: 'suwon-2024',
            amendmentId: 'am1',
            proposedBy: 'local-government',
            consentedBy: 'education-office',
            changes,
            budgets: [
              { projectId: 'p1', kind: 'budget', previousBudget: budget(100, 50), newBudget: budget(120, 40) },
              { projectId: 'p7', kind: 'add', previousBudget: null, newBudget: budget(10, 20) },
            ],
            consentedOn: '2024-03-05',
          },
          official('education-office'),
        ),
      ])
      .then({
        [BUDGET_AMENDMENTS]: [
          {
            amendment_id: 'am1',
            project_id: 'p1',
            agreement_id: 'suwon-2024',
            district: 'suwon',
            year: 2024,
            kind: 'budget',
            previous_education_office: 100,
            previous_local_government: 50,
            new_education_office: 120,
            new_local_government: 40,
            proposed_by: 'local-government',
            consented_by: 'education-office',
            consented_on: '2024-03-05',
            consenter_id: 'tok-education-office',
            consenter_role: 'official',
            recorded_at: '2024-03-01T09:01:00.000Z',
            position: 1,
          },
          {
            amendment_id: 'am1',
            project_id: 'p7',
            agreement_id: 'suwon-2024',
            district: 'suwon',
            year: 2024,
            kind: 'add',
            previous_education_office: null,
            previous_local_government: null,
            new_education_office: 10,
            new_local_government: 20,
            proposed_by: 'local-government',
            consented_by: 'education-office',
            consented_on: '2024-03-05',
            consenter_id: 'tok-education-office',
            consenter_role: 'official',
            recorded_at: '2024-03-01T09:01:00.000Z',
            position: 1,
          },
        ],
        [BUDGET_LEDGER]: [],
      });
  });

  it('AmendmentConsented without consentedOn or consentedBy takes the effective date and the consenting party', async () => {
    const event = storedEvents();
    await spec
      .given([])
      .when([
        event(
          'agreement:gimpo-2025',
          'AmendmentConsented',
          {
            agreementId: 'gimpo-2025',
            amendmentId: 'am9',
            proposedBy: 'education-office',
            budgets: [{ projectId: 'p9', kind: 'withdraw', previousBudget: budget(5, 5), newBudget: null }],
          },
          { ...official('local-government'), effectiveAt: '2025-04-01T00:00:00.000Z' },
        ),
      ])
      .then({
        [BUDGET_AMENDMENTS]: [
          {
            amendment_id: 'am9',
            project_id: 'p9',
            agreement_id: 'gimpo-2025',
            district: 'gimpo',
            year: 2025,
            kind: 'withdraw',
            previous_education_office: 5,
            previous_local_government: 5,
            new_education_office: null,
            new_local_government: null,
            proposed_by: 'education-office',
            consented_by: 'local-government',
            consented_on: '2025-04-01',
            consenter_id: 'tok-local-government',
            consenter_role: 'official',
            recorded_at: '2024-03-01T09:01:00.000Z',
            position: 1,
          },
        ],
      });
  });
});
