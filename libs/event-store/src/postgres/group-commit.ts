/**
 * Group commit: concurrent appends to different streams ride in one call of gongron_append_group
 * (one statement, one transaction, one WAL flush), each with its own outcome. An append refused
 * for a stale head is resealed on the head the function answered; one that keeps finding its head
 * stale, or whose group failed as a whole, takes the locked path.
 */
import type { AppendResult, StoredEvent } from '../event-store.js';
import { StoreUnavailableError, WrongExpectedRevisionError } from '../errors.js';
import { appendResult, toStoredEvent, type SealedEvent } from '../core.js';
import { receiptsOf } from './postgres-merkle.js';
import { isBroken, mapPostgresError } from './postgres-errors.js';
import { OUTCOME_ID_STORED, OUTCOME_INSERTED, OUTCOME_STALE_HEAD, OUTCOME_WRONG_EXPECTED } from './postgres-schema.js';
import { GroupSealing, type PendingAppend } from './group-sealing.js';
import type { LockedAppend } from './locked-append.js';
import type { PostgresAppendContext } from './append-context.js';

export type { PendingAppend } from './group-sealing.js';

interface GroupRow {
  o_outcome: number;
  o_item: number | null;
  o_number: string;
  o_text: string | null;
  o_leaf: string | null;
}

/** What the function answered for a group: the refused appends by item, positions and leaves by event id. */
interface GroupOutcome {
  readonly refused: Map<number, GroupRow>;
  readonly positions: Map<string, number>;
  readonly leaves: Map<string, number>;
}

/**
 * Two groups in flight: while one holds the append lock and flushes its commit, the next has
 * already locked its streams and checked its expectations and waits at the lock, so the lock
 * never idles through a client round trip.
 */
const GROUPS_IN_FLIGHT = 2;
const MAX_GROUP_APPENDS = 256;
const MAX_GROUP_EVENTS = 4096;
/** After this many stale heads an append takes the locking path, which cannot be overtaken. */
const MAX_STALE_ROUNDS = 2;

export class GroupCommit {
  private readonly queue: PendingAppend[] = [];
  /** Streams with an append in a group in flight: their next append waits to be sealed on the new head. */
  private readonly busyStreams = new Set<string>();
  /** The group commits in flight (at most GROUPS_IN_FLIGHT). */
  private readonly groups = new Set<Promise<void>>();

  constructor(
    private readonly context: PostgresAppendContext,
    private readonly locked: LockedAppend,
  ) {}

  enqueue(pending: PendingAppend): void {
    this.queue.push(pending);
    this.pump();
  }

  /** Waits until every append accepted so far has finished (or failed). */
  async drain(): Promise<void> {
    while (this.groups.size > 0) await Promise.all(this.groups);
  }

  /** Starts group commits while there is room and queued work whose stream is not in flight. */
  private pump(): void {
    while (this.groups.size < GROUPS_IN_FLIGHT && this.queue.length > 0) {
      const group = this.takeGroup();
      if (group.length === 0) return;
      for (const pending of group) this.busyStreams.add(pending.streamId);
      const running = this.commitGroup(group)
        // Settling twice is a no-op: this only reaches appends nothing has answered yet.
        .catch((error: unknown) => group.forEach((pending) => pending.reject(mapPostgresError(error))))
        .finally(() => {
          this.groups.delete(running);
          for (const pending of group) this.busyStreams.delete(pending.streamId);
          this.pump();
        });
      this.groups.add(running);
    }
  }

  /** Takes the next group off the queue. */
  private takeGroup(): PendingAppend[] {
    const group: PendingAppend[] = [];
    const taken = new Set<string>();
    let eventCount = 0;
    for (let index = 0; index < this.queue.length && group.length < MAX_GROUP_APPENDS;) {
      const pending = this.queue[index]!;
      // One append per stream per group, and none while an earlier one is in flight: each is
      // sealed on the head the previous one left, and a stream's appends keep their order.
      if (
        this.busyStreams.has(pending.streamId) ||
        taken.has(pending.streamId) ||
        (group.length > 0 && eventCount + pending.batch.length > MAX_GROUP_EVENTS)
      ) {
        taken.add(pending.streamId);
        index++;
        continue;
      }
      this.queue.splice(index, 1);
      taken.add(pending.streamId);
      group.push(pending);
      eventCount += pending.batch.length;
    }
    return group;
  }

  /** One statement, one transaction, one WAL flush for every append of the group. */
  private async commitGroup(group: PendingAppend[]): Promise<void> {
    const { heads, personalFields } = this.context;
    const recordedAt = this.context.clock().toISOString();
    const guesses = group.map((pending) => heads.guess(pending.streamId, pending.expected));
    const sealing = new GroupSealing(group, guesses, recordedAt, personalFields);
    const needsKeys = group.some((pending) => personalFields.needsKeys(pending.streamId, pending.batch));
    let rows: GroupRow[];
    try {
      rows = await this.runGroup(sealing, needsKeys);
    } catch (error) {
      const mapped = mapPostgresError(error);
      if (mapped instanceof StoreUnavailableError) {
        for (const pending of group) pending.reject(mapped);
        return;
      }
      // One member spoiled the statement (a racing duplicate id, data PostgreSQL refuses):
      // each append runs alone, so each gets its own answer.
      await Promise.all(group.map((pending) => this.appendLocked(pending).then(pending.resolve, pending.reject)));
      return;
    }
    await this.settle(group, sealing, rows);
  }

  private async runGroup(sealing: GroupSealing, needsKeys: boolean): Promise<GroupRow[]> {
    const { pool, beforeCommit } = this.context;
    const client = await pool.connect();
    const query = (values: unknown[]) => ({
      name: 'gongron-append-group',
      text: `select o_outcome, o_item, o_number, o_text, o_leaf
               from gongron_append_group($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::text[]::jsonb[], $14::text[]::jsonb[], $15, $16)`,
      values,
    });
    const transaction = needsKeys || beforeCommit !== undefined;
    try {
      if (!transaction) {
        // Autocommit: the statement's own transaction commits as it ends, with no round trip inside the lock.
        const { rows } = await client.query<GroupRow>(query(await sealing.seal(undefined)));
        client.release();
        return rows;
      }
      await client.query('begin');
      // The subjects' keys are written in the transaction of the events sealed under them.
      const { rows } = await client.query<GroupRow>(query(await sealing.seal(needsKeys ? client : undefined)));
      if (beforeCommit) await beforeCommit(client);
      await client.query('commit');
      client.release();
      return rows;
    } catch (error) {
      if (transaction) await client.query('rollback').catch(() => undefined);
      client.release(isBroken(error));
      throw error;
    }
  }

  /** Answers each append of a committed group: stored, resealed, or handed to the path its refusal needs. */
  private async settle(group: PendingAppend[], sealing: GroupSealing, rows: GroupRow[]): Promise<void> {
    const outcome = readOutcome(rows);
    if (outcome.positions.size > 0) this.context.signal.notify();
    const retries: Promise<void>[] = [];
    group.forEach((pending, item) => {
      const refusal = outcome.refused.get(item);
      if (!refusal) {
        this.resolveInserted(pending, sealing.sealed[item]!, outcome);
        return;
      }
      const retry = this.answerRefusal(pending, refusal, sealing.batches[item]!);
      if (retry) retries.push(retry);
    });
    await Promise.all(retries);
  }

  private resolveInserted(pending: PendingAppend, sealed: SealedEvent[], outcome: GroupOutcome): void {
    const last = sealed[sealed.length - 1]!;
    this.context.heads.remember(pending.streamId, { revision: last.revision, hash: last.hash });
    const stored = sealed.map((event) => this.storedFromSealed(event, outcome.positions.get(event.id)!));
    const receipts = receiptsOf(
      stored,
      sealed.map((event) => outcome.leaves.get(event.id)!),
    );
    pending.resolve(appendResult(pending.streamId, stored, false, receipts));
  }

  /** Requeues a stale append, or starts the path that answers it; undefined when requeued. */
  private answerRefusal(pending: PendingAppend, refusal: GroupRow, batch: PendingAppend['batch']): Promise<void> | undefined {
    const { heads, pool, retries } = this.context;
    const head = { revision: Number(refusal.o_number), hash: refusal.o_text ?? '' };
    heads.remember(pending.streamId, head);
    if (refusal.o_outcome === OUTCOME_STALE_HEAD) {
      pending.staleRounds++;
      if (pending.staleRounds > MAX_STALE_ROUNDS) return this.appendLocked(pending).then(pending.resolve, pending.reject);
      this.queue.unshift(pending);
    } else if (refusal.o_outcome === OUTCOME_WRONG_EXPECTED) {
      // A retry of an append that already succeeded carries a stale expectation: recognise it first.
      return retries
        .retryResult(pool, pending.streamId, batch)
        .then((retried) => retried ?? Promise.reject(new WrongExpectedRevisionError(pending.streamId, pending.expected, head.revision)))
        .then(pending.resolve, (error: unknown) => pending.reject(mapPostgresError(error)));
    } else if (refusal.o_outcome === OUTCOME_ID_STORED) {
      return retries.resolveUniqueViolation(pending.streamId, pending.batch, undefined).then(pending.resolve, pending.reject);
    }
    return undefined;
  }

  private appendLocked(pending: PendingAppend): Promise<AppendResult> {
    return this.locked.append(pending.streamId, pending.batch, pending.expected);
  }

  private storedFromSealed(event: SealedEvent, position: number): StoredEvent {
    return toStoredEvent(this.context.registry, {
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      streamId: event.streamId,
      revision: event.revision,
      position,
      recordedAt: event.recordedAt,
      data: event.data,
      metadata: event.metadata,
      hash: event.hash,
      previousHash: event.previousHash,
    });
  }
}

function readOutcome(rows: readonly GroupRow[]): GroupOutcome {
  const refused = new Map<number, GroupRow>();
  const positions = new Map<string, number>();
  const leaves = new Map<string, number>();
  for (const row of rows) {
    if (row.o_outcome === OUTCOME_INSERTED) {
      positions.set(row.o_text!, Number(row.o_number));
      leaves.set(row.o_text!, Number(row.o_leaf));
    } else refused.set(row.o_item! - 1, row);
  }
  return { refused, positions, leaves };
}
