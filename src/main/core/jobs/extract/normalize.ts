import type { EmploymentType, RemoteType, Salary, SalaryPeriod, Seniority } from '../../../../shared/domain/job';
import { addressParts, printLocation, tidyLocationText } from './location-format';
import { parseSalary } from './salary-text';
import { workModeOfProse, workModeOfStatement } from './work-mode';

/** Field normalisers shared by every extractor: employment type, remote, seniority, salary, language. */

const EMPLOYMENT: [RegExp, EmploymentType][] = [
  [
    /intern(ship)?\b|praktikum|\bstage\b|stagiaire|pr[áa]cticas|becari[oa]|est[áa]gio|tirocinio|harjoittelu|\bstaj|インターン|实习|graduate program/i,
    'internship',
  ],
  [
    /part[\s_-]?time|teilzeit|temps partiel|tiempo parcial|media jornada|meio per[íi]odo|tempo parziale|part-time|deeltijd|osa-aikai|yar[ıi] zamanl[ıi]|パート|アルバイト|兼职/i,
    'part_time',
  ],
  [
    /full[\s_-]?time|permanent|vollzeit|unbefristet|festanstellung|temps plein|\bcdi\b|tiempo completo|jornada completa|indefinido|tempo integral|\befetivo\b|\bclt\b|tempo pieno|indeterminato|voltijd|fulltime|vast contract|kokoaikai|vakituinen|tam zamanl[ıi]|正社員|フルタイム|全职|全日制/i,
    'full_time',
  ],
  [
    /contract|contractor|freelance|freiberuf|fixed[\s_-]?term|befristet|\bcdd\b|int[ée]rim|temporal|tempor[áa]rio|determinato|tijdelijk|m[äa][äa]r[äa]aikai|s[öo]zle[şs]meli|proje bazl[ıi]|契約社員|派遣|業務委託|合同工|外包/i,
    'contract',
  ],
  [/\btemp(orary)?\b|casual|seasonal|saisonal|saisonnier/i, 'temporary'],
  [/volunteer|b[ée]n[ée]vol|voluntari|ehrenamt|vrijwillig/i, 'volunteer'],
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

/** Work mode of a short statement (a chip, a location), or of prose when the text is long. */
export function detectRemote(...texts: (string | null | undefined)[]): RemoteType {
  const text = texts.filter(Boolean).join('\n');
  return text.length < 300 ? workModeOfStatement(text) : workModeOfProse(text);
}

const SENIORITY: [RegExp, Seniority][] = [
  [/\b(intern|internship|trainee|praktikant)\b/i, 'intern'],
  [/\b(chief|cto|ceo|cfo|coo|vp|vice president|head of)\b/i, 'executive'],
  [/\bdirector\b/i, 'director'],
  [/\bprincipal\b|\bstaff\b|\bdistinguished\b/i, 'principal'],
  [/\b(lead|tech lead|team lead)\b/i, 'lead'],
  [
    /(?<!\b(product|project|program|programme|account|marketing|community|office|case|property)\s)\bmanager\b/i,
    'manager',
  ],
  [/\b(senior|sr\.?|snr)\b/i, 'senior'],
  [/\b(junior|jr\.?|graduate|entry[\s-]level)\b/i, 'junior'],
  [/\b(mid[\s-]?level|intermediate)\b/i, 'mid'],
];

export function detectSeniority(title: string): Seniority | null {
  for (const [re, level] of SENIORITY) if (re.test(title)) return level;
  return null;
}

const PERIODS: Record<string, SalaryPeriod> = {
  hour: 'hour',
  hourly: 'hour',
  hr: 'hour',
  day: 'day',
  daily: 'day',
  week: 'week',
  weekly: 'week',
  month: 'month',
  monthly: 'month',
  year: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
  annum: 'year',
  yr: 'year',
  pa: 'year',
};

export function normalizePeriod(value: unknown): SalaryPeriod | null {
  if (typeof value !== 'string') return null;
  return (
    PERIODS[
      value
        .trim()
        .toLowerCase()
        .replace(/^per\s+/, '')
    ] ?? null
  );
}

/** Parses "$130,000 - $160,000 a year", "AUD 130k–160k per annum", "45.000 € brutto/Jahr" (see salary-text.ts). */
export function parseSalaryText(text: string, currencyHint: string | null = null): Salary | null {
  return parseSalary(text, currencyHint);
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

/** "Camberwell VIC 3124, Australia" from a schema.org PostalAddress (or a plain string). */
export function formatAddress(address: unknown): string | null {
  if (typeof address === 'string') return tidyLocationText(address) || null;
  const parts = addressParts(address);
  return parts ? printLocation(parts) : null;
}
