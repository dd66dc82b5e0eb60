import { z } from 'zod';
import { AppError, describeZodError } from '../../../../shared/ipc/result';
import { fitProfile } from './fit-profile';
import { newFactId } from './new-fact-id';
import { toPartialDate } from './text/dates';
import type { ImportResult } from './types';

/** JSON Resume (https://jsonresume.org/schema), read leniently: unknown keys are ignored, wrong types are not. */
const str = z.string().nullish();
const strList = z.array(z.string()).nullish();
const loose = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);
const list = <T extends z.ZodType>(item: T) => z.array(item).nullish();

const JsonResumeFile = loose({
  basics: loose({
    name: str,
    label: str,
    image: str,
    email: str,
    phone: str,
    url: str,
    summary: str,
    location: loose({ address: str, postalCode: str, city: str, countryCode: str, region: str }).nullish(),
    profiles: list(loose({ network: str, username: str, url: str })),
  }).nullish(),
  work: list(
    loose({
      name: str,
      company: str,
      position: str,
      location: str,
      url: str,
      website: str,
      description: str,
      summary: str,
      startDate: str,
      endDate: str,
      highlights: strList,
    }),
  ),
  volunteer: list(
    loose({
      organization: str,
      position: str,
      url: str,
      summary: str,
      startDate: str,
      endDate: str,
      highlights: strList,
    }),
  ),
  education: list(
    loose({
      institution: str,
      url: str,
      area: str,
      studyType: str,
      startDate: str,
      endDate: str,
      score: str,
      gpa: str,
      location: str,
      courses: strList,
    }),
  ),
  awards: list(loose({ title: str, date: str, awarder: str, summary: str })),
  certificates: list(loose({ name: str, date: str, url: str, issuer: str })),
  publications: list(loose({ name: str, publisher: str, releaseDate: str, url: str, summary: str })),
  skills: list(loose({ name: str, level: str, keywords: strList })),
  languages: list(loose({ language: str, fluency: str })),
  interests: list(loose({ name: str, keywords: strList })),
  references: list(loose({ name: str, reference: str })),
  projects: list(
    loose({
      name: str,
      description: str,
      highlights: strList,
      keywords: strList,
      startDate: str,
      endDate: str,
      url: str,
      roles: strList,
      entity: str,
      type: str,
    }),
  ),
});
type JsonResumeFile = z.infer<typeof JsonResumeFile>;

/** True when a parsed JSON value looks like a JSON Resume document (used by format sniffing). */
export function looksLikeJsonResume(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  if ('sections' in o && 'metadata' in o) return false; // Reactive Resume
  return ['basics', 'work', 'education', 'skills', '$schema'].some((k) => k in o);
}

const s = (v: string | null | undefined) => (v ?? '').trim();
const opt = (v: string | null | undefined) => (s(v) ? s(v) : undefined);
const bullets = (items: string[] | null | undefined, prefix: string) =>
  (items ?? [])
    .map((t) => t.trim())
    .filter(Boolean)
    .map((text) => ({ id: newFactId(prefix), text }));
const words = (items: string[] | null | undefined) => (items ?? []).map((t) => t.trim()).filter(Boolean);

export function readJsonResume(value: unknown, text: string): ImportResult {
  const parsed = JsonResumeFile.safeParse(value);
  if (!parsed.success) {
    throw new AppError(
      'BAD_INPUT',
      `This JSON Resume file is not valid: ${describeZodError(parsed.error)}. Fix these fields or export the file again.`,
      {
        issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      },
    );
  }
  const warnings: string[] = [];
  const uncertain: string[] = [];
  const draft = mapJsonResume(parsed.data, uncertain);
  return { format: 'json-resume', profile: fitProfile(draft, warnings, 'JSON Resume file'), text, uncertain, warnings };
}

function date(raw: string | null | undefined, path: string, uncertain: string[]): string | undefined {
  const d = toPartialDate(raw);
  if (raw && raw.trim() && !d && !/present|current/i.test(raw)) uncertain.push(path);
  return d;
}

function mapJsonResume(r: JsonResumeFile, uncertain: string[]) {
  const b = r.basics ?? {};
  const loc = b.location ?? {};
  return {
    basics: {
      name: s(b.name),
      label: s(b.label),
      image: opt(b.image),
      email: s(b.email),
      phone: s(b.phone),
      url: s(b.url),
      summary: s(b.summary),
      location: {
        address: opt(loc.address),
        postalCode: opt(loc.postalCode),
        city: opt(loc.city),
        countryCode: opt(loc.countryCode),
        region: opt(loc.region),
      },
      profiles: (b.profiles ?? []).map((p) => ({
        id: newFactId('link'),
        network: opt(p.network),
        username: opt(p.username),
        url: s(p.url),
      })),
    },
    work: (r.work ?? []).map((w, i) => ({
      id: newFactId('work'),
      name: s(w.name ?? w.company),
      position: s(w.position),
      location: opt(w.location),
      url: opt(w.url ?? w.website),
      description: opt(w.description),
      summary: opt(w.summary),
      startDate: date(w.startDate, `work.${i}.startDate`, uncertain),
      endDate: date(w.endDate, `work.${i}.endDate`, uncertain),
      highlights: bullets(w.highlights, 'hl'),
    })),
    volunteer: (r.volunteer ?? []).map((v, i) => ({
      id: newFactId('vol'),
      organization: s(v.organization),
      position: s(v.position),
      url: opt(v.url),
      summary: opt(v.summary),
      startDate: date(v.startDate, `volunteer.${i}.startDate`, uncertain),
      endDate: date(v.endDate, `volunteer.${i}.endDate`, uncertain),
      highlights: bullets(v.highlights, 'hl'),
    })),
    education: (r.education ?? []).map((e, i) => ({
      id: newFactId('edu'),
      institution: s(e.institution),
      area: opt(e.area),
      studyType: opt(e.studyType),
      location: opt(e.location),
      url: opt(e.url),
      score: opt(e.score ?? e.gpa),
      startDate: date(e.startDate, `education.${i}.startDate`, uncertain),
      endDate: date(e.endDate, `education.${i}.endDate`, uncertain),
      courses: bullets(e.courses, 'course'),
    })),
    awards: (r.awards ?? []).map((a, i) => ({
      id: newFactId('award'),
      title: s(a.title),
      date: date(a.date, `awards.${i}.date`, uncertain),
      awarder: opt(a.awarder),
      summary: opt(a.summary),
    })),
    certificates: (r.certificates ?? []).map((c, i) => ({
      id: newFactId('cert'),
      name: s(c.name),
      date: date(c.date, `certificates.${i}.date`, uncertain),
      issuer: opt(c.issuer),
      url: opt(c.url),
    })),
    publications: (r.publications ?? []).map((p, i) => ({
      id: newFactId('pub'),
      name: s(p.name),
      publisher: opt(p.publisher),
      releaseDate: date(p.releaseDate, `publications.${i}.releaseDate`, uncertain),
      url: opt(p.url),
      summary: opt(p.summary),
    })),
    skills: (r.skills ?? [])
      .filter((k) => s(k.name))
      .map((k) => ({ id: newFactId('skill'), name: s(k.name), level: opt(k.level), keywords: words(k.keywords) })),
    languages: (r.languages ?? [])
      .filter((l) => s(l.language))
      .map((l) => ({ id: newFactId('lang'), language: s(l.language), fluency: opt(l.fluency) })),
    interests: (r.interests ?? [])
      .filter((x) => s(x.name))
      .map((x) => ({ id: newFactId('interest'), name: s(x.name), keywords: words(x.keywords) })),
    references: (r.references ?? [])
      .filter((x) => s(x.name))
      .map((x) => ({ id: newFactId('ref'), name: s(x.name), reference: opt(x.reference) })),
    projects: (r.projects ?? []).map((p, i) => ({
      id: newFactId('proj'),
      name: s(p.name),
      description: opt(p.description),
      url: opt(p.url),
      roles: words(p.roles),
      entity: opt(p.entity),
      type: opt(p.type),
      keywords: words(p.keywords),
      startDate: date(p.startDate, `projects.${i}.startDate`, uncertain),
      endDate: date(p.endDate, `projects.${i}.endDate`, uncertain),
      highlights: bullets(p.highlights, 'hl'),
    })),
  };
}
