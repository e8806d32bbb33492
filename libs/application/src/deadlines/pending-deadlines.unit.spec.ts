import fc from 'fast-check';
import type { DeadlineKind } from '@gongron/domain';
import { type PendingEntry, PendingDeadlines } from './pending-deadlines.js';

fc.configureGlobal({ seed: 20261207 });

const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T15:00:00.000Z`;
const entry = (deadlineId: string, streamId: string, kind: DeadlineKind, day: number): PendingEntry => ({
  deadlineId,
  streamId,
  kind,
  dueAt: at(day),
});
const ids = (entries: readonly PendingEntry[]) => entries.map((e) => e.deadlineId);

describe('the pending deadlines', () => {
  test('lists them soonest first, ties by id; only those due by an instant are due', () => {
    const pending = new PendingDeadlines<PendingEntry>();
    pending.set(entry('c', 'agenda-item:1', 'review', 3));
    pending.set(entry('b', 'agenda-item:2', 'review', 1));
    pending.set(entry('a', 'agenda-item:3', 'condition', 3));
    expect(ids(pending.all())).toEqual(['b', 'a', 'c']);
    expect(ids(pending.due(Date.parse(at(1)) - 1))).toEqual([]);
    expect(ids(pending.due(Date.parse(at(1))))).toEqual(['b']);
    expect(ids(pending.due(Date.parse(at(3))))).toEqual(['b', 'a', 'c']);
    expect(pending.size).toBe(3);
  });

  test('a kind settled on a stream removes that kind there only', () => {
    const pending = new PendingDeadlines<PendingEntry>();
    pending.set(entry('r1', 'agenda-item:1', 'review', 1));
    pending.set(entry('r2', 'agenda-item:1', 'review', 2));
    pending.set(entry('d1', 'agenda-item:1', 'condition', 2));
    pending.set(entry('r3', 'agenda-item:2', 'review', 2));
    pending.settleKind('agenda-item:1', 'review');
    expect(ids(pending.all())).toEqual(['d1', 'r3']);
    pending.settleKind('agenda-item:9', 'review');
    expect(pending.size).toBe(2);
  });

  test('the earliest due instant follows removals and replacements', () => {
    const pending = new PendingDeadlines<PendingEntry>();
    pending.set(entry('x', 'project:1', 'review', 1));
    pending.set(entry('y', 'project:2', 'review', 5));
    expect(pending.delete('x')).toBe(true);
    expect(pending.delete('x')).toBe(false);
    // The earliest was removed: nothing is due on day 1 any more, and y is due on day 5.
    expect(ids(pending.due(Date.parse(at(1))))).toEqual([]);
    expect(ids(pending.due(Date.parse(at(5))))).toEqual(['y']);
    // Replacing y with a later instant moves it.
    pending.set(entry('y', 'project:2', 'review', 9));
    expect(ids(pending.due(Date.parse(at(5))))).toEqual([]);
    expect(ids(pending.due(Date.parse(at(9))))).toEqual(['y']);
    // Replacing it with an earlier one on another stream moves its stream too.
    pending.set(entry('y', 'project:3', 'review', 2));
    pending.settleKind('project:2', 'review');
    expect(ids(pending.due(Date.parse(at(2))))).toEqual(['y']);
  });

  test('agrees with a plain list under any sequence of changes', () => {
    const kinds: DeadlineKind[] = ['review', 'condition'];
    const step = fc.oneof(
      fc.record({
        op: fc.constant('set' as const),
        id: fc.integer({ min: 0, max: 9 }),
        stream: fc.integer({ min: 0, max: 3 }),
        kind: fc.constantFrom(...kinds),
        day: fc.integer({ min: 1, max: 9 }),
      }),
      fc.record({ op: fc.constant('delete' as const), id: fc.integer({ min: 0, max: 9 }) }),
      fc.record({ op: fc.constant('settle' as const), stream: fc.integer({ min: 0, max: 3 }), kind: fc.constantFrom(...kinds) }),
      fc.record({ op: fc.constant('due' as const), day: fc.integer({ min: 0, max: 10 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const pending = new PendingDeadlines<PendingEntry>();
        let model: PendingEntry[] = [];
        const order = (list: PendingEntry[]) =>
          [...list].sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.deadlineId.localeCompare(b.deadlineId));
        for (const s of steps) {
          if (s.op === 'set') {
            const e = entry(`d${s.id}`, `agenda-item:${s.stream}`, s.kind, s.day);
            model = [...model.filter((m) => m.deadlineId !== e.deadlineId), e];
            pending.set(e);
          } else if (s.op === 'delete') {
            model = model.filter((m) => m.deadlineId !== `d${s.id}`);
            pending.delete(`d${s.id}`);
          } else if (s.op === 'settle') {
            model = model.filter((m) => !(m.streamId === `agenda-item:${s.stream}` && m.kind === s.kind));
            pending.settleKind(`agenda-item:${s.stream}`, s.kind);
          } else {
            const now = s.day === 0 ? 0 : Date.parse(at(s.day));
            expect(ids(pending.due(now))).toEqual(ids(order(model.filter((m) => Date.parse(m.dueAt) <= now))));
          }
          expect(ids(pending.all())).toEqual(ids(order(model)));
        }
      }),
      { numRuns: 500 },
    );
  });
});
