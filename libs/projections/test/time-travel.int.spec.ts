/**
 * Time travel returns exactly what the system knew: an agenda item driven through its workflow
 * by the domain's decider, its state captured after every command, then asked for at every
 * revision and at instants between the events — cold and through the snapshot cache.
 */
import { randomUUID } from 'node:crypto';
import { businessDateOf } from '@gongron/application';
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
    const secretary = (body: string) => ({
      id: `tok-${body}`,
      role: 'secretary' as const,
      district: 'suwon' as const,
      body: body as 'civic-council',
    });
    const steps: { body: string; type: AgendaItemCommand['type']; data: Record<string, unknown> }[] = [
      {
        body: 'civic-council',
        type: 'ProposeAgendaItem',
        data: {
          district: 'suwon',
          title: '마을학교 확대',
          description: '방과후 마을학교를 늘립니다',
          proposerCategory: 'parent',
          taskCode: '2-2',
        },
      },
      { body: 'civic-council', type: 'OpenDeliberation', data: {} },
      {
        body: 'civic-council',
        type: 'RecordOpinion',
        data: { opinionId: 'o1', stance: 'support', respondentCategory: 'student', text: '찬성합니다' },
      },
      {
        body: 'civic-council',
        type: 'RecordOpinion',
        data: { opinionId: 'o2', stance: 'oppose', respondentCategory: 'citizen', text: '예산이 걱정됩니다' },
      },
      { body: 'civic-council', type: 'AdoptAgendaItem', data: { meeting: { heldOn: '2024-03-05', body: 'civic-council' }, tally } },
      { body: 'working-council', type: 'StartDrafting', data: { owner: '실무협의체 간사' } },
      {
        body: 'working-council',
        type: 'SubmitDraftRevision',
        data: {
          revisionId: 'r1',
          plan: '1차 계획',
          taskCode: '2-2',
          budgetRequest: { 'education-office': 50_000_000, 'local-government': 30_000_000 },
        },
      },
      { body: 'working-council', type: 'TableForReview', data: {} },
      {
        body: 'steering-committee',
        type: 'RecordReviewDecision',
        data: { decision: 'revisionRequested', feedback: '근거 보완', meeting: { heldOn: '2024-03-20' }, tally },
      },
      {
        body: 'working-council',
        type: 'SubmitDraftRevision',
        data: {
          revisionId: 'r2',
          plan: '2차 계획',
          taskCode: '2-3',
          budgetRequest: { 'education-office': 40_000_000, 'local-government': 30_000_000 },
        },
      },
      { body: 'working-council', type: 'TableForReview', data: {} },
      {
        body: 'steering-committee',
        type: 'RecordReviewDecision',
        data: { decision: 'conditionallyApproved', conditions: ['분기별 보고'], meeting: { heldOn: '2024-04-02' }, tally },
      },
    ];
    const { decider, view } = agendaItemWorkflow;
    let state = decider.initialState();
    const views: Record<string, unknown>[] = [];
    const instants: string[] = [];
    for (const step of steps) {
      fx.clock.advance(3_600_000);
      const command = {
        type: step.type,
        data: { itemId, ...step.data },
        metadata: { now: fx.clock.now().toISOString(), today: businessDateOf(fx.clock.now()), actor: secretary(step.body) },
      } as AgendaItemCommand;
      const events = decider.decide(command, state);
      const result = await fx.store.append(
        stream,
        events.map((e) => ({
          id: randomUUID(),
          type: e.type,
          data: e.data as Record<string, unknown>,
          metadata: { actor: command.metadata.actor },
        })),
        'any',
      );
      for (const event of events) {
        state = decider.evolve(state, event);
        views.push(view(state));
      }
      instants.push(...result.events.map((e) => e.recordedAt));
    }
    // One event per command, the states written out by hand: what time travel must give back.
    expect(views.map((v) => v['status'])).toEqual([
      'proposed',
      'inDeliberation',
      'inDeliberation',
      'inDeliberation',
      'referred',
      'drafting',
      'drafting',
      'underReview',
      'drafting',
      'drafting',
      'underReview',
      'approved',
    ]);
    expect(instants).toHaveLength(12);
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
    await expect(stateAt(fx.store, stream, { asOf: new Date('2024-02-01T00:00:00Z') })).rejects.toMatchObject({
      code: 'QUERY.NOT_YET_EXISTING',
    });
    await expect(stateAt(fx.store, stream, { atRevision: views.length })).rejects.toMatchObject({ code: 'QUERY.REVISION_NOT_FOUND' });
    await expect(stateAt(fx.store, 'agenda-item:nobody', {})).rejects.toMatchObject({ code: 'QUERY.STREAM_NOT_FOUND' });
  });

  it('answers by each timeline: recorded (the default), effective, and at a revision', async () => {
    const own = sqliteFixture(new Date('2024-03-01T00:00:00Z'));
    try {
      const stream = 'agenda-item:tt-effective';
      const actor = { id: 'tok-civic', role: 'secretary', district: 'suwon', body: 'civic-council' };
      const tally = { onRoll: 10, present: 8, for: 6, against: 1, abstain: 1 };
      const day = 86_400_000;
      // Proposed on 1 March, opened on 2 March; the adoption of the 4 March meeting is entered on 6 March.
      await own.store.append(
        stream,
        [
          {
            id: randomUUID(),
            type: 'AgendaItemProposed',
            data: {
              itemId: 'tt-effective',
              district: 'suwon',
              title: '통학로 안전',
              description: '…',
              proposerCategory: 'parent',
              taskCode: '1-1',
              source: 'forum',
              proposedOn: '2024-03-01',
              workflowVersion: 1,
            },
            metadata: { actor },
          },
        ],
        'no-stream',
      );
      own.clock.advance(day);
      await own.store.append(
        stream,
        [
          {
            id: randomUUID(),
            type: 'DeliberationOpened',
            data: { itemId: 'tt-effective', openedOn: '2024-03-02', method: null },
            metadata: { actor },
          },
        ],
        0,
      );
      own.clock.advance(4 * day);
      await own.store.append(
        stream,
        [
          {
            id: randomUUID(),
            type: 'AgendaItemAdopted',
            data: {
              itemId: 'tt-effective',
              meeting: { heldOn: '2024-03-04', body: 'civic-council' },
              tally,
              effectiveAt: '2024-03-04T06:00:00.000Z',
            },
            metadata: { actor, effectiveAt: '2024-03-04T06:00:00.000Z' },
          },
        ],
        1,
      );

      const asOf = new Date('2024-03-05T00:00:00.000Z');
      const recorded = await stateAt(own.store, stream, { asOf });
      expect(recorded).toMatchObject({
        streamId: stream,
        revision: 1,
        timeline: 'recorded',
        asOf: '2024-03-05T00:00:00.000Z',
        lastEventType: 'DeliberationOpened',
        lastRecordedAt: '2024-03-02T00:00:00.000Z',
        state: { status: 'inDeliberation' },
      });
      expect(await stateAt(own.store, stream, { asOf, timeline: 'recorded' })).toEqual(recorded);
      expect(await stateAt(own.store, stream, { asOf, timeline: 'recorded' }, new StateSnapshots(10, 1))).toEqual(recorded);

      const effective = await stateAt(own.store, stream, { asOf, timeline: 'effective' });
      expect(effective).toMatchObject({
        streamId: stream,
        revision: 2,
        timeline: 'effective',
        asOf: '2024-03-05T00:00:00.000Z',
        lastEventType: 'AgendaItemAdopted',
        lastRecordedAt: '2024-03-06T00:00:00.000Z',
        state: { status: 'referred' },
      });
      // Before the meeting, both timelines agree.
      const before = new Date('2024-03-03T00:00:00.000Z');
      expect(await stateAt(own.store, stream, { asOf: before, timeline: 'effective' })).toMatchObject({
        revision: 1,
        state: { status: 'inDeliberation' },
      });
      expect(await stateAt(own.store, stream, { asOf: before })).toMatchObject({ revision: 1, state: { status: 'inDeliberation' } });
      await expect(stateAt(own.store, stream, { asOf: new Date('2024-02-01T00:00:00.000Z'), timeline: 'effective' })).rejects.toMatchObject(
        { code: 'QUERY.NOT_YET_EXISTING' },
      );

      expect(await stateAt(own.store, stream, { atRevision: 0 })).toMatchObject({
        revision: 0,
        atRevision: 0,
        timeline: 'recorded',
        lastEventType: 'AgendaItemProposed',
        state: { status: 'proposed' },
      });
      expect(await stateAt(own.store, stream, {})).toMatchObject({ revision: 2, state: { status: 'referred' } });
      await expect(stateAt(own.store, stream, { asOf, atRevision: 1 })).rejects.toMatchObject({ code: 'QUERY.CONFLICTING_TIME_TRAVEL' });
    } finally {
      await own.close();
    }
  });
});
