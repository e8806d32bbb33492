import pg from 'pg';
import { validateCheckpoint, type CheckpointStore } from '../checkpoint-store.js';
import { mapPostgresError } from './postgres-errors.js';
import { createPostgresPool } from './postgres-pool.js';
import { migratePostgres } from './postgres-schema.js';

export class PostgresCheckpointStore implements CheckpointStore {
  private constructor(
    readonly pool: pg.Pool,
    private readonly ownsPool: boolean,
  ) {}

  static async create(options: { connectionString?: string; pool?: pg.Pool }): Promise<PostgresCheckpointStore> {
    if (!options.pool && !options.connectionString) throw new TypeError('PostgresCheckpointStore needs a connectionString or a pool');
    const pool = options.pool ?? createPostgresPool({ connectionString: options.connectionString!, max: 2 });
    try {
      await migratePostgres(pool);
    } catch (error) {
      if (!options.pool) await pool.end().catch(() => undefined);
      throw mapPostgresError(error);
    }
    return new PostgresCheckpointStore(pool, !options.pool);
  }

  async load(name: string): Promise<number> {
    validateCheckpoint(name);
    try {
      const { rows } = await this.pool.query<{ position: string }>('select position from gongron_checkpoints where name = $1', [name]);
      return rows[0] ? Number(rows[0].position) : 0;
    } catch (error) {
      throw mapPostgresError(error);
    }
  }

  async save(name: string, position: number): Promise<void> {
    validateCheckpoint(name, position);
    try {
      await this.pool.query(
        `insert into gongron_checkpoints (name, position, updated_at) values ($1, $2, now())
         on conflict (name) do update set position = excluded.position, updated_at = excluded.updated_at`,
        [name, position],
      );
    } catch (error) {
      throw mapPostgresError(error);
    }
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }
}
