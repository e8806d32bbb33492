import { shedReason, StandingQueue } from './admission.js';
import { ConcurrencyLimit } from './concurrency-limit.js';
import { PressureEstimator } from './loop-pressure.js';

const options = { sampleMs: 5, smoothingMs: 100, lateMs: 10 };
const limits = {
  maxInFlight: 4,
  minInFlight: 2,
  latencyTargetMs: 20,
  latencyPercentile: 90,
  maxQueueDelayMs: 10,
  queueWindowMs: 500,
  busyUtilization: 0.75,
};

/** Loop times after `active` ms of work and `idle` ms of waiting. */
const times = (active: number, idle: number) => ({ active, idle });

describe('the event-loop pressure estimate', () => {
  it('reads no delay and no load on an idle loop whose timer runs on time', () => {
    const estimator = new PressureEstimator(options, 0, times(0, 0));
    estimator.sampled(5, times(0.1, 4.9));
    estimator.turnEnded();
    expect(estimator.read(6, times(0.2, 5.8))).toEqual({ delayMs: 0, utilization: expect.any(Number), lateForMs: 0, turn: 1 });
    expect(estimator.read(6, times(0.2, 5.8)).utilization).toBeLessThan(0.1);
  });

  it('charges the requests read right after a blocked stretch with the whole block', () => {
    const estimator = new PressureEstimator(options, 0, times(0, 0));
    // The loop was busy from 0 to 300 ms: the timer due at 5 ran at 300.
    estimator.sampled(300, times(300, 0));
    const reading = estimator.read(300.5, times(300.5, 0));
    expect(reading.delayMs).toBeCloseTo(295, 0);
    expect(reading.utilization).toBeGreaterThan(0.9);
    // Once the loop has finished that turn, the next turn's requests did not wait for the block.
    estimator.turnEnded();
    expect(estimator.read(301, times(300.6, 0.4)).delayMs).toBe(0);
  });

  it('grows the delay with every request handled while the loop does not come back to its timer', () => {
    const estimator = new PressureEstimator(options, 0, times(0, 0));
    estimator.sampled(5, times(5, 0));
    estimator.turnEnded();
    // Due again at 10; a batch of requests keeps the loop busy until 40.
    expect(estimator.read(9, times(9, 0)).delayMs).toBe(0);
    expect(estimator.read(25, times(25, 0)).delayMs).toBe(15);
    expect(estimator.read(40, times(40, 0)).delayMs).toBe(30);
  });

  it('tells one pause on an idle loop from a saturated loop by the smoothed utilisation', () => {
    const idle = new PressureEstimator(options, 0, times(0, 0));
    // 1 s of waiting with a little work, then a 30 ms pause.
    for (let t = 5; t <= 1000; t += 5) idle.sampled(t, times(t * 0.05, t * 0.95));
    expect(idle.read(1030, times(50 + 30, 950)).utilization).toBeLessThan(0.75);

    const busy = new PressureEstimator(options, 0, times(0, 0));
    for (let t = 5; t <= 1000; t += 5) busy.sampled(t, times(t * 0.97, t * 0.03));
    expect(busy.read(1030, times(970 + 30, 30)).utilization).toBeGreaterThan(0.9);
  });

  it('starts again without charging the time it was not sampling', () => {
    const estimator = new PressureEstimator(options, 0, times(0, 0));
    estimator.restart(10_000, times(100, 9_900));
    expect(estimator.read(10_001, times(100.1, 9_900.9)).delayMs).toBe(0);
  });

  it('counts a run of late turns only once it has lasted three turns, and ends it at the first turn on time', () => {
    const estimator = new PressureEstimator(options, 0, times(0, 0));
    // Turns of 30 ms: each sample runs 25 ms after its due time.
    let now = 0;
    for (let turn = 1; turn <= 2; turn++) {
      now += 30;
      estimator.sampled(now, times(now, 0));
      estimator.turnEnded();
    }
    // Two late turns sampled and the third not yet overdue: no run yet.
    expect(estimator.read(now + 1, times(now + 1, 0)).lateForMs).toBe(0);
    // The third turn is overdue past the mark: the run counts from the first late sample's due time (5 ms).
    expect(estimator.read(now + 20, times(now + 20, 0)).lateForMs).toBe(now + 20 - 5);
    for (let turn = 3; turn <= 20; turn++) {
      now += 30;
      estimator.sampled(now, times(now, 0));
      estimator.turnEnded();
    }
    expect(estimator.read(now + 1, times(now + 1, 0)).lateForMs).toBe(now + 1 - 5);
    // One turn on time ends the run.
    now += 5;
    estimator.sampled(now, times(now, 0));
    estimator.turnEnded();
    expect(estimator.read(now + 1, times(now + 1, 0)).lateForMs).toBe(0);
  });

  it('does not count one long stall as a lasting backlog, however long it was', () => {
    const estimator = new PressureEstimator(options, 0, times(0, 0));
    for (let t = 5; t <= 500; t += 5) estimator.sampled(t, times(t * 0.1, t * 0.9));
    estimator.turnEnded();
    // The loop blocked for 2 s: one late sample.
    estimator.sampled(2_505, times(2_050, 450));
    const reading = estimator.read(2_505.5, times(2_050.5, 450));
    expect(reading.delayMs).toBeGreaterThan(1_900);
    expect(reading.lateForMs).toBe(0);
  });
});

describe('the adaptive concurrency limit', () => {
  const shape = { minLimit: 4, maxLimit: 64, targetMs: 20, windowMs: 100 };

  /** One window of `count` answers, each `latencyMs` long, with `inFlight` requests overlapping; returns the limit after it. */
  const window = (limit: ConcurrencyLimit, at: number, count: number, latencyMs: number, inFlight: number) => {
    for (let n = 0; n < inFlight; n++) limit.admitted(n + 1);
    for (let n = 0; n < count; n++) limit.answered(at + (100 * (n + 1)) / count, latencyMs, inFlight - 1);
    return limit.limit;
  };

  it('starts at its ceiling and stays there while answers are within the target', () => {
    const limit = new ConcurrencyLimit(shape, 0);
    expect(limit.limit).toBe(64);
    expect(window(limit, 0, 50, 5, 40)).toBe(64);
  });

  it('cuts back to nine tenths of the concurrency it saw while answers are too slow, down to the floor', () => {
    const limit = new ConcurrencyLimit(shape, 0);
    expect(window(limit, 0, 50, 80, 40)).toBe(36);
    expect(window(limit, 100, 50, 80, 36)).toBe(32);
    let at = 200;
    for (let n = 0; n < 40; n++, at += 100) window(limit, at, 50, 80, limit.limit);
    expect(limit.limit).toBe(4);
  });

  it('holds when slow answers did not overlap: one slow request is the machine, not the load', () => {
    const limit = new ConcurrencyLimit(shape, 0);
    expect(window(limit, 0, 10, 500, 1)).toBe(64);
  });

  it('grows by one per window that passed once answers are fast again, so an idle API is back at its ceiling', () => {
    const limit = new ConcurrencyLimit(shape, 0);
    let at = 0;
    for (let n = 0; n < 40; n++, at += 100) window(limit, at, 50, 80, limit.limit);
    expect(limit.limit).toBe(4);
    expect(window(limit, at, 20, 3, 3)).toBe(5);
    // Ten seconds without a request, then three quick answers.
    at += 10_100;
    for (let n = 0; n < 3; n++) limit.answered(at + n, 3, 0);
    expect(limit.limit).toBe(64);
  });

  it('judges the percentile it is given: a slow tenth of the answers cuts back when the slowest are judged, not at the 90th percentile', () => {
    const slowTail = (limit: ConcurrencyLimit) => {
      for (let n = 0; n < 40; n++) limit.admitted(n + 1);
      // 95 answers of 5 ms and 5 of 60 ms in one window, 40 requests overlapping.
      for (let n = 0; n < 100; n++) limit.answered(1 + n, n % 20 === 19 ? 60 : 5, 39);
      return limit.limit;
    };
    expect(slowTail(new ConcurrencyLimit(shape, 0))).toBe(64);
    expect(slowTail(new ConcurrencyLimit({ ...shape, percentile: 99 }, 0))).toBe(36);
  });

  it('judges no window on fewer than three answers', () => {
    const limit = new ConcurrencyLimit(shape, 0);
    limit.admitted(40);
    limit.answered(500, 900, 1);
    limit.answered(600, 900, 0);
    expect(limit.limit).toBe(64);
    limit.answered(700, 900, 0);
    expect(limit.limit).toBe(36);
  });
});

describe('admission', () => {
  const calm = { delayMs: 0, utilization: 0.2, lateForMs: 0, turn: 0 };
  it('takes requests below the limit on a calm loop', () => {
    expect(shedReason(limits, 3, 4, calm, 0)).toBeUndefined();
  });
  it('sheds at the current limit, whatever the ceiling', () => {
    expect(shedReason(limits, 4, 4, calm, 0)).toBe('in-flight');
    expect(shedReason(limits, 2, 2, calm, 0)).toBe('in-flight');
    expect(shedReason({ ...limits, maxInFlight: 0 }, 10_000, 0, calm, 0)).toBeUndefined();
  });
  it('sheds for delay only when the loop has been late and the requests queued for the whole window, the loop is saturated, and the request waited past the target', () => {
    expect(shedReason(limits, 0, 4, { delayMs: 11, utilization: 0.8, lateForMs: 500, turn: 0 }, 500)).toBe('queue-delay');
    expect(shedReason(limits, 0, 4, { delayMs: 300, utilization: 0.99, lateForMs: 499, turn: 0 }, 2_000)).toBeUndefined();
    expect(shedReason(limits, 0, 4, { delayMs: 300, utilization: 0.99, lateForMs: 2_000, turn: 0 }, 499)).toBeUndefined();
    expect(shedReason(limits, 0, 4, { delayMs: 10, utilization: 0.99, lateForMs: 2_000, turn: 0 }, 2_000)).toBeUndefined();
    expect(shedReason(limits, 0, 4, { delayMs: 300, utilization: 0.5, lateForMs: 2_000, turn: 0 }, 2_000)).toBeUndefined();
    expect(
      shedReason({ ...limits, maxQueueDelayMs: 0 }, 0, 4, { delayMs: 300, utilization: 1, lateForMs: 2_000, turn: 0 }, 2_000),
    ).toBeUndefined();
  });
  it('counts a standing queue while every request read waited past the target, turn after turn', () => {
    const queue = new StandingQueue(10, 3);
    let turn = 0;
    for (let t = 0; t <= 600; t += 30) queue.read(t, turn++, 25);
    expect(queue.lastedMs(610, turn)).toBe(610);
    // A request read after a short wait ends it.
    queue.read(620, turn++, 4);
    expect(queue.lastedMs(630, turn)).toBe(0);
    // A burst read after turns without a request is a new queue, however long the requests waited.
    for (let t = 640; t <= 900; t += 30) queue.read(t, turn++, 25);
    turn += 8;
    queue.read(1_500, turn, 300);
    queue.read(1_501, turn, 300);
    expect(queue.lastedMs(1_502, turn)).toBe(2);
    // And a queue no request was read from for more than three turns is gone.
    expect(queue.lastedMs(1_700, turn + 4)).toBe(0);
  });
});
