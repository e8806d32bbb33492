import { describe, expect, it } from '@jest/globals';
import type { Projection } from '../src/projection.js';
import type { CheckpointRow, RebuildRow } from '../src/sql.js';
import { type RunnerHealth, stalledReaders, statusOf } from '../src/engine/status.js';
import type { ProjectionStatus } from '../src/engine/types.js';

const projection: Projection = {
  name: 'things',
  version: 2,
  description: 'things by id',
  tables: [{ name: 'rm_things', columns: [{ name: 'id', type: 'text', nullable: false }], primaryKey: ['id'] }],
  handles: ['ThingHappened'],
  project: () => [],
};
const checkpoint = (over: Partial<CheckpointRow> = {}): CheckpointRow => ({
  name: 'things',
  position: 40,
  version: 2,
  generation: 3,
  updated_at: '2026-03-02T01:00:00.000Z',
  ...over,
});
const rebuildRow: RebuildRow = {
  name: 'things',
  generation: 4,
  position: 12,
  version: 2,
  started_at: '2026-03-02T00:59:00.000Z',
  updated_at: '2026-03-02T01:00:00.000Z',
};

function status(over: Partial<ProjectionStatus>): ProjectionStatus {
  return { ...statusOf(projection, 0, checkpoint(), undefined, 50), ...over };
}

function health(failures: number, movedAt: Record<string, number>, lastError?: string): RunnerHealth {
  return { failures, ...(lastError ? { lastError } : {}), movedAt: (name) => movedAt[name]! };
}

describe('statusOf', () => {
  it('reports a built projection with its checkpoint, lag and rebuild in progress', () => {
    expect(statusOf(projection, 7, checkpoint(), rebuildRow, 55)).toEqual({
      name: 'things',
      description: 'things by id',
      version: 2,
      builtVersion: 2,
      generation: 3,
      position: 40,
      headPosition: 55,
      lag: 15,
      eventsApplied: 7,
      updatedAt: '2026-03-02T01:00:00.000Z',
      state: 'current',
      rebuild: { generation: 4, position: 12, version: 2, startedAt: '2026-03-02T00:59:00.000Z' },
      tables: ['rm_things'],
    });
  });

  it('says outdated when the tables were built by another version, and not-built without a checkpoint', () => {
    expect(statusOf(projection, 0, checkpoint({ version: 1 }), undefined, 40).state).toBe('outdated');
    const never = statusOf(projection, 0, undefined, undefined, 9);
    expect(never).toMatchObject({ state: 'not-built', position: 0, lag: 9, rebuild: undefined });
    expect(never.builtVersion).toBeUndefined();
  });

  it('never reports a negative lag when the checkpoint is ahead of the head it read', () => {
    expect(statusOf(projection, 0, checkpoint({ position: 60 }), undefined, 50).lag).toBe(0);
  });
});

describe('stalledReaders', () => {
  const limits = { afterMs: 30_000, afterFailures: 3 };
  const now = 1_000_000;

  it('names a current projection behind the log that has not moved for the limit', () => {
    const statuses = [status({ name: 'slow', lag: 5 }), status({ name: 'fresh', lag: 5 })];
    const stalled = stalledReaders(statuses, health(0, { slow: now - 30_000, fresh: now - 29_999 }), now, limits);
    expect(stalled).toEqual([{ name: 'slow', lag: 5, stalledForMs: 30_000, consecutiveFailures: 0 }]);
  });

  it('names every projection behind while batches keep failing, with the last error', () => {
    const statuses = [status({ name: 'a', lag: 2 }), status({ name: 'b', lag: 0 })];
    const stalled = stalledReaders(statuses, health(3, { a: now - 10, b: now - 10 }, 'connection lost'), now, limits);
    expect(stalled).toEqual([{ name: 'a', lag: 2, stalledForMs: 10, consecutiveFailures: 3, lastError: 'connection lost' }]);
    expect(stalledReaders(statuses, health(2, { a: now - 10, b: now - 10 }, 'connection lost'), now, limits)).toEqual([]);
  });

  it('leaves out projections at the head and those not current', () => {
    const statuses = [status({ name: 'at-head', lag: 0 }), status({ name: 'outdated', lag: 9, state: 'outdated' })];
    expect(stalledReaders(statuses, health(5, { 'at-head': 0, outdated: 0 }), now, limits)).toEqual([]);
  });
});
