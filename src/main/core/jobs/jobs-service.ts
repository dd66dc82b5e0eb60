import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  Job,
  type CapturePreview,
  type JobDetail,
  type JobDraft,
  type JobListQuery,
  type JobStatus,
  type JobSummary,
} from '../../../shared/domain/job';
import { AppError } from '../../../shared/ipc/result';
import type { Gateway } from '../net/gateway';
import type { Capture } from './capture/build-draft';
import { captureFromFile, captureFromPaste, MAX_JOB_FILE_BYTES } from './capture/capture-sources';
import { captureFromUrl } from './capture/capture-url';
import { assistCapture, type ModelAssistDeps } from './capture/model-assist';
import { findBrowser } from './render/find-browser';
import { renderPage } from './render/render-page';
import { contentHash } from './store/content-hash';
import type { JobsRepo, StoredCapture } from './store/jobs-repo';

/** Capture (paste, URL, file), dedupe, store and edit jobs. ATS boards come through `addCapture` too. */

export type CaptureInput =
  | { kind: 'paste'; text: string }
  | { kind: 'url'; url: string }
  | { kind: 'file'; path: string }
  | { kind: 'file'; name: string; dataBase64: string };

export type JobEdits = Partial<
  Pick<
    Job,
    'title' | 'company' | 'locations' | 'remote' | 'employmentType' | 'seniority' | 'salary' | 'status' | 'postedAt'
  >
>;

export interface JobsServiceDeps {
  repo: JobsRepo;
  gateway: Gateway;
  /** Used by the headless browser, whose many sub-requests skip the per-host politeness delay. */
  renderGateway?: Gateway;
  browserPath: () => string | null;
  userAgent?: string;
  clock?: () => Date;
  /** Told after a person changes a job's status (the application tracker creates an application on "applied"). */
  onStatusChange?: (job: Job, previous: JobStatus) => void;
  /** Model-assisted capture: absent or disabled (the default), captures never call a model. */
  modelAssist?: ModelAssistDeps & { enabled: () => boolean };
}

export function createJobsService(deps: JobsServiceDeps) {
  const clock = deps.clock ?? (() => new Date());
  const now = (): string => clock().toISOString();

  function renderer(): ((url: string) => Promise<{ html: string; url: string }>) | undefined {
    const executablePath = findBrowser(deps.browserPath());
    if (!executablePath) return undefined;
    const gateway = deps.renderGateway ?? deps.gateway;
    return (url) =>
      renderPage(url, {
        executablePath,
        fetch: gateway.fetch,
        isOffline: gateway.isOffline,
        userAgent: deps.userAgent ?? 'Mozilla/5.0 (compatible; Jobsmith)',
      });
  }

  async function capture(input: CaptureInput): Promise<Capture> {
    const c = await captureRaw(input);
    if (!deps.modelAssist?.enabled()) return c;
    try {
      return (await assistCapture(c, deps.modelAssist)).capture;
    } catch (error) {
      // the model is a help, never a reason to lose the capture
      c.draft.captureLog.push({
        at: now(),
        level: 'warning',
        message: `The model could not help with this capture (${error instanceof Error ? error.message : String(error)}); the fields are as extracted.`,
      });
      return c;
    }
  }

  async function captureRaw(input: CaptureInput): Promise<Capture> {
    if (input.kind === 'paste') return captureFromPaste(input.text);
    if (input.kind === 'url') return captureFromUrl(input.url, { gateway: deps.gateway, render: renderer() });
    if ('path' in input) {
      const info = await stat(input.path).catch(() => null);
      if (!info?.isFile()) throw new AppError('NOT_FOUND', `There is no file at ${input.path}.`);
      if (info.size > MAX_JOB_FILE_BYTES)
        throw new AppError(
          'BAD_INPUT',
          `${path.basename(input.path)} is larger than ${MAX_JOB_FILE_BYTES / 1024 / 1024} MB, too big for a job description.`,
        );
      return captureFromFile(new Uint8Array(await readFile(input.path)), path.basename(input.path));
    }
    return captureFromFile(new Uint8Array(Buffer.from(input.dataBase64, 'base64')), input.name);
  }

  function toStoredCapture(c: Capture): Omit<StoredCapture, 'id'> {
    return {
      source: c.draft.source,
      url: c.raw.url,
      contentType: c.raw.contentType,
      raw: c.raw.text.slice(0, 20_000_000),
      removed: c.report,
      capturedAt: now(),
    };
  }

  function duplicateOf(draft: JobDraft): Job | null {
    return deps.repo.findDuplicate({
      canonicalUrl: draft.canonicalUrl,
      atsProvider: draft.atsProvider,
      atsId: draft.atsId,
      contentHash: contentHash(draft),
    });
  }

  /** Stores a capture, or, when the same posting is already stored, records the capture on it. */
  function store(c: Capture, status: JobStatus, edits: JobEdits = {}): { job: Job; duplicate: boolean } {
    const draft = { ...c.draft, ...edits };
    const existing = duplicateOf(draft);
    const at = now();
    if (existing) {
      deps.repo.addCapture(existing.id, toStoredCapture(c));
      const updated: Job = {
        ...existing,
        captureLog: [
          ...existing.captureLog,
          {
            at,
            level: 'info' as const,
            message: `Captured again from ${c.draft.source}${c.raw.url ? ` (${c.raw.url})` : ''}; it is the same posting, so nothing was duplicated.`,
          },
        ].slice(-200),
        updatedAt: at,
      };
      deps.repo.save(updated);
      return { job: updated, duplicate: true };
    }
    const job = Job.parse({
      ...draft,
      id: randomUUID(),
      status: edits.status ?? status,
      contentHash: contentHash(draft),
      createdAt: at,
      updatedAt: at,
    });
    deps.repo.insert(job, toStoredCapture(c));
    return { job, duplicate: false };
  }

  function mustGet(id: string): Job {
    const job = deps.repo.get(id);
    if (!job) throw new AppError('NOT_FOUND', 'That job is no longer stored; it may have been deleted.', { id });
    return job;
  }

  return {
    /** Extracts without storing: what the capture screen previews and the CLI's `job extract` prints. */
    async extract(input: CaptureInput): Promise<CapturePreview> {
      const c = await capture(input);
      const dup = duplicateOf(c.draft);
      return {
        draft: c.draft,
        uncertain: c.uncertain,
        evidence: c.evidence ?? {},
        locationParts: c.locationParts ?? [],
        duplicateOf: dup ? summarize(dup) : null,
      };
    },
    async add(input: CaptureInput, edits: JobEdits = {}): Promise<{ job: Job; duplicate: boolean }> {
      return store(await capture(input), 'saved', edits);
    },
    /** For ATS postings and tests: store an already-built capture. */
    addCapture: store,
    get: mustGet,
    list: (query: JobListQuery): JobSummary[] => deps.repo.list(query),
    companies: (): string[] => deps.repo.companies(),
    update(id: string, edits: JobEdits): Job {
      const job = mustGet(id);
      const next = Job.parse({ ...job, ...edits, updatedAt: now() });
      next.contentHash = contentHash(next);
      deps.repo.save(next);
      if (next.status !== job.status) deps.onStatusChange?.(next, job.status);
      return next;
    },
    remove(id: string): { removed: boolean } {
      return { removed: deps.repo.remove(id) };
    },
    captures: (id: string): StoredCapture[] => deps.repo.captures(mustGet(id).id),
    /** A job with its capture history; each capture's raw text is reduced to its length. */
    detail(id: string): JobDetail {
      const job = mustGet(id);
      return { job, captures: deps.repo.captures(job.id).map(({ raw, ...c }) => ({ ...c, rawChars: raw.length })) };
    },
    /** The Chrome/Chromium for pages that need JavaScript: the one set in Settings, and the one in use (null: none found). */
    browser(): { configured: string | null; inUse: string | null } {
      const configured = deps.browserPath();
      return { configured, inUse: findBrowser(configured) };
    },
  };
}
export type JobsService = ReturnType<typeof createJobsService>;

export function summarize(job: Job): JobSummary {
  const { descriptionText: _t, descriptionHtml: _h, captureLog: _c, ...summary } = job;
  return summary;
}
