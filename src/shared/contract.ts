import { z } from 'zod';
import {
  BlockChange,
  DocumentComparison,
  DocumentContent,
  DocumentPreview,
  DocumentVersion,
  DocumentVersionSummary,
  ExportedFile,
  ExportRequest,
  RenderOptions,
  SaveDocumentInput,
} from './domain/document';
import { Basics, Profile } from './domain/profile';
import {
  ImportApplied,
  ImportImprovement,
  ImportMode,
  ImportPreview,
  ImportSource,
  MAX_IMPORT_BASE64_CHARS,
  MAX_IMPROVE_TEXT_CHARS,
  ProfileDiff,
  VersionDetail,
  VersionSummary,
} from './domain/profile-import';
import { Settings, SettingsPatch } from './domain/settings';
import { JobAnalysis, MatchSummary, StoredMatch } from './domain/match';
import {
  AtsProvider,
  BoardRefreshResult,
  CaptureInput,
  CapturePreview,
  Job,
  JobDetail,
  JobEdits,
  JobListQuery,
  JobSummary,
  SavedSearch,
  SavedSearchInput,
  WatchedBoard,
} from './domain/job';
import {
  FlagAction,
  RewriteResult,
  SelectedItem,
  RewriteTarget,
  TailorOptions,
  TailorProgress,
  TailorRun,
  TailorRunSummary,
  TailorText,
} from './domain/tailor';
import {
  Application,
  ApplicationDetail,
  ApplicationListQuery,
  ApplicationPatch,
  ApplicationStats,
  ApplicationStatus,
  ApplicationSummary,
  Contact,
  ContactInput,
  EventInput,
  ImportPreviewResult,
  IsoDate,
  Reminder,
  Snapshot,
  SnapshotFileInput,
  TimelineEvent,
} from './domain/application';
import {
  ActivityEntry,
  ActivityQuery,
  AiSettings,
  AiStreamEvent,
  BudgetStatus,
  HardwareInfo,
  KeyStatus,
  LocalModelFile,
  ModelDownloadStatus,
  ModelRecommendation,
  PingResult,
} from './domain/ai';
import { BackupEntry, DataExport, DeleteAllResult } from './domain/privacy';

/**
 * The one IPC contract. Every channel the renderer can call, with its zod input and output, and
 * every event the core pushes. Both transports (Electron IPC and the loopback bridge) serve exactly
 * this table; `src/main/handlers` implements it and the compiler checks that nothing is missing.
 *
 * Conventions: channel names are `area.verb`; inputs are objects (never bare values) so they can grow.
 */
const none = z.object({}).strict();

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  transport: z.enum(['electron', 'bridge', 'direct']),
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** The editable basics of the profile, as the Profile screen's form sends them. */
export const BasicsInput = Basics.pick({
  name: true,
  label: true,
  email: true,
  phone: true,
  url: true,
  summary: true,
  location: true,
  profiles: true,
}).extend({
  email: z.union([z.literal(''), z.string().trim().email('not a valid email address')]),
});
export type BasicsInput = z.infer<typeof BasicsInput>;

export const ProfileSnapshot = z.object({
  profile: Profile,
  updatedAt: z.string().nullable(),
  isEmpty: z.boolean(),
});
export type ProfileSnapshot = z.infer<typeof ProfileSnapshot>;

export const contract = {
  'app.info': { input: none, output: AppInfo },
  'profile.get': { input: none, output: ProfileSnapshot },
  'profile.saveBasics': { input: z.object({ basics: BasicsInput }).strict(), output: ProfileSnapshot },
  // Profile import (parse -> review -> apply) and version history. See src/main/core/profile.
  'profile.save': { input: z.object({ profile: Profile }).strict(), output: ProfileSnapshot },
  'profile.import.parse': {
    input: z
      .object({
        fileName: z.string().min(1).max(300),
        /** The file's bytes, base64 (works over both transports); at most 20 MB of file. */
        dataBase64: z.string().max(MAX_IMPORT_BASE64_CHARS, 'the file is larger than the 20 MB import limit'),
        taskId: z.string().max(100).optional(),
      })
      .strict(),
    output: ImportPreview,
  },
  'profile.import.prepare': { input: none, output: z.object({ mode: z.enum(['worker', 'in-process']) }) },
  'profile.import.github': {
    input: z.object({ username: z.string().min(1).max(100) }).strict(),
    output: ImportPreview,
  },
  'profile.import.apply': {
    input: z.object({ profile: Profile, mode: ImportMode, source: ImportSource }).strict(),
    output: ProfileSnapshot.extend(ImportApplied.shape),
  },
  'profile.versions.list': { input: none, output: z.array(VersionSummary) },
  'profile.versions.get': { input: z.object({ id: z.number().int() }).strict(), output: VersionDetail },
  'profile.versions.diff': {
    input: z.object({ from: z.number().int(), to: z.number().int() }).strict(),
    output: ProfileDiff,
  },
  'profile.versions.restore': { input: z.object({ id: z.number().int() }).strict(), output: ProfileSnapshot },
  'settings.get': { input: none, output: Settings },
  'settings.update': { input: z.object({ patch: SettingsPatch }).strict(), output: Settings },
  // AI: providers, keys (write-only), budget, activity log, on-device models. See src/main/core/ai.
  'ai.settings.get': { input: none, output: AiSettings },
  'ai.settings.update': { input: z.object({ settings: AiSettings }).strict(), output: AiSettings },
  'ai.keys.status': { input: none, output: z.array(KeyStatus) },
  'ai.keys.set': {
    input: z.object({ providerId: z.string().max(40), key: z.string().min(1).max(500) }).strict(),
    output: KeyStatus,
  },
  'ai.keys.clear': { input: z.object({ providerId: z.string().max(40) }).strict(), output: KeyStatus },
  'ai.test': { input: z.object({ providerId: z.string().max(40) }).strict(), output: PingResult },
  'ai.cancel': {
    input: z.object({ requestId: z.string().max(100) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  'ai.budget': { input: none, output: BudgetStatus },
  'ai.activity.list': {
    input: ActivityQuery.strict(),
    output: z.object({ entries: z.array(ActivityEntry), total: z.number().int() }),
  },
  'ai.activity.export': {
    input: z
      .object({
        format: z.enum(['csv', 'json']),
        search: z.string().max(200).optional(),
        providerId: z.string().max(40).optional(),
      })
      .strict(),
    output: z.object({ fileName: z.string(), content: z.string() }),
  },
  'ai.models.list': {
    input: none,
    output: z.object({
      installed: z.array(LocalModelFile),
      downloads: z.array(ModelDownloadStatus),
      loaded: z.string().nullable(),
      modelsDir: z.string(),
    }),
  },
  'ai.models.hardware': {
    input: none,
    output: z.object({ hardware: HardwareInfo, recommendations: z.array(ModelRecommendation) }),
  },
  'ai.models.pull': {
    input: z
      .object({
        uri: z.string().min(3).max(1000),
        sha256: z
          .string()
          .regex(/^[a-fA-F0-9]{64}$/)
          .optional(),
      })
      .strict(),
    output: ModelDownloadStatus,
  },
  'ai.models.retryPull': { input: z.object({ downloadId: z.string().max(100) }).strict(), output: ModelDownloadStatus },
  'ai.models.cancelPull': {
    input: z.object({ downloadId: z.string().max(100) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  'ai.models.remove': {
    input: z.object({ fileName: z.string().min(1).max(300) }).strict(),
    output: z.array(LocalModelFile),
  },
  'ai.models.use': { input: z.object({ path: z.string().min(1).max(2000) }).strict(), output: AiSettings },
  // Job analysis and match (src/main/core/match)
  'match.analyzeText': {
    input: z.object({ title: z.string().max(300).default(''), text: z.string().max(200_000) }).strict(),
    output: JobAnalysis,
  },
  /** Scores the current profile against one job (milliseconds; analyses are cached) and stores it. */
  'match.job': {
    input: z.object({ jobId: z.string().min(1).max(100), semantic: z.boolean().default(false) }).strict(),
    output: StoredMatch,
  },
  /** Scores every stored job against the profile and returns them best first. */
  'match.rankAll': {
    input: z.object({ limit: z.number().int().min(1).max(10_000).default(500) }).strict(),
    output: z.object({ ranked: z.array(MatchSummary), scored: z.number().int() }),
  },
  /** The stored scores, best first (no computing): the Jobs list's match column. */
  'match.list': {
    input: z.object({ limit: z.number().int().min(1).max(10_000).default(500) }).strict(),
    output: z.array(MatchSummary),
  },
  // Job capture, storage and the watchlist (src/main/core/jobs)
  /** Extracts a job from a paste, URL or file without storing it (the capture preview). */
  'jobs.extract': { input: z.object({ capture: CaptureInput }).strict(), output: CapturePreview },
  /** Captures and stores a job; the same posting captured again is recorded on the existing job. */
  'jobs.add': {
    input: z.object({ capture: CaptureInput, edits: JobEdits.optional() }).strict(),
    output: z.object({ job: Job, duplicate: z.boolean() }),
  },
  'jobs.list': { input: JobListQuery.strict(), output: z.array(JobSummary) },
  'jobs.get': { input: z.object({ id: z.string().min(1).max(100) }).strict(), output: JobDetail },
  'jobs.update': { input: z.object({ id: z.string().min(1).max(100), edits: JobEdits }).strict(), output: Job },
  'jobs.remove': {
    input: z.object({ id: z.string().min(1).max(100) }).strict(),
    output: z.object({ removed: z.boolean() }),
  },
  'jobs.companies': { input: none, output: z.array(z.string()) },
  /** The Chrome/Chromium used for pages that need JavaScript: the one set in Settings, and the one in use (null: none found). */
  'jobs.browser': {
    input: none,
    output: z.object({ configured: z.string().nullable(), inUse: z.string().nullable() }),
  },
  'watch.boards': { input: none, output: z.array(WatchedBoard) },
  'watch.addBoard': {
    input: z
      .object({
        board: z.string().trim().min(1).max(500),
        provider: AtsProvider.optional(),
        label: z.string().max(200).optional(),
      })
      .strict(),
    output: WatchedBoard,
  },
  'watch.removeBoard': {
    input: z.object({ id: z.string().min(1).max(100) }).strict(),
    output: z.object({ removed: z.boolean() }),
  },
  'watch.searches': { input: none, output: z.array(SavedSearch) },
  'watch.addSearch': { input: z.object({ search: SavedSearchInput }).strict(), output: SavedSearch },
  'watch.removeSearch': {
    input: z.object({ id: z.string().min(1).max(100) }).strict(),
    output: z.object({ removed: z.boolean() }),
  },
  /** Checks the watchlist now (one board, or all); new matching postings go to the inbox. */
  'watch.refresh': {
    input: z.object({ boardId: z.string().max(100).optional() }).strict(),
    output: z.array(BoardRefreshResult),
  },
  // documents: templates, versions and export (src/main/core/documents)
  'documents.list': {
    input: z.object({ jobId: z.string().max(100).optional(), documentId: z.number().int().optional() }).strict(),
    output: z.array(DocumentVersionSummary),
  },
  'documents.get': { input: z.object({ id: z.number().int() }).strict(), output: DocumentVersion },
  /** Saves a new version (an edit never overwrites: every version stays). */
  'documents.save': { input: SaveDocumentInput, output: DocumentVersion },
  /** Saves the master profile as it is now as a CV version, laid out with `options`. */
  'documents.saveFromProfile': { input: z.object({ options: RenderOptions }).strict(), output: DocumentVersion },
  /** SVG of exactly what the PDF export prints. */
  'documents.preview': {
    input: z.object({ content: DocumentContent, options: RenderOptions }).strict(),
    output: DocumentPreview,
  },
  'documents.compare': {
    input: z.object({ a: z.number().int(), b: z.number().int() }).strict(),
    output: DocumentComparison,
  },
  /** A CV version's changes relative to the master profile (the review's diffs). */
  'documents.diffWithProfile': { input: z.object({ id: z.number().int() }).strict(), output: z.array(BlockChange) },
  /** Exports a version; refused (CONFLICT) while any truth flag is open. */
  'documents.export': { input: ExportRequest.strict(), output: ExportedFile },
  /** Edit, remove or confirm ("this is true, add it to my profile") one truth flag; the block is checked again and saved as a new version. */
  'documents.resolveFlag': {
    input: z.object({ id: z.number().int(), flagId: z.string().min(1).max(100), action: FlagAction }).strict(),
    output: DocumentVersion,
  },
  // tailor: the CV and cover letter written for one job, every claim checked (src/main/core/tailor)
  /** Starts a run in the background; `tailor.progress` and `tailor.text` events follow it. */
  'tailor.start': {
    input: z.object({ jobId: z.string().min(1).max(100), options: TailorOptions }).strict(),
    output: TailorRun,
  },
  'tailor.get': { input: z.object({ runId: z.string().min(1).max(100) }).strict(), output: TailorRun },
  'tailor.list': {
    input: z.object({ jobId: z.string().max(100).optional() }).strict(),
    output: z.array(TailorRunSummary),
  },
  'tailor.cancel': {
    input: z.object({ runId: z.string().min(1).max(100) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  /** A run's flag, resolved by `documents.resolveFlag` on the run's newest version of that document; the run follows. */
  'tailor.resolveFlag': {
    input: z
      .object({ runId: z.string().min(1).max(100), flagId: z.string().min(1).max(100), action: FlagAction })
      .strict(),
    output: TailorRun,
  },
  /** The facts the selection stage proposes for a job: the cover letter's key-point choices. */
  'tailor.keyPoints': {
    input: z.object({ jobId: z.string().min(1).max(100) }).strict(),
    output: z.array(SelectedItem),
  },
  /** Rewrites one bullet, the summary, or a LinkedIn "About" with a model; the result is checked like the rest. */
  'tailor.rewrite': {
    input: z
      .object({ runId: z.string().min(1).max(100), target: RewriteTarget, providerId: z.string().max(40).optional() })
      .strict(),
    output: RewriteResult,
  },
  // privacy: export all data as one zip; delete all data after a typed confirmation
  'privacy.exportAll': { input: none, output: DataExport },
  'privacy.deleteAll': { input: z.object({ confirm: z.string().max(100) }).strict(), output: DeleteAllResult },
  'privacy.backups': { input: none, output: z.array(BackupEntry) },
  /** Restores the named backup when the app next starts (the open database is not swapped live). */
  'privacy.restoreBackup': {
    input: z.object({ fileName: z.string().min(1).max(200) }).strict(),
    output: z.object({ pending: z.string() }),
  },
  // applications (src/main/core/applications)
  'applications.list': { input: ApplicationListQuery, output: z.array(ApplicationSummary) },
  'applications.get': { input: z.object({ id: z.string().min(1).max(100) }).strict(), output: ApplicationDetail },
  'applications.add': {
    input: z
      .object({
        jobId: z.string().min(1).max(100),
        status: ApplicationStatus.optional(),
        on: IsoDate.optional(),
        source: z.string().max(200).optional(),
      })
      .strict(),
    output: Application,
  },
  /** Moves to a status, on a day (back-datable; default today). */
  'applications.move': {
    input: z.object({ id: z.string().min(1).max(100), status: ApplicationStatus, on: IsoDate.optional() }).strict(),
    output: Application,
  },
  'applications.log': {
    input: z.object({ id: z.string().min(1).max(100), event: EventInput }).strict(),
    output: TimelineEvent,
  },
  'applications.update': {
    input: z.object({ id: z.string().min(1).max(100), patch: ApplicationPatch }).strict(),
    output: Application,
  },
  'applications.remove': {
    input: z.object({ id: z.string().min(1).max(100) }).strict(),
    output: z.object({ removed: z.boolean() }),
  },
  'applications.stats': { input: none, output: ApplicationStats },
  'applications.contacts.list': { input: none, output: z.array(Contact) },
  'applications.contacts.add': {
    input: z.object({ contact: ContactInput, applicationId: z.string().max(100).optional() }).strict(),
    output: Contact,
  },
  'applications.contacts.link': {
    input: z.object({ applicationId: z.string().min(1).max(100), contactId: z.string().min(1).max(100) }).strict(),
    output: z.array(Contact),
  },
  /** Records exactly what was sent: the job now, the exported files given, the match score. Never changes afterwards. */
  'applications.snapshot': {
    input: z.object({ id: z.string().min(1).max(100), files: z.array(SnapshotFileInput).max(10) }).strict(),
    output: Snapshot,
  },
  'applications.reminders.inbox': { input: none, output: z.array(Reminder) },
  /** A reminder of one's own (a follow-up date, a deadline) for an application. */
  'applications.reminders.add': {
    input: z
      .object({ id: z.string().min(1).max(100), at: z.string().max(40), title: z.string().min(1).max(300) })
      .strict(),
    output: Reminder,
  },
  'applications.reminders.snooze': {
    input: z.object({ id: z.string().min(1).max(100), until: z.string().max(40) }).strict(),
    output: Reminder,
  },
  'applications.reminders.done': { input: z.object({ id: z.string().min(1).max(100) }).strict(), output: Reminder },
  'applications.import.preview': {
    input: z.object({ csv: z.string().max(20_000_000) }).strict(),
    output: ImportPreviewResult,
  },
  'applications.import.apply': {
    input: z.object({ csv: z.string().max(20_000_000) }).strict(),
    output: ImportPreviewResult.extend({
      imported: z.number().int(),
      skipped: z.array(z.object({ line: z.number().int(), message: z.string() })),
    }),
  },
  'applications.export': {
    input: z.object({ format: z.enum(['csv', 'ics']) }).strict(),
    output: z.object({ fileName: z.string(), content: z.string() }),
  },
  // profile import: "Improve with a model" (src/main/core/profile/import/model-assist)
  /** A configured model reads the document text; only values found in it come back, as disagreements with the draft. */
  'profile.import.improve': {
    input: z
      .object({
        text: z.string().min(1).max(MAX_IMPROVE_TEXT_CHARS),
        profile: Profile,
        /** With an id the call streams: follow its `ai.stream` events (progress); `ai.cancel` stops it. */
        requestId: z.string().max(100).optional(),
      })
      .strict(),
    output: ImportImprovement,
  },
  // profile import preview (renderer ux): what an import would change, computed without storing it
  'profile.import.plan': { input: z.object({ profile: Profile, mode: ImportMode }).strict(), output: ProfileDiff },
} as const;

export const Progress = z.object({
  taskId: z.string(),
  label: z.string(),
  /** 0..1, or null when the amount of work is unknown. */
  fraction: z.number().min(0).max(1).nullable(),
  done: z.boolean().default(false),
});
export type Progress = z.infer<typeof Progress>;

export const Notification = z.object({
  level: z.enum(['info', 'success', 'warning', 'error']),
  title: z.string(),
  body: z.string().optional(),
});
export type Notification = z.infer<typeof Notification>;

export const events = {
  progress: Progress,
  notification: Notification,
  'ai.stream': AiStreamEvent,
  'ai.download': ModelDownloadStatus,
  // tailor
  'tailor.progress': TailorProgress,
  'tailor.text': TailorText,
  // applications: a reminder just fell due
  'applications.reminder': Reminder,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelArgs<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const CHANNELS = Object.keys(contract) as Channel[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
