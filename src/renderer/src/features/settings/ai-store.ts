import { create } from 'zustand';
import type {
  ActivityEntry,
  AiSettings,
  BudgetStatus,
  HardwareInfo,
  KeyStatus,
  LocalModelFile,
  ModelDownloadStatus,
  ModelRecommendation,
  PingResult,
} from '../../../../shared/domain/ai';
import { api, errorMessage } from '../../lib/api';
import { mergeDownload } from './downloads';

type ProviderTest = { busy: boolean; result?: PingResult; error?: string };

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
  /** The last explicit connection test of each provider. */
  tests: Record<string, ProviderTest>;
  activity: { entries: ActivityEntry[]; total: number; offset: number };
  loading: boolean;
  error: string | null;
  load(): Promise<void>;
  loadHardware(): Promise<void>;
  /** Rejects with ApiError when the core refuses the change (the previous settings are put back). */
  saveSettings(next: AiSettings): Promise<void>;
  refreshModels(): Promise<void>;
  setKey(providerId: string, key: string): Promise<void>;
  clearKey(providerId: string): Promise<void>;
  testProvider(providerId: string): Promise<void>;
  /** Starts a download; its progress and its end arrive as `ai.download` events. */
  pull(uri: string): Promise<void>;
  cancelPull(downloadId: string): Promise<void>;
  /** Starts a failed or stopped download again, in place of its row. */
  retryPull(downloadId: string): Promise<void>;
  useModel(path: string): Promise<boolean>;
  removeModel(fileName: string): Promise<void>;
  /** Follows the core's downloads; returns the unsubscribe. */
  watchDownloads(): () => void;
  onDownload(status: ModelDownloadStatus): void;
  loadActivity(search: string, offset: number): Promise<void>;
  exportActivity(format: 'csv' | 'json', search: string): Promise<{ fileName: string; content: string } | null>;
}

let saveSeq = 0;
const PAGE = 50;
const searchOf = (search: string) => (search.trim() ? { search: search.trim() } : {});

/** The AI settings screen's state; every change goes through the contract and comes back validated. */
export const useAi = create<AiState>((set, get) => {
  async function guard<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      const value = await work();
      set({ error: null });
      return value;
    } catch (error) {
      set({ error: errorMessage(error) });
      return undefined;
    }
  }
  return {
    settings: null,
    keys: [],
    budget: null,
    installed: [],
    downloads: [],
    loadedModel: null,
    modelsDir: '',
    hardware: null,
    recommendations: [],
    tests: {},
    activity: { entries: [], total: 0, offset: 0 },
    loading: false,
    error: null,
    async load() {
      set({ loading: true });
      await guard(async () => {
        const [settings, keys, budget] = await Promise.all([
          api.invoke('ai.settings.get', {}),
          api.invoke('ai.keys.status', {}),
          api.invoke('ai.budget', {}),
        ]);
        set({ settings, keys, budget });
        await get().refreshModels();
      });
      set({ loading: false });
    },
    async loadHardware() {
      await guard(async () => set(await api.invoke('ai.models.hardware', {})));
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
        if (mine === saveSeq) set({ settings: previous, error: errorMessage(error) });
        throw error;
      }
      const [keys, budget] = await Promise.all([api.invoke('ai.keys.status', {}), api.invoke('ai.budget', {})]);
      set(mine === saveSeq ? { settings, keys, budget, error: null } : { keys, budget });
    },
    async refreshModels() {
      const models = await guard(() => api.invoke('ai.models.list', {}));
      if (!models) return;
      // Statuses already pushed by events win over the listed ones (mergeDownload keeps the newest state).
      const downloads = models.downloads.reduce((list, d) => mergeDownload(list, d), get().downloads);
      set({ installed: models.installed, downloads, loadedModel: models.loaded, modelsDir: models.modelsDir });
    },
    async setKey(providerId, key) {
      const status = await api.invoke('ai.keys.set', { providerId, key });
      set({ keys: upsertKey(get().keys, status) });
    },
    async clearKey(providerId) {
      const status = await guard(() => api.invoke('ai.keys.clear', { providerId }));
      if (status) set({ keys: upsertKey(get().keys, status) });
    },
    async testProvider(providerId) {
      const put = (test: ProviderTest) => set({ tests: { ...get().tests, [providerId]: test } });
      put({ busy: true });
      try {
        put({ busy: false, result: await api.invoke('ai.test', { providerId }) });
      } catch (error) {
        put({ busy: false, error: errorMessage(error) });
      }
      void get().load();
    },
    async pull(uri) {
      const status = await guard(() => api.invoke('ai.models.pull', { uri }));
      if (status) get().onDownload(status);
    },
    async cancelPull(downloadId) {
      const reply = await guard(() => api.invoke('ai.models.cancelPull', { downloadId }));
      // The core no longer runs it (it ended meanwhile): show what the core knows.
      if (reply && !reply.cancelled) await get().refreshModels();
    },
    async retryPull(downloadId) {
      const old = get().downloads.find((d) => d.downloadId === downloadId);
      if (!old) return;
      set({ downloads: get().downloads.filter((d) => d.downloadId !== downloadId) });
      await get().pull(old.uri);
    },
    async useModel(path) {
      const settings = await guard(() => api.invoke('ai.models.use', { path }));
      if (!settings) return false;
      set({ settings });
      await get().load();
      return true;
    },
    async removeModel(fileName) {
      const installed = await guard(() => api.invoke('ai.models.remove', { fileName }));
      if (installed) set({ installed });
    },
    watchDownloads: () => api.on('ai.download', (status) => get().onDownload(status)),
    onDownload(status) {
      set({ downloads: mergeDownload(get().downloads, status) });
      if (status.state === 'done') void get().refreshModels();
    },
    async loadActivity(search, offset) {
      const page = await guard(() => api.invoke('ai.activity.list', { limit: PAGE, offset, ...searchOf(search) }));
      if (page) set({ activity: { entries: page.entries, total: page.total, offset } });
    },
    async exportActivity(format, search) {
      return (await guard(() => api.invoke('ai.activity.export', { format, ...searchOf(search) }))) ?? null;
    },
  };
});

function upsertKey(keys: KeyStatus[], status: KeyStatus): KeyStatus[] {
  return keys.some((k) => k.providerId === status.providerId)
    ? keys.map((k) => (k.providerId === status.providerId ? status : k))
    : [...keys, status];
}
