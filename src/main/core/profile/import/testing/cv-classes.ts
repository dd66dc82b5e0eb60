/**
 * Synthetic CVs of the classes real users bring and our fixtures lack (issue 14): LaTeX classes
 * (moderncv, Awesome-CV, Deedy two-column), the old Europass label layout, a tabular German
 * Lebenslauf with Fortbildung, a Word-style CV with tab-aligned dates and an involvement section,
 * and Chinese and Japanese CVs. One seed gives one CV: the document model the Typst templates print
 * (cv-typst-templates.ts) and its ground truth as JSON Resume. Deterministic, no network.
 */
import { CJK_SKILLS, CJK_VOCAB, type CjkLang } from './cv-cjk-vocab';
import { generateCv, rng, type CvView } from './cv-generate';

export type CvClass = 'moderncv' | 'awesome-cv' | 'deedy' | 'europass-2002' | 'lebenslauf' | 'word-tab' | 'zh' | 'ja';
export const CV_CLASSES: CvClass[] = [
  'moderncv',
  'awesome-cv',
  'deedy',
  'europass-2002',
  'lebenslauf',
  'word-tab',
  'zh',
  'ja',
];

export interface ClassEntry {
  title: string;
  org: string;
  loc: string;
  /** The range as the class writes it ("11/2020–03/2024", "2013.09–2016.06", "2014年4月～現在"). */
  dates: string;
  bullets: string[];
}
export interface ClassSection {
  kind: 'summary' | 'work' | 'education' | 'skills' | 'projects' | 'training' | 'involvement';
  heading: string;
  text: string;
  entries: ClassEntry[];
  /** Skills as label/value rows (label may be empty). */
  rows: [string, string][];
}
export interface ClassDoc {
  cls: CvClass;
  lang: string;
  font: string;
  name: string;
  label: string;
  contacts: string[];
  bullet: string;
  title: string;
  sections: ClassSection[];
}
export interface ClassCv {
  id: string;
  seed: number;
  cls: CvClass;
  lang: string;
  doc: ClassDoc;
  gt: Record<string, unknown>;
}

interface Ym {
  y: number;
  m?: number;
}
const ym = (s: unknown): Ym | null => {
  const m = String(s ?? '').match(/^(\d{4})(?:-(\d{2}))?/);
  return m ? { y: Number(m[1]), ...(m[2] ? { m: Number(m[2]) } : {}) } : null;
};
const pad = (n: number): string => String(n).padStart(2, '0');
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How each class writes one date. */
const DATE: Record<CvClass, (d: Ym) => string> = {
  moderncv: (d) => (d.m ? `${pad(d.m)}/${d.y}` : String(d.y)),
  'awesome-cv': (d) => (d.m ? `${EN_MONTHS[d.m - 1]}. ${d.y}` : String(d.y)),
  deedy: (d) => (d.m ? `${EN_MONTHS[d.m - 1]} ${d.y}` : String(d.y)),
  'europass-2002': (d) => (d.m ? `${EN_LONG[d.m - 1]} ${d.y}` : String(d.y)),
  lebenslauf: (d) => (d.m ? `${pad(d.m)}/${d.y}` : String(d.y)),
  'word-tab': (d) => (d.m ? `${EN_LONG[d.m - 1]} ${d.y}` : String(d.y)),
  zh: (d) => (d.m ? `${d.y}.${pad(d.m)}` : `${d.y}`),
  ja: (d) => (d.m ? `${d.y}年${d.m}月` : `${d.y}年`),
};
const PRESENT: Record<CvClass, string> = {
  moderncv: 'present',
  'awesome-cv': 'Present',
  deedy: 'Present',
  'europass-2002': 'present',
  lebenslauf: 'heute',
  'word-tab': 'Present',
  zh: '至今',
  ja: '現在',
};
const SEP: Record<CvClass, string> = {
  moderncv: '--',
  'awesome-cv': ' - ',
  deedy: ' – ',
  'europass-2002': ' - ',
  lebenslauf: ' – ',
  'word-tab': ' – ',
  zh: '–',
  ja: '～',
};
function range(cls: CvClass, start: unknown, end: unknown): string {
  const s = ym(start),
    e = ym(end);
  if (!s) return '';
  return `${DATE[cls](s)}${SEP[cls].replace('--', '–')}${e ? DATE[cls](e) : PRESENT[cls]}`;
}

const empty = (kind: ClassSection['kind'], heading: string): ClassSection => ({
  kind,
  heading,
  text: '',
  entries: [],
  rows: [],
});
type Gt = Record<string, unknown> & {
  basics: Record<string, unknown>;
  work: Record<string, unknown>[];
  education: Record<string, unknown>[];
};

/** Latin-script classes: the content of a generated CV, laid out as the class prints it. */
function latinCv(seed: number, cls: CvClass): ClassCv {
  const base = generateCv(seed, 'single', 'pdf');
  const v: CvView = base.view;
  const gt = JSON.parse(JSON.stringify(base.gt)) as Gt;
  const r = rng(seed ^ 0x9e3779b9);
  const de = cls === 'lebenslauf';
  const heading = (kind: string, fallback: string): string => {
    const s = v.sections.find((x) => x.kind === kind);
    if (de)
      return (
        {
          summary: 'Profil',
          work: 'Berufserfahrung',
          education: 'Ausbildung',
          skills: 'Kenntnisse',
          projects: 'Projekte',
        }[kind] ?? fallback
      );
    if (cls === 'europass-2002')
      return (
        {
          work: 'Work experience',
          education: 'Education and training',
          skills: 'Personal skills and competences',
          summary: 'Desired employment / Occupational field',
          projects: 'Additional information',
        }[kind] ?? fallback
      );
    return s?.heading || fallback;
  };
  const sections: ClassSection[] = [];
  // the 2002 Europass has no summary: the job sought goes in "Desired employment / Occupational field"
  if (cls === 'europass-2002') delete gt.basics.summary;
  const summary = String(gt.basics.summary ?? '');
  if (summary) sections.push({ ...empty('summary', heading('summary', 'Summary')), text: summary });
  const work = { ...empty('work', heading('work', 'Experience')) };
  for (const w of gt.work) {
    work.entries.push({
      title: String(w.position),
      org: String(w.name),
      loc: String(w.location ?? ''),
      dates: range(cls, w.startDate, w.endDate),
      bullets: (w.highlights as string[]) ?? [],
    });
  }
  const edu = { ...empty('education', heading('education', 'Education')) };
  for (const e of gt.education) {
    const degree = `${e.studyType} in ${e.area}`;
    edu.entries.push({
      title: degree,
      org: String(e.institution),
      loc: '',
      dates: range(cls, e.startDate, e.endDate),
      bullets: e.score ? [`GPA: ${e.score}`] : [],
    });
  }
  const skills = { ...empty('skills', heading('skills', 'Skills')) };
  for (const s of gt.skills as { name: string; keywords?: string[] }[])
    skills.rows.push(s.keywords ? [s.name, s.keywords.join(', ')] : ['', s.name]);
  if (skills.rows.every((x) => !x[0])) skills.rows = [['', skills.rows.map((x) => x[1]).join(', ')]];
  sections.push(work, edu);
  if (de && r() < 0.8) {
    // Fortbildung: training courses, which belong in education
    const y = 2019 + Math.floor(r() * 5);
    const course = ['Scrum Master Schulung', 'AWS Cloud Practitioner Kurs', 'Führungskräftetraining'][
      Math.floor(r() * 3)
    ]!;
    const org = ['IHK München', 'TÜV Rheinland Akademie', 'Haufe Akademie'][Math.floor(r() * 3)]!;
    sections.push({
      ...empty('training', 'Fortbildung'),
      entries: [{ title: course, org, loc: '', dates: `${pad(3)}/${y}`, bullets: [] }],
    });
    gt.education.push({ institution: org, studyType: course, startDate: `${y}-03`, endDate: `${y}-03` });
  }
  sections.push(skills);
  const projects = (gt.projects as { name: string; description: string }[] | undefined) ?? [];
  if (projects.length && cls !== 'europass-2002') {
    sections.push({
      ...empty('projects', heading('projects', 'Projects')),
      entries: projects.map((p) => ({ title: p.name, org: '', loc: '', dates: '', bullets: [p.description] })),
    });
  } else delete gt.projects;
  if (cls === 'word-tab' && r() < 0.7) {
    sections.push({
      ...empty('involvement', r() < 0.5 ? 'Involvement' : 'Volunteer Experience'),
      entries: [
        {
          title: 'Volunteer Tutor',
          org: 'Code Club',
          loc: v.contacts.find((c) => c.includes(','))?.split(',')[0] ?? '',
          dates: range(cls, '2017-09', '2019-05'),
          bullets: ['Taught programming basics to school children'],
        },
      ],
    });
  }
  // Deedy, Word CVs and the Lebenslauf print no headline under the name: the ground truth has none either
  if (['deedy', 'word-tab', 'lebenslauf'].includes(cls)) delete gt.basics.label;
  const contacts = v.contacts.map((c) => c.replace(/^(Email|Phone|Tel): /, ''));
  const font =
    ['moderncv', 'europass-2002', 'lebenslauf'].includes(cls) || (cls === 'deedy' && r() < 0.5)
      ? 'Noto Serif'
      : 'Noto Sans';
  const doc: ClassDoc = {
    cls,
    lang: de ? 'de' : v.lang,
    font,
    name: v.name,
    label: v.label,
    contacts,
    bullet: cls === 'word-tab' ? '●' : '•',
    title: de ? 'Lebenslauf' : '',
    sections,
  };
  return { id: `cls-${seed}-${cls}`, seed, cls, lang: v.lang, doc, gt };
}

/** Chinese and Japanese CVs, from their own vocabularies. */
function cjkCv(seed: number, lang: CjkLang): ClassCv {
  const r = rng(seed);
  const one = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const V = CJK_VOCAB[lang];
  const name = one(V.family) + one(V.given);
  const city = one(V.cities);
  const phone =
    lang === 'zh'
      ? `138-${Math.floor(1000 + r() * 8999)}-${Math.floor(1000 + r() * 8999)}`
      : `090-${Math.floor(1000 + r() * 8999)}-${Math.floor(1000 + r() * 8999)}`;
  const email = `user${seed % 1000}@example.${lang === 'zh' ? 'cn' : 'jp'}`;
  const label = one(V.titles);
  const cls: CvClass = lang;
  const work: Record<string, unknown>[] = [];
  const entries: ClassEntry[] = [];
  let end: Ym | null = r() < 0.6 ? null : { y: 2024, m: 1 + Math.floor(r() * 12) };
  const companies = [...V.companies].sort(() => r() - 0.5).slice(0, 1 + Math.floor(r() * 3));
  for (const org of companies) {
    const e = end ?? { y: 2025, m: 6 };
    const months = 12 + Math.floor(r() * 36);
    const abs = e.y * 12 + (e.m ?? 1) - 1 - months;
    const start = { y: Math.floor(abs / 12), m: (abs % 12) + 1 };
    const title = one(V.titles);
    const bullets = [...V.bullets].sort(() => r() - 0.5).slice(0, 2 + Math.floor(r() * 2));
    entries.push({
      title,
      org,
      loc: '',
      dates: range(cls, `${start.y}-${pad(start.m)}`, end ? `${end.y}-${pad(end.m!)}` : ''),
      bullets,
    });
    work.push({
      name: org,
      position: title,
      startDate: `${start.y}-${pad(start.m)}`,
      ...(end ? { endDate: `${end.y}-${pad(end.m!)}` } : {}),
      highlights: bullets,
    });
    const gap = abs - Math.floor(r() * 3);
    end = { y: Math.floor(gap / 12), m: (gap % 12) + 1 };
  }
  const eduEnd = (end?.y ?? 2016) - (r() < 0.5 ? 0 : 1);
  const school = one(V.schools),
    degree = one(V.degrees),
    area = one(V.areas);
  const edu = { institution: school, studyType: degree, area, startDate: `${eduEnd - 4}-09`, endDate: `${eduEnd}-06` };
  if (lang === 'ja') Object.assign(edu, { startDate: `${eduEnd - 4}-04`, endDate: `${eduEnd}-03` });
  const skills = [...CJK_SKILLS].sort(() => r() - 0.5).slice(0, 4 + Math.floor(r() * 4));
  const summary = r() < 0.7 ? one(V.summaries) : '';
  const sections: ClassSection[] = [];
  if (summary) sections.push({ ...empty('summary', one(V.headings.summary)), text: summary });
  const eduSec = {
    ...empty('education', one(V.headings.education)),
    entries: [
      { title: `${area} ${degree}`, org: school, loc: '', dates: range(cls, edu.startDate, edu.endDate), bullets: [] },
    ],
  };
  const workSec = { ...empty('work', one(V.headings.work)), entries };
  if (lang === 'zh' && r() < 0.6) sections.push(eduSec, workSec);
  else sections.push(workSec, eduSec);
  const projects = r() < 0.5 ? [one(V.projects)] : [];
  if (projects.length)
    sections.push({
      ...empty('projects', one(V.headings.projects)),
      entries: projects.map(([n, d]) => ({ title: n, org: '', loc: '', dates: '', bullets: [d] })),
    });
  sections.push({ ...empty('skills', one(V.headings.skills)), rows: [['', skills.join(lang === 'zh' ? '、' : '、')]] });
  const contacts =
    lang === 'zh' ? [`电话：${phone}`, `邮箱：${email}`, city] : [`TEL：${phone}`, `E-mail：${email}`, city];
  const doc: ClassDoc = {
    cls,
    lang,
    font: lang === 'zh' ? 'Noto Sans SC' : 'Noto Sans JP',
    name,
    label,
    contacts,
    bullet: lang === 'zh' ? '•' : '・',
    title: r() < 0.5 ? one(V.docTitle) : '',
    sections,
  };
  const gt = {
    // a Japanese 職務経歴書 prints no headline under the name
    basics: {
      name,
      ...(lang === 'zh' ? { label } : {}),
      email,
      phone,
      ...(summary ? { summary } : {}),
      location: { city },
    },
    work,
    education: [edu],
    skills: skills.map((s) => ({ name: s })),
    ...(projects.length ? { projects: projects.map(([n, d]) => ({ name: n, description: d })) } : {}),
  };
  return { id: `cls-${seed}-${cls}`, seed, cls, lang, doc, gt };
}

/** One CV of the given class from a seed. */
export function generateClassCv(seed: number, cls: CvClass): ClassCv {
  return cls === 'zh' || cls === 'ja' ? cjkCv(seed, cls) : latinCv(seed, cls);
}

/** `count` CVs from `seed` on, the classes taking turns. */
export function planClassCorpus(count: number, seed: number, classes: CvClass[] = CV_CLASSES): ClassCv[] {
  return Array.from({ length: count }, (_, i) => generateClassCv(seed * 1000 + i, classes[i % classes.length]!));
}
