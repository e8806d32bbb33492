/** Running a projection over events into its row cache, and the statements that write what changed. */
import type { StoredEvent } from '@gongron/event-store';
import type { Operation, Projection, Row } from '../projection.js';
import type { RowCache, RowLoader } from '../row-cache.js';
import { type Statement, changeStatements, loadRow } from '../sql.js';
import type { EngineContext } from './context.js';

/** Runs a projection over the events after `after` into its row cache; returns how many it applied. */
export async function projectInto(
  ctx: EngineContext,
  projection: Projection,
  handles: ReadonlySet<string>,
  cache: RowCache,
  events: readonly StoredEvent[],
  after: number,
  generation: number,
): Promise<number> {
  const loader: RowLoader = (table, key) => loadRow(ctx.db, table, generation, key);
  const lookup = { get: (table: string, key: Row) => cache.get(table, key, loader) };
  let applied = 0;
  for (const event of events) {
    if (event.position <= after || !handles.has(event.type)) continue;
    // Synchronous projections and cached rows never wait on a promise: most of a rebuild.
    let operations = projection.project(event, lookup);
    if (operations instanceof Promise) operations = await operations;
    for (const operation of operations as readonly Operation[]) {
      const pending = cache.apply(operation, loader);
      if (pending) await pending;
    }
    applied++;
  }
  return applied;
}

/** The statements that write the rows changed in the cache since the last call. */
export function changesOf(ctx: EngineContext, cache: RowCache, generation: number): Statement[] {
  return changeStatements(ctx.db, generation, cache.takeChanges(), ctx.options.database.kind);
}
