import { z } from 'zod';
import { AppError, describeZodError } from '../../../../shared/ipc/result';
import { fitProfile } from './fit-profile';
import { htmlToParagraphAndBullets, htmlToText } from './html-text';
import { looksLikePlace, parseLocation, parseLocationField } from './text/contact';
import { splitDegree } from './text/lexicon';
import { newFactId } from './new-fact-id';
import { toDateRange, toPartialDate } from './text/dates';
import type { ImportResult } from './types';

/** Reactive Resume v4 JSON export (https://rxresu.me), read leniently: unknown keys are ignored. */
const str = z.string().nullish();
const Url = z.looseObject({ label: str, href: str }).nullish();
const Item = <T extends z.ZodRawShape>(shape: T) =>
  z.looseObject({ id: str, visible: z.boolean().nullish(), ...shape });
const Section = <T extends z.ZodType>(item: T) =>
  z.looseObject({ name: str, visible: z.boolean().nullish(), items: z.array(item).nullish() }).nullish();
const keywords = z.array(z.string()).nullish();

const ReactiveResumeFile = z.looseObject({
  basics: z.looseObject({
    name: str,
    headline: str,
    email: str,
    phone: str,
    location: str,
    url: Url,
    picture: z.looseObject({ url: str }).nullish(),
  }),
  sections: z.looseObject({
    summary: z.looseObject({ content: str, visible: z.boolean().nullish() }).nullish(),
    awards: Section(Item({ title: str, awarder: str, date: str, summary: str, url: Url })),
    certifications: Section(Item({ name: str, issuer: str, date: str, summary: str, url: Url })),
    education: Section(
      Item({ institution: str, studyType: str, area: str, score: str, date: str, summary: str, url: Url }),
    ),
    experience: Section(Item({ company: str, position: str, location: str, date: str, summary: str, url: Url })),
    volunteer: Section(Item({ organization: str, position: str, location: str, date: str, summary: str, url: Url })),
    interests: Section(Item({ name: str, keywords })),
    languages: Section(Item({ name: str, description: str, level: z.number().nullish() })),
    profiles: Section(Item({ network: str, username: str, url: Url })),
    projects: Section(Item({ name: str, description: str, date: str, summary: str, keywords, url: Url })),
    publications: Section(Item({ name: str, publisher: str, date: str, summary: str, url: Url })),
    references: Section(Item({ name: str, description: str, summary: str, url: Url })),
    skills: Section(Item({ name: str, description: str, level: z.number().nullish(), keywords })),
  }),
});
type RR = z.infer<typeof ReactiveResumeFile>;

export function looksLikeReactiveResume(value: unknown): boolean {
  return !!value && typeof value === 'object' && 'basics' in value && 'sections' in value;
}

const s = (v: string | null | undefined) => (v ?? '').trim();
const opt = (v: string | null | undefined) => (s(v) ? s(v) : undefined);
const href = (u: { href?: string | null } | null | undefined) => opt(u?.href);
/** Hidden items and sections are part of the file but not of the CV the user shows. */
const shown = <T extends { visible?: boolean | null }>(
  section: { visible?: boolean | null; items?: T[] | null } | null | undefined,
): T[] => (section && section.visible !== false ? (section.items ?? []).filter((i) => i.visible !== false) : []);
const hl = (lines: string[]) => lines.map((text) => ({ id: newFactId('hl'), text }));

export function readReactiveResume(value: unknown, text: string): ImportResult {
  const parsed = ReactiveResumeFile.safeParse(value);
  if (!parsed.success) {
    throw new AppError(
      'BAD_INPUT',
      `This Reactive Resume file is not valid: ${describeZodError(parsed.error)}. Export it again from Reactive Resume (JSON).`,
      {
        issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      },
    );
  }
  const warnings: string[] = [];
  const uncertain: string[] = [];
  const profile = fitProfile(mapReactiveResume(parsed.data, uncertain), warnings, 'Reactive Resume file');
  return { format: 'reactive-resume', profile, text, uncertain, warnings };
}

function dates(raw: string | null | undefined, path: string, uncertain: string[]) {
  const range = toDateRange(raw);
  if (s(raw) && !range.startDate) uncertain.push(path);
  return range;
}

/**
 * Reactive Resume has no location on education, so some users write the degree as "Bachelor's in
 * Computer Science" and put the school's place in `area`. `area` moves to `location` only when it is a
 * place; otherwise it stays the field of study.
 */
function degreeFields(studyType: string, area: string) {
  const split = splitDegree(studyType);
  if (!split.area) return { studyType: studyType || undefined, area: area || undefined };
  if (!area || area.toLowerCase() === split.area.toLowerCase()) return { studyType: split.studyType, area: split.area };
  const place = parseLocation(area);
  if (place && looksLikePlace(place)) return { studyType: split.studyType, area: split.area, location: area };
  return { studyType, area };
}

function mapReactiveResume(r: RR, uncertain: string[]) {
  const b = r.basics;
  const sec = r.sections;
  return {
    basics: {
      name: s(b.name),
      label: s(b.headline),
      email: s(b.email),
      phone: s(b.phone),
      url: href(b.url) ?? '',
      image: opt(b.picture?.url),
      summary: sec.summary?.visible === false ? '' : htmlToText(sec.summary?.content).replace(/\n/g, ' '),
      location: parseLocationField(b.location),
      profiles: shown(sec.profiles).map((p) => ({
        id: newFactId('link'),
        network: opt(p.network),
        username: opt(p.username),
        url: href(p.url) ?? '',
      })),
    },
    work: shown(sec.experience).map((w, i) => {
      const body = htmlToParagraphAndBullets(w.summary);
      return {
        id: newFactId('work'),
        name: s(w.company),
        position: s(w.position),
        location: opt(w.location),
        url: href(w.url),
        summary: opt(body.text),
        ...dates(w.date, `work.${i}.startDate`, uncertain),
        highlights: hl(body.bullets),
      };
    }),
    volunteer: shown(sec.volunteer).map((v, i) => {
      const body = htmlToParagraphAndBullets(v.summary);
      return {
        id: newFactId('vol'),
        organization: s(v.organization),
        position: s(v.position),
        url: href(v.url),
        summary: opt(body.text),
        ...dates(v.date, `volunteer.${i}.startDate`, uncertain),
        highlights: hl(body.bullets),
      };
    }),
    education: shown(sec.education).map((e, i) => {
      const body = htmlToParagraphAndBullets(e.summary);
      return {
        id: newFactId('edu'),
        institution: s(e.institution),
        ...degreeFields(s(e.studyType), s(e.area)),
        score: opt(e.score),
        url: href(e.url),
        ...dates(e.date, `education.${i}.startDate`, uncertain),
        courses: [...(body.text ? [body.text] : []), ...body.bullets].map((text) => ({
          id: newFactId('course'),
          text,
        })),
      };
    }),
    awards: shown(sec.awards).map((a) => ({
      id: newFactId('award'),
      title: s(a.title),
      awarder: opt(a.awarder),
      date: toPartialDate(a.date),
      summary: opt(htmlToText(a.summary)),
    })),
    certificates: shown(sec.certifications).map((c) => ({
      id: newFactId('cert'),
      name: s(c.name),
      issuer: opt(c.issuer),
      date: toPartialDate(c.date),
      url: href(c.url),
    })),
    publications: shown(sec.publications).map((p) => ({
      id: newFactId('pub'),
      name: s(p.name),
      publisher: opt(p.publisher),
      releaseDate: toPartialDate(p.date),
      url: href(p.url),
      summary: opt(htmlToText(p.summary)),
    })),
    skills: shown(sec.skills)
      .filter((k) => s(k.name))
      .map((k) => ({
        id: newFactId('skill'),
        name: s(k.name),
        level: opt(k.description),
        keywords: (k.keywords ?? []).map((x) => x.trim()).filter(Boolean),
      })),
    languages: shown(sec.languages)
      .filter((l) => s(l.name))
      .map((l) => ({ id: newFactId('lang'), language: s(l.name), fluency: opt(l.description) })),
    interests: shown(sec.interests)
      .filter((x) => s(x.name))
      .map((x) => ({
        id: newFactId('interest'),
        name: s(x.name),
        keywords: (x.keywords ?? []).map((k) => k.trim()).filter(Boolean),
      })),
    references: shown(sec.references)
      .filter((x) => s(x.name))
      .map((x) => ({
        id: newFactId('ref'),
        name: s(x.name),
        reference: opt([s(x.description), htmlToText(x.summary)].filter(Boolean).join(' — ')),
      })),
    projects: shown(sec.projects).map((p, i) => {
      const body = htmlToParagraphAndBullets(p.summary);
      return {
        id: newFactId('proj'),
        name: s(p.name),
        description: opt(body.text),
        url: href(p.url),
        roles: s(p.description) ? [s(p.description)] : [],
        keywords: (p.keywords ?? []).map((k) => k.trim()).filter(Boolean),
        ...dates(p.date, `projects.${i}.startDate`, uncertain),
        highlights: hl(body.bullets),
      };
    }),
  };
}
