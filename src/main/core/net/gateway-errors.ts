import { AppError } from '../../../shared/ipc/result';
import { hostOf } from './response-body';
import { parseRetryAfter } from './retry-policy';

/** Turns a non-2xx response into an AppError whose message says what a person can do about it. */
export function describeHttpError(url: string, response: Response): AppError {
  const host = hostOf(url);
  const status = response.status;
  const details = { url, status };
  if (status === 404 || status === 410) {
    return new AppError(
      'NOT_FOUND',
      `Nothing was found at ${url} (HTTP ${status}). Check the address; the posting may have been taken down.`,
      details,
    );
  }
  if (status === 401)
    return new AppError(
      'UNAUTHORIZED',
      `${host} asked for a login (HTTP 401). Open the page in your browser and paste its text instead.`,
      details,
    );
  if (status === 403)
    return new AppError(
      'FORBIDDEN',
      `${host} refused the request (HTTP 403). Open the page in your browser and paste its text instead.`,
      details,
    );
  if (status === 429) {
    const wait = parseRetryAfter(response.headers.get('retry-after'));
    const when = wait === undefined ? 'later' : `in ${Math.max(1, Math.ceil(wait / 1000))} s`;
    return new AppError('RATE_LIMITED', `${host} is limiting requests (HTTP 429). Try again ${when}.`, {
      ...details,
      retryAfterMs: wait,
    });
  }
  if (status >= 500)
    return new AppError('NETWORK', `${host} had a server error (HTTP ${status}). Try again later.`, details);
  return new AppError('NETWORK', `${host} answered HTTP ${status} ${response.statusText}`.trim() + '.', details);
}

/** Turns a transport failure (DNS, refused, reset, TLS) into an AppError. */
export function describeNetworkError(url: string, error: unknown): AppError {
  const host = hostOf(url);
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? '';
  const why =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? `the name ${host} could not be found`
      : code === 'ECONNREFUSED'
        ? `${host} refused the connection`
        : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
          ? `the connection to ${host} was dropped`
          : code.startsWith('CERT_') || code.includes('TLS') || code.includes('SSL')
            ? `the secure connection to ${host} could not be verified`
            : `${host} could not be reached`;
  return new AppError('NETWORK', `Could not load the page: ${why}. Check your connection and try again.`, {
    url,
    code,
    message: cause?.message ?? String(error),
  });
}
