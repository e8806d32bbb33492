/**
 * Which operating year a date prepares. This file has no imports so that the web application can
 * bundle it as is (the navigation links the plan of the year in preparation).
 */

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
