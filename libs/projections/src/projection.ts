/**
 * What a projection is: a pure function from stored events to row operations on its own
 * tables. The engine runs it (batches, transactions, checkpoints, generations); the
 * projection never touches a database handle, so the same code serves the live runner,
 * a rebuild and an in-memory replay for time travel.
 */
import type { StoredEvent } from '@gongron/event-store';

/** Column types that mean the same in SQLite and PostgreSQL. `json` is stored as text. */
export type ColumnType = 'text' | 'integer' | 'json';

export interface ColumnDefinition {
  readonly name: string;
  readonly type: ColumnType;
  /** Defaults to true for columns outside the primary key. */
  readonly nullable?: boolean;
}

export interface TableDefinition {
  /** The name readers use (a view over the current generation's table); prefixed `rm_`. */
  readonly name: string;
  readonly columns: readonly ColumnDefinition[];
  readonly primaryKey: readonly string[];
  readonly indexes?: readonly (readonly string[])[];
}

export type CellValue = string | number | null | boolean | JsonValue;
export type JsonValue = { readonly [key: string]: unknown } | readonly unknown[];
export type Row = Record<string, unknown>;

/**
 * Row operations. `upsert` creates the row when missing and sets the given columns;
 * `update` changes an existing row and does nothing when it is missing; `increment` adds
 * to numeric columns (creating the row with zeros when missing); `delete` removes it.
 */
export type Operation =
  | { readonly op: 'upsert'; readonly table: string; readonly key: Row; readonly values: Row }
  | { readonly op: 'update'; readonly table: string; readonly key: Row; readonly values: Row }
  | {
      readonly op: 'increment';
      readonly table: string;
      readonly key: Row;
      readonly by: Readonly<Record<string, number>>;
      readonly values?: Row;
    }
  | { readonly op: 'delete'; readonly table: string; readonly key: Row };

/**
 * Reads a row of the projection's own tables as the projection has built it so far. The row
 * comes back directly when it is in memory (most of a rebuild), as a promise when it has to be
 * read from the table.
 */
export interface ProjectionLookup {
  get(table: string, key: Row): Row | undefined | Promise<Row | undefined>;
}

export interface Projection {
  /** Stable name: checkpoint key and CLI argument. */
  readonly name: string;
  /** Bump when `project` or the tables change: the runner rebuilds the projection on start. */
  readonly version: number;
  readonly description: string;
  readonly tables: readonly TableDefinition[];
  /** Event types this projection reads; others advance its checkpoint without a call. */
  readonly handles: readonly string[];
  project(event: StoredEvent, lookup: ProjectionLookup): readonly Operation[] | Promise<readonly Operation[]>;
}

export class ProjectionError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ProjectionError';
  }
}

export function tableOf(projection: Projection, name: string): TableDefinition {
  const table = projection.tables.find((t) => t.name === name);
  if (!table) {
    throw new ProjectionError('PROJECTION.UNKNOWN_TABLE', `Projection ${projection.name} has no table ${name}`, {
      projection: projection.name,
      table: name,
    });
  }
  return table;
}

/** The physical table of a generation; readers use the unsuffixed view. */
export function physicalTableName(table: string, generation: number): string {
  return `${table}__g${generation}`;
}
