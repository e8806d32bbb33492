/**
 * The one place an event store is chosen by configuration.
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { EventStore } from './event-store.js';
import type { EventTypeRegistry } from './registry.js';
import { MemoryCheckpointStore, type CheckpointStore } from './checkpoint-store.js';
import { MemoryEventStore } from './memory/memory-event-store.js';
import { SqliteEventStore } from './sqlite/sqlite-event-store.js';
import { SqliteCheckpointStore } from './sqlite/sqlite-checkpoint-store.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';
import { PostgresCheckpointStore } from './postgres/postgres-checkpoint-store.js';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store.js';

interface Common {
  readonly registry?: EventTypeRegistry;
  readonly clock?: () => Date;
}

export type EventStoreOptions =
  | ({ readonly kind: 'memory' } & Common)
  | ({ readonly kind: 'sqlite'; readonly file: string; readonly busyWaitMs?: number; readonly appendThread?: boolean } & Common)
  | ({ readonly kind: 'sqlite'; readonly database: Database.Database; readonly file?: undefined } & Common)
  | ({ readonly kind: 'postgres'; readonly connectionString: string; readonly poolSize?: number } & Common)
  | ({ readonly kind: 'postgres'; readonly pool: pg.Pool; readonly connectionString?: undefined } & Common)
  | ({ readonly kind: 'eventstoredb'; readonly connectionString: string; readonly subjectKeysConnectionString?: string } & Common);

export async function createEventStore(options: EventStoreOptions): Promise<EventStore> {
  switch (options.kind) {
    case 'memory':
      return new MemoryEventStore(options);
    case 'sqlite':
      return new SqliteEventStore(options);
    case 'postgres':
      return PostgresEventStore.create(options);
    case 'eventstoredb':
      return EventStoreDbEventStore.connect(options);
    default: {
      const unknown: never = options;
      throw new TypeError(`Unknown event store kind ${JSON.stringify((unknown as { kind?: unknown }).kind)}`);
    }
  }
}

export type CheckpointStoreOptions =
  | { readonly kind: 'memory' }
  | { readonly kind: 'sqlite'; readonly file: string; readonly busyWaitMs?: number }
  | { readonly kind: 'sqlite'; readonly database: Database.Database; readonly file?: undefined }
  | { readonly kind: 'postgres'; readonly connectionString: string }
  | { readonly kind: 'postgres'; readonly pool: pg.Pool; readonly connectionString?: undefined };

export async function createCheckpointStore(options: CheckpointStoreOptions): Promise<CheckpointStore> {
  switch (options.kind) {
    case 'memory':
      return new MemoryCheckpointStore();
    case 'sqlite':
      return new SqliteCheckpointStore(options);
    case 'postgres':
      return PostgresCheckpointStore.create(options);
    default: {
      const unknown: never = options;
      throw new TypeError(`Unknown checkpoint store kind ${JSON.stringify((unknown as { kind?: unknown }).kind)}`);
    }
  }
}
