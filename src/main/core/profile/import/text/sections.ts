import { findDateRange } from './dates';
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
  const rests = new Map<DocLine, DocLine>();
  // a weak heading word ("Experiencia", "Career") labels a row when strong labels sit at its left edge
  // (a label read as a line of its own, its content beside it on the same baseline, counts too)
  const besideNext = (l: DocLine, i: number): boolean =>
    l.y !== undefined &&
    lines[i + 1]?.y !== undefined &&
    Math.abs(lines[i + 1]!.y! - l.y) < 1 &&
    lines[i + 1]!.x > l.xEnd;
  const labelXs = lines
    .filter((l, i) => (l.segments.length > 1 || besideNext(l, i)) && !l.bullet && matchHeading(l.segments[0]!)?.strong)
    .map((l) => l.x);
  const inLabelColumn = (l: DocLine): boolean => labelXs.some((x) => Math.abs(x - l.x) <= 2);
  // rows that open with a heading cell (weak words such as "Work" included) mark a label column
  const labelRows = lines.filter(
    (l) => l.segments.length > 1 && !l.bullet && matchHeading(l.segments[0]!) && !matchHeading(l.segments[0]!)?.partial,
  );
  const contentXs = labelRows.map((l) => l.segX?.[1] ?? l.x);
  lines.forEach((l0, i) => {
    if (skip.has(l0)) return;
    const l = gluedLabel(
      rests.get(l0) ?? l0,
      labelRows.map((r) => r.x),
      contentXs,
    );
    let first = l.segments[0];
    let h = l.segments.length > 1 && first ? matchHeading(first) : null;
    // "Employment" over "History": the label goes on when the joined words are a heading too
    const tail = l.segments.length > 1 && first ? labelTail(lines, i) : null;
    const tailText = tail?.segments[0];
    if (tail && (tail.segments.length === 1 || !h?.strong) && matchHeading(`${first} ${tailText}`)?.strong) {
      first = `${first} ${tailText}`;
      h = matchHeading(first);
      // the label's second line may share its row with content: that content stays, without the label
      if (tail.segments.length === 1) skip.add(tail);
      else {
        const rest = tail.segments.slice(1);
        const x = tail.segX?.[1] ?? tail.x;
        rests.set(tail, {
          ...tail,
          text: rest.join(' | '),
          segments: rest,
          x,
          segX: tail.segX?.slice(1),
          heading: undefined,
        });
      }
    }
    if (h && (h.strong || (!h.partial && inLabelColumn(l))) && !l.bullet) {
      const rest = l.segments.slice(1);
      out.push({ ...l, text: first!, segments: [first!], segX: l.segX?.slice(0, 1), xEnd: 0 });
      // the rest starts where its first cell does, so it lines up with the content below it
      const x = l.segX?.[1] ?? l.x;
      // and takes the size of the content below it: the row's size was the (larger) label's
      const below = lines.slice(i + 1, i + 4).find((n) => Math.abs(n.x - x) <= 2 && n.size > 0);
      const size = below ? Math.min(l.size, below.size) : l.size;
      out.push({
        ...l,
        text: rest.join(' | '),
        segments: rest,
        x,
        size,
        segX: l.segX?.slice(1),
        gapBefore: 0,
        heading: undefined,
      });
    } else out.push(l);
  });
  return out;
}

/**
 * A label set so close to its content that the two read as one piece ("Selected Projects Tiny
 * Compiler"): in a label column (other rows hold a heading cell, then content), a line at the
 * labels' left edge that starts with a heading is cut after it.
 */
function gluedLabel(l: DocLine, labelXs: number[], contentXs: number[]): DocLine {
  if (l.segments.length !== 1 || l.bullet || labelXs.length < 2 || !labelXs.some((x) => Math.abs(x - l.x) <= 2))
    return l;
  const words = l.text.trim().split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const rest = words.slice(n).join(' ');
    if (!matchHeading(head)?.strong || !/^[\p{Lu}\d]/u.test(rest)) continue;
    const x = contentXs.sort((a, b) => a - b)[Math.floor(contentXs.length / 2)] ?? l.x;
    return { ...l, text: `${head} | ${rest}`, segments: [head, rest], segX: [l.x, x] };
  }
  return l;
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
    const fits = c.segments.length === 1 || (c.segX?.length === c.segments.length && Math.abs(c.segX[0]! - l.x) <= 2);
    return fits && c.size === l.size && c.page === l.page ? c : null;
  }
  return null;
}

/**
 * A heading that wrapped in a narrow column ("COMPÉTENCES" over "TECHNIQUES"): two short lines in the
 * same style at the same left edge whose words together are a heading, the second alone none.
 */
export function joinWrappedHeadings(lines: DocLine[]): DocLine[] {
  const out: DocLine[] = [];
  const body = bodySize(lines);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const n = lines[i + 1];
    const single = (x: DocLine): boolean =>
      !x.bullet && x.segments.length === 1 && wordCount(x.text) <= 3 && !/[:,.|]/.test(x.text);
    const styled = isCaps(l.text) || l.heading !== undefined || (body > 0 && l.size >= body * 1.12);
    if (
      n &&
      l.size > 0 &&
      single(l) &&
      single(n) &&
      n.page === l.page &&
      Math.abs(n.x - l.x) <= 2 &&
      n.size === l.size &&
      (isCaps(l.text) === isCaps(n.text) || !isCaps(l.text)) &&
      styled &&
      n.gapBefore < 2.2 &&
      !matchHeading(n.text)
    ) {
      const text = `${l.text.trim()} ${n.text.trim()}`;
      if (matchHeading(text)?.strong) {
        out.push({ ...l, text, segments: [text], xEnd: Math.max(l.xEnd, n.xEnd) });
        i++;
        continue;
      }
    }
    const split = wrappedDateCell(l, lines.slice(i + 1, i + 3));
    if (split) {
      out.push(...split.lines);
      i += split.used;
      continue;
    }
    const wrappedYear =
      n && n.segments.length === 1 && /^(?:19|20)\d{2}$/.test(n.text.trim()) ? wrappedRangeEnd(l, n) : null;
    if (wrappedYear) {
      out.push(wrappedYear);
      i++;
      continue;
    }
    out.push(l);
  }
  return out;
}

const complete = (t: string): boolean => {
  const d = findDateRange(t);
  return Boolean(d && (d.end || d.current));
};

/**
 * A date column cell that wrapped ("agosto 2023–" over "actualidad", or over three lines), each
 * line beside content: the next lines' first cells, at the same left edge, complete the range; their
 * content stays.
 */
function wrappedDateCell(l: DocLine, next: DocLine[]): { lines: DocLine[]; used: number } | null {
  if (l.segments.length < 2 || !l.segX || complete(l.segments[0]!)) return null;
  let joined = l.segments[0]!;
  for (let k = 0; k < Math.min(2, next.length); k++) {
    const n = next[k]!;
    if (!n.segX || n.page !== l.page || Math.abs(n.segX[0]! - l.segX[0]!) > 2) return null;
    const b = n.segments[0]!;
    if (complete(b) || b.split(/\s+/).length > 3) return null;
    joined = `${joined} ${b}`.replace(/([–—-])\s+/, '$1 ');
    if (!complete(joined)) continue;
    const out = [
      { ...l, segments: [joined, ...l.segments.slice(1)], text: [joined, ...l.segments.slice(1)].join(' | ') },
    ];
    for (const m of next.slice(0, k + 1)) {
      const rest = m.segments.slice(1);
      if (rest.length)
        out.push({ ...m, segments: rest, text: rest.join(' | '), segX: m.segX!.slice(1), x: m.segX![1] ?? m.x });
    }
    return { lines: out, used: k + 1 };
  }
  return null;
}

/** A date range whose end wrapped onto the next line ("Chef de projet | nov. 2021 - déc." over "2024"). */
function wrappedRangeEnd(l: DocLine, n: DocLine): DocLine | null {
  const before = findDateRange(l.text);
  if (!before || before.end || before.current || !/\p{L}\.?\s*$/u.test(l.text)) return null;
  const text = `${l.text} ${n.text.trim()}`;
  const after = findDateRange(text);
  if (!after?.end || after.start !== before.start) return null;
  const segments = [...l.segments.slice(0, -1), `${l.segments[l.segments.length - 1]} ${n.text.trim()}`];
  return { ...l, text, segments, xEnd: Math.max(l.xEnd, n.xEnd) };
}

/** Groups lines into sections by their headings; lines before the first heading form the header. */
export function segmentSections(input: DocLine[]): Section[] {
  const lines = splitLabelRows(joinWrappedHeadings(input));
  const body = bodySize(lines);
  const headingLines: DocLine[] = [];
  const verdicts = lines.map((l) => {
    if (l.bullet || l.segments.length > 1) return null;
    const m = matchHeading(l.text);
    if (!m) return null;
    const c = cues(l, body);
    const explicit = l.heading !== undefined;
    const ok = m.partial
      ? explicit || c.big || (c.caps && !c.colon)
      : m.strong || explicit || c.big || c.caps || c.colon || c.spaced;
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
      sections.push({
        kind: inline.kind,
        title: inline.title,
        lines: [{ ...l, text: inline.rest, segments: [inline.rest] }],
      });
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
    // a column starting at the top with no heading of its own; not the content beside a label just read
    const cur = sections[sections.length - 1]!;
    if (l.blockStart && seenHeading && cur.kind !== 'header' && !(cur.lines.length === 0 && cur.kind !== 'loose')) {
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
