import type { Profile } from '../../../shared/domain/profile';

/**
 * The profile as plain JSON Resume (https://jsonresume.org/schema): no ids, highlights as strings,
 * dates as "YYYY-MM" or "YYYY", empty fields left out. This is what `import --json` prints and what
 * the accuracy benchmark scores.
 */
export type JsonResume = Record<string, unknown>;

type Plain = string | number | boolean | null | undefined | Plain[] | { [k: string]: Plain };

/** Drops empty strings, empty arrays and empty objects, recursively. */
function prune(v: Plain): Plain {
  if (Array.isArray(v)) {
    const a = v.map(prune).filter((x) => x !== undefined);
    return a.length ? a : undefined;
  }
  if (v && typeof v === 'object') {
    const o: Record<string, Plain> = {};
    for (const [k, x] of Object.entries(v)) {
      const p = prune(x);
      if (p !== undefined) o[k] = p;
    }
    return Object.keys(o).length ? o : undefined;
  }
  if (typeof v === 'string') return v.trim() ? v.trim() : undefined;
  return v === null ? undefined : v;
}

/** "2021-03-14" -> "2021-03": JSON Resume readers expect month granularity at most. */
const date = (d: string | undefined): string | undefined => (d ? d.slice(0, 7) : undefined);
const texts = (hs: { text: string }[]): string[] => hs.map((h) => h.text);

export function toJsonResume(p: Profile): JsonResume {
  const b = p.basics;
  const out = {
    basics: {
      name: b.name,
      label: b.label,
      image: b.image,
      email: b.email,
      phone: b.phone,
      url: b.url,
      summary: b.summary,
      location: { ...b.location },
      profiles: b.profiles.map(({ network, username, url }) => ({ network, username, url })),
    },
    work: p.work.map((w) => ({
      name: w.name,
      position: w.position,
      location: w.location,
      url: w.url,
      description: w.description,
      summary: w.summary,
      startDate: date(w.startDate),
      endDate: date(w.endDate),
      highlights: texts(w.highlights),
    })),
    volunteer: p.volunteer.map((v) => ({
      organization: v.organization,
      position: v.position,
      url: v.url,
      summary: v.summary,
      startDate: date(v.startDate),
      endDate: date(v.endDate),
      highlights: texts(v.highlights),
    })),
    education: p.education.map((e) => ({
      institution: e.institution,
      url: e.url,
      area: e.area,
      studyType: e.studyType,
      location: e.location,
      startDate: date(e.startDate),
      endDate: date(e.endDate),
      score: e.score,
      courses: texts(e.courses),
    })),
    awards: p.awards.map((a) => ({ title: a.title, date: date(a.date), awarder: a.awarder, summary: a.summary })),
    certificates: p.certificates.map((c) => ({ name: c.name, date: date(c.date), issuer: c.issuer, url: c.url })),
    publications: p.publications.map((x) => ({
      name: x.name,
      publisher: x.publisher,
      releaseDate: date(x.releaseDate),
      url: x.url,
      summary: x.summary,
    })),
    skills: p.skills.map((s) => ({ name: s.name, level: s.level, keywords: s.keywords })),
    languages: p.languages.map((l) => ({ language: l.language, fluency: l.fluency })),
    interests: p.interests.map((i) => ({ name: i.name, keywords: i.keywords })),
    references: p.references.map((r) => ({ name: r.name, reference: r.reference })),
    projects: p.projects.map((x) => ({
      name: x.name,
      description: x.description,
      url: x.url,
      roles: x.roles,
      entity: x.entity,
      type: x.type,
      keywords: x.keywords,
      startDate: date(x.startDate),
      endDate: date(x.endDate),
      highlights: texts(x.highlights),
    })),
  };
  return (prune(out as unknown as Plain) ?? {}) as JsonResume;
}
