/** Small readers over stored events, shared by the read models. */
import { streamEntityId } from '@gongron/domain';
import type { StoredEvent } from '@gongron/event-store';
import type { Operation } from '../projection.js';

export function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function obj(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The id part of 'agenda-item:<id>'. */
export function entityId(event: StoredEvent): string {
  return streamEntityId(event.streamId);
}

export function actorOf(event: StoredEvent): {
  id: string | null;
  role: string | null;
  name: string | null;
  district: string | null;
  body: string | null;
  party: string | null;
} {
  const actor = obj(event.metadata.actor);
  return {
    id: str(actor.id),
    role: str(actor.role),
    name: str(actor.name),
    district: str(actor.district),
    body: str(actor.body),
    party: str(actor.party),
  };
}

/** When the fact took effect: the event's effective date, else its recording instant. */
export function effectiveAt(event: StoredEvent): string {
  return str(event.metadata.effectiveAt) ?? str(event.data.effectiveAt) ?? event.recordedAt;
}

/** Goal of a task code '2-3' → 2. */
export function goalOf(taskCode: string | null): number | null {
  if (!taskCode) return null;
  const goal = Number(taskCode.split('-')[0]);
  return Number.isInteger(goal) ? goal : null;
}

export interface BudgetAmounts {
  readonly eo: number;
  readonly lg: number;
}

/** A Budget `{ 'education-office', 'local-government' }` in integer won (missing parts are 0). */
export function budgetOf(value: unknown): BudgetAmounts {
  const b = obj(value);
  return { eo: num(b['education-office']) ?? 0, lg: num(b['local-government']) ?? 0 };
}

/** One funder's part of a budget read with `budgetOf`. */
export function shareOf(amounts: BudgetAmounts, funder: string): number {
  return funder === 'education-office' ? amounts.eo : amounts.lg;
}

/**
 * A read model's answer to each event type it follows, one small handler per type. A type with
 * no handler changes nothing; only the table's own entries count (never inherited names).
 */
export type EventHandlers<C, R = Operation[]> = Readonly<Record<string, (context: C) => R>>;

export function handlerFor<C, R>(handlers: EventHandlers<C, R>, type: string): ((context: C) => R) | undefined {
  return Object.hasOwn(handlers, type) ? handlers[type] : undefined;
}
