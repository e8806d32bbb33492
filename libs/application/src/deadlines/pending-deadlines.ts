/**
 * The deadlines the scheduler waits on, indexed the ways it asks: by id (fired, settled), by
 * stream (a decision settles every deadline of a kind on its item) and by the earliest instant
 * one falls due (most checks find nothing due). A province's log holds hundreds of thousands of
 * deadlines over the years, and the scheduler folds the whole log at every start, so each
 * event's changes cost what they touch, not a walk over every deadline still pending.
 */
import type { DeadlineKind } from '@gongron/domain';

export interface PendingEntry {
  readonly deadlineId: string;
  readonly streamId: string;
  readonly kind: DeadlineKind;
  /** The instant it falls due, as an ISO string. */
  readonly dueAt: string;
}

export class PendingDeadlines<T extends PendingEntry> {
  private readonly byId = new Map<string, { readonly deadline: T; readonly dueMs: number }>();
  private readonly byStream = new Map<string, Set<string>>();
  /** The earliest due instant among the pending ones; undefined when it must be found again. */
  private earliestMs: number | undefined = Number.POSITIVE_INFINITY;

  get size(): number {
    return this.byId.size;
  }

  has(deadlineId: string): boolean {
    return this.byId.has(deadlineId);
  }

  /** Adds a deadline, or replaces the one with its id. */
  set(deadline: T): void {
    this.delete(deadline.deadlineId);
    const dueMs = Date.parse(deadline.dueAt);
    this.byId.set(deadline.deadlineId, { deadline, dueMs });
    let ids = this.byStream.get(deadline.streamId);
    if (!ids) this.byStream.set(deadline.streamId, (ids = new Set()));
    ids.add(deadline.deadlineId);
    if (this.earliestMs !== undefined && dueMs < this.earliestMs) this.earliestMs = dueMs;
  }

  delete(deadlineId: string): boolean {
    const entry = this.byId.get(deadlineId);
    if (!entry) return false;
    this.byId.delete(deadlineId);
    const ids = this.byStream.get(entry.deadline.streamId);
    ids?.delete(deadlineId);
    if (ids?.size === 0) this.byStream.delete(entry.deadline.streamId);
    if (entry.dueMs === this.earliestMs) this.earliestMs = undefined;
    return true;
  }

  /** Removes every pending deadline of `kind` on `streamId`. */
  settleKind(streamId: string, kind: DeadlineKind): void {
    const ids = this.byStream.get(streamId);
    if (!ids) return;
    for (const id of [...ids]) if (this.byId.get(id)?.deadline.kind === kind) this.delete(id);
  }

  /** Every pending deadline, soonest first (ties by id). */
  all(): T[] {
    return this.sorted([...this.byId.values()]);
  }

  /** The pending deadlines due at `nowMs` or before, soonest first (ties by id). */
  due(nowMs: number): T[] {
    if (this.earliest() > nowMs) return [];
    return this.sorted([...this.byId.values()].filter((entry) => entry.dueMs <= nowMs));
  }

  private earliest(): number {
    if (this.earliestMs === undefined) {
      let earliest = Number.POSITIVE_INFINITY;
      for (const { dueMs } of this.byId.values()) if (dueMs < earliest) earliest = dueMs;
      this.earliestMs = earliest;
    }
    return this.earliestMs;
  }

  private sorted(entries: { readonly deadline: T; readonly dueMs: number }[]): T[] {
    return entries
      .sort((a, b) => a.dueMs - b.dueMs || a.deadline.deadlineId.localeCompare(b.deadline.deadlineId))
      .map((entry) => entry.deadline);
  }
}
