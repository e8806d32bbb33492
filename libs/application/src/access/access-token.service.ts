/**
 * Access tokens: random secrets shown once, stored only as their SHA-256, each bound to one
 * role and scope, each valid until its expiry (90 days unless configured otherwise). A revoked
 * or expired token is kept (its id stays on the events it signed) but no longer resolves;
 * rotation issues a successor with the same role and scope and revokes the old one in one
 * transaction. A token's name is its holder's: the table keeps it sealed (token-names.ts).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { SqlDatabase } from '../sql-database.js';
import { type BodyCode, defaultOrganisation, type DistrictCode, type Funder, type Organisation, type TokenRole } from '@gongron/domain';
import type { SubjectKeyStore } from '@gongron/event-store';
import type { Actor } from './actor.js';
import { isErasedName, TokenNames } from './token-names.js';
import { type TokenSpec, TokenSpecError, validateTokenSpec } from './token-spec.js';

export const ACCESS_TOKENS_TABLE = 'gongron_access_tokens';

export interface AccessTokenRecord {
  readonly id: string;
  readonly role: TokenRole;
  readonly district?: DistrictCode;
  readonly body?: BodyCode;
  readonly council?: string;
  readonly party?: Funder;
  readonly name?: string;
  readonly createdAt: string;
  /** When the token stops resolving. */
  readonly expiresAt?: string;
  readonly revokedAt?: string;
}

/** What a presented token is: the actor it stands for, or why it stands for no one. */
export type TokenCheck =
  | { readonly status: 'valid'; readonly actor: Actor }
  | { readonly status: 'unknown' }
  | { readonly status: 'expired'; readonly expiredAt: string };

export interface IssuedAccessToken extends AccessTokenRecord {
  /** The secret itself: shown once, never stored. */
  readonly token: string;
}

/** A stored token: its fields were checked by validateTokenSpec when it was issued. */
interface TokenRow {
  id: string;
  token_hash: string;
  role: TokenRole;
  district: DistrictCode | null;
  body: BodyCode | null;
  council: string | null;
  party: Funder | null;
  name: string | null;
  created_at: string;
  expires_at: string | null;
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
  /** Validity of a newly issued token, in days (default 90). */
  readonly ttlDays?: number;
  readonly clock?: () => number;
  /** The log's key table: names are sealed under their actor's key (without one they are kept in clear). */
  readonly subjectKeys?: SubjectKeyStore;
  /** The districts' civic councils a civic council secretary's token may name (default: one each). */
  readonly organisation?: Organisation;
}

const DAY_MS = 86_400_000;

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
  private readonly ttlDays: number;
  private readonly names: TokenNames;
  private readonly organisation: Organisation;

  constructor(
    private readonly sql: SqlDatabase,
    options: AccessTokenServiceOptions = {},
  ) {
    this.cacheTtlMs = options.cacheTtlMs ?? 2_000;
    this.cacheSize = options.cacheSize ?? 10_000;
    this.clock = options.clock ?? Date.now;
    this.ttlDays = options.ttlDays ?? 90;
    this.names = new TokenNames(options.subjectKeys);
    this.organisation = options.organisation ?? defaultOrganisation;
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
        .addColumn('council', 'varchar(40)')
        .addColumn('party', 'varchar(32)')
        // Sealed, a name is several times its length.
        .addColumn('name', 'text')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(32)')
        .addColumn('revoked_at', 'varchar(32)')
        .execute();
      await this.addExpiryToOlderTables();
      await this.addCouncilToOlderTables();
      await this.widenOlderNameColumn();
      await this.names.sealClearNames(this.sql, ACCESS_TOKENS_TABLE, new Date(this.clock()).toISOString());
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  /**
   * Tables made before tokens expired have no `expires_at`: the column is added and every
   * active token gets the full validity from now, so an upgrade locks nobody out at once.
   */
  private async addExpiryToOlderTables(): Promise<void> {
    const tables = await this.sql.db.introspection.getTables();
    const table = tables.find((t) => t.name === ACCESS_TOKENS_TABLE);
    if (!table || table.columns.some((c) => c.name === 'expires_at')) return;
    try {
      await this.sql.db.schema.alterTable(ACCESS_TOKENS_TABLE).addColumn('expires_at', 'varchar(32)').execute();
    } catch (error) {
      // Another process added it first.
      const again = (await this.sql.db.introspection.getTables()).find((t) => t.name === ACCESS_TOKENS_TABLE);
      if (!again?.columns.some((c) => c.name === 'expires_at')) throw error;
    }
    await this.sql.db
      .updateTable(ACCESS_TOKENS_TABLE)
      .set({ expires_at: this.expiryFromNow(this.ttlDays) })
      .where('expires_at', 'is', null)
      .execute();
  }

  /** Tables made before a district could have several civic councils: their tokens are for the district's default one. */
  private async addCouncilToOlderTables(): Promise<void> {
    const table = (await this.sql.db.introspection.getTables()).find((t) => t.name === ACCESS_TOKENS_TABLE);
    if (!table || table.columns.some((c) => c.name === 'council')) return;
    try {
      await this.sql.db.schema.alterTable(ACCESS_TOKENS_TABLE).addColumn('council', 'varchar(40)').execute();
    } catch (error) {
      // Another process added it first.
      const again = (await this.sql.db.introspection.getTables()).find((t) => t.name === ACCESS_TOKENS_TABLE);
      if (!again?.columns.some((c) => c.name === 'council')) throw error;
    }
  }

  /** Tables made before names were sealed keep them in varchar(200) (SQLite does not hold a text to its declared length). */
  private async widenOlderNameColumn(): Promise<void> {
    if (this.sql.kind !== 'postgres') return;
    const table = (await this.sql.db.introspection.getTables()).find((t) => t.name === ACCESS_TOKENS_TABLE);
    if (table?.columns.find((c) => c.name === 'name')?.dataType === 'text') return;
    await this.sql.db.schema
      .alterTable(ACCESS_TOKENS_TABLE)
      .alterColumn('name', (c) => c.setDataType('text'))
      .execute();
  }

  private expiryFromNow(days: number): string {
    return new Date(this.clock() + days * DAY_MS).toISOString();
  }

  /** Throws TokenSpecError naming each wrong field. `ttlDays` overrides the configured validity. */
  async create(spec: TokenSpec, options: { ttlDays?: number } = {}): Promise<IssuedAccessToken> {
    const valid = validateTokenSpec(spec, this.organisation);
    const ttlDays = validTtlDays(options.ttlDays ?? this.ttlDays);
    await this.ensureSchema();
    const { row, token, stored } = await this.newRow(valid, ttlDays);
    await this.sql.db.insertInto(ACCESS_TOKENS_TABLE).values(stored).execute();
    return { ...toRecord(row), token };
  }

  /** A new token's row, readable (`row`) and as the table keeps it (`stored`, its name sealed). */
  private async newRow(
    valid: ReturnType<typeof validateTokenSpec>,
    ttlDays: number,
  ): Promise<{ row: TokenRow; stored: TokenRow; token: string }> {
    const token = generateToken();
    const row: TokenRow = {
      id: randomUUID(),
      token_hash: hashToken(token),
      role: valid.role,
      district: valid.district ?? null,
      body: valid.body ?? null,
      council: valid.council ?? null,
      party: valid.party ?? null,
      name: valid.name ?? null,
      created_at: new Date(this.clock()).toISOString(),
      expires_at: this.expiryFromNow(ttlDays),
      revoked_at: null,
    };
    return { token, row, stored: { ...row, name: await this.names.seal(row, row.created_at) } };
  }

  /**
   * A successor for a token: the same role, scope and name, a new secret and a full validity;
   * the old token is revoked in the same transaction. Undefined when no active token has the id.
   */
  async rotate(
    id: string,
    options: { ttlDays?: number } = {},
  ): Promise<{ issued: IssuedAccessToken; revoked: AccessTokenRecord } | undefined> {
    const ttlDays = validTtlDays(options.ttlDays ?? this.ttlDays);
    await this.ensureSchema();
    this.forget(id);
    const active = (await this.sql.db
      .selectFrom(ACCESS_TOKENS_TABLE)
      .selectAll()
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst()) as TokenRow | undefined;
    if (!active) return undefined;
    const [old] = await this.names.open([active]);
    // The successor is made (its name sealed under its own actor's key) before the transaction: the key table may be
    // another connection to the same file. A name whose actor was erased is not carried over.
    const successor = await this.newRow(
      validateTokenSpec(
        {
          role: old!.role,
          ...(old!.district !== null ? { district: old!.district } : {}),
          ...(old!.body !== null ? { body: old!.body } : {}),
          ...(old!.council !== null ? { council: old!.council } : {}),
          ...(old!.party !== null ? { party: old!.party } : {}),
          ...(old!.name !== null && !isErasedName(old!.name) ? { name: old!.name } : {}),
        },
        this.organisation,
      ),
      ttlDays,
    );
    const result = await this.sql.db.transaction().execute(async (trx) => {
      const revokedAt = new Date(this.clock()).toISOString();
      const changed = await trx
        .updateTable(ACCESS_TOKENS_TABLE)
        .set({ revoked_at: revokedAt })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (Number(changed.numUpdatedRows) !== 1) return undefined;
      await trx.insertInto(ACCESS_TOKENS_TABLE).values(successor.stored).execute();
      return { issued: { ...toRecord(successor.row), token: successor.token }, revoked: toRecord({ ...old!, revoked_at: revokedAt }) };
    });
    this.forget(id);
    return result;
  }

  async list(options: { includeRevoked?: boolean } = {}): Promise<AccessTokenRecord[]> {
    await this.ensureSchema();
    let query = this.sql.db.selectFrom(ACCESS_TOKENS_TABLE).selectAll().orderBy('created_at').orderBy('id');
    if (!options.includeRevoked) query = query.where('revoked_at', 'is', null);
    const rows = (await query.execute()) as TokenRow[];
    return (await this.names.open(rows)).map(toRecord);
  }

  async get(id: string): Promise<AccessTokenRecord | undefined> {
    await this.ensureSchema();
    const row = (await this.sql.db.selectFrom(ACCESS_TOKENS_TABLE).selectAll().where('id', '=', id).executeTakeFirst()) as
      TokenRow | undefined;
    return row ? toRecord((await this.names.open([row]))[0]!) : undefined;
  }

  /** Returns the revoked record, or undefined when no such token exists. Revoking twice keeps the first time. */
  async revoke(id: string): Promise<AccessTokenRecord | undefined> {
    await this.ensureSchema();
    this.forget(id);
    await this.sql.db
      .updateTable(ACCESS_TOKENS_TABLE)
      .set({ revoked_at: new Date(this.clock()).toISOString() })
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

  /** The actor a bearer token stands for; undefined when it is unknown, malformed, revoked or expired. */
  async resolve(token: string): Promise<Actor | undefined> {
    const checked = await this.check(token);
    return checked.status === 'valid' ? checked.actor : undefined;
  }

  /** Like `resolve`, and says whether a token that stands for no one has expired. */
  async check(token: string): Promise<TokenCheck> {
    if (!TOKEN_SHAPE.test(token)) return { status: 'unknown' };
    const hash = hashToken(token);
    const now = this.clock();
    const cached = this.resolved.get(hash);
    if (cached) {
      if (cached.expiresAt > now) return { status: 'valid', actor: cached.actor };
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
    if (!row) return { status: 'unknown' };
    const expiresAt = row.expires_at === null ? Number.POSITIVE_INFINITY : Date.parse(row.expires_at);
    if (expiresAt <= now) return { status: 'expired', expiredAt: row.expires_at! };
    const actor = toActor((await this.names.open([row]))[0]!);
    if (this.cacheTtlMs > 0 && revocations === this.revocations) {
      // A cached actor never outlives the token itself.
      this.resolved.set(hash, { actor, expiresAt: Math.min(now + this.cacheTtlMs, expiresAt) });
      if (this.resolved.size > this.cacheSize) this.resolved.delete(this.resolved.keys().next().value as string);
    }
    return { status: 'valid', actor };
  }

  async countActive(role?: TokenRole): Promise<number> {
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
    return this.create({ role: 'admin', name: '최초 관리자' });
  }
}

function validTtlDays(days: number): number {
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new TokenSpecError([{ field: 'ttlDays', code: 'TOKEN.TTL_INVALID', message: 'must be a whole number of days from 1 to 3650' }]);
  }
  return days;
}

/** Who the token stands for: its id, role and the scope fields it has. */
function actorFields(row: TokenRow): Omit<AccessTokenRecord, 'createdAt' | 'expiresAt' | 'revokedAt'> {
  return {
    id: row.id,
    role: row.role,
    ...(row.district !== null ? { district: row.district } : {}),
    ...(row.body !== null ? { body: row.body } : {}),
    ...(row.council !== null && row.council !== undefined ? { council: row.council } : {}),
    ...(row.party !== null ? { party: row.party } : {}),
    ...(row.name !== null ? { name: row.name } : {}),
  };
}

function toActor(row: TokenRow): Actor {
  // An erased actor signs without a name: the events it signs from now on name no one.
  const { name, ...actor } = actorFields(row);
  // Frozen: one cached actor is shared by every request that presents the token.
  return Object.freeze(name === undefined || isErasedName(name) ? actor : { ...actor, name });
}

function toRecord(row: TokenRow): AccessTokenRecord {
  return {
    ...actorFields(row),
    createdAt: row.created_at,
    ...(row.expires_at !== null ? { expiresAt: row.expires_at } : {}),
    ...(row.revoked_at !== null ? { revokedAt: row.revoked_at } : {}),
  };
}
