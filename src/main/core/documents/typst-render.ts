import type { DocumentContent, Paper, RenderOptions } from '../../../shared/domain/document';
import { clean, cvView, letterView, type CvView } from './cv-view';
import { uncoveredCharacters } from './fonts';
import { templateSource } from './template-source';
import type { TypstEngine, TypstOutput } from './typst-engine';

/** PDF metadata: the title, author and keywords written into the file. */
export interface DocumentMeta {
  title: string;
  author: string;
  keywords: string[];
}

/** Type size (pt), spacing factor and side margin (mm), from roomy to the smallest we allow. */
export const FIT_LEVELS = [
  { size: 10.5, gap: 1.0, margin: 18 },
  { size: 10, gap: 0.9, margin: 16 },
  { size: 9.5, gap: 0.8, margin: 14 },
  { size: 9, gap: 0.7, margin: 12 },
] as const;

export interface TypstRender {
  output: TypstOutput;
  /** Index into FIT_LEVELS that was used. */
  level: number;
  warnings: string[];
}

const PAPER: Record<Paper, string> = { a4: 'a4', letter: 'us-letter' };

export function defaultMeta(content: DocumentContent): DocumentMeta {
  if (content.kind === 'letter') {
    const l = content.letter;
    const to = [l.recipient.role, l.recipient.company].filter(Boolean).join(', ');
    return {
      title: `${l.sender.name || 'Cover letter'}: cover letter${to ? ` for ${to}` : ''}`,
      author: l.sender.name,
      keywords: [l.recipient.company, l.recipient.role].filter(Boolean),
    };
  }
  const b = content.cv.basics;
  const skills = content.cv.skills.flatMap((s) => [s.name, ...s.keywords]).filter(Boolean);
  return {
    title: `${b.name || 'CV'}${b.label ? `: ${b.label}` : ''}`,
    author: b.name,
    keywords: [...new Set([b.label, ...skills].filter(Boolean))].slice(0, 20),
  };
}

/** What to cut when even the smallest type does not fit: the oldest roles and the longest bullets. */
export function cutAdvice(view: CvView, pages: number, maxPages: number): string {
  const work = view.sections.find((s) => s.id === 'work');
  const oldest = (work?.entries ?? [])
    .slice(-3)
    .filter((e) => e.bullets.length)
    .map((e) => `${e.org || e.title}${e.dates ? ` (${e.dates})` : ''}`);
  const long = view.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets)).filter((b) => b.length > 300).length;
  const minor = view.sections
    .filter((s) => ['interests', 'references', 'volunteer', 'awards', 'publications'].includes(s.id))
    .map((s) => s.title);
  const ideas = [
    oldest.length ? `shorten or drop the bullets of the oldest roles (${oldest.join('; ')})` : '',
    long ? `shorten the ${long} bullet${long > 1 ? 's' : ''} longer than 300 characters` : '',
    minor.length ? `leave out ${minor.join(', ')}` : '',
  ].filter(Boolean);
  const share = Math.round((1 - maxPages / pages) * 100);
  return `This document takes ${pages} pages even at the smallest type; it must fit on ${maxPages}. Cut about ${share}% of it${ideas.length ? `: ${ideas.join(', or ')}` : ''}.`;
}

function textOf(content: DocumentContent): string {
  return JSON.stringify(content.kind === 'cv' ? cvView(content.cv) : letterView(content.letter));
}

/**
 * Lays a document out with Typst, fitting it to `maxPages` (letters: one page): each step down
 * FIT_LEVELS shrinks type, spacing and margins; if the smallest still overflows, the result comes
 * back as is with a warning that says what to cut.
 */
export async function renderTypst(
  engine: TypstEngine,
  content: DocumentContent,
  opts: RenderOptions,
  meta: DocumentMeta = defaultMeta(content),
): Promise<TypstRender> {
  const view = content.kind === 'cv' ? cvView(content.cv) : letterView(content.letter);
  const source = templateSource(content.kind, opts.template);
  const maxPages = content.kind === 'letter' ? 1 : opts.maxPages;
  const metaJson = {
    title: clean(meta.title) || 'Document',
    author: clean(meta.author),
    keywords: meta.keywords.map(clean).filter(Boolean),
  };
  let output: TypstOutput | null = null;
  let level = 0;
  for (; level < FIT_LEVELS.length; level++) {
    const style = { ...FIT_LEVELS[level], paper: PAPER[opts.paper] };
    output = await engine.compile(source, JSON.stringify({ doc: view, style, meta: metaJson }));
    if (output.pages <= maxPages) break;
  }
  level = Math.min(level, FIT_LEVELS.length - 1);
  const warnings = [...output!.warnings];
  if (output!.pages > maxPages) {
    warnings.unshift(
      content.kind === 'cv'
        ? cutAdvice(view as CvView, output!.pages, maxPages)
        : `This letter takes ${output!.pages} pages even at the smallest type; shorten it to fit on one page.`,
    );
  }
  const missing = uncoveredCharacters(textOf(content));
  if (missing.length)
    warnings.push(`Some characters have no font in Jobsmith and print as empty boxes: ${missing.join(' ')}`);
  return { output: output!, level, warnings };
}
