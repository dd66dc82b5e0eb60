import { describe, expect, it } from 'vitest';
import { createCircuitBreaker } from './circuit-breaker';
import { classifyProviderError } from './provider-error';

describe('CircuitBreaker', () => {
  it('opens after the threshold, lets one trial through after the cooldown, closes on success', () => {
    let now = 0;
    const b = createCircuitBreaker({ failureThreshold: 2, cooldownMs: 1000, now: () => now });
    b.recordFailure();
    expect(b.tryAcquire()).toBe(true);
    b.recordFailure();
    expect(b.state).toBe('open');
    expect(b.tryAcquire()).toBe(false);
    now = 1000;
    expect(b.tryAcquire()).toBe(true);
    expect(b.tryAcquire()).toBe(false); // only one trial
    b.recordFailure();
    expect(b.state).toBe('open'); // failed trial: open again
    now = 2000;
    expect(b.tryAcquire()).toBe(true);
    b.recordSuccess();
    expect(b.state).toBe('closed');
  });
});

describe('classifyProviderError', () => {
  const classify = (e: unknown) => classifyProviderError(e, 'p', 'OpenAI');
  it('maps SDK errors to actionable AppErrors', () => {
    expect(classify({ status: 401, message: 'bad key' })).toMatchObject({
      code: 'UNAUTHORIZED',
      details: { retryable: false },
    });
    expect(classify({ status: 429, headers: new Headers({ 'retry-after': '2' }) })).toMatchObject({
      code: 'RATE_LIMITED',
      details: { retryable: true, retryAfterMs: 2000 },
    });
    expect(classify({ status: 503 })).toMatchObject({ code: 'PROVIDER', details: { retryable: true } });
    expect(classify({ status: 400, message: 'bad' })).toMatchObject({
      code: 'PROVIDER',
      details: { retryable: false },
    });
    expect(classify({ name: 'APIConnectionError', message: 'ECONNREFUSED' })).toMatchObject({
      code: 'NETWORK',
      details: { retryable: true },
    });
    expect(classify({ name: 'APIUserAbortError' })).toMatchObject({ code: 'CANCELLED' });
  });
});
