import { z } from 'zod';

/**
 * The profile: a superset of JSON Resume (https://jsonresume.org/schema).
 * Every fact that later stages may cite (an entry, a bullet, a skill) carries a stable `id`.
 * Dates are ISO-like strings at the granularity known: "2021", "2021-03" or "2021-03-14".
 */

export const FactId = z.string().min(1).max(64);
export type FactId = z.infer<typeof FactId>;

const text = (max = 500) => z.string().trim().max(max);
const optText = (max = 500) => text(max).optional();
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date like 2021, 2021-03 or 2021-03-14');

/** A bullet or highlight: one citable sentence. */
export const Highlight = z.object({ id: FactId, text: text(2000) });
export type Highlight = z.infer<typeof Highlight>;

export const ProfileLink = z.object({
  id: FactId,
  network: optText(80),
  username: optText(200),
  url: z.string().trim().max(2000),
});
export type ProfileLink = z.infer<typeof ProfileLink>;

export const Location = z.object({
  address: optText(300),
  postalCode: optText(40),
  city: optText(120),
  countryCode: optText(8),
  region: optText(120),
});
export type Location = z.infer<typeof Location>;

export const Basics = z.object({
  name: text(200).default(''),
  label: text(300).default(''),
  image: optText(2000),
  email: text(320).default(''),
  phone: text(60).default(''),
  url: text(2000).default(''),
  summary: text(10_000).default(''),
  location: Location.default({}),
  profiles: z.array(ProfileLink).default([]),
});
export type Basics = z.infer<typeof Basics>;

const dated = {
  startDate: PartialDate.optional(),
  endDate: PartialDate.optional(),
};

export const WorkEntry = z.object({
  id: FactId,
  name: text(300).default(''),
  position: text(300).default(''),
  location: optText(300),
  url: optText(2000),
  description: optText(2000),
  summary: optText(10_000),
  ...dated,
  highlights: z.array(Highlight).default([]),
});
export type WorkEntry = z.infer<typeof WorkEntry>;

export const VolunteerEntry = z.object({
  id: FactId,
  organization: text(300).default(''),
  position: text(300).default(''),
  url: optText(2000),
  summary: optText(10_000),
  ...dated,
  highlights: z.array(Highlight).default([]),
});
export type VolunteerEntry = z.infer<typeof VolunteerEntry>;

export const EducationEntry = z.object({
  id: FactId,
  institution: text(300).default(''),
  area: optText(300),
  studyType: optText(300),
  location: optText(300),
  url: optText(2000),
  score: optText(100),
  ...dated,
  courses: z.array(Highlight).default([]),
});
export type EducationEntry = z.infer<typeof EducationEntry>;

export const Award = z.object({
  id: FactId,
  title: text(300).default(''),
  date: PartialDate.optional(),
  awarder: optText(300),
  summary: optText(5000),
});
export type Award = z.infer<typeof Award>;

export const Certificate = z.object({
  id: FactId,
  name: text(300).default(''),
  date: PartialDate.optional(),
  issuer: optText(300),
  url: optText(2000),
});
export type Certificate = z.infer<typeof Certificate>;

export const Publication = z.object({
  id: FactId,
  name: text(500).default(''),
  publisher: optText(300),
  releaseDate: PartialDate.optional(),
  url: optText(2000),
  summary: optText(5000),
});
export type Publication = z.infer<typeof Publication>;

export const Skill = z.object({
  id: FactId,
  name: text(200),
  level: optText(100),
  keywords: z.array(text(1000)).default([]),
});
export type Skill = z.infer<typeof Skill>;

export const LanguageSkill = z.object({
  id: FactId,
  language: text(100),
  fluency: optText(100),
});
export type LanguageSkill = z.infer<typeof LanguageSkill>;

export const Interest = z.object({
  id: FactId,
  name: text(200),
  keywords: z.array(text(1000)).default([]),
});
export type Interest = z.infer<typeof Interest>;

export const Reference = z.object({
  id: FactId,
  name: text(200),
  reference: optText(5000),
});
export type Reference = z.infer<typeof Reference>;

export const Project = z.object({
  id: FactId,
  name: text(300).default(''),
  description: optText(5000),
  url: optText(2000),
  roles: z.array(text(200)).default([]),
  entity: optText(300),
  type: optText(100),
  keywords: z.array(text(1000)).default([]),
  ...dated,
  highlights: z.array(Highlight).default([]),
});
export type Project = z.infer<typeof Project>;

export const Profile = z.object({
  basics: Basics.default(Basics.parse({})),
  work: z.array(WorkEntry).default([]),
  volunteer: z.array(VolunteerEntry).default([]),
  education: z.array(EducationEntry).default([]),
  awards: z.array(Award).default([]),
  certificates: z.array(Certificate).default([]),
  publications: z.array(Publication).default([]),
  skills: z.array(Skill).default([]),
  languages: z.array(LanguageSkill).default([]),
  interests: z.array(Interest).default([]),
  references: z.array(Reference).default([]),
  projects: z.array(Project).default([]),
});
export type Profile = z.infer<typeof Profile>;

export const PROFILE_SECTIONS = [
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'references',
  'projects',
] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

export function emptyProfile(): Profile {
  return Profile.parse({});
}
