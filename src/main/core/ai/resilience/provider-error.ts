import { AppError, type ErrorCode } from '../../../../shared/ipc/result';
import { parseRetryAfter } from '../../net/retry-policy';

/** What the retry loop needs to know about a failed provider call. */
export interface ProviderErrorDetails {
  providerId: string;
  status?: number;
  retryable: boolean;
  /** From Retry-After / retry-after-ms, when the server sent one. */
  retryAfterMs?: number;
}

export function providerError(
  code: ErrorCode,
  message: string,
  details: ProviderErrorDetails,
): AppError {
  return new AppError(code, message, details);
}

export function errorDetails(error: unknown): ProviderErrorDetails | undefined {
  if (!(error instanceof AppError)) return undefined;
  const d = error.details as Partial<ProviderErrorDetails> | undefined;
  return d && typeof d.retryable === 'boolean' ? (d as ProviderErrorDetails) : undefined;
}

export function isRetryable(error: unknown): boolean {
  return errorDetails(error)?.retryable ?? false;
}

/** Retry-After parsing is the shared retry policy's (core/net), so model calls and pages agree. */
export { parseRetryAfter };

/**
 * Turns anything an SDK (OpenAI or Anthropic, same error family) or fetch can throw into an AppError
 * with a message a person can act on. Never includes request headers (they carry the API key).
 */
export function classifyProviderError(error: unknown, providerId: string, label: string): AppError {
  if (error instanceof AppError) return error;
  const e = error as { name?: string; status?: number; headers?: unknown; message?: string };
  const name = e?.name ?? '';
  const status = typeof e?.status === 'number' ? e.status : undefined;
  if (name === 'APIUserAbortError' || name === 'AbortError') {
    return providerError('CANCELLED', `The request to ${label} was cancelled.`, {
      providerId,
      retryable: false,
    });
  }
  if (name === 'APIConnectionTimeoutError') {
    return providerError('TIMEOUT', `${label} did not answer in time.`, { providerId, retryable: true });
  }
  if (status === undefined) {
    return providerError(
      'NETWORK',
      `Could not reach ${label}: ${shortMessage(e?.message)}. Check the address and your connection.`,
      { providerId, retryable: true },
    );
  }
  const retryAfterMs = parseRetryAfter(e.headers);
  const base = { providerId, status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  if (status === 401 || status === 403) {
    return providerError(
      'UNAUTHORIZED',
      `${label} refused the API key (HTTP ${status}). Check the key in Settings → AI.`,
      { ...base, retryable: false },
    );
  }
  if (status === 429) {
    return providerError('RATE_LIMITED', `${label} is rate limiting requests (HTTP 429).`, {
      ...base,
      retryable: true,
    });
  }
  if (status === 408) {
    return providerError('TIMEOUT', `${label} timed out (HTTP 408).`, { ...base, retryable: true });
  }
  if (status >= 500) {
    return providerError('PROVIDER', `${label} had a server error (HTTP ${status}).`, {
      ...base,
      retryable: true,
    });
  }
  if (status === 404) {
    return providerError(
      'PROVIDER',
      `${label} does not know this model or address (HTTP 404). Check the model name and base URL.`,
      { ...base, retryable: false },
    );
  }
  return providerError('PROVIDER', `${label} rejected the request (HTTP ${status}): ${shortMessage(e.message)}`, {
    ...base,
    retryable: false,
  });
}

function shortMessage(message: string | undefined): string {
  return (message ?? 'unknown error').replace(/\s+/g, ' ').slice(0, 200);
}
