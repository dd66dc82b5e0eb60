import { create } from 'zustand';
import type {
  AiSettings, BudgetStatus, HardwareInfo, KeyStatus, LocalModelFile, ModelDownloadStatus, ModelRecommendation,
} from '../../../../shared/domain/ai';
import { api } from '../../lib/api';

interface AiState {
  settings: AiSettings | null;
  keys: KeyStatus[];
  budget: BudgetStatus | null;
  installed: LocalModelFile[];
  downloads: ModelDownloadStatus[];
  loadedModel: string | null;
  modelsDir: string;
  hardware: HardwareInfo | null;
  recommendations: ModelRecommendation[];
  load(): Promise<void>;
  loadHardware(): Promise<void>;
  saveSettings(next: AiSettings): Promise<void>;
  refreshModels(): Promise<void>;
  setKey(providerId: string, key: string): Promise<void>;
  clearKey(providerId: string): Promise<void>;
  onDownload(status: ModelDownloadStatus): void;
}

let saveSeq = 0;

/** The AI settings screen's state; every change goes through the contract and comes back validated. */
export const useAi = create<AiState>((set, get) => ({
  settings: null,
  keys: [],
  budget: null,
  installed: [],
  downloads: [],
  loadedModel: null,
  modelsDir: '',
  hardware: null,
  recommendations: [],
  async load() {
    const [settings, keys, budget] = await Promise.all([
      api.invoke('ai.settings.get', {}),
      api.invoke('ai.keys.status', {}),
      api.invoke('ai.budget', {}),
    ]);
    set({ settings, keys, budget });
    await get().refreshModels();
  },
  async loadHardware() {
    const { hardware, recommendations } = await api.invoke('ai.models.hardware', {});
    set({ hardware, recommendations });
  },
  async saveSettings(next) {
    // Optimistic: the screen shows the change at once; a refused change puts the saved one back.
    // A reply to an older save never overwrites a newer change.
    const previous = get().settings;
    const mine = ++saveSeq;
    set({ settings: next });
    let settings: AiSettings;
    try {
      settings = await api.invoke('ai.settings.update', { settings: next });
    } catch (error) {
      if (mine === saveSeq) set({ settings: previous });
      throw error;
    }
    const [keys, budget] = await Promise.all([api.invoke('ai.keys.status', {}), api.invoke('ai.budget', {})]);
    set(mine === saveSeq ? { settings, keys, budget } : { keys, budget });
  },
  async refreshModels() {
    const models = await api.invoke('ai.models.list', {});
    set({ installed: models.installed, downloads: models.downloads, loadedModel: models.loaded, modelsDir: models.modelsDir });
  },
  async setKey(providerId, key) {
    const status = await api.invoke('ai.keys.set', { providerId, key });
    set({ keys: upsertKey(get().keys, status) });
  },
  async clearKey(providerId) {
    const status = await api.invoke('ai.keys.clear', { providerId });
    set({ keys: upsertKey(get().keys, status) });
  },
  onDownload(status) {
    const downloads = get().downloads.filter((d) => d.downloadId !== status.downloadId);
    set({ downloads: [...downloads, status] });
    if (status.state === 'done') void get().refreshModels();
  },
}));

function upsertKey(keys: KeyStatus[], status: KeyStatus): KeyStatus[] {
  return keys.some((k) => k.providerId === status.providerId)
    ? keys.map((k) => (k.providerId === status.providerId ? status : k))
    : [...keys, status];
}
