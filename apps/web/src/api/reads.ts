/**
 * The read routes' answers. The OpenAPI document describes their parameters (typed through the
 * generated paths) but not their bodies, so their shapes are written here, once.
 */
import type { DistrictCode } from '../../../../libs/domain/src/catalogs.js';
import { api, unwrap } from './client.js';

export interface BoardRow {
  readonly item_id: string;
  readonly district: string;
  readonly body: string;
  readonly state: string;
  readonly title: string;
  readonly proposer_category: string;
  readonly task_code: string | null;
  readonly proposed_on: string;
  readonly project_id: string | null;
  readonly opinions: number;
  readonly deferrals: number;
  readonly last_event_type: string;
  readonly last_changed_at: string;
  readonly revision: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface BoardFilters {
  district?: string;
  body?: string;
  state?: string;
  taskCode?: string;
  q?: string;
}

export function agendaBoard(filters: BoardFilters, limit: number, offset: number): Promise<Page<BoardRow>> {
  const query: Record<string, string | number> = { limit, offset };
  // The page keeps the search words as ?q=; the API's parameter is `text` (every word a substring of the title).
  for (const [key, value] of Object.entries(filters)) if (value) query[key === 'q' ? 'text' : key] = value;
  return unwrap(api.GET('/agenda-board', { params: { query } })) as unknown as Promise<Page<BoardRow>>;
}

export interface LedgerRow {
  readonly project_id: string;
  readonly funder: 'education-office' | 'local-government';
  readonly district: string;
  readonly year: number;
  readonly goal: number;
  readonly task_code: string;
  readonly title: string;
  readonly project_state: string;
  readonly agreement_id: string | null;
  readonly source_item_id: string | null;
  readonly planned: number;
  readonly allocated: number;
  readonly spent: number;
  readonly remaining: number;
  readonly expenditures: number;
}

export function budgetLedger(query: { district?: DistrictCode; projectId?: string }, limit = 500, offset = 0): Promise<Page<LedgerRow>> {
  return unwrap(api.GET('/budget-ledger', { params: { query: { ...query, limit, offset } } })) as unknown as Promise<Page<LedgerRow>>;
}

export interface TimelineEntry {
  readonly revision: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly effectiveAt: string | null;
  readonly actor: { role: string; name: string | null; district: string | null; body: string | null; party: string | null };
  readonly data: Record<string, unknown>;
}
