import path from 'node:path';
import { createAiModule, type AiModule } from './ai/ai-module';
import { DATABASE_FILE_NAME, keepDailyBackup } from './db/backups';
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
import type { ProfileImportService } from './profile/profile-import-service';
import { createProfileModule } from './profile/profile-module';
import type { ProfileService } from './profile/profile-service';
import { MemorySecretStore, type SecretStore } from './secrets/secret-store';
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
  /** How often the job watchlist is checked; null = never on a schedule (default 6 h). */
  watchIntervalMs?: number | null;
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
  close(): Promise<void>;
}

/** Opens the database, then builds each domain's module over it and the one network gateway they share. */
export function createCore(options: CoreOptions): Core {
  const dataDir = path.resolve(options.dataDir);
  const database = openDatabase({
    file: path.join(dataDir, DATABASE_FILE_NAME),
    ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  keepDailyBackup(database.sqlite, dataDir);
  const { db } = database;
  const events = createEventBus();

  const settingsModule = createSettingsModule({ db });
  const settings = settingsModule.settings;
  const isOffline = (): boolean => settings.get().offlineMode;
  // Every outbound request goes through this one gateway (offline mode, timeouts, retries, per-host limits).
  const gateway = createGateway({ isOffline });
  // Model calls are long, non-idempotent POSTs: the same offline switch, the AI service's own retries and limits.
  const aiGateway = gateway.derive({ retries: 0, hostIntervalMs: 0, timeoutMs: 120_000 });

  const profileModule = createProfileModule({ db, events, fetch: gateway.fetch });
  const ai = createAiModule({
    db,
    settingsRepo: settingsModule.repo,
    dataDir,
    secrets: options.secrets ?? new MemorySecretStore(),
    fetch: aiGateway.fetch,
    getJson: async (url) => (await aiGateway.getJson(url, { retries: 2 })).data,
    isOffline,
    onStream: (event) => events.emit('ai.stream', event),
    onDownload: (status) => events.emit('ai.download', status),
    ...(options.llama ? { llama: options.llama } : {}),
  });
  const matchModule = createMatchModule({ db, profile: profileModule.profile, ai });
  const jobsModule = createJobsModule({
    db,
    events,
    settings: () => settings.get(),
    gateway,
    ...(options.watchIntervalMs !== undefined ? { watchIntervalMs: options.watchIntervalMs } : {}),
  });

  const claims = createFlagReview({ profile: () => profileModule.profile.get().profile, saveProfile: (p) => profileModule.profile.save(p) });
  const documentsModule = createDocumentsModule({ db, profile: () => profileModule.profile.get().profile, jobs: jobsModule.jobs, claims });
  const tailorModule = createTailorModule({
    db,
    events,
    profile: profileModule.profile,
    jobs: jobsModule.jobs,
    ai: { generate: (r) => ai.service.generate(r), settings: () => ai.settings.get() },
    documents: documentsModule.documents,
  });

  // Disposed in reverse order of creation, then the database closes.
  const modules: { dispose(): void | Promise<void> }[] = [settingsModule, profileModule, ai, matchModule, jobsModule, documentsModule, tailorModule];
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
    async close() {
      for (const module of modules.reverse()) await module.dispose();
      database.close();
    },
  };
}
