import { describe, expect, it } from '@jest/globals';
import type { Projection, Row, TableDefinition } from '../src/projection.js';
import { RowCache } from '../src/row-cache.js';

const byId: TableDefinition = {
  name: 'rm_things',
  columns: [
    { name: 'id', type: 'text', nullable: false },
    { name: 'count', type: 'integer' },
  ],
  primaryKey: ['id'],
};
const byPair: TableDefinition = {
  name: 'rm_pairs',
  columns: [
    { name: 'district', type: 'text', nullable: false },
    { name: 'year', type: 'integer', nullable: false },
    { name: 'total', type: 'integer' },
  ],
  primaryKey: ['district', 'year'],
};
const projection: Projection = { name: 'things', version: 1, description: 'test', tables: [byId, byPair], handles: [], project: () => [] };
const nothingStored = async (): Promise<Row | undefined> => undefined;

describe('RowCache', () => {
  it('folds upserts, updates and increments of one row into one change', () => {
    const cache = new RowCache(projection, true);
    void cache.apply({ op: 'upsert', table: 'rm_things', key: { id: 'a' }, values: { count: 1 } }, nothingStored);
    void cache.apply({ op: 'increment', table: 'rm_things', key: { id: 'a' }, by: { count: 2 } }, nothingStored);
    void cache.apply({ op: 'update', table: 'rm_things', key: { id: 'missing' }, values: { count: 9 } }, nothingStored);
    expect(cache.takeChanges()).toEqual([{ table: byId, upserts: [{ id: 'a', count: 3 }], deletes: [] }]);
    expect(cache.takeChanges()).toEqual([]);
  });

  it('keeps a number key and the same digits as text apart', () => {
    const cache = new RowCache(projection, true);
    void cache.apply({ op: 'increment', table: 'rm_things', key: { id: 7 }, by: { count: 1 } }, nothingStored);
    void cache.apply({ op: 'increment', table: 'rm_things', key: { id: '7' }, by: { count: 5 } }, nothingStored);
    expect(cache.rowsOf('rm_things')).toEqual([
      { id: 7, count: 1 },
      { id: '7', count: 5 },
    ]);
  });

  it('reports deletes by their full key, for one-column and two-column keys', () => {
    const cache = new RowCache(projection, true);
    void cache.apply({ op: 'upsert', table: 'rm_pairs', key: { district: 'suwon', year: 2024 }, values: { total: 10 } }, nothingStored);
    cache.takeChanges();
    void cache.apply({ op: 'delete', table: 'rm_pairs', key: { district: 'suwon', year: 2024 } }, nothingStored);
    void cache.apply({ op: 'delete', table: 'rm_things', key: { id: 'gone' } }, nothingStored);
    const changes = cache.takeChanges();
    expect(changes.find((c) => c.table === byPair)?.deletes).toEqual([{ district: 'suwon', year: 2024 }]);
    expect(changes.find((c) => c.table === byId)?.deletes).toEqual([{ id: 'gone' }]);
  });

  it('loads a row it does not hold from the database once, and refuses a key without its column', async () => {
    const cache = new RowCache(projection, false);
    let loads = 0;
    const stored = async (): Promise<Row | undefined> => {
      loads++;
      return { id: 'b', count: 40 };
    };
    await cache.apply({ op: 'increment', table: 'rm_things', key: { id: 'b' }, by: { count: 2 } }, stored);
    await cache.apply({ op: 'increment', table: 'rm_things', key: { id: 'b' }, by: { count: 2 } }, stored);
    expect(loads).toBe(1);
    expect(await cache.get('rm_things', { id: 'b' }, stored)).toEqual({ id: 'b', count: 44 });
    expect(() => cache.apply({ op: 'upsert', table: 'rm_pairs', key: { district: 'suwon' }, values: {} }, stored)).toThrow(
      'Key column rm_pairs.year is missing',
    );
    expect(() => cache.apply({ op: 'upsert', table: 'rm_things', key: {}, values: {} }, stored)).toThrow(
      'Key column rm_things.id is missing',
    );
  });

  it('drops its rows when limited below what it holds, and then reads misses from the database', async () => {
    const cache = new RowCache(projection, true);
    for (const id of ['a', 'b', 'c'])
      void cache.apply({ op: 'upsert', table: 'rm_things', key: { id }, values: { count: 1 } }, nothingStored);
    cache.takeChanges();
    cache.limit(5);
    expect(cache.rowsOf('rm_things')).toHaveLength(3);
    cache.limit(2);
    expect(cache.rowsOf('rm_things')).toEqual([]);
    expect(cache.isComplete).toBe(false);
    expect(await cache.get('rm_things', { id: 'a' }, async () => ({ id: 'a', count: 1 }))).toEqual({ id: 'a', count: 1 });
  });
});
