import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../../shared/ipc/result';
import { IMPORT_TIMEOUT_MS, MAX_IMPORT_BYTES, formatMegabytes } from './import-limits';
import type { ProgressStep } from './import-worker-protocol';
import { runImport } from './run-import-worker';
export { prewarmImportWorker } from './run-import-worker';
import type { ImportResult } from './types';

export type { ImportFormat, ImportResult } from './types';
export type { ProgressStep } from './import-worker-protocol';
export { MAX_IMPORT_BYTES } from './import-limits';

export interface ImportOptions {
  maxBytes?: number;
  timeoutMs?: number;
  onProgress?: (step: ProgressStep) => void;
  signal?: AbortSignal;
  /**
   * Parse on the calling thread (still async and under the timeout). For the CLI, which has no UI to
   * keep responsive and should not pay a worker's start-up; the app always uses the worker.
   */
  inProcess?: boolean;
}

function tooBig(size: number, max: number, fileName: string): AppError {
  return new AppError(
    'BAD_INPUT',
    `"${fileName}" is ${formatMegabytes(size)}; Jobsmith imports CVs up to ${formatMegabytes(max)}. A CV is usually under 2 MB: export it again without large images, or as plain PDF.`,
    { reason: 'too-large', size, max },
  );
}

/**
 * Parses a CV document (PDF, Europass PDF, DOCX, TXT, Markdown, JSON Resume, Reactive Resume,
 * LinkedIn export zip) into a profile draft, off the main thread, with a size cap and a timeout.
 * The format is taken from the bytes, not the file name. Nothing is stored here.
 */
export async function importDocument(
  bytes: Uint8Array,
  fileName: string,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const max = opts.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.byteLength > max) throw tooBig(bytes.byteLength, max, fileName);
  if (opts.signal?.aborted) throw new AppError('CANCELLED', 'The import was cancelled.');
  return runImport(bytes, fileName, {
    timeoutMs: opts.timeoutMs ?? IMPORT_TIMEOUT_MS,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.inProcess ? { inProcess: true } : {}),
  });
}

/** Reads a file from disk for `importDocument`, refusing one over the cap before reading it. */
export async function readImportFile(filePath: string, maxBytes = MAX_IMPORT_BYTES): Promise<Uint8Array> {
  const name = path.basename(filePath);
  let info;
  try {
    info = await stat(filePath);
  } catch {
    throw new AppError('NOT_FOUND', `There is no file at ${filePath}. Check the path and try again.`);
  }
  if (!info.isFile())
    throw new AppError('BAD_INPUT', `${filePath} is a folder, not a file. Choose the CV file itself.`);
  if (info.size > maxBytes) throw tooBig(info.size, maxBytes, name);
  const handle = await open(filePath, 'r');
  try {
    // Read at most max+1 bytes, in case the file grew after stat.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxBytes) throw tooBig(bytesRead, maxBytes, name);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function importFile(filePath: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const bytes = await readImportFile(filePath, opts.maxBytes);
  return importDocument(bytes, path.basename(filePath), opts);
}
