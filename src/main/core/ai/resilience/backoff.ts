import { AppError } from '../../../../shared/ipc/result';

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  /** Never wait longer than this for a Retry-After; a longer one makes us move on instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, maxMs: 8000, maxRetryAfterMs: 30_000 };

/**
 * Delay before retry number `attempt` (0-based): Retry-After when the server gave one, else
 * exponential backoff with full jitter. Returns null when Retry-After asks for more than we wait.
 */
export function backoffDelay(
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
