/**
 * The councils' calendar: every business date is a Korean local date. Seoul has kept UTC+9 with no
 * daylight saving since 1988, so a Korean day is always [date T00:00+09:00, next day T00:00+09:00).
 * Which day it is *now* is the application's to say (its business clock); the domain receives it
 * as `metadata.today` and only needs the day's bounds to compare instants with dates.
 */
import { isIsoDate } from './validation.js';

export const BUSINESS_TIME_ZONE = 'Asia/Seoul';
export const BUSINESS_UTC_OFFSET = '+09:00';

/** The first instant of a Korean day, e.g. '2025-03-01T00:00:00.000+09:00'. */
export function startOfBusinessDay(date: string): string {
  if (!isIsoDate(date)) throw new RangeError(`${date} is not a calendar date`);
  return `${date}T00:00:00.000${BUSINESS_UTC_OFFSET}`;
}

/** The last millisecond of a Korean day, e.g. '2025-02-28T23:59:59.999+09:00'. */
export function endOfBusinessDay(date: string): string {
  if (!isIsoDate(date)) throw new RangeError(`${date} is not a calendar date`);
  return `${date}T23:59:59.999${BUSINESS_UTC_OFFSET}`;
}

/** The calendar date after `date` ('2024-02-28' → '2024-02-29', '2025-02-28' → '2025-03-01'). */
export function nextDate(date: string): string {
  return addDays(date, 1);
}

/** `date` plus `days` calendar days (negative goes back), by the proleptic Gregorian calendar. */
export function addDays(date: string, days: number): string {
  if (!isIsoDate(date)) throw new RangeError(`${date} is not a calendar date`);
  if (!Number.isSafeInteger(days)) throw new RangeError(`${days} is not a whole number of days`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const serial = daysFromCivil(y, m, d) + days;
  return civilFromDays(serial);
}

// Howard Hinnant's civil-date algorithms: integer arithmetic only, no Date object involved.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(serial: number): string {
  const z = serial + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
