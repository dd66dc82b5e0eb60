/**
 * Numbers as people write them: "1,200", "1.2k", "$1.2M", "40 %", "forty percent", "three years".
 * Everything is reduced to a value (and a unit) so a claim and its evidence compare exactly,
 * whatever the format.
 */

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
export const NUMBER_WORD = Object.keys(WORDS).join('|');

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

/** "1,200" / "1.2" / "forty" -> number; null when it is not one. */
export function parseNumber(raw: string): number | null {
  const word = WORDS[raw.toLowerCase()];
  if (word !== undefined) return word;
  const cleaned = raw.replace(/[,\u202f\u00a0' ](?=\d{3}\b)/g, '');
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

export function scaled(value: number, scale: string | undefined): number {
  const factor = scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1;
  return Math.round(value * factor * 1000) / 1000;
}

export type QuantityKind = 'percent' | 'money' | 'duration' | 'team-size' | 'number' | 'date';

export interface Quantity {
  kind: QuantityKind;
  value: number;
  /** duration: years|months|weeks|days|hours; money: currency code or ''. */
  unit: string;
  /** "5+ years": a lower bound. */
  atLeast: boolean;
  start: number;
  end: number;
  text: string;
}

const NUM = `(\\d{1,3}(?:[,\u202f\u00a0]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${NUMBER_WORD})`;
const CURRENCY_SIGN: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };
const CURRENCY_WORD: Record<string, string> = {
  usd: 'USD',
  dollars: 'USD',
  eur: 'EUR',
  euros: 'EUR',
  gbp: 'GBP',
  pounds: 'GBP',
  chf: 'CHF',
};
const SCALE_RE = '(k|m|mm|mn|bn|b|thousand|million|billion)?';

const PATTERNS: {
  kind: QuantityKind;
  re: RegExp;
  read(m: RegExpExecArray): Omit<Quantity, 'start' | 'end' | 'text' | 'kind'> | null;
}[] = [
  {
    kind: 'money',
    re: new RegExp(`([$€£¥₹])\\s?${NUM}\\s?${SCALE_RE}\\b`, 'gi'),
    read: (m) => withValue(m[2]!, m[3], CURRENCY_SIGN[m[1]!] ?? ''),
  },
  {
    kind: 'money',
    re: new RegExp(`\\b${NUM}\\s?${SCALE_RE}\\s?(usd|eur|gbp|chf|dollars|euros|pounds)\\b`, 'gi'),
    read: (m) => withValue(m[1]!, m[2], CURRENCY_WORD[m[3]!.toLowerCase()] ?? ''),
  },
  {
    kind: 'percent',
    re: new RegExp(`\\b${NUM}\\s?(%|percent\\b|per cent\\b|pct\\b)`, 'gi'),
    read: (m) => withValue(m[1]!, undefined, '%'),
  },
  {
    kind: 'team-size',
    re: new RegExp(
      `\\b(?:teams? of|groups? of|squads? of|crews? of)\\s+(?:up to\\s+)?${NUM}\\b|\\b${NUM}[- ](?:person|people|member|strong)\\s+(?:team|group|squad)\\b|\\b(?:led|leading|lead|managed|managing|manage|mentored|mentoring|supervised|supervising|coached|hired|grew a team of|built a team of)\\s+(?:a\\s+team\\s+of\\s+)?${NUM}\\+?\\s+(?:[a-z-]+\\s+)?(?:engineers|developers|people|staff|reports|direct reports|designers|analysts|members|scientists|testers|contractors|employees|interns|consultants)\\b|\\b${NUM}\\s+direct reports\\b`,
      'gi',
    ),
    read: (m) => withValue((m[1] ?? m[2] ?? m[3] ?? m[4])!, undefined, 'people'),
  },
  {
    kind: 'duration',
    re: new RegExp(`\\b${NUM}(\\+)?\\s?(?:-\\s?)?(years?|yrs?|months?|weeks?|days?|hours?)\\b`, 'gi'),
    read: (m) => {
      const q = withValue(m[1]!, undefined, unitOf(m[3]!));
      return q ? { ...q, atLeast: Boolean(m[2]) } : null;
    },
  },
  {
    kind: 'number',
    re: /(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(k|m|bn|million|billion|thousand)?(?:x\b|×)?(?![\w%]|[.,]\d)/gi,
    read: (m) => withValue(m[1]!, m[2], ''),
  },
];

function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('y')) return 'years';
  if (w.startsWith('mo')) return 'months';
  if (w.startsWith('w')) return 'weeks';
  if (w.startsWith('d')) return 'days';
  return 'hours';
}

function withValue(
  raw: string,
  scale: string | undefined,
  unit: string,
): Omit<Quantity, 'start' | 'end' | 'text' | 'kind'> | null {
  const n = parseNumber(raw);
  if (n === null) return null;
  return { value: scaled(n, scale), unit, atLeast: false };
}

/**
 * Every quantity in a text, the most specific reading winning where readings overlap (money and
 * percent before team size and duration, all before a bare number). `taken` marks spans already
 * read as something else (dates), so "2021" is never also the number 2021.
 */
export function findQuantities(text: string, taken: { start: number; end: number }[] = []): Quantity[] {
  const out: Quantity[] = [];
  const busy = [...taken];
  const overlaps = (s: number, e: number) => busy.some((b) => s < b.end && e > b.start);
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (overlaps(start, end)) continue;
      const read = p.read(m);
      if (!read) continue;
      out.push({ kind: p.kind, ...read, start, end, text: m[0] });
      busy.push({ start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
