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

export function providerError(code: ErrorCode, message: string, details: ProviderErrorDetails): AppError {
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

/** The first error in a `cause` chain that carries a system or TLS error code (ENOTFOUND, ECONNREFUSED, ...). */
function networkCode(error: unknown): string {
  for (
    let e = error as { code?: unknown; cause?: unknown; details?: unknown } | undefined, depth = 0;
    e && depth < 6;
    depth++
  ) {
    const detailsCode = (e.details as { code?: unknown } | undefined)?.code;
    if (typeof detailsCode === 'string' && detailsCode) return detailsCode;
    if (typeof e.code === 'string' && /^[A-Z_]+$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return '';
}

/** Says in words why a provider could not be reached: DNS, refused, timeout, TLS. */
function unreachable(error: unknown, providerId: string, label: string, message: string | undefined): AppError {
  const code = networkCode(error);
  const base = { providerId, retryable: true, ...(code ? { networkCode: code } : {}) };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return providerError(
      'NETWORK',
      `Could not reach ${label}: its address could not be found (DNS). Check the base URL for typos.`,
      base,
    );
  }
  if (code === 'ECONNREFUSED') {
    return providerError(
      'NETWORK',
      `Could not reach ${label}: the connection was refused. Is the server running, and on this port?`,
      base,
    );
  }
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return providerError(
      'TIMEOUT',
      `Could not reach ${label}: the connection timed out. Check the address and your connection.`,
      base,
    );
  }
  if (/CERT|TLS|SSL|SELF_SIGNED/.test(code)) {
    return providerError('NETWORK', `Could not reach ${label}: its TLS certificate could not be verified (${code}).`, {
      ...base,
      retryable: false,
    });
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') {
    return providerError('NETWORK', `The connection to ${label} was dropped. Try again.`, base);
  }
  return providerError(
    'NETWORK',
    `Could not reach ${label}: ${shortMessage(message)}. Check the address and your connection.`,
    base,
  );
}

/** Anthropic's error types (`{type:'error', error:{type, message}}`), also sent as an `error` event mid-stream. */
function anthropicErrorType(body: unknown): string | undefined {
  const inner = (body as { error?: { type?: unknown } } | undefined)?.error;
  return typeof inner?.type === 'string' ? inner.type : undefined;
}

/** OpenAI's error code (`insufficient_quota`, `model_not_found`, ...), on the SDK error or in its body. */
function openAiErrorCode(e: { code?: unknown; error?: unknown }): string | undefined {
  if (typeof e.code === 'string') return e.code;
  const inner = e.error as { code?: unknown; type?: unknown } | undefined;
  return typeof inner?.code === 'string' ? inner.code : typeof inner?.type === 'string' ? inner.type : undefined;
}

function fromAnthropicType(
  type: string,
  providerId: string,
  label: string,
  base: ProviderErrorDetails,
): AppError | null {
  switch (type) {
    case 'overloaded_error':
      return providerError('PROVIDER', `${label} is overloaded right now. Jobsmith will try again.`, {
        ...base,
        providerId,
        retryable: true,
      });
    case 'api_error':
      return providerError('PROVIDER', `${label} had an internal error. Jobsmith will try again.`, {
        ...base,
        providerId,
        retryable: true,
      });
    case 'rate_limit_error':
      return providerError('RATE_LIMITED', `${label} is rate limiting requests.`, {
        ...base,
        providerId,
        retryable: true,
      });
    case 'authentication_error':
    case 'permission_error':
      return providerError('UNAUTHORIZED', `${label} refused the API key. Check the key in Settings → AI.`, {
        ...base,
        providerId,
        retryable: false,
      });
    case 'not_found_error':
      return providerError('PROVIDER', `${label} does not know this model. Check the model name.`, {
        ...base,
        providerId,
        retryable: false,
      });
    case 'billing_error':
      return providerError(
        'QUOTA',
        `${label} says there is no credit left on this key. Add credit in the provider's console, or use another provider.`,
        { ...base, providerId, retryable: false },
      );
    default:
      return null;
  }
}

/**
 * Turns anything an SDK (OpenAI or Anthropic, same error family) or fetch can throw into an AppError
 * with a message a person can act on. Never includes request headers (they carry the API key).
 */
export function classifyProviderError(error: unknown, providerId: string, label: string): AppError {
  if (error instanceof AppError && errorDetails(error)) return error;
  const e = error as {
    name?: string;
    status?: number;
    headers?: unknown;
    message?: string;
    code?: unknown;
    error?: unknown;
  };
  const name = e?.name ?? '';
  const status = typeof e?.status === 'number' ? e.status : undefined;
  if (
    name === 'APIUserAbortError' ||
    name === 'AbortError' ||
    (error instanceof AppError && error.code === 'CANCELLED')
  ) {
    return providerError('CANCELLED', `The request to ${label} was cancelled.`, { providerId, retryable: false });
  }
  if (name === 'APIConnectionTimeoutError' || (error instanceof AppError && error.code === 'TIMEOUT')) {
    return providerError('TIMEOUT', `${label} did not answer in time.`, { providerId, retryable: true });
  }
  if (error instanceof AppError && error.code === 'OFFLINE')
    return providerError('OFFLINE', error.message, { providerId, retryable: false });
  // An `error` event in the middle of a stream arrives without an HTTP status: classify it by its type.
  const streamed = status === undefined ? anthropicErrorType(e?.error) : undefined;
  if (streamed) {
    const typed = fromAnthropicType(streamed, providerId, label, { providerId, retryable: false });
    if (typed) return typed;
  }
  if (status === undefined) return unreachable(error, providerId, label, e?.message);
  const retryAfterMs = parseRetryAfter(e.headers);
  const base = { providerId, status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  const code = openAiErrorCode(e);
  if (code === 'insufficient_quota') {
    return providerError(
      'QUOTA',
      `${label} says there is no credit left on this key (insufficient_quota). Add credit or raise the limit in the provider's console, or use another provider.`,
      { ...base, retryable: false },
    );
  }
  const typed = anthropicErrorType(e?.error);
  if (typed && status !== 404 && status !== 401) {
    const fromType = fromAnthropicType(typed, providerId, label, { ...base, retryable: false });
    if (fromType) return fromType;
  }
  if (status === 401 || status === 403) {
    return providerError(
      'UNAUTHORIZED',
      `${label} refused the API key (HTTP ${status}). Check the key in Settings → AI.`,
      { ...base, retryable: false },
    );
  }
  if (status === 429)
    return providerError('RATE_LIMITED', `${label} is rate limiting requests (HTTP 429).`, {
      ...base,
      retryable: true,
    });
  if (status === 408) return providerError('TIMEOUT', `${label} timed out (HTTP 408).`, { ...base, retryable: true });
  if (status >= 500)
    return providerError('PROVIDER', `${label} had a server error (HTTP ${status}).`, { ...base, retryable: true });
  if (status === 404) {
    const what = code === 'model_not_found' || typed === 'not_found_error' ? 'this model' : 'this model or address';
    return providerError('PROVIDER', `${label} does not know ${what} (HTTP 404). Check the model name and base URL.`, {
      ...base,
      retryable: false,
    });
  }
  return providerError('PROVIDER', `${label} rejected the request (HTTP ${status}): ${shortMessage(e.message)}`, {
    ...base,
    retryable: false,
  });
}

function shortMessage(message: string | undefined): string {
  return (message ?? 'unknown error').replace(/\s+/g, ' ').slice(0, 200);
}
