import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {
  AiSettings,
  HardwareInfo,
  LocalModelFile,
  ModelDownloadStatus,
  ModelRecommendation,
} from '../../../../shared/domain/ai';
import { AppError } from '../../../../shared/ipc/result';
import type { ModelProvider } from '../provider';
import { createLocalProvider } from './local-provider';
import { recommendModels } from './model-catalog';
import { createModelDownloads } from './model-downloads';
import { createModelLibrary } from './model-library';
import { createModelRuntime, isGgufFile, type ModelRuntime } from './model-runtime';

export interface LocalModelsOptions {
  modelsDir: string;
  settings: () => AiSettings;
  llama?: { gpu?: false | 'auto'; maxThreads?: number };
  assertOnline?: () => void;
  /** JSON over the network gateway (Hugging Face's published checksums). */
  getJson?: (url: string) => Promise<unknown>;
  hfEndpoint?: string;
  onDownload?: (status: ModelDownloadStatus) => void;
  /** Hosts a model may come from over plain http: only ones named explicitly (tests' 127.0.0.1 servers). */
  allowHttpHosts?: string[];
}

/**
 * The on-device side in one place: the runtime (load, context, idle unload, disposal), the model
 * folder (download, list, delete) and hardware-based recommendations. The llama.cpp binding is
 * only loaded when something actually needs it.
 */
export function createLocalModels(options: LocalModelsOptions) {
  let llamaOptions = options.llama;
  let runtimeInstance: ModelRuntime | null = null;
  const library = createModelLibrary(options.modelsDir, {
    ...(options.assertOnline ? { beforeNetwork: options.assertOnline } : {}),
    beforeDelete: async (file) => runtimeInstance?.unloadIfLoaded(file),
    ...(options.getJson ? { getJson: options.getJson } : {}),
    ...(options.hfEndpoint ? { hfEndpoint: options.hfEndpoint } : {}),
    ...(options.allowHttpHosts ? { allowHttpHosts: options.allowHttpHosts } : {}),
  });
  const downloads = createModelDownloads(library, options.onDownload);

  function runtime(): ModelRuntime {
    if (!runtimeInstance) {
      const s = options.settings();
      runtimeInstance = createModelRuntime({
        gpu: llamaOptions?.gpu ?? 'auto',
        // One core is left for the app and the system: oversubscribed threads make llama.cpp crawl.
        maxThreads: llamaOptions?.maxThreads ?? Math.max(1, os.availableParallelism() - 1),
        contextSize: s.localContextSize,
        idleUnloadMs: s.localIdleUnloadMinutes * 60_000,
      });
    }
    return runtimeInstance;
  }

  return {
    library,
    downloads,
    runtime,
    /** Changes how llama.cpp will start (threads, GPU); only before the runtime is first used. */
    configureRuntime(llama: { gpu?: false | 'auto'; maxThreads?: number }): void {
      if (runtimeInstance) throw new AppError('CONFLICT', 'The on-device runtime is already running.');
      llamaOptions = { ...llamaOptions, ...llama };
    },
    provider: (id: string, label: string): ModelProvider => createLocalProvider(id, runtime(), label),
    installed: (): LocalModelFile[] => library.list(),
    loadedModel: (): string | null => runtimeInstance?.status().modelPath ?? null,
    async hardware(): Promise<{ hardware: HardwareInfo; recommendations: ModelRecommendation[] }> {
      const hardware = await runtime().hardware();
      return { hardware, recommendations: recommendModels(hardware) };
    },
    /** Checks that a file the user picked is a GGUF model; returns its absolute path. */
    checkModelFile(file: string): string {
      const resolved = path.resolve(file);
      if (!existsSync(resolved)) throw new AppError('NOT_FOUND', `There is no file at ${resolved}.`);
      if (!isGgufFile(resolved))
        throw new AppError('BAD_INPUT', `${path.basename(resolved)} is not a GGUF model file.`);
      return resolved;
    },
    async dispose(): Promise<void> {
      await downloads.dispose();
      await runtimeInstance?.dispose();
      runtimeInstance = null;
    },
  };
}
export type LocalModels = ReturnType<typeof createLocalModels>;
