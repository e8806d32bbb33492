/**
 * Every call to the server goes through here, on the leader and with a deadline. Reads and writes
 * go to the leader (`requires-leader`; a follower answers NotLeader and the client moves to the
 * leader, `dist/Client/index.js`, `shouldReconnect`). The client sets no deadline on reads
 * (`dist/streams/readStream.js`, `deadline: Infinity`), so each read is cancelled after
 * `deadlineMs` without a message, and each append is bounded both by the server (the request's
 * deadline) and here. Leaving a read early cancels its gRPC call.
 */
import {
  NoStreamError,
  NotLeaderError,
  StreamNotFoundError,
  type AllStreamResolvedEvent,
  type AppendResult as ClientAppendResult,
  type BACKWARDS,
  type EventStoreDBClient,
  type FORWARDS,
  type NO_STREAM,
  type ReadPosition,
  type ReadRevision,
  type ResolvedEvent,
  type StreamingRead,
} from '@eventstore/db-client';
import { StoreUnavailableError } from '../errors.js';
import { mapEventStoreDbError, type EventStoreDbCall } from './eventstoredb-errors.js';
import type { AnyResolved } from './stored-form.js';

const LEADER = { requiresLeader: true } as const;

export type ReadDirection = typeof FORWARDS | typeof BACKWARDS;

export function pause(ms: number, wake?: (resume: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake?.(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export class EventStoreDbCalls {
  constructor(
    readonly client: EventStoreDBClient,
    readonly deadlineMs: number,
  ) {}

  /**
   * Every read goes through here: a deadline between messages, the port's errors, and the gRPC
   * call cancelled however the loop ends (the client's for-await alone leaves it open).
   */
  async *read<T extends AnyResolved>(open: () => StreamingRead<T>, call: EventStoreDbCall, missingIsEmpty = false): AsyncGenerator<T> {
    for (let attempt = 1; ; attempt++) {
      let yielded = false;
      try {
        for await (const item of this.readOnce(open, call, missingIsEmpty)) {
          yielded = true;
          yield item;
        }
        return;
      } catch (error) {
        // A follower answered NotLeader and the client has moved to the leader: ask it once more.
        if (attempt === 1 && !yielded && error instanceof StoreUnavailableError && error.cause instanceof NotLeaderError) continue;
        throw error;
      }
    }
  }

  private async *readOnce<T extends AnyResolved>(
    open: () => StreamingRead<T>,
    call: EventStoreDbCall,
    missingIsEmpty: boolean,
  ): AsyncGenerator<T> {
    let late = false;
    let read: StreamingRead<T>;
    try {
      read = open();
    } catch (error) {
      throw mapEventStoreDbError(error, call);
    }
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        late = true;
        read.destroy(new Error('deadline'));
      }, this.deadlineMs);
    };
    arm();
    try {
      for await (const item of read) {
        arm();
        yield item;
      }
    } catch (error) {
      if (late) throw new StoreUnavailableError(`EventStoreDB (${call.operation}): no answer within ${this.deadlineMs} ms`, error);
      if (missingIsEmpty && (error instanceof StreamNotFoundError || error instanceof NoStreamError)) return;
      throw mapEventStoreDbError(error, call);
    } finally {
      clearTimeout(timer);
      await read.cancel().catch(() => undefined);
    }
  }

  streamEvents(streamId: string, direction: ReadDirection, fromRevision: ReadRevision, maxCount: number): AsyncGenerator<ResolvedEvent> {
    return this.read(
      () => this.client.readStream(streamId, { direction, fromRevision, maxCount, ...LEADER }),
      { operation: `read ${streamId}`, streamId },
      true,
    );
  }

  allEvents(
    direction: ReadDirection,
    fromPosition: ReadPosition,
    maxCount: number,
    operation = 'read $all',
  ): AsyncGenerator<AllStreamResolvedEvent> {
    return this.read(() => this.client.readAll({ direction, fromPosition, maxCount, ...LEADER }), { operation });
  }

  /** One append, on the leader: a follower's NotLeader wrote nothing, and the client has moved to the leader. */
  async appendOnLeader(
    streamName: string,
    events: Parameters<EventStoreDBClient['appendToStream']>[1],
    expectedRevision: bigint | typeof NO_STREAM,
    operation: string,
  ): Promise<ClientAppendResult> {
    const once = () =>
      this.withDeadline(
        this.client.appendToStream(streamName, events, { expectedRevision, deadline: this.deadlineMs, ...LEADER }),
        operation,
      );
    try {
      return await once();
    } catch (error) {
      if (error instanceof NotLeaderError) return once();
      throw error;
    }
  }

  /** The server bounds an append by the request's deadline; this bounds the wait for its answer. */
  private withDeadline<T>(pending: Promise<T>, operation: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new StoreUnavailableError(
              `EventStoreDB (${operation}): no answer within ${this.deadlineMs + 2000} ms; the outcome is not known, and retrying is safe`,
            ),
          ),
        this.deadlineMs + 2000,
      );
    });
    // A late answer after the deadline is dropped, not left as an unhandled rejection.
    pending.catch(() => undefined);
    return Promise.race([pending, late]).finally(() => clearTimeout(timer));
  }
}
