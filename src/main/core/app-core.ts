import path from 'node:path';
import { offlineBlocks } from '../../shared/domain/settings';
import { createAiModule, type AiModule } from './ai/ai-module';
import { createApplicationsModule, type ApplicationsModule } from './applications/applications-module';
import type { Notifier } from './applications/notifier';
import { rotateBackups } from './db/backup-rotation';
import { DATABASE_FILE_NAME } from './db/backups';
import { openDatabase, type OpenedDatabase } from './db/client';
import { createDocumentsModule } from './documents/documents-module';
import type { DocumentsService } from './documents/documents-service';
import { createEventBus, type EventBus } from './events';
import { createJobsModule } from './jobs/jobs-module';
import type { JobsService } from './jobs/jobs-service';
import type { WatchService } from './jobs/watch/watch-service';
import { createMatchModule } from './match/match-module';
import type { MatchService } from './match/match-service';
import { createGateway } from './net';
import { normaliseHost } from './net/address-guard';
import { applyPendingRestore } from './privacy/backup-restore';
import { createPrivacyModule, type PrivacyService } from './privacy/privacy-module';
import type { ProfileImportService } from './profile/profile-import-service';
import { createProfileModule } from './profile/profile-module';
import type { ProfileService } from './profile/profile-service';
import { createMemorySecretStore, type SecretStore } from './secrets/secret-store';
import { createSettingsModule } from './settings/settings-module';
import type { SettingsService } from './settings/settings-service';
import { createFlagReview } from './tailor/flag-actions';
import { createTailorModule } from './tailor/tailor-module';
import type { TailorService } from './tailor/tailor-service';

export interface CoreOptions {
  dataDir: string;
  /** better-sqlite3 binary for the running ABI (the Electron app passes its own build). */
  nativeBinding?: string;
  migrationsFolder?: string;
  /** Where API keys live (the app passes the OS-keychain one); default: memory, for this process only. */
  secrets?: SecretStore;
  /** On-device model runtime options (tests: `{gpu:false, maxThreads:1}`). */
  llama?: { gpu?: false | 'auto'; maxThreads?: number };
  /** Hosts page capture may reach on loopback/LAN (tests and `--allow-private-host` only; never by default). */
  allowPrivateHosts?: string[];
  /** openai/anthropic providers may point at another host (CLI --base-url, tests); never from the renderer. */
  allowCustomModelEndpoints?: boolean;
  /** How often the job watchlist is checked; null = never on a schedule (default 6 h). */
  watchIntervalMs?: number | null;
  /** Desktop notifications for due reminders (the app passes Electron's); default: a `notification` event. */
  notifier?: Notifier;
  /** How often due reminders are checked (and once at start); default null = never (the CLI). */
  reminderIntervalMs?: number | null;
}

/** Everything the handlers can reach. Built once per process by `createCore`. */
export interface Core {
  dataDir: string;
  database: OpenedDatabase;
  events: EventBus;
  settings: SettingsService;
  profile: ProfileService;
  /** Parses CVs and GitHub accounts into drafts for review (profile.applyImport stores them). */
  profileImport: ProfileImportService;
  ai: AiModule;
  /** Job analysis and the explainable match (src/main/core/match). */
  match: MatchService;
  /** Job capture and storage (src/main/core/jobs). */
  jobs: JobsService;
  /** The watchlist of company job boards, saved searches and the inbox. */
  watch: WatchService;
  /** Templates, rendering, document versions and export (src/main/core/documents). */
  documents: DocumentsService;
  /** Tailored CVs and letters, every claim checked against the profile (src/main/core/tailor). */
  tailor: TailorService;
  /** Applications, their snapshots, reminders, import and export (src/main/core/applications). */
  applications: ApplicationsModule;
  /** Export all data as one zip; delete all data; backups (src/main/core/privacy). */
  privacy: PrivacyService;
  close(): Promise<void>;
}

/** Opens the database, then builds each domain's module over it and the one network gateway they share. */
export function createCore(options: CoreOptions): Core {
  const dataDir = path.resolve(options.dataDir);
  applyPendingRestore(dataDir); // a restore chosen in the app last time, before the file is opened
  const database = openDatabase({
    file: path.join(dataDir, DATABASE_FILE_NAME),
    ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  // Daily and weekly copies (online backup API) while the app starts; close() waits for them.
  const backups = rotateBackups(database.sqlite, dataDir).catch(() => []);
  const { db } = database;
  const events = createEventBus();

  const settingsModule = createSettingsModule({ db });
  const settings = settingsModule.settings;
  // Offline mode blocks every host, except model servers on this computer when the user allows them.
  const isOffline = (url?: string | URL): boolean => offlineBlocks(settings.get(), url);
  // Every outbound request goes through this one gateway: offline mode, the address check on every hop
  // (no loopback or LAN unless named), timeouts, retries and per-host limits.
  const allowPrivateHosts = options.allowPrivateHosts ?? [];
  const gateway = createGateway({ isOffline, allowPrivateHosts });
  // Model calls are long, non-idempotent POSTs: the same offline switch, the AI service's own retries and
  // limits, and a local model server (Ollama, LM Studio) reachable only at the base URL the user set.
  const modelHost = (host: string): boolean =>
    allowPrivateHosts.includes(host) ||
    ai.settings.get().providers.some((p) => p.baseUrl !== undefined && hostnameOf(p.baseUrl) === host);
  const aiGateway = gateway.derive({ retries: 0, hostIntervalMs: 0, timeoutMs: 120_000, allowPrivateHosts: modelHost });

  const ai = createAiModule({
    db,
    settingsRepo: settingsModule.repo,
    dataDir,
    secrets: options.secrets ?? createMemorySecretStore(),
    fetch: aiGateway.fetch,
    getJson: async (url) => (await aiGateway.getJson(url, { retries: 2 })).data,
    isOffline,
    onStream: (event) => events.emit('ai.stream', event),
    onDownload: (status) => events.emit('ai.download', status),
    ...(options.llama ? { llama: options.llama } : {}),
    allowCustomEndpoints: options.allowCustomModelEndpoints ?? false,
    allowHttpModelHosts: allowPrivateHosts,
  });
  const profileModule = createProfileModule({ db, events, fetch: gateway.fetch, ai });
  const matchModule = createMatchModule({ db, profile: profileModule.profile, ai });
  const jobsModule = createJobsModule({
    db,
    events,
    settings: () => settings.get(),
    gateway,
    ai,
    ...(options.watchIntervalMs !== undefined ? { watchIntervalMs: options.watchIntervalMs } : {}),
    onStatusChange: (job) => {
      if (job.status === 'applied') applications.applications.jobMarkedApplied(job);
    },
  });
  const applications = createApplicationsModule({
    db,
    events,
    jobs: jobsModule.jobs,
    notifier: options.notifier ?? {
      notify: ({ title, body }) => events.emit('notification', { level: 'info', title, body }),
    },
    clock: () => new Date(),
    reminderIntervalMs: options.reminderIntervalMs ?? null,
    followUpDays: 7,
    interviewLeadMinutes: 60,
  });
  const claims = createFlagReview({
    profile: () => profileModule.profile.get().profile,
    saveProfile: (p) => profileModule.profile.save(p),
  });
  const documentsModule = createDocumentsModule({
    db,
    profile: () => profileModule.profile.get().profile,
    jobs: jobsModule.jobs,
    claims,
  });
  const tailorModule = createTailorModule({
    db,
    events,
    profile: profileModule.profile,
    jobs: jobsModule.jobs,
    ai: { generate: (r) => ai.service.generate(r), settings: () => ai.settings.get() },
    documents: documentsModule.documents,
  });
  const privacyModule = createPrivacyModule({ database, dataDir });

  // Disposed in reverse order of creation, then the database closes.
  const modules: { dispose(): void | Promise<void> }[] = [
    settingsModule,
    ai,
    profileModule,
    matchModule,
    jobsModule,
    applications,
    documentsModule,
    tailorModule,
    privacyModule,
  ];
  return {
    dataDir,
    database,
    events,
    settings,
    profile: profileModule.profile,
    profileImport: profileModule.profileImport,
    ai,
    match: matchModule.match,
    jobs: jobsModule.jobs,
    watch: jobsModule.watch,
    documents: documentsModule.documents,
    tailor: tailorModule.tailor,
    applications,
    privacy: privacyModule.privacy,
    async close() {
      await backups;
      for (const module of modules.reverse()) await module.dispose();
      database.close();
    },
  };
}

function hostnameOf(url: string): string | null {
  try {
    return normaliseHost(new URL(url).hostname);
  } catch {
    return null;
  }
}
