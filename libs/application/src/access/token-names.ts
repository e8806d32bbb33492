/**
 * An access token's name is its holder's name (김수원 주무관): personal data of the data subject
 * `actor:<token id>`, the subject the log seals that actor's name under on every event the token
 * signs. The token table keeps it sealed under that subject's key, so one erasure of the actor
 * destroys the name in the table and on the events alike; administrators read it as before, and
 * `[삭제됨]` once the actor was erased. Names stored in clear before are sealed at start.
 */
import { ERASED_PLACEHOLDER, isPersonalEnvelope, openOutsideLog, sealOutsideLog, type SubjectKeyStore } from '@gongron/event-store';
import type { SqlDatabase } from '../sql-database.js';

/** Where a token's name is stored: the row's id and district name its subject. */
interface NamedRow {
  readonly id: string;
  readonly district: string | null;
  readonly name: string | null;
}

export class TokenNames {
  constructor(private readonly keys: SubjectKeyStore | undefined) {}

  /** The name as the table keeps it (in clear only where the store keeps no key table). */
  async seal(row: NamedRow, at: string): Promise<string | null> {
    if (row.name === null || !this.keys) return row.name;
    const subject = { subject: `actor:${row.id}`, district: row.district ?? undefined, category: 'actor' };
    return sealOutsideLog(this.keys, subject, row.id, 'name', row.name, at);
  }

  /** The rows with their names readable: the plain name, or `[삭제됨]` once the actor was erased. */
  async open<T extends NamedRow>(rows: readonly T[]): Promise<T[]> {
    const stored = rows.flatMap((row) => (row.name === null ? [] : [row.name]));
    if (stored.length === 0) return [...rows];
    const shown = await openOutsideLog(this.keys, stored);
    return rows.map((row) => (row.name === null ? row : { ...row, name: shown.get(row.name) ?? ERASED_PLACEHOLDER }));
  }

  /** Seals every name a table made before kept in clear (two processes doing it at once write the same bytes). */
  async sealClearNames(sql: SqlDatabase, table: string, at: string): Promise<void> {
    if (!this.keys) return;
    const rows = (await sql.db.selectFrom(table).select(['id', 'district', 'name']).where('name', 'is not', null).execute()) as NamedRow[];
    for (const row of rows) {
      if (row.name === null || isPersonalEnvelope(row.name)) continue;
      await sql.db
        .updateTable(table)
        .set({ name: await this.seal(row, at) })
        .where('id', '=', row.id)
        .where('name', '=', row.name)
        .execute();
    }
  }
}

/** Whether a name read back stands for no one any more (its actor was erased). */
export const isErasedName = (name: string | null | undefined): boolean => name === ERASED_PLACEHOLDER;
