import Database from 'better-sqlite3';
import { validateCheckpoint, type CheckpointStore } from '../checkpoint-store.js';
import { mapSqliteError } from './sqlite-errors.js';
import { configureWriter, DEFAULT_SQLITE_BUSY_WAIT_MS, retryWhileBusy, SQLITE_BUSY_TIMEOUT_MS } from './sqlite-busy.js';
import { migrateSqlite } from './sqlite-schema.js';

export class SqliteCheckpointStore implements CheckpointStore {
  readonly database: Database.Database;
  private readonly ownsDatabase: boolean;
  private readonly loadStatement: Database.Statement<[string], { position: number }>;
  private readonly saveStatement: Database.Statement<[string, number, string]>;

  private readonly busyWaitMs: number;

  constructor(options: { file?: string; database?: Database.Database; busyWaitMs?: number }) {
    if (!options.database && !options.file) throw new TypeError('SqliteCheckpointStore needs a file or an open database handle');
    this.database = options.database ?? new Database(options.file!);
    this.ownsDatabase = !options.database;
    this.busyWaitMs = options.busyWaitMs ?? DEFAULT_SQLITE_BUSY_WAIT_MS;
    if (this.ownsDatabase) configureWriter(this.database, this.busyWaitMs);
    migrateSqlite(this.database);
    if (this.ownsDatabase) this.database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    this.loadStatement = this.database.prepare('select position from gongron_checkpoints where name = ?');
    this.saveStatement = this.database.prepare(
      `insert into gongron_checkpoints (name, position, updated_at) values (?, ?, ?)
       on conflict (name) do update set position = excluded.position, updated_at = excluded.updated_at`,
    );
  }

  async load(name: string): Promise<number> {
    validateCheckpoint(name);
    try {
      return this.loadStatement.get(name)?.position ?? 0;
    } catch (error) {
      throw mapSqliteError(error);
    }
  }

  async save(name: string, position: number): Promise<void> {
    validateCheckpoint(name, position);
    try {
      await retryWhileBusy(() => this.saveStatement.run(name, position, new Date().toISOString()), this.busyWaitMs);
    } catch (error) {
      throw mapSqliteError(error);
    }
  }

  async close(): Promise<void> {
    if (this.ownsDatabase && this.database.open) this.database.close();
  }
}
