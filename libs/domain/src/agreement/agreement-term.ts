/**
 * The agreement's term (협약 기간): in force from the day both parties have signed until the last
 * day of February of the next year (28th, or 29th in leap years); from 00:00 KST on 1 March it
 * has expired. Both the agreement and the projects it lists judge dates by it.
 */
import { nextDate } from '../business-day.js';
import { daysInMonth } from '../validation.js';

export interface AgreementTerm {
  /** The first day in force (the later signature). */
  readonly from: string;
  /** The last day in force. */
  readonly until: string;
}

/** In force until the last day of February of the next year (29th in leap years). */
export function agreementTermEnd(year: number): string {
  return `${year + 1}-02-${daysInMonth(year + 1, 2)}`;
}

/** The first Korean day on which the agreement of `year` is no longer in force. */
export function agreementExpiryDate(year: number): string {
  return nextDate(agreementTermEnd(year));
}

export function withinTerm(term: AgreementTerm, date: string): boolean {
  return date >= term.from && date <= term.until;
}

export function describeTerm(term: AgreementTerm): string {
  return `${term.from} – ${term.until}`;
}

/**
 * The first calendar month of the second half of the operating year, from which planning is for
 * the next one: the plan's surveys and deliberations run in the autumn (24 Oct – 8 Nov 2023) for
 * the year that starts the following March.
 */
export const PLANNING_FOR_NEXT_YEAR_FROM_MONTH = 9;

/**
 * The operating year (March to February) a decision taken on `date` prepares: from March to
 * August the year that has just begun (its agreement is still being signed and amended), from
 * September to February the one that starts the next March. A December 2023 approval is for
 * 2024, and so is one of January 2024 or May 2024.
 */
export function operatingYearInPreparation(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month < 3) return year;
  return month >= PLANNING_FOR_NEXT_YEAR_FROM_MONTH ? year + 1 : year;
}
