import { randomUUID } from 'node:crypto';
import type { Profile } from '../../../shared/domain/profile';
import type { ImportImprovement, ImportPreview } from '../../../shared/domain/profile-import';
import { AppError } from '../../../shared/ipc/result';
import type { EventBus } from '../events';
import { toJsonResume } from './json-resume-export';
import { importDocument, prewarmImportWorker, type ImportOptions, type ImportResult } from './import';
import { importGithub } from './import/github';
import { modelAssistedReading, type Generate, type ModelResume } from './import/model-assist/grounded-extract';

export interface ProfileImportDeps {
  events: EventBus;
  /** The network gateway's fetch (offline mode, retries, rate limits). */
  fetch: typeof fetch;
  githubBaseUrl?: string;
  /** The AI service, for "Improve with a model" (never called unless the user asks). */
  model: { generate: Generate; available: () => boolean };
}

export interface ImproveInput {
  /** The document text the import preview holds. */
  text: string;
  /** The draft as the parse (and the user, so far) made it. */
  profile: Profile;
  signal?: AbortSignal;
  /** The call streams its text as `ai.stream` events under this id (progress), and `ai.cancel` stops it. */
  requestId?: string;
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
    return {
      fileName,
      format: result.format,
      profile: result.profile,
      text: result.text,
      uncertain: result.uncertain,
      warnings: result.warnings,
      ms: Math.round(performance.now() - started),
    };
  }

  const service = {
    /** Gets the parser ready (starts its worker thread) before a file arrives. */
    prepare(): { mode: 'worker' | 'in-process' } {
      return { mode: prewarmImportWorker() };
    },
    async parse(bytes: Uint8Array, fileName: string, opts: ParseOptions = {}): Promise<ImportPreview> {
      const taskId = opts.taskId ?? `import-${randomUUID()}`;
      const started = performance.now();
      const emit = (label: string, fraction: number | null, done = false) =>
        deps.events.emit('progress', { taskId, label, fraction, done });
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
    /**
     * "Improve with a model": a configured model reads the document text; every value it gives that the
     * text does not contain is dropped, and the rest is compared with the draft for the user to choose.
     */
    async improve(input: ImproveInput): Promise<ImportImprovement> {
      if (!deps.model.available()) {
        throw new AppError(
          'PROVIDER',
          'No model is set up, so there is nothing to improve the import with. Add a cloud provider or an on-device model in Settings → AI.',
        );
      }
      if (!input.text.trim())
        throw new AppError(
          'BAD_INPUT',
          'This import has no document text for a model to read (structured formats are read exactly already).',
        );
      const reading = await modelAssistedReading(
        { generate: deps.model.generate },
        {
          text: input.text,
          parsed: toJsonResume(input.profile) as ModelResume,
          ...(input.signal ? { signal: input.signal } : {}),
          ...(input.requestId ? { requestId: input.requestId, stream: true } : {}),
        },
      );
      return {
        disagreements: reading.disagreements,
        dropped: reading.dropped.length,
        providerId: reading.providerId,
        model: reading.model,
      };
    },
  };
  return service;
}
export type ProfileImportService = ReturnType<typeof createProfileImportService>;
