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
    expect(await tokens.resolve(issued.token)).toEqual({ id: issued.id, role: 'secretary', district: 'suwon', body: 'civic-council', name: '간사' });
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
});
