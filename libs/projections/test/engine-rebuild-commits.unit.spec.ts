import { describe, expect, it } from '@jest/globals';
import { MemoryEventStore } from '@gongron/event-store';
import { compileOnlyDatabase } from './support/compile-only-database.js';
import { type Projection, ProjectionError } from '../src/projection.js';
import type { RebuildRow } from '../src/sql.js';
import type { MetaState, WritePlan } from '../src/write-plan.js';
import { EngineContext } from '../src/engine/context.js';
import { discardUncommitted, takeCommit, targetOf, writeCommit } from '../src/engine/rebuild-commits.js';
import { progressOf } from '../src/engine/rebuild.js';

const projection: Projection = {
  name: 'things',
  version: 1,
  description: 'things by id',
  tables: [
    {
      name: 'rm_things',
      columns: [
        { name: 'id', type: 'text', nullable: false },
        { name: 'count', type: 'integer' },
      ],
      primaryKey: ['id'],
    },
  ],
  handles: ['ThingHappened'],
  project: () => [],
};

/** An engine context whose SQL is only compiled, and whose plans see the rebuild row the test sets. */
function setUp() {
  const ctx = new EngineContext({
    database: compileOnlyDatabase(),
    store: new MemoryEventStore(),
    projections: [projection],
    clock: () => new Date('2026-03-02T01:00:00.000Z'),
  });
  const plans: WritePlan[] = [];
  const stored = { row: undefined as RebuildRow | undefined };
  ctx.executor = {
    kind: 'kysely',
    execute: (plan) => {
      plans.push(plan);
      const meta: MetaState = { checkpoints: new Map(), rebuilds: new Map(stored.row ? [['things', stored.row]] : []) };
      return Promise.resolve(plan.verify ? plan.verify(meta) : true);
    },
  };
  const rowAt = (position: number): RebuildRow => ({
    name: 'things',
    generation: 2,
    position,
    version: 1,
    started_at: '2026-03-02T00:00:00.000Z',
    updated_at: '2026-03-02T00:00:00.000Z',
  });
  return { ctx, plans, stored, rowAt, state: ctx.stateOf('things') };
}

describe('rebuild commits', () => {
  it('commits what was projected since the last commit, each commit checking the one before it landed', async () => {
    const { ctx, plans, stored, rowAt, state } = setUp();
    const target = targetOf({ state, generation: 2, position: 0, resumed: false }, 1_000);
    expect(target.cache.isComplete).toBe(true);
    void target.cache.apply({ op: 'upsert', table: 'rm_things', key: { id: 'a' }, values: { count: 1 } }, () => Promise.resolve(undefined));
    target.projected = 5;

    const first = takeCommit(ctx, [target])!;
    expect(first.work.map(({ from, to }) => ({ from, to }))).toEqual([{ from: 0, to: 5 }]);
    expect({ position: target.position, issued: target.issued, projected: target.projected }).toEqual({
      position: 0,
      issued: 5,
      projected: 5,
    });
    const sqlOf = first.statements.map((s) => s.sql).join('\n');
    expect(sqlOf).toContain('"rm_things__g2"');
    expect(sqlOf).toContain('update "gongron_projection_rebuilds"');
    expect(first.statements.at(-1)!.parameters).toContain(5);
    expect(takeCommit(ctx, [target])).toBeUndefined();

    stored.row = rowAt(0);
    await writeCommit(ctx, first);
    expect(target.position).toBe(5);

    // The stored row did not move to 5: another run wrote meanwhile, so this one is refused.
    target.projected = 8;
    const second = takeCommit(ctx, [target])!;
    expect(second.work.map(({ from, to }) => ({ from, to }))).toEqual([{ from: 5, to: 8 }]);
    const refused = writeCommit(ctx, second);
    await expect(refused).rejects.toBeInstanceOf(ProjectionError);
    await expect(refused).rejects.toMatchObject({ code: 'PROJECTION.REBUILD_SUPERSEDED' });
    expect(target.position).toBe(5);
    expect(plans).toHaveLength(2);

    discardUncommitted([target]);
    expect({ position: target.position, issued: target.issued, projected: target.projected }).toEqual({
      position: 5,
      issued: 5,
      projected: 5,
    });
    expect(target.cache.isComplete).toBe(false);
  });

  it('leaves a target with nothing uncommitted as it is', () => {
    const { state } = setUp();
    const target = targetOf({ state, generation: 2, position: 7, resumed: true }, 1_000);
    expect(target.cache.isComplete).toBe(false);
    const fresh = targetOf({ state, generation: 3, position: 0, resumed: false }, 1_000);
    discardUncommitted([target, fresh]);
    expect(fresh.cache.isComplete).toBe(true);
    expect({ position: target.position, issued: target.issued, projected: target.projected }).toEqual({
      position: 7,
      issued: 7,
      projected: 7,
    });
  });

  it('reports progress from where the run started, never a total below what was processed', () => {
    const { state } = setUp();
    const resumed = targetOf({ state, generation: 2, position: 100, resumed: true }, 1_000);
    expect(progressOf([resumed], 100, 150, 400)).toEqual({
      projections: ['things'],
      processed: 50,
      total: 300,
      position: 150,
      headPosition: 400,
      resumed: true,
    });
    const fresh = targetOf({ state, generation: 3, position: 0, resumed: false }, 1_000);
    expect(progressOf([fresh], 0, 500, 400)).toMatchObject({ processed: 500, total: 500, resumed: false });
  });
});
