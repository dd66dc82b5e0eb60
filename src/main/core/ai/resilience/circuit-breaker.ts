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

export function createCircuitBreaker(options: BreakerOptions) {
  const now = options.now ?? Date.now;
  let failures = 0;
  let openedAt: number | null = null;
  let trialInFlight = false;
  const close = (): void => {
    failures = 0;
    openedAt = null;
    trialInFlight = false;
  };
  const breaker = {
    get state(): BreakerState {
      if (openedAt === null) return 'closed';
      return now() - openedAt >= options.cooldownMs ? 'half-open' : 'open';
    },
    /** Milliseconds until a trial call is allowed again (0 when calls may go through). */
    retryInMs(): number {
      return openedAt === null ? 0 : Math.max(0, openedAt + options.cooldownMs - now());
    },
    /** True when a call may be made now. In half-open state only one trial call goes through. */
    tryAcquire(): boolean {
      const state = breaker.state;
      if (state === 'closed') return true;
      if (state === 'open' || trialInFlight) return false;
      trialInFlight = true;
      return true;
    },
    /** Back to closed, forgetting past failures (the user changed the provider's settings, or tests it on purpose). */
    reset: close,
    recordSuccess: close,
    recordFailure(): void {
      trialInFlight = false;
      failures += 1;
      if (openedAt !== null || failures >= options.failureThreshold) openedAt = now();
    },
    /** A call that ended without telling us about the provider's health (e.g. the user cancelled). */
    release(): void {
      trialInFlight = false;
    },
  };
  return breaker;
}
export type CircuitBreaker = ReturnType<typeof createCircuitBreaker>;

/** Holds one breaker per provider id. */
export function createCircuitBreakers(options: BreakerOptions = { failureThreshold: 3, cooldownMs: 30_000 }) {
  const breakers = new Map<string, CircuitBreaker>();
  return {
    for(providerId: string): CircuitBreaker {
      let breaker = breakers.get(providerId);
      if (!breaker) breakers.set(providerId, (breaker = createCircuitBreaker(options)));
      return breaker;
    },
    /** Forgets the state of one provider's breaker. */
    reset(providerId: string): void {
      breakers.get(providerId)?.reset();
    },
  };
}
export type CircuitBreakers = ReturnType<typeof createCircuitBreakers>;
