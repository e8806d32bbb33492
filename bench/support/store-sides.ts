/**
 * The sides of a store comparison behind one small interface, so every side runs the exact
 * same cases with the exact same payloads: Gongron's EventStore port and Emmett's PostgreSQL store.
 */
import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore, readMessagesBatch, type PostgresEventStore } from '@event-driven-io/emmett-postgresql';
import { dumbo, type Dumbo } from '@event-driven-io/dumbo';
import pg from 'pg';
import type { EventStore, EventToAppend } from '@gongron/event-store';

export interface StoreSide {
  readonly name: string;
  /** Appends events to a stream that does not exist yet (optimistic concurrency: no-stream). */
  appendNew(streamId: string, events: readonly EventToAppend[]): Promise<void>;
  /** Reads the whole log from the start in pages; returns how many events were read. */
  readAll(pageSize: number): Promise<number>;
  close(): Promise<void>;
}

export function gongronSide(name: string, store: EventStore): StoreSide {
  return {
    name,
    async appendNew(streamId, events) {
      await store.append(streamId, events, 'no-stream');
    },
    async readAll(pageSize) {
      let after = 0;
      let count = 0;
      for (;;) {
        const page = await store.readAll({ after, maxCount: pageSize });
        if (page.length === 0) return count;
        count += page.length;
        after = page[page.length - 1]!.position;
      }
    },
    close: () => store.close(),
  };
}

type EmmettEvent = { type: string; data: Record<string, unknown>; metadata?: Record<string, unknown> };

export function emmettSide(connectionString: string, poolSize: number): StoreSide & { migrate(): Promise<void> } {
  // Our own pg.Pool, so both sides get the same number of connections.
  const pgPool = new pg.Pool({ connectionString, max: poolSize });
  const pool: Dumbo = dumbo({ connectionString, pool: pgPool, pooled: true });
  const store: PostgresEventStore = getPostgreSQLEventStore(connectionString, {
    connectionOptions: { dumbo: pool },
    schema: { autoMigration: 'None' },
  });
  return {
    name: 'emmett',
    async migrate() {
      await store.schema.migrate();
    },
    async appendNew(streamId, events) {
      // Emmett keeps the id in metadata (messageId); the same payload and metadata go in as on our side.
      const mapped: EmmettEvent[] = events.map((e) => ({
        type: e.type,
        data: e.data as Record<string, unknown>,
        metadata: { ...(e.metadata ?? {}), messageId: e.id },
      }));
      await store.appendToStream(streamId, mapped, { expectedStreamVersion: STREAM_DOES_NOT_EXIST });
    },
    async readAll(pageSize) {
      let after = 0n;
      let count = 0;
      for (;;) {
        const batch = await readMessagesBatch(pool.execute, { after, batchSize: pageSize });
        count += batch.messages.length;
        if (batch.messages.length === 0) return count;
        after = batch.currentGlobalPosition;
        if (!batch.areMessagesLeft) return count;
      }
    },
    async close() {
      await store.close();
      await pool.close();
      if (!pgPool.ended) await pgPool.end();
    },
  };
}
