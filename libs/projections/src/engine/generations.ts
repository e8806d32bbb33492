/**
 * Generations of a projection's tables (`rm_agenda_board__g3`): the first one of a projection
 * never built, the next one a rebuild claims, the atomic swap that makes readers' views point at
 * a rebuilt one, and dropping the ones nobody keeps.
 *
 * A generation is kept while the checkpoint (what readers see) or the rebuild row (what a
 * rebuild is writing) names it; every change here is a plan that first checks the meta tables
 * are still what it was built on, so two processes never both create or drop one.
 */
import { type Projection, ProjectionError, type TableDefinition, physicalTableName } from '../projection.js';
import {
  CHECKPOINTS_TABLE,
  REBUILDS_TABLE,
  type Statement,
  createGenerationTables,
  createMetaTables,
  dropGenerationTables,
  pointViews,
} from '../sql.js';
import { type MetaState, choosePlanExecutor, readMeta } from '../write-plan.js';
import type { EngineContext, ProjectionState } from './context.js';

/** A generation a rebuild writes: fresh at position 0, or one a killed run left half-built. */
export interface ClaimedGeneration {
  readonly state: ProjectionState;
  readonly generation: number;
  /** Last position committed to it. */
  readonly position: number;
  readonly resumed: boolean;
}

/** A rebuilt generation and the position it reached, ready to be swapped in. */
export interface BuiltGeneration {
  readonly state: ProjectionState;
  readonly generation: number;
  readonly position: number;
}

/** The generations of `tables` among `tableNames` that `keep` does not name. */
export function staleGenerations(
  tables: readonly TableDefinition[],
  tableNames: Iterable<string>,
  keep: ReadonlySet<number | undefined>,
): Set<number> {
  const names = [...tableNames];
  const stale = new Set<number>();
  for (const table of tables) {
    const pattern = new RegExp(`^${table.name}__g(\\d+)$`);
    for (const tableName of names) {
      const match = pattern.exec(tableName);
      if (match && !keep.has(Number(match[1]))) stale.add(Number(match[1]));
    }
  }
  return stale;
}

/** The generations the checkpoint and the rebuild row of projection `name` keep. */
function keptBy(meta: MetaState, name: string): Set<number | undefined> {
  return new Set([meta.checkpoints.get(name)?.generation, meta.rebuilds.get(name)?.generation]);
}

export class Generations {
  private prepared = false;

  constructor(private readonly ctx: EngineContext) {}

  /**
   * Creates the meta tables and, for a projection never built, generation 1 (empty, at
   * position 0) with its views; drops generations left behind by an interrupted swap.
   */
  async prepare(): Promise<void> {
    if (this.prepared) return;
    const { options } = this.ctx;
    this.ctx.executor ??= await choosePlanExecutor(
      options.database,
      options.sqliteHandle ?? (options.store as { database?: unknown }).database,
    );
    await this.ctx.plans.execute({ statements: createMetaTables(this.ctx.db) });
    await this.createFirst();
    await this.dropStale();
    this.prepared = true;
  }

  private async createFirst(): Promise<void> {
    const { db } = this.ctx;
    const meta = await readMeta(db);
    const missing = [...this.ctx.states.values()].filter((s) => !meta.checkpoints.has(s.projection.name)).map((s) => s.projection);
    if (missing.length === 0) return;
    const statements: Statement[] = [];
    for (const projection of missing) {
      statements.push(...createGenerationTables(db, projection.tables, 1), ...pointViews(db, projection.tables, 1));
      statements.push(
        db
          .insertInto(CHECKPOINTS_TABLE)
          .values({ name: projection.name, position: 0, version: projection.version, generation: 1, updated_at: this.ctx.now() })
          .compile(),
      );
    }
    // Another process may have built them meanwhile: then this plan is simply not needed.
    await this.ctx.plans.execute({ statements, verify: (m) => missing.every((p) => !m.checkpoints.has(p.name)) });
  }

  private async dropStale(): Promise<void> {
    const meta = await readMeta(this.ctx.db);
    const existing = (await this.ctx.db.introspection.getTables()).map((t) => t.name);
    for (const { projection } of this.ctx.states.values()) {
      for (const generation of staleGenerations(projection.tables, existing, keptBy(meta, projection.name))) {
        await this.ctx.plans.execute({
          statements: dropGenerationTables(this.ctx.db, projection.tables, generation),
          verify: (m) => !keptBy(m, projection.name).has(generation),
        });
      }
    }
  }

  /**
   * The generation each projection's rebuild writes: the half-built one of the same version, or
   * a new one (N+1) with its rebuild row, dropping a half-built one of an older version.
   */
  async claim(projections: readonly Projection[]): Promise<ClaimedGeneration[]> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const meta = await readMeta(this.ctx.db);
      const statements: Statement[] = [];
      const claimed = projections.map((projection) => this.claimOne(meta, projection, statements));
      const unchanged = (m: MetaState) =>
        projections.every((p) => {
          const before = meta.rebuilds.get(p.name);
          const now = m.rebuilds.get(p.name);
          return before?.generation === now?.generation && before?.position === now?.position;
        });
      if (await this.ctx.plans.execute({ statements, verify: unchanged })) return claimed;
    }
    throw new ProjectionError('PROJECTION.CONTENDED', 'Another rebuild of the same projections keeps changing their generations');
  }

  /** Claims one projection's generation, adding the statements that create it to `statements`. */
  private claimOne(meta: MetaState, projection: Projection, statements: Statement[]): ClaimedGeneration {
    const { db } = this.ctx;
    const state = this.ctx.stateOf(projection.name);
    const existing = meta.rebuilds.get(projection.name);
    if (existing && existing.version === projection.version) {
      return { state, generation: existing.generation, position: existing.position, resumed: true };
    }
    if (existing) statements.push(...dropGenerationTables(db, projection.tables, existing.generation));
    const generation = Math.max(meta.checkpoints.get(projection.name)?.generation ?? 0, existing?.generation ?? 0) + 1;
    const now = this.ctx.now();
    statements.push(
      ...createGenerationTables(db, projection.tables, generation),
      db.deleteFrom(REBUILDS_TABLE).where('name', '=', projection.name).compile(),
      db
        .insertInto(REBUILDS_TABLE)
        .values({ name: projection.name, generation, position: 0, version: projection.version, started_at: now, updated_at: now })
        .compile(),
    );
    return { state, generation, position: 0, resumed: false };
  }

  /**
   * One transaction repoints the views at the built generations and moves their checkpoints
   * there, if each rebuild row is still the one written and each generation has reached the
   * live checkpoint (so readers never go back in time). False when not: nothing changed.
   */
  async swap(built: readonly BuiltGeneration[]): Promise<boolean> {
    const { db } = this.ctx;
    const statements: Statement[] = [];
    for (const { state, generation, position } of built) {
      const { projection } = state;
      statements.push(
        ...pointViews(db, projection.tables, generation),
        db.deleteFrom(CHECKPOINTS_TABLE).where('name', '=', projection.name).compile(),
        db
          .insertInto(CHECKPOINTS_TABLE)
          .values({ name: projection.name, position, version: projection.version, generation, updated_at: this.ctx.now() })
          .compile(),
        db.deleteFrom(REBUILDS_TABLE).where('name', '=', projection.name).compile(),
      );
    }
    return this.ctx.plans.execute({
      statements,
      verify: (m) =>
        built.every(({ state, generation, position }) => {
          const name = state.projection.name;
          const row = m.rebuilds.get(name);
          const live = m.checkpoints.get(name);
          return row?.generation === generation && row.position === position && (!live || live.position <= position);
        }),
    });
  }

  /** Drops a generation the swap replaced, unless something names it again. */
  async dropReplaced(projection: Projection, generation: number): Promise<void> {
    await this.ctx.plans.execute({
      statements: dropGenerationTables(this.ctx.db, projection.tables, generation),
      verify: (m) => !keptBy(m, projection.name).has(generation),
    });
  }

  /** Table names of the generation readers currently see (for tests and diagnostics). */
  async currentTables(name: string): Promise<string[]> {
    const projection = this.ctx.resolve([name])[0]!;
    const checkpoint = (await readMeta(this.ctx.db)).checkpoints.get(name);
    if (!checkpoint) return [];
    return projection.tables.map((t) => physicalTableName(t.name, checkpoint.generation));
  }
}
