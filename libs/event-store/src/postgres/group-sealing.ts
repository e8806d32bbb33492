/**
 * Sealing one group for gongron_append_group: each batch is hash-chained onto the head this
 * store last saw of its stream, and the group becomes the function's sixteen array arguments.
 */
import type pg from 'pg';
import type { AppendResult, ExpectedRevision } from '../event-store.js';
import { sealBatch, type PreparedEvent, type SealedEvent } from '../core.js';
import { EXPECT_ANY, EXPECT_STREAM_EXISTS } from './postgres-schema.js';
import type { PostgresPersonalFields } from './postgres-personal-fields.js';
import type { StreamHead } from './stream-head-cache.js';

/** An append waiting for (or riding in) a group commit. */
export interface PendingAppend {
  readonly streamId: string;
  readonly category: string;
  readonly batch: PreparedEvent[];
  readonly expected: ExpectedRevision;
  /** How many times the head it was sealed on turned out stale. */
  staleRounds: number;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

function expectedCode(expected: ExpectedRevision): number {
  if (expected === 'any') return EXPECT_ANY;
  if (expected === 'stream-exists') return EXPECT_STREAM_EXISTS;
  if (expected === 'no-stream') return -1;
  return expected;
}

export class GroupSealing {
  /** The batches as sealed, one per append of the group (empty until sealed). */
  sealed: SealedEvent[][] = [];
  /**
   * The batches as stored. Each pending append keeps its plain batch: should this transaction
   * roll back, the keys it created are gone and the next attempt seals again.
   */
  batches: PreparedEvent[][];

  constructor(
    private readonly group: readonly PendingAppend[],
    private readonly guesses: readonly StreamHead[],
    private readonly recordedAt: string,
    private readonly personalFields: PostgresPersonalFields,
  ) {
    this.batches = group.map((pending) => pending.batch);
  }

  /** Sealing waits for the subjects' keys, which the group's own transaction (`client`) creates where missing. */
  async seal(client: pg.PoolClient | undefined): Promise<unknown[]> {
    const { group, guesses, recordedAt } = this;
    if (client) {
      this.batches = [];
      for (const pending of group)
        this.batches.push(await this.personalFields.protect(client, pending.streamId, pending.batch, recordedAt));
    }
    this.sealed = group.map((pending, item) =>
      sealBatch(pending.streamId, this.batches[item]!, guesses[item]!.revision, guesses[item]!.hash ?? '', recordedAt),
    );
    const items: number[] = [];
    const events: SealedEvent[] = [];
    this.sealed.forEach((sealed, item) => {
      for (const event of sealed) {
        items.push(item + 1);
        events.push(event);
      }
    });
    return [
      group.map((p) => p.streamId),
      group.map((p) => p.category),
      group.map((p) => expectedCode(p.expected)),
      guesses.map((g) => g.revision),
      guesses.map((g) => g.hash ?? null),
      group.map((p) => p.batch.length),
      recordedAt,
      items,
      events.map((e) => e.id),
      events.map((e) => e.revision),
      events.map((e) => e.type),
      events.map((e) => e.schemaVersion),
      events.map((e) => e.dataJson),
      events.map((e) => e.metadataJson),
      events.map((e) => e.hash),
      events.map((e) => e.previousHash),
    ];
  }
}
