import type { ProfileSection } from '../../../../../shared/domain/profile';

/** How each profile section is edited: its fields, in display order, and how an entry is titled. */
export type FieldKind = 'text' | 'textarea' | 'date' | 'bullets' | 'tags';
export interface FieldDef {
  key: string;
  label: string;
  kind: FieldKind;
  hint?: string;
  /** Spans both columns of the entry grid. */
  wide?: boolean;
}
export interface SectionDef {
  section: ProfileSection;
  title: string;
  /** One entry, for buttons ("Add position"). */
  noun: string;
  fields: FieldDef[];
  /** Keys whose values make the entry's title, first non-empty wins per part. */
  titleKeys: string[];
  /** Where new entries start: required strings empty, lists empty. */
  blank: Record<string, unknown>;
}

const DATE_HINT = 'e.g. 2021 or 2021-03';
const start: FieldDef = { key: 'startDate', label: 'Start', kind: 'date', hint: DATE_HINT };
const end: FieldDef = { key: 'endDate', label: 'End', kind: 'date', hint: 'empty = present' };
const url: FieldDef = { key: 'url', label: 'Link', kind: 'text' };
const bullets = (key = 'highlights', label = 'Highlights'): FieldDef => ({
  key,
  label,
  kind: 'bullets',
  hint: 'Enter starts the next line; pasting several lines adds each one.',
  wide: true,
});

export const SECTION_DEFS: SectionDef[] = [
  {
    section: 'work',
    title: 'Experience',
    noun: 'position',
    titleKeys: ['position', 'name'],
    blank: { name: '', position: '', highlights: [] },
    fields: [
      { key: 'position', label: 'Title', kind: 'text' },
      { key: 'name', label: 'Company', kind: 'text' },
      { key: 'location', label: 'Location', kind: 'text' },
      url,
      start,
      end,
      { key: 'summary', label: 'Summary', kind: 'textarea', wide: true },
      bullets(),
    ],
  },
  {
    section: 'education',
    title: 'Education',
    noun: 'education',
    titleKeys: ['studyType', 'area', 'institution'],
    blank: { institution: '', courses: [] },
    fields: [
      { key: 'institution', label: 'School', kind: 'text' },
      { key: 'studyType', label: 'Degree', kind: 'text' },
      { key: 'area', label: 'Field of study', kind: 'text' },
      { key: 'location', label: 'Location', kind: 'text' },
      start,
      end,
      { key: 'score', label: 'Grade', kind: 'text' },
      url,
      bullets('courses', 'Courses and notes'),
    ],
  },
  {
    section: 'skills',
    title: 'Skills',
    noun: 'skill',
    titleKeys: ['name'],
    blank: { name: '', keywords: [] },
    fields: [
      { key: 'name', label: 'Skill', kind: 'text' },
      { key: 'level', label: 'Level', kind: 'text' },
      { key: 'keywords', label: 'Keywords', kind: 'tags', hint: 'Comma-separated', wide: true },
    ],
  },
  {
    section: 'projects',
    title: 'Projects',
    noun: 'project',
    titleKeys: ['name'],
    blank: { name: '', roles: [], keywords: [], highlights: [] },
    fields: [
      { key: 'name', label: 'Name', kind: 'text' },
      url,
      start,
      end,
      { key: 'description', label: 'Description', kind: 'textarea', wide: true },
      { key: 'roles', label: 'Roles', kind: 'tags', hint: 'Comma-separated' },
      { key: 'keywords', label: 'Keywords', kind: 'tags', hint: 'Comma-separated' },
      bullets(),
    ],
  },
  {
    section: 'languages',
    title: 'Languages',
    noun: 'language',
    titleKeys: ['language'],
    blank: { language: '' },
    fields: [
      { key: 'language', label: 'Language', kind: 'text' },
      { key: 'fluency', label: 'Fluency', kind: 'text' },
    ],
  },
  {
    section: 'certificates',
    title: 'Certificates',
    noun: 'certificate',
    titleKeys: ['name'],
    blank: { name: '' },
    fields: [
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'issuer', label: 'Issuer', kind: 'text' },
      { key: 'date', label: 'Date', kind: 'date', hint: DATE_HINT },
      url,
    ],
  },
  {
    section: 'volunteer',
    title: 'Volunteering',
    noun: 'role',
    titleKeys: ['position', 'organization'],
    blank: { organization: '', position: '', highlights: [] },
    fields: [
      { key: 'position', label: 'Role', kind: 'text' },
      { key: 'organization', label: 'Organisation', kind: 'text' },
      start,
      end,
      url,
      { key: 'summary', label: 'Summary', kind: 'textarea', wide: true },
      bullets(),
    ],
  },
  {
    section: 'awards',
    title: 'Awards',
    noun: 'award',
    titleKeys: ['title'],
    blank: { title: '' },
    fields: [
      { key: 'title', label: 'Title', kind: 'text' },
      { key: 'awarder', label: 'Awarded by', kind: 'text' },
      { key: 'date', label: 'Date', kind: 'date', hint: DATE_HINT },
      { key: 'summary', label: 'Summary', kind: 'textarea', wide: true },
    ],
  },
  {
    section: 'publications',
    title: 'Publications',
    noun: 'publication',
    titleKeys: ['name'],
    blank: { name: '' },
    fields: [
      { key: 'name', label: 'Title', kind: 'text' },
      { key: 'publisher', label: 'Publisher', kind: 'text' },
      { key: 'releaseDate', label: 'Date', kind: 'date', hint: DATE_HINT },
      url,
      { key: 'summary', label: 'Summary', kind: 'textarea', wide: true },
    ],
  },
  {
    section: 'interests',
    title: 'Interests',
    noun: 'interest',
    titleKeys: ['name'],
    blank: { name: '', keywords: [] },
    fields: [
      { key: 'name', label: 'Interest', kind: 'text' },
      { key: 'keywords', label: 'Keywords', kind: 'tags', hint: 'Comma-separated' },
    ],
  },
  {
    section: 'references',
    title: 'References',
    noun: 'reference',
    titleKeys: ['name'],
    blank: { name: '' },
    fields: [
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'reference', label: 'Reference', kind: 'textarea', wide: true },
    ],
  },
];

export const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function entryTitle(def: SectionDef, entry: Record<string, unknown>): string {
  const parts = def.titleKeys
    .map((k) => entry[k])
    .filter((v): v is string => typeof v === 'string' && v.trim().length > 0);
  return parts.join(' · ') || `New ${def.noun}`;
}

export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
}
