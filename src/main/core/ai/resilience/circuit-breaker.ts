/**
 * One circuit breaker per provider: after `failureThreshold` consecutive failures the provider is
 * skipped for `cooldownMs`; then one trial call is let through (half-open). A success closes it.
 */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  failureThreshold: number;
  cooldownMs: number;
  now?: () => number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;
  private readonly now: () => number;

  constructor(private readonly options: BreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  get state(): BreakerState {
    if (this.openedAt === null) return 'closed';
    return this.now() - this.openedAt >= this.options.cooldownMs ? 'half-open' : 'open';
  }

  /** Milliseconds until a trial call is allowed again (0 when calls may go through). */
  retryInMs(): number {
    if (this.openedAt === null) return 0;
    return Math.max(0, this.openedAt + this.options.cooldownMs - this.now());
  }

  /** True when a call may be made now. In half-open state only one trial call goes through. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  /** Back to closed, forgetting past failures (the user changed the provider's settings, or tests it on purpose). */
  reset(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  recordFailure(): void {
    this.trialInFlight = false;
    this.failures += 1;
    if (this.openedAt !== null || this.failures >= this.options.failureThreshold) {
      this.openedAt = this.now();
    }
  }

  /** A call that ended without telling us about the provider's health (e.g. the user cancelled). */
  release(): void {
    this.trialInFlight = false;
  }
}

/** Holds one breaker per provider id. */
export class CircuitBreakers {
  private readonly breakers = new Map<string, CircuitBreaker>();
  constructor(private readonly options: BreakerOptions = { failureThreshold: 3, cooldownMs: 30_000 }) {}

  /** Forgets the state of one provider's breaker. */
  reset(providerId: string): void {
    this.breakers.get(providerId)?.reset();
  }

  for(providerId: string): CircuitBreaker {
    let breaker = this.breakers.get(providerId);
    if (!breaker) {
      breaker = new CircuitBreaker(this.options);
      this.breakers.set(providerId, breaker);
    }
    return breaker;
  }
}
