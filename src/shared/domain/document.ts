import { z } from 'zod';
import { Basics, FactId, Profile } from './profile';

/**
 * Documents: what Jobsmith writes and exports. A CV is a profile-shaped document (a subset of the
 * master profile, reordered, with some text rewritten); a cover letter is a list of paragraphs.
 * Every block of text that a model or a template wrote names the profile facts it rests on, so the
 * truth check (core/tailor) can trace each claim to the facts its sentence cites.
 */

export const TemplateId = z.enum(['ats', 'modern', 'classic']);
export type TemplateId = z.infer<typeof TemplateId>;

export const Paper = z.enum(['a4', 'letter']);
export type Paper = z.infer<typeof Paper>;

export const ExportFormat = z.enum(['pdf', 'docx', 'md', 'json', 'html']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const DocumentKind = z.enum(['cv', 'letter']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** One paragraph of a cover letter, with the facts it rests on. */
export const LetterParagraph = z.object({
  id: FactId,
  text: z.string().max(5000),
  factIds: z.array(FactId).default([]),
});
export type LetterParagraph = z.infer<typeof LetterParagraph>;

export const Letter = z.object({
  sender: Basics.pick({ name: true, label: true, email: true, phone: true, url: true, location: true }),
  recipient: z.object({
    company: z.string().max(300).default(''),
    role: z.string().max(300).default(''),
    location: z.string().max(300).optional(),
  }),
  /** ISO date (YYYY-MM-DD) printed on the letter. */
  date: z.string().max(40),
  greeting: z.string().max(300),
  paragraphs: z.array(LetterParagraph),
  closing: z.string().max(300),
});
export type Letter = z.infer<typeof Letter>;

/**
 * Where each block of a CV came from: block id (a highlight id, or `basics.summary`) -> the master
 * profile's fact ids it cites. Blocks copied verbatim cite themselves.
 */
export const Citations = z.record(z.string(), z.array(FactId));
export type Citations = z.infer<typeof Citations>;

export const DocumentContent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cv'), cv: Profile, citations: Citations.default({}) }),
  z.object({ kind: z.literal('letter'), letter: Letter }),
]);
export type DocumentContent = z.infer<typeof DocumentContent>;

export const ClaimKind = z.enum([
  'employer',
  'title',
  'date',
  'degree',
  'school',
  'certification',
  'skill',
  'number',
  'percent',
  'money',
  'duration',
  'team-size',
  'uncited',
]);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const FlagStatus = z.enum(['open', 'edited', 'removed', 'confirmed']);
export type FlagStatus = z.infer<typeof FlagStatus>;

/** A claim the truth check could not trace to the facts its sentence cites. */
export const TruthFlag = z.object({
  id: z.string().max(64),
  /** The block it sits in: a highlight id, `basics.summary`, or a letter paragraph id. */
  blockId: z.string().max(100),
  /** Character span of the claim inside the block's text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().max(2000),
  kind: ClaimKind,
  reason: z.string().max(500),
  status: FlagStatus.default('open'),
});
export type TruthFlag = z.infer<typeof TruthFlag>;
