import type { EventHandler, StoredEvent, Subscription, SubscriptionOptions } from './event-store.js';
import { StoreUnavailableError } from './errors.js';

/**
 * A wake-up signal for pollers. The version counter makes a notify that lands between a
 * subscriber's read and its wait impossible to miss: the wait returns at once.
 */
export class WakeSignal {
  private generation = 0;
  private waiters = new Set<() => void>();

  get version(): number {
    return this.generation;
  }

  notify(): void {
    this.generation++;
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const wake of waiters) wake();
  }

  /** Resolves after `ms`, at the next notify, or at once if a notify happened since `seen`. */
  wait(seen: number, ms: number, abort?: { onAbort(wake: () => void): void }): Promise<void> {
    if (this.generation !== seen) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
      abort?.onAbort(done);
    });
  }
}

export interface PollingSource {
  /** Events with position > after, in position order, only ones no later commit can precede. */
  read(after: number, maxCount: number): Promise<StoredEvent[]>;
  readonly signal: WakeSignal;
  readonly pollIntervalMs: number;
}

/**
 * Catch-up then live by reading the log from the last delivered position. Because the source
 * only returns events that are safe to read (see each adapter's visibility rule), advancing
 * `after` past a delivered event never skips one.
 */
export function pollingSubscription(
  source: PollingSource,
  after: number,
  handler: EventHandler,
  options: SubscriptionOptions | undefined,
): Subscription {
  if (!Number.isInteger(after) || after < 0) throw new RangeError(`subscribeToAll: after must be an integer ≥ 0 (got ${String(after)})`);
  const batchSize = options?.batchSize ?? 500;
  let stopped = false;
  let abortWait: (() => void) | undefined;
  const abort = {
    onAbort(wake: () => void) {
      abortWait = wake;
    },
  };

  const fail = (error: unknown) => {
    stopped = true;
    if (options?.onError) options.onError(error);
    else console.error('Event store subscription stopped after an error', error);
  };

  const run = async () => {
    let position = after;
    while (!stopped) {
      const seen = source.signal.version;
      let batch: StoredEvent[];
      try {
        batch = await source.read(position, batchSize);
      } catch (error) {
        // An outage is waited out; anything else ends the subscription.
        if (error instanceof StoreUnavailableError) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, source.pollIntervalMs * 4);
            abortWait = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          continue;
        }
        fail(error);
        return;
      }
      for (const event of batch) {
        if (stopped) return;
        try {
          await handler(event);
        } catch (error) {
          fail(error);
          return;
        }
        position = event.position;
      }
      if (stopped) return;
      if (batch.length < batchSize) await source.signal.wait(seen, source.pollIntervalMs, abort);
    }
  };

  const done = run();
  return {
    done,
    async stop() {
      stopped = true;
      abortWait?.();
      await done;
    },
  };
}
