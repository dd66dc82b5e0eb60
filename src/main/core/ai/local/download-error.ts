/**
 * Why a model download failed, in words a person can act on, instead of a library's "TypeError: fetch failed".
 * Reads the system error code or HTTP status anywhere in the error's `cause` chain.
 */
export function downloadFailureReason(error: unknown): string {
  let code = '';
  let status: number | undefined;
  for (
    let e = error as { code?: unknown; status?: unknown; statusCode?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 6;
    depth++
  ) {
    if (!code && typeof e.code === 'string') code = e.code;
    const s = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : undefined;
    status ??= s;
    e = e.cause as typeof e;
  }
  const message = error instanceof Error ? error.message : String(error);
  status ??= Number(/\b(?:status(?: code)?|HTTP)\s*:?\s*(\d{3})\b/i.exec(message)?.[1]) || undefined;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return 'the download server could not be found (no internet connection, or DNS is failing)';
  if (code === 'ECONNREFUSED') return 'the download server refused the connection';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the connection dropped part-way';
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || /timed? ?out/i.test(message))
    return 'the download server stopped answering (timed out)';
  if (/CERT|TLS|SSL/.test(code)) return "the download server's certificate could not be verified";
  if (code === 'ENOSPC') return 'the disk is full';
  if (status === 401 || status === 403)
    return `the model is not public or needs you to accept its licence on Hugging Face (HTTP ${status})`;
  if (status === 404) return 'there is no such model file (HTTP 404); check the address';
  if (status && status >= 500) return `the download server had an error (HTTP ${status}); try again later`;
  if (/fetch failed|network/i.test(message)) return 'the network connection failed';
  return message.replace(/\s+/g, ' ').slice(0, 200);
}
