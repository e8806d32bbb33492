import { describe, expect, it } from '@jest/globals';
import type { TableDefinition } from '../src/projection.js';
import { staleGenerations } from '../src/engine/generations.js';

const table = (name: string): TableDefinition => ({ name, columns: [{ name: 'id', type: 'text', nullable: false }], primaryKey: ['id'] });

describe('staleGenerations', () => {
  it('finds the generations of its own tables that neither the checkpoint nor a rebuild keeps', () => {
    const existing = ['rm_things', 'rm_things__g1', 'rm_things__g3', 'rm_things__g4', 'rm_parts__g2', 'rm_parts__g3', 'other__g7'];
    const stale = staleGenerations([table('rm_things'), table('rm_parts')], existing, new Set([3, 4]));
    expect([...stale].sort()).toEqual([1, 2]);
  });

  it('does not take a table whose name only begins like one of its own', () => {
    const existing = ['rm_things_archive__g1', 'x_rm_things__g1', 'rm_things__g1x', 'rm_things__g12'];
    expect([...staleGenerations([table('rm_things')], existing, new Set([undefined]))]).toEqual([12]);
  });

  it('keeps every generation when no table of its own is left behind', () => {
    expect(staleGenerations([table('rm_things')], ['rm_things', 'rm_things__g5'], new Set([5, undefined])).size).toBe(0);
  });
});
