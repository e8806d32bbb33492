/**
 * How long a request that arrives now has waited for the event loop, and how busy the loop has
 * been lately — the two numbers load shedding decides on.
 *
 * Most of a command's work (the SQLite write, the fold, the decision) runs on the event loop, so
 * under overload the number of requests in flight stays at one or two while new requests wait
 * in the kernel's socket buffers until the loop reads them. That wait is invisible to a counter
 * of requests in flight; it shows as the loop running late. A timer due every few milliseconds
 * measures it: when it fires, how late it was is the wait of whatever the loop reads next (the
 * data arrived while the loop was busy), and while the loop reads one request after another
 * without coming back to its timers, how far past the timer's due time it is grows with every
 * request handled. A request's queueing delay is estimated as the sum of the two.
 *
 * The utilisation is the share of the recent past the loop spent working rather than waiting
 * for I/O (Node's event-loop utilisation), smoothed over a time constant, so that one garbage
 * collection pause on an idle process is told from a loop that is saturated.
 *
 * A saturated loop is late turn after turn; a process that stalled once (a long garbage
 * collection, or a test client or load generator in the same process doing its own work) is late
 * for one turn and then on time again. How long the loop has been late on every turn in a row is
 * the third number (as CoDel judges a standing queue by its delay over a whole interval, not by
 * one burst), so only a backlog that persists sheds requests.
 */
import { performance } from 'node:perf_hooks';

export interface LoopTimes {
  /** Milliseconds the loop has spent waiting for I/O since it started (cumulative). */
  readonly idle: number;
  /** Milliseconds the loop has spent working since it started (cumulative). */
  readonly active: number;
}

export interface LoopReading {
  /** Estimated time a request read now has waited for the loop, ms. */
  readonly delayMs: number;
  /** Smoothed share of time the loop worked, 0..1. */
  readonly utilization: number;
  /**
   * How long the loop has been running later than `lateMs` on every turn in a row, ms (0 unless
   * that run has lasted MIN_LATE_TURNS turns).
   */
  readonly lateForMs: number;
  /** How many times the loop has come back to its timer since sampling started: a count of turns. */
  readonly turn: number;
}

export interface PressureOptions {
  /** How often the sampling timer is due, ms. */
  readonly sampleMs: number;
  /** Time constant of the utilisation's smoothing, ms. */
  readonly smoothingMs: number;
  /** A turn is late when the timer ran later than this, ms. */
  readonly lateMs: number;
}

/** A run of late turns counts from this many turns: one stall is one late turn. */
export const MIN_LATE_TURNS = 3;

export const DEFAULT_PRESSURE_OPTIONS: PressureOptions = { sampleMs: 5, smoothingMs: 100, lateMs: 10 };

/** The arithmetic of the estimate, fed by the sampler (pure: times come in as arguments). */
export class PressureEstimator {
  private due: number;
  private lagOfTurn = 0;
  private utilization = 0;
  private sampledAt: number;
  private sampledTimes: LoopTimes;
  /** When the current run of late turns began (the due time of its first late sample), if one runs. */
  private lateSince: number | undefined;
  private lateTurns = 0;
  private turns = 0;

  constructor(
    private readonly options: PressureOptions,
    now: number,
    times: LoopTimes,
  ) {
    this.due = now + options.sampleMs;
    this.sampledAt = now;
    this.sampledTimes = times;
  }

  /** When the sampling timer is next due (absolute ms, the clock of `now`). */
  get nextDue(): number {
    return this.due;
  }

  /** Sampling starts (again) at `now`: nothing is late yet. */
  restart(now: number, times: LoopTimes): void {
    this.lagOfTurn = 0;
    this.lateSince = undefined;
    this.lateTurns = 0;
    this.sampledAt = now;
    this.sampledTimes = times;
    this.due = now + this.options.sampleMs;
  }

  /** The sampling timer ran at `now`: it was late by `now - nextDue`; it is due again a period later. */
  sampled(now: number, times: LoopTimes): void {
    this.lagOfTurn = Math.max(0, now - this.due);
    this.turns++;
    if (this.lagOfTurn > this.options.lateMs) {
      this.lateSince ??= this.due;
      this.lateTurns++;
    } else {
      this.lateSince = undefined;
      this.lateTurns = 0;
    }
    this.utilization = this.utilizationAt(now, times);
    this.sampledAt = now;
    this.sampledTimes = times;
    this.due = now + this.options.sampleMs;
  }

  /** The loop reached the end of the turn in which the timer ran: what it read then is handled. */
  turnEnded(): void {
    this.lagOfTurn = 0;
  }

  /** The reading for a request read at `now`, with the loop's cumulative times at `now`. */
  read(now: number, times: LoopTimes): LoopReading {
    const overdue = Math.max(0, now - this.due);
    // The turn running now, not yet sampled, is late too once the timer is overdue past the mark.
    const currentLate = overdue > this.options.lateMs;
    const turns = this.lateTurns + (currentLate ? 1 : 0);
    const since = this.lateSince ?? (currentLate ? this.due : undefined);
    const lateForMs = since !== undefined && turns >= MIN_LATE_TURNS ? now - since : 0;
    return { delayMs: this.lagOfTurn + overdue, utilization: this.utilizationAt(now, times), lateForMs, turn: this.turns };
  }

  /** The smoothed utilisation, decayed over the time since the last sample and blended with what the loop did since. */
  private utilizationAt(now: number, times: LoopTimes): number {
    const elapsed = now - this.sampledAt;
    if (elapsed <= 0) return this.utilization;
    const active = times.active - this.sampledTimes.active;
    const idle = times.idle - this.sampledTimes.idle;
    const total = active + idle;
    const recent = total > 0 ? Math.min(1, Math.max(0, active / total)) : this.utilization;
    const keep = Math.exp(-elapsed / this.options.smoothingMs);
    return this.utilization * keep + recent * (1 - keep);
  }
}

function loopTimes(): LoopTimes {
  const { idle, active } = performance.eventLoopUtilization();
  return { idle, active };
}

/** The estimator driven by a real timer on this process's event loop; the timer never keeps the process alive. */
export class LoopPressureMonitor {
  private readonly estimator: PressureEstimator;
  private timer: NodeJS.Timeout | undefined;
  private users = 0;

  constructor(private readonly options: PressureOptions = DEFAULT_PRESSURE_OPTIONS) {
    this.estimator = new PressureEstimator(options, performance.now(), loopTimes());
  }

  read(): LoopReading {
    return this.estimator.read(performance.now(), loopTimes());
  }

  /** Starts sampling for one more user; the returned function stops it for that user. */
  acquire(): () => void {
    if (this.users++ === 0) {
      this.estimator.restart(performance.now(), loopTimes());
      this.schedule();
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.users === 0 && this.timer) {
        clearTimeout(this.timer);
        this.timer = undefined;
      }
    };
  }

  private schedule(): void {
    this.timer = setTimeout(() => this.tick(), this.options.sampleMs);
    this.timer.unref();
  }

  private tick(): void {
    this.estimator.sampled(performance.now(), loopTimes());
    this.schedule();
    // Immediates run after the loop has read its sockets in this turn: the lateness measured now
    // belongs to the requests read in this turn only.
    setImmediate(() => this.estimator.turnEnded()).unref();
  }
}

const monitors = new Map<number, LoopPressureMonitor>();

/** One event loop per process, so one monitor per lateness mark: every app in the process with that mark shares it. */
export function loopPressure(lateMs: number): LoopPressureMonitor {
  let monitor = monitors.get(lateMs);
  if (!monitor) monitors.set(lateMs, (monitor = new LoopPressureMonitor({ ...DEFAULT_PRESSURE_OPTIONS, lateMs })));
  return monitor;
}
