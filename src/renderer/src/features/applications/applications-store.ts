import { create } from 'zustand';
import type {
  ApplicationDetail,
  ApplicationListQuery,
  ApplicationPatch,
  ApplicationStats,
  ApplicationStatus,
  ApplicationSummary,
  ContactInput,
  EventInput,
  ImportPreviewResult,
  Reminder,
} from '../../../../shared/domain/application';
import { api, errorMessage } from '../../lib/api';

export type ApplicationsView = 'board' | 'table' | 'dashboard';
export type ApplicationFilters = Pick<ApplicationListQuery, 'status' | 'search' | 'sort' | 'direction'>;

interface ApplicationsState {
  view: ApplicationsView;
  list: ApplicationSummary[];
  filters: ApplicationFilters;
  loading: boolean;
  error: string | null;
  selectedId: string | null;
  detail: ApplicationDetail | null;
  stats: ApplicationStats | null;
  inbox: Reminder[];
  importPreview: { csv: string; fileName: string; result: ImportPreviewResult } | null;
  importMessage: string | null;
  setView(view: ApplicationsView): void;
  setFilters(patch: Partial<ApplicationFilters>): void;
  load(): Promise<void>;
  select(id: string | null): Promise<void>;
  move(id: string, status: ApplicationStatus, on?: string): Promise<void>;
  log(id: string, event: EventInput): Promise<boolean>;
  update(id: string, patch: ApplicationPatch): Promise<void>;
  addContact(id: string, contact: ContactInput): Promise<boolean>;
  remind(id: string, at: string, title: string): Promise<boolean>;
  /** Records what was sent: the job and match now, and these exported files. */
  snapshot(id: string, files: File[]): Promise<void>;
  loadStats(): Promise<void>;
  loadInbox(): Promise<void>;
  snooze(id: string, until: Date): Promise<void>;
  done(id: string): Promise<void>;
  previewImport(fileName: string, csv: string): Promise<void>;
  applyImport(): Promise<void>;
  cancelImport(): void;
  exportFile(format: 'csv' | 'ics'): Promise<{ fileName: string; content: string } | null>;
}

let unsubscribe: (() => void) | null = null;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const useApplications = create<ApplicationsState>((set, get) => {
  /** Runs a call, turning a failure into `error`; returns whether it worked. */
  async function attempt(fn: () => Promise<void>): Promise<boolean> {
    try {
      await fn();
      return true;
    } catch (error) {
      set({ error: errorMessage(error) });
      return false;
    }
  }
  const refresh = async (id: string) => {
    await get().load();
    if (get().selectedId === id) await get().select(id);
  };
  return {
    view: 'board',
    list: [],
    filters: { sort: 'updated', direction: 'desc' },
    loading: false,
    error: null,
    selectedId: null,
    detail: null,
    stats: null,
    inbox: [],
    importPreview: null,
    importMessage: null,
    setView(view) {
      set({ view });
      if (view === 'dashboard') void get().loadStats();
    },
    setFilters(patch) {
      set({ filters: { ...get().filters, ...patch } });
      void get().load();
    },
    async load() {
      unsubscribe ??= api.on('applications.reminder', () => void get().loadInbox());
      set({ loading: true });
      const ok = await attempt(async () => {
        const { search, ...rest } = get().filters;
        const list = await api.invoke('applications.list', { ...rest, ...(search?.trim() ? { search } : {}) });
        set({ list, error: null });
      });
      set({ loading: false });
      if (ok) await get().loadInbox();
    },
    async select(id) {
      set({ selectedId: id, ...(id === get().detail?.application.id ? {} : { detail: null }) });
      if (!id) return;
      await attempt(async () => {
        const detail = await api.invoke('applications.get', { id });
        if (get().selectedId === id) set({ detail });
      });
    },
    async move(id, status, on) {
      const before = get().list;
      set({ list: before.map((a) => (a.id === id ? { ...a, status } : a)) });
      const ok = await attempt(
        async () => void (await api.invoke('applications.move', { id, status, ...(on ? { on } : {}) })),
      );
      if (!ok) set({ list: before });
      await refresh(id);
    },
    async log(id, event) {
      const ok = await attempt(async () => void (await api.invoke('applications.log', { id, event })));
      if (ok) await refresh(id);
      return ok;
    },
    async update(id, patch) {
      if (await attempt(async () => void (await api.invoke('applications.update', { id, patch })))) await refresh(id);
    },
    async addContact(id, contact) {
      const ok = await attempt(
        async () => void (await api.invoke('applications.contacts.add', { contact, applicationId: id })),
      );
      if (ok) await get().select(id);
      return ok;
    },
    async remind(id, at, title) {
      const ok = await attempt(
        async () =>
          void (await api.invoke('applications.reminders.add', { id, at: new Date(at).toISOString(), title })),
      );
      if (ok) await refresh(id);
      return ok;
    },
    async snapshot(id, files) {
      const encoded = await Promise.all(
        files.map(async (f) => ({
          name: f.name,
          mime: f.type || 'application/octet-stream',
          dataBase64: toBase64(new Uint8Array(await f.arrayBuffer())),
        })),
      );
      if (await attempt(async () => void (await api.invoke('applications.snapshot', { id, files: encoded }))))
        await get().select(id);
    },
    async loadStats() {
      await attempt(async () => set({ stats: await api.invoke('applications.stats', {}) }));
    },
    async loadInbox() {
      await attempt(async () => set({ inbox: await api.invoke('applications.reminders.inbox', {}) }));
    },
    async snooze(id, until) {
      if (
        await attempt(
          async () => void (await api.invoke('applications.reminders.snooze', { id, until: until.toISOString() })),
        )
      )
        await get().loadInbox();
    },
    async done(id) {
      if (await attempt(async () => void (await api.invoke('applications.reminders.done', { id }))))
        await get().loadInbox();
    },
    async previewImport(fileName, csv) {
      set({ importMessage: null });
      await attempt(async () =>
        set({
          importPreview: { csv, fileName, result: await api.invoke('applications.import.preview', { csv }) },
          error: null,
        }),
      );
    },
    async applyImport() {
      const preview = get().importPreview;
      if (!preview) return;
      await attempt(async () => {
        const result = await api.invoke('applications.import.apply', { csv: preview.csv });
        set({
          importPreview: null,
          importMessage: `Imported ${result.imported} applications from ${preview.fileName}${result.skipped.length ? `; ${result.skipped.length} were already tracked` : ''}.`,
        });
        await get().load();
      });
    },
    cancelImport: () => set({ importPreview: null }),
    async exportFile(format) {
      let file: { fileName: string; content: string } | null = null;
      await attempt(async () => void (file = await api.invoke('applications.export', { format })));
      return file;
    },
  };
});
