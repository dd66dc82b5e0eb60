import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Llama, LlamaContext, LlamaEmbeddingContext, LlamaModel } from 'node-llama-cpp';
import type { HardwareInfo } from '../../../../shared/domain/ai';
import { AppError } from '../../../../shared/ipc/result';

export interface ModelRuntimeOptions {
  /** 'auto' picks CUDA/Metal/Vulkan when present; tests pass false. */
  gpu?: false | 'auto';
  /** CPU threads for generation; 0 = node-llama-cpp's default. On small machines pass 1–2. */
  maxThreads?: number;
  contextSize: number;
  /** Unload the model after this long without use. */
  idleUnloadMs: number;
}

interface Loaded {
  path: string;
  model: LlamaModel;
  context: LlamaContext | null;
  embedding: LlamaEmbeddingContext | null;
  loadedAt: number;
  loadMs: number;
}

/** True when the file starts with the GGUF magic; catches truncated downloads and wrong files early. */
export function isGgufFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.toString('latin1') === 'GGUF';
  } finally {
    closeSync(fd);
  }
}

/**
 * The on-device model lifecycle, in one place: the llama.cpp binding, one loaded model at a time,
 * its context, one-at-a-time use (calls queue), unload when idle, disposal. Nothing else in the app
 * holds a llama object.
 */
export function createModelRuntime(options: ModelRuntimeOptions) {
  let llamaPromise: Promise<Llama> | null = null;
  let current: Loaded | null = null;
  let loading: Promise<Loaded> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | null = null;
  let disposed = false;

  async function llama(): Promise<Llama> {
    if (disposed) throw new AppError('INTERNAL', 'The on-device model runtime was shut down.');
    llamaPromise ??= import('node-llama-cpp')
      .then(({ getLlama }) =>
        getLlama({
          gpu: options.gpu ?? 'auto',
          build: 'never',
          ...(options.maxThreads ? { maxThreads: options.maxThreads } : {}),
          logLevel: 'error' as never,
        }),
      )
      .catch((error: unknown) => {
        llamaPromise = null;
        throw new AppError('PROVIDER', `The on-device engine (llama.cpp) could not start: ${(error as Error).message}`);
      });
    return llamaPromise;
  }

  async function hardware(): Promise<HardwareInfo> {
    const engine = await llama();
    const vram = await engine.getVramState();
    const names = engine.gpu ? await engine.getGpuDeviceNames() : [];
    return {
      totalRamBytes: os.totalmem(),
      freeRamBytes: os.freemem(),
      gpu: engine.gpu ? `${engine.gpu}${names.length ? ` (${names.join(', ')})` : ''}` : null,
      totalVramBytes: vram.total,
      freeVramBytes: vram.free,
      cpuCores: os.availableParallelism(),
    };
  }

  function status(): { modelPath: string | null; loadMs: number | null } {
    return { modelPath: current?.path ?? null, loadMs: current?.loadMs ?? null };
  }

  /**
   * Runs `fn` with the model at `modelPath` loaded and its context ready. Calls run one at a time;
   * a caller whose signal aborts while waiting never starts.
   */
  async function use<T>(
    modelPath: string,
    signal: AbortSignal | undefined,
    fn: (loaded: { model: LlamaModel; context: LlamaContext; llama: Llama }) => Promise<T>,
  ): Promise<T> {
    return useModel(modelPath, signal, async (loaded) => {
      loaded.context ??= await loaded.model.createContext({
        contextSize: Math.min(options.contextSize, loaded.model.trainContextSize),
        sequences: 1,
      });
      return fn({ model: loaded.model, context: loaded.context, llama: await llama() });
    });
  }

  async function useModel<T>(
    modelPath: string,
    signal: AbortSignal | undefined,
    fn: (loaded: Loaded) => Promise<T>,
  ): Promise<T> {
    const run = async (): Promise<T> => {
      if (signal?.aborted) throw new AppError('CANCELLED', 'The request was cancelled.');
      clearIdle();
      try {
        return await fn(await load(modelPath));
      } finally {
        scheduleIdle();
      }
    };
    return enqueue(run);
  }

  /** Everything that touches the loaded model runs through this queue, one task at a time. */
  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  }

  /** Embeds texts with the model at `modelPath` (one vector per text). */
  async function embed(modelPath: string, texts: string[], signal?: AbortSignal): Promise<number[][]> {
    return useModel(modelPath, signal, async (loaded) => {
      loaded.embedding ??= await loaded.model.createEmbeddingContext({
        contextSize: Math.min(options.contextSize, loaded.model.trainContextSize),
      });
      const vectors: number[][] = [];
      for (const text of texts) {
        if (signal?.aborted) throw new AppError('CANCELLED', 'The request was cancelled.');
        vectors.push([...(await loaded.embedding.getEmbeddingFor(text)).vector]);
      }
      return vectors;
    });
  }

  async function load(modelPath: string): Promise<Loaded> {
    const resolved = path.resolve(modelPath);
    if (current?.path === resolved) return current;
    if (loading) await loading.catch(() => undefined);
    if (current?.path === resolved) return current;
    await unload();
    if (!existsSync(resolved)) {
      throw new AppError(
        'NOT_FOUND',
        `The model file ${path.basename(resolved)} is not there any more. Pick another model in Settings → AI.`,
      );
    }
    if (!isGgufFile(resolved)) {
      throw new AppError(
        'BAD_INPUT',
        `${path.basename(resolved)} is not a GGUF model file (or the download is incomplete). Delete it and download it again.`,
      );
    }
    loading = (async () => {
      const engine = await llama();
      const started = performance.now();
      try {
        const model = await engine.loadModel({ modelPath: resolved });
        return {
          path: resolved,
          model,
          context: null,
          embedding: null,
          loadedAt: Date.now(),
          loadMs: performance.now() - started,
        };
      } catch (error) {
        throw new AppError(
          'BAD_INPUT',
          `The model ${path.basename(resolved)} could not be loaded: ${(error as Error).message}. The file may be damaged, or too large for this machine.`,
        );
      }
    })();
    try {
      current = await loading;
      return current;
    } finally {
      loading = null;
    }
  }

  /** Frees the loaded model (memory back to the system). It loads again on the next use. */
  async function unload(): Promise<void> {
    clearIdle();
    const loaded = current;
    current = null;
    if (!loaded) return;
    await loaded.embedding?.dispose();
    await loaded.context?.dispose();
    await loaded.model.dispose();
  }

  /** Unloads the model if `modelPath` is the loaded one (before deleting its file). */
  async function unloadIfLoaded(modelPath: string): Promise<void> {
    if (current?.path === path.resolve(modelPath)) await enqueue(() => unload());
  }

  async function dispose(): Promise<void> {
    disposed = true;
    await queue.catch(() => undefined);
    await unload();
    const engine = await llamaPromise?.catch(() => null);
    llamaPromise = null;
    await engine?.dispose();
  }

  function clearIdle(): void {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
  }

  function scheduleIdle(): void {
    clearIdle();
    idleTimer = setTimeout(() => {
      void enqueue(() => unload());
    }, options.idleUnloadMs);
    idleTimer.unref();
  }

  return { llama, hardware, status, use, embed, unload, unloadIfLoaded, dispose };
}
export type ModelRuntime = ReturnType<typeof createModelRuntime>;
