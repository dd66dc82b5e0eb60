import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { LocalModelFile } from '../../../../shared/domain/ai';
import { AppError } from '../../../../shared/ipc/result';
import { downloadFailureReason } from './download-error';
import { HF_ENDPOINT, parseHfDownloadUrl, publishedSha256 } from './hf-checksum';
import { isGgufFile } from './model-runtime';

export interface PullProgress {
  downloadedBytes: number;
  totalBytes: number;
  fileName: string | null;
}

export interface PullOptions {
  onProgress?: (progress: PullProgress) => void;
  signal?: AbortSignal;
  /** When known (a catalog entry, the model card), the download must match it. */
  expectedSha256?: string;
}

interface Manifest {
  [fileName: string]: { sha256: string; uri: string | null; addedAt: string; verified?: boolean };
}

export interface ModelLibraryHooks {
  /** Throws when the app is offline. */
  beforeNetwork?: () => void;
  beforeDelete?: (file: string) => Promise<void>;
  /** JSON over the network gateway; used to look up the checksum Hugging Face publishes. */
  getJson?: (url: string) => Promise<unknown>;
  /** Hugging Face endpoint (tests point it at 127.0.0.1). */
  hfEndpoint?: string;
  /** A download that makes no progress this long is stopped and reported (default 30 s). */
  stallMs?: number;
  /** Hosts a model may be downloaded from over plain http (tests' 127.0.0.1 servers only). */
  allowHttpHosts?: string[];
}

/**
 * The downloader retries a failing connection on its own, up to 150 times: without a watchdog a dead network
 * looks like a download stuck at "0.0 MB" for many minutes.
 */
export const DEFAULT_STALL_MS = 30_000;

const MANIFEST = 'models.json';

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The folder of on-device models: download from Hugging Face URIs (`hf:user/repo:quant`,
 * `hf:user/repo/file.gguf`) or https URLs through node-llama-cpp's downloader (resumable: an
 * interrupted download keeps its partial file and continues from there), verify, list, delete.
 */
export function createModelLibrary(dir: string, hooks: ModelLibraryHooks = {}) {
  function manifest(): Manifest {
    try {
      return JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest;
    } catch {
      return {};
    }
  }

  function saveManifest(next: Manifest): void {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, MANIFEST), JSON.stringify(next, null, 2));
  }

  function list(): LocalModelFile[] {
    if (!existsSync(dir)) return [];
    const entries = manifest();
    return readdirSync(dir)
      .filter((name) => name.toLowerCase().endsWith('.gguf'))
      .map((fileName) => {
        const file = path.join(dir, fileName);
        const stat = statSync(file);
        const entry = entries[fileName];
        return {
          fileName,
          path: file,
          sizeBytes: stat.size,
          sha256: entry?.sha256 ?? null,
          checksumVerified: entry?.verified ?? false,
          modifiedAt: stat.mtime.toISOString(),
        };
      })
      .sort((a, b) => a.fileName.localeCompare(b.fileName));
  }

  /** The absolute path of an installed model, refusing names that would leave the folder. */
  function resolve(fileName: string): string {
    const file = path.resolve(dir, fileName);
    if (path.dirname(file) !== path.resolve(dir) || !fileName.toLowerCase().endsWith('.gguf')) {
      throw new AppError('VALIDATION', `"${fileName}" is not a model file name.`);
    }
    if (!existsSync(file)) throw new AppError('NOT_FOUND', `No installed model is called ${fileName}.`);
    return file;
  }

  async function remove(fileName: string): Promise<void> {
    const file = resolve(fileName);
    await hooks.beforeDelete?.(file);
    rmSync(file, { force: true });
    const entries = manifest();
    delete entries[fileName];
    saveManifest(entries);
  }

  async function pull(uri: string, options: PullOptions = {}): Promise<LocalModelFile> {
    const httpAllowed = /^http:\/\//.test(uri) && (hooks.allowHttpHosts ?? []).includes(new URL(uri).hostname);
    if (!/^(hf:|https:\/\/)/.test(uri) && !httpAllowed) {
      throw new AppError(
        'VALIDATION',
        'A model address starts with hf: (Hugging Face) or https:// (plain http is refused: a model runs on your computer).',
      );
    }
    hooks.beforeNetwork?.();
    // Offline mode is checked throughout the download, not only at its start: switching it on stops it.
    const offline = new AbortController();
    let offlineError: unknown;
    const checkOnline = (): void => {
      if (offlineError) return;
      try {
        hooks.beforeNetwork?.();
      } catch (error) {
        offlineError = error;
        offline.abort();
      }
    };
    mkdirSync(dir, { recursive: true });
    const { createModelDownloader } = await import('node-llama-cpp');
    let fileName: string | null = null;
    let downloader: Awaited<ReturnType<typeof createModelDownloader>>;
    const stallMs = hooks.stallMs ?? DEFAULT_STALL_MS;
    const stall = new AbortController();
    let watchdog = setTimeout(() => stall.abort(), stallMs);
    const progressed = (): void => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => stall.abort(), stallMs);
    };
    const signal = options.signal ? AbortSignal.any([options.signal, stall.signal]) : stall.signal;
    const stalled = (): AppError =>
      new AppError(
        'NETWORK',
        `The download made no progress for ${Math.round(stallMs / 1000)} s: the connection keeps failing. Check your connection, then Retry to resume where it stopped.`,
      );
    const stalledWhileStarting = new Promise<never>((_, reject) =>
      stall.signal.addEventListener('abort', () => reject(stalled()), { once: true }),
    );
    stalledWhileStarting.catch(() => undefined);
    try {
      downloader = await Promise.race([
        stalledWhileStarting,
        createModelDownloader({
          modelUri: uri,
          dirPath: dir,
          skipExisting: true,
          deleteTempFileOnCancel: false, // keep the partial file so the next pull resumes
          parallelDownloads: 1,
          endpoints: { huggingFace: hooks.hfEndpoint ?? HF_ENDPOINT },
          onProgress: ({ downloadedSize, totalSize }) => {
            progressed();
            options.onProgress?.({ downloadedBytes: downloadedSize, totalBytes: totalSize, fileName });
            checkOnline(); // on every chunk, besides the timer below
          },
        }),
      ]);
    } catch (error) {
      clearTimeout(watchdog);
      if (error instanceof AppError) throw error;
      throw new AppError('NETWORK', `Could not find the model at ${uri}: ${downloadFailureReason(error)}.`);
    }
    fileName = downloader.entrypointFilename;
    const watch = setInterval(checkOnline, 200);
    let file: string;
    try {
      file = await downloader.download({ signal: AbortSignal.any([signal, offline.signal]) });
    } catch (error) {
      if (offlineError) throw offlineError;
      if (options.signal?.aborted)
        throw new AppError('CANCELLED', 'The download was stopped. Start it again to resume where it left off.');
      if (stall.signal.aborted) throw stalled();
      throw new AppError(
        'NETWORK',
        `The download of ${fileName} failed: ${downloadFailureReason(error)}. Retry to resume where it stopped.`,
      );
    } finally {
      clearTimeout(watchdog);
      clearInterval(watch);
    }
    if (offlineError) throw offlineError;
    if (options.signal?.aborted)
      throw new AppError('CANCELLED', 'The download was stopped. Start it again to resume where it left off.');
    if (stall.signal.aborted) throw stalled();
    const expected = options.expectedSha256 ?? (await published(downloader));
    return verify(file, uri, expected ?? undefined);
  }

  /** The checksum Hugging Face publishes for this file, or null when it cannot be had. */
  async function published(downloader: unknown): Promise<string | null> {
    // node-llama-cpp keeps the resolved download URL on an internal field.
    const url = (downloader as { _modelUrl?: unknown })._modelUrl;
    if (typeof url !== 'string' || !hooks.getJson) return null;
    const ref = parseHfDownloadUrl(url, hooks.hfEndpoint);
    if (!ref) return null;
    try {
      return await publishedSha256(ref, hooks.getJson, hooks.hfEndpoint);
    } catch {
      return null; // the file is still checked as GGUF and its own sha256 recorded
    }
  }

  async function verify(file: string, uri: string, expected?: string): Promise<LocalModelFile> {
    const fileName = path.basename(file);
    if (!isGgufFile(file)) {
      rmSync(file, { force: true });
      throw new AppError('BAD_INPUT', `${fileName} is not a GGUF model; it was removed.`);
    }
    const sha256 = await sha256File(file);
    if (expected && sha256 !== expected.toLowerCase()) {
      rmSync(file, { force: true });
      throw new AppError(
        'BAD_INPUT',
        `${fileName} does not match its published checksum (damaged in transit?); it was removed. Download it again.`,
        { expected, actual: sha256 },
      );
    }
    const entries = manifest();
    entries[fileName] = { sha256, uri, addedAt: new Date().toISOString(), verified: Boolean(expected) };
    saveManifest(entries);
    return list().find((m) => m.fileName === fileName)!;
  }

  return { dir, list, resolve, remove, pull };
}
export type ModelLibrary = ReturnType<typeof createModelLibrary>;
