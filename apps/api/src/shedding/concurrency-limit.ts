/**
 * How many requests the API takes at once, adapted to the latency it measures (AIMD on latency,
 * after Netflix's concurrency-limits): the answers of the last window are compared with the
 * target; when their 90th percentile (or the one configured) is above it while requests overlapped, the limit shrinks to
 * nine tenths of the concurrency that was seen (multiplicative decrease, so a flood is cut back
 * within a few windows); while they are within it, the limit grows by one per window that passed
 * (additive increase, so an idle API is back at its ceiling a few seconds after a flood).
 *
 * The latency of a request is counted from the moment it reached the event loop's queue — its
 * time in the loop's backlog before it was read, estimated by the loop monitor, plus the time from
 * the door to its last byte — so a backlog that the count of requests in flight does not see still
 * makes the limit shrink. Pure: times come in as arguments.
 */

export interface ConcurrencyLimitOptions {
  /** The floor: this many requests are always taken at once. */
  readonly minLimit: number;
  /** The ceiling, and the limit at start. */
  readonly maxLimit: number;
  /** The latency above which the limit shrinks, judged on `percentile` of a window's answers, ms. */
  readonly targetMs: number;
  /** Which percentile of a window's answers is judged (90 unless told; 100 is the slowest). */
  readonly percentile?: number;
  /** How long one window of measurements lasts at least, ms. */
  readonly windowMs: number;
}

/** A window is judged on this many answers at least (a lone slow answer says nothing about concurrency). */
const MIN_SAMPLES = 3;
const BACKOFF = 0.9;

export class ConcurrencyLimit {
  private current: number;
  private windowStart: number;
  private samples: number[] = [];
  private peakInFlight = 0;

  constructor(
    private readonly options: ConcurrencyLimitOptions,
    now: number,
  ) {
    this.current = options.maxLimit;
    this.windowStart = now;
  }

  /** Requests taken at once now. */
  get limit(): number {
    return this.current;
  }

  /** A request was taken; `inFlight` counts it. */
  admitted(inFlight: number): void {
    if (inFlight > this.peakInFlight) this.peakInFlight = inFlight;
  }

  /** A taken request was answered `latencyMs` after it reached the loop's queue, at `now`; `inFlight` are still being handled. */
  answered(now: number, latencyMs: number, inFlight: number): void {
    this.samples.push(latencyMs);
    const elapsed = now - this.windowStart;
    if (elapsed < this.options.windowMs || this.samples.length < MIN_SAMPLES) return;
    this.samples.sort((a, b) => a - b);
    const share = (this.options.percentile ?? 90) / 100;
    const judged = this.samples[Math.min(this.samples.length - 1, Math.floor(this.samples.length * share))]!;
    if (judged > this.options.targetMs) {
      // Only overlapping requests can be cut back: one slow answer alone is the machine, not the load.
      if (this.peakInFlight >= 2)
        this.current = Math.max(this.options.minLimit, Math.floor(Math.min(this.current, this.peakInFlight) * BACKOFF));
    } else {
      const windows = Math.max(1, Math.floor(elapsed / this.options.windowMs));
      this.current = Math.min(this.options.maxLimit, this.current + windows);
    }
    this.samples = [];
    this.peakInFlight = inFlight;
    this.windowStart = now;
  }
}
