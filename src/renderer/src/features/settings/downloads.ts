import type { ModelDownloadStatus } from '../../../../shared/domain/ai';

const FINISHED = new Set<ModelDownloadStatus['state']>(['done', 'failed', 'cancelled']);

/**
 * Folds one status of a download (an `ai.download` event, or the reply to `ai.models.pull`) into
 * the list. The core's events are the truth: a status that arrives late never takes a finished
 * download back to "downloading", nor its byte count backwards.
 */
export function mergeDownload(list: ModelDownloadStatus[], status: ModelDownloadStatus): ModelDownloadStatus[] {
  const known = list.find((d) => d.downloadId === status.downloadId);
  if (!known) return [...list, status];
  if (FINISHED.has(known.state) && !FINISHED.has(status.state)) return list;
  const next = FINISHED.has(status.state)
    ? status
    : { ...status, downloadedBytes: Math.max(known.downloadedBytes, status.downloadedBytes) };
  return list.map((d) => (d.downloadId === status.downloadId ? next : d));
}

/** A download that failed, in words a person can act on. */
export function downloadFailureText(error: string | null): string {
  const raw = (error ?? '').trim();
  if (!raw) return 'The download stopped without saying why.';
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|getaddrinfo/i.test(raw))
    return `The download could not reach the server: check the connection and the address. (${raw})`;
  if (/offline/i.test(raw)) return raw;
  if (/ECONNRESET|socket hang up|terminated|aborted/i.test(raw))
    return `The connection dropped during the download. (${raw})`;
  if (/ENOSPC|no space/i.test(raw)) return `The disk is full: free some space, then retry. (${raw})`;
  if (/\b404\b|not found/i.test(raw)) return `The server has no file at that address. (${raw})`;
  if (/checksum|sha256/i.test(raw))
    return `The downloaded file did not match its checksum, so it was deleted. (${raw})`;
  return raw;
}
