import type { Db } from '../db/client';
import { createSettingsRepo } from './settings-repo';
import { createSettingsService, type SettingsService } from './settings-service';

export interface SettingsModuleDeps {
  db: Db;
}

export interface SettingsModule {
  settings: SettingsService;
  dispose(): void;
}

/** App settings (offline mode, theme, browser path) over the key/value table. */
export function createSettingsModule(deps: SettingsModuleDeps): SettingsModule {
  const settings = createSettingsService({ repo: createSettingsRepo(deps.db) });
  return { settings, dispose: () => undefined };
}
