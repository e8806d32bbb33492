/**
 * Every rule a machine guard asks is reachable through `decide` with its own stable code: each
 * rule × code is driven to refusal here, none falls back to the generic `…RULE_VIOLATED`, and a
 * rule a guard asks that has no case below fails the coverage test. A guard that refuses an event
 * the decider let through names its broken rule, not `RULE_VIOLATED`.
 */
import { assign, setup } from 'xstate';
import {
  type AnyWorkflow,
  type Rule,
  agendaItemRules,
  agendaItemWorkflow,
  guardOf,
  isRuleGuard,
  machineWorkflow,
  rule,
  ruleBroken,
} from '../src/index.js';
import { agendaItemCommands as a, agendaItemPaths, failedTally, meta, noQuorumTally, run, secretary } from './support/scenarios.js';
import { refusalOf } from './support/refusals.js';

interface RefusalCase {
  readonly workflow: AnyWorkflow;
  /** The rule, as the workflow's rules object names it. */
  readonly rule: string;
  readonly code: string;
  /** The commands before the refused one. */
  readonly before: readonly { readonly type: string; readonly data: unknown }[];
  readonly command: { readonly type: string; readonly data: unknown };
}

const agenda = agendaItemWorkflow as unknown as AnyWorkflow;
const review = a.RecordReviewDecision;
const revisionRequested = { ...review, data: { ...review.data, decision: 'revisionRequested' as const, feedback: '예산 근거 보완' } };

const cases: readonly RefusalCase[] = [
  {
    workflow: agenda,
    rule: 'newOpinion',
    code: 'AGENDA_ITEM.DUPLICATE_OPINION',
    before: [...agendaItemPaths.inDeliberation, a.RecordOpinion],
    command: a.RecordOpinion,
  },
  {
    workflow: agenda,
    rule: 'adoptionCarried',
    code: 'VOTE.NO_QUORUM',
    before: agendaItemPaths.inDeliberation,
    command: { ...a.AdoptAgendaItem, data: { ...a.AdoptAgendaItem.data, tally: noQuorumTally } },
  },
  {
    workflow: agenda,
    rule: 'adoptionCarried',
    code: 'VOTE.MOTION_NOT_CARRIED',
    before: agendaItemPaths.inDeliberation,
    command: { ...a.AdoptAgendaItem, data: { ...a.AdoptAgendaItem.data, tally: failedTally } },
  },
  {
    workflow: agenda,
    rule: 'dismissalQuorate',
    code: 'VOTE.NO_QUORUM',
    before: agendaItemPaths.proposed,
    command: { ...a.DismissAgendaItem, data: { ...a.DismissAgendaItem.data, tally: noQuorumTally } },
  },
  {
    workflow: agenda,
    rule: 'newRevision',
    code: 'AGENDA_ITEM.DUPLICATE_REVISION',
    before: [...agendaItemPaths.drafting, a.SubmitDraftRevision],
    command: a.SubmitDraftRevision,
  },
  {
    workflow: agenda,
    rule: 'readyForReview',
    code: 'AGENDA_ITEM.NO_COMPLETE_REVISION',
    before: agendaItemPaths.drafting,
    command: a.TableForReview,
  },
  {
    workflow: agenda,
    rule: 'readyForReview',
    code: 'AGENDA_ITEM.REVISION_NOT_SUBMITTED',
    before: [...agendaItemPaths.underReview, revisionRequested],
    command: a.TableForReview,
  },
  {
    workflow: agenda,
    rule: 'conditionsOfConditionalApproval',
    code: 'COMMAND.INVALID',
    before: agendaItemPaths.underReview,
    command: { ...review, data: { ...review.data, decision: 'conditionallyApproved' } },
  },
  {
    workflow: agenda,
    rule: 'feedbackOfRevisionRequest',
    code: 'COMMAND.INVALID',
    before: agendaItemPaths.underReview,
    command: { ...review, data: { ...review.data, decision: 'revisionRequested' } },
  },
  {
    workflow: agenda,
    rule: 'reviewVote',
    code: 'VOTE.NO_QUORUM',
    before: agendaItemPaths.underReview,
    command: { ...review, data: { ...review.data, decision: 'rejected', tally: noQuorumTally } },
  },
  {
    workflow: agenda,
    rule: 'reviewVote',
    code: 'VOTE.MOTION_NOT_CARRIED',
    before: agendaItemPaths.underReview,
    command: { ...review, data: { ...review.data, tally: failedTally } },
  },
  {
    workflow: agenda,
    rule: 'approvedProject',
    code: 'AGENDA_ITEM.PROJECT_MISMATCH',
    before: agendaItemPaths.approved,
    command: { ...a.LinkProject, data: { ...a.LinkProject.data, projectId: 'another-project' } },
  },
  {
    workflow: agenda,
    rule: 'newOverdueReview',
    code: 'AGENDA_ITEM.REVIEW_OVERDUE_ALREADY_RECORDED',
    before: [...agendaItemPaths.underReview, a.MarkReviewOverdue],
    command: a.MarkReviewOverdue,
  },
  {
    workflow: agenda,
    rule: 'linkedProject',
    code: 'AGENDA_ITEM.PROJECT_MISMATCH',
    before: agendaItemPaths.inImplementation,
    command: { ...a.MarkProjectEvaluated, data: { ...a.MarkProjectEvaluated.data, projectId: 'another-project' } },
  },
];

/** Each workflow's rules, by the name its rules object gives them. */
const rulesOf: ReadonlyMap<AnyWorkflow, Readonly<Record<string, Rule<never, never>>>> = new Map([[agenda, agendaItemRules]]);

describe('every rule a guard asks is refused with its own stable code', () => {
  it.each(cases.map((c) => [`${c.workflow.category} ${c.rule} → ${c.code}`, c] as const))('%s', (_name, c) => {
    const { state } = run(c.workflow, c.before);
    const refusal = refusalOf(() => c.workflow.decider.decide(c.command, state));
    expect(refusal.code).toBe(c.code);
    expect(refusal.code).not.toMatch(/RULE_VIOLATED$/);
    expect(rulesOf.get(c.workflow)?.[c.rule]?.codes).toContain(c.code);
  });

  it('covers every rule × code of every guard of the machines', () => {
    const required: string[] = [];
    for (const [workflow, rules] of rulesOf) {
      const named = new Map(Object.entries(rules).map(([name, candidate]) => [candidate, name]));
      const guards = Object.values(workflow.machine.implementations.guards as Readonly<Record<string, unknown>>).filter(isRuleGuard);
      for (const guard of guards) {
        for (const candidate of guard.rules) {
          const name = named.get(candidate as Rule<never, never>);
          expect(name).toBeDefined();
          for (const code of candidate.codes) required.push(`${workflow.category} ${String(name)} → ${code}`);
        }
      }
    }
    const covered = new Set(cases.map((c) => `${c.workflow.category} ${c.rule} → ${c.code}`));
    expect([...new Set(required)].filter((entry) => !covered.has(entry))).toEqual([]);
    expect(covered.size).toBe(cases.length);
  });
});

describe('a guard that refuses an event names its broken rule', () => {
  type Context = { readonly seen: readonly string[] };
  type Event = { readonly type: 'Seen'; readonly data: { readonly id: string } };
  type Command = { readonly type: 'See'; readonly data: { readonly id: string }; readonly metadata: ReturnType<typeof meta> };
  const once = rule<Context, { readonly id: string }>(['TOY.SEEN_TWICE'], (context, { id }) =>
    context.seen.includes(id) ? ruleBroken('TOY.SEEN_TWICE', `${id} was seen before`) : undefined,
  );
  const machine = setup({
    types: { context: {} as Context, events: {} as Event },
    guards: { once: guardOf<Context, Event, 'Seen'>('Seen', [once]) },
    actions: { record: assign(({ context, event }) => ({ seen: [...context.seen, event.data.id] })) },
  }).createMachine({
    id: 'toy',
    initial: 'open',
    context: { seen: [] },
    states: { open: { on: { Seen: { guard: 'once', actions: 'record' } } } },
  });
  // A decider that forgets to ask the rule: the guard still refuses, with the rule's code.
  const toy = machineWorkflow<Command, Event, 'open', Context>({
    category: 'roster',
    version: 1,
    codePrefix: 'TOY',
    noun: 'toy',
    machine,
    absentStatus: 'open',
    commandTypes: ['See'],
    creatingCommands: [],
    openingCommands: ['See'],
    commandEvents: { See: 'Seen' },
    eventTypes: { Seen: { schemaVersion: 1 } },
    upcasters: [],
    handle: (command) => [{ type: 'Seen', data: { id: command.data.id } }],
    scope: () => ({ kind: 'system' }),
    streamIdOf: () => 'toy-1',
    view: (state) => ({ ...state }),
  });

  it('refuses the second sighting with TOY.SEEN_TWICE, not TOY.RULE_VIOLATED', () => {
    const see: Command = { type: 'See', data: { id: 'x' }, metadata: meta(secretary) };
    const { state } = run(toy, [see]);
    const refusal = refusalOf(() => toy.decider.decide(see, state));
    expect(refusal.code).toBe('TOY.SEEN_TWICE');
    expect(refusal.kind).toBe('rule');
  });
});
