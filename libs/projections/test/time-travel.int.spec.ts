/**
 * Time travel returns exactly what the system knew: an agenda item driven through its workflow
 * by the domain's decider, its state captured after every command, then asked for at every
 * revision and at instants between the events — cold and through the snapshot cache.
 */
import { type AgendaItemCommand, agendaItemWorkflow } from '@gongron/domain';
import { StateSnapshots, parseAsOf, stateAt } from '../src/index.js';
import { sqliteFixture, type SqliteFixture } from './support.js';

describe('time travel', () => {
  let fx: SqliteFixture;
  beforeAll(() => {
    fx = sqliteFixture(new Date('2024-03-01T00:00:00Z'));
  });
  afterAll(async () => {
    await fx.close();
  });

  it('gives the exact earlier state at every revision and instant', async () => {
    const itemId = 'tt-1';
    const stream = `agenda-item:${itemId}`;
    const tally = { onRoll: 10, present: 8, for: 6, against: 1, abstain: 1 };
    const secretary = (body: string) => ({ id: `tok-${body}`, role: 'secretary' as const, district: 'suwon' as const, body: body as 'civic-council' });
    const steps: { body: string; type: AgendaItemCommand['type']; data: Record<string, unknown> }[] = [
      { body: 'civic-council', type: 'ProposeAgendaItem', data: { district: 'suwon', title: '마을학교 확대', description: '방과후 마을학교를 늘립니다', proposerCategory: 'parent', taskCode: '2-2' } },
      { body: 'civic-council', type: 'OpenDeliberation', data: {} },
      { body: 'civic-council', type: 'RecordOpinion', data: { opinionId: 'o1', stance: 'support', respondentCategory: 'student', text: '찬성합니다' } },
      { body: 'civic-council', type: 'RecordOpinion', data: { opinionId: 'o2', stance: 'oppose', respondentCategory: 'citizen', text: '예산이 걱정됩니다' } },
      { body: 'civic-council', type: 'AdoptAgendaItem', data: { meeting: { heldOn: '2024-03-05', body: 'civic-council' }, tally } },
      { body: 'working-council', type: 'StartDrafting', data: { owner: '실무협의체 간사' } },
      { body: 'working-council', type: 'SubmitDraftRevision', data: { revisionId: 'r1', plan: '1차 계획', taskCode: '2-2', budgetRequest: { 'education-office': 50_000_000, 'local-government': 30_000_000 } } },
      { body: 'working-council', type: 'TableForReview', data: {} },
      { body: 'steering-committee', type: 'RecordReviewDecision', data: { decision: 'revisionRequested', feedback: '근거 보완', meeting: { heldOn: '2024-03-20' }, tally } },
      { body: 'working-council', type: 'SubmitDraftRevision', data: { revisionId: 'r2', plan: '2차 계획', taskCode: '2-3', budgetRequest: { 'education-office': 40_000_000, 'local-government': 30_000_000 } } },
      { body: 'working-council', type: 'TableForReview', data: {} },
      { body: 'steering-committee', type: 'RecordReviewDecision', data: { decision: 'conditionallyApproved', conditions: ['분기별 보고'], meeting: { heldOn: '2024-04-02' }, tally } },
    ];
    const { decider, view } = agendaItemWorkflow;
    let state = decider.initialState();
    const views: Record<string, unknown>[] = [];
    const instants: string[] = [];
    for (const step of steps) {
      fx.clock.advance(3_600_000);
      const command = { type: step.type, data: { itemId, ...step.data }, metadata: { now: fx.clock.now().toISOString(), actor: secretary(step.body) } } as AgendaItemCommand;
      const events = decider.decide(command, state);
      const result = await fx.store.append(
        stream,
        events.map((e, i) => ({ id: `${itemId}-${views.length}-${i}`, type: e.type, data: e.data as Record<string, unknown>, metadata: { actor: command.metadata.actor } })),
        'any',
      );
      for (const event of events) {
        state = decider.evolve(state, event);
        views.push(view(state));
      }
      instants.push(...result.events.map((e) => e.recordedAt));
    }
    expect(views.length).toBe(instants.length);
    const snapshots = new StateSnapshots(10, 4);
    for (let revision = 0; revision < views.length; revision++) {
      expect((await stateAt(fx.store, stream, { atRevision: revision })).state).toEqual(views[revision]);
      expect((await stateAt(fx.store, stream, { atRevision: revision }, snapshots)).state).toEqual(views[revision]);
      const between = new Date(Date.parse(instants[revision]!) + 60_000);
      const asOf = await stateAt(fx.store, stream, { asOf: between }, snapshots);
      expect(asOf.revision).toBe(revision);
      expect(asOf.state).toEqual(views[revision]);
    }
    // Asked backwards through the cache, the answers do not change.
    for (let revision = views.length - 1; revision >= 0; revision--) {
      expect((await stateAt(fx.store, stream, { atRevision: revision }, snapshots)).state).toEqual(views[revision]);
    }
    expect((await stateAt(fx.store, stream, { asOf: parseAsOf('2024-03-01') })).revision).toBe(views.length - 1);
    await expect(stateAt(fx.store, stream, { asOf: new Date('2024-02-01T00:00:00Z') })).rejects.toMatchObject({ code: 'QUERY.NOT_YET_EXISTING' });
    await expect(stateAt(fx.store, stream, { atRevision: views.length })).rejects.toMatchObject({ code: 'QUERY.REVISION_NOT_FOUND' });
    await expect(stateAt(fx.store, 'agenda-item:nobody', {})).rejects.toMatchObject({ code: 'QUERY.STREAM_NOT_FOUND' });
  });
});
