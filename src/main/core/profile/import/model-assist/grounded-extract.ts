/**
 * Model-assisted import (optional, off by default): a configured model extracts the CV as JSON
 * Resume with a schema, and every value it gives must be found in the document's own text
 * (normalised), or it is dropped. What remains is compared with the deterministic parse; the
 * disagreements are for the user to choose. A model can help read a layout; it never adds a word.
 */
import { z } from 'zod';
import type { StructuredRequest, StructuredResult } from '../../../ai/ai-service';
import { findDateRange } from '../text/dates';
import { normaliseScript } from '../text/script-normalise';

const s = z.string().optional();
const Dated = { startDate: s, endDate: s };
export const ModelResume = z.object({
  basics: z
    .object({ name: s, label: s, email: s, phone: s, url: s, summary: s, location: z.object({ city: s }).optional() })
    .optional(),
  work: z
    .array(z.object({ name: s, position: s, location: s, ...Dated, highlights: z.array(z.string()).optional() }))
    .optional(),
  education: z.array(z.object({ institution: s, studyType: s, area: s, ...Dated })).optional(),
  skills: z.array(z.object({ name: s, keywords: z.array(z.string()).optional() })).optional(),
  projects: z.array(z.object({ name: s, description: s })).optional(),
});
export type ModelResume = z.infer<typeof ModelResume>;

/** Text folded for finding: script rules, no accents, lower case, every run of non-letters one space. */
export function foldForFinding(text: string): string {
  return normaliseScript(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@]+/gu, ' ')
    .trim();
}
const digits = (t: string): string => t.replace(/\D+/g, '');

/** Where values may be looked up: the folded text, its digits, and every date the text writes. */
export interface DocumentIndex {
  folded: string;
  digits: string;
  dates: Set<string>;
}
export function indexDocument(text: string): DocumentIndex {
  const dates = new Set<string>();
  for (const line of normaliseScript(text).split('\n')) {
    let rest = line;
    for (let r = findDateRange(rest); r; r = findDateRange(rest)) {
      for (const d of [r.start, r.end]) if (d) dates.add(d).add(d.slice(0, 4));
      rest = rest.slice(r.index + Math.max(1, r.length));
    }
  }
  return { folded: ` ${foldForFinding(text)} `, digits: digits(text), dates };
}

/** Is the value written in the document? Dates by the document's own dates; phones by their digits. */
export function foundIn(doc: DocumentIndex, value: string, kind: 'text' | 'date' | 'phone' = 'text'): boolean {
  if (kind === 'date') return doc.dates.has(value);
  if (kind === 'phone') return digits(value).length >= 6 && doc.digits.includes(digits(value));
  const f = foldForFinding(value);
  return f.length > 0 && doc.folded.includes(` ${f} `);
}

export interface Grounded {
  value: ModelResume;
  /** Paths of the values the model gave that the document does not contain (dropped). */
  dropped: string[];
}

/** Keeps only what the document says; an entry whose name is not in the document goes whole. */
export function groundInDocument(raw: ModelResume, text: string): Grounded {
  const doc = indexDocument(text);
  const dropped: string[] = [];
  const keep = (path: string, v: string | undefined, kind: 'text' | 'date' | 'phone' = 'text'): string | undefined => {
    if (v === undefined || !v.trim()) return undefined;
    if (foundIn(doc, v, kind)) return v.trim();
    dropped.push(path);
    return undefined;
  };
  const b = raw.basics ?? {};
  const basics: NonNullable<ModelResume['basics']> = {
    name: keep('basics.name', b.name),
    label: keep('basics.label', b.label),
    email: keep('basics.email', b.email),
    phone: keep('basics.phone', b.phone, 'phone'),
    url: keep('basics.url', b.url),
    summary: keep('basics.summary', b.summary),
    location: { city: keep('basics.location.city', b.location?.city) },
  };
  const list = <T>(
    xs: T[] | undefined,
    name: string,
    key: (x: T) => string | undefined,
    map: (x: T, p: string) => T,
  ): T[] =>
    (xs ?? []).flatMap((x, i) => {
      const p = `${name}.${i}`;
      if (!key(x) || !foundIn(doc, key(x)!)) {
        dropped.push(p);
        return [];
      }
      return [map(x, p)];
    });
  const value: ModelResume = {
    basics,
    work: list(
      raw.work,
      'work',
      (w) => w.name,
      (w, p) => ({
        name: w.name,
        position: keep(`${p}.position`, w.position),
        location: keep(`${p}.location`, w.location),
        startDate: keep(`${p}.startDate`, w.startDate, 'date'),
        endDate: keep(`${p}.endDate`, w.endDate, 'date'),
        highlights: (w.highlights ?? []).filter((h, j) => keep(`${p}.highlights.${j}`, h) !== undefined),
      }),
    ),
    education: list(
      raw.education,
      'education',
      (e) => e.institution,
      (e, p) => ({
        institution: e.institution,
        studyType: keep(`${p}.studyType`, e.studyType),
        area: keep(`${p}.area`, e.area),
        startDate: keep(`${p}.startDate`, e.startDate, 'date'),
        endDate: keep(`${p}.endDate`, e.endDate, 'date'),
      }),
    ),
    skills: list(
      raw.skills,
      'skills',
      (k) => k.name,
      (k, p) => ({
        name: k.name,
        keywords: (k.keywords ?? []).filter((x, j) => keep(`${p}.keywords.${j}`, x) !== undefined),
      }),
    ),
    projects: list(
      raw.projects,
      'projects',
      (x) => x.name,
      (x, p) => ({ name: x.name, description: keep(`${p}.description`, x.description) }),
    ),
  };
  return { value: JSON.parse(JSON.stringify(value)) as ModelResume, dropped };
}

export interface Disagreement {
  path: string;
  parsed: string;
  model: string;
}

/** Where the grounded model reading and the deterministic parse (as JSON Resume) differ, field by field. */
export function disagreements(parsed: ModelResume, model: ModelResume): Disagreement[] {
  const out: Disagreement[] = [];
  const cmp = (path: string, a: string | undefined, b: string | undefined): void => {
    if (b && foldForFinding(a ?? '') !== foldForFinding(b)) out.push({ path, parsed: a ?? '', model: b });
  };
  for (const f of ['name', 'label', 'email', 'phone', 'url'] as const)
    cmp(`basics.${f}`, parsed.basics?.[f], model.basics?.[f]);
  cmp('basics.location.city', parsed.basics?.location?.city, model.basics?.location?.city);
  (model.work ?? []).forEach((w, i) => {
    const j = (parsed.work ?? []).findIndex((p) => foldForFinding(p.name ?? '') === foldForFinding(w.name ?? ''));
    const p = j >= 0 ? parsed.work![j]! : {};
    const at = j >= 0 ? `work.${j}` : `work.new.${i}`;
    for (const f of ['name', 'position', 'location', 'startDate', 'endDate'] as const) cmp(`${at}.${f}`, p[f], w[f]);
  });
  return out;
}

export type Generate = <T>(request: StructuredRequest<T>) => Promise<StructuredResult<T>>;

/** Asks the model for the CV as JSON Resume, keeps what the document says, and lists where it differs from the parse. */
export async function modelAssistedReading(
  deps: { generate: Generate },
  input: { text: string; parsed: ModelResume; signal?: AbortSignal; requestId?: string; stream?: boolean },
): Promise<Grounded & { disagreements: Disagreement[]; providerId: string; model: string }> {
  const res = await deps.generate({
    task: 'profile.import-assist',
    schema: ModelResume,
    system: 'You read CVs. Copy values exactly as the document writes them; never add, translate or infer anything.',
    prompt:
      'Extract this CV as JSON Resume (basics, work, education, skills, projects). Dates as YYYY-MM or YYYY. Leave out what the CV does not say.',
    data: input.text,
    temperature: 0,
    // A whole CV as JSON is long; the default 1024 tokens would cut it off mid-way.
    maxTokens: 4096,
    ...(input.signal ? { signal: input.signal } : {}),
    ...(input.requestId ? { requestId: input.requestId } : {}),
    ...(input.stream ? { stream: true } : {}),
  });
  const grounded = groundInDocument(res.value, input.text);
  return {
    ...grounded,
    disagreements: disagreements(input.parsed, grounded.value),
    providerId: res.providerId,
    model: res.model,
  };
}
