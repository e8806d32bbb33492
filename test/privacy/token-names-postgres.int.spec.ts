/**
 * An access token's name on PostgreSQL: a token table made before names were sealed (its name a
 * varchar(200), the name in clear) is widened and sealed when the service starts, so a long name
 * fits in its sealed form; the name reads [삭제됨] once its actor is erased.
 */
import { AccessTokenService, ACCESS_TOKENS_TABLE, buildEventTypeRegistry, openSqlDatabase, type SqlDatabase } from '@gongron/application';
import { PostgresEventStore } from '@gongron/event-store';
import { sql } from 'kysely';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../support/postgres.js';

const describePg = await describeWithPostgres();

describePg('access token names on PostgreSQL', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let db: SqlDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('gongron_token_names');
    store = await PostgresEventStore.create({ connectionString: database.url, registry: buildEventTypeRegistry() });
    db = openSqlDatabase({ kind: 'postgres', connectionString: database.url });
  });
  afterAll(async () => {
    await db?.close();
    await store?.close();
    await database?.drop();
  });

  it('widens and seals the names of a table made before, and a name of 200 characters fits sealed', async () => {
    await sql`create table ${sql.table(ACCESS_TOKENS_TABLE)} (
      id varchar(64) primary key, token_hash varchar(64) not null unique, role varchar(16) not null,
      district varchar(32), body varchar(32), party varchar(32), name varchar(200),
      created_at varchar(32) not null, expires_at varchar(32), revoked_at varchar(32))`.execute(db.db);
    const older = await new AccessTokenService(db).create({ role: 'auditor', name: '도 감사관' });
    const tokens = new AccessTokenService(db, { subjectKeys: store.subjectKeys! });
    const long = await tokens.create({ role: 'official', district: 'suwon', party: 'local-government', name: '가'.repeat(200) });
    const stored = (await db.db.selectFrom(ACCESS_TOKENS_TABLE).select(['id', 'name']).orderBy('created_at').execute()) as {
      id: string;
      name: string;
    }[];
    expect(stored.map((row) => row.name.startsWith('\uE000pd1|'))).toEqual([true, true]);
    expect(stored.find((row) => row.id === long.id)!.name.length).toBeGreaterThan(200);
    expect((await tokens.get(older.id))?.name).toBe('도 감사관');
    expect((await tokens.get(long.id))?.name).toBe('가'.repeat(200));
    await store.subjectKeys!.erase(`actor:${older.id}`, new Date().toISOString());
    expect((await tokens.list()).map((token) => token.name)).toEqual(['[삭제됨]', '가'.repeat(200)]);
  });
});
