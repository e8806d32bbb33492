/** What callers of the projection engine pass in and read back. */
import type { EventStore } from '@gongron/event-store';
import type { Projection } from '../projection.js';
import type { ReadModelDatabase } from '../sql.js';

export interface ProjectionEngineOptions {
  readonly database: ReadModelDatabase;
  readonly store: EventStore;
  readonly projections: readonly Projection[];
  /** Events per read and per transaction of the live runner (default 5,000). */
  readonly batchSize?: number;
  /**
   * Events per transaction of a rebuild (default 20,000): bigger batches let the many changes
   * of one row in a batch become one write.
   */
  readonly rebuildBatchSize?: number;
  /**
   * Events per read of a rebuild (default 2,000, at most the batch size): a rebuild reads in
   * small pages and commits every `rebuildBatchSize` events, so events are dropped young.
   */
  readonly rebuildPageSize?: number;
  /**
   * Rows the live runner keeps in memory per projection between batches (default 20,000): the
   * rows recent events touched. More only costs memory; a miss reads the row from its table.
   */
  readonly maxCachedRows?: number;
  /**
   * Rows a rebuild keeps in memory per projection (default 250,000): while it fits, every row
   * of the fresh generation is known without a query.
   */
  readonly rebuildCachedRows?: number;
  /** How often the live runner looks for new events when no wake-up came (default 500 ms). */
  readonly pollIntervalMs?: number;
  /**
   * While events keep coming, how long the live runner lets them gather after applying some
   * (default 25 ms): one transaction then applies many instead of one each, and the process
   * serves other work (HTTP requests) in between. An event after a quiet spell is applied at once.
   */
  readonly liveBatchDelayMs?: number;
  /** Errors of the live runner (it retries after a second). */
  readonly onError?: (error: unknown) => void;
  readonly clock?: () => Date;
  /**
   * A better-sqlite3 handle to write through (default: the event store's own handle when it
   * opens the same file as the read models).
   */
  readonly sqliteHandle?: unknown;
}

export interface ProjectionStatus {
  readonly name: string;
  readonly description: string;
  /** The version of the code. */
  readonly version: number;
  /** The version the current tables were built with (undefined before the first build). */
  readonly builtVersion?: number;
  readonly generation?: number;
  /** Last global position applied (0 before any). */
  readonly position: number;
  readonly headPosition: number;
  /** Events in the log this projection has not applied yet. */
  readonly lag: number;
  /** Events applied by this process since it started. */
  readonly eventsApplied: number;
  readonly updatedAt?: string;
  readonly state: 'current' | 'outdated' | 'not-built';
  readonly rebuild?: { readonly generation: number; readonly position: number; readonly version: number; readonly startedAt: string };
  readonly tables: readonly string[];
}

/** A reader of the log (a projection, a process manager) that this process runs and that has stopped following it. */
export interface StalledReader {
  readonly name: string;
  /** Events in the log it has not taken in yet. */
  readonly lag: number;
  /** How long it has not moved while behind, ms. */
  readonly stalledForMs: number;
  /** Attempts that failed in a row. */
  readonly consecutiveFailures: number;
  readonly lastError?: string;
}

/** When a reader behind the log counts as stalled. */
export interface StallLimits {
  /** Not moving for this long while behind, ms. */
  readonly afterMs: number;
  /** Or this many attempts failed in a row while behind. */
  readonly afterFailures: number;
}

export const DEFAULT_STALL_LIMITS: StallLimits = { afterMs: 30_000, afterFailures: 3 };

export interface RebuildProgress {
  readonly projections: readonly string[];
  /** Events of the log replayed so far in this run (from where the run started). */
  readonly processed: number;
  /** Events to replay in this run, as far as the log's head is known. */
  readonly total: number;
  readonly position: number;
  readonly headPosition: number;
  /** True for the run that resumed a half-built generation. */
  readonly resumed: boolean;
}

export interface RebuildResult {
  readonly projections: readonly {
    readonly name: string;
    readonly generation: number;
    readonly position: number;
    readonly resumed: boolean;
  }[];
  readonly events: number;
  readonly durationMs: number;
  readonly eventsPerSecond: number;
}

export interface RebuildOptions {
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Stop between batches (the generation stays, a later run resumes it). */
  readonly signal?: AbortSignal;
  /** Test hook: called after each committed batch. */
  readonly afterBatch?: (position: number) => Promise<void> | void;
}
