import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LocalModelFile } from '../../../../shared/domain/ai';
import { AppError } from '../../../../shared/ipc/result';
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
  /** Hosts a model may be downloaded from over plain http (tests' 127.0.0.1 servers only). */
  allowHttpHosts?: string[];
}

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
export class ModelLibrary {
  constructor(
    readonly dir: string,
    private readonly hooks: ModelLibraryHooks = {},
  ) {}

  private manifest(): Manifest {
    try {
      return JSON.parse(readFileSync(path.join(this.dir, MANIFEST), 'utf8')) as Manifest;
    } catch {
      return {};
    }
  }

  private saveManifest(manifest: Manifest): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(path.join(this.dir, MANIFEST), JSON.stringify(manifest, null, 2));
  }

  list(): LocalModelFile[] {
    if (!existsSync(this.dir)) return [];
    const manifest = this.manifest();
    return readdirSync(this.dir)
      .filter((name) => name.toLowerCase().endsWith('.gguf'))
      .map((fileName) => {
        const file = path.join(this.dir, fileName);
        const stat = statSync(file);
        const entry = manifest[fileName];
        return { fileName, path: file, sizeBytes: stat.size, sha256: entry?.sha256 ?? null, checksumVerified: entry?.verified ?? false, modifiedAt: stat.mtime.toISOString() };
      })
      .sort((a, b) => a.fileName.localeCompare(b.fileName));
  }

  /** The absolute path of an installed model, refusing names that would leave the folder. */
  resolve(fileName: string): string {
    const file = path.resolve(this.dir, fileName);
    if (path.dirname(file) !== path.resolve(this.dir) || !fileName.toLowerCase().endsWith('.gguf')) {
      throw new AppError('VALIDATION', `"${fileName}" is not a model file name.`);
    }
    if (!existsSync(file)) throw new AppError('NOT_FOUND', `No installed model is called ${fileName}.`);
    return file;
  }

  async remove(fileName: string): Promise<void> {
    const file = this.resolve(fileName);
    await this.hooks.beforeDelete?.(file);
    rmSync(file, { force: true });
    const manifest = this.manifest();
    delete manifest[fileName];
    this.saveManifest(manifest);
  }

  async pull(uri: string, options: PullOptions = {}): Promise<LocalModelFile> {
    const httpAllowed = /^http:\/\//.test(uri) && (this.hooks.allowHttpHosts ?? []).includes(new URL(uri).hostname);
    if (!/^(hf:|https:\/\/)/.test(uri) && !httpAllowed) {
      throw new AppError('VALIDATION', 'A model address starts with hf: (Hugging Face) or https:// (plain http is refused: a model runs on your computer).');
    }
    this.hooks.beforeNetwork?.();
    // Offline mode is checked throughout the download, not only at its start: switching it on stops it.
    const offline = new AbortController();
    let offlineError: unknown;
    const checkOnline = (): void => {
      if (offlineError) return;
      try {
        this.hooks.beforeNetwork?.();
      } catch (error) {
        offlineError = error;
        offline.abort();
      }
    };
    mkdirSync(this.dir, { recursive: true });
    const { createModelDownloader } = await import('node-llama-cpp');
    let fileName: string | null = null;
    let downloader: Awaited<ReturnType<typeof createModelDownloader>>;
    try {
      downloader = await createModelDownloader({
        modelUri: uri,
        dirPath: this.dir,
        skipExisting: true,
        deleteTempFileOnCancel: false, // keep the partial file so the next pull resumes
        parallelDownloads: 1,
        endpoints: { huggingFace: this.hooks.hfEndpoint ?? HF_ENDPOINT },
        onProgress: ({ downloadedSize, totalSize }) => {
          options.onProgress?.({ downloadedBytes: downloadedSize, totalBytes: totalSize, fileName });
          checkOnline(); // on every chunk, besides the timer below
        },
      });
    } catch (error) {
      throw new AppError('NETWORK', `Could not find the model at ${uri}: ${(error as Error).message}`);
    }
    fileName = downloader.entrypointFilename;
    const watch = setInterval(checkOnline, 200);
    let file: string;
    try {
      file = await downloader.download({ signal: options.signal ? AbortSignal.any([options.signal, offline.signal]) : offline.signal });
    } catch (error) {
      if (offlineError) throw offlineError;
      if (options.signal?.aborted) throw new AppError('CANCELLED', 'The download was stopped. Start it again to resume where it left off.');
      throw new AppError('NETWORK', `The download of ${fileName} failed: ${(error as Error).message}. Start it again to resume.`);
    } finally {
      clearInterval(watch);
    }
    if (offlineError) throw offlineError;
    if (options.signal?.aborted) throw new AppError('CANCELLED', 'The download was stopped. Start it again to resume where it left off.');
    const expected = options.expectedSha256 ?? (await this.published(downloader));
    return this.verify(file, uri, expected ?? undefined);
  }

  /** The checksum Hugging Face publishes for this file, or null when it cannot be had. */
  private async published(downloader: unknown): Promise<string | null> {
    // node-llama-cpp keeps the resolved download URL on an internal field.
    const url = (downloader as { _modelUrl?: unknown })._modelUrl;
    if (typeof url !== 'string' || !this.hooks.getJson) return null;
    const ref = parseHfDownloadUrl(url, this.hooks.hfEndpoint);
    if (!ref) return null;
    try {
      return await publishedSha256(ref, this.hooks.getJson, this.hooks.hfEndpoint);
    } catch {
      return null; // the file is still checked as GGUF and its own sha256 recorded
    }
  }

  private async verify(file: string, uri: string, expected?: string): Promise<LocalModelFile> {
    const fileName = path.basename(file);
    if (!isGgufFile(file)) {
      rmSync(file, { force: true });
      throw new AppError('BAD_INPUT', `${fileName} is not a GGUF model; it was removed.`);
    }
    const sha256 = await sha256File(file);
    if (expected && sha256 !== expected.toLowerCase()) {
      rmSync(file, { force: true });
      throw new AppError('BAD_INPUT', `${fileName} does not match its published checksum (damaged in transit?); it was removed. Download it again.`, { expected, actual: sha256 });
    }
    const manifest = this.manifest();
    manifest[fileName] = { sha256, uri, addedAt: new Date().toISOString(), verified: Boolean(expected) };
    this.saveManifest(manifest);
    return this.list().find((m) => m.fileName === fileName)!;
  }
}
