import { Profile, type Highlight } from '../../../../../shared/domain/profile';
import { fitProfile } from '../fit-profile';
import { parseBasics, findNameLine, headerLines } from './basics';
import { findDateRange, stripDateRange, type DateRange } from './dates';
import { educationFields, parseHeader, workFields } from './entry-fields';
import { splitEntries, type RawEntry } from './entries';
import { createIdMaker, type IdMaker } from './ids';
import { capLines, type DocLine } from './lines';
import { rewriteLabelRows } from './label-rows';
import { normaliseScript } from './script-normalise';
import { joinWrapped, toItems } from './paragraphs';
import { segmentSections, type Section } from './sections';
import { parseCertificates, parseLanguages, parseSkills } from './skills-parse';

export interface ParsedProfile {
  profile: Profile;
  uncertain: string[];
  warnings: string[];
}

export interface ParseOptions {
  /** Link targets found in the document (PDF link annotations, DOCX hyperlinks). */
  links?: string[];
}

const GRADUATION = /\b(expected|anticipated|graduat\w*|voraussichtlich|abschluss|pr[ée]vu|diplom[ée] en)\b/i;
const startOf = (d: DateRange | null): string | undefined => d?.start;
/** A single date ("Summer 2022", "2016") stands for both ends: the entry began and ended then. */
const endOf = (d: DateRange | null): string | undefined =>
  d && !d.current && !d.open ? (d.end ?? d.start) : undefined;

/** Turns lines in reading order into a structured profile, with no model: headings, entries, fields. */
export function parseProfileLines(all: DocLine[], opts: ParseOptions = {}): ParsedProfile {
  const lines = rewriteLabelRows(
    capLines(all.filter((l) => !l.footer)).map((l) => ({
      ...l,
      text: normaliseScript(l.text),
      segments: l.segments.map(normaliseScript),
    })),
  );
  const ids = createIdMaker();
  const uncertain: string[] = [];
  const warnings: string[] = [];
  const sections = segmentSections(lines);
  const nameLine = findNameLine(sections);
  const header = headerLines(sections, nameLine);
  for (const s of sections) if (s.kind !== 'header') s.lines = s.lines.filter((l) => !header.taken.has(l));
  const basics = parseBasics(header.lines, nameLine, opts.links ?? []);
  const profile = Profile.parse({});
  const hl = (owner: string, texts: string[]): Highlight[] =>
    texts.map((t) => ({ id: ids.make('h', owner, t), text: t }));

  Object.assign(profile.basics, {
    name: basics.name,
    label: basics.label,
    email: basics.email,
    phone: basics.phone,
    url: basics.url,
    summary: basics.summary,
    location: basics.location,
  });
  profile.basics.profiles = basics.profiles.map((p) => ({ id: ids.make('link', p.url), ...p }));

  for (const s of sections) {
    if (s.kind === 'header' || s.kind === 'other' || !s.lines.length) continue;
    if (s.kind === 'loose') {
      const items = toItems(s.lines);
      if (!profile.basics.summary && items.some((i) => i.kind === 'para')) profile.basics.summary = paragraphText(s);
      continue;
    }
    switch (s.kind) {
      case 'summary': {
        // a summary section wins over prose found in the header
        profile.basics.summary = paragraphText(s) || profile.basics.summary;
        break;
      }
      case 'work':
      case 'volunteer':
        for (const e of splitEntries(s.lines)) addWork(profile, e, s.kind, ids, hl, uncertain);
        break;
      case 'education':
        for (const e of splitEntries(s.lines)) {
          const f = educationFields(e);
          // "Expected Graduation: June 2016": the one date is when the degree ends
          const gradOnly =
            f.dates && !f.dates.end && !f.dates.current && GRADUATION.test(e.heads.map((h) => h.text).join(' '));
          const id = ids.make('edu', f.institution, f.studyType, f.area, startOf(f.dates));
          const i = profile.education.length;
          profile.education.push({
            id,
            institution: f.institution,
            studyType: f.studyType,
            area: f.area,
            location: f.location,
            score: f.score,
            url: f.url,
            startDate: gradOnly ? undefined : startOf(f.dates),
            endDate: endOf(f.dates),
            courses: hl(id, [...e.bullets, ...e.paras]),
          });
          if (f.unsure) uncertain.push(`education.${i}.institution`);
          if (!f.dates) uncertain.push(`education.${i}.startDate`);
        }
        break;
      case 'projects':
        for (const e of splitEntries(s.lines)) {
          if (e.heads.length) addProject(profile, e, ids, hl);
          else for (const b of [...e.bullets, ...e.paras]) addProjectLine(profile, b, ids);
        }
        break;
      case 'skills':
        for (const g of parseSkills(s.lines)) {
          profile.skills.push({
            id: ids.make('skill', g.name, g.keywords.join(',')),
            name: g.name,
            level: g.level,
            keywords: g.keywords,
          });
        }
        break;
      case 'languages':
        for (const l of parseLanguages(s.lines)) profile.languages.push({ id: ids.make('lang', l.language), ...l });
        break;
      case 'certificates':
        for (const c of parseCertificates(s.lines)) profile.certificates.push({ id: ids.make('cert', c.name), ...c });
        break;
      case 'awards':
        for (const t of listTexts(s)) profile.awards.push({ id: ids.make('award', t), title: t });
        break;
      case 'publications':
        for (const t of listTexts(s)) profile.publications.push({ id: ids.make('pub', t), name: t });
        break;
      case 'interests':
        for (const t of listTexts(s)) profile.interests.push({ id: ids.make('int', t), name: t, keywords: [] });
        break;
      case 'references':
        for (const t of listTexts(s)) profile.references.push({ id: ids.make('ref', t), name: t });
        break;
      case 'contact':
        addContactSection(profile, s, ids);
        break;
    }
  }
  if (!profile.basics.name) uncertain.push('basics.name');
  if (!profile.basics.email) uncertain.push('basics.email');
  if (!profile.work.length && !profile.education.length)
    warnings.push('No work or education entries were recognised; please check the sections.');
  return { profile: fitProfile(profile, warnings, 'document'), uncertain, warnings };
}

function addWork(
  profile: Profile,
  e: RawEntry,
  kind: 'work' | 'volunteer',
  ids: IdMaker,
  hl: (o: string, t: string[]) => Highlight[],
  uncertain: string[],
): void {
  const f = workFields(e);
  if (!f.name && !f.position && !e.bullets.length && !e.paras.length) return;
  // one paragraph is a summary; several (or paragraphs among bullets) are bullets drawn without a glyph
  const asSummary = e.paras.length === 1 && !e.bullets.length;
  const summary =
    [...f.extra.filter((x) => x.split(' ').length > 6), ...(asSummary ? e.paras : [])].join(' ').trim() || undefined;
  const bullets = asSummary ? e.bullets : e.body;
  if (kind === 'volunteer') {
    const id = ids.make('vol', f.name, f.position, startOf(f.dates));
    profile.volunteer.push({
      id,
      organization: f.name,
      position: f.position,
      url: f.url,
      summary,
      startDate: startOf(f.dates),
      endDate: endOf(f.dates),
      highlights: hl(id, bullets),
    });
    return;
  }
  const id = ids.make('work', f.name, f.position, startOf(f.dates));
  const i = profile.work.length;
  profile.work.push({
    id,
    name: f.name,
    position: f.position,
    location: f.location,
    url: f.url,
    summary,
    startDate: startOf(f.dates),
    endDate: endOf(f.dates),
    highlights: hl(id, bullets),
  });
  if (f.unsure) uncertain.push(`work.${i}.position`);
  if (!f.dates) uncertain.push(`work.${i}.startDate`);
}

function addProject(profile: Profile, e: RawEntry, ids: IdMaker, hl: (o: string, t: string[]) => Highlight[]): void {
  // a project's header reads in order: its name first, then a role or a one-line description
  const f = parseHeader(e.heads.flatMap((i) => i.segments));
  const pieces = f.pieces;
  const name = pieces[0] ?? '';
  const roles = pieces.slice(1).filter((p) => p.split(' ').length <= 4);
  const descParts = [...pieces.slice(1).filter((p) => p.split(' ').length > 4), ...e.paras];
  const id = ids.make('proj', name, startOf(f.dates));
  profile.projects.push({
    id,
    name,
    description: descParts.join(' ') || undefined,
    url: f.url,
    roles,
    keywords: [],
    startDate: startOf(f.dates),
    endDate: endOf(f.dates),
    highlights: hl(id, e.bullets),
  });
}

/** "Open Source Contributor: Contributed to several packages", "OpenIcons (2020 - 2022): An icon set" as one project. */
function addProjectLine(profile: Profile, text: string, ids: IdMaker): void {
  const colon = text.indexOf(': ');
  const head = colon > 0 ? text.slice(0, colon) : text;
  const d = colon > 0 ? findDateRange(head) : null; // only a date beside the name dates the project
  const t = (d ? stripDateRange(head, d) + text.slice(colon) : text)
    .replace(/\(\s*\)/g, '')
    .replace(/\s+:/, ':')
    .trim();
  const m = t.match(/^([^:]{2,60}?):\s+(.+)$/) ?? t.match(/^([^–—]{2,60}?)\s+[–—-]\s+(.+)$/);
  const name = m ? m[1]!.trim() : t;
  const id = ids.make('proj', name, text);
  profile.projects.push({
    id,
    name,
    description: m ? m[2]!.trim() : undefined,
    roles: [],
    keywords: [],
    highlights: [],
    startDate: startOf(d),
    endDate: endOf(d),
  });
}

function paragraphText(s: Section): string {
  return toItems(s.lines).reduce((acc, it) => (acc ? joinWrapped(acc, it.text) : it.text), '');
}

function listTexts(s: Section): string[] {
  return toItems(s.lines)
    .map((i) => i.text.trim())
    .filter(Boolean);
}

function addContactSection(profile: Profile, s: Section, ids: IdMaker): void {
  const b = parseBasics(s.lines, null, []);
  const pb = profile.basics;
  pb.email ||= b.email;
  pb.phone ||= b.phone;
  pb.url ||= b.url;
  if (!pb.location.city && b.location.city) pb.location = b.location;
  for (const p of b.profiles)
    if (!pb.profiles.some((q) => q.url === p.url)) pb.profiles.push({ id: ids.make('link', p.url), ...p });
}
