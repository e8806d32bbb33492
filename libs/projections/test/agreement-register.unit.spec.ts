/** The agreement register against rows written by hand: signatures of both parties, projects, amendments. */
import { AGREEMENTS, AGREEMENT_AMENDMENTS, AGREEMENT_PROJECTS, agreementRegisterProjection } from '../src/index.js';
import { ProjectionSpecification, storedEvents } from './support/projection-specification.js';

const spec = ProjectionSpecification.for(agreementRegisterProjection);
const agreement = 'agreement:suwon-2024';
const budget = (eo: number, lg: number) => ({ 'education-office': eo, 'local-government': lg });
const at = (position: number) => ({ last_changed_at: `2024-03-01T09:${String(position).padStart(2, '0')}:00.000Z`, position });

const drafted = {
  agreement_id: 'suwon-2024',
  district: 'suwon',
  year: 2024,
  state: 'drafting',
  projects: 0,
  budget_education_office: 0,
  budget_local_government: 0,
  amendments_proposed: 0,
  amendments_consented: 0,
  amendments_refused: 0,
  education_office_signed_on: null,
  education_office_signatory: null,
  education_office_signatory_name: null,
  local_government_signed_on: null,
  local_government_signatory: null,
  local_government_signatory_name: null,
  in_force_from: null,
  in_force_until: null,
  ...at(1),
};
const listed = (projectId: string, eo: number, lg: number, addedBy = 'draft') => ({
  agreement_id: 'suwon-2024',
  project_id: projectId,
  title: `사업 ${projectId}`,
  task_code: '1-2',
  goal: 1,
  budget_education_office: eo,
  budget_local_government: lg,
  status: 'listed',
  added_by: addedBy,
});

function history() {
  const event = storedEvents();
  const draftedEvent = event(agreement, 'AgreementDrafted', {
    agreementId: 'suwon-2024',
    district: 'suwon',
    year: 2024,
    draftedOn: '2024-01-05',
    workflowVersion: 1,
  });
  const add = (projectId: string, eo: number, lg: number) =>
    event(agreement, 'ProjectAddedToAgreement', {
      agreementId: 'suwon-2024',
      projectId,
      title: `사업 ${projectId}`,
      taskCode: '1-2',
      budget: budget(eo, lg),
    });
  return { event, drafted: [draftedEvent], withProjects: [draftedEvent, add('p1', 100, 50), add('p2', 30, 20)] };
}

describe('agreement register', () => {
  it('AgreementDrafted opens the agreement in drafting', async () => {
    const { drafted: given } = history();
    await spec
      .given([])
      .when(given)
      .then({ [AGREEMENTS]: [drafted], [AGREEMENT_PROJECTS]: [], [AGREEMENT_AMENDMENTS]: [] });
  });

  it('ProjectAddedToAgreement lists the project and adds its budget per party', async () => {
    const { withProjects } = history();
    await spec
      .given([])
      .when(withProjects)
      .then({
        [AGREEMENTS]: [{ ...drafted, projects: 2, budget_education_office: 130, budget_local_government: 70, ...at(3) }],
        [AGREEMENT_PROJECTS]: [listed('p1', 100, 50), listed('p2', 30, 20)],
      });
  });

  it('ProjectWithdrawnFromAgreement takes the project and its budget out, once', async () => {
    const { event, withProjects } = history();
    const withdrawn = () =>
      event(agreement, 'ProjectWithdrawnFromAgreement', { agreementId: 'suwon-2024', projectId: 'p2', reason: '중단' });
    await spec
      .given(withProjects)
      .when([withdrawn(), withdrawn()])
      .then({
        [AGREEMENTS]: [{ ...drafted, projects: 1, budget_education_office: 100, budget_local_government: 50, ...at(5) }],
        [AGREEMENT_PROJECTS]: [listed('p1', 100, 50), { ...listed('p2', 30, 20), status: 'withdrawn' }],
      });
  });

  it('AgreementSigned records each party’s signature apart, and CameIntoForce its window', async () => {
    const { event, withProjects } = history();
    await spec
      .given(withProjects)
      .when([
        event(agreement, 'AgreementSigned', {
          agreementId: 'suwon-2024',
          party: 'education-office',
          signatoryTitle: '교육장',
          signatoryName: '정하은',
          signedBy: 't',
          signedOn: '2024-01-10',
        }),
        event(
          agreement,
          'AgreementSigned',
          { agreementId: 'suwon-2024', party: 'local-government', signatoryTitle: '시장', signatoryName: '강민수', signedBy: 't' },
          { effectiveAt: '2024-01-12T00:00:00.000Z' },
        ),
        event(agreement, 'AgreementSigned', { agreementId: 'suwon-2024', party: 'nobody', signatoryTitle: '?', signatoryName: '?' }),
      ])
      .then({
        [AGREEMENTS]: [
          {
            ...drafted,
            state: 'signing',
            projects: 2,
            budget_education_office: 130,
            budget_local_government: 70,
            education_office_signed_on: '2024-01-10',
            education_office_signatory: '교육장',
            education_office_signatory_name: '정하은',
            local_government_signed_on: '2024-01-12',
            local_government_signatory: '시장',
            local_government_signatory_name: '강민수',
            ...at(6),
          },
        ],
      });
    const { event: next, withProjects: given } = history();
    await spec
      .given(given)
      .when([
        next(agreement, 'AgreementCameIntoForce', {
          agreementId: 'suwon-2024',
          inForceFrom: '2024-01-12',
          inForceUntil: '2025-02-28',
          projects: [],
        }),
      ])
      .then({
        [AGREEMENTS]: [
          {
            ...drafted,
            state: 'inForce',
            projects: 2,
            budget_education_office: 130,
            budget_local_government: 70,
            in_force_from: '2024-01-12',
            in_force_until: '2025-02-28',
            ...at(4),
          },
        ],
      });
  });

  it('AmendmentProposed and AmendmentRefused keep the amendment with who refused it and why', async () => {
    const { event, withProjects } = history();
    const changes = [{ kind: 'budget', projectId: 'p1', budget: budget(120, 40) }];
    await spec
      .given(withProjects)
      .when([
        event(agreement, 'AmendmentProposed', {
          agreementId: 'suwon-2024',
          amendmentId: 'am1',
          proposedBy: 'local-government',
          changes,
          reason: '조정',
          proposedOn: '2024-03-01',
        }),
        event(agreement, 'AmendmentRefused', {
          agreementId: 'suwon-2024',
          amendmentId: 'am1',
          refusedBy: 'education-office',
          refusedOn: '2024-03-02',
          reason: '근거 부족',
        }),
      ])
      .then({
        [AGREEMENTS]: [
          {
            ...drafted,
            projects: 2,
            budget_education_office: 130,
            budget_local_government: 70,
            amendments_proposed: 1,
            amendments_refused: 1,
            ...at(5),
          },
        ],
        [AGREEMENT_PROJECTS]: [listed('p1', 100, 50), listed('p2', 30, 20)],
        [AGREEMENT_AMENDMENTS]: [
          {
            agreement_id: 'suwon-2024',
            amendment_id: 'am1',
            status: 'refused',
            proposed_by: 'local-government',
            proposed_on: '2024-03-01',
            reason: '조정',
            changes,
            decided_by: 'education-office',
            decided_on: '2024-03-02',
            refusal_reason: '근거 부족',
          },
        ],
      });
  });

  it('AgreementExpired marks the agreement expired and its pending amendments lapsed', async () => {
    const { event, withProjects } = history();
    const changes = [{ kind: 'budget', projectId: 'p1', budget: budget(120, 40) }];
    await spec
      .given(withProjects)
      .when([
        event(agreement, 'AmendmentProposed', {
          agreementId: 'suwon-2024',
          amendmentId: 'am1',
          proposedBy: 'local-government',
          changes,
          reason: '조정',
          proposedOn: '2025-02-27',
        }),
        event(agreement, 'AgreementExpired', {
          agreementId: 'suwon-2024',
          district: 'suwon',
          year: 2024,
          inForceFrom: '2024-03-04',
          inForceUntil: '2025-02-28',
          expiredOn: '2025-03-01',
          lapsedAmendments: ['am1'],
        }),
      ])
      .then({
        [AGREEMENTS]: [
          {
            ...drafted,
            state: 'expired',
            projects: 2,
            budget_education_office: 130,
            budget_local_government: 70,
            amendments_proposed: 1,
            ...at(5),
          },
        ],
        [AGREEMENT_PROJECTS]: [listed('p1', 100, 50), listed('p2', 30, 20)],
        [AGREEMENT_AMENDMENTS]: [
          {
            agreement_id: 'suwon-2024',
            amendment_id: 'am1',
            status: 'lapsed',
            proposed_by: 'local-government',
            proposed_on: '2025-02-27',
            reason: '조정',
            changes,
            decided_by: null,
            decided_on: '2025-03-01',
            refusal_reason: null,
          },
        ],
      });
  });

  it('AmendmentConsented applies a budget change, an added and a withdrawn project to the totals of each party', async () => {
    const { event, withProjects } = history();
    const changes = [
      { kind: 'budget', projectId: 'p1', budget: budget(120, 40) },
      { kind: 'add', projectId: 'p3', title: '사업 p3', taskCode: '1-2', budget: budget(5, 7) },
      { kind: 'withdraw', projectId: 'p2' },
      { kind: 'budget', projectId: 'p-unknown', budget: budget(1, 1) },
    ];
    await spec
      .given(withProjects)
      .when([
        event(agreement, 'AmendmentProposed', {
          agreementId: 'suwon-2024',
          amendmentId: 'am1',
          proposedBy: 'education-office',
          changes,
          reason: '조정',
          proposedOn: '2024-03-01',
        }),
        event(agreement, 'AmendmentConsented', {
          agreementId: 'suwon-2024',
          amendmentId: 'am1',
          proposedBy: 'education-office',
          consentedBy: 'local-government',
          changes,
          consentedOn: '2024-03-05',
        }),
      ])
      .then({
        [AGREEMENTS]: [
          {
            ...drafted,
            projects: 2,
            budget_education_office: 125,
            budget_local_government: 47,
            amendments_proposed: 1,
            amendments_consented: 1,
            ...at(5),
          },
        ],
        [AGREEMENT_PROJECTS]: [listed('p1', 120, 40), { ...listed('p2', 30, 20), status: 'withdrawn' }, listed('p3', 5, 7, 'amendment')],
        [AGREEMENT_AMENDMENTS]: [
          {
            agreement_id: 'suwon-2024',
            amendment_id: 'am1',
            status: 'consented',
            proposed_by: 'education-office',
            proposed_on: '2024-03-01',
            reason: '조정',
            changes,
            decided_by: 'local-government',
            decided_on: '2024-03-05',
            refusal_reason: null,
          },
        ],
      });
  });
});
