import type { Letter } from '../../../shared/domain/document';
import type { Profile } from '../../../shared/domain/profile';

/**
 * What every output format lays out: the profile flattened into printable strings (dates written
 * out, sections in order, empty parts dropped). Typst receives it as JSON data, DOCX, Markdown and
 * HTML walk the same structure, so all formats print the same words.
 */
export interface EntryView {
  title: string;
  org: string;
  location: string;
  dates: string;
  summary: string;
  bullets: string[];
}
export interface LineView {
  label: string;
  text: string;
}
export interface SectionView {
  id: string;
  title: string;
  /** Sections that suit a narrow sidebar (skills, languages...) in two-column templates. */
  side: boolean;
  entries: EntryView[];
  lines: LineView[];
}
export interface CvView {
  name: string;
  label: string;
  contacts: string[];
  summary: string;
  sections: SectionView[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
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

/** "2021-03" -> "Mar 2021", "2021" -> "2021". */
export function formatMonth(d: string | undefined): string {
  if (!d) return '';
  const [y, m] = d.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return month ? `${month} ${y}` : (y ?? '');
}

/** "Mar 2021 – Present"; a start alone reads as ongoing only for work-like entries. */
export function formatRange(start: string | undefined, end: string | undefined, ongoing = true): string {
  const s = formatMonth(start);
  const e = formatMonth(end);
  if (s && e) return s === e ? s : `${s} – ${e}`;
  if (s) return ongoing ? `${s} – Present` : s;
  return e;
}

/** "2026-12-06" -> "6 December 2026"; anything else prints as given. */
export function formatLongDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS_LONG[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

/** "https://www.example.com/" -> "example.com": shorter in print, and still a link to readers. */
export const displayUrl = (s: string): string => s.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
/** One line of printable text: control characters and runs of white space become one space, a lone UTF-16 surrogate (broken text) becomes U+FFFD. */
export const clean = (s: string | undefined): string =>
  (s ?? '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();
const texts = (hs: { text: string }[]): string[] => hs.map((h) => clean(h.text)).filter(Boolean);
const entry = (e: Partial<EntryView>): EntryView => ({
  title: '',
  org: '',
  location: '',
  dates: '',
  summary: '',
  bullets: [],
  ...e,
});
const joinNonEmpty = (parts: (string | undefined)[], sep: string): string => parts.map(clean).filter(Boolean).join(sep);

function section(
  id: string,
  title: string,
  side: boolean,
  entries: EntryView[],
  lines: LineView[] = [],
): SectionView | null {
  const es = entries.filter((e) => e.title || e.org || e.summary || e.bullets.length);
  const ls = lines.filter((l) => l.text || l.label);
  return es.length || ls.length ? { id, title, side, entries: es, lines: ls } : null;
}

export function cvView(p: Profile): CvView {
  const b = p.basics;
  const location = joinNonEmpty([b.location.city, b.location.region, b.location.countryCode], ', ');
  const contacts = [b.email, b.phone, location, b.url, ...b.profiles.map((x) => x.url || x.username)]
    .map((c) => displayUrl(clean(c)))
    .filter(Boolean);
  const sections = [
    section(
      'work',
      'Experience',
      false,
      p.work.map((w) =>
        entry({
          title: clean(w.position),
          org: clean(w.name),
          location: clean(w.location),
          dates: formatRange(w.startDate, w.endDate),
          summary: clean(w.summary ?? w.description),
          bullets: texts(w.highlights),
        }),
      ),
    ),
    section(
      'projects',
      'Projects',
      false,
      p.projects.map((x) =>
        entry({
          title: clean(x.name),
          org: joinNonEmpty([x.entity, x.roles.join(', ')], ' · '),
          dates: formatRange(x.startDate, x.endDate),
          summary: clean(x.description),
          bullets: texts(x.highlights),
        }),
      ),
    ),
    section(
      'education',
      'Education',
      false,
      p.education.map((e) =>
        entry({
          title: joinNonEmpty([e.studyType, e.area], ' in '),
          org: clean(e.institution),
          location: clean(e.location),
          dates: formatRange(e.startDate, e.endDate, false),
          summary: e.score ? `GPA: ${clean(e.score)}` : '',
          bullets: texts(e.courses),
        }),
      ),
    ),
    section(
      'volunteer',
      'Volunteering',
      false,
      p.volunteer.map((v) =>
        entry({
          title: clean(v.position),
          org: clean(v.organization),
          dates: formatRange(v.startDate, v.endDate),
          summary: clean(v.summary),
          bullets: texts(v.highlights),
        }),
      ),
    ),
    section(
      'publications',
      'Publications',
      false,
      p.publications.map((x) =>
        entry({
          title: clean(x.name),
          org: clean(x.publisher),
          dates: formatMonth(x.releaseDate),
          summary: clean(x.summary),
        }),
      ),
    ),
    section(
      'awards',
      'Awards',
      false,
      p.awards.map((x) =>
        entry({ title: clean(x.title), org: clean(x.awarder), dates: formatMonth(x.date), summary: clean(x.summary) }),
      ),
    ),
    section(
      'skills',
      'Skills',
      true,
      [],
      p.skills.map((s) =>
        s.keywords.length
          ? { label: clean(s.name), text: s.keywords.map(clean).filter(Boolean).join(', ') }
          : { label: '', text: clean(s.name) },
      ),
    ),
    section(
      'certificates',
      'Certificates',
      true,
      [],
      p.certificates.map((c) => ({ label: '', text: joinNonEmpty([c.name, c.issuer, formatMonth(c.date)], ', ') })),
    ),
    section(
      'languages',
      'Languages',
      true,
      [],
      p.languages.map((l) => ({ label: clean(l.language), text: clean(l.fluency) })),
    ),
    section(
      'interests',
      'Interests',
      true,
      [],
      p.interests.map((i) => ({ label: '', text: joinNonEmpty([i.name, i.keywords.join(', ')], ': ') })),
    ),
    section(
      'references',
      'References',
      false,
      p.references.map((r) => entry({ title: clean(r.name), summary: clean(r.reference) })),
    ),
  ].filter((s): s is SectionView => s !== null);
  return { name: clean(b.name), label: clean(b.label), contacts, summary: clean(b.summary), sections };
}

export interface LetterView {
  name: string;
  label: string;
  contacts: string[];
  date: string;
  recipient: string[];
  greeting: string;
  paragraphs: string[];
  closing: string;
}

export function letterView(l: Letter): LetterView {
  const s = l.sender;
  const location = joinNonEmpty([s.location?.city, s.location?.region, s.location?.countryCode], ', ');
  return {
    name: clean(s.name),
    label: clean(s.label),
    contacts: [s.email, s.phone, location, s.url].map((c) => displayUrl(clean(c))).filter(Boolean),
    date: formatLongDate(clean(l.date)),
    recipient: [
      l.recipient.role ? `Hiring team, ${clean(l.recipient.role)}` : 'Hiring team',
      l.recipient.company,
      l.recipient.location,
    ]
      .map(clean)
      .filter(Boolean),
    greeting: clean(l.greeting),
    paragraphs: l.paragraphs.map((p) => clean(p.text)).filter(Boolean),
    closing: clean(l.closing),
  };
}
