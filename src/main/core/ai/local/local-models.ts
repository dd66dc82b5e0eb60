import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AiSettings, HardwareInfo, LocalModelFile, ModelDownloadStatus, ModelRecommendation } from '../../../../shared/domain/ai';
import { AppError } from '../../../../shared/ipc/result';
import type { ModelProvider } from '../provider';
import { LocalProvider } from './local-provider';
import { recommendModels } from './model-catalog';
import { ModelDownloads } from './model-downloads';
import { ModelLibrary } from './model-library';
import { isGgufFile, ModelRuntime } from './model-runtime';

export interface LocalModelsOptions {
  modelsDir: string;
  settings: () => AiSettings;
  llama?: { gpu?: false | 'auto'; maxThreads?: number };
  assertOnline?: () => void;
  /** JSON over the network gateway (Hugging Face's published checksums). */
  getJson?: (url: string) => Promise<unknown>;
  hfEndpoint?: string;
  onDownload?: (status: ModelDownloadStatus) => void;
}

/**
 * The on-device side in one place: the runtime (load, context, idle unload, disposal), the model
 * folder (download, list, delete) and hardware-based recommendations. The llama.cpp binding is
 * only loaded when something actually needs it.
 */
export class LocalModels {
  readonly library: ModelLibrary;
  readonly downloads: ModelDownloads;
  private runtimeInstance: ModelRuntime | null = null;

  constructor(private readonly options: LocalModelsOptions) {
    this.library = new ModelLibrary(options.modelsDir, {
      ...(options.assertOnline ? { beforeNetwork: options.assertOnline } : {}),
      beforeDelete: async (file) => this.runtimeInstance?.unloadIfLoaded(file),
      ...(options.getJson ? { getJson: options.getJson } : {}),
      ...(options.hfEndpoint ? { hfEndpoint: options.hfEndpoint } : {}),
    });
    this.downloads = new ModelDownloads(this.library, options.onDownload);
  }

  /** Changes how llama.cpp will start (threads, GPU); only before the runtime is first used. */
  configureRuntime(llama: { gpu?: false | 'auto'; maxThreads?: number }): void {
    if (this.runtimeInstance) throw new AppError('CONFLICT', 'The on-device runtime is already running.');
    this.options.llama = { ...this.options.llama, ...llama };
  }

  get runtime(): ModelRuntime {
    if (!this.runtimeInstance) {
      const s = this.options.settings();
      this.runtimeInstance = new ModelRuntime({
        gpu: this.options.llama?.gpu ?? 'auto',
        // One core is left for the app and the system: oversubscribed threads make llama.cpp crawl.
        maxThreads: this.options.llama?.maxThreads ?? Math.max(1, os.availableParallelism() - 1),
        contextSize: s.localContextSize,
        idleUnloadMs: s.localIdleUnloadMinutes * 60_000,
      });
    }
    return this.runtimeInstance;
  }

  provider(id: string, label: string): ModelProvider {
    return new LocalProvider(id, this.runtime, label);
  }

  installed(): LocalModelFile[] {
    return this.library.list();
  }

  loadedModel(): string | null {
    return this.runtimeInstance?.status().modelPath ?? null;
  }

  async hardware(): Promise<{ hardware: HardwareInfo; recommendations: ModelRecommendation[] }> {
    const hardware = await this.runtime.hardware();
    return { hardware, recommendations: recommendModels(hardware) };
  }

  /** Checks that a file the user picked is a GGUF model; returns its absolute path. */
  checkModelFile(file: string): string {
    const resolved = path.resolve(file);
    if (!existsSync(resolved)) throw new AppError('NOT_FOUND', `There is no file at ${resolved}.`);
    if (!isGgufFile(resolved)) throw new AppError('BAD_INPUT', `${path.basename(resolved)} is not a GGUF model file.`);
    return resolved;
  }

  async dispose(): Promise<void> {
    await this.downloads.dispose();
    await this.runtimeInstance?.dispose();
    this.runtimeInstance = null;
  }
}
