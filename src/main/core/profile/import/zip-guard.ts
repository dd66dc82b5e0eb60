import { Unzip, UnzipInflate, unzipSync, type UnzipFileInfo } from 'fflate';
import { AppError } from '../../../../shared/ipc/result';

/**
 * Zip files (DOCX, the LinkedIn export) are checked before anything inflates them for real:
 * entry count and declared sizes from the central directory first, then the actual inflated size,
 * counted while streaming in small chunks so a lying header cannot make us allocate a bomb.
 */
export interface ZipLimits {
  maxEntries: number;
  /** Total uncompressed bytes across the entries we inflate. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio for any single entry bigger than 1 MB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2_000, maxTotalBytes: 100 * 1024 * 1024, maxRatio: 200 };

const MB = 1024 * 1024;
const CHUNK = 16 * 1024;

function bomb(what: string, detail: Record<string, unknown>): AppError {
  return new AppError(
    'BAD_INPUT',
    `This file looks like a zip bomb (${what}), so Jobsmith did not open it. If it is really your CV, open it in Word and save it again, or export it as PDF.`,
    detail,
  );
}

/** Lists the entries with their declared sizes (nothing is inflated). Throws on a corrupt zip or absurd totals. */
export function listZipEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter(file) {
        entries.push(file);
        if (entries.length > limits.maxEntries)
          throw bomb(`more than ${limits.maxEntries} entries`, { entries: entries.length });
        return false;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_INPUT', 'This zip file is damaged and cannot be opened. Download or export it again.', {
      cause: String(error),
    });
  }
  const declared = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (declared > limits.maxTotalBytes) throw bomb(`it unpacks to ${Math.round(declared / MB)} MB`, { declared });
  for (const e of entries) {
    if (e.originalSize > MB && e.originalSize / Math.max(1, e.size) > limits.maxRatio) {
      throw bomb(`"${e.name}" expands ${Math.round(e.originalSize / Math.max(1, e.size))} times`, { entry: e.name });
    }
  }
  return entries;
}

/**
 * Inflates the entries `wanted` selects, counting real output bytes as they stream out and
 * stopping at the limit. Returns name -> bytes (only for wanted entries that exist).
 */
export function unzipGuarded(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Map<string, Uint8Array> {
  listZipEntries(bytes, limits);
  const out = new Map<string, Uint8Array>();
  let total = 0;
  let failure: unknown = null;
  const unzip = new Unzip((file) => {
    if (!wanted(file.name) || failure) return;
    const parts: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new AppError(
          'BAD_INPUT',
          'This zip file is damaged and cannot be opened. Download or export it again.',
          { entry: file.name, cause: String(error) },
        );
        return;
      }
      total += chunk.length;
      if (total > limits.maxTotalBytes) {
        failure = bomb(`it unpacks to more than ${Math.round(limits.maxTotalBytes / MB)} MB`, { entry: file.name });
        file.terminate();
        return;
      }
      parts.push(chunk);
      if (final) out.set(file.name, concat(parts));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.length && !failure; i += CHUNK) {
      unzip.push(bytes.subarray(i, Math.min(bytes.length, i + CHUNK)), i + CHUNK >= bytes.length);
    }
  } catch (error) {
    failure ??= new AppError(
      'BAD_INPUT',
      'This zip file is damaged and cannot be opened. Download or export it again.',
      { cause: String(error) },
    );
  }
  if (failure) throw failure;
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const size = parts.reduce((n, p) => n + p.length, 0);
  const joined = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    joined.set(p, at);
    at += p.length;
  }
  return joined;
}
