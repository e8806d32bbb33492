/**
 * An application role that can append to the log but never change it: SELECT and INSERT on the
 * log and its tree, nothing more, and no ownership of them (so it can neither drop nor disable
 * their append-only triggers). The owner of the schema creates the log (runs the event store's
 * migrations) and then grants; the application connects as the role and creates the read-model
 * tables it rebuilds itself. See docs/transparency-log.md.
 */
import type pg from 'pg';
import { migratePostgres, APPEND_ONLY_TABLES } from './postgres-schema.js';

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The statements, for a role that exists already; the owner of the schema runs them after the migrations. */
export function appendOnlyRoleGrants(role: string, schema = 'public'): string[] {
  if (!ROLE_NAME.test(role)) throw new TypeError(`a role name is lower-case letters, digits and "_" (got ${JSON.stringify(role)})`);
  if (!ROLE_NAME.test(schema)) throw new TypeError(`a schema name is lower-case letters, digits and "_" (got ${JSON.stringify(schema)})`);
  const log = APPEND_ONLY_TABLES.map((table) => `${schema}.${table}`).join(', ');
  return [
    // Read-model tables, checkpoints and tokens are the application's own: it may create them.
    `grant usage, create on schema ${schema} to ${role}`,
    `grant select, insert on ${log} to ${role}`,
    `revoke update, delete, truncate on ${log} from ${role}`,
    // Stream heads move with every append; verification holds them against the events.
    `grant select, insert, update, delete on ${schema}.gongron_streams to ${role}`,
    `grant select, insert, update, delete on ${schema}.gongron_checkpoints to ${role}`,
    `grant select on ${schema}.gongron_schema_migrations to ${role}`,
    `grant usage on all sequences in schema ${schema} to ${role}`,
    `grant execute on all functions in schema ${schema} to ${role}`,
  ];
}

/** Migrates the event store as the connected (owning) role, then grants the application role its rights. */
export async function prepareAppendOnlyRole(pool: pg.Pool, role: string, schema = 'public'): Promise<string[]> {
  const statements = appendOnlyRoleGrants(role, schema);
  await migratePostgres(pool);
  const client = await pool.connect();
  try {
    await client.query('begin');
    for (const statement of statements) await client.query(statement);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return statements;
}
