/**
 * The SQL side of the engine: one Kysely definition of every table for both dialects,
 * the meta tables (checkpoints and rebuilds in progress), and the multi-row flush.
 */
import { CompiledQuery, type Kysely, type Transaction, sql } from 'kysely';
import { type ColumnDefinition, type Row, type TableDefinition, physicalTableName } from './projection.js';
import type { TableChanges } from './row-cache.js';

export type SqlKind = 'sqlite' | 'postgres';

/** The SQL database the read models live in (structurally the application's SqlDatabase). */
export interface ReadModelDatabase {
  readonly kind: SqlKind;
  // Read-model tables are declared at run time from projection definitions.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly db: Kysely<any>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Executor = Kysely<any> | Transaction<any>;

export const CHECKPOINTS_TABLE = 'gongron_projection_checkpoints';
export const REBUILDS_TABLE = 'gongron_projection_rebuilds';

export interface CheckpointRow {
  readonly name: string;
  readonly position: number;
  readonly version: number;
  readonly generation: number;
  readonly updated_at: string;
}

export interface RebuildRow {
  readonly name: string;
  readonly generation: number;
  readonly position: number;
  readonly version: number;
  readonly started_at: string;
  readonly updated_at: string;
}

export type Statement = CompiledQuery;

export function createMetaTables(db: Executor): Statement[] {
  return [
    db.schema
      .createTable(CHECKPOINTS_TABLE)
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('position', 'bigint', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('generation', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .compile(),
    db.schema
      .createTable(REBUILDS_TABLE)
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('generation', 'integer', (c) => c.notNull())
      .addColumn('position', 'bigint', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .compile(),
  ];
}

/** Serialises the projections of several processes (api, worker, cli) on PostgreSQL. */
export async function lockProjections(kind: SqlKind, trx: Executor): Promise<void> {
  if (kind === 'postgres') await sql`select pg_advisory_xact_lock(7340011)`.execute(trx);
}

export function createGenerationTables(db: Executor, tables: readonly TableDefinition[], generation: number): Statement[] {
  const statements: Statement[] = [];
  for (const table of tables) {
    const name = physicalTableName(table.name, generation);
    statements.push(db.schema.dropTable(name).ifExists().compile());
    let builder = db.schema.createTable(name);
    for (const column of table.columns) {
      const inKey = table.primaryKey.includes(column.name);
      const type = column.type === 'integer' ? 'bigint' : 'text';
      builder = builder.addColumn(column.name, type, (c) => (inKey || column.nullable === false ? c.notNull() : c));
    }
    builder = builder.addPrimaryKeyConstraint(`${name}_pk`, table.primaryKey as never[]);
    statements.push(builder.compile());
    for (const [i, columns] of (table.indexes ?? []).entries()) {
      statements.push(
        db.schema
          .createIndex(`${name}_i${i}`)
          .on(name)
          .columns(columns as string[])
          .compile(),
      );
    }
  }
  return statements;
}

export function dropGenerationTables(db: Executor, tables: readonly TableDefinition[], generation: number): Statement[] {
  return tables.map((table) => db.schema.dropTable(physicalTableName(table.name, generation)).ifExists().compile());
}

/** Points each reader-facing view at a generation's tables. */
export function pointViews(db: Executor, tables: readonly TableDefinition[], generation: number): Statement[] {
  return tables.flatMap((table) => [
    db.schema.dropView(table.name).ifExists().compile(),
    db.schema
      .createView(table.name)
      .as(db.selectFrom(physicalTableName(table.name, generation)).selectAll())
      .compile(),
  ]);
}

export function encodeValue(column: ColumnDefinition, value: unknown): unknown {
  // A required column a projection left unset (a row touched before it was created, which a
  // well-formed log never does) gets an empty value instead of failing the whole batch.
  if (value === undefined || value === null) return column.nullable === false ? (column.type === 'integer' ? 0 : '') : null;
  if (column.type === 'json') return typeof value === 'string' ? value : JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

export function encodeRow(table: TableDefinition, row: Row): Row {
  const out: Row = {};
  for (const column of table.columns) out[column.name] = encodeValue(column, row[column.name]);
  return out;
}

export function decodeRow(table: TableDefinition, row: Row): Row {
  const out: Row = {};
  for (const column of table.columns) {
    const value = row[column.name];
    if (column.type === 'json' && typeof value === 'string') out[column.name] = JSON.parse(value);
    else if (column.type === 'integer' && typeof value === 'string') out[column.name] = Number(value);
    else out[column.name] = value ?? null;
  }
  return out;
}

export async function loadRow(db: Executor, table: TableDefinition, generation: number, key: Row): Promise<Row | undefined> {
  let query = db.selectFrom(physicalTableName(table.name, generation)).selectAll();
  for (const column of table.primaryKey) query = query.where(column, '=', key[column] as string | number);
  const row = (await query.executeTakeFirst()) as Row | undefined;
  return row ? decodeRow(table, row) : undefined;
}

/** Bound parameters per statement, under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;
/** Rows per multi-row upsert. */
const ROWS_PER_STATEMENT = 256;

/**
 * Splits `total` rows into full statements of `size` rows and a rest in powers of two, so a
 * table is written by a handful of statement texts that stay prepared, whatever the batch.
 */
function chunks(total: number, size: number): [start: number, count: number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (; start + size <= total; start += size) out.push([start, size]);
  for (let power = 1 << Math.floor(Math.log2(size)); power >= 1 && start < total; power >>= 1) {
    if (total - start >= power) {
      out.push([start, power]);
      start += power;
    }
  }
  return out;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
const upsertSql = new Map<string, string>();

/**
 * `insert … values (…),(…) on conflict (key) do update set …` for `rows` rows, the same text in
 * both dialects but for the placeholders; built by hand and kept, because a batch writes
 * thousands of rows and a query builder would build a node per value.
 */
function upsertStatement(kind: SqlKind, table: TableDefinition, name: string, rows: number): string {
  const cacheKey = `${kind}\u0000${name}\u0000${rows}`;
  let text = upsertSql.get(cacheKey);
  if (text) return text;
  const columns = table.columns.map((c) => c.name);
  const valueColumns = columns.filter((c) => !table.primaryKey.includes(c));
  let n = 0;
  const tuple = () => `(${columns.map(() => (kind === 'postgres' ? `$${++n}` : '?')).join(',')})`;
  const tuples: string[] = [];
  for (let i = 0; i < rows; i++) tuples.push(tuple());
  const conflict =
    valueColumns.length === 0 ? 'do nothing' : `do update set ${valueColumns.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}`;
  text = `insert into ${quote(name)} (${columns.map(quote).join(', ')}) values ${tuples.join(',')} on conflict (${table.primaryKey.map(quote).join(', ')}) ${conflict}`;
  if (upsertSql.size > 500) upsertSql.clear();
  upsertSql.set(cacheKey, text);
  return text;
}

/** The statements that write a batch's changed rows (multi-row upserts, then deletes). */
export function changeStatements(db: Executor, generation: number, changes: readonly TableChanges[], kind: SqlKind): Statement[] {
  const statements: Statement[] = [];
  for (const { table, upserts, deletes } of changes) {
    const name = physicalTableName(table.name, generation);
    for (const [start, count] of chunks(
      upserts.length,
      Math.max(1, Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / table.columns.length))),
    )) {
      const parameters: unknown[] = [];
      for (let i = start; i < start + count; i++) {
        const row = upserts[i]!;
        for (const column of table.columns) parameters.push(encodeValue(column, row[column.name]));
      }
      statements.push(CompiledQuery.raw(upsertStatement(kind, table, name, count), parameters));
    }
    for (const key of deletes) {
      let query = db.deleteFrom(name);
      for (const column of table.primaryKey) query = query.where(column, '=', key[column] as string | number);
      statements.push(query.compile());
    }
  }
  return statements;
}

/** Every row of a table (current view or a given generation), ordered by its key. */
export async function dumpTable(db: Executor, table: TableDefinition, generation?: number): Promise<Row[]> {
  const name = generation === undefined ? table.name : physicalTableName(table.name, generation);
  // Sorted here rather than in SQL: PostgreSQL's collation and SQLite's byte order differ.
  const rows = (await db.selectFrom(name).selectAll().execute()) as Row[];
  return sortRows(table, rows);
}

/** Rows as the database would return them, ordered by key (compares in-memory and SQL results). */
export function sortRows(table: TableDefinition, rows: readonly Row[]): Row[] {
  const normal = rows.map((row) => decodeRow(table, encodeRow(table, row)));
  return normal.sort((a, b) => {
    for (const column of table.primaryKey) {
      const x = a[column] as string | number;
      const y = b[column] as string | number;
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });
}
