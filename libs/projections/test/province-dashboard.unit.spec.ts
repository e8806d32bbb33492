/** The province dashboard against rows written by hand: counts moving with items and projects, money per funder. */
import { DASHBOARD_COUNTS, DASHBOARD_ENTITIES, DASHBOARD_MONEY, provinceDashboardProjection } from '../src/index.js';
import { ProjectionSpecification, storedEvents } from './support/projection-specification.js';

const spec = ProjectionSpecification.for(provinceDashboardProjection);
const budget = (eo: number, lg: number) => ({ 'education-office': eo, 'local-government': lg });
const tally = { onRoll: 10, present: 8, for: 6, against: 1, abstain: 1 };
const counts = (district: string, entries: Record<string, number>) =>
  Object.entries(entries).map(([dimensionValue, count]) => {
    const [dimension, value] = dimensionValue.split('=') as [string, string];
    return { district, dimension, value, count };
  });
const money = {
  district: 'suwon',
  year: 2024,
  projects: 1,
  planned_education_office: 100,
  planned_local_government: 50,
  allocated_education_office: 0,
  allocated_local_government: 0,
  spent_education_office: 0,
  spent_local_government: 0,
  returned_education_office: 0,
  returned_local_government: 0,
};

function item(event: ReturnType<typeof storedEvents>, id: string, taskCode: string | null = '2-1') {
  return event(`agenda-item:${id}`, 'AgendaItemProposed', {
    itemId: id,
    district: 'suwon',
    title: id,
    proposerCategory: 'parent',
    taskCode,
    source: 'forum',
  });
}

function project(event: ReturnType<typeof storedEvents>) {
  const p = 'project:p1';
  return [
    event(p, 'ProjectCreated', {
      projectId: 'p1',
      district: 'suwon',
      year: 2024,
      title: '진로체험',
      taskCode: '3-1',
      plannedBudget: budget(100, 50),
    }),
    event(p, 'ProjectAgreed', { projectId: 'p1', agreementId: 'suwon-2024', allocation: budget(100, 50) }),
    event(p, 'ProjectStarted', { projectId: 'p1' }),
  ];
}

describe('province dashboard', () => {
  it('AgendaItemProposed counts the item by state and goal', async () => {
    const event = storedEvents();
    await spec
      .given([])
      .when([item(event, 'a1'), item(event, 'a2', null)])
      .then({
        [DASHBOARD_COUNTS]: counts('suwon', { 'item-goal=2': 1, 'item-goal=none': 1, 'item-state=proposed': 2 }),
        [DASHBOARD_ENTITIES]: [
          { entity_id: 'item:a1', district: 'suwon', year: null, state: 'proposed', goal: '2' },
          { entity_id: 'item:a2', district: 'suwon', year: null, state: 'proposed', goal: 'none' },
        ],
        [DASHBOARD_MONEY]: [],
      });
  });

  it.each([
    ['AgendaItemDismissed', {}, 'dismissed', 'dismissal'],
    ['AgendaItemWithdrawn', {}, 'withdrawn', undefined],
    ['AgendaItemAdopted', { tally }, 'referred', 'adoption'],
  ])('%s moves the count from proposed to %s', async (type, data, state, decision) => {
    const event = storedEvents();
    const given = [item(event, 'a1')];
    await spec
      .given(given)
      .when([event('agenda-item:a1', type, { itemId: 'a1', ...data })])
      .then({
        [DASHBOARD_COUNTS]: counts('suwon', {
          ...(decision ? { [`decision=${decision}`]: 1 } : {}),
          'item-goal=2': 1,
          'item-state=proposed': 0,
          [`item-state=${state}`]: 1,
        }),
        [DASHBOARD_ENTITIES]: [{ entity_id: 'item:a1', district: 'suwon', year: null, state, goal: '2' }],
      });
  });

  it.each([
    ['approved', 'approved'],
    ['conditionallyApproved', 'approved'],
    ['revisionRequested', 'drafting'],
    ['rejected', 'rejected'],
  ])('ReviewDecisionRecorded %s counts a review and moves the item to %s', async (decision, state) => {
    const event = storedEvents();
    const i = 'agenda-item:a1';
    const given = [
      item(event, 'a1'),
      event(i, 'AgendaItemAdopted', { itemId: 'a1', tally }),
      event(i, 'DraftingStarted', { itemId: 'a1' }),
      event(i, 'DraftRevisionSubmitted', { itemId: 'a1', revisionId: 'r1', taskCode: '3-2' }),
      event(i, 'AgendaItemTabled', { itemId: 'a1', revisionId: 'r1' }),
    ];
    await spec
      .given(given)
      .when([event(i, 'ReviewDecisionRecorded', { itemId: 'a1', decision, tally })])
      .then({
        [DASHBOARD_COUNTS]: counts('suwon', {
          'decision=adoption': 1,
          'decision=review': 1,
          'item-goal=2': 0,
          'item-goal=3': 1,
          ...(state === 'drafting' ? { 'item-state=drafting': 1 } : { 'item-state=drafting': 0, [`item-state=${state}`]: 1 }),
          'item-state=proposed': 0,
          'item-state=referred': 0,
          'item-state=underReview': 0,
        }),
        [DASHBOARD_ENTITIES]: [{ entity_id: 'item:a1', district: 'suwon', year: null, state, goal: '3' }],
      });
  });

  it('ProjectCreated, ProjectAgreed and ProjectStarted count the project and its planned and allocated money per funder', async () => {
    const event = storedEvents();
    await spec
      .given([])
      .when(project(event))
      .then({
        [DASHBOARD_COUNTS]: counts('suwon', {
          'project-goal=3': 1,
          'project-state=agreed': 0,
          'project-state=inProgress': 1,
          'project-state=planned': 0,
        }),
        [DASHBOARD_ENTITIES]: [{ entity_id: 'project:p1', district: 'suwon', year: 2024, state: 'inProgress', goal: '3' }],
        [DASHBOARD_MONEY]: [{ ...money, allocated_education_office: 100, allocated_local_government: 50 }],
      });
  });

  it('ExpenditureRecorded and ProjectBudgetAmended count money per funder, and ProjectCancelled returns each funder its part', async () => {
    const event = storedEvents();
    const p = 'project:p1';
    await spec
      .given(project(event))
      .when([
        event(p, 'ExpenditureRecorded', { projectId: 'p1', funder: 'education-office', amount: 30 }),
        event(p, 'ExpenditureRecorded', { projectId: 'p1', funder: 'local-government', amount: 12 }),
        event(p, 'ExpenditureRecorded', { projectId: 'p1', funder: 'nobody', amount: 99 }),
        event(p, 'ProjectBudgetAmended', { projectId: 'p1', previousAllocation: budget(100, 50), newAllocation: budget(110, 45) }),
        event(p, 'ProjectCancelled', { projectId: 'p1', returned: budget(80, 33) }),
      ])
      .then({
        [DASHBOARD_COUNTS]: counts('suwon', {
          'project-goal=3': 1,
          'project-state=agreed': 0,
          'project-state=cancelled': 1,
          'project-state=inProgress': 0,
          'project-state=planned': 0,
        }),
        [DASHBOARD_MONEY]: [
          {
            ...money,
            allocated_education_office: 110,
            allocated_local_government: 45,
            spent_education_office: 30,
            spent_local_government: 12,
            returned_education_office: 80,
            returned_local_government: 33,
          },
        ],
      });
  });

  it('an event of an entity it never counted changes nothing', async () => {
    const event = storedEvents();
    await spec
      .given([item(event, 'a1')])
      .when([event('agenda-item:ghost', 'AgendaItemAdopted', { itemId: 'ghost', tally })])
      .thenNothingChanged();
  });

  it('keeps districts apart and carries no personal field', async () => {
    const event = storedEvents();
    await spec
      .given([item(event, 'a1')])
      .when([
        event('agenda-item:g1', 'AgendaItemProposed', {
          itemId: 'g1',
          district: 'gimpo',
          title: '김민지의 제안',
          taskCode: '1-1',
          proposerName: '김민지',
        }),
      ])
      .then({
        [DASHBOARD_COUNTS]: [
          ...counts('gimpo', { 'item-goal=1': 1, 'item-state=proposed': 1 }),
          ...counts('suwon', { 'item-goal=2': 1, 'item-state=proposed': 1 }),
        ],
      });
  });
});
