/**
 * When and how long to wait before retrying a request: exponential backoff with jitter, and the
 * server's own `Retry-After` (seconds or an HTTP date) on 429/503.
 */

/** Statuses worth another try: the server said "not now" or had a passing failure. */
export const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

/** Parses a Retry-After header into milliseconds from `now`; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/** Backoff for attempt n (0-based): base * 2^n, plus up to 25% jitter, capped at `maxMs`. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  const raw = baseMs * 2 ** attempt;
  const jitter = raw * 0.25 * random();
  return Math.min(maxMs, Math.round(raw + jitter));
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
