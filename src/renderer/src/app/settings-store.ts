import { create } from 'zustand';
import { Settings, type SettingsPatch } from '../../../shared/domain/settings';
import { api } from '../lib/api';

interface SettingsState {
  settings: Settings;
  loaded: boolean;
  load(): Promise<void>;
  update(patch: SettingsPatch): Promise<void>;
}

export const useSettings = create<SettingsState>((set) => ({
  settings: Settings.parse({}),
  loaded: false,
  async load() {
    const result = await api.call('settings.get', {});
    if (result.ok) set({ settings: result.value, loaded: true });
  },
  async update(patch) {
    set({ settings: await api.invoke('settings.update', { patch }) });
  },
}));
