/**
 * The councils' calendar against dates written out by hand: day bounds in Seoul time, the day
 * after, days added and taken away across month ends, leap days and centuries, and the refusals
 * of anything that is not a calendar date or a whole number of days. A property then holds the
 * integer algorithm to the proleptic Gregorian calendar of `Date.UTC` over years 1–9999.
 */
import fc from 'fast-check';
import { addDays, daysInMonth, endOfBusinessDay, isIsoDate, isLeapYear, nextDate, startOfBusinessDay } from '@gongron/domain';

fc.configureGlobal({ seed: 20251201 });

/** The message of the RangeError `fn` throws, or undefined when it returns. */
const refusal = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(RangeError);
    return (error as Error).message;
  }
};

const NOT_DATES = [
  '2025-02-29',
  '2024-02-30',
  '2025-04-31',
  '2025-13-01',
  '2025-00-10',
  '2025-01-00',
  '2025-1-01',
  '25-01-01',
  '2025-01-01T00:00',
  '',
];

describe('the bounds of a Korean business day', () => {
  test('a day starts at midnight and ends at its last millisecond, Seoul time (UTC+9)', () => {
    expect(startOfBusinessDay('2025-03-01')).toBe('2025-03-01T00:00:00.000+09:00');
    expect(endOfBusinessDay('2025-02-28')).toBe('2025-02-28T23:59:59.999+09:00');
    expect(startOfBusinessDay('2024-02-29')).toBe('2024-02-29T00:00:00.000+09:00');
    // As instants: the Korean day 2025-03-01 is 2025-02-28T15:00Z up to 2025-03-01T14:59:59.999Z.
    expect(new Date(startOfBusinessDay('2025-03-01')).toISOString()).toBe('2025-02-28T15:00:00.000Z');
    expect(new Date(endOfBusinessDay('2025-03-01')).toISOString()).toBe('2025-03-01T14:59:59.999Z');
  });

  test.each(NOT_DATES)('%p is refused by both bounds, naming the value', (value) => {
    expect(refusal(() => startOfBusinessDay(value))).toBe(`${value} is not a calendar date`);
    expect(refusal(() => endOfBusinessDay(value))).toBe(`${value} is not a calendar date`);
  });
});

describe('the day after, and days added', () => {
  test.each([
    ['2024-02-28', '2024-02-29'],
    ['2024-02-29', '2024-03-01'],
    ['2025-02-28', '2025-03-01'],
    ['2000-02-28', '2000-02-29'],
    ['1900-02-28', '1900-03-01'],
    ['2025-04-30', '2025-05-01'],
    ['2025-01-31', '2025-02-01'],
    ['2025-12-31', '2026-01-01'],
    ['0001-01-01', '0001-01-02'],
  ])('the day after %s is %s', (date, after) => {
    expect(nextDate(date)).toBe(after);
  });

  test.each([
    ['2025-03-01', -1, '2025-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2025-03-15', 0, '2025-03-15'],
    ['2025-01-31', 30, '2025-03-02'],
    ['2024-01-31', 30, '2024-03-01'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2024-01-01', 365, '2024-12-31'],
    ['2024-01-01', 366, '2025-01-01'],
    // 146,097 days are exactly 400 Gregorian years.
    ['2025-01-01', 146_097, '2425-01-01'],
    ['2425-01-01', -146_097, '2025-01-01'],
    ['1999-12-31', 1, '2000-01-01'],
    ['2100-02-28', 1, '2100-03-01'],
  ])('%s plus %d days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  test.each(NOT_DATES)('%p is refused as a date to add to', (value) => {
    expect(refusal(() => addDays(value, 1))).toBe(`${value} is not a calendar date`);
    expect(refusal(() => nextDate(value))).toBe(`${value} is not a calendar date`);
  });

  test.each([1.5, -0.25, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53])(
    '%p is refused as a number of days',
    (days) => {
      expect(refusal(() => addDays('2025-03-01', days))).toBe(`${days} is not a whole number of days`);
    },
  );

  test('adding a number of days agrees with the Gregorian calendar of Date.UTC, and taking it away returns the date', () => {
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: -20_000, max: 20_000 }),
        (year, month, dayOfMonth, days) => {
          const day = Math.min(dayOfMonth, daysInMonth(year, month));
          const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const start = new Date(0);
          start.setUTCFullYear(year, month - 1, day);
          const expected = new Date(start.getTime() + days * 86_400_000);
          fc.pre(expected.getUTCFullYear() >= 1 && expected.getUTCFullYear() <= 9999);
          const sum = addDays(date, days);
          expect(sum).toBe(iso(expected.getTime()));
          expect(isIsoDate(sum)).toBe(true);
          expect(addDays(sum, -days)).toBe(date);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('leap years and month lengths', () => {
  test.each([
    [2024, true],
    [2025, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
  ])('%d is a leap year: %p', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  test('the other months have their fixed lengths', () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2025, month))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
});
