import { z } from 'zod';
import { DocumentContent, TemplateId, TruthFlag } from './document';
import { JobAnalysis } from './match';
import { FactId } from './profile';

/**
 * Tailoring (src/main/core/tailor): one run turns the profile and one job into a CV and a cover
 * letter. Each stage's output is stored with the run; every written block cites its facts, and the
 * truth check flags claims those facts do not support.
 */

export const TailorStage = z.enum(['analyze', 'select', 'write', 'check']);
export type TailorStage = z.infer<typeof TailorStage>;

export const LetterTone = z.enum(['professional', 'enthusiastic', 'concise']);
export type LetterTone = z.infer<typeof LetterTone>;

export const LetterLength = z.enum(['short', 'medium', 'long']);
export type LetterLength = z.infer<typeof LetterLength>;

/** How the text was written: by a model, or from the user's own words and a letter template. */
export const WriteMode = z.enum(['model', 'no-model']);
export type WriteMode = z.infer<typeof WriteMode>;

export const TailorOptions = z.object({
  /** A provider id from Settings → AI; null = no model (selection + template letter). */
  providerId: z.string().max(40).nullable().default(null),
  /** Overrides the provider's model name for this run. */
  model: z.string().max(500).optional(),
  tone: LetterTone.default('professional'),
  length: LetterLength.default('medium'),
  /** Fact ids the user wants the letter to stress (empty: the best-matching ones). */
  keyPoints: z.array(FactId).max(10).default([]),
  template: TemplateId.default('ats'),
});
export type TailorOptions = z.infer<typeof TailorOptions>;
export type TailorOptionsInput = z.input<typeof TailorOptions>;

/** Why a bullet (or skill) was chosen: the required skills and job phrases it serves. */
export const SelectedItem = z.object({
  factId: FactId,
  /** The entry it belongs to (a work/project id), or null for skills. */
  entryId: z.string().nullable(),
  text: z.string(),
  score: z.number(),
  serves: z.array(z.string()),
  reason: z.string(),
});
export type SelectedItem = z.infer<typeof SelectedItem>;

export const Selection = z.object({
  /** Entries in the order the CV shows them, each with its chosen bullets (best first). */
  entries: z.array(
    z.object({ entryId: z.string(), section: z.string(), score: z.number(), bullets: z.array(SelectedItem) }),
  ),
  skills: z.array(SelectedItem),
  /** Required skills of the job the profile really has, and the ones it lacks. */
  covered: z.array(z.string()),
  uncovered: z.array(z.string()),
  /** Job vocabulary to emphasise (skill names as the job writes them). */
  keywords: z.array(z.string()),
});
export type Selection = z.infer<typeof Selection>;

export const AtsCheck = z.object({
  id: z.enum(['required-coverage', 'section-names', 'length', 'contact', 'plain-layout']),
  label: z.string(),
  ok: z.boolean(),
  detail: z.string(),
});
export type AtsCheck = z.infer<typeof AtsCheck>;

export const StageTiming = z.object({
  stage: TailorStage,
  status: z.enum(['pending', 'running', 'done', 'failed', 'cancelled']),
  ms: z.number().nullable(),
  /** Model time inside the stage (write), so overhead can be told apart. */
  modelMs: z.number().nullable().default(null),
});
export type StageTiming = z.infer<typeof StageTiming>;

export const RunStatus = z.enum(['running', 'done', 'failed', 'cancelled']);
export type RunStatus = z.infer<typeof RunStatus>;

export const TailorRun = z.object({
  id: z.string(),
  jobId: z.string(),
  jobTitle: z.string(),
  company: z.string(),
  status: RunStatus,
  mode: WriteMode,
  providerId: z.string().nullable(),
  model: z.string().nullable(),
  promptVersion: z.string(),
  options: TailorOptions,
  stages: z.array(StageTiming),
  /** Stage outputs: the job analysis, the selection, the written documents, the flags and ATS checks. */
  analysis: JobAnalysis.nullable().default(null),
  selection: Selection.nullable(),
  cv: DocumentContent.nullable(),
  letter: DocumentContent.nullable(),
  flags: z.array(TruthFlag),
  ats: z.array(AtsCheck),
  matchBefore: z.number().nullable(),
  matchAfter: z.number().nullable(),
  /** Shown on the documents: "Written without a model: your own words, selected and ordered for this job". */
  labels: z.array(z.string()),
  error: z.string().nullable(),
  /** The document versions holding the output (src/main/core/documents): the review and export read them. */
  documentIds: z
    .object({
      cv: z.number().int().nullable(),
      letter: z.number().int().nullable(),
      /** The newest version of each (what the review opens: /documents?version=<id>). */
      cvVersion: z.number().int().nullable().default(null),
      letterVersion: z.number().int().nullable().default(null),
    })
    .default({ cv: null, letter: null, cvVersion: null, letterVersion: null }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TailorRun = z.infer<typeof TailorRun>;

export const TailorRunSummary = TailorRun.pick({
  id: true,
  jobId: true,
  jobTitle: true,
  company: true,
  status: true,
  mode: true,
  createdAt: true,
}).extend({
  openFlags: z.number().int(),
});
export type TailorRunSummary = z.infer<typeof TailorRunSummary>;

export const FlagAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('edit'), text: z.string().min(1).max(5000) }),
  z.object({ action: z.literal('remove') }),
  /** "This is true, add it to my profile": the claim becomes a profile fact and is never flagged again. */
  z.object({ action: z.literal('confirm') }),
]);
export type FlagAction = z.infer<typeof FlagAction>;

export const RewriteTarget = z.discriminatedUnion('target', [
  z.object({ target: z.literal('bullet'), blockId: z.string().max(100) }),
  z.object({ target: z.literal('summary') }),
  z.object({ target: z.literal('linkedin-about') }),
]);
export type RewriteTarget = z.infer<typeof RewriteTarget>;

export const RewriteResult = z.object({
  blockId: z.string(),
  text: z.string(),
  factIds: z.array(FactId),
  flags: z.array(TruthFlag),
});
export type RewriteResult = z.infer<typeof RewriteResult>;

/** Pushed while a run works: a stage starts or ends. */
export const TailorProgress = z.object({
  runId: z.string(),
  stage: TailorStage,
  status: StageTiming.shape.status,
  message: z.string(),
  /** The run as a whole ended (done, failed or cancelled). */
  finished: z.boolean().default(false),
});
export type TailorProgress = z.infer<typeof TailorProgress>;

/** Pushed while the model writes: text as it streams (shown as text, never HTML). */
export const TailorText = z.object({ runId: z.string(), delta: z.string(), restart: z.boolean() });
export type TailorText = z.infer<typeof TailorText>;
