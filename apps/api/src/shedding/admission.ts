/**
 * Whether the API takes a request or sheds it: too many requests in flight (work waiting on the
 * database or other I/O), or the event loop saturated and running later than the target (work
 * waiting for the loop itself, which a count of requests in flight never sees).
 */
import type { SheddingLimits } from '@gongron/application';
import type { LoopReading } from './loop-pressure.js';

/** The limits as configured (GONGRON_MAX_IN_FLIGHT, GONGRON_SHED_QUEUE_DELAY_MS, GONGRON_SHED_BUSY_PERCENT). */
export type AdmissionLimits = SheddingLimits;

export type ShedReason = 'in-flight' | 'queue-delay';

export const SHED_REASONS: readonly ShedReason[] = ['in-flight', 'queue-delay'];

/** The reason to shed a request read now, or undefined to take it. */
export function shedReason(limits: AdmissionLimits, inFlight: number, reading: LoopReading): ShedReason | undefined {
  if (limits.maxInFlight > 0 && inFlight >= limits.maxInFlight) return 'in-flight';
  if (limits.maxQueueDelayMs > 0 && reading.delayMs > limits.maxQueueDelayMs && reading.utilization >= limits.busyUtilization) return 'queue-delay';
  return undefined;
}
