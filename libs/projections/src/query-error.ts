import { endOfBusinessDay, isIsoDate } from '@gongron/domain';

/** A refused read: bad input names its field; an unknown stream or item is not found. */
export class ReadQueryError extends Error {
  constructor(
    readonly kind: 'invalid' | 'not-found',
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ReadQueryError';
  }
}

export function invalidQuery(code: string, field: string, message: string): ReadQueryError {
  return new ReadQueryError('invalid', code, message, field);
}

export function notFound(code: string, message: string): ReadQueryError {
  return new ReadQueryError('not-found', code, message);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A point in time from a query: an ISO instant as is, or a date 'YYYY-MM-DD' meaning the end of
 * that day in Korea (UTC+9, no daylight saving), where the councils meet.
 */
export function parseAsOf(value: string, field = 'asOf'): Date {
  let date: Date;
  if (DATE.test(value)) {
    if (!isIsoDate(value)) throw invalidQuery('QUERY.INVALID_DATE', field, `${field} is not a real date: "${value}"`);
    date = new Date(endOfBusinessDay(value));
  } else if (INSTANT.test(value)) date = new Date(value);
  else throw invalidQuery('QUERY.INVALID_DATE', field, `${field} must be a date YYYY-MM-DD or an ISO 8601 instant, got "${value}"`);
  if (Number.isNaN(date.getTime())) {
    throw invalidQuery('QUERY.INVALID_DATE', field, `${field} is not a real date: "${value}"`);
  }
  return date;
}

export function parseNonNegativeInt(value: string, field: string): number {
  if (!/^\d{1,15}$/.test(value)) throw invalidQuery('QUERY.INVALID_NUMBER', field, `${field} must be a whole number ≥ 0, got "${value}"`);
  return Number(value);
}
