import { create } from 'zustand';
import type { AppInfo } from '../../../../shared/contract';
import { Settings, type SettingsPatch } from '../../../../shared/domain/settings';
import { api, errorMessage } from '../../lib/api';

interface SettingsState {
  settings: Settings;
  loaded: boolean;
  loading: boolean;
  error: string | null;
  /** Version, data folder and database (Settings › General). */
  info: AppInfo | null;
  /** The Chrome/Chromium in use for pages that need JavaScript (null: none found). */
  browserInUse: string | null;
  load(): Promise<void>;
  /** Saves a change; rejects with ApiError (the caller says what was not saved). */
  update(patch: SettingsPatch): Promise<void>;
  loadInfo(): Promise<void>;
  loadBrowser(): Promise<void>;
}

export const useSettings = create<SettingsState>((set, get) => ({
  settings: Settings.parse({}),
  loaded: false,
  loading: false,
  error: null,
  info: null,
  browserInUse: null,
  async load() {
    set({ loading: true });
    try {
      set({ settings: await api.invoke('settings.get', {}), loaded: true, loading: false, error: null });
    } catch (error) {
      set({ loading: false, error: errorMessage(error) });
    }
  },
  async update(patch) {
    // The switch moves at once; the core's answer then stands, and a refusal puts it back.
    const before = get().settings;
    set({ settings: { ...before, ...patch } as Settings });
    try {
      set({ settings: await api.invoke('settings.update', { patch }), error: null });
    } catch (error) {
      set({ settings: before, error: errorMessage(error) });
      throw error;
    }
  },
  async loadInfo() {
    try {
      set({ info: await api.invoke('app.info', {}) });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async loadBrowser() {
    try {
      set({ browserInUse: (await api.invoke('jobs.browser', {})).inUse });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));
