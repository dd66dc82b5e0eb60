import { z } from 'zod';
import { Profile } from './profile';

/** Shapes of the profile import flow and version history, shared by core, contract and renderer. */

export const ImportFormat = z.enum([
  'pdf',
  'europass-pdf',
  'docx',
  'txt',
  'markdown',
  'json-resume',
  'reactive-resume',
  'linkedin-zip',
  'github',
]);
export type ImportFormat = z.infer<typeof ImportFormat>;

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  pdf: 'PDF',
  'europass-pdf': 'Europass PDF',
  docx: 'Word document',
  txt: 'Text',
  markdown: 'Markdown',
  'json-resume': 'JSON Resume',
  'reactive-resume': 'Reactive Resume',
  'linkedin-zip': 'LinkedIn export',
  github: 'GitHub',
};

/** 20 MB of file is at most this many base64 characters (plus a little slack). */
export const MAX_IMPORT_BASE64_CHARS = Math.ceil((20 * 1024 * 1024) / 3) * 4 + 16;

/** What the review screen shows: the parsed draft beside the document text. Nothing is stored yet. */
export const ImportPreview = z.object({
  fileName: z.string(),
  format: ImportFormat,
  profile: Profile,
  text: z.string(),
  uncertain: z.array(z.string()),
  warnings: z.array(z.string()),
  ms: z.number(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportMode = z.enum(['replace', 'merge']);
export type ImportMode = z.infer<typeof ImportMode>;

export const ImportSource = z.object({ fileName: z.string().max(300), format: ImportFormat });
export type ImportSource = z.infer<typeof ImportSource>;

export const VersionKind = z.enum(['import', 'edit', 'restore']);
export type VersionKind = z.infer<typeof VersionKind>;

export const VersionSummary = z.object({
  id: z.number().int(),
  kind: VersionKind,
  label: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Entries per section, for the list ("3 jobs, 12 skills"). */
  counts: z.record(z.string(), z.number()),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

export const VersionDetail = z.object({ version: VersionSummary, profile: Profile });
export type VersionDetail = z.infer<typeof VersionDetail>;

export const FieldChange = z.object({ field: z.string(), before: z.string(), after: z.string() });
export type FieldChange = z.infer<typeof FieldChange>;

export const EntryChange = z.object({
  section: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  title: z.string(),
  fields: z.array(FieldChange),
});
export type EntryChange = z.infer<typeof EntryChange>;

export const ProfileDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  basics: z.array(FieldChange),
  entries: z.array(EntryChange),
});
export type ProfileDiff = z.infer<typeof ProfileDiff>;

export const MergeStats = z.object({ added: z.number(), updated: z.number(), unchanged: z.number() });
export const ImportApplied = z.object({
  versionId: z.number().int(),
  sections: z.record(z.string(), MergeStats),
});
export type ImportApplied = z.infer<typeof ImportApplied>;

/**
 * "Improve with a model": where a model's reading of the document differs from the parse. `path` is
 * JSON Resume's ("basics.email", "work.1.position"; "work.new.0.name" is a job the parse missed);
 * `model` is always a value found in the document's own text (the core drops every other).
 */
export const ImportDisagreement = z.object({ path: z.string().max(100), parsed: z.string(), model: z.string() });
export type ImportDisagreement = z.infer<typeof ImportDisagreement>;

export const ImportImprovement = z.object({
  disagreements: z.array(ImportDisagreement),
  /** How many values the model gave that the document does not contain (dropped, never shown). */
  dropped: z.number().int(),
  providerId: z.string(),
  model: z.string(),
});
export type ImportImprovement = z.infer<typeof ImportImprovement>;

/** The document text can be long (a 10-page CV is ~40 000 characters); this is well above that. */
export const MAX_IMPROVE_TEXT_CHARS = 200_000;
