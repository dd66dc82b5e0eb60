import { findDateRange, isDateOnly } from './dates';
import { hasEntryDate, toItems, type Item } from './paragraphs';
import type { DocLine } from './lines';

/** A raw entry of a list section (a job, a degree, a project): its header items and its body. */
export interface RawEntry {
  heads: Item[];
  bullets: string[];
  paras: string[];
  /** Bullets and paragraphs in the order they came. */
  body: string[];
}

const isUrlOnly = (s: string): boolean => /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(\.[a-z0-9-]+)+\/\S*$/i.test(s.trim());

/** Splits a section into entries: a new entry starts where a header follows a body, or at a larger gap. */
export function splitEntries(lines: DocLine[]): RawEntry[] {
  const items = toItems(lines);
  // the spacing of lines inside an entry: the lower quartile, as entries of two lines (a project and
  // its description) put as many larger gaps between entries as there are lines within them
  const gap0 = lineGap(lines);
  const textual = lines.length > 0 && lines.every((l) => !l.size) && lines.some((l) => l.gapBefore === 0);
  const entries: RawEntry[] = [];
  let cur: RawEntry | null = null;
  let curHasDate = false;
  for (const it of items) {
    if (isUrlOnly(it.text) && cur) {
      cur.heads.push(it);
      continue;
    }
    if (it.kind === 'head') {
      const hasDate = hasEntryDate(it.text, it.segments);
      const opensEntry = hasDate && startsNewDate(it);
      // text formats have no geometry: a blank line (gap 1 among gaps of 0) is the large gap
      const bigGap = textual ? it.gapBefore > 0 : gap0 > 0 && it.gapBefore > gap0 * 1.25 + 0.05;
      const startNew =
        !cur ||
        it.marked ||
        cur.bullets.length > 0 ||
        cur.paras.length > 0 ||
        (opensEntry && curHasDate) ||
        // entries whose first line is bold: a bold line after plain ones opens the next entry
        (it.bold && cur.heads[0]?.bold === true && cur.heads[cur.heads.length - 1]?.bold === false) ||
        // a date line after an undated header completes it, however far below it sits; so does a dated
        // line under a one-line undated header (Awesome-CV: employer, then "Position | dates" in smaller type)
        (bigGap &&
          cur.heads.length > 0 &&
          !(hasDate && !curHasDate && (isDateOnly(it.text) || cur.heads.length === 1)));
      if (startNew) {
        cur = { heads: [], bullets: [], paras: [], body: [] };
        entries.push(cur);
        curHasDate = false;
      }
      cur!.heads.push(it);
      curHasDate ||= hasDate;
      continue;
    }
    if (!cur) {
      cur = { heads: [], bullets: [], paras: [], body: [] };
      entries.push(cur);
      curHasDate = false;
    }
    if (it.kind === 'bullet') cur.bullets.push(it.text);
    else cur.paras.push(it.text);
    cur.body.push(it.text);
  }
  return entries.filter((e) => e.heads.length || e.bullets.length || e.paras.length);
}

/**
 * A second date opens a new entry when it is a range, stands in its own cell, or leads the line;
 * a lone date after a comma ("..., expected March 2016") belongs to the entry at hand.
 */
function startsNewDate(it: Item): boolean {
  const r = findDateRange(it.text);
  if (!r) return false;
  if (r.end || r.current) return true;
  if (r.index <= 2) return true;
  const cells = it.segments.flatMap((s) => s.split(/\s+[|·•]\s+|\s*\|\s*/));
  return cells.some((c) => isDateOnly(c));
}

function lineGap(lines: DocLine[]): number {
  const gaps = lines
    .map((l) => l.gapBefore)
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  if (!gaps.length) return 0;
  return gaps[Math.floor(gaps.length / (gaps.length >= 4 ? 4 : 2))]!;
}
