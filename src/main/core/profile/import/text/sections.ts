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
  const skip = new Set<DocLine>();
  // a weak heading word ("Experiencia", "Career") labels a row when strong labels sit at its left edge
  const labelXs = lines.filter((l) => l.segments.length > 1 && !l.bullet && matchHeading(l.segments[0]!)?.strong).map((l) => l.x);
  const inLabelColumn = (l: DocLine): boolean => labelXs.some((x) => Math.abs(x - l.x) <= 2);
  lines.forEach((l, i) => {
    if (skip.has(l)) return;
    let first = l.segments[0];
    let h = l.segments.length > 1 && first ? matchHeading(first) : null;
    // "Employment" over "History": the label goes on when the joined words are a heading too
    const tail = l.segments.length > 1 && first ? labelTail(lines, i) : null;
    if (tail && matchHeading(`${first} ${tail.text}`)?.strong) {
      first = `${first} ${tail.text}`;
      h = matchHeading(first);
      skip.add(tail);
    }
    if (h && (h.strong || (!h.partial && inLabelColumn(l))) && !l.bullet) {
      const rest = l.segments.slice(1);
      out.push({ ...l, text: first!, segments: [first!], segX: l.segX?.slice(0, 1), xEnd: 0 });
      // the rest starts where its first cell does, so it lines up with the content below it
      const x = l.segX?.[1] ?? l.x;
      // and takes the size of the content below it: the row's size was the (larger) label's
      const below = lines.slice(i + 1, i + 4).find((n) => Math.abs(n.x - x) <= 2 && n.size > 0);
      const size = below ? Math.min(l.size, below.size) : l.size;
      out.push({ ...l, text: rest.join(' | '), segments: rest, x, size, segX: l.segX?.slice(1), gapBefore: 0, heading: undefined });
    } else out.push(l);
  });
  return out;
}

/**
 * A label that wrapped in its narrow column ("Professional" over "Experience"): the label's next
 * line is the first of the next few lines to start at the label's left edge, in the label's size,
 * while the content beside it starts further right.
 */
function labelTail(lines: DocLine[], i: number): DocLine | null {
  const l = lines[i]!;
  if (!l.segX || l.segX.length < 2 || !l.size) return null;
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
    const c = lines[j]!;
    if (Math.abs(c.x - l.x) > 2) continue;
    return c.segments.length === 1 && c.size === l.size && c.page === l.page ? c : null;
  }
  return null;
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
