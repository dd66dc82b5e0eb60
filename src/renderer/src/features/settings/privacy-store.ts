import { create } from 'zustand';
import type { BackupEntry, DeleteAllResult } from '../../../../shared/domain/privacy';
import { api, errorMessage } from '../../lib/api';
import { downloadBase64 } from '../documents/download';

/** What "Your data" says went well, in words (the last finished action). */
type Notice = { kind: 'exported' | 'deleted' | 'restore'; text: string } | null;

interface PrivacyState {
  backups: BackupEntry[];
  /** The backup the core will put in place at the next start, when one was chosen this session. */
  pendingRestore: string | null;
  notice: Notice;
  /** Which action runs now, so only its button shows it is busy. */
  busy: 'export' | 'delete' | 'restore' | null;
  loading: boolean;
  error: string | null;
  loadBackups(): Promise<void>;
  /** Builds the zip in the core and hands it to the browser's download; true when it was saved. */
  exportAll(): Promise<boolean>;
  /** Deletes everything after the typed phrase; true when the core did it. */
  deleteAll(confirm: string): Promise<DeleteAllResult | null>;
  restoreAtNextStart(fileName: string): Promise<boolean>;
  clearError(): void;
}

/** The window reloads after delete-all (every store starts empty); this carries its result across. */
const AFTER_RELOAD = 'jobsmith.privacy.notice';

function noticeFromBeforeReload(): Notice {
  const store = globalThis.sessionStorage;
  const text = store?.getItem(AFTER_RELOAD);
  store?.removeItem(AFTER_RELOAD);
  return text ? { kind: 'deleted', text } : null;
}

export const usePrivacy = create<PrivacyState>((set) => ({
  backups: [],
  pendingRestore: null,
  notice: noticeFromBeforeReload(),
  busy: null,
  loading: false,
  error: null,

  async loadBackups() {
    set({ loading: true, error: null });
    try {
      set({ backups: await api.invoke('privacy.backups', {}), loading: false });
    } catch (e) {
      set({ loading: false, error: `The list of backups could not be read: ${errorMessage(e)}` });
    }
  },

  async exportAll() {
    set({ busy: 'export', error: null, notice: null });
    try {
      const zip = await api.invoke('privacy.exportAll', {});
      downloadBase64(zip.dataBase64, 'application/zip', zip.fileName);
      const text = `Saved ${zip.fileName}: ${zip.rows} rows from ${zip.tables} tables and ${zip.files} document files.`;
      set({ busy: null, notice: { kind: 'exported', text } });
      return true;
    } catch (e) {
      set({ busy: null, error: `Your data was not exported: ${errorMessage(e)}` });
      return false;
    }
  },

  async deleteAll(confirm) {
    set({ busy: 'delete', error: null, notice: null });
    try {
      const result = await api.invoke('privacy.deleteAll', { confirm });
      const text = `All your data was deleted: ${result.rowsDeleted} rows and ${result.filesDeleted} files.`;
      globalThis.sessionStorage?.setItem(AFTER_RELOAD, text);
      set({ busy: null, backups: [], pendingRestore: null, notice: { kind: 'deleted', text } });
      return result;
    } catch (e) {
      set({ busy: null, error: `Nothing was deleted: ${errorMessage(e)}` });
      return null;
    }
  },

  async restoreAtNextStart(fileName) {
    set({ busy: 'restore', error: null, notice: null });
    try {
      const { pending } = await api.invoke('privacy.restoreBackup', { fileName });
      const text = `${pending} will be restored the next time Jobsmith starts. Your current database is then moved aside (renamed), not deleted.`;
      set({ busy: null, pendingRestore: pending, notice: { kind: 'restore', text } });
      return true;
    } catch (e) {
      set({ busy: null, error: `The restore was not scheduled: ${errorMessage(e)}` });
      return false;
    }
  },

  clearError: () => set({ error: null }),
}));
