import { randomUUID } from 'node:crypto';
import type { AiSettings, ProviderConfig } from '../../../shared/domain/ai';
import type { DocumentContent, DocumentVersion, SaveDocumentInput } from '../../../shared/domain/document';
import type { Job } from '../../../shared/domain/job';
import type { Profile } from '../../../shared/domain/profile';
import {
  TailorOptions,
  TailorStage,
  type FlagAction,
  type RewriteResult,
  type SelectedItem,
  type RewriteTarget,
  type TailorOptionsInput,
  type TailorRun,
  type TailorRunSummary,
} from '../../../shared/domain/tailor';
import { AppError } from '../../../shared/ipc/result';
import type { StructuredRequest } from '../ai/ai-service';
import type { EventBus } from '../events';
import { proposeKeyPoints } from './key-points';
import { NO_MODEL_VERSION, PROMPT_VERSION } from './prompts';
import { rewriteBlock } from './rewrite';
import { runPipeline } from './run-pipeline';
import type { TailorRunsRepo } from './tailor-runs-repo';
import type { Generate } from './write-model';

export interface TailorServiceDeps {
  repo: TailorRunsRepo;
  events: Pick<EventBus, 'emit'>;
  profile: { get(): { profile: Profile }; save(profile: Profile): unknown };
  jobs: { get(id: string): Job };
  /** The model layer's public surface: structured generation and the user's provider list. */
  ai: { generate: Generate; settings(): AiSettings };
  /**
   * Where finished output is kept as document versions (core/documents), for review and export; its
   * `resolveFlag` is the one place truth flags are resolved (the run only follows the new version).
   */
  documents: {
    save(input: SaveDocumentInput): { id: number; documentId: number };
    get(id: number): Pick<DocumentVersion, 'flags'>;
    resolveFlag(
      id: number,
      flagId: string,
      action: FlagAction,
    ): Pick<DocumentVersion, 'id' | 'documentId' | 'content' | 'flags'>;
  };
  clock?: () => Date;
}

type Route = Pick<StructuredRequest<unknown>, 'providerIds' | 'providers'>;

export function createTailorService(deps: TailorServiceDeps) {
  const now = deps.clock ?? (() => new Date());
  const running = new Map<string, { controller: AbortController; done: Promise<TailorRun> }>();

  /** Which provider writes: the CLI's explicit config, a provider from Settings (with a model override), or none. */
  function routeFor(
    options: TailorOptions,
    explicit: ProviderConfig | null,
  ): { route: Route; providerId: string | null; model: string | null } | null {
    if (explicit) return { route: { providers: [explicit] }, providerId: explicit.id, model: explicit.model || null };
    if (!options.providerId) return null;
    const config = deps.ai.settings().providers.find((p) => p.id === options.providerId);
    if (!config)
      throw new AppError(
        'NOT_FOUND',
        `No AI provider called "${options.providerId}". Pick one set up in Settings → AI, or choose "no model".`,
      );
    const chosen = options.model ? { ...config, model: options.model } : config;
    return { route: { providers: [chosen] }, providerId: chosen.id, model: chosen.model || null };
  }

  function mustGet(runId: string): TailorRun {
    const run = deps.repo.get(runId);
    if (!run) throw new AppError('NOT_FOUND', 'That tailoring run is no longer stored.');
    return run;
  }

  /** Saves one of the run's documents as a new version, with its own flags; returns its document id. */
  function saveVersion(
    run: TailorRun,
    doc: 'cv' | 'letter',
    source: 'tailored' | 'edited',
  ): { id: number; documentId: number } | null {
    const content: DocumentContent | null = run[doc];
    if (!content) return null;
    const ids = new Set(content.kind === 'letter' ? content.letter.paragraphs.map((p) => p.id) : []);
    const flags = run.flags.filter((f) =>
      doc === 'letter' ? ids.has(f.blockId) : !ids.has(f.blockId) && !f.blockId.startsWith('p-'),
    );
    const existing = run.documentIds[doc];
    return deps.documents.save({
      ...(existing !== null ? { documentId: existing } : {}),
      jobId: run.jobId,
      source,
      content,
      flags,
      matchBefore: run.matchBefore === null ? null : run.matchBefore / 100,
      matchAfter: run.matchAfter === null ? null : run.matchAfter / 100,
      options: { template: run.options.template, paper: 'a4', maxPages: 2 },
    });
  }

  /** Saves the run's documents (new versions of the ones it already has) and records their ids. */
  function saveDocuments(run: TailorRun, source: 'tailored' | 'edited', only?: 'cv' | 'letter'): TailorRun {
    const ids = { ...run.documentIds };
    for (const doc of only ? [only] : (['cv', 'letter'] as const)) {
      const saved = saveVersion(run, doc, source);
      if (!saved) continue;
      ids[doc] = saved.documentId;
      ids[doc === 'cv' ? 'cvVersion' : 'letterVersion'] = saved.id;
    }
    return { ...run, documentIds: ids };
  }

  function start(
    jobId: string,
    input: TailorOptionsInput,
    explicit: ProviderConfig | null = null,
  ): { run: TailorRun; done: Promise<TailorRun> } {
    const options = TailorOptions.parse(input);
    const job = deps.jobs.get(jobId);
    const profile = deps.profile.get().profile;
    const writing = routeFor(options, explicit);
    const at = now().toISOString();
    const run: TailorRun = {
      id: randomUUID(),
      jobId,
      jobTitle: job.title,
      company: job.company,
      status: 'running',
      mode: writing ? 'model' : 'no-model',
      providerId: writing?.providerId ?? null,
      model: writing?.model ?? null,
      promptVersion: writing ? PROMPT_VERSION : NO_MODEL_VERSION,
      options,
      stages: TailorStage.options.map((stage) => ({ stage, status: 'pending', ms: null, modelMs: null })),
      analysis: null,
      selection: null,
      cv: null,
      letter: null,
      flags: [],
      ats: [],
      matchBefore: null,
      matchAfter: null,
      labels: [],
      error: null,
      documentIds: { cv: null, letter: null, cvVersion: null, letterVersion: null },
      createdAt: at,
      updatedAt: at,
    };
    deps.repo.insert(run);
    const controller = new AbortController();
    let last: TailorRun = run;
    const progress = (
      stage: TailorStage,
      status: TailorRun['stages'][number]['status'],
      message: string,
      finished = false,
    ) => deps.events.emit('tailor.progress', { runId: run.id, stage, status, message, finished });
    const done = runPipeline(run, {
      profile,
      job,
      signal: controller.signal,
      now,
      save: (r) => {
        last = r;
        deps.repo.save(r);
      },
      progress,
      writer: writing
        ? {
            generate: deps.ai.generate,
            route: writing.route,
            onText: (delta, restart) => deps.events.emit('tailor.text', { runId: run.id, delta, restart }),
          }
        : null,
    })
      .then((final) => {
        const saved = saveDocuments(final, 'tailored');
        deps.repo.save(saved);
        progress('check', 'done', 'Finished', true);
        return saved;
      })
      .catch((error: unknown) => {
        const cancelled = controller.signal.aborted || (error instanceof AppError && error.code === 'CANCELLED');
        const stored = deps.repo.get(run.id) ?? last;
        const active = stored.stages.find((s) => s.status !== 'done')?.stage ?? 'check';
        const final: TailorRun = {
          ...stored,
          status: cancelled ? 'cancelled' : 'failed',
          error: cancelled ? null : error instanceof Error ? error.message : String(error),
          stages: stored.stages.map((s) =>
            s.stage === active ? { ...s, status: cancelled ? 'cancelled' : 'failed' } : s,
          ),
          updatedAt: now().toISOString(),
        };
        deps.repo.save(final);
        progress(
          active,
          final.status === 'cancelled' ? 'cancelled' : 'failed',
          cancelled ? 'Cancelled' : (final.error ?? 'Failed'),
          true,
        );
        return final;
      })
      .finally(() => running.delete(run.id));
    running.set(run.id, { controller, done });
    return { run, done };
  }

  return {
    /** Starts a run in the background; progress and streamed text arrive as events. */
    start(jobId: string, options: TailorOptionsInput): TailorRun {
      return start(jobId, options).run;
    },
    /** Runs to the end and returns the finished run (the CLI; `provider` overrides Settings). */
    async run(jobId: string, options: TailorOptionsInput, provider: ProviderConfig | null = null): Promise<TailorRun> {
      return start(jobId, options, provider).done;
    },
    /** Waits for a running run (or returns the stored one). */
    async wait(runId: string): Promise<TailorRun> {
      return (await running.get(runId)?.done) ?? mustGet(runId);
    },
    cancel(runId: string): { cancelled: boolean } {
      const r = running.get(runId);
      r?.controller.abort();
      return { cancelled: Boolean(r) };
    },
    get: mustGet,
    list(jobId?: string): TailorRunSummary[] {
      return deps.repo.list(jobId);
    },
    /**
     * Edit, remove, or confirm ("this is true, add it to my profile") one flag of a run: resolved by
     * the documents service on the run's newest version of that document; the run takes the result.
     */
    resolveFlag(runId: string, flagId: string, action: FlagAction): TailorRun {
      const run = mustGet(runId);
      if (run.status === 'running')
        throw new AppError('CONFLICT', 'Wait for the run to finish before resolving its flags.');
      const flag = run.flags.find((f) => f.id === flagId);
      if (!flag)
        throw new AppError('NOT_FOUND', 'That flag is no longer on this run; it may have been resolved already.');
      const doc =
        run.letter?.kind === 'letter' && run.letter.letter.paragraphs.some((p) => p.id === flag.blockId)
          ? 'letter'
          : 'cv';
      const versionKey = doc === 'cv' ? 'cvVersion' : 'letterVersion';
      const versionId = run.documentIds[versionKey];
      if (versionId === null) throw new AppError('NOT_FOUND', 'This run has no saved document to resolve the flag on.');
      const before = new Set(deps.documents.get(versionId).flags.map((f) => f.id));
      const v = deps.documents.resolveFlag(versionId, flagId, action);
      const next: TailorRun = {
        ...run,
        [doc]: v.content,
        flags: [...run.flags.filter((f) => !before.has(f.id)), ...v.flags],
        documentIds: { ...run.documentIds, [doc]: v.documentId, [versionKey]: v.id },
        updatedAt: now().toISOString(),
      };
      deps.repo.save(next);
      return next;
    },
    /** The cover letter's key-point choices for a job: the facts the selection stage proposes. */
    keyPoints(jobId: string): SelectedItem[] {
      return proposeKeyPoints(deps.profile.get().profile, deps.jobs.get(jobId), now());
    },
    async rewrite(runId: string, target: RewriteTarget, providerId?: string): Promise<RewriteResult> {
      const run = mustGet(runId);
      const writing = routeFor(TailorOptions.parse({ ...run.options, providerId: providerId ?? run.providerId }), null);
      if (!writing)
        throw new AppError('BAD_INPUT', 'Rewriting needs a model. Choose a provider (Settings → AI) for this rewrite.');
      const job = deps.jobs.get(run.jobId);
      return rewriteBlock(run, target, {
        generate: deps.ai.generate,
        route: writing.route,
        profile: deps.profile.get().profile,
        job: { title: job.title, company: job.company, text: job.descriptionText },
        now: now(),
      });
    },
    async dispose(): Promise<void> {
      for (const r of running.values()) r.controller.abort();
      await Promise.allSettled([...running.values()].map((r) => r.done));
    },
  };
}
export type TailorService = ReturnType<typeof createTailorService>;
