import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../../shared/ipc/result';
import type { ProgressStep, WorkerJob, WorkerMessage } from './import-worker-protocol';
import { parseDocument } from './parse-document';
import type { ImportResult } from './types';

export interface RunOptions {
  timeoutMs: number;
  onProgress?: (step: ProgressStep) => void;
  signal?: AbortSignal;
  inProcess?: boolean;
}

/**
 * How the worker thread is started:
 * - from TypeScript source (tsx, vitest): a tiny bootstrap registers tsx's loader in the worker,
 *   then imports import-worker.ts;
 * - from the Electron bundle: out/main/import-worker.js, built as its own entry (electron.vite.config.ts);
 * - if neither can be found, the import fails with a clear message: it never falls back to parsing
 *   in the main process (only callers that ask for `inProcess`, like the CLI, parse in-process).
 * The worker runs under `resourceLimits`, so a hostile file exhausts the worker's heap, not the app's.
 * One worker serves every import and stays warm (so pdfjs loads once); it does not keep the process
 * alive, is shut down after a quiet spell, and is killed and replaced when a parse times out.
 */
type Launch = { mode: 'worker'; make: () => Worker } | { mode: 'missing' };
const IDLE_SHUTDOWN_MS = 120_000;
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 };

let cached: Launch | null = null;
function launcher(): Launch {
  if (cached) return cached;
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const tsxApi = pathToFileURL(
      createRequire(here)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs'),
    ).href;
    const entry = new URL(['import-worker', 'ts'].join('.'), here).href;
    const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
    cached = { mode: 'worker', make: () => new Worker(boot, { eval: true, resourceLimits: RESOURCE_LIMITS }) };
    return cached;
  }
  const name = ['import-worker', 'js'].join('.');
  const built = [new URL(name, here), new URL(`../${name}`, here)]
    .map((u) => fileURLToPath(u))
    .find((p) => existsSync(p));
  cached = built
    ? { mode: 'worker', make: () => new Worker(built, { resourceLimits: RESOURCE_LIMITS }) }
    : { mode: 'missing' };
  return cached;
}

export function importRunMode(): 'worker' | 'missing' {
  return launcher().mode;
}

const missingWorker = () =>
  new AppError(
    'INTERNAL',
    'The document reader (import-worker.js) is missing from this installation, so the file was not opened. Reinstall Jobsmith.',
  );

interface Pending {
  worker: Worker;
  resolve(result: unknown): void;
  reject(error: AppError): void;
  onProgress?: (step: ProgressStep) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();
let idleTimer: NodeJS.Timeout | undefined;

function failAll(of: Worker, error: AppError) {
  for (const [id, job] of pending) {
    if (job.worker !== of) continue;
    pending.delete(id);
    job.reject(error);
  }
}

function getWorker(make: () => Worker): Worker {
  if (worker) return worker;
  const w = make();
  w.on('message', (message: WorkerMessage) => {
    const job = pending.get(message.id);
    if (!job) return;
    if (message.type === 'progress') return job.onProgress?.(message.step);
    pending.delete(message.id);
    settleIdle();
    if (message.type === 'result') job.resolve(message.result);
    else if (message.type === 'text') job.resolve(message.text);
    else job.reject(new AppError(message.error.code, message.error.message, message.error.details));
  });
  w.on('error', (error: Error & { code?: string }) => {
    if (worker === w) worker = null;
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return failAll(
        w,
        new AppError(
          'BAD_INPUT',
          'This file needs more memory to read than Jobsmith allows, so it was not opened. Export it again as a simpler PDF or DOCX, or paste the text.',
        ),
      );
    }
    failAll(w, new AppError('INTERNAL', `The document reader stopped unexpectedly: ${error.message}`));
  });
  w.on('exit', (code) => {
    if (worker === w) worker = null;
    failAll(
      w,
      new AppError('INTERNAL', `The document reader stopped unexpectedly (exit code ${code}). Try the import again.`),
    );
  });
  worker = w;
  return w;
}

/** A worker with no jobs must not keep the process (CLI, tests) alive, and is shut down after a while. */
function settleIdle() {
  clearTimeout(idleTimer);
  if (!worker) return;
  if (pending.size) {
    worker.ref();
    return;
  }
  worker.unref();
  const w = worker;
  idleTimer = setTimeout(() => {
    if (worker === w && pending.size === 0) {
      worker = null;
      void w.terminate();
    }
  }, IDLE_SHUTDOWN_MS);
  idleTimer.unref();
}

/**
 * Starts the worker ahead of a parse (when the user opens the file picker or drags a file in), so
 * its modules (pdfjs, mammoth, the parsers) are loaded by the time the file arrives.
 */
export function prewarmImportWorker(): 'worker' {
  const launch = launcher();
  if (launch.mode === 'missing') throw missingWorker();
  getWorker(launch.make);
  settleIdle();
  return launch.mode;
}

const timeoutError = (ms: number) =>
  new AppError(
    'TIMEOUT',
    `Reading this document took longer than ${Math.round(ms / 1000)} seconds, so Jobsmith stopped. The file may be damaged or unusually complex; try exporting it again as PDF or DOCX.`,
  );
const cancelled = () => new AppError('CANCELLED', 'The import was cancelled.');

/** Parses off the main thread with a hard timeout; a parse that overruns gets its worker killed. */
export function runImport(bytes: Uint8Array, fileName: string, opts: RunOptions): Promise<ImportResult> {
  if (opts.inProcess) return runInProcess(bytes, fileName, opts);
  return runInWorker<ImportResult>({ task: 'cv', bytes, fileName }, opts);
}

/** Reads a job description file (PDF to text, DOCX to HTML) in the same guarded worker. */
export function readJobDocumentInWorker(
  task: 'job-pdf-text' | 'job-docx-html',
  bytes: Uint8Array,
  opts: RunOptions,
): Promise<string> {
  return runInWorker<string>({ task, bytes, fileName: task === 'job-pdf-text' ? 'job.pdf' : 'job.docx' }, opts);
}

function runInWorker<T>(message: Omit<WorkerJob, 'id'>, opts: RunOptions): Promise<T> {
  const launch = launcher();
  if (launch.mode === 'missing') return Promise.reject(missingWorker());
  return new Promise<T>((resolve, reject) => {
    const id = nextId++;
    const w = getWorker(launch.make);
    const done = () => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const kill = (error: AppError) => {
      if (!pending.has(id)) return;
      pending.delete(id);
      done();
      reject(error);
      // The worker may be stuck in this parse: replace it (other jobs in it fail and can be retried).
      if (worker === w) worker = null;
      void w.terminate();
    };
    const timer = setTimeout(() => kill(timeoutError(opts.timeoutMs)), opts.timeoutMs);
    const onAbort = () => kill(cancelled());
    opts.signal?.addEventListener('abort', onAbort);
    pending.set(id, {
      worker: w,
      resolve: (r) => (done(), resolve(r as T)),
      reject: (e) => (done(), reject(e)),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    });
    settleIdle();
    const job: WorkerJob = { id, ...message };
    w.postMessage(job);
  });
}

async function runInProcess(bytes: Uint8Array, fileName: string, opts: RunOptions): Promise<ImportResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(opts.timeoutMs)), opts.timeoutMs);
  });
  try {
    return await Promise.race([parseDocument(bytes, fileName, opts.onProgress), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
