/**
 * A subscription to `$all`, filtered on Gongron's stream names on the server. After a transport
 * error it resubscribes from the last delivered position, with a growing, jittered pause; any
 * other error, or a handler's, ends it.
 */
import { START, streamNameFilter, type AllStreamResolvedEvent, type EventStoreDBClient } from '@eventstore/db-client';
import type { EventHandler, StoredEvent, Subscription, SubscriptionOptions } from '../event-store.js';
import { StoreUnavailableError } from '../errors.js';
import { toStoredEvent } from '../core.js';
import type { CompiledRegistry } from '../registry.js';
import { mapEventStoreDbError } from './eventstoredb-errors.js';
import { logPosition } from './log-position.js';
import { GONGRON_STREAM_NAMES, isGongronEvent, toRaw } from './stored-form.js';
import { pause } from './eventstoredb-calls.js';

export interface ResubscribePauses {
  readonly firstMs: number;
  readonly maxMs: number;
}

class AllSubscription {
  private stopped = false;
  private current: { unsubscribe(): Promise<void> } | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly registry: CompiledRegistry,
    private readonly resubscribe: ResubscribePauses,
    /** The position of the last event delivered (or the one to start after). */
    private position: number,
    private readonly handler: EventHandler,
    private readonly options: SubscriptionOptions | undefined,
  ) {}

  async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      const subscription = this.client.subscribeToAll({
        fromPosition: this.position === 0 ? START : logPosition(this.position),
        filter: streamNameFilter({ regex: GONGRON_STREAM_NAMES }),
      });
      this.current = subscription;
      try {
        // for-await pulls the next event only after the handler settled: back-pressure.
        for await (const resolved of subscription) {
          if (this.stopped) break;
          failures = 0;
          if (!(await this.deliver(resolved))) break;
        }
      } catch (error) {
        if (!this.stopped) {
          const mapped = mapEventStoreDbError(error, { operation: 'subscribe to $all' });
          // A transport error is waited out; anything else ends the subscription.
          if (!(mapped instanceof StoreUnavailableError)) this.fail(mapped);
        }
      } finally {
        await subscription.unsubscribe().catch(() => undefined);
      }
      if (this.stopped) break;
      failures++;
      const ceiling = Math.min(this.resubscribe.maxMs, this.resubscribe.firstMs * 2 ** Math.min(failures - 1, 20));
      await pause(ceiling / 2 + Math.random() * (ceiling / 2), (resume) => (this.wake = resume));
    }
  }

  /** Hands one event to the handler; false when the subscription ended on an error. */
  private async deliver(resolved: AllStreamResolvedEvent): Promise<boolean> {
    if (!isGongronEvent(resolved)) return true;
    let event: StoredEvent;
    try {
      const raw = toRaw(resolved);
      if (raw.position <= this.position) return true;
      event = toStoredEvent(this.registry, raw);
    } catch (error) {
      this.fail(error);
      return false;
    }
    try {
      await this.handler(event);
    } catch (error) {
      this.fail(error);
      return false;
    }
    this.position = event.position;
    return true;
  }

  private fail(error: unknown): void {
    this.stopped = true;
    if (this.options?.onError) this.options.onError(error);
    else console.error('EventStoreDB subscription stopped after an error', error);
  }

  async stop(done: Promise<void>): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.current?.unsubscribe().catch(() => undefined);
    await done;
  }
}

export function subscribeToAllEvents(
  client: EventStoreDBClient,
  registry: CompiledRegistry,
  resubscribe: ResubscribePauses,
  after: number,
  handler: EventHandler,
  options?: SubscriptionOptions,
): Subscription {
  const subscription = new AllSubscription(client, registry, resubscribe, after, handler, options);
  const done = subscription.run();
  return {
    done,
    stop: () => subscription.stop(done),
  };
}
