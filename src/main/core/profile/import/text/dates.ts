/**
 * Dates and date ranges as CVs write them, in English, German, French and Spanish:
 * "Jan 2020 – Present", "03/2019 - 01/2022", "2016 to 2018", "Sept 2018 – May 2023",
 * "Summer 2022", "seit 2021", "janv. 2020 - aujourd'hui", "enero 2019 - actualidad".
 */

const MONTHS: Record<string, number> = {};
const addMonths = (names: string[][]): void =>
  names.forEach((aliases, i) => aliases.forEach((a) => (MONTHS[a] = i + 1)));
addMonths([
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'fev', 'febrero'],
  ['march', 'mar', 'märz', 'maerz', 'mär', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo'],
  ['june', 'jun', 'juni', 'juin', 'junio'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sept', 'sep', 'septembre', 'septiembre', 'setiembre'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic'],
]);

const SEASONS = ['spring', 'summer', 'fall', 'autumn', 'winter', 'frühjahr', 'sommer', 'herbst', 'été', 'verano', 'invierno', 'otoño', 'primavera'];
const PRESENT = [
  'present', 'current', 'currently', 'now', 'today', 'ongoing', 'date',
  'heute', 'aktuell', 'jetzt', 'dato',
  "aujourd'hui", 'aujourd’hui', 'actuel', 'présent', 'en cours',
  'actualidad', 'presente', 'actual', 'hoy',
];

const alt = (words: string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, '\\.')).join('|');

const MONTH_RE = alt(Object.keys(MONTHS));
const ATOM = [
  `(?:${MONTH_RE})\\.?,?\\s*(?:\\d{1,2},?\\s+)?(?:19|20)\\d{2}`,
  `(?:${alt(SEASONS)})\\s+(?:19|20)\\d{2}`,
  `(?:0?[1-9]|1[0-2])\\s*[./]\\s*(?:19|20)\\d{2}`,
  `(?:19|20)\\d{2}\\s*[-/.]\\s*(?:0[1-9]|1[0-2])(?![\\d.])`,
  `(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.(?:19|20)\\d{2}`,
  `(?:19|20)\\d{2}`,
].join('|');
const END_ATOM = `${ATOM}|${alt(PRESENT)}`;
const SEP = `\\s*(?:–|—|-|‑|−|~|to|until|till|through|bis|au|à|a|al|hasta|jusqu'à)\\s*`;
const RANGE_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:since|seit|depuis|desde)\\s+)?(${ATOM})(?:(${SEP})(${END_ATOM}))?(?![\\p{L}\\d])`,
  'iu',
);
const SINCE_RE = /^(since|seit|depuis|desde)\b/i;

export interface DateRange {
  start?: string;
  end?: string;
  /** The range runs to today ("Present", "heute"...). */
  current: boolean;
  /** Where the match sits in the text, to cut it out. */
  index: number;
  length: number;
}

/** Parses one date atom ("Sept 2018", "03/2019", "2021", "Summer 2022") into "YYYY" or "YYYY-MM". */
export function parseDateAtom(raw: string): string | undefined {
  const s = raw.trim().toLowerCase();
  let m = s.match(/^(\p{L}+)\.?,?\s*(?:\d{1,2},?\s+)?((?:19|20)\d{2})$/u);
  if (m) {
    const month = MONTHS[m[1]!];
    if (month) return `${m[2]}-${String(month).padStart(2, '0')}`;
    return m[2];
  }
  m = s.match(/^(\d{1,2})\s*[./]\s*(\d{4})$/);
  if (m) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  m = s.match(/^(\d{4})\s*[-/.]\s*(\d{2})$/);
  if (m) return `${m[1]}-${m[2]}`;
  m = s.match(/^\d{1,2}\.(\d{1,2})\.(\d{4})$/);
  if (m) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  m = s.match(/^(\d{4})$/);
  if (m) return m[1];
  return undefined;
}

const isPresent = (s: string): boolean => PRESENT.includes(s.trim().toLowerCase());

/** Finds the first date or date range in `text`. */
export function findDateRange(text: string): DateRange | null {
  const m = RANGE_RE.exec(text);
  if (!m) return null;
  const start = parseDateAtom(m[1]!);
  if (!start) return null;
  const endRaw = m[3];
  const since = SINCE_RE.test(m[0]);
  if (endRaw === undefined) {
    return { start, end: since ? undefined : undefined, current: since, index: m.index, length: m[0].length };
  }
  if (isPresent(endRaw)) return { start, current: true, index: m.index, length: m[0].length };
  const end = parseDateAtom(endRaw);
  return { start, end, current: false, index: m.index, length: m[0].length };
}

/** True when the text is essentially a date range and nothing else (allowing a duration). */
export function isDateOnly(text: string): boolean {
  const r = findDateRange(text);
  if (!r) return false;
  const rest = (text.slice(0, r.index) + text.slice(r.index + r.length))
    .replace(/\(?\d+\s*(years?|yrs?|months?|mos?|jahre?|monate?|ans?|mois|años?|meses)\b\)?/gi, '')
    .replace(/[\s,;:|()·•–—-]+/g, '');
  return rest.length === 0;
}

/** Removes a date range from text and tidies the separators left behind. */
export function stripDateRange(text: string, r: DateRange): string {
  return tidy(text.slice(0, r.index) + ' ' + text.slice(r.index + r.length));
}

export function tidy(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;])/g, '$1')
    .replace(/^[\s,;:|·•–—-]+|[\s,;:|·•–—(-]+$/g, '')
    .trim();
}

/** "2 years 10 months", "4 months": durations printed beside dates. */
export function isDuration(text: string): boolean {
  return /^\(?\s*(\d+\s*(years?|yrs?|months?|mos?|jahre?|monate?|ans?|mois|años?|meses)\s*(and|,)?\s*)+\)?$/i.test(text.trim());
}
