/**
 * The importance–performance analysis (IPA) of the province survey, as the basic plan reads it:
 * each item's importance and performance placed against the means of all items analysed together,
 * so the quadrants split at the means. An item at a mean counts as high on that axis.
 *
 *   importance ≥ mean, performance < mean → 집중지원 (concentrate: important and not yet delivered)
 *   importance ≥ mean, performance ≥ mean → 유지강화 (keep up the good work)
 *   importance < mean, performance < mean → 점진개선 (improve gradually)
 *   importance < mean, performance ≥ mean → 현상유지 (keep as it is)
 */

export const ipaQuadrants = ['concentrate', 'keepUp', 'improveGradually', 'maintain'] as const;
export type IpaQuadrant = (typeof ipaQuadrants)[number];

export { ipaQuadrantNames } from '../state-names.js';

export interface IpaInput {
  readonly importance: number;
  readonly performance: number;
}

export interface IpaMeans {
  readonly importance: number;
  readonly performance: number;
}

/** The quadrant of one item against the means it is split at. */
export function ipaQuadrantOf(item: IpaInput, means: IpaMeans): IpaQuadrant {
  const important = item.importance >= means.importance;
  const performing = item.performance >= means.performance;
  if (important) return performing ? 'keepUp' : 'concentrate';
  return performing ? 'maintain' : 'improveGradually';
}

/** Means of the items' importance and performance; null for no items. */
export function ipaMeans(items: readonly IpaInput[]): IpaMeans | null {
  if (items.length === 0) return null;
  const sum = items.reduce(
    (total, item) => ({ importance: total.importance + item.importance, performance: total.performance + item.performance }),
    {
      importance: 0,
      performance: 0,
    },
  );
  return { importance: sum.importance / items.length, performance: sum.performance / items.length };
}

/** Every item with its quadrant, split at the means of these items. */
export function importancePerformanceAnalysis<T extends IpaInput>(
  items: readonly T[],
): { readonly means: IpaMeans | null; readonly items: readonly (T & { readonly quadrant: IpaQuadrant })[] } {
  const means = ipaMeans(items);
  if (means === null) return { means, items: [] };
  return { means, items: items.map((item) => ({ ...item, quadrant: ipaQuadrantOf(item, means) })) };
}
