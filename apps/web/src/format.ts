/** Dates in Asia/Seoul, money in 천원 with the exact won on demand. */
import { lang } from './i18n.js';

const SEOUL = 'Asia/Seoul';
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function format(kind: 'date' | 'dateTime', zone: string): Intl.DateTimeFormat {
  const key = `${lang.get()}:${kind}:${zone}`;
  let formatter = dateFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang.get() === 'ko' ? 'ko-KR' : 'en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: lang.get() === 'ko' ? 'long' : 'short',
      day: 'numeric',
      ...(kind === 'dateTime' ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    dateFormats.set(key, formatter);
  }
  return formatter;
}

/** A business date 'YYYY-MM-DD' (already a Korean date) or an instant, as `2024년 3월 11일`. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return format('date', 'UTC').format(new Date(`${value}T00:00:00Z`));
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value : format('date', SEOUL).format(instant);
}

/** An instant as `2024년 3월 11일 14:05` in Seoul time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value : format('dateTime', SEOUL).format(instant);
}

/** Today in Seoul as 'YYYY-MM-DD' (the default of a form's date field). */
export function seoulToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SEOUL, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

const group = new Intl.NumberFormat('ko-KR');
const thousands = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 3 });

/** Integer won as 천원 (e.g. 30,000), exact to the won (decimals where the amount has them). */
export function thousandWon(won: number): string {
  return thousands.format(won / 1000);
}

export function exactWon(won: number): string {
  return lang.get() === 'ko' ? `${group.format(won)}원` : `₩${group.format(won)}`;
}

export function wonNumber(won: number): string {
  return group.format(won);
}
