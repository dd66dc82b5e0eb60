import type { EmploymentType, RemoteType, Salary, SalaryPeriod, Seniority } from '../../../../shared/domain/job';

/** Field normalisers shared by every extractor: employment type, remote, seniority, salary, language. */

const EMPLOYMENT: [RegExp, EmploymentType][] = [
  [/full[\s_-]?time|permanent|vollzeit|temps plein|cdi\b/i, 'full_time'],
  [/part[\s_-]?time|teilzeit|temps partiel/i, 'part_time'],
  [/contract|contractor|freelance|fixed[\s_-]?term|\bcdd\b/i, 'contract'],
  [/temp(orary)?\b|casual|seasonal/i, 'temporary'],
  [/intern(ship)?|praktikum|stage\b|graduate program/i, 'internship'],
  [/volunteer/i, 'volunteer'],
  [/per[\s_-]?diem/i, 'per_diem'],
];

export function normalizeEmploymentType(value: unknown): EmploymentType | null {
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    if (typeof v !== 'string' || !v.trim()) continue;
    for (const [re, type] of EMPLOYMENT) if (re.test(v)) return type;
    if (/^other$/i.test(v.trim())) return 'other';
  }
  return null;
}

export function detectRemote(...texts: (string | null | undefined)[]): RemoteType {
  const text = texts.filter(Boolean).join('\n');
  if (/\bhybrid\b/i.test(text)) return 'hybrid';
  if (/\b(telecommute|fully[\s-]remote|remote[\s-](first|only|position|role|job|work)|100% remote|work from (home|anywhere)|remote\s*\(|^remote$)/im.test(text)) return 'remote';
  if (/\bremote\b/i.test(text) && text.length < 200) return 'remote';
  if (/\b(on[\s-]?site|in[\s-]office|office[\s-]based)\b/i.test(text) && text.length < 200) return 'onsite';
  return 'unknown';
}

const SENIORITY: [RegExp, Seniority][] = [
  [/\b(intern|internship|trainee|praktikant)\b/i, 'intern'],
  [/\b(chief|cto|ceo|cfo|coo|vp|vice president|head of)\b/i, 'executive'],
  [/\bdirector\b/i, 'director'],
  [/\bprincipal\b|\bstaff\b|\bdistinguished\b/i, 'principal'],
  [/\b(lead|tech lead|team lead)\b/i, 'lead'],
  [/(?<!\b(product|project|program|programme|account|marketing|community|office|case|property)\s)\bmanager\b/i, 'manager'],
  [/\b(senior|sr\.?|snr)\b/i, 'senior'],
  [/\b(junior|jr\.?|graduate|entry[\s-]level)\b/i, 'junior'],
  [/\b(mid[\s-]?level|intermediate)\b/i, 'mid'],
];

export function detectSeniority(title: string): Seniority | null {
  for (const [re, level] of SENIORITY) if (re.test(title)) return level;
  return null;
}

const PERIODS: Record<string, SalaryPeriod> = {
  hour: 'hour', hourly: 'hour', hr: 'hour', day: 'day', daily: 'day', week: 'week', weekly: 'week',
  month: 'month', monthly: 'month', year: 'year', yearly: 'year', annual: 'year', annually: 'year', annum: 'year', yr: 'year', pa: 'year',
};

export function normalizePeriod(value: unknown): SalaryPeriod | null {
  if (typeof value !== 'string') return null;
  return PERIODS[value.trim().toLowerCase().replace(/^per\s+/, '')] ?? null;
}

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD', 'NZ$': 'NZD', CHF: 'CHF' };

/** Parses "$130,000 - $160,000 a year", "AUD 130k–160k per annum", "€45/hour". */
export function parseSalaryText(text: string, currencyHint: string | null = null): Salary | null {
  const m = /(A\$|AU\$|C\$|CA\$|NZ\$|[$€£¥₹]|\b[A-Z]{3}\b)?\s?(\d[\d,.]*)\s*(k|K)?\s*(?:[-–—]|to)\s*(A\$|AU\$|C\$|CA\$|NZ\$|[$€£¥₹]|\b[A-Z]{3}\b)?\s?(\d[\d,.]*)\s*(k|K)?/.exec(text) ??
    /(A\$|AU\$|C\$|CA\$|NZ\$|[$€£¥₹]|\b[A-Z]{3}\b)\s?(\d[\d,.]*)\s*(k|K)?()()()/.exec(text);
  if (!m) return null;
  const num = (s: string | undefined, k: string | undefined): number | null => {
    if (!s) return null;
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? (k ? n * 1000 : n) : null;
  };
  const symbol = m[1] ?? m[4] ?? '';
  const currency = SYMBOLS[symbol] ?? (/^[A-Z]{3}$/.test(symbol) ? symbol : null);
  if (!currency && !currencyHint) return null; // a bare range of numbers is not a salary
  const min = num(m[2], m[3] ?? m[6]);
  const max = num(m[5], m[6]);
  const period = /\b(per|an?|\/)\s*(hour|hr|day|week|month|year|annum)|\b(hourly|daily|weekly|monthly|yearly|annually)\b|\bp\.?a\.?\b/i.exec(text);
  const periodWord = period ? (period[2] ?? period[3] ?? 'pa').replace(/\./g, '') : null;
  return { min, max: max ?? min, currency: symbol === '$' && currencyHint ? currencyHint : (currency ?? currencyHint), period: normalizePeriod(periodWord) };
}

/** A two-letter language guess from common function words (en, de, fr, es, nl, it, pt). */
export function detectLanguage(text: string, declared?: string | null): string | null {
  if (declared && /^[a-z]{2}(-[a-z]{2})?$/i.test(declared.trim())) return declared.trim().slice(0, 2).toLowerCase();
  const sample = ` ${text.slice(0, 4000).toLowerCase()} `;
  const words: Record<string, string[]> = {
    en: ['the', 'and', 'you', 'with', 'our', 'will'],
    de: ['und', 'der', 'die', 'mit', 'wir', 'sie'],
    fr: ['et', 'les', 'des', 'vous', 'nous', 'pour'],
    es: ['y', 'los', 'las', 'para', 'con', 'una'],
    nl: ['en', 'het', 'een', 'wij', 'voor', 'met'],
    it: ['e', 'il', 'della', 'per', 'con', 'siamo'],
    pt: ['e', 'os', 'para', 'com', 'uma', 'você'],
  };
  let best: [string, number] = ['', 0];
  for (const [lang, list] of Object.entries(words)) {
    let score = 0;
    for (const w of list) score += sample.split(` ${w} `).length - 1;
    if (score > best[1]) best = [lang, score];
  }
  return best[1] >= 5 ? best[0] : null;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "Camberwell VIC 3124, Australia" from a schema.org PostalAddress (or a plain string). */
export function formatAddress(address: unknown): string | null {
  if (typeof address === 'string') return address.trim() || null;
  if (!address || typeof address !== 'object') return null;
  const a = address as Record<string, unknown>;
  const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');
  const local = [str(a.addressLocality), str(a.addressRegion), str(a.postalCode)].filter(Boolean).join(' ');
  let country = str(typeof a.addressCountry === 'object' && a.addressCountry ? (a.addressCountry as Record<string, unknown>).name : a.addressCountry);
  if (/^[A-Z]{2}$/.test(country)) {
    try {
      country = regionNames.of(country) ?? country;
    } catch {
      /* keep the code */
    }
  }
  const parts = [local || str(a.streetAddress), country].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}
