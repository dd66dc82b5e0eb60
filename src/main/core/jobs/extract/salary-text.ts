import type { Salary, SalaryPeriod } from '../../../../shared/domain/job';

/**
 * Salaries as pages write them, in many locales: "$130,000 - $160,000 a year", "45.000 € – 55.000 €
 * brutto/Jahr", "45 000 € par an", "R$ 8.000 a R$ 10.000 por mês", "年収500万円〜800万円",
 * "月薪20k-30k", "₺40.000 - ₺60.000 / ay". A bare range of numbers without a currency is no salary.
 */

const SYMBOLS: [RegExp, string][] = [
  [/A\$|AU\$|\bAUD\b/, 'AUD'],
  [/C\$|CA\$|\bCAD\b/, 'CAD'],
  [/NZ\$|\bNZD\b/, 'NZD'],
  [/R\$|\bBRL\b/, 'BRL'],
  [/US\$|\bUSD\b/, 'USD'],
  [/€|\bEUR\b|euros?\b/i, 'EUR'],
  [/£|\bGBP\b/, 'GBP'],
  [/₺|\bTL\b|\bTRY\b/, 'TRY'],
  [/円|\bJPY\b/, 'JPY'],
  [/元|人民币|\bCNY\b|\bRMB\b/, 'CNY'],
  [/¥/, 'JPY'],
  [/₹|\bINR\b/, 'INR'],
  [/\bCHF\b/, 'CHF'],
  [/\bSEK\b/, 'SEK'],
  [/\bDKK\b/, 'DKK'],
  [/\bNOK\b/, 'NOK'],
  [/\bPLN\b|zł/, 'PLN'],
  [/\bSGD\b/, 'SGD'],
  [/\$/, 'USD'],
];

const PERIOD_WORDS: [RegExp, SalaryPeriod][] = [
  [/(?<!\p{L})(hour|hourly|hr|stunde|std|heure|hora|ora|uur|tunti|saat)(?!\p{L})|時給|时薪|\/h(?!\p{L})/iu, 'hour'],
  [/(?<!\p{L})(day|daily|tag|jour|d[íi]a|giorno|dag|p[äa]iv[äa]|g[üu]n)(?!\p{L})|日給|日薪/iu, 'day'],
  [/(?<!\p{L})(week|weekly|woche|semaine|semana|settimana|viikko|hafta)(?!\p{L})|周薪/iu, 'week'],
  [
    /\/\s?ay(?!\p{L})|(?<!\p{L})(month|monthly|monat|monatlich|mois|mensuel|mes|mensual|m[êe]s|mensal|mese|mensile|maand|kuukausi|kk|aylık|ayda)(?!\p{L})|月給|月収|月薪|\/月|每月/iu,
    'month',
  ],
  [
    /(?<!\p{L})(year|yearly|annual|annually|annum|p\.?a\.?|yr|jahr|j[äa]hrlich|par an|annuel|a[ñn]o|anual|ano|anno|annuo|annua|ral|jaar|vuosi|vuodessa|y[ıi]ll[ıi]k|y[ıi]l)(?!\p{L})|年収|年俸|年薪|\/年/iu,
    'year',
  ],
];

export function periodOf(text: string): SalaryPeriod | null {
  for (const [re, period] of PERIOD_WORDS) if (re.test(text)) return period;
  return null;
}

function currencyOf(text: string): string | null {
  for (const [re, code] of SYMBOLS) if (re.test(text)) return code;
  // any other ISO 4217 code written next to the amount: "6.000.000 COP", "PLN 9000"
  const iso = /(?<=\d\s?)\b([A-Z]{3})\b|\b([A-Z]{3})\b(?=\s?\d)/.exec(text);
  return iso ? (iso[1] ?? iso[2]!) : null;
}

/** "45.000" (de) and "45,000" (en) are both forty-five thousand; "45,5" is forty-five and a half. */
function readNumber(raw: string): number | null {
  let s = raw.replace(/[\s\u00A0\u202F']/g, '');
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) s = s.replace(/[.,]/g, '');
  else if (/^\d{1,3}(,\d{3})+\.\d{1,2}$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+,\d{1,2}$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const NUMBER = String.raw`(\d{1,3}(?:[.,\s\u00A0\u202F']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)\s*(k|K|万|千|mil\b|bin\b|tuhatta\b)?`;
const RANGE = new RegExp(
  `${NUMBER}\\s*(?:[^\\d\\s]{0,4}\\s*)?(?:-|–|—|~|〜|～|to|bis|à|a|al|até|fino a|tot|asti|ile|至)\\s*(?:[^\\d\\s]{0,4}\\s*)?${NUMBER}`,
  'iu',
);
const SINGLE = new RegExp(NUMBER, 'u');
const MULTIPLIER: Record<string, number> = {
  k: 1000,
  K: 1000,
  万: 10_000,
  千: 1000,
  mil: 1000,
  bin: 1000,
  tuhatta: 1000,
};

/** A salary in a short text, or null; never a minimum above the maximum. */
export function parseSalary(text: string, currencyHint: string | null = null): Salary | null {
  const t = text.slice(0, 400);
  const currency = currencyOf(t);
  if (!currency && !currencyHint) return null;
  const range = RANGE.exec(t);
  const m = range ?? SINGLE.exec(t);
  if (!m) return null;
  const scale = (n: number | null, unit: string | undefined): number | null =>
    n === null ? null : unit ? n * (MULTIPLIER[unit] ?? 1) : n;
  let min = scale(readNumber(m[1]!), m[2] ?? (range ? m[4] : undefined));
  let max = range ? scale(readNumber(m[3]!), m[4]) : min;
  if (min === null || max === null || min <= 0 || max <= 0) return null;
  if (min > max) [min, max] = [max, min];
  const hinted =
    currency === 'USD' && /(^|[^A-Z])\$/.test(t) && !/US\$|USD/.test(t) && currencyHint ? currencyHint : currency;
  return { min, max, currency: hinted ?? currencyHint, period: periodOf(t) };
}

/** Whether a salary can be shown: numbers, positive, minimum not above maximum. */
export function isPlausibleSalary(s: Salary | null | undefined): boolean {
  if (!s) return false;
  const { min, max } = s;
  if (min === null && max === null) return false;
  if ((min !== null && (!Number.isFinite(min) || min <= 0)) || (max !== null && (!Number.isFinite(max) || max <= 0)))
    return false;
  return min === null || max === null || min <= max;
}
