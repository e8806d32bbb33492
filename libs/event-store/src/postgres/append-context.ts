import type pg from 'pg';
import type { CompiledRegistry } from '../registry.js';
import type { WakeSignal } from '../subscription.js';
import type { AppendRetries } from './append-retries.js';
import type { PostgresPersonalFields } from './postgres-personal-fields.js';
import type { StreamHeadCache } from './stream-head-cache.js';

/** What both append paths (the group commit and the locked fallback) share with the store. */
export interface PostgresAppendContext {
  readonly pool: pg.Pool;
  readonly registry: CompiledRegistry;
  readonly clock: () => Date;
  /** Runs inside the append transaction right before COMMIT; tests use it to delay commits. */
  readonly beforeCommit: ((client: pg.PoolClient) => Promise<void>) | undefined;
  readonly personalFields: PostgresPersonalFields;
  readonly retries: AppendRetries;
  /** Wakes the subscribers of this process once events are committed. */
  readonly signal: WakeSignal;
  readonly heads: StreamHeadCache;
}
