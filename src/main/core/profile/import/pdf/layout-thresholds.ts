/**
 * The layout thresholds of the PDF reader, named. Lengths in points (pt) or in em (multiples of the
 * font size); shares are fractions of the rows or fragments considered.
 */

// --- rows and fragments (pdf-fragments.ts)
/** Two runs share a baseline when their y differs by at most this share of the font size... */
export const ROW_TOLERANCE_EM = 0.35;
/** ...and never less than this. */
export const ROW_TOLERANCE_MIN_PT = 1.5;
/** A run starting at most this far (em) after the previous one continues its fragment; wider is a gutter. */
export const FRAGMENT_MAX_GAP_EM = 0.95;
/** A gap wider than this (em) between two runs of a fragment is a word space. */
export const WORD_GAP_EM = 0.12;
/** Font size assumed when pdf.js reports none. */
export const DEFAULT_FONT_SIZE_PT = 10;
/** An unmapped ligature glyph touches its neighbours within this distance... */
export const LIGATURE_TOUCH_PT = 0.6;
/** ...and is as wide as a ligature: between these widths (em); wider than LIGATURE_FFI_EM it is "ffi". */
export const LIGATURE_MIN_EM = 0.45;
export const LIGATURE_MAX_EM = 1.1;
export const LIGATURE_FFI_EM = 0.85;

// --- page furniture (pdf-lines.ts, read-pdf.ts)
/** A footer sits in the bottom share of the page... */
export const FOOTER_ZONE = 0.1;
/** ...at least this many line heights below the last body line. */
export const FOOTER_GAP_LINES = 3;
/** Running headers and page numbers sit above this share of the page height... */
export const TOP_MARGIN_ZONE = 0.93;
/** ...or below this one. */
export const BOTTOM_MARGIN_ZONE = 0.06;
/** A block whose top is above this share of the page height starts a column (not a continuation). */
export const COLUMN_TOP_ZONE = 0.8;
/** Left or right edges within this distance are the same edge. */
export const EDGE_TOLERANCE_PT = 2;

// --- columns (pdf-columns.ts)
/** The narrowest white gutter between two columns. */
export const GUTTER_PT = 3.5;
/** Right-aligned side notes end within this distance of their common right edge... */
export const RIGHT_ALIGN_TOLERANCE_PT = 3;
/** ...for at least this share of them. */
export const RIGHT_ALIGNED_SHARE = 0.8;
/** A side is notes (dates, places) when this share of its fragments is one. */
export const NOTES_SHARE = 0.7;
/** Side notes sit on the other side's rows for at least this share of their rows... */
export const ON_ROWS_SHARE = 0.7;
/** ...and right-aligned labels, whose long ones wrap onto rows of their own, for this share. */
export const WRAPPED_LABELS_ON_ROWS_SHARE = 0.5;
/** A label column holds labels of at most this many words... */
export const LABEL_MAX_WORDS = 4;
/** ...for this share of its fragments, on at most this share of the content's rows. */
export const LABEL_SHARE = 0.7;
export const LABEL_ROWS_SHARE = 0.5;
/** A label sits on its content's first baseline within this share of its font size. */
export const LABEL_BASELINE_EM = 0.12;
/** A label that wrapped continues on a line at most this many font sizes below. */
export const WRAPPED_LABEL_LEADING_EM = 1.6;
/** A column needs at least this many characters. */
export const COLUMN_MIN_CHARS = 20;
/** Recursion depth of the column cut, and the fragment count above which a page is read as one block. */
export const MAX_COLUMN_DEPTH = 6;
export const MAX_COLUMN_FRAGMENTS = 2500;

// --- page-2 continuation (read-pdf.ts)
/** Page 2 opens in the page-1 column whose left edge is within this distance... */
export const CONTINUATION_EDGE_PT = 6;
/** ...and not in the last column, whose left edge is at least this far away. */
export const OTHER_COLUMN_MIN_PT = 40;
