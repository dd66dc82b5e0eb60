import { z } from 'zod';
import type { StructuredRequest, StructuredResult } from '../../ai/ai-service';
import type { EvidenceField } from '../extract/field-evidence';
import { normalizeEmploymentType } from '../extract/normalize';
import { pageLines } from '../extract/page-lines';
import { isPlausibleSalary, parseSalary } from '../extract/salary-text';
import { workModeOfStatement } from '../extract/work-mode';
import type { Capture } from './build-draft';

/**
 * Model-assisted capture (optional, off by default): the fields a capture is unsure of or lacks are asked
 * of a model as a structured extraction, and every value it returns must be found, word for word,
 * in the page's visible text, or it is dropped. A model cannot add a company or a salary the
 * page does not show.
 */

export interface ModelAssistDeps {
  /** The public AiService API (core/ai). */
  generate: <T>(request: StructuredRequest<T>) => Promise<StructuredResult<T>>;
}

const Answer = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  workMode: z.string().nullable().describe('the exact words on the page that say remote, hybrid or on-site'),
  employmentType: z.string().nullable().describe('the exact words on the page that say the contract type'),
  salary: z.string().nullable().describe('the salary exactly as the page writes it'),
});
type Answer = z.infer<typeof Answer>;

const ASKABLE = ['title', 'company', 'location', 'remote', 'employmentType', 'salary'] as const;
const squash = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The page as a reader sees it (visible lines of HTML, or the text as is). */
function visibleText(capture: Capture): string {
  const raw = capture.raw.text;
  const lines = /html/i.test(capture.raw.contentType ?? '') ? pageLines(raw).join('\n') : raw;
  return squash(`${lines}\n${capture.draft.descriptionText}`);
}

export interface AssistOutcome {
  capture: Capture;
  filled: EvidenceField[];
  dropped: { field: EvidenceField; value: string }[];
}

export async function assistCapture(
  capture: Capture,
  deps: ModelAssistDeps,
  signal?: AbortSignal,
): Promise<AssistOutcome> {
  const d = capture.draft;
  const missing: Record<(typeof ASKABLE)[number], boolean> = {
    title: !d.title || d.title === 'Untitled job',
    company: !d.company,
    location: !d.locations.length,
    remote: d.remote === 'unknown',
    employmentType: !d.employmentType,
    salary: !d.salary,
  };
  const ask = ASKABLE.filter((f) => capture.uncertain.includes(f) || missing[f]);
  if (!ask.length) return { capture, filled: [], dropped: [] };
  const page = visibleText(capture);
  const { value } = await deps.generate<Answer>({
    task: 'jobs.capture-assist',
    schema: Answer,
    system:
      'You read job postings. Copy values exactly as the page writes them. Use null when the page does not say. Never guess.',
    prompt: `From the job posting below, copy these fields exactly as written on the page: ${ask.join(', ')}. Fields not listed: null.`,
    data: page.slice(0, 30_000),
    temperature: 0,
    signal,
  });
  const draft = { ...capture.draft };
  const evidence = { ...(capture.evidence ?? {}) };
  const filled: EvidenceField[] = [];
  const dropped: AssistOutcome['dropped'] = [];
  const found = (text: string | null): text is string =>
    Boolean(text && text.trim().length >= 2 && page.includes(squash(text)));
  const accept = (field: EvidenceField, text: string | null, apply: (t: string) => boolean): void => {
    if (!ask.includes(field as (typeof ASKABLE)[number]) || !text) return;
    if (!found(text) || !apply(text)) {
      dropped.push({ field, value: text.slice(0, 100) });
      return;
    }
    evidence[field] = { source: 'model', confidence: 0.6, note: 'Suggested by the model and found in the page text.' };
    filled.push(field);
  };
  accept('title', value.title, (t) => ((draft.title = t.trim()), true));
  accept('company', value.company, (t) => ((draft.company = t.trim()), true));
  accept('location', value.location, (t) => ((draft.locations = [t.trim()]), true));
  accept('remote', value.workMode, (t) => {
    const mode = workModeOfStatement(t);
    if (mode === 'unknown') return false;
    draft.remote = mode;
    return true;
  });
  accept('employmentType', value.employmentType, (t) => {
    const type = normalizeEmploymentType(t);
    if (!type) return false;
    draft.employmentType = type;
    return true;
  });
  accept('salary', value.salary, (t) => {
    const salary = parseSalary(t);
    if (!salary || !isPlausibleSalary(salary)) return false;
    draft.salary = salary;
    return true;
  });
  const log = [...draft.captureLog];
  const at = new Date().toISOString();
  if (filled.length)
    log.push({
      at,
      level: 'info',
      message: `The model filled ${filled.join(', ')}; each value was found in the page text. Check them.`,
    });
  for (const d of dropped)
    log.push({
      at,
      level: 'warning',
      message: `The model suggested a ${d.field} ("${d.value}") that the page does not show; it was dropped.`,
    });
  draft.captureLog = log;
  return { capture: { ...capture, draft, evidence }, filled, dropped };
}
