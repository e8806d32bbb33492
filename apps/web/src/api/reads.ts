/**
 * The read routes the pages use, with their answers typed by the generated OpenAPI schemas
 * (schema.d.ts): a changed answer of the API breaks the web build.
 */
import type { DistrictCode } from '../../../../libs/domain/src/catalogs.js';
import { api, unwrap, type Schemas } from './client.js';
import type { operations } from './schema.js';

export type BoardPage = Schemas['AgendaBoardPage'];
export type BoardRow = BoardPage['items'][number];
export type LedgerRow = Schemas['BudgetLedgerPage']['items'][number];
export type TimelineEntry = Schemas['TimelineEntryDto'];

export interface BoardFilters {
  district?: string;
  body?: string;
  state?: string;
  taskCode?: string;
  q?: string;
}

type BoardQuery = NonNullable<operations['ReadModelsController_agendaBoard']['parameters']['query']>;

export function agendaBoard(filters: BoardFilters, limit: number, offset: number): Promise<BoardPage> {
  const query: Record<string, string | number> = { limit, offset };
  // The page keeps the search words as ?q=; the API's parameter is `text` (every word a substring of the title).
  for (const [key, value] of Object.entries(filters)) if (value) query[key === 'q' ? 'text' : key] = value;
  return unwrap(api.GET('/agenda-board', { params: { query: query as BoardQuery } }));
}

export function budgetLedger(
  query: { district?: DistrictCode; projectId?: string },
  limit = 500,
  offset = 0,
): Promise<Schemas['BudgetLedgerPage']> {
  return unwrap(api.GET('/budget-ledger', { params: { query: { ...query, limit, offset } } }));
}
