/**
 * The state tables the read side takes from the domain say what the machines do: folding every
 * path into every state, each event leaves its stream in the state the table names for it, or
 * where it was when the table names none.
 */
import {
  type AgendaItemCommand,
  type AnyWorkflow,
  agendaItemReviewOutcomes,
  agendaItemStatusAfter,
  agendaItemWorkflow,
  projectStatusAfter,
  projectWorkflow,
  reviewDecisions,
} from '../src/index.js';
import { agendaItemCommands as a, agendaItemPaths, projectPaths, run } from './support/scenarios.js';

const review = (decision: string, extra: Record<string, unknown> = {}): AgendaItemCommand =>
  ({ ...a.RecordReviewDecision, data: { ...a.RecordReviewDecision.data, decision, ...extra } }) as AgendaItemCommand;

/** Paths beyond those into each state: a return for revision, a conditional approval, a second revision. */
const moreAgendaPaths: readonly (readonly AgendaItemCommand[])[] = [
  [
    ...agendaItemPaths.underReview,
    review('revisionRequested', { feedback: '예산 근거 보완' }),
    { ...a.SubmitDraftRevision, data: { ...a.SubmitDraftRevision.data, revisionId: 'r-2' } },
  ],
  [...agendaItemPaths.underReview, review('conditionallyApproved', { conditions: [{ text: '분기별 보고' }] })],
  [...agendaItemPaths.inDeliberation, a.RecordOpinion, a.DeferAgendaItem],
];

function foldsAsTheTableSays(
  workflow: AnyWorkflow,
  paths: readonly (readonly { type: string; data: unknown }[])[],
  statusAfter: (event: { type: string; data: unknown }) => string | undefined,
) {
  let checked = 0;
  for (const path of paths) {
    const { events } = run(workflow, path);
    let state = workflow.decider.initialState();
    for (const event of events as { type: string; data: unknown }[]) {
      const next = workflow.decider.evolve(state, event);
      expect({ event: event.type, status: next.status }).toEqual({ event: event.type, status: statusAfter(event) ?? state.status });
      state = next;
      checked += 1;
    }
  }
  return checked;
}

describe('the state tables the read side takes from the domain', () => {
  it('agree with the agenda item machine on every event of every path', () => {
    const paths = [...Object.values(agendaItemPaths), ...moreAgendaPaths];
    expect(foldsAsTheTableSays(agendaItemWorkflow as unknown as AnyWorkflow, paths, agendaItemStatusAfter)).toBeGreaterThan(40);
  });

  it('agree with the project machine on every event of every path', () => {
    expect(foldsAsTheTableSays(projectWorkflow as unknown as AnyWorkflow, Object.values(projectPaths), projectStatusAfter)).toBeGreaterThan(
      20,
    );
  });

  it('name a state for every review decision, and none for a decision the domain does not know', () => {
    expect(reviewDecisions.map((decision) => agendaItemStatusAfter({ type: 'ReviewDecisionRecorded', data: { decision } }))).toEqual(
      reviewDecisions.map((decision) => agendaItemReviewOutcomes[decision]),
    );
    expect(agendaItemStatusAfter({ type: 'ReviewDecisionRecorded', data: { decision: 'postponed' } })).toBeUndefined();
  });

  it('name no state for an event that records without moving, nor for an event of another workflow', () => {
    expect(agendaItemStatusAfter({ type: 'OpinionRecorded' })).toBeUndefined();
    expect(agendaItemStatusAfter({ type: 'AgendaItemDeferred' })).toBeUndefined();
    expect(projectStatusAfter({ type: 'ExpenditureRecorded' })).toBeUndefined();
    expect(projectStatusAfter({ type: 'AgendaItemProposed' })).toBeUndefined();
    expect(projectStatusAfter({ type: 'ProjectResumed' })).toBe('inProgress');
  });
});
