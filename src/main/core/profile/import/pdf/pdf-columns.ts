import { parseLocation } from '../text/contact';
import {
  COLUMN_MIN_CHARS,
  EDGE_TOLERANCE_PT,
  GUTTER_PT,
  LABEL_BASELINE_EM,
  LABEL_MAX_WORDS,
  LABEL_ROWS_SHARE,
  LABEL_SHARE,
  MAX_COLUMN_DEPTH,
  MAX_COLUMN_FRAGMENTS,
  NOTES_SHARE,
  ON_ROWS_SHARE,
  WRAPPED_LABELS_ON_ROWS_SHARE,
  RIGHT_ALIGN_TOLERANCE_PT,
  RIGHT_ALIGNED_SHARE,
  ROW_TOLERANCE_EM,
  ROW_TOLERANCE_MIN_PT,
  WRAPPED_LABEL_LEADING_EM,
} from './layout-thresholds';
import { isDateNote, isDuration } from '../text/dates';
import { matchHeading } from '../text/headings';
import { rowsOf, type Frag } from './pdf-fragments';

/**
 * Reading order for multi-column pages: a recursive cut along vertical gutters. A gutter counts
 * when a run of rows has text on both sides and nothing across it; side notes (right-aligned dates,
 * a label column of headings) are not columns and stay on their rows.
 */

interface Split {
  above: Frag[];
  left: Frag[];
  right: Frag[];
  below: Frag[];
  score: number;
  /** A label column: headings on the left, each opening a band of content to its right. */
  labels?: Frag[];
  /** Labels that wrapped in their narrow column: the label's first line -> its second. */
  tails?: Map<Frag, Frag>;
}

const isLabelHeading = (f: Frag): boolean => {
  const m = matchHeading(f.text);
  return Boolean(m && (m.strong || /^[^a-z]+$/.test(f.text)));
};

const isWeakHeading = (f: Frag): boolean => {
  const m = matchHeading(f.text);
  return Boolean(m && !m.partial && m.kind !== 'other');
};

/**
 * Labels that wrap in a narrow label column ("Education and" over "Training"): a line that is no
 * heading alone but is one joined with the line right below it, at the same left edge.
 */
function wrappedLabels(side: Frag[]): Map<Frag, Frag> {
  const out = new Map<Frag, Frag>();
  for (const f of side) {
    if (isLabelHeading(f)) continue;
    const below = side.filter(
      (g) =>
        g !== f &&
        Math.abs(g.x0 - f.x0) <= EDGE_TOLERANCE_PT &&
        f.y - g.y > 0 &&
        f.y - g.y <= f.size * WRAPPED_LABEL_LEADING_EM,
    );
    const next = below.sort((a, b) => b.y - a.y)[0];
    if (next && !isLabelHeading(next) && isLabelHeading({ ...f, text: `${f.text} ${next.text}` })) out.set(f, next);
  }
  return out;
}

const chars = (fs: Frag[]): number => fs.reduce((n, f) => n + f.text.length, 0);

function rightAligned(fs: Frag[]): boolean {
  if (fs.length < 2) return false;
  const edge = Math.max(...fs.map((f) => f.x1));
  return fs.filter((f) => edge - f.x1 <= RIGHT_ALIGN_TOLERANCE_PT).length >= fs.length * RIGHT_ALIGNED_SHARE;
}

const notesLike = (fs: Frag[]): boolean =>
  fs.filter((f) => isDateNote(f.text) || isDuration(f.text) || parseLocation(f.text)).length >= fs.length * NOTES_SHARE;

/**
 * Side notes, not columns: one side sits on the other side's rows and is right-aligned dates or
 * places, or is much sparser (a label column).
 */
function isAnnotation(left: Frag[], right: Frag[], narrow: Frag[]): boolean {
  const wide = narrow === left ? right : left;
  const nRows = rowsOf(narrow);
  const wRows = rowsOf(wide);
  const [fewer, other] = nRows.length <= wRows.length ? [narrow, wide] : [wide, narrow];
  const fRows = rowsOf(fewer);
  const share = (tol: number): number =>
    fRows.filter((r) => other.some((w) => Math.abs(w.y - r[0]!.y) <= Math.max(1, r[0]!.size * tol))).length /
    fRows.length;
  // labels set flush right against the gutter (the 2002 Europass) wrap onto rows of their own
  const labelColumn = narrow === left && rightAligned(left);
  if (share(ROW_TOLERANCE_EM) < (labelColumn ? WRAPPED_LABELS_ON_ROWS_SHARE : ON_ROWS_SHARE)) return false;
  // a label column sits exactly on its content's first baseline; a sidebar only now and then
  // and holds labels (a few words each), not running text: a second column of prose on the same
  // baseline grid (same font, same leading) is a column
  const labelLike =
    narrow.filter((f) => f.text.split(/\s+/).length <= LABEL_MAX_WORDS).length >= narrow.length * LABEL_SHARE;
  const sparse =
    nRows.length <= wRows.length * LABEL_ROWS_SHARE && share(LABEL_BASELINE_EM) >= ON_ROWS_SHARE && labelLike;
  return (
    sparse || notesLike(left) || notesLike(right) || rightAligned(right) || (narrow === left && rightAligned(left))
  );
}

function longestRun(blocked: boolean[]): [number, number] | null {
  let best: [number, number] | null = null;
  let start = -1;
  for (let i = 0; i <= blocked.length; i++) {
    if (i < blocked.length && !blocked[i]) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && (!best || i - 1 - start > best[1] - best[0])) best = [start, i - 1];
    start = -1;
  }
  return best;
}

function findSplit(frags: Frag[]): Split | null {
  const rows = rowsOf(frags);
  if (rows.length < 2) return null;
  const rowOf = new Map<Frag, number>();
  rows.forEach((r, i) => r.forEach((f) => rowOf.set(f, i)));
  const candidates = [...new Set(frags.map((f) => Math.round(f.x0)))].sort((a, b) => a - b).slice(1);
  let best: Split | null = null;
  let labelBest: Split | null = null;
  for (const c of candidates) {
    const blocked = rows.map((r) => r.some((f) => f.x0 < c - 1 && f.x1 > c - GUTTER_PT));
    for (let attempt = 0; attempt < 3; attempt++) {
      const run = longestRun(blocked);
      if (!run) break;
      const [r0, r1] = run;
      const inRun = frags.filter((f) => rowOf.get(f)! >= r0 && rowOf.get(f)! <= r1);
      const left = inRun.filter((f) => f.x1 <= c - GUTTER_PT + 0.01);
      const right = inRun.filter((f) => f.x0 >= c - 1);
      if (!left.length || !right.length) break;
      // Section headings on one side only: the sides are one section's grid, not columns; a
      // heading ends such a grid, so the run may not span it.
      const tails = wrappedLabels(left);
      const hl = left.filter((f) => isLabelHeading(f) || tails.has(f));
      const hr = right.filter(isLabelHeading);
      // a weak heading word alone in its fragment ("Work", "Career") counts as a side's heading here
      const sl = left.filter((f) => hl.includes(f) || isWeakHeading(f));
      const sr = right.filter((f) => hr.includes(f) || isWeakHeading(f));
      if (sl.length > 0 !== sr.length > 0) {
        const heads = [...sl, ...sr];
        const lc0 = chars(left);
        const rc0 = chars(right);
        const narrowSide = lc0 < rc0 ? left : right;
        if (!(isAnnotation(left, right, narrowSide) && heads.every((h) => left.includes(h)) && hl.length >= 2)) {
          for (const h of heads) blocked[rowOf.get(h)!] = true;
          continue;
        }
      }
      const lc = chars(left);
      const rc = chars(right);
      if (rowsOf(left).length < 2 || rowsOf(right).length < 2 || lc < COLUMN_MIN_CHARS || rc < COLUMN_MIN_CHARS) break;
      const narrow = lc < rc ? left : right;
      // section headings on both sides: two columns of sections, whatever their line grid
      if (!(hl.length && hr.length) && isAnnotation(left, right, narrow)) {
        const labels = narrow === left && !right.some(isLabelHeading) ? hl : [];
        if (labels.length >= 2 && (!labelBest || labels.length > labelBest.labels!.length)) {
          labelBest = { above: [], left: [], right: [], below: [], score: 0, labels, tails };
        }
        break;
      }
      const score = Math.min(lc, rc);
      if (!best || score > best.score) {
        best = {
          above: frags.filter((f) => rowOf.get(f)! < r0),
          left,
          right,
          below: frags.filter((f) => rowOf.get(f)! > r1),
          score,
        };
      }
      break;
    }
  }
  return labelBest ?? best;
}

/** Cuts the page into bands at each label-column heading: the heading, then its content. */
function labelBands(frags: Frag[], labels: Frag[], depth: number, tails: Map<Frag, Frag>): Frag[][] {
  const heads = [...labels].sort((a, b) => b.y - a.y);
  const tailSet = new Set(tails.values());
  const tol = (f: Frag): number => Math.max(ROW_TOLERANCE_MIN_PT, f.size * ROW_TOLERANCE_EM);
  const above = frags.filter((f) => f.y > heads[0]!.y + tol(heads[0]!));
  const out = orderBlocks(above, depth + 1);
  heads.forEach((h, i) => {
    const next = heads[i + 1];
    const band = frags.filter(
      (f) => f !== h && !tailSet.has(f) && f.y <= h.y + tol(h) && (!next || f.y > next.y + tol(next)),
    );
    const tail = tails.get(h);
    out.push(
      [tail ? { ...h, text: `${h.text} ${tail.text}`, x1: Math.max(h.x1, tail.x1) } : h],
      ...orderBlocks(band, depth + 1),
    );
  });
  return out;
}

/** Orders a page's fragments into blocks; each block is read top to bottom, blocks in order. */
export function orderBlocks(frags: Frag[], depth = 0): Frag[][] {
  if (!frags.length) return [];
  // column search is quadratic; a page this dense is not a CV layout worth the time
  const split = depth < MAX_COLUMN_DEPTH && frags.length <= MAX_COLUMN_FRAGMENTS ? findSplit(frags) : null;
  if (!split) return [frags];
  if (split.labels) return labelBands(frags, split.labels, depth, split.tails ?? new Map());
  return [
    ...orderBlocks(split.above, depth + 1),
    ...orderBlocks(split.left, depth + 1),
    ...orderBlocks(split.right, depth + 1),
    ...orderBlocks(split.below, depth + 1),
  ];
}
