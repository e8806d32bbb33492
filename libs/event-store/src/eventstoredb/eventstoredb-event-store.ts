/**
 * EventStoreDB adapter: one EventStoreDB stream per Gongron stream, `$all` for the global log and
 * its catch-up subscriptions. EventStoreDB assigns positions itself, so the hash chain, the
 * schema version and the recorded time ride in the event metadata (`gongron`), beside the
 * caller's metadata (`metadata`) and the `$correlationId`/`$causationId` EventStoreDB indexes.
 *
 * Positions are the events' prepare positions in the transaction log: unique and increasing in
 * `$all` order, but not dense. Two limits follow from the server: an id stored in another
 * stream is caught by EventStoreDB's own idempotency window only, and a retried batch is
 * recognised among the last 1,000 events of its stream.
 */
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  START,
  StreamNotFoundError,
  UnavailableError,
  DeadlineExceededError,
  NotLeaderError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type ResolvedEvent,
} from '@eventstore/db-client';
import type {
  AppendResult,
  EventHandler,
  EventMetadata,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  JsonObject,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  Subscription,
  SubscriptionOptions,
  VerificationResult,
} from '../event-store.js';
import { EventStoreError, StoreUnavailableError, WrongExpectedRevisionError } from '../errors.js';
import {
  appendResult,
  applyStreamRead,
  checkExpected,
  normalizeReadAll,
  normalizeStreamRead,
  prepareBatch,
  resolveRetry,
  sealBatch,
  toStoredEvent,
  validateExpected,
  verifyPages,
  type RawEvent,
} from '../core.js';
import { CompiledRegistry, type EventTypeRegistry } from '../registry.js';
import { parseStreamId } from '../stream-id.js';

export interface EventStoreDbEventStoreOptions {
  readonly connectionString: string;
  readonly registry?: EventTypeRegistry;
  readonly clock?: () => Date;
}

interface GongronMetadata {
  readonly metadata: EventMetadata;
  readonly gongron: { schemaVersion: number; recordedAt: string; hash: string; previousHash: string };
  readonly $correlationId?: string;
  readonly $causationId?: string;
}

const RETRY_WINDOW = 1000;
const APPEND_ATTEMPTS = 5;

export function mapEventStoreDbError(error: unknown): unknown {
  if (error instanceof EventStoreError) return error;
  if (error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof NotLeaderError) {
    return new StoreUnavailableError(`EventStoreDB: ${(error as Error).message}`, error);
  }
  return error;
}

function isGongronEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): boolean {
  const event = resolved.event;
  if (!event || event.streamId.startsWith('$') || event.type.startsWith('$')) return false;
  const metadata = event.metadata as Partial<GongronMetadata> | undefined;
  return typeof metadata === 'object' && metadata !== null && typeof metadata.gongron === 'object';
}

function toRaw(resolved: ResolvedEvent | AllStreamResolvedEvent): RawEvent {
  const event = resolved.event!;
  const stored = event.metadata as unknown as GongronMetadata;
  const prepare = event.position?.prepare;
  return {
    id: event.id,
    type: event.type,
    schemaVersion: stored.gongron.schemaVersion,
    streamId: event.streamId,
    revision: Number(event.revision),
    // Stream reads on servers before 22.6 carry no log position.
    position: prepare !== undefined && prepare < BigInt(Number.MAX_SAFE_INTEGER) ? Number(prepare) : 0,
    recordedAt: stored.gongron.recordedAt,
    data: event.data as JsonObject,
    metadata: stored.metadata,
    hash: stored.gongron.hash,
    previousHash: stored.gongron.previousHash,
  };
}

export class EventStoreDbEventStore implements EventStore {
  private readonly registry: CompiledRegistry;
  private readonly clock: () => Date;
  private readonly subscriptions = new Set<Subscription>();
  private closed = false;

  private constructor(
    readonly client: EventStoreDBClient,
    options: EventStoreDbEventStoreOptions,
  ) {
    this.registry = new CompiledRegistry(options.registry);
    this.clock = options.clock ?? (() => new Date());
  }

  static async connect(options: EventStoreDbEventStoreOptions): Promise<EventStoreDbEventStore> {
    const store = new EventStoreDbEventStore(EventStoreDBClient.connectionString(options.connectionString), options);
    await store.ping();
    return store;
  }

  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    this.ensureOpen();
    const batch = prepareBatch(streamId, events, this.registry);
    validateExpected(expected);
    try {
      for (let attempt = 1; ; attempt++) {
        const recent = await this.readRaw(streamId, BACKWARDS, END, RETRY_WINDOW);
        const last = recent[0];
        const current = last ? last.revision : -1;
        const firstStored = recent.find((event) => event.id === batch[0]!.id);
        if (firstStored) {
          const place = recent.filter((event) => event.revision >= firstStored.revision).reverse().slice(0, batch.length);
          resolveRetry(streamId, batch, { streamId, revision: firstStored.revision }, place);
          return appendResult(streamId, await this.withPositions(place), true);
        }
        checkExpected(streamId, expected, current);
        const sealed = sealBatch(streamId, batch, current, last?.hash ?? '', this.clock().toISOString());
        try {
          await this.client.appendToStream(
            streamId,
            sealed.map((event) =>
              jsonEvent({
                id: event.id,
                type: event.type,
                data: event.data,
                metadata: {
                  metadata: event.metadata,
                  gongron: { schemaVersion: event.schemaVersion, recordedAt: event.recordedAt, hash: event.hash, previousHash: event.previousHash },
                  ...(event.metadata.correlationId ? { $correlationId: event.metadata.correlationId } : {}),
                  ...(event.metadata.causationId ? { $causationId: event.metadata.causationId } : {}),
                },
              }),
            ),
            // The chain was computed against this revision: pin it whatever the caller expected.
            { expectedRevision: current === -1 ? NO_STREAM : BigInt(current) },
          );
        } catch (error) {
          if (error instanceof WrongExpectedVersionError && attempt < APPEND_ATTEMPTS) continue;
          if (error instanceof WrongExpectedVersionError) throw new WrongExpectedRevisionError(streamId, expected, await this.streamRevision(streamId));
          throw error;
        }
        const written = await this.readRaw(streamId, FORWARDS, BigInt(current + 1), batch.length);
        return appendResult(streamId, await this.withPositions(written), false);
      }
    } catch (error) {
      throw mapEventStoreDbError(error);
    }
  }

  /** Stream reads may lack $all positions on older servers; fill them from $all when missing. */
  private async withPositions(events: RawEvent[]): Promise<StoredEvent[]> {
    if (events.every((event) => event.position > 0)) return events.map((event) => toStoredEvent(this.registry, event));
    const wanted = new Set(events.map((event) => event.id));
    const positions = new Map<string, number>();
    for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 10_000 })) {
      if (resolved.event && wanted.has(resolved.event.id)) positions.set(resolved.event.id, Number(resolved.event.position.prepare));
      if (positions.size === wanted.size) break;
    }
    return events.map((event) => toStoredEvent(this.registry, { ...event, position: positions.get(event.id) ?? event.position }));
  }

  private async readRaw(streamId: string, direction: typeof FORWARDS | typeof BACKWARDS, fromRevision: bigint | typeof START | typeof END, maxCount: number): Promise<RawEvent[]> {
    const events: RawEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, { direction, fromRevision, maxCount })) {
        if (isGongronEvent(resolved)) events.push(toRaw(resolved));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw mapEventStoreDbError(error);
    }
    return events;
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    this.ensureOpen();
    parseStreamId(streamId);
    const read = normalizeStreamRead(options);
    const all = await this.readRaw(streamId, FORWARDS, START, Number.MAX_SAFE_INTEGER);
    return applyStreamRead(all, read).map((event) => toStoredEvent(this.registry, event));
  }

  async streamRevision(streamId: string): Promise<number> {
    this.ensureOpen();
    parseStreamId(streamId);
    const [last] = await this.readRaw(streamId, BACKWARDS, END, 1);
    return last ? last.revision : -1;
  }

  async readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    this.ensureOpen();
    const { after, maxCount } = normalizeReadAll(options);
    return (await this.readAllRaw(after, maxCount)).map((event) => toStoredEvent(this.registry, event));
  }

  private async readAllRaw(after: number, maxCount: number): Promise<RawEvent[]> {
    const events: RawEvent[] = [];
    let from: typeof START | { commit: bigint; prepare: bigint } = after === 0 ? START : { commit: BigInt(after), prepare: BigInt(after) };
    try {
      // System events share $all; read on until enough of ours are found or the log ends.
      for (;;) {
        let seen = 0;
        let lastPosition: { commit: bigint; prepare: bigint } | undefined;
        for await (const resolved of this.client.readAll({ direction: FORWARDS, fromPosition: from, maxCount: maxCount + 1 })) {
          seen++;
          if (resolved.event) lastPosition = resolved.event.position;
          if (!isGongronEvent(resolved)) continue;
          const raw = toRaw(resolved);
          if (raw.position <= after) continue;
          events.push(raw);
          if (events.length === maxCount) return events;
        }
        if (seen < maxCount + 1 || !lastPosition) return events;
        from = lastPosition;
        after = Math.max(after, Number(lastPosition.prepare));
      }
    } catch (error) {
      throw mapEventStoreDbError(error);
    }
  }

  async headPosition(): Promise<number> {
    this.ensureOpen();
    try {
      for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 500 })) {
        if (isGongronEvent(resolved)) return Number(resolved.event!.position.prepare);
      }
    } catch (error) {
      throw mapEventStoreDbError(error);
    }
    return 0;
  }

  subscribeToAll(after: number, handler: EventHandler, options?: SubscriptionOptions): Subscription {
    this.ensureOpen();
    const subscription = this.client.subscribeToAll({
      fromPosition: after === 0 ? START : { commit: BigInt(after), prepare: BigInt(after) },
      filter: excludeSystemEvents(),
    });
    let stopped = false;
    const fail = (error: unknown) => {
      if (options?.onError) options.onError(error);
      else console.error('EventStoreDB subscription stopped after an error', error);
    };
    const done = (async () => {
      try {
        // for-await pulls the next event only after the handler settled: back-pressure.
        for await (const resolved of subscription) {
          if (stopped) break;
          if (!isGongronEvent(resolved)) continue;
          const raw = toRaw(resolved);
          if (raw.position <= after) continue;
          try {
            await handler(toStoredEvent(this.registry, raw));
          } catch (error) {
            fail(error);
            break;
          }
        }
      } catch (error) {
        if (!stopped) fail(mapEventStoreDbError(error));
      } finally {
        await subscription.unsubscribe().catch(() => undefined);
      }
    })();
    const handle: Subscription = {
      done,
      async stop() {
        stopped = true;
        await subscription.unsubscribe().catch(() => undefined);
        await done;
      },
    };
    this.subscriptions.add(handle);
    void done.then(() => this.subscriptions.delete(handle));
    return handle;
  }

  async verifyStream(streamId: string): Promise<VerificationResult> {
    this.ensureOpen();
    parseStreamId(streamId);
    const events = await this.readRaw(streamId, FORWARDS, START, Number.MAX_SAFE_INTEGER);
    return verifyPages(
      (async function* () {
        yield events;
      })(),
    );
  }

  async verifyAll(onProgress?: (eventsChecked: number) => void): Promise<VerificationResult> {
    this.ensureOpen();
    const read = (after: number) => this.readAllRaw(after, 2000);
    async function* pages() {
      let after = 0;
      for (;;) {
        const page = await read(after);
        if (page.length === 0) return;
        yield page;
        after = page[page.length - 1]!.position;
      }
    }
    return verifyPages(pages(), onProgress);
  }

  async ping(): Promise<void> {
    this.ensureOpen();
    try {
      for await (const _ of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) break;
    } catch (error) {
      const mapped = mapEventStoreDbError(error);
      throw mapped instanceof StoreUnavailableError ? mapped : new StoreUnavailableError(`EventStoreDB: ${(error as Error).message}`, error);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.client.dispose();
  }

  private ensureOpen(): void {
    if (this.closed) throw new StoreUnavailableError('EventStoreDB: the event store is closed');
  }
}

