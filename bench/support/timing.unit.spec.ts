import { inLanes, median, percentile, perSecond } from './timing.js';

describe('timing helpers', () => {
  it('median and nearest-rank percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
  });

  it('rates per second', () => {
    expect(perSecond(500, 250)).toBe(2000);
    expect(perSecond(10, 0)).toBe(0);
  });

  it('runs every job exactly once on at most the given number of lanes', async () => {
    const seen: number[] = [];
    let active = 0;
    let widest = 0;
    await inLanes(8, 50, async (i) => {
      active += 1;
      widest = Math.max(widest, active);
      await new Promise((r) => setTimeout(r, 1));
      seen.push(i);
      active -= 1;
    });
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(widest).toBe(8);
  });
});
