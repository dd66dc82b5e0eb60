import { matchHeading, type SectionKind } from './headings';
import type { DocLine } from './lines';

export interface Section {
  /** 'loose': text at the top of a column with no heading of its own (a headless summary). */
  kind: SectionKind | 'header' | 'loose';
  title: string;
  lines: DocLine[];
}

/** The font size most of the text is set in (by characters); 0 when sizes are unknown. */
export function bodySize(lines: DocLine[]): number {
  const count = new Map<number, number>();
  for (const l of lines) {
    if (!l.size) continue;
    const k = Math.round(l.size * 2) / 2;
    count.set(k, (count.get(k) ?? 0) + l.text.length);
  }
  let best = 0;
  let bestN = -1;
  for (const [k, n] of count) if (n > bestN) [best, bestN] = [k, n];
  return best;
}

const isCaps = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

interface Cue {
  big: boolean;
  caps: boolean;
  colon: boolean;
  spaced: boolean;
}

function cues(line: DocLine, body: number): Cue {
  return {
    big: body > 0 && line.size >= body * 1.12,
    caps: isCaps(line.segments[0] ?? line.text),
    colon: /:\s*$/.test(line.text),
    spaced: line.gapBefore >= 1.6,
  };
}

/**
 * Splits a label-column row ("Experience | Creative Solutions Inc. | Jan 2019 to Present") into the
 * heading and the rest, so the heading opens its section and the rest stays content.
 */
function splitLabelRows(lines: DocLine[]): DocLine[] {
  const out: DocLine[] = [];
  for (const l of lines) {
    const first = l.segments[0];
    const h = l.segments.length > 1 && first ? matchHeading(first) : null;
    if (h && h.strong && !l.bullet) {
      const rest = l.segments.slice(1);
      out.push({ ...l, text: first!, segments: [first!], xEnd: 0 });
      out.push({ ...l, text: rest.join(' | '), segments: rest, gapBefore: 0, heading: undefined });
    } else out.push(l);
  }
  return out;
}

/** Groups lines into sections by their headings; lines before the first heading form the header. */
export function segmentSections(input: DocLine[]): Section[] {
  const lines = splitLabelRows(input);
  const body = bodySize(lines);
  const headingLines: DocLine[] = [];
  const verdicts = lines.map((l) => {
    if (l.bullet || l.segments.length > 1) return null;
    const m = matchHeading(l.text);
    if (!m) return null;
    const c = cues(l, body);
    const explicit = l.heading !== undefined;
    const ok = m.partial ? explicit || c.big || (c.caps && !c.colon) : m.strong || explicit || c.big || c.caps || c.colon || c.spaced;
    if (ok) {
      if (l.size) headingLines.push(l);
      return m.kind;
    }
    return null;
  });
  const explicitLevels = new Set(lines.filter((l, i) => verdicts[i] && l.heading !== undefined).map((l) => l.heading));
  const sections: Section[] = [{ kind: 'header', title: '', lines: [] }];
  const maxSize = Math.max(0, ...lines.map((l) => l.size));
  let seenHeading = false;
  const LISTY = new Set(['skills', 'languages', 'certificates', 'interests', 'awards']);
  lines.forEach((l, i) => {
    const inline = !verdicts[i] && !l.bullet ? inlineHeading(l) : null;
    const current = sections[sections.length - 1]!.kind;
    if (inline && inline.kind !== current && !LISTY.has(current)) {
      // "Skills: Python, SQL" on one line opens the section and is its first line
      seenHeading = true;
      sections.push({ kind: inline.kind, title: inline.title, lines: [{ ...l, text: inline.rest, segments: [inline.rest] }] });
      return;
    }
    let kind: SectionKind | null = verdicts[i] ?? null;
    const afterName = i > 0 && lines[i - 1]!.size > 0 && lines[i - 1]!.size === maxSize; // a label under the name
    if (!kind && !l.bullet && l.segments.length === 1 && (seenHeading || (l.heading === undefined && !afterName))) {
      kind = styleHeading(l, body, headingLines, explicitLevels);
    }
    if (kind) {
      seenHeading = true;
      sections.push({ kind, title: l.text.replace(/:\s*$/, '').trim(), lines: [] });
      return;
    }
    if (l.blockStart && seenHeading && sections[sections.length - 1]!.kind !== 'header') {
      sections.push({ kind: 'loose', title: '', lines: [] });
    }
    sections[sections.length - 1]!.lines.push(l);
  });
  return mergeRepeated(sections);
}

/**
 * A heading we have no word for, known by looking like the document's other headings: the same
 * size, and the same left edge or centre when those headings share one.
 */
function styleHeading(l: DocLine, body: number, heads: DocLine[], levels: Set<number | undefined>): SectionKind | null {
  const t = l.text.trim();
  if (wordCount(t) > 5 || /[.,;@|]|\d/.test(t) || t.length < 3) return null;
  if (l.heading !== undefined) return levels.has(l.heading) ? 'other' : null;
  if (!l.size || !body || l.size < body * 1.12) return null;
  const like = heads.filter((h) => Math.abs(h.size - l.size) <= h.size * 0.08);
  if (!like.length) return null;
  const spread = (xs: number[]): number => Math.max(...xs) - Math.min(...xs);
  const lefts = like.map((h) => h.x);
  const centres = like.map((h) => (h.x + h.xEnd) / 2);
  if (like.length >= 2 && spread(lefts) <= 3) return Math.abs(l.x - lefts[0]!) <= 3 ? 'other' : null;
  if (like.length >= 2 && spread(centres) <= 6) return Math.abs((l.x + l.xEnd) / 2 - centres[0]!) <= 6 ? 'other' : null;
  if (isCaps(like[0]!.text) !== isCaps(t)) return null;
  return 'other';
}

function inlineHeading(l: DocLine): { kind: SectionKind; title: string; rest: string } | null {
  const m = l.text.match(/^([^:]{3,40}):\s+(\S.*)$/);
  if (!m) return null;
  const h = matchHeading(m[1]!);
  return h && h.strong && h.kind !== 'contact' ? { kind: h.kind, title: m[1]!.trim(), rest: m[2]! } : null;
}

/** Two columns can carry the same heading kind ("Skills" in a sidebar and "Skills" in the body). */
function mergeRepeated(sections: Section[]): Section[] {
  return sections.filter((s, i) => i === 0 || s.lines.length > 0 || s.kind !== 'other');
}
