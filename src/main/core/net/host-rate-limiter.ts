import { systemClock, type Clock } from './retry-policy';

/**
 * A polite per-host rate limit: requests to one host start at least `intervalMs` apart, in the
 * order they asked. Different hosts do not wait for each other.
 */
export function createHostRateLimiter(intervalFor: (host: string) => number, clock: Clock = systemClock) {
  const nextFree = new Map<string, number>();
  return {
    /** Waits for this host's next slot and reserves it. */
    async acquire(host: string, signal?: AbortSignal, interval = intervalFor(host)): Promise<void> {
      if (interval <= 0) return;
      const now = clock.now();
      const slot = Math.max(now, nextFree.get(host) ?? 0);
      nextFree.set(host, slot + interval);
      await clock.sleep(slot - now, signal);
    },
    /** Pushes the host's next slot out, e.g. after a Retry-After. */
    defer(host: string, untilMs: number): void {
      nextFree.set(host, Math.max(nextFree.get(host) ?? 0, untilMs));
    },
  };
}
export type HostRateLimiter = ReturnType<typeof createHostRateLimiter>;
