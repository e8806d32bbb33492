/**
 * The process managers, and the whole path across three streams driven by them through an
 * in-memory runner: proposal → approval → project → agreement → expenditure → evaluation → feedback.
 */
import { type DomainCommand, type RecordedEvent, isDomainError, processManagers } from '@gongron/domain';
import { Log } from './support/event-log.js';
import {
  ITEM,
  agendaItemCommands as a,
  agreementCommands as g,
  cityOfficial,
  educationOfficial,
  meta,
  projectCommands as p,
} from './support/scenarios.js';

const projectId = `${ITEM}-p1`;
const forProject = <T extends DomainCommand>(command: T): T => ({ ...command, data: { ...command.data, projectId } }) as T;

describe('process managers across streams', () => {
  test('an item travels from proposal to closed feedback, its project from planned to evaluated', () => {
    const log = new Log();
    for (const command of [
      a.ProposeAgendaItem,
      a.OpenDeliberation,
      a.AdoptAgendaItem,
      a.StartDrafting,
      a.SubmitDraftRevision,
      a.TableForReview,
    ]) {
      log.executeAndReact(command);
    }
    log.executeAndReact(a.RecordReviewDecision);
    // approved → CreateProject → ProjectCreated → LinkProject
    expect(log.status(`project:${projectId}`)).toBe('planned');
    expect(log.status(`agenda-item:${ITEM}`)).toBe('inImplementation');

    const listed = { ...g.AddProjectToAgreement, data: { ...g.AddProjectToAgreement.data, projectId } };
    for (const command of [g.DraftAgreement, listed, g.SignAgreement]) log.executeAndReact(command);
    expect(log.status(`project:${projectId}`)).toBe('planned');
    log.executeAndReact({ ...g.SignAgreement, data: { ...g.SignAgreement.data, signedOn: '2024-03-05' }, metadata: meta(cityOfficial) });
    expect(log.status(`project:${projectId}`)).toBe('agreed');

    log.executeAndReact(forProject(p.StartProject));
    const raise = { 'education-office': 40_000_000, 'local-government': 20_000_000 };
    log.executeAndReact({
      ...g.ProposeAmendment,
      data: { ...g.ProposeAmendment.data, changes: [{ kind: 'budget', projectId, budget: raise }] },
    });
    log.executeAndReact(g.ConsentToAmendment);
    const amended = log.stream(`project:${projectId}`).find((event) => event.type === 'ProjectBudgetAmended');
    expect(amended?.data).toMatchObject({ newAllocation: raise, previousAllocation: { 'education-office': 30_000_000 } });

    log.executeAndReact({ ...forProject(p.RecordExpenditure), data: { ...forProject(p.RecordExpenditure).data, amount: 40_000_000 } });
    for (const command of [p.CompleteProject, p.RecordSelfEvaluation, p.RecordComprehensiveEvaluation])
      log.executeAndReact(forProject(command));
    expect(log.status(`project:${projectId}`)).toBe('evaluated');
    expect(log.status(`agenda-item:${ITEM}`)).toBe('awaitingFeedback');

    log.executeAndReact(a.RecordFeedback);
    expect(log.status(`agenda-item:${ITEM}`)).toBe('closed');
  });

  test('the same event yields the same commands; re-running them is refused as a transition (already done)', () => {
    const log = new Log();
    for (const command of [
      a.ProposeAgendaItem,
      a.OpenDeliberation,
      a.AdoptAgendaItem,
      a.StartDrafting,
      a.SubmitDraftRevision,
      a.TableForReview,
    ]) {
      log.executeAndReact(command);
    }
    log.executeAndReact(a.RecordReviewDecision);
    const decision = log.events.find((event) => event.type === 'ReviewDecisionRecorded') as RecordedEvent;
    const manager = processManagers.find((candidate) => candidate.name === 'project-from-approved-item');
    const first = manager?.react(decision);
    expect(manager?.react(decision)).toEqual(first);
    expect(first).toEqual([
      {
        type: 'CreateProject',
        data: {
          projectId,
          district: 'suwon',
          year: 2024,
          title: '마을 방과후 돌봄',
          taskCode: '2-3',
          plannedBudget: { 'education-office': 30_000_000, 'local-government': 20_000_000 },
          sourceAgendaItemId: ITEM,
          sourceRevisionId: 'rev-1',
        },
        metadata: {
          now: decision.recordedAt,
          today: '2024-06-01',
          actor: { id: 'system:project-from-approved-item', role: 'system' },
          causationId: decision.id,
        },
      },
    ]);
    for (const command of first ?? []) {
      try {
        log.execute(command);
        throw new Error('accepted twice');
      } catch (error) {
        expect(isDomainError(error) && error.kind).toBe('transition');
      }
    }
    const created = log.events.find((event) => event.type === 'ProjectCreated') as RecordedEvent;
    const link = processManagers.find((candidate) => candidate.name === 'item-linked-to-project')?.react(created) ?? [];
    expect(() => log.execute(link[0] as DomainCommand)).toThrow(expect.objectContaining({ code: 'AGENDA_ITEM.PROJECT_ALREADY_LINKED' }));
  });

  test('managers ignore what they do not handle', () => {
    const event = (type: string, data: unknown): RecordedEvent => ({
      id: 'e',
      type,
      streamId: 's',
      data,
      recordedAt: '2024-01-01T00:00:00Z',
      recordedOn: '2024-01-01',
    });
    const byName = (name: string) => processManagers.find((manager) => manager.name === name);
    expect(
      byName('project-from-approved-item')?.react(event('ReviewDecisionRecorded', { decision: 'rejected', project: null, itemId: 'x' })),
    ).toEqual([]);
    expect(byName('item-linked-to-project')?.react(event('ProjectCreated', { projectId: 'x', sourceAgendaItemId: null }))).toEqual([]);
    expect(byName('item-awaits-feedback')?.react(event('ProjectEvaluated', { projectId: 'x', sourceAgendaItemId: null }))).toEqual([]);
    expect(byName('projects-agreed-by-agreement')?.react(event('AgreementSigned', {}))).toEqual([]);
    expect(processManagers.map((manager) => manager.name)).toEqual([
      'project-from-approved-item',
      'item-linked-to-project',
      'projects-agreed-by-agreement',
      'project-budgets-from-amendment',
      'withdrawal-of-cancelled-project',
      'item-awaits-feedback',
    ]);
  });

  test('a consented amendment adding a project agrees it with its budget, and one withdrawing a project releases it', () => {
    const manager = processManagers.find((candidate) => candidate.name === 'project-budgets-from-amendment');
    const commands = manager?.react({
      id: 'evt-9',
      type: 'AmendmentConsented',
      streamId: 'agreement:suwon-2024',
      recordedAt: '2024-07-01T00:00:00.000Z',
      recordedOn: '2024-07-01',
      data: {
        agreementId: 'suwon-2024',
        amendmentId: 'amend-9',
        consentedOn: '2024-07-01',
        budgets: [
          { projectId: 'p2', kind: 'add', previousBudget: null, newBudget: { 'education-office': 1, 'local-government': 2 } },
          { projectId: 'p3', kind: 'withdraw', previousBudget: { 'education-office': 1, 'local-government': 2 }, newBudget: null },
        ],
      },
    });
    expect(commands).toEqual([
      expect.objectContaining({
        type: 'MarkProjectAgreed',
        data: {
          projectId: 'p2',
          agreementId: 'suwon-2024',
          allocation: { 'education-office': 1, 'local-government': 2 },
          agreedOn: '2024-07-01',
        },
      }),
      expect.objectContaining({
        type: 'ReleaseFromAgreement',
        data: { projectId: 'p3', agreementId: 'suwon-2024', amendmentId: 'amend-9', releasedOn: '2024-07-01' },
      }),
    ]);
    expect(educationOfficial.party).toBe('education-office');
  });
});
