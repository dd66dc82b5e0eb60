import { AppError } from '../../../shared/ipc/result';

/**
 * The one retry policy for every outbound request (page traffic in the gateway, model calls in the
 * AI service): which statuses are worth another try, the server's own Retry-After, exponential
 * backoff with jitter, and a cancellable sleep. Time is injectable (`Clock`) so tests never wait.
 */

/** Statuses worth another try: the server said "not now" or had a passing failure. */
export const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  /** Never wait longer than this for a Retry-After; a longer one makes us give up instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, maxMs: 8000, maxRetryAfterMs: 30_000 };

/** What waiting is made of; tests pass a fake one that advances instantly. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = { now: () => Date.now(), sleep };

/**
 * Reads Retry-After (seconds or an HTTP date) or retry-after-ms into milliseconds from `now`;
 * undefined when absent or unreadable. Takes a header value, a Headers object or a plain record.
 */
export function parseRetryAfter(headers: unknown, now = Date.now()): number | undefined {
  if (headers === null || headers === undefined) return undefined;
  const get = (name: string): string | null => {
    if (typeof headers === 'string') return name === 'retry-after' ? headers : null;
    if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : null;
  };
  const ms = get('retry-after-ms');
  if (ms && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const raw = get('retry-after')?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Delay before retry number `attempt` (0-based): the server's Retry-After when it gave one, else
 * exponential backoff with jitter (between half and all of base·2ⁿ, capped at `maxMs`). Returns
 * null when Retry-After asks for longer than we are willing to wait.
 */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number | null {
  if (retryAfterMs !== undefined) return retryAfterMs <= policy.maxRetryAfterMs ? retryAfterMs : null;
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Waits `ms`, or rejects with CANCELLED as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    if (ms <= 0) return resolve();
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function cancelled(): AppError {
  return new AppError('CANCELLED', 'The request was cancelled.');
}
