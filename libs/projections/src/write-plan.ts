/**
 * How the engine writes: a batch is prepared in memory first (rows, checkpoint), then written
 * as one short transaction that first checks the checkpoints are still what the batch was built
 * on — so two processes never both apply a batch, and a stale one is simply redone.
 *
 * On SQLite the transaction runs synchronously on the event store's own better-sqlite3 handle
 * when it opens the same file: the log's appends are synchronous on that handle too, so the two
 * can never wait on each other inside one thread (two connections in one thread, one holding a
 * write lock across an await while the other blocks the thread in its busy handler, would).
 */
import { resolve } from 'node:path';
import { type Kysely, sql } from 'kysely';
import {
  CHECKPOINTS_TABLE,
  type CheckpointRow,
  type Executor,
  REBUILDS_TABLE,
  type ReadModelDatabase,
  type RebuildRow,
  type Statement,
  lockProjections,
} from './sql.js';

export interface MetaState {
  readonly checkpoints: ReadonlyMap<string, CheckpointRow>;
  readonly rebuilds: ReadonlyMap<string, RebuildRow>;
}

export interface WritePlan {
  readonly statements: readonly Statement[];
  /** Checked inside the transaction before any statement; false rolls back and reports it. */
  readonly verify?: (meta: MetaState) => boolean;
}

export interface PlanExecutor {
  readonly kind: 'sqlite-handle' | 'kysely';
  /** True when written, false when `verify` refused it (nothing written). */
  execute(plan: WritePlan): Promise<boolean>;
}

/** The part of a better-sqlite3 handle the engine uses. */
export interface SqliteHandle {
  readonly name: string;
  prepare(source: string): { readonly reader: boolean; run(...params: unknown[]): unknown; all(...params: unknown[]): unknown[] };
  transaction<F extends (...args: never[]) => unknown>(fn: F): { immediate(...args: Parameters<F>): ReturnType<F> };
}

function toMeta(checkpoints: CheckpointRow[], rebuilds: RebuildRow[]): MetaState {
  return {
    checkpoints: new Map(
      checkpoints.map((r) => [
        r.name,
        { ...r, position: Number(r.position), generation: Number(r.generation), version: Number(r.version) },
      ]),
    ),
    rebuilds: new Map(
      rebuilds.map((r) => [r.name, { ...r, position: Number(r.position), generation: Number(r.generation), version: Number(r.version) }]),
    ),
  };
}

export async function readMeta(db: Executor): Promise<MetaState> {
  const checkpoints = (await db.selectFrom(CHECKPOINTS_TABLE).selectAll().execute()) as CheckpointRow[];
  const rebuilds = (await db.selectFrom(REBUILDS_TABLE).selectAll().execute()) as RebuildRow[];
  return toMeta(checkpoints, rebuilds);
}

class Rollback extends Error {}

export class KyselyPlanExecutor implements PlanExecutor {
  readonly kind = 'kysely' as const;

  constructor(private readonly database: ReadModelDatabase) {}

  async execute(plan: WritePlan): Promise<boolean> {
    try {
      await this.database.db.transaction().execute(async (trx) => {
        await lockProjections(this.database.kind, trx);
        // A write first takes SQLite's write lock before the reads below (no stale snapshot).
        if (this.database.kind === 'sqlite') await sql`update gongron_projection_checkpoints set name = name where 1 = 0`.execute(trx);
        if (plan.verify && !plan.verify(await readMeta(trx))) throw new Rollback();
        for (const statement of plan.statements) await trx.executeQuery(statement);
      });
      return true;
    } catch (error) {
      if (error instanceof Rollback) return false;
      throw error;
    }
  }
}

export class SqliteHandlePlanExecutor implements PlanExecutor {
  readonly kind = 'sqlite-handle' as const;
  private readonly run: (plan: WritePlan) => boolean;

  constructor(handle: SqliteHandle) {
    const statements = new Map<string, ReturnType<SqliteHandle['prepare']>>();
    const prepared = (source: string) => {
      let statement = statements.get(source);
      if (!statement) {
        statement = handle.prepare(source);
        // DDL and one-off statements are not worth keeping; row writes repeat.
        if (statements.size < 200 && !/^\s*(create|drop|alter)/i.test(source)) statements.set(source, statement);
      }
      return statement;
    };
    const transaction = handle.transaction((plan: WritePlan): boolean => {
      if (plan.verify) {
        const checkpoints = prepared(`select * from ${CHECKPOINTS_TABLE}`).all() as CheckpointRow[];
        const rebuilds = prepared(`select * from ${REBUILDS_TABLE}`).all() as RebuildRow[];
        if (!plan.verify(toMeta(checkpoints, rebuilds))) return false;
      }
      for (const statement of plan.statements) {
        const s = prepared(statement.sql);
        if (s.reader) s.all(...statement.parameters);
        else s.run(...statement.parameters);
      }
      return true;
    });
    this.run = (plan) => transaction.immediate(plan);
  }

  async execute(plan: WritePlan): Promise<boolean> {
    return this.run(plan);
  }
}

function isSqliteHandle(value: unknown): value is SqliteHandle {
  const v = value as Partial<SqliteHandle> | undefined;
  return !!v && typeof v.prepare === 'function' && typeof v.transaction === 'function' && typeof v.name === 'string';
}

/**
 * The executor for a read-model database: the log's SQLite handle when it opens the same file
 * as the read models, Kysely transactions otherwise.
 */
export async function choosePlanExecutor(database: ReadModelDatabase, storeHandle: unknown): Promise<PlanExecutor> {
  if (database.kind === 'sqlite' && isSqliteHandle(storeHandle) && storeHandle.name !== ':memory:' && storeHandle.name !== '') {
    const files = (await sql<{ name: string; file: string }>`pragma database_list`.execute(database.db as Kysely<unknown>)).rows;
    const main = files.find((f) => f.name === 'main')?.file;
    if (main && resolve(main) === resolve(storeHandle.name)) return new SqliteHandlePlanExecutor(storeHandle);
  }
  return new KyselyPlanExecutor(database);
}
