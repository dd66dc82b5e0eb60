/**
 * Dates and date ranges as CVs and exports write them, the one date grammar of the importer:
 * "Jan 2020 – Present", "03/2019 - 01/2022", "2016 to 2018", "Sept 2018 – May 2023", "Summer 2022",
 * "seit 2021", "janv. 2020 - aujourd'hui", "enero 2019 - actualidad", "сент. 2018 – н.в.",
 * Chinese and Japanese "2015 年 3 月 – 至今", "2013.09–2016.06", "平成27年4月～令和2年3月 現在",
 * and the ISO forms of structured exports ("2021-03-14T10:00:00Z").
 */

const MONTHS: Record<string, number> = {};
const addMonths = (names: string[][]): void =>
  names.forEach((aliases, i) => aliases.forEach((a) => (MONTHS[a] = i + 1)));
addMonths([
  [
    'january',
    'jan',
    'januar',
    'jänner',
    'janvier',
    'janv',
    'enero',
    'ene',
    'gennaio',
    'janeiro',
    'januari',
    'январь',
    'января',
    'янв',
  ],
  [
    'february',
    'feb',
    'februar',
    'février',
    'fevrier',
    'févr',
    'fevr',
    'fév',
    'fev',
    'febrero',
    'febbraio',
    'fevereiro',
    'februari',
    'февраль',
    'февраля',
    'фев',
  ],
  ['march', 'mar', 'märz', 'maerz', 'mär', 'mars', 'marzo', 'março', 'maart', 'март', 'марта', 'мар'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'апрель', 'апреля', 'апр'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'май', 'мая'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'июнь', 'июня', 'июн'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'julho', 'июль', 'июля', 'июл'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'август', 'августа', 'авг'],
  [
    'september',
    'sept',
    'sep',
    'septembre',
    'septiembre',
    'setiembre',
    'settembre',
    'setembro',
    'сентябрь',
    'сентября',
    'сен',
    'сент',
  ],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'outubro', 'октябрь', 'октября', 'окт'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'ноябрь', 'ноября', 'ноя'],
  [
    'december',
    'dec',
    'dezember',
    'dez',
    'décembre',
    'decembre',
    'déc',
    'diciembre',
    'dic',
    'dicembre',
    'dezembro',
    'декабрь',
    'декабря',
    'дек',
  ],
]);

const SEASONS = [
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
  'frühjahr',
  'sommer',
  'herbst',
  'été',
  'verano',
  'invierno',
  'otoño',
  'primavera',
];
const PRESENT = [
  'present',
  'current',
  'currently',
  'now',
  'today',
  'ongoing',
  'date',
  'heute',
  'aktuell',
  'jetzt',
  'dato',
  "aujourd'hui",
  'aujourd’hui',
  'actuel',
  'présent',
  'en cours',
  'actualidad',
  'presente',
  'actual',
  'hoy',
  'oggi',
  'atual',
  'heden',
  'nu',
  'настоящее время',
  'по настоящее время',
  'н.в.',
  'наст. время',
  'сейчас',
  '至今',
  '今',
  '现在',
  '現在',
  '目前',
  '在职',
  '在職',
  '現職',
  '現在に至る',
  '在籍中',
];
/** Japanese eras: the Gregorian year before each era's first year. */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, R: 2018, H: 1988, S: 1925 };
const ERA_YEAR = `(?:令和|平成|昭和|[RHS])\\s*(?:\\d{1,2}|元)\\s*年`;
const CJK_MONTH = `\\s*(?:0?[1-9]|1[0-2])\\s*月(?:\\s*\\d{1,2}\\s*日)?`;

const alt = (words: string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\./g, '\\.'))
    .join('|');

const MONTH_RE = alt(Object.keys(MONTHS));
const ATOM = [
  `(?:19|20)\\d{2}\\s*年(?:${CJK_MONTH})?`,
  `${ERA_YEAR}(?:${CJK_MONTH})?`,
  `(?:${MONTH_RE})\\.?,?\\s*(?:\\d{1,2},?\\s+)?(?:19|20)\\d{2}`,
  `(?:${alt(SEASONS)})\\s+(?:19|20)\\d{2}`,
  `(?:0?[1-9]|1[0-2])\\s*[./]\\s*(?:19|20)\\d{2}`,
  `(?:19|20)\\d{2}\\s*[-/.]\\s*(?:0[1-9]|1[0-2])(?![\\d.])`,
  `(?:19|20)\\d{2}\\s*[./]\\s*[1-9](?![\\d.])`,
  `(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.(?:19|20)\\d{2}`,
  `(?:19|20)\\d{2}`,
].join('|');
/** Letters that may not touch a date; CJK text runs straight into dates ("2015年3月至今腾讯"). */
const NOT_CJK_LETTER = '\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}';
const END_ATOM = `${ATOM}|${alt(PRESENT)}`;
const SEP = `\\s*(?:–|—|-|‑|−|~|〜|～|至|から|to|until|till|through|bis|au|à|a|al|hasta|jusqu'à|по|tot|até)\\s*`;
const RANGE_RE = new RegExp(
  `(?<![${NOT_CJK_LETTER}\\d])(?:(?:since|seit|depuis|desde)\\s+)?(${ATOM})(?:(${SEP})(${END_ATOM}))?(?![${NOT_CJK_LETTER}\\d])`,
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

const pad2 = (n: number | string): string => String(n).padStart(2, '0');
const validMonth = (m: number): boolean => m >= 1 && m <= 12;
const yearMonth = (y: number | string, m: number | string): string =>
  validMonth(Number(m)) ? `${y}-${pad2(m)}` : String(y);

/** Parses one date atom ("Sept 2018", "03/2019", "2021", "Summer 2022", "2015年3月", "平成27年") into "YYYY" or "YYYY-MM". */
export function parseDateAtom(raw: string): string | undefined {
  const s = raw.trim().toLowerCase();
  let m = s.match(/^(\d{4})\s*年(?:\s*(\d{1,2})\s*月)?/);
  if (m) return m[2] ? yearMonth(m[1]!, m[2]) : m[1];
  m = s.match(/^(令和|平成|昭和|[rhs])\s*(\d{1,2}|元)\s*年(?:\s*(\d{1,2})\s*月)?/u);
  if (m) {
    const y = ERAS[m[1]!.toUpperCase()]! + (m[2] === '元' ? 1 : Number(m[2]));
    return m[3] ? yearMonth(y, m[3]) : String(y);
  }
  m = s.match(/^(\p{L}+)\.?,?\s*(?:\d{1,2},?\s+)?((?:19|20)\d{2})$/u);
  if (m) {
    const month = MONTHS[m[1]!];
    if (month) return `${m[2]}-${pad2(month)}`;
    return m[2];
  }
  m = s.match(/^(\d{1,2})\s*[./]\s*(\d{4})$/);
  if (m) return yearMonth(m[2]!, m[1]!);
  m = s.match(/^(\d{4})\s*[-/.]\s*(\d{1,2})$/);
  if (m) return yearMonth(m[1]!, m[2]!);
  m = s.match(/^\d{1,2}\.(\d{1,2})\.(\d{4})$/);
  if (m) return yearMonth(m[2]!, m[1]!);
  m = s.match(/^(\d{4})$/);
  if (m) return m[1];
  return undefined;
}

/**
 * One date of a structured export or a form field, in the profile's partial ISO form ("2021",
 * "2021-03", "2021-03-14"); undefined for "Present", blanks and anything unreadable.
 */
export function toPartialDate(raw: string | null | undefined): string | undefined {
  const s = (raw ?? '').normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (!s) return undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:t.*)?$/i.exec(s);
  if (iso && validMonth(Number(iso[2])) && Number(iso[3]) >= 1 && Number(iso[3]) <= 31)
    return `${iso[1]}-${pad2(iso[2]!)}-${pad2(iso[3]!)}`;
  const dayFirst = /^(\d{1,2})\.? (\p{L}+)\.? (\d{4})$/u.exec(s.toLowerCase());
  if (dayFirst && MONTHS[dayFirst[2]!]) return `${dayFirst[3]}-${pad2(MONTHS[dayFirst[2]!]!)}-${pad2(dayFirst[1]!)}`;
  const atom = parseDateAtom(s.replace(/t\d.*$/i, ''));
  return atom && Number(atom.slice(0, 4)) >= 1900 && Number(atom.slice(0, 4)) <= 2100 ? atom : undefined;
}

/** A free-text range of a structured export ("January 2019 to Present", "2015-2018"): two dates, "Present" left open. */
export function toDateRange(raw: string | null | undefined): { startDate?: string; endDate?: string } {
  const r = findDateRange((raw ?? '').normalize('NFKC'));
  const out: { startDate?: string; endDate?: string } = {};
  if (r?.start) out.startDate = r.start;
  if (r?.end) out.endDate = r.end;
  return out;
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
  return /^\(?\s*(\d+\s*(years?|yrs?|months?|mos?|jahre?|monate?|ans?|mois|años?|meses)\s*(and|,)?\s*)+\)?$/i.test(
    text.trim(),
  );
}

/** A piece of a date column: a date or range, a range cut by a line wrap ("Jan 2019 to"), or "Present". */
export function isDateNote(text: string): boolean {
  const t = text.trim();
  if (isDateOnly(t) || PRESENT.includes(t.toLowerCase())) return true;
  const cut = t.replace(/\s*(?:[–—-]|\bto|\bbis|\bau|\bhasta|\buntil|(?<=\s)(?:à|a|al))\s*$/i, '');
  return cut !== t && isDateOnly(cut);
}
