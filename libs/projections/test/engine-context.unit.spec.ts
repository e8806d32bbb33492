import { describe, expect, it } from '@jest/globals';
import { MemoryEventStore } from '@gongron/event-store';
import { compileOnlyDatabase } from './support/compile-only-database.js';
import type { Projection } from '../src/projection.js';
import { EngineContext, settingsOf } from '../src/engine/context.js';
import type { ProjectionEngineOptions } from '../src/engine/types.js';

const named = (name: string): Projection => ({ name, version: 1, description: name, tables: [], handles: [], project: () => [] });

function options(over: Partial<ProjectionEngineOptions> = {}): ProjectionEngineOptions {
  return { database: compileOnlyDatabase(), store: new MemoryEventStore(), projections: [named('a'), named('b')], ...over };
}

describe('engine settings', () => {
  it('fills in the documented defaults', () => {
    expect(settingsOf(options())).toEqual({
      batchSize: 5_000,
      rebuildBatchSize: 20_000,
      rebuildPageSize: 2_000,
      maxCachedRows: 20_000,
      rebuildCachedRows: 250_000,
      pollIntervalMs: 500,
      liveBatchDelayMs: 25,
    });
  });

  it('lets a rebuild commit every batchSize events when no rebuild size is given, and never reads pages bigger than a commit', () => {
    expect(settingsOf(options({ batchSize: 300 }))).toMatchObject({ batchSize: 300, rebuildBatchSize: 300, rebuildPageSize: 300 });
    expect(settingsOf(options({ batchSize: 300, rebuildBatchSize: 5_000, rebuildPageSize: 800 }))).toMatchObject({
      rebuildBatchSize: 5_000,
      rebuildPageSize: 800,
    });
  });
});

describe('engine context', () => {
  it('refuses two projections of one name', () => {
    expect(() => new EngineContext(options({ projections: [named('a'), named('a')] }))).toThrow(
      expect.objectContaining({ code: 'PROJECTION.DUPLICATE' }),
    );
  });

  it('resolves names in the order asked, all to every projection, and refuses an unknown name listing the known ones', () => {
    const ctx = new EngineContext(options());
    expect(ctx.resolve(['b', 'a']).map((p) => p.name)).toEqual(['b', 'a']);
    expect(ctx.resolve('all').map((p) => p.name)).toEqual(['a', 'b']);
    expect(ctx.resolve(['b', 'all']).map((p) => p.name)).toEqual(['a', 'b']);
    expect(() => ctx.resolve(['c'])).toThrow(
      expect.objectContaining({ code: 'PROJECTION.UNKNOWN', details: { name: 'c', known: ['a', 'b'] } }),
    );
  });

  it('refuses to write before prepare() chose how', () => {
    expect(() => new EngineContext(options()).plans).toThrow(expect.objectContaining({ code: 'PROJECTION.NOT_PREPARED' }));
  });
});
