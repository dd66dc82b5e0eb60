import type { Db } from '../db/client';
import { createSettingsRepo, type SettingsRepo } from './settings-repo';
import { createSettingsService, type SettingsService } from './settings-service';

export interface SettingsModuleDeps {
  db: Db;
}

export interface SettingsModule {
  settings: SettingsService;
  /** The key/value table itself, for domains that keep their settings under their own key (AI). */
  repo: SettingsRepo;
  dispose(): void;
}

/** App settings (offline mode, theme, browser path) over the key/value table. */
export function createSettingsModule(deps: SettingsModuleDeps): SettingsModule {
  const repo = createSettingsRepo(deps.db);
  const settings = createSettingsService({ repo });
  return { settings, repo, dispose: () => undefined };
}
