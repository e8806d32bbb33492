/**
 * The importance–performance analysis (IPA) of each year's province survey: every common indicator
 * with its importance and performance and its quadrant (집중지원 · 유지강화 · 점진개선 · 현상유지),
 * province-wide (scope 'province') and among each district's respondents (scope = the district).
 * The quadrants split at the means of the scope's items; the split is the domain's
 * (`importancePerformanceAnalysis`), not restated here. A correction restates the survey, so the
 * year's rows are replaced: the rows of the last record are remembered per year to be removed.
 *
 * Scores are stored in hundredths (435 for 4.35): the survey's scale has two decimals, and an
 * integer column means the same in SQLite and PostgreSQL.
 */
import {
  type DistrictCode,
  type ProvinceSurveyContent,
  type SurveyIndicator,
  importancePerformanceAnalysis,
  isDistrictCode,
} from '@gongron/domain';
import type { StoredEvent } from '@gongron/event-store';
import type { Operation, Projection, ProjectionLookup } from '../projection.js';
import { num } from './event-data.js';

export const IPA_ITEMS = 'rm_ipa_items';
export const IPA_SCOPES = 'rm_ipa_scopes';

/** The scope of the province-wide analysis; every other scope is a district code. */
export const PROVINCE_SCOPE = 'province';

const hundredths = (score: number): number => Math.round(score * 100);

interface ScopeItems {
  readonly scope: string;
  readonly items: readonly (Pick<SurveyIndicator, 'indicatorId' | 'name' | 'taskCode'> & { importance: number; performance: number })[];
}

/** The items of each scope: the indicators province-wide, then each district's results under their indicator's name. */
function scopesOf(survey: ProvinceSurveyContent): ScopeItems[] {
  const byId = new Map(survey.indicators.map((indicator) => [indicator.indicatorId, indicator]));
  const districts = new Map<DistrictCode, ScopeItems['items'][number][]>();
  for (const result of survey.results) {
    const indicator = byId.get(result.indicatorId);
    if (indicator === undefined || !isDistrictCode(result.district)) continue;
    const items = districts.get(result.district) ?? [];
    items.push({
      indicatorId: indicator.indicatorId,
      name: indicator.name,
      taskCode: indicator.taskCode,
      importance: result.importance,
      performance: result.performance,
    });
    districts.set(result.district, items);
  }
  return [{ scope: PROVINCE_SCOPE, items: survey.indicators }, ...[...districts].map(([scope, items]) => ({ scope, items }))];
}

export async function projectImportancePerformance(event: StoredEvent, lookup: ProjectionLookup): Promise<Operation[]> {
  const survey = event.data as unknown as ProvinceSurveyContent & { surveyId?: unknown; year?: unknown };
  const year = num(survey.year) ?? Number(String(survey.surveyId));
  if (!Number.isInteger(year)) return [];
  const operations: Operation[] = [];
  const previous = await lookup.get(IPA_SCOPES, { year, scope: PROVINCE_SCOPE });
  const before = Array.isArray(previous?.keys) ? (previous.keys as { scope: string; indicatorId: string }[]) : [];
  const previousScopes = Array.isArray(previous?.scopes) ? (previous.scopes as string[]) : [];
  for (const key of before)
    operations.push({ op: 'delete', table: IPA_ITEMS, key: { year, scope: key.scope, indicator_id: key.indicatorId } });
  for (const scope of previousScopes) operations.push({ op: 'delete', table: IPA_SCOPES, key: { year, scope } });

  const keys: { scope: string; indicatorId: string }[] = [];
  const scopes = scopesOf(survey);
  for (const { scope, items } of scopes) {
    const analysis = importancePerformanceAnalysis(items);
    analysis.items.forEach((item, order) => {
      keys.push({ scope, indicatorId: item.indicatorId });
      operations.push({
        op: 'upsert',
        table: IPA_ITEMS,
        key: { year, scope, indicator_id: item.indicatorId },
        values: {
          name: item.name,
          task_code: item.taskCode,
          importance: hundredths(item.importance),
          performance: hundredths(item.performance),
          quadrant: item.quadrant,
          item_order: order,
          position: event.position,
        },
      });
    });
    operations.push({
      op: 'upsert',
      table: IPA_SCOPES,
      key: { year, scope },
      values: {
        means: analysis.means,
        items: analysis.items.length,
        respondents: scope === PROVINCE_SCOPE ? survey.respondents : null,
        period: scope === PROVINCE_SCOPE ? survey.period : null,
        title: survey.title,
        keys: scope === PROVINCE_SCOPE ? keys : null,
        scopes: scope === PROVINCE_SCOPE ? scopes.map((entry) => entry.scope) : null,
        position: event.position,
      },
    });
  }
  return operations;
}

export const importancePerformanceProjection: Projection = {
  name: 'importance-performance',
  version: 1,
  description:
    'Importance–performance analysis of each year’s province survey: items, scores and quadrants, province-wide and per district',
  handles: ['ProvinceSurveyRecorded', 'ProvinceSurveyCorrected'],
  tables: [
    {
      name: IPA_ITEMS,
      primaryKey: ['year', 'scope', 'indicator_id'],
      columns: [
        { name: 'year', type: 'integer' },
        { name: 'scope', type: 'text' },
        { name: 'indicator_id', type: 'text' },
        { name: 'name', type: 'text', nullable: false },
        { name: 'task_code', type: 'text' },
        { name: 'importance', type: 'integer', nullable: false },
        { name: 'performance', type: 'integer', nullable: false },
        { name: 'quadrant', type: 'text', nullable: false },
        { name: 'item_order', type: 'integer', nullable: false },
        { name: 'position', type: 'integer', nullable: false },
      ],
      indexes: [['year', 'scope', 'quadrant']],
    },
    {
      name: IPA_SCOPES,
      primaryKey: ['year', 'scope'],
      columns: [
        { name: 'year', type: 'integer' },
        { name: 'scope', type: 'text' },
        { name: 'title', type: 'text' },
        { name: 'means', type: 'json' },
        { name: 'items', type: 'integer', nullable: false },
        { name: 'respondents', type: 'json' },
        { name: 'period', type: 'json' },
        { name: 'keys', type: 'json' },
        { name: 'scopes', type: 'json' },
        { name: 'position', type: 'integer', nullable: false },
      ],
    },
  ],
  project: projectImportancePerformance,
};
