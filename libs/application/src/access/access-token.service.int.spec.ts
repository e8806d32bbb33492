import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlDatabase, type SqlDatabase } from '../sql-database.js';
import { AccessTokenService } from './access-token.service.js';

describe('AccessTokenService on SQLite', () => {
  let dir: string;
  let here: SqlDatabase;
  let elsewhere: SqlDatabase;
  let now: number;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongron-tokens-'));
    here = openSqlDatabase({ kind: 'sqlite', file: join(dir, 'gongron.sqlite') });
    elsewhere = openSqlDatabase({ kind: 'sqlite', file: join(dir, 'gongron.sqlite') });
    now = 1_000_000;
  });

  afterEach(async () => {
    await here.close();
    await elsewhere.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a token revoked in this process at once, though it was resolved a moment before', async () => {
    const tokens = new AccessTokenService(here, { clock: () => now });
    const issued = await tokens.create({ role: 'secretary', district: 'suwon', body: 'civic-council', name: '간사' });
    expect(await tokens.resolve(issued.token)).toEqual({
      id: issued.id,
      role: 'secretary',
      district: 'suwon',
      body: 'civic-council',
      name: '간사',
    });
    await tokens.revoke(issued.id);
    expect(await tokens.resolve(issued.token)).toBeUndefined();
  });

  it('refuses a token revoked by another process once the cache time has passed', async () => {
    const tokens = new AccessTokenService(here, { clock: () => now, cacheTtlMs: 2_000 });
    const cli = new AccessTokenService(elsewhere);
    const issued = await tokens.create({ role: 'auditor', name: '감사' });
    expect((await tokens.resolve(issued.token))?.id).toBe(issued.id);
    await cli.revoke(issued.id);
    now += 1_999;
    expect((await tokens.resolve(issued.token))?.id).toBe(issued.id);
    now += 2;
    expect(await tokens.resolve(issued.token)).toBeUndefined();
  });

  it('resolves a token issued by another process at once: unknown tokens are never cached', async () => {
    const tokens = new AccessTokenService(here, { clock: () => now });
    const cli = new AccessTokenService(elsewhere);
    await tokens.ensureSchema();
    expect(await tokens.resolve(`gr_${'A'.repeat(43)}`)).toBeUndefined();
    const issued = await cli.create({ role: 'admin' });
    expect((await tokens.resolve(issued.token))?.role).toBe('admin');
  });

  it('stops resolving a token when it expires, even one resolved from the cache a moment before', async () => {
    const tokens = new AccessTokenService(here, { clock: () => now, ttlDays: 90, cacheTtlMs: 60_000 });
    const issued = await tokens.create({ role: 'auditor' });
    expect(issued.expiresAt).toBe(new Date(now + 90 * 86_400_000).toISOString());
    now += 90 * 86_400_000 - 1;
    expect((await tokens.check(issued.token)).status).toBe('valid');
    now += 1;
    expect(await tokens.check(issued.token)).toEqual({ status: 'expired', expiredAt: issued.expiresAt });
    expect(await tokens.resolve(issued.token)).toBeUndefined();
    expect((await tokens.create({ role: 'auditor' }, { ttlDays: 1 })).expiresAt).toBe(new Date(now + 86_400_000).toISOString());
  });

  it('rotates a token: the successor has the same role and scope and resolves, the old one is revoked at once', async () => {
    const tokens = new AccessTokenService(here, { clock: () => now, cacheTtlMs: 60_000 });
    const old = await tokens.create({ role: 'official', district: 'suwon', party: 'education-office', name: '수원 담당' });
    expect((await tokens.resolve(old.token))?.id).toBe(old.id);
    now += 10_000;
    const rotated = await tokens.rotate(old.id);
    expect(rotated?.revoked).toMatchObject({ id: old.id, revokedAt: new Date(now).toISOString() });
    expect(rotated?.issued).toMatchObject({ role: 'official', district: 'suwon', party: 'education-office', name: '수원 담당' });
    expect(rotated!.issued.id).not.toBe(old.id);
    expect(await tokens.resolve(old.token)).toBeUndefined();
    expect(await tokens.resolve(rotated!.issued.token)).toEqual({
      id: rotated!.issued.id,
      role: 'official',
      district: 'suwon',
      party: 'education-office',
      name: '수원 담당',
    });
    // A revoked token cannot be rotated again: one successor only.
    expect(await tokens.rotate(old.id)).toBeUndefined();
    expect(await tokens.rotate('no-such-id')).toBeUndefined();
  });

  it('gives the tokens of a table made before tokens expired the full validity from the upgrade', async () => {
    await here.db.schema
      .createTable('gongron_access_tokens')
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
    const token = `gr_${'B'.repeat(43)}`;
    const { hashToken } = await import('./access-token.service.js');
    await here.db
      .insertInto('gongron_access_tokens')
      .values({ id: 'legacy', token_hash: hashToken(token), role: 'admin', created_at: '2020-01-01T00:00:00.000Z' })
      .execute();
    const tokens = new AccessTokenService(here, { clock: () => now, ttlDays: 30 });
    expect((await tokens.resolve(token))?.id).toBe('legacy');
    expect((await tokens.get('legacy'))?.expiresAt).toBe(new Date(now + 30 * 86_400_000).toISOString());
  });
});
