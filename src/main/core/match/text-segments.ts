import { headingKind, type SectionKind } from './strength';

/** A sentence of a job text with its absolute offsets and the kind of section it sits in. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  section: SectionKind;
  heading: string | null;
}

const SENTENCE_END = /[.!?;](?=\s+[\p{Lu}\d•*-])|[.!?;](?=\s*$)/gu;
const BULLET = /^\s*(?:[-*•·▪◦‣–]|\d{1,2}[.)])\s+/;
const INLINE_LABEL = /^\s*(?:[-*•]\s*)?([^:\n]{2,40}):\s*\S/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push({ start, end, text: text.slice(start, end).replace(/\r$/, '') });
    start = end + 1;
  }
  return out;
}

/**
 * Splits a text into sentences (and bullet items), joining hard-wrapped lines, and tracks the
 * section each sits in: a heading line sets it until the next heading; an inline label
 * ("Requirements: ...") sets it until the end of its paragraph.
 */
export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  let section: SectionKind = 'neutral';
  let heading: string | null = null;
  let paragraphSection: SectionKind | null = null;
  let logical: { start: number; end: number } | null = null;
  let prevEndsSentence = true;
  let prevLength = 0;

  let lineOnly = false;
  const flush = () => {
    if (logical) splitSentences(segments, text, logical.start, logical.end, paragraphSection ?? section, heading);
    logical = null;
    if (lineOnly) paragraphSection = null;
    lineOnly = false;
  };

  for (const line of linesOf(text)) {
    const trimmed = line.text.trim();
    if (!trimmed) {
      flush();
      paragraphSection = null;
      prevEndsSentence = true;
      continue;
    }
    const kind = headingKind(line.text);
    if (kind && !INLINE_LABEL.test(line.text)) {
      flush();
      section = kind;
      heading = trimmed;
      paragraphSection = null;
      prevEndsSentence = true;
      continue;
    }
    const label = INLINE_LABEL.exec(line.text);
    const labelKind = label?.[1] ? headingKind(`${label[1]}:`) : null;
    // A hard-wrapped paragraph has long lines; after a short line, a capital starts a new line.
    const startsNew =
      prevEndsSentence || BULLET.test(line.text) || labelKind !== null || (prevLength < 50 && /^\p{Lu}/u.test(trimmed));
    if (startsNew || !logical) {
      flush();
      // "Requirements: Python, SQL, ... (wrapped)" sets its paragraph; a short "Salary: 70k" only itself.
      if (labelKind && labelKind !== 'neutral') paragraphSection = labelKind;
      else if (!startsNew || !label) void 0;
      else paragraphSection = null;
      logical = { start: line.start, end: line.end };
      lineOnly = labelKind !== null && trimmed.length <= 60;
    } else {
      logical.end = line.end;
    }
    prevLength = trimmed.length;
    prevEndsSentence =
      /[.!?;:]$/.test(trimmed) || (trimmed.length < 40 && !/[,]$/.test(trimmed) && BULLET.test(line.text));
  }
  flush();
  return segments;
}

function splitSentences(
  out: Segment[],
  text: string,
  start: number,
  end: number,
  section: SectionKind,
  heading: string | null,
) {
  const chunk = text.slice(start, end);
  let from = 0;
  for (const m of chunk.matchAll(SENTENCE_END)) {
    push(out, text, start + from, start + m.index + 1, section, heading);
    from = m.index + 1;
  }
  push(out, text, start + from, end, section, heading);
}

function push(out: Segment[], text: string, start: number, end: number, section: SectionKind, heading: string | null) {
  while (start < end && /\s/.test(text[start]!)) start++;
  if (start >= end) return;
  out.push({ start, end, text: text.slice(start, end), section, heading });
}
