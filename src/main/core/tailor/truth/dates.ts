/**
 * Dates as people write them ("March 2021", "Mar. 2021", "03/2021", "2021-03", "2021") reduced to
 * a year and, when given, a month, so a reformatted date still matches the profile's "2021-03".
 */

export interface DateClaim {
  year: number;
  month: number | null;
  start: number;
  end: number;
  text: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = '((?:19|20)\\d{2})';

const PATTERNS: { re: RegExp; read(m: RegExpExecArray): { year: number; month: number | null } | null }[] = [
  {
    re: new RegExp(`\\b${MONTH_NAME}\\.?,?\\s+(?:\\d{1,2},?\\s+)?${YEAR}\\b`, 'gi'),
    read: (m) => ({ year: Number(m[2]), month: MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1 }),
  },
  {
    re: new RegExp(`\\b${YEAR}-(0[1-9]|1[0-2])(?:-\\d{2})?\\b`, 'g'),
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]) }),
  },
  {
    re: new RegExp(`\\b(0?[1-9]|1[0-2])[/.]${YEAR}\\b`, 'g'),
    read: (m) => ({ year: Number(m[2]), month: Number(m[1]) }),
  },
  {
    re: new RegExp(`(?<![\\d$€£.,])${YEAR}(?![\\d%]|[.,]\\d|\\s?(?:%|percent))`, 'g'),
    read: (m) => ({ year: Number(m[1]), month: null }),
  },
];

const DATE_FOLLOWERS = new Set([
  'to',
  'and',
  'until',
  'till',
  'through',
  'onwards',
  'onward',
  'when',
  'while',
  'as',
  'at',
  'in',
  'on',
  'for',
  'with',
  'i',
  'we',
  'after',
  'before',
  'the',
  'a',
  'by',
  'from',
  'where',
]);

/** "2000 users": a bare four-digit number followed by a lower-case noun counts something; not a year. */
function countsSomething(text: string, end: number): boolean {
  const next = /^\s+([a-z][a-z-]*)/.exec(text.slice(end, end + 30))?.[1];
  return next !== undefined && !DATE_FOLLOWERS.has(next);
}

/** Every date written in a text. A span is read once (the most specific pattern first). */
export function findDates(text: string): DateClaim[] {
  const out: DateClaim[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((d) => start < d.end && end > d.start)) continue;
      const read = p.read(m);
      if (read && read.month === null && countsSomething(text, end)) continue;
      if (read) out.push({ ...read, start, end, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A profile date ("2021", "2021-03", "2021-03-14") as year and month. */
export function parseProfileDate(date: string | undefined): { year: number; month: number | null } | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : null } : null;
}

/** Months between two profile dates (end inclusive of its month); null when the start is unknown. */
export function monthsBetween(start: string | undefined, end: string | undefined, asOf: Date): number | null {
  const s = parseProfileDate(start);
  if (!s) return null;
  const e = parseProfileDate(end) ?? { year: asOf.getUTCFullYear(), month: asOf.getUTCMonth() + 1 };
  return (e.year - s.year) * 12 + ((e.month ?? 12) - (s.month ?? 1)) + 1;
}
