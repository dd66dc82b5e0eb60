import { systemClock, type Clock } from './retry-policy';

/**
 * A polite per-host rate limit: requests to one host start at least `intervalMs` apart, in the
 * order they asked. Different hosts do not wait for each other.
 */
export class HostRateLimiter {
  private readonly nextFree = new Map<string, number>();

  constructor(
    private readonly intervalFor: (host: string) => number,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Waits for this host's next slot and reserves it. */
  async acquire(host: string, signal?: AbortSignal, interval = this.intervalFor(host)): Promise<void> {
    if (interval <= 0) return;
    const now = this.clock.now();
    const slot = Math.max(now, this.nextFree.get(host) ?? 0);
    this.nextFree.set(host, slot + interval);
    await this.clock.sleep(slot - now, signal);
  }

  /** Pushes the host's next slot out, e.g. after a Retry-After. */
  defer(host: string, untilMs: number): void {
    this.nextFree.set(host, Math.max(this.nextFree.get(host) ?? 0, untilMs));
  }
}
