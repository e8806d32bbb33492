import { benchScale, BenchConfigError, sized } from './env.js';
import { DISTRICTS, ProvinceGenerator } from './province.js';

describe('ProvinceGenerator', () => {
  it('covers the 31 districts with unique codes', () => {
    expect(DISTRICTS).toHaveLength(31);
    expect(new Set(DISTRICTS.map((d) => d.code)).size).toBe(31);
  });

  it('produces the same payloads for the same seed, so both sides of a comparison append the same rows', () => {
    expect(new ProvinceGenerator(1).batch(3)).toEqual(new ProvinceGenerator(1).batch(3));
    expect(new ProvinceGenerator(1).batch(3)).not.toEqual(new ProvinceGenerator(2).batch(3));
  });

  it('follows the flow of an agenda item, in Korean, in one valid stream', () => {
    const events = new ProvinceGenerator().agendaItem(DISTRICTS[16]!, 14);
    const types = events.map((g) => g.event.type);
    expect(types[0]).toBe('AgendaItemProposed');
    expect(types[1]).toBe('DeliberationOpened');
    expect(types.indexOf('AgendaItemAdopted')).toBeLessThan(types.indexOf('DraftingStarted'));
    expect(types.indexOf('DraftRevisionSubmitted')).toBeLessThan(types.indexOf('AgendaItemTabled'));
    expect(new Set(events.map((g) => g.streamId)).size).toBe(1);
    expect(events[0]!.streamId).toMatch(/^agenda-item:[0-9a-f-]{36}$/);
    expect(events[0]!.event.data.title).toMatch(/^화성시 /);
    expect(events[0]!.event.metadata?.actor).toMatchObject({ district: 'hwaseong', body: 'civic-council' });
    expect(new Set(events.map((g) => g.event.id)).size).toBe(14);
  });

  it('records tallies that add up and carry by the committee rule', () => {
    const events = new ProvinceGenerator(5).agendaItem(DISTRICTS[0]!, 12);
    const tallies = events.filter((g) => 'tally' in g.event.data).map((g) => g.event.data.tally as Record<string, number>);
    expect(tallies.length).toBeGreaterThan(0);
    for (const t of tallies) {
      expect(t.for! + t.against! + t.abstain!).toBe(t.present);
      expect(t.present! * 2).toBeGreaterThan(t.onRoll!);
      expect(t.for! * 2).toBeGreaterThan(t.present!);
    }
  });
});

describe('sizes from the environment', () => {
  it('scales default sizes and lets one size be pinned', () => {
    expect(sized('N', 1000, 1, { BENCH_SCALE: '0.1' })).toBe(100);
    expect(sized('N', 1000, 50, { BENCH_SCALE: '0.01' })).toBe(50);
    expect(sized('N', 1000, 1, { BENCH_SCALE: '0.1', N: '7' })).toBe(7);
  });

  it('refuses a wrong value naming the variable', () => {
    expect(() => benchScale({ BENCH_SCALE: 'fast' })).toThrow(
      new BenchConfigError('BENCH_SCALE=fast: expected a number above 0 and at most 100 (1 = default sizes)'),
    );
    expect(() => sized('BENCH_N', 10, 1, { BENCH_N: '-3' })).toThrow(/BENCH_N=-3/);
  });
});
