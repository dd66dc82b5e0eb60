/**
 * Deterministic synthetic CVs for measuring the parser on documents it was not tuned on. One seed
 * gives one CV: its ground truth as JSON Resume and a view (every string as it will be printed,
 * dates already written in the CV's convention) that the renderers lay out. No network, no clock.
 */
import {
  AREAS,
  AT_WORD,
  CERTIFICATES,
  COMPANIES,
  CONTACT_ICONS,
  EXTRA_HEADINGS,
  LANGUAGE_LINES,
  DEGREES,
  FIRST,
  HEADINGS,
  LAST,
  MONTHS,
  OBJECTS,
  OUTCOMES,
  PLACES,
  PRESENT,
  PROJECTS,
  SCHOOLS,
  SKILL_GROUP_NAMES,
  SKILL_GROUPS,
  SUMMARIES,
  TITLES,
  TO_WORD,
  VERBS,
  type Lang,
  type Place,
} from './cv-vocab';
import { seededRandom } from '../../../testing/seeded-random';

export type Template =
  'single' | 'two-column' | 'sidebar-left' | 'sidebar-right' | 'date-column' | 'table' | 'header-band';
export type Format = 'pdf' | 'docx' | 'txt' | 'md';
export const TEMPLATES: Template[] = [
  'single',
  'two-column',
  'sidebar-left',
  'sidebar-right',
  'date-column',
  'table',
  'header-band',
];

export interface WorkView {
  title: string;
  company: string;
  location?: string;
  dates: string;
  bullets: string[];
  /** How the header reads: title line then company line, the reverse, "Title at Company", or "Title | Company". */
  order: 'title-first' | 'company-first' | 'at' | 'sep';
  /** The separator of order 'sep' (" | ", " — ", ", "). */
  sep?: string;
  /** Location beside the company, on a line of its own, or not printed. */
  locOwnLine: boolean;
}
export interface EduView {
  institution: string;
  degree: string;
  dates: string;
  location?: string;
  gpa?: string;
  degreeFirst: boolean;
}
export interface SkillsView {
  groups?: { name: string; items: string[] }[];
  flat?: string[];
}
export type SectionView =
  | { kind: 'summary'; heading: string; text: string }
  | { kind: 'work'; heading: string; entries: WorkView[] }
  | { kind: 'education'; heading: string; entries: EduView[] }
  | { kind: 'skills'; heading: string; skills: SkillsView }
  | { kind: 'projects'; heading: string; entries: { name: string; desc: string; inline: boolean }[] }
  /** Certificates or languages: not scored, there to be told apart from skills and projects. */
  | { kind: 'list'; heading: string; items: string[] };

export interface CvView {
  lang: Lang;
  name: string;
  label: string;
  contacts: string[];
  /** Contact pieces on one line joined by a separator, or one per line. */
  contactSep: string | null;
  contactHeading: string;
  sections: SectionView[];
  /** Headings in capitals (as CSS or as text). */
  caps: boolean;
  /** An icon before each contact item (same order as contacts), or none. */
  icons?: string[];
  /** Bullets written as this character in the text rather than drawn by the list. */
  bullet?: string;
  /** A running header and footer with the name and page numbers (PDF). */
  pageFurniture?: boolean;
  /** Looser type so the CV runs onto a second page, breaking inside a job (PDF). */
  long?: boolean;
}

export interface SyntheticCv {
  id: string;
  seed: number;
  template: Template;
  format: Format;
  view: CvView;
  gt: Record<string, unknown>;
}

export const rng = seededRandom;

/** Seeded random choices over one generator `r`. */
function createPick(r: () => number) {
  return {
    r,
    int: (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1)),
    one: <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!,
    chance: (p: number): boolean => r() < p,
    some<T>(xs: readonly T[], n: number): T[] {
      const pool = [...xs];
      const out: T[] = [];
      while (out.length < n && pool.length) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0]!);
      return out;
    },
  };
}
type Pick = ReturnType<typeof createPick>;

type DateStyle = 'mon-short' | 'mon-long' | 'mm/yyyy' | 'mm.yyyy' | 'yyyy';
interface YM {
  y: number;
  m: number;
}

interface DateConv {
  style: DateStyle;
  sep: string;
  present: string;
}

function writeDate(d: YM, c: DateConv, lang: Lang): string {
  const mm = String(d.m).padStart(2, '0');
  switch (c.style) {
    case 'mon-short':
      return `${MONTHS[lang].short[d.m - 1]} ${d.y}`;
    case 'mon-long':
      return `${MONTHS[lang].long[d.m - 1]} ${d.y}`;
    case 'mm/yyyy':
      return `${mm}/${d.y}`;
    case 'mm.yyyy':
      return `${mm}.${d.y}`;
    default:
      return String(d.y);
  }
}
const gtDate = (d: YM, c: DateConv): string =>
  c.style === 'yyyy' ? String(d.y) : `${d.y}-${String(d.m).padStart(2, '0')}`;

function dateConv(p: Pick, lang: Lang): DateConv {
  const styles: DateStyle[] =
    lang === 'de'
      ? ['mon-short', 'mon-long', 'mm/yyyy', 'mm.yyyy', 'yyyy']
      : ['mon-short', 'mon-long', 'mm/yyyy', 'yyyy'];
  const style = p.one(styles);
  const seps = [' – ', ' - ', '–', ` ${TO_WORD[lang]} `];
  return { style, sep: style === 'yyyy' ? p.one(['–', ' – ', ' - ']) : p.one(seps), present: p.one(PRESENT[lang]) };
}

function phone(p: Pick, place: Place): string {
  const d = (n: number): string => Array.from({ length: n }, () => p.int(0, 9)).join('');
  if (['TX', 'WA', 'MA', 'Canada'].includes(place.country))
    return p.one([`(${p.int(201, 989)}) 555-${d(4)}`, `+1 ${p.int(201, 989)} 555 ${d(4)}`]);
  if (place.country === 'Germany') return `+49 ${p.int(30, 89)} ${d(7)}`;
  if (place.country === 'France') return `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
  if (place.country === 'Spain') return `+34 6${d(2)} ${d(3)} ${d(3)}`;
  return `+44 7${d(3)} ${d(6)}`;
}

const ascii = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Builds one CV from a seed. */
export function generateCv(seed: number, template?: Template, format?: Format): SyntheticCv {
  const p = createPick(rng(seed));
  const lang: Lang = p.chance(0.55) ? 'en' : p.one(['de', 'fr', 'es'] as const);
  const first = p.one(FIRST);
  const last = p.one(LAST);
  const name = `${first} ${last}`;
  const home = p.one(PLACES);
  const email = `${ascii(first)}.${ascii(last)}@${p.one(['example.com', 'mail.example.org', 'post.example.net'])}`;
  const tel = phone(p, home);
  const site = p.chance(0.5) ? `${ascii(first)}${ascii(last)}.dev` : '';
  const linkedin = p.chance(0.5) ? `linkedin.com/in/${ascii(first)}-${ascii(last)}` : '';
  const titles = TITLES[lang];
  const label = p.one(titles);
  const conv = dateConv(p, lang);
  const labelled = p.chance(0.25);
  const contacts = [
    labelled ? `Email: ${email}` : email,
    labelled ? `${lang === 'en' ? 'Phone' : 'Tel'}: ${tel}` : tel,
    `${home.city}, ${home.country}`,
    ...(site ? [site] : []),
    ...(linkedin ? [linkedin] : []),
  ];
  const contactOrder = p.chance(0.5) ? contacts : [contacts[2]!, contacts[1]!, contacts[0]!, ...contacts.slice(3)];

  // work history, newest first
  const nJobs = p.int(1, 4);
  let end: YM | null = p.chance(0.6) ? null : { y: 2024, m: p.int(1, 12) };
  const companies = p.some(COMPANIES, nJobs);
  const work: WorkView[] = [];
  const gtWork: Record<string, unknown>[] = [];
  const order = p.one(['title-first', 'company-first', 'at'] as const);
  for (let i = 0; i < nJobs; i++) {
    const endYm: YM = end ?? { y: 2025, m: 6 };
    const months = p.int(10, 40);
    const startAbs = endYm.y * 12 + endYm.m - 1 - months;
    const start: YM = { y: Math.floor(startAbs / 12), m: (startAbs % 12) + 1 };
    const place = p.chance(0.7) ? p.one(PLACES) : null;
    const title = p.one(titles);
    const bullets = Array.from({ length: p.int(2, 5) }, () => `${p.one(VERBS)} ${p.one(OBJECTS)}, ${p.one(OUTCOMES)}`);
    const loc = place ? (p.chance(0.5) ? `${place.city}, ${place.country}` : place.city) : undefined;
    const dates = `${writeDate(start, conv, lang)}${conv.sep}${end ? writeDate(end, conv, lang) : conv.present}`;
    work.push({ title, company: companies[i]!, location: loc, dates, bullets, order, locOwnLine: p.chance(0.3) });
    gtWork.push({
      name: companies[i],
      position: title,
      location: loc,
      startDate: gtDate(start, conv),
      endDate: end ? gtDate(end, conv) : undefined,
      highlights: bullets,
    });
    const gapAbs = startAbs - p.int(0, 3);
    end = { y: Math.floor(gapAbs / 12), m: (gapAbs % 12) + 1 };
  }

  // education
  const nEdu = p.int(1, 2);
  const schools = p.some(SCHOOLS, nEdu);
  const education: EduView[] = [];
  const gtEdu: Record<string, unknown>[] = [];
  let eduEnd = (end?.y ?? 2018) - p.int(0, 1);
  const degreeFirst = p.chance(0.5);
  for (let i = 0; i < nEdu; i++) {
    const studyType = p.one(DEGREES[lang]);
    const area = p.one(AREAS);
    const degree = p.chance(0.6) ? `${studyType} in ${area}` : `${studyType}, ${area}`;
    const s: YM = { y: eduEnd - p.int(2, 4), m: p.one([9, 10]) };
    const e: YM = { y: eduEnd, m: p.one([6, 7]) };
    const gpa = p.chance(0.2) ? `GPA: ${p.one(['3.7', '3.9', '3.5'])}` : undefined;
    const loc = p.chance(0.3) ? p.one(PLACES).city : undefined;
    education.push({
      institution: schools[i]!,
      degree,
      dates: `${writeDate(s, conv, lang)}${conv.sep}${writeDate(e, conv, lang)}`,
      location: loc,
      gpa,
      degreeFirst,
    });
    gtEdu.push({
      institution: schools[i],
      studyType,
      area,
      startDate: gtDate(s, conv),
      endDate: gtDate(e, conv),
      score: gpa?.replace('GPA: ', ''),
    });
    eduEnd = s.y - p.int(0, 1);
  }

  // skills: named groups or one flat list
  const skills: SkillsView = {};
  let gtSkills: Record<string, unknown>[];
  if (p.chance(0.55)) {
    const keys = p.some(Object.keys(SKILL_GROUPS), p.int(2, 4));
    skills.groups = keys.map((k) => ({
      name: SKILL_GROUP_NAMES[lang][k]!,
      items: p.some(SKILL_GROUPS[k]!, p.int(3, 5)),
    }));
    gtSkills = skills.groups.map((g) => ({ name: g.name, keywords: g.items }));
  } else {
    skills.flat = p.some(Object.values(SKILL_GROUPS).flat(), p.int(5, 10));
    gtSkills = skills.flat.map((s) => ({ name: s }));
  }

  const H = HEADINGS[lang];
  const summaryText = p.chance(0.7)
    ? p
        .one(SUMMARIES)
        .replace('{n}', String(p.int(3, 12)))
        .replace('{field}', p.one(['analytics', 'software delivery', 'operations', 'digital marketing']))
    : '';
  const inline = p.chance(0.5); // "Name – description" on one line, or the name above its description
  const projects = p.chance(0.4) ? p.some(PROJECTS, p.int(1, 3)).map(([n, d]) => ({ name: n!, desc: d!, inline })) : [];
  const sections: SectionView[] = [];
  if (summaryText) sections.push({ kind: 'summary', heading: p.one(H.summary), text: summaryText });
  const body: SectionView[] = [
    { kind: 'work', heading: p.one(H.work), entries: work },
    { kind: 'education', heading: p.one(H.education), entries: education },
  ];
  if (p.chance(0.3)) body.reverse();
  sections.push(...body);
  const tail: SectionView[] = [{ kind: 'skills', heading: p.one(H.skills), skills }];
  if (projects.length) tail.push({ kind: 'projects', heading: p.one(H.projects), entries: projects });
  if (p.chance(0.5)) tail.reverse();
  sections.push(...tail);

  const tpl = template ?? p.one(TEMPLATES);
  const fmt = format ?? (p.chance(0.7) ? 'pdf' : p.one(['docx', 'txt', 'md'] as const));
  const view: CvView = {
    lang,
    name,
    label,
    contacts: contactOrder,
    contactSep: p.chance(0.6) ? p.one([' | ', ' · ', ' • ']) : null,
    contactHeading: p.one(H.contact),
    sections,
    caps: p.chance(0.5),
  };
  widen(createPick(rng((seed ^ 0x5bd1e995) >>> 0)), view, lang, work);
  const gt = {
    basics: {
      name,
      label,
      email,
      phone: tel,
      url: site || linkedin || undefined,
      summary: summaryText || undefined,
      location: { city: home.city },
    },
    work: gtWork,
    education: gtEdu,
    skills: gtSkills,
    ...(projects.length ? { projects: projects.map((x) => ({ name: x.name, description: x.desc })) } : {}),
  };
  return {
    id: `syn-${seed}-${tpl}-${fmt}`,
    seed,
    template: tpl,
    format: fmt,
    view,
    gt: JSON.parse(JSON.stringify(gt)) as Record<string, unknown>,
  };
}

/**
 * What real CVs carry beyond the basics, drawn from a second stream so the first one (and every CV
 * it gave before these were added) stays as it was apart from these touches: icons before contact
 * items, bullet characters, "Title | Company" lines, certificates and languages, a summary without a
 * heading, running headers/footers, two-page CVs.
 */
function widen(q: Pick, view: CvView, lang: Lang, work: WorkView[]): void {
  if (q.chance(0.3)) {
    const set = q.one(CONTACT_ICONS);
    view.icons = view.contacts.map((c) =>
      c.includes('@') ? set[0]! : /\d{3}/.test(c) ? set[1]! : /\.(dev|com)|\//.test(c) ? set[3]! : set[2]!,
    );
  }
  if (q.chance(0.4)) view.bullet = q.one(['•', '–', '*', '▪', '►']);
  if (q.chance(0.3)) {
    const sep = q.one([' | ', ' — ', ', ', ' – ']);
    for (const w of work) Object.assign(w, { order: 'sep', sep });
  }
  const extra: SectionView[] = [];
  if (q.chance(0.35))
    extra.push({
      kind: 'list',
      heading: q.one(EXTRA_HEADINGS[lang].certificates),
      items: q.some(CERTIFICATES, q.int(1, 3)),
    });
  if (q.chance(0.4))
    extra.push({
      kind: 'list',
      heading: q.one(EXTRA_HEADINGS[lang].languages),
      items: q.some(LANGUAGE_LINES[lang], q.int(2, 3)),
    });
  view.sections.push(...extra);
  const summary = view.sections.find((s) => s.kind === 'summary');
  if (summary && q.chance(0.25)) summary.heading = '';
  view.pageFurniture = q.chance(0.3);
  if (q.chance(0.3)) {
    view.long = true;
    for (const w of work)
      w.bullets.push(
        ...Array.from({ length: q.int(1, 3) }, () => `${q.one(VERBS)} ${q.one(OBJECTS)}, ${q.one(OUTCOMES)}`),
      );
  }
}

export { AT_WORD };
