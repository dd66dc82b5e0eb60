import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelay, sleep } from './retry-policy';

describe('retry policy (shared by the gateway and model calls)', () => {
  it('reads Retry-After as seconds, milliseconds and HTTP dates', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '120', 'retry-after': '9' }))).toBe(120);
    expect(parseRetryAfter('2')).toBe(2000);
    const now = Date.parse('2026-11-22T00:00:00Z');
    expect(parseRetryAfter({ 'retry-after': 'Sun, 22 Nov 2026 00:00:05 GMT' }, now)).toBe(5000);
    expect(parseRetryAfter(new Headers())).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it('waits the server-given time, gives up on a long one, else backs off exponentially with jitter', () => {
    const policy = { baseMs: 100, maxMs: 1000, maxRetryAfterMs: 5000 };
    expect(retryDelay(0, 2000, policy)).toBe(2000);
    expect(retryDelay(0, 60_000, policy)).toBeNull();
    expect(retryDelay(0, undefined, policy, () => 0)).toBe(50);
    expect(retryDelay(3, undefined, policy, () => 1)).toBe(800);
    expect(retryDelay(10, undefined, policy, () => 1)).toBe(1000);
  });

  it('sleep stops when cancelled', async () => {
    const c = new AbortController();
    const p = sleep(10_000, c.signal);
    c.abort();
    await expect(p).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
