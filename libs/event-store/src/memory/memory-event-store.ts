/**
 * In-memory event store for unit tests elsewhere. Rows keep their serialized JSON, so reads
 * behave like the durable adapters (a JSON round trip, fresh objects every read). Personal values
 * are sealed per data subject by the same path as the SQL stores (personal-data/protect.ts), with
 * the keys in memory: an erasure here reads as it does on SQLite and PostgreSQL.
 */
import type {
  AppendResult,
  EventHandler,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  Subscription,
  SubscriptionOptions,
  VerificationResult,
  VerifyOptions,
} from '../event-store.js';
import { StoreUnavailableError } from '../errors.js';
import {
  appendResult,
  applyStreamRead,
  checkExpected,
  conflictForExistingId,
  normalizeReadAll,
  normalizeStreamRead,
  prepareBatch,
  resolveRetry,
  sealBatch,
  toStoredEvent,
  validateExpected,
  type PreparedEvent,
  type RawEvent,
  type SealedEvent,
} from '../core.js';
import { CompiledRegistry, type EventTypeRegistry } from '../registry.js';
import { parseStreamId } from '../stream-id.js';
import { pollingSubscription, WakeSignal } from '../subscription.js';
import { MemoryTree } from '../merkle/memory-tree.js';
import { MerkleLogReader, storedReceipts, type MerkleLog } from '../merkle/merkle-log.js';
import { verifyLog, verifyStreamRows } from '../merkle/log-verification.js';
import { protectPersonalData } from '../personal-data/protect.js';
import { MemorySubjectKeys } from '../personal-data/subject-keys.js';

export interface MemoryEventStoreOptions {
  readonly registry?: EventTypeRegistry;
  readonly clock?: () => Date;
}

/** Stored columns that MemoryEventStore.tamper can overwrite (data and metadata as JSON text). */
export interface TamperedColumns {
  readonly data?: string;
  readonly metadata?: string;
  readonly type?: string;
  readonly recordedAt?: string;
  readonly revision?: number;
  readonly previousHash?: string;
  readonly hash?: string;
}

/** Mutable only for tamper(). */
interface MemoryRow {
  readonly id: string;
  type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  revision: number;
  readonly position: number;
  recordedAt: string;
  dataJson: string;
  metadataJson: string;
  hash: string;
  previousHash: string;
}

export class MemoryEventStore implements EventStore {
  private readonly log: MemoryRow[] = [];
  private readonly streams = new Map<string, MemoryRow[]>();
  private readonly byId = new Map<string, MemoryRow>();
  private readonly registry: CompiledRegistry;
  private readonly clock: () => Date;
  private readonly signal = new WakeSignal();
  private readonly subscriptions = new Set<Subscription>();
  private closed = false;
  private readonly tree = new MemoryTree();
  readonly merkle: MerkleLog;
  readonly subjectKeys: MemorySubjectKeys | undefined;

  constructor(options: MemoryEventStoreOptions = {}) {
    this.registry = new CompiledRegistry(options.registry);
    this.clock = options.clock ?? (() => new Date());
    this.subjectKeys = this.registry.personalData ? new MemorySubjectKeys() : undefined;
    const tree = this.tree;
    this.merkle = new MerkleLogReader({
      size: () => tree.size,
      fetch: tree.fetch,
      leafByPosition: (position) => tree.leafByPosition(position),
      positionOf: (eventId) => this.byId.get(eventId)?.position,
      storedEvent: (position) => {
        // Positions are dense here: position p sits at index p - 1 unless a test removed a row.
        const row =
          this.log[position - 1]?.position === position
            ? this.log[position - 1]
            : this.log.find((candidate) => candidate.position === position);
        return row && this.raw(row);
      },
      leaves: (afterIndex, maxCount) => tree.leaves(afterIndex, maxCount),
    });
  }

  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    this.ensureOpen();
    const plainBatch = prepareBatch(streamId, events, this.registry);
    validateExpected(expected);
    const stream = this.streams.get(streamId) ?? [];
    const keys = this.subjectKeys;
    const locate = this.registry.personalData;
    const first = this.byId.get(plainBatch[0]!.id);
    if (first) return this.retriedAppend(streamId, plainBatch, first, stream);
    for (const event of plainBatch) {
      const existing = this.byId.get(event.id);
      if (existing) throw conflictForExistingId(streamId, event.id, existing);
    }
    const current = stream.length - 1;
    checkExpected(streamId, expected, current);
    // Keys are made only once the append is sure to happen, as the SQL stores' transaction does.
    const at = this.clock().toISOString();
    const batch = keys ? protectPersonalData(streamId, plainBatch, locate, (requests) => keys.keysForAppend(requests, at)) : plainBatch;
    const sealed = sealBatch(streamId, batch, current, stream[current]?.hash ?? '', this.clock().toISOString());
    const rows = this.store(streamId, stream, sealed);
    const receipts = this.tree.append(rows);
    this.signal.notify();
    return appendResult(
      streamId,
      rows.map((row) => toStoredEvent(this.registry, this.raw(row))),
      false,
      receipts,
    );
  }

  /** The batch's first id is stored: the original result when this is a retry of it, else the conflict. */
  private retriedAppend(streamId: string, plainBatch: PreparedEvent[], first: MemoryRow, stream: readonly MemoryRow[]): AppendResult {
    const keys = this.subjectKeys;
    // Only an event sealed under the keys held now can be the one already stored.
    const batch = keys
      ? protectPersonalData(streamId, plainBatch, this.registry.personalData, (requests) => keys.existingKeys(requests), 'leave')
      : plainBatch;
    const place = stream.slice(first.revision, first.revision + batch.length).map((row) => this.raw(row));
    resolveRetry(streamId, batch, first, place);
    const receipts = storedReceipts(
      place.map((event) => this.tree.leafByPosition(event.position)),
      this.tree.size,
    );
    return appendResult(
      streamId,
      place.map((event) => toStoredEvent(this.registry, event)),
      true,
      receipts,
    );
  }

  /** Stores the sealed events at the log's end and in their stream. */
  private store(streamId: string, stream: MemoryRow[], sealed: readonly SealedEvent[]): MemoryRow[] {
    const rows: MemoryRow[] = sealed.map((event, index) => ({
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      streamId,
      revision: event.revision,
      position: this.log.length + 1 + index,
      recordedAt: event.recordedAt,
      dataJson: event.dataJson,
      metadataJson: event.metadataJson,
      hash: event.hash,
      previousHash: event.previousHash,
    }));
    for (const row of rows) {
      this.log.push(row);
      stream.push(row);
      this.byId.set(row.id, row);
    }
    this.streams.set(streamId, stream);
    return rows;
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    this.ensureOpen();
    parseStreamId(streamId);
    const read = normalizeStreamRead(options);
    const rows = this.streams.get(streamId) ?? [];
    return applyStreamRead(
      rows.map((row) => this.raw(row)),
      read,
    ).map((event) => toStoredEvent(this.registry, event));
  }

  async streamRevision(streamId: string): Promise<number> {
    this.ensureOpen();
    parseStreamId(streamId);
    return (this.streams.get(streamId)?.length ?? 0) - 1;
  }

  async readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    this.ensureOpen();
    const { after, maxCount } = normalizeReadAll(options);
    // Positions are 1-based and dense here, so position p sits at index p - 1.
    return this.log.slice(after, after + maxCount).map((row) => toStoredEvent(this.registry, this.raw(row)));
  }

  async headPosition(): Promise<number> {
    this.ensureOpen();
    return this.log.length;
  }

  subscribeToAll(after: number, handler: EventHandler, options?: SubscriptionOptions): Subscription {
    this.ensureOpen();
    const subscription = pollingSubscription(
      { read: (from, maxCount) => this.readAll({ after: from, maxCount }), signal: this.signal, pollIntervalMs: 100 },
      after,
      handler,
      options,
    );
    this.subscriptions.add(subscription);
    void subscription.done.then(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async verifyStream(streamId: string, options?: VerifyOptions): Promise<VerificationResult> {
    this.ensureOpen();
    parseStreamId(streamId);
    const tree = this.tree;
    const log = this.log;
    return verifyStreamRows(
      {
        streamId,
        events: (this.streams.get(streamId) ?? []).map((row) => this.raw(row)),
        head: undefined,
        leafAt: async (position) => tree.leafByPosition(position),
        inclusionProof: (leafIndex, treeSize) => this.merkle.inclusionProof(leafIndex, treeSize),
        storedRoot: async (size) => (await this.merkle.treeHead(size)).rootHash,
        treeSize: async () => tree.size,
        eventCount: async () => log.length,
        eventPositions: async (after, maxCount) =>
          log
            .filter((row) => row.position > after)
            .slice(0, maxCount)
            .map((row) => row.position),
        leafPositions: async (afterIndex, maxCount) => tree.leaves(afterIndex, maxCount).map((leaf) => leaf.position),
      },
      options?.checkpoints,
    );
  }

  async verifyAll(onProgress?: (eventsChecked: number) => void, options?: VerifyOptions): Promise<VerificationResult> {
    this.ensureOpen();
    const log = this.log;
    const tree = this.tree;
    const toRaw = (row: MemoryRow) => this.raw(row);
    async function* raw() {
      for (let start = 0; start < log.length; start += 1000) yield log.slice(start, start + 1000).map(toRaw);
    }
    return verifyLog(
      {
        events: raw,
        leaves: async (afterIndex, maxCount) => tree.leaves(afterIndex, maxCount),
        treeSize: async () => tree.size,
        storedRoot: async (size) => (await this.merkle.treeHead(size)).rootHash,
        leafAt: async (position) => tree.leafByPosition(position),
        streamHeads: async () => [],
        streamEvent: async (streamId, revision) => {
          const row = this.streams.get(streamId)?.find((candidate) => candidate.revision === revision);
          return row && toRaw(row);
        },
      },
      options?.checkpoints,
      onProgress,
    );
  }

  async ping(): Promise<void> {
    this.ensureOpen();
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
  }

  /**
   * Changes a stored event in place, as someone with write access to the storage would; for
   * tests of verification. Without columns, one character of its data changes.
   */
  tamper(streamId: string, revision: number, columns?: TamperedColumns): void {
    const rows = this.streams.get(streamId) ?? [];
    const row = rows.find((candidate) => candidate.revision === revision);
    if (!row) throw new RangeError(`No event at ${streamId}@${revision}`);
    if (!columns) {
      const json = row.dataJson;
      const at = json.search(/[0-9a-zA-Z]/);
      if (at < 0) throw new RangeError(`Event ${streamId}@${revision} has no data to tamper with`);
      row.dataJson = json.slice(0, at) + (json[at] === 'x' ? 'y' : 'x') + json.slice(at + 1);
      return;
    }
    if (columns.data !== undefined) row.dataJson = columns.data;
    if (columns.metadata !== undefined) row.metadataJson = columns.metadata;
    if (columns.type !== undefined) row.type = columns.type;
    if (columns.recordedAt !== undefined) row.recordedAt = columns.recordedAt;
    if (columns.revision !== undefined) row.revision = columns.revision;
    if (columns.previousHash !== undefined) row.previousHash = columns.previousHash;
    if (columns.hash !== undefined) row.hash = columns.hash;
    rows.sort((a, b) => a.revision - b.revision);
  }

  /** Deletes a stored event, as someone with write access to the storage would; for tests of verification. */
  tamperRemove(streamId: string, revision: number): void {
    const rows = this.streams.get(streamId) ?? [];
    const row = rows.find((candidate) => candidate.revision === revision);
    if (!row) throw new RangeError(`No event at ${streamId}@${revision}`);
    rows.splice(rows.indexOf(row), 1);
    this.log.splice(this.log.indexOf(row), 1);
    this.byId.delete(row.id);
  }

  private raw(row: MemoryRow): RawEvent {
    return {
      id: row.id,
      type: row.type,
      schemaVersion: row.schemaVersion,
      streamId: row.streamId,
      revision: row.revision,
      position: row.position,
      recordedAt: row.recordedAt,
      data: JSON.parse(row.dataJson),
      metadata: JSON.parse(row.metadataJson),
      hash: row.hash,
      previousHash: row.previousHash,
    };
  }

  private ensureOpen(): void {
    if (this.closed) throw new StoreUnavailableError('the in-memory event store is closed');
  }
}
