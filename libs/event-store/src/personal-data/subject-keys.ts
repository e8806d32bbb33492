/**
 * The key table: one AES-256 key per data subject, beside the log but not part of it (no hash,
 * no Merkle leaf covers it). Erasing a subject sets its key to NULL: every value sealed under
 * that key is then unreadable for good, while the events that carry the ciphertext, and every
 * proof over them, stay exactly as they were. A subject written again after its erasure gets a
 * new key; what was sealed under the old one stays unreadable.
 *
 * Erasure overwrites the key where the database keeps it: SQLite runs with `secure_delete` and
 * truncates its WAL after the erasure; PostgreSQL vacuums the table so no dead row version keeps
 * the key.
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { newSubjectKey } from './envelope.js';

/** A data subject whose key an append needs. */
export interface SubjectKeyRequest {
  readonly subject: string;
  readonly category: string;
  readonly district: string | undefined;
}

export interface SubjectKeyState {
  /** Null once erased (and not written again since). */
  readonly key: Buffer | null;
  readonly category: string;
  readonly district: string | null;
  /** When the subject was last erased, if ever. */
  readonly erasedAt: string | null;
}

export interface SubjectSummary {
  readonly subject: string;
  readonly category: string;
  readonly district: string | null;
  readonly createdAt: string;
  readonly lastWrittenAt: string;
  readonly erasedAt: string | null;
  readonly hasKey: boolean;
}

export interface ErasureOutcome {
  /** False when there was no key left to destroy (never written, or erased already). */
  readonly destroyed: boolean;
  readonly category: string | null;
}

/** What readers and the erasure use; the append writes keys inside its own transaction. */
export interface SubjectKeyStore {
  lookup(subjects: readonly string[]): Promise<Map<string, SubjectKeyState>>;
  describe(subject: string): Promise<SubjectSummary | undefined>;
  /** Destroys the subject's key (or records the erasure of a subject that has none). */
  erase(subject: string, at: string): Promise<ErasureOutcome>;
  /** Subjects of a category with a key, last written before the cutoff (ISO instant). */
  expired(category: string, cutoff: string, limit: number): Promise<string[]>;
  /**
   * The subject's key for a value kept outside the log (an access token's name), created where
   * missing and counted as written now, as an append counts it.
   */
  keyFor(request: SubjectKeyRequest, at: string): Promise<Buffer>;
}

const TABLE = 'gongron_subject_keys';
const DDL = `create table if not exists ${TABLE} (
  subject text primary key,
  category text not null,
  district text,
  key %BLOB%,
  created_at text not null,
  last_written_at text not null,
  erased_at text
)`;

interface KeyRow {
  subject: string;
  category: string;
  district: string | null;
  key: Buffer | null;
  created_at: string;
  last_written_at: string;
  erased_at: string | null;
}

function stateOf(row: KeyRow): SubjectKeyState {
  return { key: row.key, category: row.category, district: row.district, erasedAt: row.erased_at };
}

function summary(row: KeyRow): SubjectSummary {
  return {
    subject: row.subject,
    category: row.category,
    district: row.district,
    createdAt: row.created_at,
    lastWrittenAt: row.last_written_at,
    erasedAt: row.erased_at,
    hasKey: row.key !== null,
  };
}

const UPSERT = `insert into ${TABLE} (subject, category, district, key, created_at, last_written_at) values (?, ?, ?, ?, ?, ?)
  on conflict (subject) do update set last_written_at = excluded.last_written_at, key = coalesce(${TABLE}.key, excluded.key)
  returning key`;

export class SqliteSubjectKeys implements SubjectKeyStore {
  private readonly statements;

  constructor(private readonly database: Database.Database) {
    database.exec(DDL.replace('%BLOB%', 'blob'));
    // Freed and overwritten content is zeroed, so a destroyed key leaves no copy in the file.
    database.pragma('secure_delete = on');
    this.statements = {
      upsert: database.prepare<[string, string, string | null, Buffer, string, string], { key: Buffer }>(UPSERT),
      existing: database.prepare<[string], { key: Buffer | null }>(`select key from ${TABLE} where subject = ?`),
      row: database.prepare<[string], KeyRow>(`select * from ${TABLE} where subject = ?`),
      rows: database.prepare<[string], KeyRow>(`select * from ${TABLE} where subject in (select value from json_each(?))`),
      erase: database.prepare<[string, string]>(`update ${TABLE} set key = null, erased_at = ? where subject = ?`),
      tombstone: database.prepare<[string, string, string, string]>(
        `insert into ${TABLE} (subject, category, district, key, created_at, last_written_at, erased_at) values (?, 'unknown', null, null, ?, ?, ?)
         on conflict (subject) do nothing`,
      ),
      expired: database.prepare<[string, string, number], { subject: string }>(
        `select subject from ${TABLE} where category = ? and key is not null and last_written_at < ? order by last_written_at limit ?`,
      ),
    };
  }

  /** Inside the append's transaction: the subjects' keys, created where missing. */
  keysForAppend(requests: readonly SubjectKeyRequest[], at: string): Map<string, Buffer> {
    const keys = new Map<string, Buffer>();
    for (const request of requests) {
      const row = this.statements.upsert.get(request.subject, request.category, request.district ?? null, newSubjectKey(), at, at);
      keys.set(request.subject, row!.key);
    }
    return keys;
  }

  async keyFor(request: SubjectKeyRequest, at: string): Promise<Buffer> {
    return this.keysForAppend([request], at).get(request.subject)!;
  }

  /** The keys that exist now, without creating any (to recognise a retried append). */
  existingKeys(requests: readonly SubjectKeyRequest[]): Map<string, Buffer> {
    const keys = new Map<string, Buffer>();
    for (const request of requests) {
      const key = this.statements.existing.get(request.subject)?.key;
      if (key) keys.set(request.subject, key);
    }
    return keys;
  }

  async lookup(subjects: readonly string[]): Promise<Map<string, SubjectKeyState>> {
    const found = new Map<string, SubjectKeyState>();
    const unique = [...new Set(subjects)];
    // One statement for the whole value (a response shows the latest entries, each its own subject).
    const rows = unique.length === 1 ? [this.statements.row.get(unique[0]!)] : this.statements.rows.all(JSON.stringify(unique));
    for (const row of rows) if (row) found.set(row.subject, stateOf(row));
    return found;
  }

  async describe(subject: string): Promise<SubjectSummary | undefined> {
    const row = this.statements.row.get(subject);
    return row && summary(row);
  }

  async erase(subject: string, at: string): Promise<ErasureOutcome> {
    const outcome = this.database
      .transaction((): ErasureOutcome => {
        const row = this.statements.row.get(subject);
        if (!row) {
          this.statements.tombstone.run(subject, at, at, at);
          return { destroyed: false, category: null };
        }
        this.statements.erase.run(at, subject);
        return { destroyed: row.key !== null, category: row.category };
      })
      .immediate();
    // The WAL still holds the page as it was before: write it back and empty the WAL.
    this.database.pragma('wal_checkpoint(TRUNCATE)');
    return outcome;
  }

  async expired(category: string, cutoff: string, limit: number): Promise<string[]> {
    return this.statements.expired.all(category, cutoff, limit).map((row) => row.subject);
  }
}

/**
 * The key table of the in-memory store: the same rules as the SQL tables (a key per subject,
 * created at its first value, kept on a later one, destroyed by an erasure and made anew when the
 * subject is written again), so a test on memory proves what the durable stores do. Synchronous,
 * so an in-memory append stays one step that no other append can interleave with.
 */
export class MemorySubjectKeys implements SubjectKeyStore {
  private readonly rows = new Map<string, KeyRow>();

  keysForAppend(requests: readonly SubjectKeyRequest[], at: string): Map<string, Buffer> {
    const keys = new Map<string, Buffer>();
    for (const request of requests) {
      const row = this.rows.get(request.subject);
      if (!row) {
        const created: KeyRow = {
          subject: request.subject,
          category: request.category,
          district: request.district ?? null,
          key: newSubjectKey(),
          created_at: at,
          last_written_at: at,
          erased_at: null,
        };
        this.rows.set(request.subject, created);
        keys.set(request.subject, created.key!);
        continue;
      }
      row.last_written_at = at;
      row.key ??= newSubjectKey();
      keys.set(request.subject, row.key);
    }
    return keys;
  }

  async keyFor(request: SubjectKeyRequest, at: string): Promise<Buffer> {
    return this.keysForAppend([request], at).get(request.subject)!;
  }

  existingKeys(requests: readonly SubjectKeyRequest[]): Map<string, Buffer> {
    const keys = new Map<string, Buffer>();
    for (const request of requests) {
      const key = this.rows.get(request.subject)?.key;
      if (key) keys.set(request.subject, key);
    }
    return keys;
  }

  async lookup(subjects: readonly string[]): Promise<Map<string, SubjectKeyState>> {
    const found = new Map<string, SubjectKeyState>();
    for (const subject of new Set(subjects)) {
      const row = this.rows.get(subject);
      if (row) found.set(subject, stateOf(row));
    }
    return found;
  }

  async describe(subject: string): Promise<SubjectSummary | undefined> {
    const row = this.rows.get(subject);
    return row && summary(row);
  }

  async erase(subject: string, at: string): Promise<ErasureOutcome> {
    const row = this.rows.get(subject);
    if (!row) {
      this.rows.set(subject, {
        subject,
        category: 'unknown',
        district: null,
        key: null,
        created_at: at,
        last_written_at: at,
        erased_at: at,
      });
      return { destroyed: false, category: null };
    }
    const destroyed = row.key !== null;
    // Overwritten before it is dropped, so no copy of the key outlives the erasure in this process.
    row.key?.fill(0);
    row.key = null;
    row.erased_at = at;
    return { destroyed, category: row.category };
  }

  async expired(category: string, cutoff: string, limit: number): Promise<string[]> {
    return [...this.rows.values()]
      .filter((row) => row.category === category && row.key !== null && row.last_written_at < cutoff)
      .sort((a, b) => (a.last_written_at < b.last_written_at ? -1 : a.last_written_at > b.last_written_at ? 1 : 0))
      .slice(0, limit)
      .map((row) => row.subject);
  }
}

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

export class PostgresSubjectKeys implements SubjectKeyStore {
  constructor(private readonly pool: pg.Pool) {}

  static async migrate(pool: pg.Pool): Promise<void> {
    await pool.query(DDL.replace('%BLOB%', 'bytea'));
  }

  /** Inside the append's transaction (on its client): the subjects' keys, created where missing. */
  async keysForAppend(client: Queryable, requests: readonly SubjectKeyRequest[], at: string): Promise<Map<string, Buffer>> {
    const keys = new Map<string, Buffer>();
    if (requests.length === 0) return keys;
    // Sorted, so two appends that create the same subjects take their row locks in one order.
    const sorted = [...requests].sort((a, b) => (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0));
    const { rows } = await client.query<{ subject: string; key: Buffer }>({
      name: 'gongron-subject-keys-upsert',
      text: `insert into ${TABLE} (subject, category, district, key, created_at, last_written_at)
               select s, c, d, k, $5, $5 from unnest($1::text[], $2::text[], $3::text[], $4::bytea[]) as u(s, c, d, k)
             on conflict (subject) do update set last_written_at = excluded.last_written_at, key = coalesce(${TABLE}.key, excluded.key)
             returning subject, key`,
      values: [
        sorted.map((r) => r.subject),
        sorted.map((r) => r.category),
        sorted.map((r) => r.district ?? null),
        sorted.map(() => newSubjectKey()),
        at,
      ],
    });
    for (const row of rows) keys.set(row.subject, row.key);
    return keys;
  }

  /**
   * For a log outside this database (EventStoreDB in the scale-out mode): the keys, created where
   * missing, in a statement of their own before the append. A key made for an append that then
   * fails seals nothing and is erased as any other.
   */
  keysBeforeAppend(requests: readonly SubjectKeyRequest[], at: string): Promise<Map<string, Buffer>> {
    return this.keysForAppend(this.pool, requests, at);
  }

  async keyFor(request: SubjectKeyRequest, at: string): Promise<Buffer> {
    return (await this.keysForAppend(this.pool, [request], at)).get(request.subject)!;
  }

  async existingKeys(client: Queryable, requests: readonly SubjectKeyRequest[]): Promise<Map<string, Buffer>> {
    const found = await this.lookupWith(
      client,
      requests.map((r) => r.subject),
    );
    const keys = new Map<string, Buffer>();
    for (const [subject, state] of found) if (state.key) keys.set(subject, state.key);
    return keys;
  }

  lookup(subjects: readonly string[]): Promise<Map<string, SubjectKeyState>> {
    return this.lookupWith(this.pool, subjects);
  }

  private async lookupWith(client: Queryable, subjects: readonly string[]): Promise<Map<string, SubjectKeyState>> {
    const found = new Map<string, SubjectKeyState>();
    if (subjects.length === 0) return found;
    const { rows } = await client.query<KeyRow>({
      name: 'gongron-subject-keys-lookup',
      text: `select * from ${TABLE} where subject = any($1::text[])`,
      values: [[...new Set(subjects)]],
    });
    for (const row of rows) found.set(row.subject, stateOf(row));
    return found;
  }

  async describe(subject: string): Promise<SubjectSummary | undefined> {
    const { rows } = await this.pool.query<KeyRow>(`select * from ${TABLE} where subject = $1`, [subject]);
    return rows[0] && summary(rows[0]);
  }

  async erase(subject: string, at: string): Promise<ErasureOutcome> {
    const { rows } = await this.pool.query<{ had_key: boolean; category: string }>(
      `with before as (select subject, key is not null as had_key, category from ${TABLE} where subject = $1 for update),
            erased as (update ${TABLE} set key = null, erased_at = $2 where subject = $1 returning subject)
       select had_key, category from before`,
      [subject, at],
    );
    if (rows.length === 0) {
      await this.pool.query(
        `insert into ${TABLE} (subject, category, district, key, created_at, last_written_at, erased_at) values ($1, 'unknown', null, null, $2, $2, $2)
         on conflict (subject) do nothing`,
        [subject, at],
      );
    }
    // No dead row version may keep the key: vacuum rewrites the page without it.
    await this.pool.query(`vacuum ${TABLE}`);
    return rows.length === 0 ? { destroyed: false, category: null } : { destroyed: rows[0]!.had_key, category: rows[0]!.category };
  }

  async expired(category: string, cutoff: string, limit: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ subject: string }>(
      `select subject from ${TABLE} where category = $1 and key is not null and last_written_at < $2 order by last_written_at limit $3`,
      [category, cutoff, limit],
    );
    return rows.map((row) => row.subject);
  }
}
