/**
 * Idempotency records: for one actor and one `Idempotency-Key`, the hash of the first request
 * and the response it got. The same key with the same request replays that response and
 * writes nothing; with another request it is refused. A key is reserved before the work starts,
 * so two simultaneous requests with one key cannot both run.
 */
import type { SqlDatabase } from '../sql-database.js';

export const IDEMPOTENCY_TABLE = 'gongron_idempotency';

export interface StoredResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type IdempotencyBegin =
  | { readonly kind: 'new' }
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'in-progress' };

interface IdempotencyRow {
  actor_id: string;
  idempotency_key: string;
  request_hash: string;
  status: number | null;
  response: string | null;
  created_at: string;
}

export class IdempotencyStore {
  private ready: Promise<void> | undefined;

  constructor(private readonly sql: SqlDatabase) {}

  ensureSchema(): Promise<void> {
    this.ready ??= this.sql.db.schema
      .createTable(IDEMPOTENCY_TABLE)
      .ifNotExists()
      .addColumn('actor_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('idempotency_key', 'varchar(255)', (c) => c.notNull())
      .addColumn('request_hash', 'varchar(64)', (c) => c.notNull())
      .addColumn('status', 'integer')
      .addColumn('response', 'text')
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('gongron_idempotency_pk', ['actor_id', 'idempotency_key'])
      .execute()
      .catch((error: unknown) => {
        this.ready = undefined;
        throw error;
      });
    return this.ready;
  }

  async begin(actorId: string, key: string, requestHash: string): Promise<IdempotencyBegin> {
    await this.ensureSchema();
    const inserted = await this.sql.db
      .insertInto(IDEMPOTENCY_TABLE)
      .values({
        actor_id: actorId,
        idempotency_key: key,
        request_hash: requestHash,
        status: null,
        response: null,
        created_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.columns(['actor_id', 'idempotency_key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) return { kind: 'new' };
    const row = (await this.sql.db
      .selectFrom(IDEMPOTENCY_TABLE)
      .selectAll()
      .where('actor_id', '=', actorId)
      .where('idempotency_key', '=', key)
      .executeTakeFirst()) as IdempotencyRow | undefined;
    // Released between the insert and the read: the key is free again.
    if (!row) return this.begin(actorId, key, requestHash);
    if (row.request_hash !== requestHash) return { kind: 'mismatch' };
    if (row.status === null || row.response === null) return { kind: 'in-progress' };
    return { kind: 'replay', response: JSON.parse(row.response) as StoredResponse };
  }

  async complete(actorId: string, key: string, response: StoredResponse): Promise<void> {
    await this.sql.db
      .updateTable(IDEMPOTENCY_TABLE)
      .set({ status: response.status, response: JSON.stringify(response) })
      .where('actor_id', '=', actorId)
      .where('idempotency_key', '=', key)
      .execute();
  }

  /** The work failed without an answer worth repeating (a server error): the key may be used again. */
  async release(actorId: string, key: string): Promise<void> {
    await this.sql.db
      .deleteFrom(IDEMPOTENCY_TABLE)
      .where('actor_id', '=', actorId)
      .where('idempotency_key', '=', key)
      .where('status', 'is', null)
      .execute();
  }
}
