/**
 * The append that cannot be overtaken: lock the stream row, read its head, seal, insert, in one
 * explicit transaction. It takes over an append that keeps finding its head stale, or whose
 * group failed as a whole, so that each such append still gets its own answer.
 */
import type pg from 'pg';
import type { AppendResult, ExpectedRevision } from '../event-store.js';
import { appendResult, checkExpected, sealBatch, toStoredEvent, type PreparedEvent, type SealedEvent } from '../core.js';
import { streamCategory } from '../stream-id.js';
import { receiptsOf } from './postgres-merkle.js';
import { isBroken, mapPostgresError } from './postgres-errors.js';
import { connectClient } from './postgres-rows.js';
import type { PostgresAppendContext } from './append-context.js';

interface InsertedRow {
  revision: string;
  position: string;
  leaf_index: string;
}

export class LockedAppend {
  constructor(private readonly context: PostgresAppendContext) {}

  async append(streamId: string, batch: PreparedEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const client = await connectClient(this.context.pool);
    let result: AppendResult;
    try {
      result = await this.appendWith(client, streamId, batch, expected);
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      if ((error as { code?: string }).code === '23505') {
        client.release();
        return this.context.retries.resolveUniqueViolation(streamId, batch, error);
      }
      client.release(isBroken(error));
      throw mapPostgresError(error);
    }
    client.release();
    this.context.signal.notify();
    if (!result.duplicate) {
      this.context.heads.remember(streamId, { revision: result.revision, hash: result.events[result.events.length - 1]!.hash });
    }
    return result;
  }

  private async appendWith(
    client: pg.PoolClient,
    streamId: string,
    plainBatch: PreparedEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    await client.query('begin');
    const batch = await this.context.personalFields.protect(client, streamId, plainBatch, this.context.clock().toISOString());
    const category = streamCategory(streamId);
    const head = await this.lockStream(client, streamId, category);
    try {
      checkExpected(streamId, expected, head.revision);
    } catch (error) {
      // A retry of an append that already succeeded carries a stale expectation: recognise it first.
      const retried = await this.context.retries.retryResult(client, streamId, batch);
      await client.query('rollback');
      if (retried) return retried;
      throw error;
    }
    const recordedAt = this.context.clock().toISOString();
    const sealed = sealBatch(streamId, batch, head.revision, head.hash, recordedAt);
    const inserted = await this.insert(client, streamId, category, sealed, recordedAt);
    if (this.context.beforeCommit) await this.context.beforeCommit(client);
    await client.query('commit');
    return this.appended(streamId, sealed, inserted);
  }

  /** Creates the row for a new stream or locks the existing one: writers of one stream queue here. */
  private async lockStream(client: pg.PoolClient, streamId: string, category: string): Promise<{ revision: number; hash: string }> {
    const head = await client.query<{ revision: string; last_hash: string }>({
      name: 'gongron-lock-stream',
      text: `insert into gongron_streams (stream_id, category, revision, last_hash) values ($1, $2, -1, '')
             on conflict (stream_id) do update set stream_id = excluded.stream_id
             returning revision, last_hash`,
      values: [streamId, category],
    });
    return { revision: Number(head.rows[0]!.revision), hash: head.rows[0]!.last_hash };
  }

  private async insert(
    client: pg.PoolClient,
    streamId: string,
    category: string,
    sealed: SealedEvent[],
    recordedAt: string,
  ): Promise<InsertedRow[]> {
    const inserted = await client.query<InsertedRow>({
      name: 'gongron-append-events',
      text: 'select revision, position, leaf_index from gongron_append_events($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
      values: [
        streamId,
        category,
        sealed.map((e) => e.id),
        sealed.map((e) => e.revision),
        sealed.map((e) => e.type),
        sealed.map((e) => e.schemaVersion),
        recordedAt,
        sealed.map((e) => e.dataJson),
        sealed.map((e) => e.metadataJson),
        sealed.map((e) => e.hash),
        sealed.map((e) => e.previousHash),
      ],
    });
    return inserted.rows;
  }

  private appended(streamId: string, sealed: SealedEvent[], inserted: InsertedRow[]): AppendResult {
    const positions = new Map(inserted.map((row) => [Number(row.revision), Number(row.position)]));
    const leaves = new Map(inserted.map((row) => [Number(row.revision), Number(row.leaf_index)]));
    const stored = sealed.map(({ dataJson: _d, metadataJson: _m, ...fields }) =>
      toStoredEvent(this.context.registry, { ...fields, position: positions.get(fields.revision)! }),
    );
    return appendResult(
      streamId,
      stored,
      false,
      receiptsOf(
        stored,
        sealed.map((event) => leaves.get(event.revision)!),
      ),
    );
  }
}
