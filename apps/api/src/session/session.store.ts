/**
 * Browser sessions and one-time sign-in links, kept in the deployment's SQL database (the
 * embedded SQLite file or PostgreSQL). A session stands for one access token: whatever the token
 * may do, the session may, and revoking the token ends its sessions. Only SHA-256 hashes of
 * session ids and link codes are stored, so a copy of the database signs nobody in.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Actor, AccessTokenRecord, AccessTokenService, SqlDatabase } from '@gongron/application';

export const SESSIONS_TABLE = 'gongron_sessions';
export const SIGN_IN_LINKS_TABLE = 'gongron_sign_in_links';

export type SessionOrigin = 'token' | 'sign-in-link';

export interface SessionRecord {
  readonly actor: Actor;
  readonly origin: SessionOrigin;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  /** The end fixed at sign-in, however busy the session is. */
  readonly absoluteExpiresAt: string;
  /** When it ends if unused from now on: the earlier of the idle and the absolute end. */
  readonly expiresAt: string;
}

export interface OpenedSession extends SessionRecord {
  /** The secret for the cookie: returned once, stored only as its hash. */
  readonly id: string;
}

export interface SignInLink {
  readonly id: string;
  readonly tokenId: string;
  readonly code: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly createdBy: string;
}

/** Why a sign-in link did not open a session. */
export type SignInLinkRefusal = 'unknown' | 'used' | 'expired' | 'token-inactive';

export class SignInLinkRefused extends Error {
  constructor(readonly reason: SignInLinkRefusal) {
    super(`sign-in link ${reason}`);
    this.name = 'SignInLinkRefused';
  }
}

interface SessionRow {
  id_hash: string;
  token_id: string;
  origin: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

interface SignInLinkRow {
  id: string;
  code_hash: string;
  token_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface SessionStoreOptions {
  readonly idleMs: number;
  readonly maxMs: number;
  readonly signInLinkMs: number;
  readonly clock?: () => number;
}

const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/;
/** A session's last use is written at most this often, so reads do not all become writes. */
const TOUCH_EVERY_MS = 30_000;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * The CSRF token of a session, derived from its id by a one-way hash: the page can read it and
 * send it back in `X-CSRF-Token`, a cross-site form cannot know it, and it reveals nothing of
 * the HttpOnly session id.
 */
export function csrfTokenOf(sessionId: string): string {
  return createHash('sha256').update(`gongron-csrf\0${sessionId}`, 'utf8').digest('base64url');
}

export function csrfTokenMatches(sessionId: string, presented: string): boolean {
  const expected = Buffer.from(csrfTokenOf(sessionId));
  const given = Buffer.from(presented);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function actorOf(record: AccessTokenRecord): Actor {
  return Object.freeze({
    id: record.id,
    role: record.role,
    ...(record.district !== undefined ? { district: record.district } : {}),
    ...(record.body !== undefined ? { body: record.body } : {}),
    ...(record.council !== undefined ? { council: record.council } : {}),
    ...(record.party !== undefined ? { party: record.party } : {}),
    ...(record.name !== undefined ? { name: record.name } : {}),
  });
}

/** Not revoked and not expired: the token still stands for its person. */
export function isActive(token: AccessTokenRecord | undefined, now: number): token is AccessTokenRecord {
  return token !== undefined && token.revokedAt === undefined && (token.expiresAt === undefined || Date.parse(token.expiresAt) > now);
}

export class SessionStore {
  private ready: Promise<void> | undefined;
  private readonly clock: () => number;

  constructor(
    private readonly sql: SqlDatabase,
    private readonly tokens: AccessTokenService,
    private readonly options: SessionStoreOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  get idleSeconds(): number {
    return Math.round(this.options.idleMs / 1000);
  }

  ensureSchema(): Promise<void> {
    this.ready ??= (async () => {
      await this.sql.db.schema
        .createTable(SESSIONS_TABLE)
        .ifNotExists()
        .addColumn('id_hash', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('token_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('origin', 'varchar(16)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('last_seen_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await this.sql.db.schema.createIndex(`${SESSIONS_TABLE}_token`).ifNotExists().on(SESSIONS_TABLE).column('token_id').execute();
      await this.sql.db.schema
        .createTable(SIGN_IN_LINKS_TABLE)
        .ifNotExists()
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('code_hash', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('token_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_by', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('used_at', 'varchar(32)')
        .execute();
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  /** A session for the token's actor; the token must be active. */
  async open(token: AccessTokenRecord, origin: SessionOrigin): Promise<OpenedSession> {
    await this.ensureSchema();
    return this.insertSession(this.sql.db, token, origin);
  }

  /** The session behind a cookie's id, or undefined when it is unknown, ended, or its token revoked. */
  async resolve(sessionId: string): Promise<SessionRecord | undefined> {
    if (!SECRET_SHAPE.test(sessionId)) return undefined;
    await this.ensureSchema();
    const row = (await this.sql.db
      .selectFrom(SESSIONS_TABLE)
      .selectAll()
      .where('id_hash', '=', hashSecret(sessionId))
      .executeTakeFirst()) as SessionRow | undefined;
    if (!row) return undefined;
    const now = this.clock();
    if (this.endOf(row) <= now) {
      await this.sql.db.deleteFrom(SESSIONS_TABLE).where('id_hash', '=', row.id_hash).execute();
      return undefined;
    }
    const token = await this.tokens.get(row.token_id);
    if (!isActive(token, now)) return undefined;
    if (now - Date.parse(row.last_seen_at) >= TOUCH_EVERY_MS) {
      row.last_seen_at = new Date(now).toISOString();
      await this.sql.db.updateTable(SESSIONS_TABLE).set({ last_seen_at: row.last_seen_at }).where('id_hash', '=', row.id_hash).execute();
    }
    return this.recordOf(row, token);
  }

  /** Ends the session; true when there was one. */
  async close(sessionId: string): Promise<boolean> {
    if (!SECRET_SHAPE.test(sessionId)) return false;
    await this.ensureSchema();
    const result = await this.sql.db.deleteFrom(SESSIONS_TABLE).where('id_hash', '=', hashSecret(sessionId)).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** A single-use sign-in link for the token's person, valid for the configured minutes. */
  async issueLink(token: AccessTokenRecord, createdBy: string): Promise<SignInLink> {
    await this.ensureSchema();
    const code = randomBytes(32).toString('base64url');
    const now = this.clock();
    const row: SignInLinkRow = {
      id: randomUUID(),
      code_hash: hashSecret(code),
      token_id: token.id,
      created_by: createdBy,
      created_at: new Date(now).toISOString(),
      expires_at: new Date(now + this.options.signInLinkMs).toISOString(),
      used_at: null,
    };
    await this.sql.db.insertInto(SIGN_IN_LINKS_TABLE).values(row).execute();
    return { id: row.id, tokenId: row.token_id, code, createdAt: row.created_at, expiresAt: row.expires_at, createdBy };
  }

  /**
   * Spends a sign-in link and opens its session, in one transaction: a link opens one session
   * at most, even when requests race with it, and a failed insert leaves the link unspent.
   */
  async redeemLink(code: string): Promise<OpenedSession> {
    if (!SECRET_SHAPE.test(code)) throw new SignInLinkRefused('unknown');
    await this.ensureSchema();
    const hash = hashSecret(code);
    const link = await this.findLink(this.sql.db, hash);
    if (!link) throw new SignInLinkRefused('unknown');
    if (link.used_at !== null) throw new SignInLinkRefused('used');
    const token = await this.tokens.get(link.token_id);
    if (!isActive(token, this.clock())) throw new SignInLinkRefused('token-inactive');
    return this.sql.db.transaction().execute(async (trx) => {
      const nowIso = new Date(this.clock()).toISOString();
      const spent = await trx
        .updateTable(SIGN_IN_LINKS_TABLE)
        .set({ used_at: nowIso })
        .where('code_hash', '=', hash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', nowIso)
        .executeTakeFirst();
      if (Number(spent.numUpdatedRows) !== 1) {
        const now = await this.findLink(trx, hash);
        throw new SignInLinkRefused(now?.used_at !== null ? 'used' : 'expired');
      }
      return this.insertSession(trx, token, 'sign-in-link');
    });
  }

  private async findLink(db: SqlDatabase['db'], hash: string): Promise<SignInLinkRow | undefined> {
    return (await db.selectFrom(SIGN_IN_LINKS_TABLE).selectAll().where('code_hash', '=', hash).executeTakeFirst()) as
      SignInLinkRow | undefined;
  }

  private async insertSession(db: SqlDatabase['db'], token: AccessTokenRecord, origin: SessionOrigin): Promise<OpenedSession> {
    const id = randomBytes(32).toString('base64url');
    const now = this.clock();
    const row: SessionRow = {
      id_hash: hashSecret(id),
      token_id: token.id,
      origin,
      created_at: new Date(now).toISOString(),
      last_seen_at: new Date(now).toISOString(),
      // A session never outlives the token it stands for.
      expires_at: new Date(
        Math.min(now + this.options.maxMs, token.expiresAt !== undefined ? Date.parse(token.expiresAt) : Infinity),
      ).toISOString(),
    };
    await db.insertInto(SESSIONS_TABLE).values(row).execute();
    return { id, ...this.recordOf(row, token) };
  }

  private endOf(row: SessionRow): number {
    return Math.min(Date.parse(row.expires_at), Date.parse(row.last_seen_at) + this.options.idleMs);
  }

  private recordOf(row: SessionRow, token: AccessTokenRecord): SessionRecord {
    return {
      actor: actorOf(token),
      origin: row.origin as SessionOrigin,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      absoluteExpiresAt: row.expires_at,
      expiresAt: new Date(this.endOf(row)).toISOString(),
    };
  }
}
