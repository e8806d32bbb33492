/**
 * Whether the API takes a request or sheds it: as many requests in flight as the adaptive limit
 * allows (work waiting on the database, on the event loop or on other requests), or a standing
 * queue of requests on a saturated event loop — for a whole window the loop ran later than the
 * target on every turn and every request it took had waited longer than the target, one after
 * another — so that a request read now has waited in the socket buffers, where no count of
 * requests in flight sees it. A stall of the process (a garbage collection, a test client or load
 * generator in the same process doing its own work) is one late turn, or a burst of requests read
 * after a quiet spell: neither is a standing queue, and neither sheds.
 */
import type { SheddingLimits } from '@gongron/application';
import type { LoopReading } from './loop-pressure.js';

/** The limits as configured (GONGRON_MAX_IN_FLIGHT, GONGRON_MIN_IN_FLIGHT, GONGRON_SHED_*). */
export type AdmissionLimits = SheddingLimits;

export type ShedReason = 'in-flight' | 'queue-delay';

export const SHED_REASONS: readonly ShedReason[] = ['in-flight', 'queue-delay'];

/**
 * How long the requests read (taken or shed) have all waited longer than the target, one after
 * another: on a loop with a standing queue every turn or so reads another request, so a run of more than
 * `maxGapTurns` turns without one (an idle loop comes back to its timer every few milliseconds)
 * ends the queue. Pure: times and turns come in as arguments.
 */
export class StandingQueue {
  private since: number | undefined;
  private lastTurn = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly targetMs: number,
    private readonly maxGapTurns: number,
  ) {}

  /** A request was read at `now`, in the loop's turn `turn`, after waiting `delayMs` for the loop. */
  read(now: number, turn: number, delayMs: number): void {
    if (delayMs <= this.targetMs) this.since = undefined;
    else if (this.since === undefined || turn - this.lastTurn > this.maxGapTurns) this.since = now;
    this.lastTurn = turn;
  }

  /** How long the queue has stood at `now`, in turn `turn`, ms (0: none). */
  lastedMs(now: number, turn: number): number {
    return this.since !== undefined && turn - this.lastTurn <= this.maxGapTurns ? now - this.since : 0;
  }
}

/**
 * The reason to shed a request read now with `inFlight` requests taken and `limit` allowed, after
 * the requests read have stood in a queue for `standingMs`, or undefined to take it.
 */
export function shedReason(
  limits: AdmissionLimits,
  inFlight: number,
  limit: number,
  reading: LoopReading,
  standingMs: number,
): ShedReason | undefined {
  if (limits.maxInFlight > 0 && inFlight >= limit) return 'in-flight';
  if (
    limits.maxQueueDelayMs > 0 &&
    reading.delayMs > limits.maxQueueDelayMs &&
    reading.lateForMs >= limits.queueWindowMs &&
    standingMs >= limits.queueWindowMs &&
    reading.utilization >= limits.busyUtilization
  ) {
    return 'queue-delay';
  }
  return undefined;
}
