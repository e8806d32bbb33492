/**
 * Access tokens: random secrets shown once, stored only as their SHA-256, each bound to one
 * role and scope. A revoked token is kept (its id stays on the events it signed) but no
 * longer resolves.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { SqlDatabase } from '../sql-database.js';
import { type Actor, type Role } from './actor.js';
import { type TokenSpec, validateTokenSpec } from './token-spec.js';

export const ACCESS_TOKENS_TABLE = 'gongron_access_tokens';

export interface AccessTokenRecord {
  readonly id: string;
  readonly role: Role;
  readonly district?: string;
  readonly body?: string;
  readonly party?: string;
  readonly name?: string;
  readonly createdAt: string;
  readonly revokedAt?: string;
}

export interface IssuedAccessToken extends AccessTokenRecord {
  /** The secret itself: shown once, never stored. */
  readonly token: string;
}

interface TokenRow {
  id: string;
  token_hash: string;
  role: string;
  district: string | null;
  body: string | null;
  party: string | null;
  name: string | null;
  created_at: string;
  revoked_at: string | null;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** gr_ + 32 random bytes, base64url: 256 bits, safe in a header and a shell. */
export function generateToken(): string {
  return `gr_${randomBytes(32).toString('base64url')}`;
}

const TOKEN_SHAPE = /^gr_[A-Za-z0-9_-]{43}$/;

export interface AccessTokenServiceOptions {
  /**
   * How long a resolved token is trusted without asking the database again (default 2,000 ms;
   * 0 turns the cache off). A revoke in this process takes effect at once; one made by another
   * process (the CLI, a second API) takes effect within this time.
   */
  readonly cacheTtlMs?: number;
  /** Most tokens kept resolved at once (default 10,000). */
  readonly cacheSize?: number;
  readonly clock?: () => number;
}

interface CachedActor {
  readonly actor: Actor;
  readonly expiresAt: number;
}

export class AccessTokenService {
  private ready: Promise<void> | undefined;
  /** Resolved actors by token hash; unknown and revoked tokens are never cached. */
  private readonly resolved = new Map<string, CachedActor>();
  /** Bumped by every revoke, so a lookup that raced a revoke does not cache what it read. */
  private revocations = 0;
  private readonly cacheTtlMs: number;
  private readonly cacheSize: number;
  private readonly clock: () => number;

  constructor(
    private readonly sql: SqlDatabase,
    options: AccessTokenServiceOptions = {},
  ) {
    this.cacheTtlMs = options.cacheTtlMs ?? 2_000;
    this.cacheSize = options.cacheSize ?? 10_000;
    this.clock = options.clock ?? Date.now;
  }

  /** Creates the table when it is not there; safe to call from several processes. */
  ensureSchema(): Promise<void> {
    this.ready ??= (async () => {
      await this.sql.db.schema
        .createTable(ACCESS_TOKENS_TABLE)
        .ifNotExists()
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('role', 'varchar(16)', (c) => c.notNull())
        .addColumn('district', 'varchar(32)')
        .addColumn('body', 'varchar(32)')
        .addColumn('party', 'varchar(32)')
        .addColumn('name', 'varchar(200)')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('revoked_at', 'varchar(32)')
        .execute();
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  /** Throws TokenSpecError naming each wrong field. */
  async create(spec: TokenSpec): Promise<IssuedAccessToken> {
    const valid = validateTokenSpec(spec);
    await this.ensureSchema();
    const token = generateToken();
    const row: TokenRow = {
      id: randomUUID(),
      token_hash: hashToken(token),
      role: valid.role,
      district: valid.district ?? null,
      body: valid.body ?? null,
      party: valid.party ?? null,
      name: valid.name ?? null,
      created_at: new Date().toISOString(),
      revoked_at: null,
    };
    await this.sql.db.insertInto(ACCESS_TOKENS_TABLE).values(row).execute();
    return { ...toRecord(row), token };
  }

  async list(options: { includeRevoked?: boolean } = {}): Promise<AccessTokenRecord[]> {
    await this.ensureSchema();
    let query = this.sql.db.selectFrom(ACCESS_TOKENS_TABLE).selectAll().orderBy('created_at').orderBy('id');
    if (!options.includeRevoked) query = query.where('revoked_at', 'is', null);
    const rows = (await query.execute()) as TokenRow[];
    return rows.map(toRecord);
  }

  async get(id: string): Promise<AccessTokenRecord | undefined> {
    await this.ensureSchema();
    const row = (await this.sql.db.selectFrom(ACCESS_TOKENS_TABLE).selectAll().where('id', '=', id).executeTakeFirst()) as
      | TokenRow
      | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** Returns the revoked record, or undefined when no such token exists. Revoking twice keeps the first time. */
  async revoke(id: string): Promise<AccessTokenRecord | undefined> {
    await this.ensureSchema();
    this.forget(id);
    await this.sql.db
      .updateTable(ACCESS_TOKENS_TABLE)
      .set({ revoked_at: new Date().toISOString() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
    this.forget(id);
    return this.get(id);
  }

  private forget(id: string): void {
    this.revocations += 1;
    for (const [hash, cached] of this.resolved) if (cached.actor.id === id) this.resolved.delete(hash);
  }

  /** The actor a bearer token stands for; undefined when it is unknown, malformed or revoked. */
  async resolve(token: string): Promise<Actor | undefined> {
    if (!TOKEN_SHAPE.test(token)) return undefined;
    const hash = hashToken(token);
    const cached = this.resolved.get(hash);
    if (cached) {
      if (cached.expiresAt > this.clock()) return cached.actor;
      this.resolved.delete(hash);
    }
    const revocations = this.revocations;
    await this.ensureSchema();
    const row = (await this.sql.db
      .selectFrom(ACCESS_TOKENS_TABLE)
      .selectAll()
      .where('token_hash', '=', hash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst()) as TokenRow | undefined;
    if (!row) return undefined;
    const actor = toActor(row);
    if (this.cacheTtlMs > 0 && revocations === this.revocations) {
      this.resolved.set(hash, { actor, expiresAt: this.clock() + this.cacheTtlMs });
      if (this.resolved.size > this.cacheSize) this.resolved.delete(this.resolved.keys().next().value as string);
    }
    return actor;
  }

  async countActive(role?: Role): Promise<number> {
    await this.ensureSchema();
    let query = this.sql.db
      .selectFrom(ACCESS_TOKENS_TABLE)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('revoked_at', 'is', null);
    if (role) query = query.where('role', '=', role);
    const row = (await query.executeTakeFirst()) as { n: number | string } | undefined;
    return Number(row?.n ?? 0);
  }

  /**
   * The very first start of an installation: an administrator token when no administrator token
   * was ever issued (active or revoked), so a deliberately revoked one is not silently replaced.
   */
  async createFirstAdminIfNone(): Promise<IssuedAccessToken | undefined> {
    await this.ensureSchema();
    const row = (await this.sql.db
      .selectFrom(ACCESS_TOKENS_TABLE)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'admin')
      .executeTakeFirst()) as { n: number | string } | undefined;
    if (Number(row?.n ?? 0) > 0) return undefined;
    return this.create({ role: 'admin', name: 'first administrator' });
  }
}

/** Who the token stands for: its id, role and the scope fields it has. */
function actorFields(row: TokenRow): Omit<AccessTokenRecord, 'createdAt' | 'revokedAt'> {
  return {
    id: row.id,
    role: row.role as Role,
    ...(row.district !== null ? { district: row.district } : {}),
    ...(row.body !== null ? { body: row.body } : {}),
    ...(row.party !== null ? { party: row.party } : {}),
    ...(row.name !== null ? { name: row.name } : {}),
  };
}

function toActor(row: TokenRow): Actor {
  // Frozen: one cached actor is shared by every request that presents the token.
  return Object.freeze(actorFields(row));
}

function toRecord(row: TokenRow): AccessTokenRecord {
  return {
    ...actorFields(row),
    createdAt: row.created_at,
    ...(row.revoked_at !== null ? { revokedAt: row.revoked_at } : {}),
  };
}
