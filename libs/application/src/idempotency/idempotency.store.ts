/**
 * Idempotency records: for one actor and one `Idempotency-Key`, the hash of the first request,
 * the context its command was decided in, and the answer it got. The same key with the same
 * request replays that answer and writes nothing; with another request it is refused.
 *
 * Exactly once across crashes: the record and the events live in different transactions, so the
 * events carry ids derived from the record (`eventIdSeed`), and the log refuses a second write of
 * them. A request holds its key for a lease; a retry after the lease (the first process died, or
 * lost its answer) takes the key over with the first attempt's context, and the command path
 * looks in the log for the first attempt's events before deciding anything. So a key is never
 * released after its events were appended, and never stays "in progress" for good.
 * Records, finished or not, expire after a time to live.
 */
import { createHash } from 'node:crypto';
import type { SqlDatabase } from '../sql-database.js';

export const IDEMPOTENCY_TABLE = 'gongron_idempotency';

export interface StoredResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What the first attempt decided with; a retry that takes the key over decides with the same. */
export interface IdempotencyContext {
  readonly now: string;
  readonly correlationId: string;
}

export interface IdempotencyClaim {
  /** Seed of the command's event ids: the same for every attempt under this record. */
  readonly eventIdSeed: string;
  readonly context: IdempotencyContext;
  /** An earlier attempt held the key and may have appended: look in the log first. */
  readonly mayBeApplied: boolean;
}

export type IdempotencyBegin =
  | ({ readonly kind: 'new' } & IdempotencyClaim)
  | ({ readonly kind: 'resume' } & IdempotencyClaim)
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  | { readonly kind: 'mismatch' }
  /** Another attempt holds the key until `leaseUntil` (ISO instant); a retry after it may take over. */
  | { readonly kind: 'in-progress'; readonly leaseUntil: string };

export interface IdempotencyOptions {
  /** How long a record is kept, finished or not (default a day). */
  readonly ttlMs?: number;
  /** How long a request holds its key before a retry may take over (default 30 s). */
  readonly leaseMs?: number;
  readonly clock?: () => Date;
}

interface IdempotencyRow {
  actor_id: string;
  idempotency_key: string;
  request_hash: string;
  status: number | null;
  response: string | null;
  created_at: string;
  lease_until: string | null;
  expires_at: string | null;
  context: string | null;
}

/** Columns added after the first version of the table; an older table gains them on start. */
const LATER_COLUMNS = [
  ['lease_until', 'varchar(32)'],
  ['expires_at', 'varchar(32)'],
  ['context', 'text'],
] as const;

const PURGE_INTERVAL_MS = 60_000;

export class IdempotencyStore {
  private ready: Promise<void> | undefined;
  private readonly ttlMs: number;
  private readonly leaseMs: number;
  private readonly clock: () => Date;
  private lastPurge = 0;

  constructor(
    private readonly sql: SqlDatabase,
    options: IdempotencyOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 24 * 3600_000;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.clock = options.clock ?? (() => new Date());
  }

  ensureSchema(): Promise<void> {
    this.ready ??= (async () => {
      await this.sql.db.schema
        .createTable(IDEMPOTENCY_TABLE)
        .ifNotExists()
        .addColumn('actor_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('idempotency_key', 'varchar(255)', (c) => c.notNull())
        .addColumn('request_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('status', 'integer')
        .addColumn('response', 'text')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('lease_until', 'varchar(32)')
        .addColumn('expires_at', 'varchar(32)')
        .addColumn('context', 'text')
        .addPrimaryKeyConstraint('gongron_idempotency_pk', ['actor_id', 'idempotency_key'])
        .execute();
      const tables = await this.sql.db.introspection.getTables();
      const columns = new Set(tables.find((t) => t.name === IDEMPOTENCY_TABLE)?.columns.map((c) => c.name) ?? []);
      for (const [name, type] of LATER_COLUMNS) {
        if (!columns.has(name)) await this.sql.db.schema.alterTable(IDEMPOTENCY_TABLE).addColumn(name, type).execute();
      }
      // Records kept by a version without expiry get a full time to live from now.
      await this.sql.db
        .updateTable(IDEMPOTENCY_TABLE)
        .set({ expires_at: this.later(this.clock(), this.ttlMs) })
        .where('expires_at', 'is', null)
        .execute();
      await this.sql.db.schema.createIndex('gongron_idempotency_expiry').ifNotExists().on(IDEMPOTENCY_TABLE).column('expires_at').execute();
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  async begin(actorId: string, key: string, requestHash: string, context: IdempotencyContext): Promise<IdempotencyBegin> {
    await this.ensureSchema();
    await this.purgeNowAndThen();
    for (;;) {
      const now = this.clock();
      const createdAt = now.toISOString();
      const inserted = await this.sql.db
        .insertInto(IDEMPOTENCY_TABLE)
        .values({
          actor_id: actorId,
          idempotency_key: key,
          request_hash: requestHash,
          status: null,
          response: null,
          created_at: createdAt,
          lease_until: this.later(now, this.leaseMs),
          expires_at: this.later(now, this.ttlMs),
          context: JSON.stringify(context),
        })
        .onConflict((oc) => oc.columns(['actor_id', 'idempotency_key']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) {
        return { kind: 'new', eventIdSeed: seedOf(actorId, key, createdAt), context, mayBeApplied: false };
      }
      const row = await this.row(actorId, key);
      if (!row) continue;
      if (row.expires_at !== null && row.expires_at <= createdAt) {
        // Expired: the key is free again, for this request or any other.
        await this.sql.db
          .deleteFrom(IDEMPOTENCY_TABLE)
          .where('actor_id', '=', actorId)
          .where('idempotency_key', '=', key)
          .where('expires_at', '=', row.expires_at)
          .execute();
        continue;
      }
      if (row.request_hash !== requestHash) return { kind: 'mismatch' };
      if (row.status !== null && row.response !== null) return { kind: 'replay', response: JSON.parse(row.response) as StoredResponse };
      if (row.lease_until !== null && row.lease_until > createdAt) return { kind: 'in-progress', leaseUntil: row.lease_until };
      // The holder's lease ran out (its process died, or it gave the key back): take it over.
      let claim = this.sql.db
        .updateTable(IDEMPOTENCY_TABLE)
        .set({ lease_until: this.later(now, this.leaseMs) })
        .where('actor_id', '=', actorId)
        .where('idempotency_key', '=', key)
        .where('status', 'is', null);
      claim = row.lease_until === null ? claim.where('lease_until', 'is', null) : claim.where('lease_until', '=', row.lease_until);
      const claimed = await claim.executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) continue;
      const first = row.context !== null ? (JSON.parse(row.context) as IdempotencyContext) : context;
      return { kind: 'resume', eventIdSeed: seedOf(actorId, key, row.created_at), context: first, mayBeApplied: true };
    }
  }

  /** The answer to keep; it expires a time to live after it was given. */
  async complete(actorId: string, key: string, response: StoredResponse): Promise<void> {
    const now = this.clock();
    await this.sql.db
      .updateTable(IDEMPOTENCY_TABLE)
      .set({ status: response.status, response: JSON.stringify(response), lease_until: null, expires_at: this.later(now, this.ttlMs) })
      .where('actor_id', '=', actorId)
      .where('idempotency_key', '=', key)
      .execute();
  }

  /**
   * The attempt ended without an answer worth repeating (a server error, a lost race): the next
   * request with the key may take it over at once. The record stays, because the attempt may
   * have appended before it failed; the taker looks in the log first.
   */
  async yieldLease(actorId: string, key: string): Promise<void> {
    await this.sql.db
      .updateTable(IDEMPOTENCY_TABLE)
      .set({ lease_until: null })
      .where('actor_id', '=', actorId)
      .where('idempotency_key', '=', key)
      .where('status', 'is', null)
      .execute();
  }

  /** Deletes every expired record; returns how many. */
  async purgeExpired(): Promise<number> {
    await this.ensureSchema();
    const result = await this.sql.db.deleteFrom(IDEMPOTENCY_TABLE).where('expires_at', '<=', this.clock().toISOString()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private async purgeNowAndThen(): Promise<void> {
    const now = this.clock().getTime();
    if (now - this.lastPurge < PURGE_INTERVAL_MS) return;
    this.lastPurge = now;
    await this.purgeExpired();
  }

  private async row(actorId: string, key: string): Promise<IdempotencyRow | undefined> {
    return (await this.sql.db
      .selectFrom(IDEMPOTENCY_TABLE)
      .selectAll()
      .where('actor_id', '=', actorId)
      .where('idempotency_key', '=', key)
      .executeTakeFirst()) as IdempotencyRow | undefined;
  }

  private later(now: Date, ms: number): string {
    return new Date(now.getTime() + ms).toISOString();
  }
}

/** One seed per record: a key used again after its record expired gets new event ids. */
function seedOf(actorId: string, key: string, createdAt: string): string {
  return `idempotency:${createHash('sha256').update(`${actorId}\n${key}\n${createdAt}`, 'utf8').digest('hex')}`;
}
