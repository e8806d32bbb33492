/**
 * One business clock in Asia/Seoul: the same answers whatever zone the server runs in. The
 * command path runs in child processes under TZ=UTC and TZ=America/New_York (and this one's).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { addDays, endOfBusinessDay, nextDate, startOfBusinessDay } from '@gongron/domain';
import { BusinessClock, businessDateOf, businessDayBounds } from '../src/index.js';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const loader = join(here, '..', '..', 'projections', 'test', 'support', 'ts-loader.mjs');
const child = join(here, 'support', 'business-clock-child.ts');

describe('the business clock', () => {
  test('a Korean date from an instant at the edges of the day', () => {
    expect(businessDateOf('2024-12-01T18:30:00.000Z')).toBe('2024-12-02');
    expect(businessDateOf('2024-12-01T14:59:59.999Z')).toBe('2024-12-01');
    expect(businessDateOf('2024-12-01T15:00:00.000Z')).toBe('2024-12-02');
    expect(businessDateOf(new Date('2025-02-28T14:59:00.000Z'))).toBe('2025-02-28');
    expect(businessDateOf('2025-02-28T15:00:00.000Z')).toBe('2025-03-01');
    expect(businessDateOf('2024-02-29T14:59:00.000Z')).toBe('2024-02-29');
    expect(businessDateOf('2024-02-29T15:00:00.000Z')).toBe('2024-03-01');
    expect(() => businessDateOf('not a time')).toThrow(RangeError);
  });

  test('a reading gives the instant and its Korean date together', () => {
    const clock = new BusinessClock(() => new Date('2024-12-01T18:30:00.000Z'));
    expect(clock.read()).toEqual({ now: '2024-12-01T18:30:00.000Z', today: '2024-12-02' });
    expect(clock.today()).toBe('2024-12-02');
  });

  test("a date's bounds are the Korean day, and every instant inside has that date", () => {
    for (const date of ['2024-02-28', '2024-02-29', '2024-03-01', '2025-02-28', '2025-03-01', '2024-12-31']) {
      const { start, end } = businessDayBounds(date);
      expect(businessDateOf(start)).toBe(date);
      expect(businessDateOf(end)).toBe(date);
      expect(businessDateOf(new Date(start.getTime() - 1))).toBe(addDays(date, -1));
      expect(businessDateOf(new Date(end.getTime() + 1))).toBe(nextDate(date));
      expect(startOfBusinessDay(date)).toBe(`${date}T00:00:00.000+09:00`);
      expect(endOfBusinessDay(date)).toBe(`${date}T23:59:59.999+09:00`);
    }
  });

  test('calendar arithmetic across February and years', () => {
    expect(nextDate('2024-02-28')).toBe('2024-02-29');
    expect(nextDate('2024-02-29')).toBe('2024-03-01');
    expect(nextDate('2025-02-28')).toBe('2025-03-01');
    expect(nextDate('2024-12-31')).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-01-31', 30)).toBe('2024-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
  });

  describe.each(['UTC', 'America/New_York', 'Asia/Seoul'])('the command path in a process with TZ=%s', (timeZone) => {
    let seen: {
      timeZone: string;
      dates: Record<string, string>;
      proposedOn: string;
      asOf: { seenAsOfItsDate: boolean; seenAsOfTheDayBefore: boolean };
      amendmentAt2359On28February: string;
      amendmentAt0000On1March: string;
    };
    beforeAll(async () => {
      const { stdout } = await run(process.execPath, ['--import', loader, child], {
        env: { ...process.env, TZ: timeZone },
        timeout: 60_000,
      });
      seen = JSON.parse(stdout.trim().split('\n').pop()!) as typeof seen;
    }, 90_000);

    test('runs in the zone asked for', () => {
      expect(seen.timeZone).toBe(timeZone);
    });

    test('03:30, 23:59 and 00:00 KST are dated by the Korean calendar', () => {
      expect(seen.dates).toEqual({
        kst0330on2December: '2024-12-02',
        kst2359on28February2025: '2025-02-28',
        kst2359on29February2024: '2024-02-29',
        kst0000on1March2024: '2024-03-01',
        kst0000on1March2025: '2025-03-01',
      });
    });

    test('an item proposed at 03:30 KST on 2 December is stored as proposed that day, and asOf agrees', () => {
      expect(seen.proposedOn).toBe('2024-12-02');
      expect(seen.asOf).toEqual({ seenAsOfItsDate: true, seenAsOfTheDayBefore: false });
    });

    test('the agreement of 2024 takes amendments until 23:59 KST on 28 February 2025 and not at 00:00 on 1 March', () => {
      expect(seen.amendmentAt2359On28February).toBe('accepted');
      expect(seen.amendmentAt0000On1March).toBe('AGREEMENT.NOT_IN_FORCE');
    });
  });
});
