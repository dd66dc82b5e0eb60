import { z } from 'zod';
import type { Citations, DocumentContent, LetterParagraph } from '../../../shared/domain/document';
import { FactId } from '../../../shared/domain/profile';
import type { TailorOptions } from '../../../shared/domain/tailor';
import type { StructuredRequest, StructuredResult } from '../ai/ai-service';
import { sentenceKey } from './truth/check-document';
import { CV_WRITE_PROMPT, LETTER_WRITE_PROMPT, SHARED_RULES } from './prompts';
import { block, bulletsBlock, jobBlock, profileFactLines } from './prompt-data';
import type { Profile } from '../../../shared/domain/profile';
import type { Selection } from '../../../shared/domain/tailor';

/**
 * The model writer. Output is read only through these schemas (every sentence must cite at least
 * one fact id) and is kept as plain text. Bullets whose sourceId is not one we asked for are dropped.
 */

const Cited = z.object({ text: z.string().trim().min(1).max(800), factIds: z.array(FactId).min(1).max(12) });
export const CvWrite = z.object({
  summary: z.array(Cited).min(1).max(5),
  bullets: z.array(Cited.extend({ sourceId: FactId })).max(60),
});
export type CvWrite = z.infer<typeof CvWrite>;
export const LetterWrite = z.object({ paragraphs: z.array(Cited).min(1).max(6) });
export type LetterWrite = z.infer<typeof LetterWrite>;

export type Generate = <T>(request: StructuredRequest<T>) => Promise<StructuredResult<T>>;

export interface WriteContext {
  generate: Generate;
  profile: Profile;
  selection: Selection;
  job: { title: string; company: string; text: string };
  options: TailorOptions;
  signal: AbortSignal;
  /** Provider overrides for this run (a chosen provider, a CLI --provider). */
  route: Pick<StructuredRequest<unknown>, 'providerIds' | 'providers'>;
  onText: (delta: string, restart: boolean) => void;
}

const plain = (s: string) =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export async function modelCv(
  ctx: WriteContext,
  base: Extract<DocumentContent, { kind: 'cv' }>,
): Promise<{ cv: Extract<DocumentContent, { kind: 'cv' }>; model: string; ms: number }> {
  const result = await ctx.generate({
    task: 'tailor.cv',
    schema: CvWrite,
    system: SHARED_RULES,
    prompt: CV_WRITE_PROMPT,
    data: [profileFactLines(ctx.profile), bulletsBlock(ctx.selection), jobBlock(ctx.job)].join('\n\n'),
    maxTokens: 2048,
    temperature: 0.3,
    stream: true,
    signal: ctx.signal,
    onText: ctx.onText,
    ...ctx.route,
  });
  return { cv: applyCvWrite(base, result.value), model: result.model, ms: result.latencyMs };
}

/** Puts the model's text into the CV: known bullets replaced, unknown ones dropped, citations kept. */
export function applyCvWrite(
  base: Extract<DocumentContent, { kind: 'cv' }>,
  write: CvWrite,
): Extract<DocumentContent, { kind: 'cv' }> {
  const citations: Citations = { ...base.citations };
  const byId = new Map(write.bullets.map((b) => [b.sourceId, b]));
  const swap = <T extends { id: string; text: string }>(h: T): T => {
    const w = byId.get(h.id);
    if (!w) return h;
    citations[h.id] = w.factIds;
    return { ...h, text: plain(w.text) };
  };
  const cv = {
    ...base.cv,
    work: base.cv.work.map((w) => ({ ...w, highlights: w.highlights.map(swap) })),
    projects: base.cv.projects.map((p) => ({ ...p, highlights: p.highlights.map(swap) })),
  };
  const sentences = write.summary.map((s) => ({ ...s, text: plain(s.text) }));
  cv.basics = { ...cv.basics, summary: sentences.map((s) => s.text).join(' ') };
  citations['basics.summary'] = [...new Set(sentences.flatMap((s) => s.factIds))];
  sentences.forEach((s, i) => (citations[sentenceKey('basics.summary', i)] = s.factIds));
  return { kind: 'cv', cv, citations };
}

const PARAGRAPHS = { short: 2, medium: 3, long: 4 } as const;

export async function modelLetter(
  ctx: WriteContext,
  base: Extract<DocumentContent, { kind: 'letter' }>,
): Promise<{ letter: Extract<DocumentContent, { kind: 'letter' }>; model: string; ms: number }> {
  const keyPoints = ctx.options.keyPoints.length
    ? ctx.options.keyPoints
    : ctx.selection.entries.flatMap((e) => e.bullets.slice(0, 1).map((b) => b.factId)).slice(0, 3);
  const result = await ctx.generate({
    task: 'tailor.letter',
    schema: LetterWrite,
    system: SHARED_RULES,
    prompt: LETTER_WRITE_PROMPT.replace('{tone}', ctx.options.tone).replace(
      '{paragraphs}',
      String(PARAGRAPHS[ctx.options.length]),
    ),
    data: [
      profileFactLines(ctx.profile),
      block('application', `Role: ${ctx.job.title}\nCompany: ${ctx.job.company}`),
      block('key_points', keyPoints.join(', ')),
      jobBlock(ctx.job),
    ].join('\n\n'),
    maxTokens: 2048,
    temperature: 0.4,
    stream: true,
    signal: ctx.signal,
    onText: ctx.onText,
    ...ctx.route,
  });
  const paragraphs: LetterParagraph[] = result.value.paragraphs.map((p, i) => ({
    id: `p-${i}`,
    text: plain(p.text),
    factIds: p.factIds,
  }));
  const closing = base.letter.paragraphs.filter((p) => p.id === 'p-close');
  return {
    letter: { kind: 'letter', letter: { ...base.letter, paragraphs: [...paragraphs, ...closing] } },
    model: result.model,
    ms: result.latencyMs,
  };
}
