/**
 * Money is integer won, split between the two funders. Floats, negatives, NaN and amounts past
 * Number.MAX_SAFE_INTEGER are refused, so sums of stored amounts stay exact.
 */
import { invalid } from './errors.js';
import { type Funder, funders } from './catalogs.js';

export type Budget = { readonly 'education-office': number; readonly 'local-government': number };

export const zeroBudget: Budget = Object.freeze({ 'education-office': 0, 'local-government': 0 });

/** Validates an amount of won: a non-negative safe integer. */
export function won(n: unknown, field = 'amount'): number {
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw invalid('MONEY.INVALID', field, `${field} must be a number of won`, { value: describe(n) });
  }
  if (!Number.isInteger(n)) {
    throw invalid('MONEY.INVALID', field, `${field} must be whole won (no fractions)`, { value: n });
  }
  if (n < 0) {
    throw invalid('MONEY.INVALID', field, `${field} must not be negative`, { value: n });
  }
  if (n > Number.MAX_SAFE_INTEGER) {
    throw invalid('MONEY.INVALID', field, `${field} is beyond the largest exact amount`, { value: n });
  }
  return n;
}

/** Validates a budget object: both funders present as won, nothing else. */
export function budget(value: unknown, field = 'budget'): Budget {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid('MONEY.INVALID', field, `${field} must be an object with an amount per funder`);
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(funders as readonly string[]).includes(key)) {
      throw invalid('MONEY.UNKNOWN_FUNDER', `${field}.${key}`, `${key} is not a funder (education-office, local-government)`);
    }
  }
  const result: Budget = {
    'education-office': won(record['education-office'], `${field}.education-office`),
    'local-government': won(record['local-government'], `${field}.local-government`),
  };
  budgetTotal(result, field);
  return result;
}

/** Total over both funders; refused when the sum would no longer be exact. */
export function budgetTotal(b: Budget, field = 'budget'): number {
  const total = b['education-office'] + b['local-government'];
  if (total > Number.MAX_SAFE_INTEGER) {
    throw invalid('MONEY.INVALID', field, `${field} total is beyond the largest exact amount`);
  }
  return total;
}

export function addBudgets(a: Budget, b: Budget, field = 'budget'): Budget {
  return {
    'education-office': won(a['education-office'] + b['education-office'], `${field}.education-office`),
    'local-government': won(a['local-government'] + b['local-government'], `${field}.local-government`),
  };
}

/** a − b per funder, never below zero (used for unspent remainders). */
export function remainingBudget(allocation: Budget, spent: Budget): Budget {
  return {
    'education-office': Math.max(0, allocation['education-office'] - spent['education-office']),
    'local-government': Math.max(0, allocation['local-government'] - spent['local-government']),
  };
}

export function withAmount(b: Budget, funder: Funder, amount: number): Budget {
  return { ...b, [funder]: b[funder] + amount };
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'bigint') return `${value.toString()}n`;
  return typeof value;
}
