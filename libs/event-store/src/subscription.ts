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
  const loop = new PollingLoop(source, handler, options, options?.batchSize ?? 500);
  const done = loop.run(after);
  return {
    done,
    async stop() {
      loop.stop();
      await done;
    },
  };
}

/** One subscription's loop: read a batch, hand it over in order, wait for a notify or the poll interval. */
class PollingLoop {
  private stopped = false;
  private abortWait: (() => void) | undefined;
  private readonly abort = {
    onAbort: (wake: () => void) => {
      this.abortWait = wake;
    },
  };

  constructor(
    private readonly source: PollingSource,
    private readonly handler: EventHandler,
    private readonly options: SubscriptionOptions | undefined,
    private readonly batchSize: number,
  ) {}

  async run(after: number): Promise<void> {
    const { source, batchSize } = this;
    let position = after;
    while (!this.stopped) {
      const seen = source.signal.version;
      let batch: StoredEvent[];
      try {
        batch = await source.read(position, batchSize);
      } catch (error) {
        // An outage is waited out; anything else ends the subscription.
        if (error instanceof StoreUnavailableError) {
          await this.pauseForOutage();
          continue;
        }
        this.fail(error);
        return;
      }
      const delivered = await this.deliver(batch, position);
      if (delivered === undefined) return;
      position = delivered;
      if (this.stopped) return;
      if (batch.length < batchSize) await source.signal.wait(seen, source.pollIntervalMs, this.abort);
    }
  }

  /** Ends the loop and any wait it is in. */
  stop(): void {
    this.stopped = true;
    this.abortWait?.();
  }

  /** Hands the batch to the handler in order: the position after it, or undefined once the subscription ended. */
  private async deliver(batch: readonly StoredEvent[], from: number): Promise<number | undefined> {
    let position = from;
    for (const event of batch) {
      if (this.stopped) return undefined;
      try {
        await this.handler(event);
      } catch (error) {
        this.fail(error);
        return undefined;
      }
      position = event.position;
    }
    return position;
  }

  private pauseForOutage(): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, this.source.pollIntervalMs * 4);
      this.abortWait = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private fail(error: unknown): void {
    this.stopped = true;
    if (this.options?.onError) this.options.onError(error);
    else console.error('Event store subscription stopped after an error', error);
  }
}
