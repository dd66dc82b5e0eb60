import type { EmploymentType, RemoteType, Salary } from '../../../../shared/domain/job';
import { LANGS, VOCAB, type Lang, type Vocab } from './job-languages.fixture';
import { seededRandom } from '../../testing/seeded-random';

/**
 * A seeded job posting: the facts a page builder renders and the fields a correct capture returns.
 * Seeds decide every choice (title, place, synonyms, layout knobs), so tuning seeds and held-out
 * seeds give different pages.
 */

export interface JobSpec {
  lang: Lang;
  seed: number;
  v: Vocab;
  title: string;
  company: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  countryCode: string;
  remote: Exclude<RemoteType, 'unknown'>;
  employmentType: 'full_time' | 'part_time' | 'contract';
  salary: Salary;
  postedAt: string;
  paragraphs: string[];
  /** A sentence only this posting's description has, to check the description was found. */
  marker: string;
  pick: <T>(list: readonly T[]) => T;
  chance: (p: number) => boolean;
}

export interface Expected {
  title: string;
  company: string;
  location: string | null;
  remote: RemoteType;
  employmentType: EmploymentType | null;
  salary: Salary | null;
  postedAt: string | null;
  descriptionIncludes: string;
  /** Text that must not reach the description (other jobs, the user's profile, placeholders). */
  descriptionExcludes: string[];
}

export const rng = seededRandom;

const SALARIES: Record<string, { min: number; max: number; period: 'year' | 'month' }[]> = {
  USD: [
    { min: 120000, max: 150000, period: 'year' },
    { min: 95000, max: 125000, period: 'year' },
  ],
  EUR: [
    { min: 48000, max: 62000, period: 'year' },
    { min: 55000, max: 70000, period: 'year' },
  ],
  TRY: [
    { min: 40000, max: 60000, period: 'month' },
    { min: 55000, max: 75000, period: 'month' },
  ],
  JPY: [
    { min: 6000000, max: 8000000, period: 'year' },
    { min: 5000000, max: 7500000, period: 'year' },
  ],
  CNY: [
    { min: 20000, max: 30000, period: 'month' },
    { min: 25000, max: 35000, period: 'month' },
  ],
};

export function makeSpec(lang: Lang, seed: number): JobSpec {
  const random = rng(seed * 7919 + LANGS.indexOf(lang) * 104729);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const v = VOCAB[lang];
  const [city, region, postalCode, country, countryCode] = pick(v.places);
  const s = pick(SALARIES[v.currency]!);
  const day = 1 + Math.floor(random() * 27);
  const month = 1 + Math.floor(random() * 11);
  return {
    lang,
    seed,
    v,
    city,
    region,
    postalCode,
    country,
    countryCode,
    title: pick(v.titles),
    company: pick(v.companies),
    remote: pick(['remote', 'hybrid', 'onsite'] as const),
    employmentType: pick(['full_time', 'full_time', 'part_time', 'contract'] as const),
    salary: { min: s.min, max: s.max, currency: v.currency, period: s.period },
    postedAt: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    paragraphs: [...v.paragraphs].sort(() => random() - 0.5),
    marker: `${v.paragraphs[0]!.slice(0, 20)} #${seed}`,
    pick,
    chance: (p) => random() < p,
  };
}

/** How the page writes the posting's salary ("48.000 € – 62.000 € pro Jahr", "年収600万円〜800万円"). */
export function salaryText(s: JobSpec, salary: Salary = s.salary): string {
  const { v } = s;
  const [a, b] = [v.money(salary.min!), v.money(salary.max!)];
  if (s.lang === 'ja') return `${salary.period === 'year' ? v.perYear : v.perMonth} ${a}〜${b}`;
  if (s.lang === 'zh') return `${a}-${b}${salary.period === 'month' ? v.perMonth : v.perYear}`;
  return `${a} – ${b} ${salary.period === 'month' ? v.perMonth : v.perYear}`;
}

export const employmentWord = (s: JobSpec): string =>
  s.pick(
    s.employmentType === 'full_time' ? s.v.fullTime : s.employmentType === 'part_time' ? s.v.partTime : s.v.contract,
  );
export const remoteWord = (s: JobSpec): string => s.pick(s.v[s.remote]);

/** The place as the page prints it, and as a correct capture prints it. */
export function shownPlace(s: JobSpec): string {
  return s.lang === 'ja' || s.lang === 'zh' ? s.city : `${s.city}, ${s.country}`;
}
const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** From structured data (an ISO country code), the country is printed in English. */
export function printedPlace(s: JobSpec): string {
  const country = countryNames.of(s.countryCode) ?? s.countryCode;
  if (/^[A-Z]{2,3}$/.test(s.region)) return `${s.city} ${s.region} ${s.postalCode}, ${country}`;
  return s.region === s.city ? `${s.city}, ${country}` : `${s.city}, ${s.region}, ${country}`;
}

export function descriptionHtml(s: JobSpec): string {
  return `<p>${s.marker}. ${s.paragraphs[0]}</p><h3>${s.title}</h3><ul>${s.paragraphs
    .slice(1)
    .map((p) => `<li>${p}</li>`)
    .join('')}</ul><p>${s.paragraphs.join(' ')}</p>`;
}

export function baseExpected(s: JobSpec): Expected {
  return {
    title: s.title,
    company: s.company,
    location: printedPlace(s),
    remote: s.remote,
    employmentType: s.employmentType,
    salary: s.salary,
    postedAt: s.postedAt,
    descriptionIncludes: s.marker,
    descriptionExcludes: [],
  };
}

export const esc = (t: string): string =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
