import { AppError } from '../../../../shared/ipc/result';
import type { Clock } from '../retry-policy';

/**
 * A clock for tests: sleeping never waits for real. Each sleep records the virtual time it wakes at,
 * and time moves to that moment when the sleep resolves, so retry and rate-limit schedules can be
 * asserted exactly instead of with wall-clock margins.
 */
export interface FakeClock extends Clock {
  /** Virtual wake-up times of every non-zero sleep, in the order the sleeps were asked for. */
  readonly wakes: number[];
}

export function createFakeClock(start = 0): FakeClock {
  let now = start;
  const wakes: number[] = [];
  return {
    wakes,
    now: () => now,
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(new AppError('CANCELLED', 'The request was cancelled.'));
      if (ms <= 0) return Promise.resolve();
      const wake = now + ms;
      wakes.push(wake);
      return new Promise((resolve) =>
        setImmediate(() => {
          now = Math.max(now, wake);
          resolve();
        }),
      );
    },
  };
}
