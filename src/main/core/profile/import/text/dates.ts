/**
 * Dates and date ranges as CVs write them, in English, German, French and Spanish:
 * "Jan 2020 – Present", "03/2019 - 01/2022", "2016 to 2018", "Sept 2018 – May 2023",
 * "Summer 2022", "seit 2021", "janv. 2020 - aujourd'hui", "enero 2019 - actualidad".
 */

const MONTHS: Record<string, number> = {};
const addMonths = (names: string[][]): void =>
  names.forEach((aliases, i) => aliases.forEach((a) => (MONTHS[a] = i + 1)));
addMonths([
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'janeiro', 'januari', 'январь', 'января', 'янв'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'fev', 'febrero', 'febbraio', 'fevereiro', 'februari', 'февраль', 'февраля', 'фев'],
  ['march', 'mar', 'märz', 'maerz', 'mär', 'mars', 'marzo', 'março', 'maart', 'март', 'марта', 'мар'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'апрель', 'апреля', 'апр'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'май', 'мая'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'июнь', 'июня', 'июн'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'julho', 'июль', 'июля', 'июл'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'август', 'августа', 'авг'],
  ['september', 'sept', 'sep', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'сентябрь', 'сентября', 'сен', 'сент'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'outubro', 'октябрь', 'октября', 'окт'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'ноябрь', 'ноября', 'ноя'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'декабрь', 'декабря', 'дек'],
]);

const SEASONS = ['spring', 'summer', 'fall', 'autumn', 'winter', 'frühjahr', 'sommer', 'herbst', 'été', 'verano', 'invierno', 'otoño', 'primavera'];
const PRESENT = [
  'present', 'current', 'currently', 'now', 'today', 'ongoing', 'date',
  'heute', 'aktuell', 'jetzt', 'dato',
  "aujourd'hui", 'aujourd’hui', 'actuel', 'présent', 'en cours',
  'actualidad', 'presente', 'actual', 'hoy', 'oggi', 'atual', 'heden', 'nu',
  'настоящее время', 'по настоящее время', 'н.в.', 'наст. время', 'сейчас',
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
const SEP = `\\s*(?:–|—|-|‑|−|~|to|until|till|through|bis|au|à|a|al|hasta|jusqu'à|по|tot|até)\\s*`;
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
  /** A start with a dash and no end: the end is unknown. */
  open?: boolean;
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
    // "Apr 2021 –" with nothing after the dash: a range whose end we do not know, not a single date
    const open = /^\s*[–—-]\s*$/.test(text.slice(m.index + m[0].length));
    return { start, current: since, open, index: m.index, length: m[0].length };
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

/** A piece of a date column: a date or range, a range cut by a line wrap ("Jan 2019 to"), or "Present". */
export function isDateNote(text: string): boolean {
  const t = text.trim();
  if (isDateOnly(t) || PRESENT.includes(t.toLowerCase())) return true;
  const cut = t.replace(/\s*(?:[–—-]|\bto|\bbis|\bau|\bhasta|\buntil|(?<=\s)(?:à|a|al))\s*$/i, '');
  return cut !== t && isDateOnly(cut);
}
