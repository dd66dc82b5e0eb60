import { z } from 'zod';

/**
 * A job posting as Jobsmith keeps it, whatever way it was captured (paste, URL, file, ATS board).
 * `descriptionText` is the clean plain text that analysis and matching read; `descriptionHtml` is
 * sanitised HTML that the renderer still passes through DOMPurify before showing.
 */

export const JobSource = z.enum(['paste', 'url', 'file', 'ats']);
export type JobSource = z.infer<typeof JobSource>;

export const RemoteType = z.enum(['onsite', 'hybrid', 'remote', 'unknown']);
export type RemoteType = z.infer<typeof RemoteType>;

export const EmploymentType = z.enum([
  'full_time',
  'part_time',
  'contract',
  'temporary',
  'internship',
  'volunteer',
  'per_diem',
  'other',
]);
export type EmploymentType = z.infer<typeof EmploymentType>;

export const Seniority = z.enum([
  'intern',
  'junior',
  'mid',
  'senior',
  'lead',
  'principal',
  'manager',
  'director',
  'executive',
]);
export type Seniority = z.infer<typeof Seniority>;

export const SalaryPeriod = z.enum(['hour', 'day', 'week', 'month', 'year']);
export type SalaryPeriod = z.infer<typeof SalaryPeriod>;

export const Salary = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  /** ISO 4217, e.g. AUD. */
  currency: z.string().max(8).nullable(),
  period: SalaryPeriod.nullable(),
});
export type Salary = z.infer<typeof Salary>;

/** Where a posting sits for the user. `new` = found by the watchlist and waiting in the inbox. */
export const JobStatus = z.enum(['new', 'saved', 'applied', 'interviewing', 'offer', 'rejected', 'archived']);
export type JobStatus = z.infer<typeof JobStatus>;

export const AtsProvider = z.enum(['greenhouse', 'lever', 'ashby', 'smartrecruiters', 'workable', 'recruitee']);
export type AtsProvider = z.infer<typeof AtsProvider>;

/** Which data centre serves a board: Greenhouse and Lever run separate EU hosts. */
export const BoardRegion = z.enum(['us', 'eu']);
export type BoardRegion = z.infer<typeof BoardRegion>;

/** One step of a capture, shown in the job's capture log ("removed 3 hidden passages"). */
export const CaptureLogEntry = z.object({
  at: z.string(),
  level: z.enum(['info', 'warning']),
  message: z.string(),
});
export type CaptureLogEntry = z.infer<typeof CaptureLogEntry>;

/** The fields extraction produces, before the job is stored. */
export const JobDraft = z.object({
  title: z.string().trim().max(300),
  company: z.string().trim().max(300),
  locations: z.array(z.string().trim().max(300)).max(50).default([]),
  remote: RemoteType.default('unknown'),
  employmentType: EmploymentType.nullable().default(null),
  seniority: Seniority.nullable().default(null),
  salary: Salary.nullable().default(null),
  descriptionText: z.string().max(200_000),
  descriptionHtml: z.string().max(400_000).default(''),
  /** ISO date or date-time as the source gave it. */
  postedAt: z.string().nullable().default(null),
  /** BCP 47 language tag, e.g. "en". */
  language: z.string().max(16).nullable().default(null),
  source: JobSource,
  sourceUrl: z.string().max(4000).nullable().default(null),
  canonicalUrl: z.string().max(4000).nullable().default(null),
  atsProvider: AtsProvider.nullable().default(null),
  atsId: z.string().max(300).nullable().default(null),
  /** Which extractor produced the fields: json-ld, microdata, site:indeed, readability, paste, file, ats:lever... */
  extractedBy: z.string().max(60),
  captureLog: z.array(CaptureLogEntry).default([]),
});
export type JobDraft = z.infer<typeof JobDraft>;

export const Job = JobDraft.extend({
  id: z.string(),
  status: JobStatus,
  /** sha256 of the normalised title + company + description, for dedupe. */
  contentHash: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Job = z.infer<typeof Job>;

/** The list row: everything but the long texts. */
export const JobSummary = Job.omit({ descriptionText: true, descriptionHtml: true, captureLog: true });
export type JobSummary = z.infer<typeof JobSummary>;

export const JobListQuery = z.object({
  text: z.string().max(300).optional(),
  status: JobStatus.optional(),
  company: z.string().max(300).optional(),
  remote: RemoteType.optional(),
  /** ISO date: only jobs captured on or after it. */
  since: z.string().optional(),
  limit: z.number().int().min(1).max(5000).default(500),
});
export type JobListQuery = z.infer<typeof JobListQuery>;

/** A company whose public ATS board Jobsmith checks for new postings. */
export const WatchedBoard = z.object({
  id: z.string(),
  provider: AtsProvider,
  board: z.string().min(1).max(200),
  region: BoardRegion.default('us'),
  label: z.string().max(200),
  lastCheckedAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
});
export type WatchedBoard = z.infer<typeof WatchedBoard>;

/** Filters a new posting must pass to reach the inbox. Empty fields match everything. */
export const SavedSearch = z.object({
  id: z.string(),
  name: z.string().min(1).max(200),
  keywords: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
  location: z.string().max(200).default(''),
  remoteOnly: z.boolean().default(false),
  createdAt: z.string(),
});
export type SavedSearch = z.infer<typeof SavedSearch>;

// ---- What the Jobs screen and the CLI send and receive (used by src/shared/contract.ts) ----

export const MAX_JOB_FILE_BASE64_CHARS = 28_000_000; // a 20 MB file, base64-encoded

export const CaptureInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paste'), text: z.string().min(1).max(2_000_000) }).strict(),
  z.object({ kind: z.literal('url'), url: z.string().trim().min(1).max(4000) }).strict(),
  z
    .object({
      kind: z.literal('file'),
      name: z.string().min(1).max(300),
      dataBase64: z.string().min(1).max(MAX_JOB_FILE_BASE64_CHARS),
    })
    .strict(),
]);
export type CaptureInput = z.infer<typeof CaptureInput>;

/** Fields a person may correct after capture. */
export const JobEdits = z
  .object({
    title: z.string().trim().min(1).max(300),
    company: z.string().trim().max(300),
    locations: z.array(z.string().trim().max(300)).max(50),
    remote: RemoteType,
    employmentType: EmploymentType.nullable(),
    seniority: Seniority.nullable(),
    salary: Salary.nullable(),
    status: JobStatus,
    postedAt: z.string().nullable(),
  })
  .partial()
  .strict();
export type JobEdits = z.infer<typeof JobEdits>;

/** Where a captured field came from and how sure extraction is of it (shown in the capture preview). */
export const FieldEvidence = z.object({
  source: z.enum(['json-ld', 'embedded-json', 'microdata', 'site-rule', 'visible-text', 'document', 'model']),
  confidence: z.number().min(0).max(1),
  note: z.string().max(300).optional(),
});
export type FieldEvidence = z.infer<typeof FieldEvidence>;
/** Below this confidence a captured field is highlighted for the user to check. */
export const CAPTURE_REVIEW_THRESHOLD = 0.7;

/** A location's structured parts, kept beside its printed form ("Coimbra, Portugal"). */
export const LocationParts = z.object({
  locality: z.string().nullable(),
  region: z.string().nullable(),
  postalCode: z.string().nullable(),
  country: z.string().nullable(),
});
export type LocationParts = z.infer<typeof LocationParts>;

export const CapturePreview = z.object({
  draft: JobDraft,
  /** Fields that were guessed or are below the confidence threshold, and should be checked. */
  uncertain: z.array(z.string()),
  /** Per field: its source and confidence. */
  evidence: z.record(z.string(), FieldEvidence).default({}),
  locationParts: z.array(LocationParts).default([]),
  /** The same posting, when it is already stored. */
  duplicateOf: JobSummary.nullable(),
});
export type CapturePreview = z.infer<typeof CapturePreview>;

export const SanitizeSummary = z.object({
  scripts: z.number().int(),
  styles: z.number().int(),
  comments: z.number().int(),
  hiddenPassages: z.number().int(),
  hiddenSamples: z.array(z.object({ reason: z.string(), text: z.string() })),
  zeroWidthChars: z.number().int(),
  bidiChars: z.number().int(),
  /** Sections about other jobs or the saving user's profile, removed (absent on older captures). */
  foreignSections: z.number().int().optional(),
  placeholders: z.number().int().optional(),
  removedSamples: z.array(z.object({ reason: z.string(), text: z.string() })).optional(),
  /** Unicode tag characters (U+E0000–E007F, "ASCII smuggling") and variation selectors removed. */
  tagChars: z.number().int().default(0),
  variationSelectors: z.number().int().default(0),
});
export type SanitizeSummary = z.infer<typeof SanitizeSummary>;

/** One stored capture of a job (the raw input is kept for audit; `rawChars` says how much). */
export const CaptureRecord = z.object({
  id: z.number().int(),
  source: z.string(),
  url: z.string().nullable(),
  contentType: z.string().nullable(),
  capturedAt: z.string(),
  rawChars: z.number().int(),
  removed: SanitizeSummary,
});
export type CaptureRecord = z.infer<typeof CaptureRecord>;

export const JobDetail = z.object({ job: Job, captures: z.array(CaptureRecord) });
export type JobDetail = z.infer<typeof JobDetail>;

export const SavedSearchInput = SavedSearch.omit({ id: true, createdAt: true }).strict();
export type SavedSearchInput = z.input<typeof SavedSearchInput>;

export const BoardRefreshResult = z.object({
  boardId: z.string(),
  label: z.string(),
  found: z.number().int(),
  added: z.number().int(),
  error: z.string().nullable(),
});
export type BoardRefreshResult = z.infer<typeof BoardRefreshResult>;
