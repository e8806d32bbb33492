/**
 * The rows a projection is working on, kept in memory between the projection's pure
 * operations and the SQL flush. Read-modify-write (increments, partial updates) happens
 * here, so a batch of thousands of events becomes a handful of multi-row upserts.
 */
import { type Operation, type Projection, type Row, type TableDefinition, ProjectionError, tableOf } from './projection.js';

/** Loads a row from the generation's table when the cache does not know it. */
export type RowLoader = (table: TableDefinition, key: Row) => Promise<Row | undefined>;

interface TableState {
  readonly table: TableDefinition;
  readonly keyOf: (key: Row) => CacheKey;
  /** Present row, or null for a row known to be absent (deleted or never created). */
  readonly rows: Map<CacheKey, Row | null>;
  readonly dirty: Set<CacheKey>;
}

export interface TableChanges {
  readonly table: TableDefinition;
  readonly upserts: Row[];
  readonly deletes: Row[];
}

/** A row's key in the cache: the value itself for one-column keys, a joined string otherwise. */
type CacheKey = string | number;

function keyString(table: TableDefinition, key: Row): string {
  let out = '';
  for (const column of table.primaryKey) {
    const value = key[column];
    if (value === undefined || value === null) throw missingKey(table, column);
    out += `${typeof value === 'number' ? 'n' : 's'}${String(value)}\u0000`;
  }
  return out;
}

function missingKey(table: TableDefinition, column: string): ProjectionError {
  return new ProjectionError('PROJECTION.MISSING_KEY', `Key column ${table.name}.${column} is missing`, { table: table.name, column });
}

/** Builds the cache key of a table's rows; one-column keys allocate nothing. */
function keyFunction(table: TableDefinition): (key: Row) => CacheKey {
  if (table.primaryKey.length === 1) {
    const column = table.primaryKey[0]!;
    return (key) => {
      const value = key[column];
      if (typeof value === 'string' || typeof value === 'number') return value;
      if (value === undefined || value === null) throw missingKey(table, column);
      return String(value);
    };
  }
  return (key) => keyString(table, key);
}

export class RowCache {
  private readonly tables = new Map<string, TableState>();
  private size = 0;

  /**
   * @param complete true when every row of the generation has passed through this cache
   *   (a generation created empty here): a miss then means "absent" without a query.
   */
  constructor(
    private readonly projection: Projection,
    private complete: boolean,
    private maxRows = 250_000,
  ) {
    for (const table of projection.tables)
      this.tables.set(table.name, { table, keyOf: keyFunction(table), rows: new Map(), dirty: new Set() });
  }

  get isComplete(): boolean {
    return this.complete;
  }

  private state(name: string): TableState {
    const state = this.tables.get(name);
    if (!state) tableOf(this.projection, name);
    return state as TableState;
  }

  /** The row as built so far; a promise only when it has to be loaded from the database. */
  get(tableName: string, key: Row, load: RowLoader): Row | undefined | Promise<Row | undefined> {
    const state = this.state(tableName);
    return this.lookup(state, state.keyOf(key), key, load);
  }

  private lookup(state: TableState, k: CacheKey, key: Row, load: RowLoader): Row | undefined | Promise<Row | undefined> {
    const cached = state.rows.get(k);
    if (cached !== undefined) return cached ?? undefined;
    if (this.complete) return undefined;
    return load(state.table, key).then((loaded) => {
      // A load racing an earlier change of the same row must not overwrite it.
      const current = state.rows.get(k);
      if (current !== undefined) return current ?? undefined;
      state.rows.set(k, loaded ?? null);
      this.size++;
      return loaded ?? undefined;
    });
  }

  /** Applies an operation; returns a promise only when a row had to be loaded first. */
  apply(operation: Operation, load: RowLoader): void | Promise<void> {
    const state = this.state(operation.table);
    const k = state.keyOf(operation.key);
    if (operation.op === 'delete') {
      if (!state.rows.has(k)) this.size++;
      state.rows.set(k, null);
      state.dirty.add(k);
      return;
    }
    const existing = this.lookup(state, k, operation.key, load);
    if (existing instanceof Promise) return existing.then((row) => this.applyTo(state, k, operation, row));
    this.applyTo(state, k, operation, existing);
  }

  private applyTo(state: TableState, k: CacheKey, operation: Exclude<Operation, { op: 'delete' }>, existing: Row | undefined): void {
    const key = operation.key;
    if (operation.op === 'update') {
      if (!existing) return;
      const values = operation.values;
      for (const column in values) if (!(column in key)) existing[column] = values[column];
      state.dirty.add(k);
      return;
    }
    let row = existing;
    if (!row) {
      row = { ...key };
      if (!state.rows.has(k)) this.size++;
      state.rows.set(k, row);
    }
    if (operation.op === 'upsert') {
      const values = operation.values;
      for (const column in values) if (!(column in key)) row[column] = values[column];
    } else {
      const by = operation.by;
      for (const column in by) {
        const current = row[column];
        row[column] = (typeof current === 'number' ? current : 0) + by[column]!;
      }
      const values = operation.values;
      if (values) for (const column in values) if (!(column in key)) row[column] = values[column];
    }
    // Key columns are never overwritten by values, so a row never moves to another key.
    state.dirty.add(k);
  }

  /** The rows changed since the last call, as full rows to upsert and keys to delete. */
  takeChanges(): TableChanges[] {
    const changes: TableChanges[] = [];
    for (const state of this.tables.values()) {
      if (state.dirty.size === 0) continue;
      const upserts: Row[] = [];
      const deletes: Row[] = [];
      for (const k of state.dirty) {
        const row = state.rows.get(k);
        if (row) upserts.push(row);
        else deletes.push(keyFromCacheKey(state.table, k));
      }
      state.dirty.clear();
      changes.push({ table: state.table, upserts, deletes });
    }
    return changes;
  }

  /** True when the next trim() would drop the rows. */
  get needsTrim(): boolean {
    return this.size > this.maxRows;
  }

  /** After a flush: drop clean rows when the cache grew too big (they reload on demand). */
  trim(): void {
    if (this.size <= this.maxRows) return;
    for (const state of this.tables.values()) state.rows.clear();
    this.size = 0;
    this.complete = false;
  }

  /** Sets the most rows kept between flushes, and trims to it now when over. */
  limit(maxRows: number): void {
    this.maxRows = maxRows;
    this.trim();
  }

  /** Forget everything (a failed transaction, or another process wrote the tables). */
  reset(complete = false): void {
    for (const state of this.tables.values()) {
      state.rows.clear();
      state.dirty.clear();
    }
    this.size = 0;
    this.complete = complete;
  }

  /** Every present row of a table (used for in-memory replays). */
  rowsOf(tableName: string): Row[] {
    const out: Row[] = [];
    for (const row of this.state(tableName).rows.values()) if (row) out.push(row);
    return out;
  }
}

function keyFromCacheKey(table: TableDefinition, k: CacheKey): Row {
  if (table.primaryKey.length === 1) return { [table.primaryKey[0]!]: k };
  const parts = String(k).split('\u0000');
  const key: Row = {};
  table.primaryKey.forEach((column, i) => {
    const part = parts[i] ?? '';
    key[column] = part.startsWith('n') ? Number(part.slice(1)) : part.slice(1);
  });
  return key;
}
