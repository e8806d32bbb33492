/**
 * What the parts of the projection engine share: the options with their defaults, each
 * projection's state in this process, the clock and the writer of plans.
 */
import type { EventStore } from '@gongron/event-store';
import { type Projection, ProjectionError } from '../projection.js';
import { RowCache } from '../row-cache.js';
import type { ReadModelDatabase } from '../sql.js';
import type { PlanExecutor } from '../write-plan.js';
import type { ProjectionEngineOptions } from './types.js';

const LIVE_CACHED_ROWS = 20_000;
const REBUILD_CACHED_ROWS = 250_000;

/** A projection as this process runs it. */
export interface ProjectionState {
  readonly projection: Projection;
  readonly handles: ReadonlySet<string>;
  cache: RowCache;
  /** What this process last saw committed; -1 when unknown. */
  generation: number;
  position: number;
  eventsApplied: number;
  /** When this projection last took in a batch or was at the log's head (ms since the epoch). */
  movedAt: number;
}

/** The options' sizes and intervals with their defaults filled in. */
export interface EngineSettings {
  readonly batchSize: number;
  readonly rebuildBatchSize: number;
  readonly rebuildPageSize: number;
  readonly maxCachedRows: number;
  readonly rebuildCachedRows: number;
  readonly pollIntervalMs: number;
  readonly liveBatchDelayMs: number;
}

export function settingsOf(options: ProjectionEngineOptions): EngineSettings {
  const rebuildBatchSize = options.rebuildBatchSize ?? options.batchSize ?? 20_000;
  return {
    batchSize: options.batchSize ?? 5_000,
    rebuildBatchSize,
    rebuildPageSize: Math.min(options.rebuildPageSize ?? 2_000, rebuildBatchSize),
    maxCachedRows: options.maxCachedRows ?? LIVE_CACHED_ROWS,
    rebuildCachedRows: options.rebuildCachedRows ?? REBUILD_CACHED_ROWS,
    pollIntervalMs: options.pollIntervalMs ?? 500,
    liveBatchDelayMs: options.liveBatchDelayMs ?? 25,
  };
}

export class EngineContext {
  readonly states = new Map<string, ProjectionState>();
  readonly settings: EngineSettings;
  /** Chosen by the first `prepare()`. */
  executor?: PlanExecutor;
  private readonly clock: () => Date;

  constructor(readonly options: ProjectionEngineOptions) {
    this.settings = settingsOf(options);
    for (const projection of options.projections) {
      if (this.states.has(projection.name)) {
        throw new ProjectionError('PROJECTION.DUPLICATE', `Two projections are named ${projection.name}`, { name: projection.name });
      }
      this.states.set(projection.name, {
        projection,
        handles: new Set(projection.handles),
        cache: new RowCache(projection, false, this.settings.maxCachedRows),
        generation: -1,
        position: -1,
        eventsApplied: 0,
        movedAt: Date.now(),
      });
    }
    this.clock = options.clock ?? (() => new Date());
  }

  get db(): ReadModelDatabase['db'] {
    return this.options.database.db;
  }

  get store(): EventStore {
    return this.options.store;
  }

  now(): string {
    return this.clock().toISOString();
  }

  get plans(): PlanExecutor {
    if (!this.executor) throw new ProjectionError('PROJECTION.NOT_PREPARED', 'Call prepare() first');
    return this.executor;
  }

  /** The state of a projection this engine runs (its name already resolved). */
  stateOf(name: string): ProjectionState {
    const state = this.states.get(name);
    if (!state) throw this.unknown(name);
    return state;
  }

  /** Names → projections; `all` means every one. Unknown names are refused by name. */
  resolve(names: readonly string[] | 'all'): Projection[] {
    if (names === 'all' || names.includes('all')) return [...this.options.projections];
    return names.map((name) => this.stateOf(name).projection);
  }

  private unknown(name: string): ProjectionError {
    const known = [...this.states.keys()];
    return new ProjectionError('PROJECTION.UNKNOWN', `Unknown projection "${name}"; known: ${known.join(', ')}, or all`, {
      name,
      known,
    });
  }
}
