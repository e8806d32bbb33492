/**
 * The port refuses text no backend can store, whoever calls it (the API, the CLI, a process
 * manager), naming the field — so SQLite and PostgreSQL logs stay interchangeable.
 */
import { randomUUID } from 'node:crypto';
import { findUnstorableText, InvalidEventError, MemoryEventStore } from '../src/index.js';

describe('text no backend can store', () => {
  it('names the first field holding NUL or a lone surrogate, at any depth', () => {
    expect(findUnstorableText({ title: 'ok', nested: { list: ['fine', 'b\u0000d'] } })).toBe('nested.list[1]');
    expect(findUnstorableText({ title: '\ud83d' }, 'data')).toBe('data.title');
    expect(findUnstorableText({ ['k\udc00']: 1 })).toBe('k\udc00');
    expect(findUnstorableText({ title: '공론 😀', amount: 1, none: null })).toBeUndefined();
  });

  it('is refused by append with the field named, and nothing is written', async () => {
    const store = new MemoryEventStore();
    const append = store.append('agenda-item:a1', [{ id: randomUUID(), type: 'Recorded', data: { title: 'x\u0000y' } }], 'no-stream');
    await expect(append).rejects.toBeInstanceOf(InvalidEventError);
    await expect(append).rejects.toMatchObject({ code: 'EVENT.INVALID', field: 'data.title' });
    expect(await store.headPosition()).toBe(0);
  });
});
