/**
 * An access token's name on real SQLite, beside the log's key table in the same file: sealed
 * under its actor's key, read in clear by the service, `[삭제됨]` once the actor is erased (and
 * then signing without a name, and not carried to a successor); names kept in clear by an older
 * table are sealed when the service starts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@gongron/event-store';
import { buildEventTypeRegistry } from '../domain-catalog.js';
import { openSqlDatabase, type SqlDatabase } from '../sql-database.js';
import { ACCESS_TOKENS_TABLE, AccessTokenService } from './access-token.service.js';

const NAME = '김수원 주무관';

describe('access token names, sealed under their actor’s key', () => {
  let dir: string;
  let file: string;
  let sql: SqlDatabase;
  let store: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongron-token-names-'));
    file = join(dir, 'gongron.sqlite');
    store = new SqliteEventStore({ file, registry: buildEventTypeRegistry() });
    sql = openSqlDatabase({ kind: 'sqlite', file });
  });
  afterEach(async () => {
    await sql.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const storedNames = async () =>
    ((await sql.db.selectFrom(ACCESS_TOKENS_TABLE).select(['id', 'name']).execute()) as { id: string; name: string | null }[]).map(
      (row) => row.name,
    );

  it('keeps the name sealed, reads it in clear, and reads [삭제됨] once the actor is erased', async () => {
    const tokens = new AccessTokenService(sql, { subjectKeys: store.subjectKeys!, cacheTtlMs: 0 });
    const issued = await tokens.create({ role: 'official', district: 'suwon', party: 'education-office', name: NAME });
    expect(issued.name).toBe(NAME);
    expect(await storedNames()).toEqual([expect.stringMatching(/^\uE000pd1\|actor%3A/)]);
    expect(JSON.stringify(await storedNames())).not.toContain(NAME);
    expect((await tokens.get(issued.id))?.name).toBe(NAME);
    expect((await tokens.list()).map((token) => token.name)).toEqual([NAME]);
    expect((await tokens.resolve(issued.token))?.name).toBe(NAME);
    // Rotated before the erasure: the successor keeps the name, sealed under its own actor's key.
    const rotated = (await tokens.rotate(issued.id))!;
    expect(rotated.issued.name).toBe(NAME);
    expect((await tokens.get(rotated.issued.id))?.name).toBe(NAME);

    await store.subjectKeys!.erase(`actor:${rotated.issued.id}`, new Date().toISOString());
    expect((await tokens.get(rotated.issued.id))?.name).toBe('[삭제됨]');
    expect((await tokens.get(issued.id))?.name).toBe(NAME);
    const actor = await tokens.resolve(rotated.issued.token);
    expect(actor).toEqual({ id: rotated.issued.id, role: 'official', district: 'suwon', party: 'education-office' });
    const successor = (await tokens.rotate(rotated.issued.id))!;
    expect(successor.issued.name).toBeUndefined();
    expect(successor.revoked.name).toBe('[삭제됨]');
  });

  it('seals the names an older table kept in clear when the service starts', async () => {
    const before = await new AccessTokenService(sql).create({ role: 'auditor', name: NAME });
    expect(await storedNames()).toEqual([NAME]);
    const tokens = new AccessTokenService(sql, { subjectKeys: store.subjectKeys! });
    await tokens.ensureSchema();
    expect(await storedNames()).toEqual([expect.stringMatching(/^\uE000pd1\|/)]);
    expect((await tokens.get(before.id))?.name).toBe(NAME);
    await store.subjectKeys!.erase(`actor:${before.id}`, new Date().toISOString());
    expect((await tokens.get(before.id))?.name).toBe('[삭제됨]');
    // Byte for byte: the file and its WAL no longer hold the name anywhere.
    const bytes = Buffer.concat(
      [file, `${file}-wal`].flatMap((path) => {
        try {
          return [readFileSync(path)];
        } catch {
          return [];
        }
      }),
    );
    expect(bytes.includes(Buffer.from(NAME))).toBe(false);
  });
});
