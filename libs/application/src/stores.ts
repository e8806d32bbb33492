/**
 * Opens the log, the checkpoint store and the SQL database the configuration names, in one
 * place: the api, the worker and the CLI all start from here.
 */
import {
  type CheckpointStore,
  createCheckpointStore,
  createEventStore,
  type EventStore,
  type EventTypeRegistry,
} from '@gongron/event-store';
import { Logger } from '@nestjs/common';
import type { GongronConfig } from './config.js';
import { ensureDataFile } from './data-folder.js';
import { openSqlDatabase, type SqlDatabase } from './sql-database.js';

/** The DI token of the opened log and checkpoint store (ApplicationModule provides it). */
export const OPENED_STORES = Symbol.for('gongron.OpenedStores');

export interface OpenedStores {
  readonly store: EventStore;
  readonly checkpoints: CheckpointStore;
  close(): Promise<void>;
}

export interface OpenStoresOptions {
  /** SQLite: write appends on a thread of their own with its own connection (the servers do; a CLI command need not). */
  readonly appendThread?: boolean;
}

export async function openStores(
  config: GongronConfig,
  registry: EventTypeRegistry,
  options: OpenStoresOptions = {},
): Promise<OpenedStores> {
  let store: EventStore;
  let checkpoints: CheckpointStore;
  if (config.store === 'sqlite') {
    ensureDataFile(config.sqliteFile);
    store = await createEventStore({
      kind: 'sqlite',
      file: config.sqliteFile,
      registry,
      busyWaitMs: config.sqliteBusyWaitMs,
      appendThread: options.appendThread ?? false,
    });
    checkpoints = await createCheckpointStore({ kind: 'sqlite', file: config.sqliteFile, busyWaitMs: config.sqliteBusyWaitMs });
  } else if (config.store === 'postgres') {
    store = await createEventStore({ kind: 'postgres', connectionString: config.databaseUrl!, registry });
    checkpoints = await createCheckpointStore({ kind: 'postgres', connectionString: config.databaseUrl! });
  } else {
    // The personal-data keys are kept in the installation's PostgreSQL, beside the read models.
    store = await createEventStore({
      kind: 'eventstoredb',
      connectionString: config.eventStoreConnectionString!,
      subjectKeysConnectionString: config.databaseUrl!,
      registry,
    });
    // EventStoreDB holds the log; the readers' checkpoints live beside the read models.
    checkpoints = await createCheckpointStore({ kind: 'postgres', connectionString: config.databaseUrl! });
  }
  return {
    store,
    checkpoints,
    async close() {
      await checkpoints.close();
      await store.close();
    },
  };
}

export function openConfiguredSqlDatabase(config: GongronConfig): SqlDatabase {
  if (config.store === 'sqlite') return openSqlDatabase({ kind: 'sqlite', file: config.sqliteFile, busyWaitMs: config.sqliteBusyWaitMs });
  const logger = new Logger('SqlDatabase');
  return openSqlDatabase({
    kind: 'postgres',
    connectionString: config.databaseUrl!,
    onConnectionError: (error) => logger.warn(`a PostgreSQL connection was lost and will be replaced: ${error.message}`),
  });
}

/** DI token for the SQL database (read models, access tokens, idempotency records). */
export const SQL_DATABASE = Symbol.for('gongron.SqlDatabase');
