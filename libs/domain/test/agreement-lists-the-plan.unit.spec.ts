/**
 * The 부속합의서 lists the approved operating plan, given/when/then on the agreement's decider: the
 * plan of the district and year arrives as `metadata.facts.plan`; a project outside the approved
 * plan is refused by name, nothing is listed while the plan is not approved, the first signature
 * waits until the listing is exactly the plan, and a district and year without a plan list as
 * they did before plans existed.
 */
import {
  type AgreementCommand,
  type AgreementEvent,
  type CommandFacts,
  type PlanOfAgreement,
  type PlanProject,
  DeciderSpecification,
  agreementWorkflow,
  refusalDetail,
} from '@gongron/domain';
import { PROJECT, agreementCommands as g, allocation, citySignature } from './support/scenarios.js';

const given = DeciderSpecification.for(agreementWorkflow.decider);
const OTHER = 'proj-2';
const OUTSIDE = 'proj-outside';

const planProject = (projectId: string): PlanProject => ({
  projectId,
  title: `세부사업 ${projectId}`,
  taskCode: '2-3',
  budget: allocation,
  origin: 'office',
  sourceAgendaItemId: null,
});
const approvedPlan = (...projectIds: string[]): PlanOfAgreement => ({
  planId: 'suwon-2024',
  status: 'approved',
  approvedProjects: projectIds.map(planProject),
});
const draftedPlan: PlanOfAgreement = { planId: 'suwon-2024', status: 'drafting', approvedProjects: null };

const withPlan = <T extends AgreementCommand>(command: T, plan: PlanOfAgreement | null | undefined): T => {
  const facts: CommandFacts = plan === undefined ? {} : { plan };
  return { ...command, metadata: { ...command.metadata, facts } };
};
const listing = (projectId: string, plan: PlanOfAgreement | null | undefined): AgreementCommand =>
  withPlan({ ...g.AddProjectToAgreement, data: { ...g.AddProjectToAgreement.data, projectId } }, plan);

const decide = (history: readonly AgreementEvent[], command: AgreementCommand): AgreementEvent[] =>
  agreementWorkflow.decider.decide(command, history.reduce(agreementWorkflow.decider.evolve, agreementWorkflow.decider.initialState()));
/** The events of the commands, each decided on the history before it (as the command path would). */
const recorded = (...commands: AgreementCommand[]): AgreementEvent[] =>
  commands.reduce<AgreementEvent[]>((events, command) => [...events, ...decide(events, command)], []);

const drafted = recorded(g.DraftAgreement);

describe('the agreement lists the approved operating plan', () => {
  test('a project of the approved plan is listed', () => {
    given(drafted)
      .when(listing(PROJECT, approvedPlan(PROJECT, OTHER)))
      .then([
        {
          type: 'ProjectAddedToAgreement',
          data: { agreementId: 'suwon-2024', projectId: PROJECT, title: '마을 방과후 돌봄', taskCode: '2-3', budget: allocation },
        },
      ]);
  });

  test('a project outside the approved plan is refused by name, in Korean and English', () => {
    const refusal = given(drafted)
      .when(listing(OUTSIDE, approvedPlan(PROJECT, OTHER)))
      .thenThrows({ code: 'AGREEMENT.PROJECT_NOT_IN_PLAN', kind: 'rule', field: 'data.projectId' });
    expect(refusal.details).toEqual({ projectId: OUTSIDE, planId: 'suwon-2024' });
    expect(refusal.message).toContain(OUTSIDE);
    expect(refusalDetail(refusal.code, 'ko', refusal.details)).toBe('세부사업 proj-outside은(는) 가결된 운영계획 suwon-2024에 없습니다.');
    expect(refusalDetail(refusal.code, 'en', refusal.details)).toBe(
      'Project proj-outside is not in the approved operating plan suwon-2024.',
    );
  });

  test('nothing is listed while the plan is still being drafted or deliberated', () => {
    for (const status of ['drafting', 'underReview'] as const) {
      given(drafted)
        .when(listing(PROJECT, { ...draftedPlan, status }))
        .thenThrows({ code: 'AGREEMENT.PLAN_NOT_APPROVED', field: 'data.projectId' });
    }
  });

  test('a district and year without a plan list any of their projects, as before plans existed', () => {
    const listedOutside: AgreementEvent = {
      type: 'ProjectAddedToAgreement',
      data: { agreementId: 'suwon-2024', projectId: OUTSIDE, title: '마을 방과후 돌봄', taskCode: '2-3', budget: allocation },
    };
    given(drafted).when(listing(OUTSIDE, null)).then([listedOutside]);
    // A caller that did not read the plan decides as before too.
    given(drafted).when(listing(OUTSIDE, undefined)).then([listedOutside]);
  });
});

describe('the first signature waits for the listing to be the plan', () => {
  const plan = approvedPlan(PROJECT, OTHER);

  test('while a project of the plan is not listed, naming it', () => {
    const refusal = given(recorded(g.DraftAgreement, listing(PROJECT, plan)))
      .when(withPlan(g.SignAgreement, plan))
      .thenThrows({ code: 'AGREEMENT.PLAN_PROJECT_NOT_LISTED', kind: 'rule' });
    expect(refusal.details).toMatchObject({ projectId: OTHER, missing: [OTHER], planId: 'suwon-2024' });
  });

  test('once every project of the plan is listed, the agreement is signed and comes into force with exactly them', () => {
    const signed = recorded(g.DraftAgreement, listing(PROJECT, plan), listing(OTHER, plan), withPlan(g.SignAgreement, plan));
    expect(signed.at(-1)?.type).toBe('AgreementSigned');
    const inForce = decide(signed, withPlan(citySignature, plan));
    expect(inForce.map((event) => event.type)).toEqual(['AgreementSigned', 'AgreementCameIntoForce']);
    const cameIntoForce = inForce[1] as Extract<AgreementEvent, { type: 'AgreementCameIntoForce' }>;
    expect(cameIntoForce.data.projects.map((project) => project.projectId)).toEqual([PROJECT, OTHER]);
  });

  test('a project listed before the district drafted its plan, and left out of it, holds the signature back by name', () => {
    const listedBeforePlan = recorded(g.DraftAgreement, listing(OUTSIDE, null), listing(PROJECT, null), listing(OTHER, null));
    const refusal = given(listedBeforePlan)
      .when(withPlan(g.SignAgreement, plan))
      .thenThrows({ code: 'AGREEMENT.PROJECT_NOT_IN_PLAN', field: 'projects[0]' });
    expect(refusal.details).toEqual({ projectId: OUTSIDE, planId: 'suwon-2024' });
  });

  test('a plan drafted after the listing holds the signature until the committee approves it', () => {
    given(recorded(g.DraftAgreement, listing(PROJECT, null)))
      .when(withPlan(g.SignAgreement, { ...draftedPlan, status: 'underReview' }))
      .thenThrows({ code: 'AGREEMENT.PLAN_NOT_APPROVED', kind: 'rule' });
  });

  test("the other party's signature follows the first: the listing was fixed by it", () => {
    const firstSigned = recorded(g.DraftAgreement, listing(OUTSIDE, null), withPlan(g.SignAgreement, null));
    const inForce = decide(firstSigned, withPlan(citySignature, plan));
    expect(inForce.map((event) => event.type)).toEqual(['AgreementSigned', 'AgreementCameIntoForce']);
  });

  test('without a plan the signatures are as before', () => {
    const listed = recorded(g.DraftAgreement, listing(OUTSIDE, null));
    expect(decide(listed, withPlan(g.SignAgreement, null)).map((event) => event.type)).toEqual(['AgreementSigned']);
    expect(decide(listed, g.SignAgreement).map((event) => event.type)).toEqual(['AgreementSigned']);
  });
});
