import type { DegreeLevel } from '../../../shared/domain/match';
import type { RemoteType, Salary, SalaryPeriod, Seniority } from '../../../shared/domain/job';

/** Facts a job states besides skills: years, seniority, education, remote/location, salary. */

const NUMBER_WORDS: Record<string, number> = {
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
  twelve: 12,
  fifteen: 15,
};
const NUM = String.raw`(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)`;
const YEARS_RE = new RegExp(
  String.raw`\b(?:minimum of |at least |over |more than )?${NUM}\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*${NUM}\s*)?\+?\s*(?:years?|yrs?)(?:'|’)?(?:\s+of)?`,
  'gi',
);

const toNumber = (s: string): number => NUMBER_WORDS[s.toLowerCase()] ?? Number(s);

/** Every "N+ years" phrase in a sentence: its offset and the smallest number of years it asks. */
export function yearsPhrases(sentence: string): { at: number; end: number; years: number }[] {
  const out: { at: number; end: number; years: number }[] = [];
  for (const m of sentence.matchAll(YEARS_RE)) {
    const years = toNumber(m[1]!);
    if (!Number.isFinite(years) || years <= 0 || years > 40) continue;
    // "years old", "2 years ago", "a 3-year contract" are not experience
    if (/^\s*(?:old|ago|contract|warranty|term)/i.test(sentence.slice(m.index + m[0].length))) continue;
    out.push({ at: m.index, end: m.index + m[0].length, years });
  }
  return out;
}

const SENIORITY_RULES: [Seniority, RegExp][] = [
  ['intern', /\b(intern(ship)?|trainee|apprentice|working student|werkstudent)\b/i],
  ['executive', /\b(chief|cto|ceo|cfo|coo|cio|ciso|vp|vice president|svp|evp)\b/i],
  ['director', /\b(director|head of)\b/i],
  ['principal', /\b(principal|distinguished|fellow)\b/i],
  ['lead', /\b(lead|staff|architect|tech lead)\b/i],
  ['manager', /\b(manager|management)\b/i],
  ['senior', /\b(senior|sr\.?|snr|experienced|expert)\b/i],
  ['junior', /\b(junior|jr\.?|entry[\s-]level|graduate|grad|new grad|associate)\b/i],
  ['mid', /\b(mid[\s-]?level|mid[\s-]?senior|intermediate|mid)\b/i],
];

export function seniorityFrom(title: string, text: string, yearsRequired: number | null): Seniority | null {
  for (const [level, re] of SENIORITY_RULES) if (re.test(title)) return level;
  const stated = /\b(?:experience|seniority|career)\s*level\s*:\s*([^\n]{2,30})/i.exec(text);
  if (stated?.[1]) for (const [level, re] of SENIORITY_RULES) if (re.test(stated[1])) return level;
  if (yearsRequired === null) return null;
  if (yearsRequired <= 1) return 'junior';
  if (yearsRequired <= 4) return 'mid';
  if (yearsRequired <= 7) return 'senior';
  return 'lead';
}

export const SENIORITY_RANK: Record<Seniority, number> = {
  intern: 0,
  junior: 1,
  mid: 2,
  senior: 3,
  lead: 4,
  manager: 4,
  principal: 5,
  director: 5,
  executive: 6,
};

const DEGREE_RULES: [DegreeLevel, RegExp][] = [
  ['doctorate', /\b(ph\.?\s?d|doctorate|doctoral)\b/i],
  ['master', /\b(master'?s?|m\.?sc|m\.s\.|meng|m\.eng|mba|graduate degree|postgraduate)\b/i],
  ['master', /\bMS\b|\bMA\b/],
  [
    'bachelor',
    /\b(bachelor'?s?|b\.?sc|b\.s\.|b\.a\.|beng|b\.eng|undergraduate degree|university degree|college degree|(?:4|four)[\s-]year degree)\b/i,
  ],
  ['bachelor', /\bBS\b|\bBA\b/],
  ['associate', /\bassociate'?s? degree\b/i],
  ['vocational', /\b(vocational|apprenticeship|trade school|nvq|hnd|btec)\b/i],
  ['secondary', /\b(high school|ged|secondary school|a[\s-]levels)\b/i],
];

export const DEGREE_RANK: Record<DegreeLevel, number> = {
  none: 0,
  secondary: 1,
  vocational: 2,
  associate: 3,
  bachelor: 4,
  master: 5,
  doctorate: 6,
};

/** The lowest degree a sentence names, e.g. "BS/MS in Computer Science" asks for a bachelor. */
export function degreeIn(sentence: string): { level: DegreeLevel; fields: string[]; orEquivalent: boolean } | null {
  const found: DegreeLevel[] = [];
  for (const [level, re] of DEGREE_RULES) if (re.test(sentence)) found.push(level);
  // A bare "degree" ("a degree in Physics") means a bachelor's when no level is named.
  if (found.length === 0 && /\bdegree\b/i.test(sentence)) found.push('bachelor');
  if (found.length === 0) return null;
  // "degree" alone in "degree of autonomy" is not education
  if (
    found.length === 1 &&
    found[0] === 'bachelor' &&
    /\bdegree of\b/i.test(sentence) &&
    !/\bdegree in\b/i.test(sentence)
  )
    return null;
  const level = found.reduce((lo, l) => (DEGREE_RANK[l] < DEGREE_RANK[lo] ? l : lo));
  const fieldMatch =
    /\b(?:degree|bachelor'?s?|master'?s?|b\.?sc|m\.?sc|bs|ms|ba|phd)\b[^.\n]{0,20}?\b(?:in|of)\s+([A-Z][^.;\n(]{2,80})/i.exec(
      sentence,
    );
  const fields = fieldMatch?.[1]
    ? fieldMatch[1]
        .split(/,|\bor\b|\band\b|\//)
        .map((f) => f.replace(/\b(a )?related (field|discipline|area)s?\b.*$/i, '').trim())
        .filter((f) => f.length > 1 && f.length < 60 && !/\b(equivalent|experience|similar|comparable)\b/i.test(f))
    : [];
  return { level, fields, orEquivalent: /\bor (?:an? )?(?:equivalent|comparable|similar|relevant)\b/i.test(sentence) };
}

export function workModeIn(text: string, declared: RemoteType | undefined): RemoteType {
  if (declared && declared !== 'unknown') return declared;
  if (/\bhybrid\b/i.test(text)) return 'hybrid';
  if (
    /\b(fully remote|100% remote|remote[\s-]first|remote[\s-]only|work from (?:home|anywhere)|remote (?:position|role|job|work|working|possible|ok|friendly)|\(remote\)|location[^\n]{0,20}remote)\b/i.test(
      text,
    )
  )
    return 'remote';
  if (/\b(on[\s-]?site|in[\s-]office|in the office|office[\s-]based|not remote|no remote)\b/i.test(text))
    return 'onsite';
  if (/\bremote\b/i.test(text)) return 'remote';
  return 'unknown';
}

export function placesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:location|locations|based in|office|where)\s*:\s*([^\n]{2,120})$/gim)) {
    for (const part of m[1]!.split(/;|\||\bor\b/)) {
      const place = part.trim().replace(/\.$/, '');
      if (place && !/^(remote|hybrid|on-?site)$/i.test(place) && !out.includes(place)) out.push(place);
    }
  }
  return out.slice(0, 10);
}

const CURRENCIES: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  chf: 'CHF',
  cad: 'CAD',
  aud: 'AUD',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
  pln: 'PLN',
  inr: 'INR',
};
const AMOUNT = String.raw`(\d{1,3}(?:[,.' ]\d{3})+|\d+(?:\.\d+)?)\s*([kK])?`;
const CUR = String.raw`(\$|€|£|¥|₹|USD|EUR|GBP|CHF|CAD|AUD|SEK|NOK|DKK|PLN|INR)`;
const SALARY_RE = new RegExp(
  String.raw`(?:${CUR}\s?)${AMOUNT}(?:\s*(?:-|–|—|to)\s*(?:${CUR}\s?)?${AMOUNT})?(?:\s*${CUR})?(?:\s*(?:per|/|a|an)\s*(hour|hr|day|week|month|year|yr|annum))?`,
  'i',
);

const amount = (digits: string, k: string | undefined): number => {
  const n = Number(digits.replace(/[,.' ](?=\d{3}\b)/g, ''));
  return k ? n * 1000 : n;
};

const SALARY_TRAILING_RE = new RegExp(
  String.raw`\b${AMOUNT}(?:\s*(?:-|–|—|to)\s*${AMOUNT})?\s*(USD|EUR|GBP|CHF|CAD|AUD|SEK|NOK|DKK|PLN|INR|€|£|\$)(?:\s*(?:per|/|a|an)\s*(hour|hr|day|week|month|year|yr|annum))?`,
  'i',
);
const PERIODS: Record<string, SalaryPeriod> = {
  hour: 'hour',
  hr: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  yr: 'year',
  annum: 'year',
};

/** The first salary a text states: "$120,000 - $150,000 a year", "£45k–£55k", "90,000 EUR", "up to €70k". */
export function salaryIn(text: string): (Salary & { text: string }) | null {
  let lo: number;
  let hi: number | null;
  let code: string;
  let period: string | undefined;
  let all: string;
  let index: number;
  const lead = SALARY_RE.exec(text);
  const trail = lead ? null : SALARY_TRAILING_RE.exec(text);
  if (lead) {
    const [m, cur1, a1, k1, cur2, a2, k2, cur3, p] = lead;
    lo = amount(a1!, k1 ?? (a2 && k2 ? k2 : undefined));
    hi = a2 ? amount(a2, k2) : null;
    code = cur1 ?? cur2 ?? cur3 ?? '';
    [all, period, index] = [m, p, lead.index];
  } else if (trail) {
    const [m, a1, k1, a2, k2, cur, p] = trail;
    lo = amount(a1!, k1 ?? (a2 && k2 ? k2 : undefined));
    hi = a2 ? amount(a2, k2) : null;
    code = cur ?? '';
    [all, period, index] = [m, p, trail.index];
  } else return null;
  if (lo < 10 && !hi) return null;
  const upTo = /\b(?:up to|max(?:imum)?|to)\s*$/i.test(text.slice(Math.max(0, index - 12), index));
  const min = upTo && hi === null ? null : lo;
  const max = upTo && hi === null ? lo : hi;
  const inferred: SalaryPeriod | null = period ? (PERIODS[period.toLowerCase()] ?? null) : lo >= 10_000 ? 'year' : null;
  return {
    min,
    max,
    currency: CURRENCIES[code.toLowerCase()] ?? CURRENCIES[code] ?? null,
    period: inferred,
    text: all.trim(),
  };
}
