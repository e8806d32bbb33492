/**
 * The one business clock. The councils live in Asia/Seoul, so "today" and every business date
 * are Korean local dates whatever zone the server runs in; this is the only place that turns an
 * instant into one. The domain receives the result as `metadata.today`.
 */
import { BUSINESS_TIME_ZONE, endOfBusinessDay, startOfBusinessDay } from '@gongron/domain';

const seoulDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The business day last asked about, and the instants it spans (ms): most instants fall in it. */
let lastDay = { date: '', start: Number.NaN, end: Number.NaN };

/** The Korean business date ('YYYY-MM-DD') of an instant. */
export function businessDateOf(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${String(instant)} is not an instant`);
  if (ms >= lastDay.start && ms <= lastDay.end) return lastDay.date;
  const parts = Object.fromEntries(seoulDate.formatToParts(date).map((part) => [part.type, part.value]));
  const day = `${parts['year']}-${parts['month']}-${parts['day']}`;
  lastDay = { date: day, start: Date.parse(startOfBusinessDay(day)), end: Date.parse(endOfBusinessDay(day)) };
  return day;
}

/** The instants a Korean business date spans: [start, end]. */
export function businessDayBounds(date: string): { readonly start: Date; readonly end: Date } {
  return { start: new Date(startOfBusinessDay(date)), end: new Date(endOfBusinessDay(date)) };
}

/** The instant a business date begins (00:00 KST). */
export function startOfBusinessDate(date: string): Date {
  return new Date(startOfBusinessDay(date));
}

export interface BusinessReading {
  /** The instant, ISO 8601 in UTC. */
  readonly now: string;
  /** Its Korean business date. */
  readonly today: string;
}

export class BusinessClock {
  constructor(private readonly source: () => Date = () => new Date()) {}

  instant(): Date {
    return this.source();
  }

  read(): BusinessReading {
    const instant = this.source();
    return { now: instant.toISOString(), today: businessDateOf(instant) };
  }

  today(): string {
    return businessDateOf(this.source());
  }
}
