import { randomUUID } from 'node:crypto';
import type { LocalModelFile, ModelDownloadStatus } from '../../../../shared/domain/ai';
import { AppError } from '../../../../shared/ipc/result';
import { downloadFailureReason } from './download-error';
import type { ModelLibrary } from './model-library';

/**
 * Downloads in the background: each has an id, a status the UI can list, progress pushed through
 * `onUpdate` (throttled), and can be stopped (and later resumed by pulling the same URI again).
 */
export function createModelDownloads(
  library: ModelLibrary,
  onUpdate: (status: ModelDownloadStatus) => void = () => {},
) {
  const items = new Map<
    string,
    { status: ModelDownloadStatus; controller: AbortController; done: Promise<LocalModelFile | null>; sha256?: string }
  >();

  function list(): ModelDownloadStatus[] {
    return [...items.values()].map((i) => i.status);
  }

  function start(uri: string, expectedSha256?: string): ModelDownloadStatus {
    for (const item of items.values()) {
      if (item.status.uri === uri && (item.status.state === 'downloading' || item.status.state === 'verifying'))
        return item.status;
    }
    const downloadId = randomUUID();
    const controller = new AbortController();
    const status: ModelDownloadStatus = {
      downloadId,
      uri,
      fileName: null,
      downloadedBytes: 0,
      totalBytes: 0,
      state: 'downloading',
      error: null,
    };
    let lastPush = 0;
    const push = (force = false): void => {
      const now = Date.now();
      if (!force && now - lastPush < 250) return;
      lastPush = now;
      onUpdate({ ...status });
    };
    const done = library
      .pull(uri, {
        signal: controller.signal,
        ...(expectedSha256 ? { expectedSha256 } : {}),
        onProgress: (p) => {
          status.downloadedBytes = p.downloadedBytes;
          status.totalBytes = p.totalBytes;
          status.fileName = p.fileName;
          if (p.totalBytes > 0 && p.downloadedBytes >= p.totalBytes) status.state = 'verifying';
          push(status.state === 'verifying');
        },
      })
      .then((file) => {
        Object.assign(status, {
          state: 'done',
          fileName: file.fileName,
          downloadedBytes: file.sizeBytes,
          totalBytes: file.sizeBytes,
        });
        push(true);
        return file;
      })
      .catch((error: unknown) => {
        const appError =
          error instanceof AppError
            ? error
            : new AppError(
                'NETWORK',
                `The download failed: ${downloadFailureReason(error)}. Retry to resume where it stopped.`,
              );
        Object.assign(status, {
          state: appError.code === 'CANCELLED' ? 'cancelled' : 'failed',
          error: appError.message,
        });
        push(true);
        return null;
      });
    items.set(downloadId, { status, controller, done, ...(expectedSha256 ? { sha256: expectedSha256 } : {}) });
    push(true);
    return { ...status };
  }

  /** Starts a failed or stopped download again; it resumes from the partial file. */
  function retry(downloadId: string): ModelDownloadStatus {
    const item = items.get(downloadId);
    if (!item)
      throw new AppError('NOT_FOUND', 'That download is no longer known; start it again from the list of models.');
    if (item.status.state === 'downloading' || item.status.state === 'verifying') return { ...item.status };
    items.delete(downloadId);
    return start(item.status.uri, item.sha256);
  }

  function cancel(downloadId: string): boolean {
    const item = items.get(downloadId);
    if (!item || (item.status.state !== 'downloading' && item.status.state !== 'verifying')) return false;
    item.controller.abort();
    return true;
  }

  /** Resolves when the download ends (null when it failed or was stopped). */
  function wait(downloadId: string): Promise<LocalModelFile | null> {
    const item = items.get(downloadId);
    if (!item) throw new AppError('NOT_FOUND', 'No such download.');
    return item.done;
  }

  async function dispose(): Promise<void> {
    for (const item of items.values()) item.controller.abort();
    await Promise.all([...items.values()].map((i) => i.done));
  }

  return { list, start, retry, cancel, wait, dispose };
}
export type ModelDownloads = ReturnType<typeof createModelDownloads>;
