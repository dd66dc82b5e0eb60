import { z } from 'zod';
import { Job } from './job';

/**
 * Applications (src/main/core/applications): one per application sent for a captured job, its status
 * history (back-datable), timeline, contacts, amounts, reminders and the immutable snapshot of what was sent.
 */

export const ApplicationStatus = z.enum([
  'saved',
  'applying',
  'applied',
  'screening',
  'interviewing',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
  'ghosted',
]);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

/** A calendar day, YYYY-MM-DD, that must exist (2026-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date must look like YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

export const Money = z.object({
  amount: z.number().nonnegative().max(1e12),
  /** ISO 4217, e.g. EUR. */
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, 'a currency is a 3-letter code like EUR')
    .transform((s) => s.toUpperCase()),
});
export type Money = z.infer<typeof Money>;

export const Application = z.object({
  id: z.string(),
  jobId: z.string(),
  status: ApplicationStatus,
  /** The day of the (latest) move to "applied"; null while not applied yet. */
  appliedOn: z.string().nullable(),
  /** Where the application came from: LinkedIn, referral, company site... (free text; default: the job's source). */
  source: z.string(),
  salaryExpectation: Money.nullable(),
  offer: Money.nullable(),
  /** Markdown; the renderer shows it sanitised. */
  notes: z.string(),
  matchScore: z.number().int().nullable(),
  matchFormulaVersion: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Application = z.infer<typeof Application>;

export const ApplicationSummary = Application.omit({ notes: true }).extend({
  title: z.string(),
  company: z.string(),
  /** The day of the latest status change. */
  statusOn: z.string(),
  nextReminderAt: z.string().nullable(),
});
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

export const StatusChange = z.object({
  id: z.number().int(),
  from: ApplicationStatus.nullable(),
  to: ApplicationStatus,
  /** The day it happened, as the person says (may be back-dated). */
  on: z.string(),
  recordedAt: z.string(),
});
export type StatusChange = z.infer<typeof StatusChange>;

export const EventKind = z.enum(['applied', 'status', 'message', 'call', 'interview', 'offer', 'note']);
export type EventKind = z.infer<typeof EventKind>;

export const InterviewKind = z.enum(['phone', 'video', 'onsite', 'technical', 'take-home', 'panel', 'other']);

export const TimelineEvent = z.object({
  id: z.number().int(),
  kind: EventKind,
  /** ISO date-time or YYYY-MM-DD. */
  at: z.string(),
  title: z.string(),
  note: z.string(),
  interview: z
    .object({
      round: z.number().int().min(1).max(50),
      kind: InterviewKind,
      people: z.array(z.string().max(200)).max(30),
    })
    .nullable(),
  offer: Money.nullable(),
  createdAt: z.string(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const EventInput = z
  .object({
    kind: EventKind.exclude(['status']),
    at: z
      .string()
      .refine((s) => IsoDate.safeParse(s).success || !Number.isNaN(Date.parse(s)), 'not a date or date-time'),
    title: z.string().max(300).default(''),
    note: z.string().max(100_000).default(''),
    interview: TimelineEvent.shape.interview.default(null),
    offer: Money.nullable().default(null),
  })
  .strict();
export type EventInput = z.input<typeof EventInput>;

export const Contact = z.object({
  id: z.string(),
  name: z.string().trim().min(1).max(200),
  role: z.string().max(200).default(''),
  email: z.union([z.literal(''), z.string().trim().email()]).default(''),
  profileUrl: z.string().max(2000).default(''),
  company: z.string().max(300).default(''),
});
export type Contact = z.infer<typeof Contact>;
export const ContactInput = Contact.omit({ id: true }).strict();
export type ContactInput = z.input<typeof ContactInput>;

export const SnapshotFile = z.object({
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
export type SnapshotFile = z.infer<typeof SnapshotFile>;

export const Snapshot = z.object({
  id: z.string(),
  applicationId: z.string(),
  createdAt: z.string(),
  /** The job exactly as it was captured when the snapshot was taken (a copy). */
  job: Job,
  jobSha256: z.string(),
  files: z.array(SnapshotFile),
  match: z.object({ score: z.number().int(), formulaVersion: z.string() }).nullable(),
});
export type Snapshot = z.infer<typeof Snapshot>;

/** A file as exported (CV, cover letter), base64 over IPC. */
export const SnapshotFileInput = z
  .object({
    name: z.string().min(1).max(300),
    mime: z.string().min(1).max(200),
    dataBase64: z.string().max(28_000_000),
  })
  .strict();

export const ReminderKind = z.enum(['follow-up', 'interview', 'custom']);
export const Reminder = z.object({
  id: z.string(),
  applicationId: z.string(),
  kind: ReminderKind,
  title: z.string(),
  dueAt: z.string(),
  snoozedUntil: z.string().nullable(),
  firedAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Reminder = z.infer<typeof Reminder>;

export const ApplicationDetail = z.object({
  application: Application,
  job: z.object({ id: z.string(), title: z.string(), company: z.string(), sourceUrl: z.string().nullable() }),
  history: z.array(StatusChange),
  timeline: z.array(TimelineEvent),
  contacts: z.array(Contact),
  reminders: z.array(Reminder),
  snapshots: z.array(Snapshot),
});
export type ApplicationDetail = z.infer<typeof ApplicationDetail>;

export const ApplicationSort = z.enum(['updated', 'applied', 'company', 'title', 'status', 'match']);
export const ApplicationListQuery = z
  .object({
    status: ApplicationStatus.optional(),
    search: z.string().max(300).optional(),
    source: z.string().max(200).optional(),
    sort: ApplicationSort.default('updated'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    limit: z.number().int().min(1).max(20_000).default(10_000),
  })
  .strict();
export type ApplicationListQuery = z.input<typeof ApplicationListQuery>;

export const ApplicationPatch = z
  .object({
    source: z.string().max(200),
    salaryExpectation: Money.nullable(),
    offer: Money.nullable(),
    notes: z.string().max(200_000),
  })
  .partial()
  .strict();
export type ApplicationPatch = z.input<typeof ApplicationPatch>;

export const MatchBand = z.enum(['80-100', '60-79', '40-59', '0-39', 'unscored']);
export const Outcome = z.object({
  key: z.string(),
  applied: z.number().int(),
  responded: z.number().int(),
  interviews: z.number().int(),
  offers: z.number().int(),
});
export type Outcome = z.infer<typeof Outcome>;

export const ApplicationStats = z.object({
  total: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
  funnel: z.object({
    applied: z.number().int(),
    screening: z.number().int(),
    interviewing: z.number().int(),
    offer: z.number().int(),
  }),
  /** 0..1: applications with a response among those applied. */
  responseRate: z.number(),
  medianDaysToResponse: z.number().nullable(),
  /** Applied per ISO week (Monday), oldest first. */
  perWeek: z.array(z.object({ week: z.string(), count: z.number().int() })),
  bySource: z.array(Outcome),
  byMatchBand: z.array(Outcome),
});
export type ApplicationStats = z.infer<typeof ApplicationStats>;

export const ImportShape = z.enum(['huntr', 'teal', 'plain']);
export const ImportRow = z.object({
  line: z.number().int(),
  title: z.string(),
  company: z.string(),
  status: ApplicationStatus,
  appliedOn: z.string().nullable(),
  url: z.string().nullable(),
  location: z.string(),
  notes: z.string(),
  source: z.string(),
  salary: Money.nullable(),
});
export type ImportRow = z.infer<typeof ImportRow>;
export const ImportPreviewResult = z.object({
  shape: ImportShape,
  /** CSV column -> field it was read into. */
  columns: z.record(z.string(), z.string()),
  rows: z.array(ImportRow),
  problems: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
export type ImportPreviewResult = z.infer<typeof ImportPreviewResult>;
