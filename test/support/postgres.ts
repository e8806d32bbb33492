/**
 * PostgreSQL for integration tests: every suite gets its own fresh database on the real
 * server (PG_TEST_URL, default postgres://postgres@127.0.0.1:5432/postgres), dropped after.
 * Without a server the suite is skipped loudly; under CI=true a missing server fails the run.
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';

export const PG_ADMIN_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Call at module top level: returns describe or describe.skip, shouting when it skips. */
export async function describeWithPostgres(): Promise<jest.Describe> {
  if (await postgresAvailable()) return describe;
  if (process.env.CI === 'true') {
    throw new Error(`PostgreSQL is not reachable at ${PG_ADMIN_URL}; under CI=true nothing may be skipped.`);
  }
  console.warn(`\n*** SKIPPED: PostgreSQL is not reachable at ${PG_ADMIN_URL}; server-mode tests did not run. ***\n`);
  return describe.skip;
}

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(prefix = 'gongron_test'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`.toLowerCase();
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
