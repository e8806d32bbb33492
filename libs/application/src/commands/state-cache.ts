/**
 * Recent stream states, so a hot item is not refolded from its first event on every command.
 * An entry is the state after a known revision; the command path folds only the newer events.
 * States are immutable values (the deciders return new objects), so sharing them is safe.
 */
import type { DomainState } from '@gongron/domain';

export interface CachedState {
  readonly revision: number;
  readonly state: DomainState;
  /** The workflow version the stream started under. */
  readonly workflowVersion: number;
}

export interface StateCacheStats {
  readonly size: number;
  readonly hits: number;
  readonly misses: number;
}

export class StateCache {
  private readonly entries = new Map<string, CachedState>();
  private hits = 0;
  private misses = 0;

  constructor(readonly maxEntries = 2000) {}

  get(streamId: string): CachedState | undefined {
    const entry = this.entries.get(streamId);
    if (!entry) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    // Re-insert: Map order is insertion order, so the oldest key is the least recently used.
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return entry;
  }

  /** Keeps the newest revision when two commands race on one stream. */
  set(streamId: string, entry: CachedState): void {
    const existing = this.entries.get(streamId);
    if (existing && existing.revision > entry.revision) return;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  delete(streamId: string): void {
    this.entries.delete(streamId);
  }

  clear(): void {
    this.entries.clear();
  }

  stats(): StateCacheStats {
    return { size: this.entries.size, hits: this.hits, misses: this.misses };
  }
}
