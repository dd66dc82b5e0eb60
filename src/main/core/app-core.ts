import path from 'node:path';
import { createAiModule, type AiModule } from './ai/ai-module';
import { openDatabase, type OpenedDatabase } from './db/client';
import { DATABASE_FILE_NAME } from './db/backups';
import { rotateBackups } from './db/backup-rotation';
import { createEventBus, type EventBus } from './events';
import { createProfileRepo } from './profile/profile-repo';
import { createProfileService, type ProfileService } from './profile/profile-service';
import { createProfileVersionsRepo } from './profile/profile-versions-repo';
import { createProfileImportService, type ProfileImportService } from './profile/profile-import-service';
import { createSettingsRepo } from './settings/settings-repo';
import { createSettingsService, type SettingsService } from './settings/settings-service';
import { createGateway } from './net';
import { normaliseHost } from './net/address-guard';
import { createJobsModule } from './jobs/jobs-module';
import { createPrivacyModule, type PrivacyService } from './privacy/privacy-module';
import { applyPendingRestore } from './privacy/backup-restore';
import type { JobsService } from './jobs/jobs-service';
import type { WatchService } from './jobs/watch/watch-service';
import { createMatchRepo } from './match/match-repo';
import { createMatchService, type MatchService } from './match/match-service';
import { localSemanticScorer } from './match/semantic/local-semantic';
import type { SecretStore } from './secrets/secret-store';
import { MemorySecretStore } from './secrets/secret-store';
import { createApplicationsModule, type ApplicationsModule } from './applications/applications-module';
import type { Notifier } from './applications/notifier';

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
  /** Export all data as one zip; delete all data (src/main/core/privacy). */
  privacy: PrivacyService;
  /** Applications, their snapshots, reminders, import and export (src/main/core/applications). */
  applications: ApplicationsModule;
  close(): Promise<void>;
}


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
  const events = createEventBus();
  const settings = createSettingsService(createSettingsRepo(database.db));
  const profile = createProfileService(createProfileRepo(database.db), undefined, createProfileVersionsRepo(database.db));
  // Every outbound request goes through this one gateway (offline mode, timeouts, retries, per-host limits).
  const gateway = createGateway({ isOffline: () => settings.get().offlineMode, allowPrivateHosts: options.allowPrivateHosts ?? [] });
  const profileImport = createProfileImportService({ events, fetch: gateway.fetch });

  // Cloud model calls go through their own gateway instance: offline mode applies, while timeouts,
  // retries and rate limits are the AI service's (a model call is a long, non-idempotent POST).
  // A local model server (Ollama, LM Studio) is reachable only at the base URL the user configured.
  const modelHost = (host: string): boolean => (options.allowPrivateHosts ?? []).includes(host) || ai.settings.get().providers.some((p) => p.baseUrl !== undefined && hostnameOf(p.baseUrl) === host);
  const aiGateway = gateway.derive({ retries: 0, hostIntervalMs: 0, timeoutMs: 120_000, allowPrivateHosts: modelHost });
  const ai = createAiModule({
    db: database.db,
    dataDir,
    secrets: options.secrets ?? new MemorySecretStore(),
    fetch: aiGateway.fetch,
    getJson: async (url) => (await aiGateway.getJson(url, { retries: 2 })).data,
    isOffline: () => settings.get().offlineMode,
    onStream: (event) => events.emit('ai.stream', event),
    onDownload: (status) => events.emit('ai.download', status),
    ...(options.llama ? { llama: options.llama } : {}),
    allowCustomEndpoints: options.allowCustomModelEndpoints ?? false,
  });

  const match = createMatchService({ repo: createMatchRepo(database), profile, semantic: () => localSemanticScorer(database, ai) });

  const jobsModule = createJobsModule({
    db: database.db,
    events,
    settings: () => settings.get(),
    gateway,
    ...(options.watchIntervalMs !== undefined ? { watchIntervalMs: options.watchIntervalMs } : {}),
    onStatusChange: (job) => {
      if (job.status === 'applied') applications.applications.jobMarkedApplied(job);
    },
  });
  const applications = createApplicationsModule({
    db: database.db,
    events,
    jobs: jobsModule.jobs,
    notifier: options.notifier ?? { notify: ({ title, body }) => events.emit('notification', { level: 'info', title, body }) },
    clock: () => new Date(),
    reminderIntervalMs: options.reminderIntervalMs ?? null,
    followUpDays: 7,
    interviewLeadMinutes: 60,
  });

  const privacyModule = createPrivacyModule({ database, dataDir });

  const disposers: (() => Promise<void> | void)[] = [() => ai.dispose(), () => jobsModule.dispose(), () => applications.dispose(), () => privacyModule.dispose()];
  return {
    dataDir,
    database,
    events,
    settings,
    profile,
    profileImport,
    ai,
    match,
    jobs: jobsModule.jobs,
    watch: jobsModule.watch,
    privacy: privacyModule.privacy,
    applications,
    async close() {
      await backups;
      for (const dispose of disposers.reverse()) await dispose();
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
