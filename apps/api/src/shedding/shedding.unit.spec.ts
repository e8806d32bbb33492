import { shedReason } from './admission.js';
import { PressureEstimator } from './loop-pressure.js';

const options = { sampleMs: 5, smoothingMs: 100 };
const limits = { maxInFlight: 4, maxQueueDelayMs: 10, busyUtilization: 0.75 };

/** Loop times after `active` ms of work and `idle` ms of waiting. */
const times = (active: number, idle: number) => ({ active, idle });

describe('the event-loop pressure estimate', () => {
  it('reads no delay and no load on an idle loop whose timer runs on time', () => {
    const estimator = new PressureEstimator(options, 0, times(0, 0));
    estimator.sampled(5, times(0.1, 4.9));
    estimator.turnEnded();
    expect(estimator.read(6, times(0.2, 5.8))).toEqual({ delayMs: 0, utilization: expect.any(Number) });
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
});

describe('admission', () => {
  const calm = { delayMs: 0, utilization: 0.2 };
  it('takes requests below the limit on a calm loop', () => {
    expect(shedReason(limits, 3, calm)).toBeUndefined();
  });
  it('sheds at the in-flight limit', () => {
    expect(shedReason(limits, 4, calm)).toBe('in-flight');
    expect(shedReason({ ...limits, maxInFlight: 0 }, 10_000, calm)).toBeUndefined();
  });
  it('sheds for delay only when the loop is saturated and the request has waited past the target', () => {
    expect(shedReason(limits, 0, { delayMs: 11, utilization: 0.8 })).toBe('queue-delay');
    expect(shedReason(limits, 0, { delayMs: 10, utilization: 0.99 })).toBeUndefined();
    expect(shedReason(limits, 0, { delayMs: 300, utilization: 0.5 })).toBeUndefined();
    expect(shedReason({ ...limits, maxQueueDelayMs: 0 }, 0, { delayMs: 300, utilization: 1 })).toBeUndefined();
  });
});
