/**
 * Recognising an append that already happened: a client retrying a batch whose first id is
 * stored gets the stored events back as a duplicate, not an error; an id stored elsewhere or a
 * lost race becomes the conflict it is.
 */
import type pg from 'pg';
import type { AppendResult } from '../event-store.js';
import { EventStoreError, WrongExpectedRevisionError } from '../errors.js';
import { appendResult, conflictForExistingId, resolveRetry, toStoredEvent, type PreparedEvent } from '../core.js';
import type { CompiledRegistry } from '../registry.js';
import { storedReceipts, type MerkleLog, type Receipt } from '../merkle/merkle-log.js';
import { mapPostgresError } from './postgres-errors.js';
import { COLUMNS, toRaw, type EventRow } from './postgres-rows.js';
import type { PostgresPersonalFields } from './postgres-personal-fields.js';

export class AppendRetries {
  constructor(
    private readonly pool: pg.Pool,
    private readonly registry: CompiledRegistry,
    private readonly merkle: MerkleLog,
    private readonly personalFields: PostgresPersonalFields,
    private readonly streamRevision: (streamId: string) => Promise<number>,
  ) {}

  /** The duplicate result when the batch's first id is already stored; undefined when it is not. */
  async retryResult(client: pg.Pool | pg.PoolClient, streamId: string, batch: PreparedEvent[]): Promise<AppendResult | undefined> {
    // Unnamed, so it is planned for the table's current size (a rare path: retries and conflicts).
    const located = await client.query<{ stream_id: string; revision: string }>(
      'select stream_id, revision from gongron_events where event_id = $1',
      [batch[0]!.id],
    );
    const first = located.rows[0];
    if (!first) return undefined;
    const revision = Number(first.revision);
    const place =
      first.stream_id === streamId
        ? (
            await client.query<EventRow>(
              `select ${COLUMNS} from gongron_events where stream_id = $1 and revision between $2 and $3 order by revision`,
              [streamId, revision, revision + batch.length - 1],
            )
          ).rows.map(toRaw)
        : [];
    resolveRetry(streamId, batch, { streamId: first.stream_id, revision }, place);
    const receipts = await this.storedReceipts(place.map((event) => event.position));
    return appendResult(
      streamId,
      place.map((event) => toStoredEvent(this.registry, event)),
      true,
      receipts,
    );
  }

  private async storedReceipts(positions: readonly number[]): Promise<Receipt[] | undefined> {
    const leaves = await Promise.all(positions.map((position) => this.merkle.leafByPosition(position)));
    return storedReceipts(leaves, (await this.merkle.treeHead()).size);
  }

  /** A unique constraint was the last line: a retried batch, an id stored elsewhere, or a lost race. */
  async resolveUniqueViolation(streamId: string, plainBatch: PreparedEvent[], violation: unknown): Promise<AppendResult> {
    const batch = await this.personalFields.protectWithExisting(streamId, plainBatch);
    try {
      const retried = await this.retryResult(this.pool, streamId, batch);
      if (retried) return retried;
      const { rows } = await this.pool.query<{ event_id: string; stream_id: string; revision: string }>(
        'select event_id, stream_id, revision from gongron_events where event_id = any($1::text[])',
        [batch.map((e) => e.id)],
      );
      if (rows[0])
        throw conflictForExistingId(streamId, rows[0].event_id, { streamId: rows[0].stream_id, revision: Number(rows[0].revision) });
      throw new WrongExpectedRevisionError(streamId, 'any', await this.streamRevision(streamId));
    } catch (error) {
      if (error instanceof EventStoreError) throw error;
      throw mapPostgresError(error ?? violation);
    }
  }
}
