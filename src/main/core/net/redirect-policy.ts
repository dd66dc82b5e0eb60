import { AppError } from '../../../shared/ipc/result';

/** Request headers that carry credentials: never sent on to another host, never over plain http. */
export const CREDENTIAL_HEADERS = ['authorization', 'x-api-key', 'cookie', 'proxy-authorization'] as const;

/**
 * Prepares the headers for the next redirect hop. Leaving the origin strips every credential header;
 * a downgrade from https to http is refused outright while the request carries credentials.
 */
export function headersForRedirect(from: URL, to: URL, headers: Headers): void {
  const carriesCredentials = CREDENTIAL_HEADERS.some((name) => headers.has(name));
  if (carriesCredentials && from.protocol === 'https:' && to.protocol === 'http:') {
    throw new AppError(
      'FORBIDDEN',
      `${from.host} redirected a request carrying credentials to an unencrypted http address, so Jobsmith stopped.`,
      { url: from.href, location: to.href },
    );
  }
  if (to.origin !== from.origin) for (const name of CREDENTIAL_HEADERS) headers.delete(name);
}

/** Passes a response body through, failing the stream once more than `maxBytes` arrived. */
export function limitBody(response: Response, maxBytes: number): Response {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const tooLarge = (): AppError =>
    new AppError(
      'BAD_INPUT',
      `The response from ${response.url || 'the server'} is larger than the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit.`,
      { maxBytes },
    );
  if (!response.body) return response;
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body.cancel().catch(() => undefined);
    throw tooLarge();
  }
  let total = 0;
  const counted = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > maxBytes) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  const limited = new Response(counted, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(limited, 'url', { value: response.url });
  return limited;
}
