import { describe, expect, it } from 'vitest';
import { backoffDelay, sleep } from './backoff';
import { createCircuitBreaker } from './circuit-breaker';
import { classifyProviderError, parseRetryAfter } from './provider-error';

describe('Retry-After', () => {
  it('reads seconds, milliseconds and HTTP dates', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '120', 'retry-after': '9' }))).toBe(120);
    const now = Date.parse('2026-11-22T00:00:00Z');
    expect(parseRetryAfter({ 'retry-after': 'Sun, 22 Nov 2026 00:00:05 GMT' }, now)).toBe(5000);
    expect(parseRetryAfter(new Headers())).toBeUndefined();
  });
  it('waits the server-given time, gives up on a long one, else backs off exponentially with jitter', () => {
    const policy = { baseMs: 100, maxMs: 1000, maxRetryAfterMs: 5000 };
    expect(backoffDelay(0, 2000, policy)).toBe(2000);
    expect(backoffDelay(0, 60_000, policy)).toBeNull();
    expect(backoffDelay(0, undefined, policy, () => 0)).toBe(50);
    expect(backoffDelay(3, undefined, policy, () => 1)).toBe(800);
    expect(backoffDelay(10, undefined, policy, () => 1)).toBe(1000);
  });
  it('sleep stops when cancelled', async () => {
    const c = new AbortController();
    const p = sleep(10_000, c.signal);
    c.abort();
    await expect(p).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});

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
    expect(classify({ status: 401, message: 'bad key' })).toMatchObject({ code: 'UNAUTHORIZED', details: { retryable: false } });
    expect(classify({ status: 429, headers: new Headers({ 'retry-after': '2' }) })).toMatchObject({ code: 'RATE_LIMITED', details: { retryable: true, retryAfterMs: 2000 } });
    expect(classify({ status: 503 })).toMatchObject({ code: 'PROVIDER', details: { retryable: true } });
    expect(classify({ status: 400, message: 'bad' })).toMatchObject({ code: 'PROVIDER', details: { retryable: false } });
    expect(classify({ name: 'APIConnectionError', message: 'ECONNREFUSED' })).toMatchObject({ code: 'NETWORK', details: { retryable: true } });
    expect(classify({ name: 'APIUserAbortError' })).toMatchObject({ code: 'CANCELLED' });
  });
});
