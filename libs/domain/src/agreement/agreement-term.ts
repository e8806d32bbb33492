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

export { PLANNING_FOR_NEXT_YEAR_FROM_MONTH, operatingYearInPreparation } from '../operating-year.js';
