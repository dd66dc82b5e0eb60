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
export class ModelRuntime {
  private llamaPromise: Promise<Llama> | null = null;
  private loaded: Loaded | null = null;
  private loading: Promise<Loaded> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | null = null;
  private disposed = false;

  constructor(private readonly options: ModelRuntimeOptions) {}

  async llama(): Promise<Llama> {
    if (this.disposed) throw new AppError('INTERNAL', 'The on-device model runtime was shut down.');
    this.llamaPromise ??= import('node-llama-cpp').then(({ getLlama }) =>
      getLlama({
        gpu: this.options.gpu ?? 'auto',
        build: 'never',
        ...(this.options.maxThreads ? { maxThreads: this.options.maxThreads } : {}),
        logLevel: 'error' as never,
      }),
    ).catch((error: unknown) => {
      this.llamaPromise = null;
      throw new AppError('PROVIDER', `The on-device engine (llama.cpp) could not start: ${(error as Error).message}`);
    });
    return this.llamaPromise;
  }

  async hardware(): Promise<HardwareInfo> {
    const llama = await this.llama();
    const vram = await llama.getVramState();
    const names = llama.gpu ? await llama.getGpuDeviceNames() : [];
    return {
      totalRamBytes: os.totalmem(),
      freeRamBytes: os.freemem(),
      gpu: llama.gpu ? `${llama.gpu}${names.length ? ` (${names.join(', ')})` : ''}` : null,
      totalVramBytes: vram.total,
      freeVramBytes: vram.free,
      cpuCores: os.availableParallelism(),
    };
  }

  status(): { modelPath: string | null; loadMs: number | null } {
    return { modelPath: this.loaded?.path ?? null, loadMs: this.loaded?.loadMs ?? null };
  }

  /**
   * Runs `fn` with the model at `modelPath` loaded and its context ready. Calls run one at a time;
   * a caller whose signal aborts while waiting never starts.
   */
  async use<T>(modelPath: string, signal: AbortSignal | undefined, fn: (loaded: { model: LlamaModel; context: LlamaContext; llama: Llama }) => Promise<T>): Promise<T> {
    return this.useModel(modelPath, signal, async (loaded) => {
      loaded.context ??= await loaded.model.createContext({
        contextSize: Math.min(this.options.contextSize, loaded.model.trainContextSize),
        sequences: 1,
      });
      return fn({ model: loaded.model, context: loaded.context, llama: await this.llama() });
    });
  }

  private async useModel<T>(modelPath: string, signal: AbortSignal | undefined, fn: (loaded: Loaded) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      if (signal?.aborted) throw new AppError('CANCELLED', 'The request was cancelled.');
      this.clearIdle();
      try {
        return await fn(await this.load(modelPath));
      } finally {
        this.scheduleIdle();
      }
    };
    return this.enqueue(run);
  }

  /** Everything that touches the loaded model runs through this queue, one task at a time. */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task, task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Embeds texts with the model at `modelPath` (one vector per text). */
  async embed(modelPath: string, texts: string[], signal?: AbortSignal): Promise<number[][]> {
    return this.useModel(modelPath, signal, async (loaded) => {
      loaded.embedding ??= await loaded.model.createEmbeddingContext({
        contextSize: Math.min(this.options.contextSize, loaded.model.trainContextSize),
      });
      const vectors: number[][] = [];
      for (const text of texts) {
        if (signal?.aborted) throw new AppError('CANCELLED', 'The request was cancelled.');
        vectors.push([...(await loaded.embedding.getEmbeddingFor(text)).vector]);
      }
      return vectors;
    });
  }

  private async load(modelPath: string): Promise<Loaded> {
    const resolved = path.resolve(modelPath);
    if (this.loaded?.path === resolved) return this.loaded;
    if (this.loading) await this.loading.catch(() => undefined);
    if (this.loaded?.path === resolved) return this.loaded;
    await this.unload();
    if (!existsSync(resolved)) {
      throw new AppError('NOT_FOUND', `The model file ${path.basename(resolved)} is not there any more. Pick another model in Settings → AI.`);
    }
    if (!isGgufFile(resolved)) {
      throw new AppError('BAD_INPUT', `${path.basename(resolved)} is not a GGUF model file (or the download is incomplete). Delete it and download it again.`);
    }
    this.loading = (async () => {
      const llama = await this.llama();
      const started = performance.now();
      try {
        const model = await llama.loadModel({ modelPath: resolved });
        return { path: resolved, model, context: null, embedding: null, loadedAt: Date.now(), loadMs: performance.now() - started };
      } catch (error) {
        throw new AppError('BAD_INPUT', `The model ${path.basename(resolved)} could not be loaded: ${(error as Error).message}. The file may be damaged, or too large for this machine.`);
      }
    })();
    try {
      this.loaded = await this.loading;
      return this.loaded;
    } finally {
      this.loading = null;
    }
  }

  /** Frees the loaded model (memory back to the system). It loads again on the next use. */
  async unload(): Promise<void> {
    this.clearIdle();
    const loaded = this.loaded;
    this.loaded = null;
    if (!loaded) return;
    await loaded.embedding?.dispose();
    await loaded.context?.dispose();
    await loaded.model.dispose();
  }

  /** Unloads the model if `modelPath` is the loaded one (before deleting its file). */
  async unloadIfLoaded(modelPath: string): Promise<void> {
    if (this.loaded?.path === path.resolve(modelPath)) await this.enqueue(() => this.unload());
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    await this.queue.catch(() => undefined);
    await this.unload();
    const llama = await this.llamaPromise?.catch(() => null);
    this.llamaPromise = null;
    await llama?.dispose();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private scheduleIdle(): void {
    this.clearIdle();
    this.idleTimer = setTimeout(() => {
      void this.enqueue(() => this.unload());
    }, this.options.idleUnloadMs);
    this.idleTimer.unref();
  }
}
