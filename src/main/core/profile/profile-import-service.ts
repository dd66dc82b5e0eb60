import { randomUUID } from 'node:crypto';
import type { ImportPreview } from '../../../shared/domain/profile-import';
import type { EventBus } from '../events';
import { importDocument, prewarmImportWorker, type ImportOptions, type ImportResult } from './import';
import { importGithub } from './import/github';

export interface ProfileImportDeps {
  events: EventBus;
  /** The network gateway's fetch (offline mode, retries, rate limits). */
  fetch: typeof fetch;
  githubBaseUrl?: string;
}

export interface ParseOptions {
  /** Progress events carry this id so the UI can follow one import. */
  taskId?: string;
  signal?: AbortSignal;
  inProcess?: boolean;
}

/**
 * The first half of the import flow: parse a document (or a GitHub account) into a draft the user
 * reviews. Nothing is stored here; `profile.applyImport` stores the reviewed draft as a version.
 */
export function createProfileImportService(deps: ProfileImportDeps) {
  function toPreview(fileName: string, result: ImportResult, started: number): ImportPreview {
    return { fileName, format: result.format, profile: result.profile, text: result.text, uncertain: result.uncertain, warnings: result.warnings, ms: Math.round(performance.now() - started) };
  }

  const service = {
    /** Gets the parser ready (starts its worker thread) before a file arrives. */
    prepare(): { mode: 'worker' | 'in-process' } {
      return { mode: prewarmImportWorker() };
    },
    async parse(bytes: Uint8Array, fileName: string, opts: ParseOptions = {}): Promise<ImportPreview> {
      const taskId = opts.taskId ?? `import-${randomUUID()}`;
      const started = performance.now();
      const emit = (label: string, fraction: number | null, done = false) => deps.events.emit('progress', { taskId, label, fraction, done });
      const options: ImportOptions = {
        onProgress: (step) => emit(step.label, step.fraction),
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(opts.inProcess ? { inProcess: true } : {}),
      };
      emit(`Reading ${fileName}`, 0);
      try {
        const result = await importDocument(bytes, fileName, options);
        return toPreview(fileName, result, started);
      } finally {
        emit('Done', 1, true);
      }
    },
    /** The `profile.import.parse` channel: the document arrives base64-encoded. */
    parseBase64(dataBase64: string, fileName: string, opts: ParseOptions = {}): Promise<ImportPreview> {
      return service.parse(new Uint8Array(Buffer.from(dataBase64, 'base64')), fileName, opts);
    },
    async parseGithub(username: string, signal?: AbortSignal): Promise<ImportPreview> {
      const started = performance.now();
      const result = await importGithub(username, {
        fetch: deps.fetch,
        ...(deps.githubBaseUrl ? { baseUrl: deps.githubBaseUrl } : {}),
        ...(signal ? { signal } : {}),
      });
      return toPreview(`github.com/${username.trim().replace(/^@/, '')}`, result, started);
    },
  };
  return service;
}
export type ProfileImportService = ReturnType<typeof createProfileImportService>;
