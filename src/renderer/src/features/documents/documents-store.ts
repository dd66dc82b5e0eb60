import { create } from 'zustand';
import type {
  BlockChange,
  DocumentComparison,
  DocumentContent,
  DocumentPreview,
  DocumentVersion,
  DocumentVersionSummary,
  ExportFormat,
  RenderOptions,
  TruthFlag,
} from '../../../../shared/domain/document';
import type { FlagAction } from '../../../../shared/domain/tailor';
import { setBlockText } from '../../../../shared/document-blocks';
import { api, errorMessage } from '../../lib/api';
import { downloadBase64 } from './download';

interface DocumentsState {
  versions: DocumentVersionSummary[];
  /** The open version as stored. */
  selected: DocumentVersion | null;
  /** Unsaved edits of the open version's text; null when none. Flags change only in the core (resolveFlag, or the re-check on save). */
  draft: { content: DocumentContent; flags: TruthFlag[] } | null;
  /** Layout used for the preview, new documents and export. */
  options: RenderOptions;
  preview: DocumentPreview | null;
  previewing: boolean;
  /** The open CV version's changes relative to the master profile. */
  profileDiff: BlockChange[];
  comparison: DocumentComparison | null;
  loading: boolean;
  exporting: boolean;
  error: string | null;
  /** The last export's file name and warnings. */
  lastExport: { fileName: string; warnings: string[] } | null;
  load(): Promise<void>;
  select(id: number): Promise<void>;
  createFromProfile(): Promise<void>;
  setOptions(patch: Partial<RenderOptions>): void;
  editBlock(blockId: string, text: string): void;
  /** Edit, remove or confirm ("it is true": a new profile fact) one flag; the core re-checks and saves a new version. */
  resolveFlag(flagId: string, action: FlagAction): Promise<void>;
  discardDraft(): void;
  saveDraft(): Promise<void>;
  exportAs(format: ExportFormat, pageUrl?: string): Promise<void>;
  compareWith(otherId: number | null): Promise<void>;
  refreshPreview(): Promise<void>;
}

const DEFAULT_OPTIONS: RenderOptions = { template: 'ats', paper: 'a4', maxPages: 2 };
let previewSeq = 0;

export const useDocuments = create<DocumentsState>((set, get) => {
  /** Runs `fn`, turning a failure into `error`. */
  const attempt = async (fn: () => Promise<void>): Promise<void> => {
    try {
      await fn();
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  };
  const current = () =>
    get().draft ?? (get().selected ? { content: get().selected!.content, flags: get().selected!.flags } : null);
  const draftFrom = (
    fn: (d: { content: DocumentContent; flags: TruthFlag[] }) => { content: DocumentContent; flags: TruthFlag[] },
  ) => {
    const d = current();
    if (!d) return;
    set({ draft: fn(d) });
    void get().refreshPreview();
  };

  return {
    versions: [],
    selected: null,
    draft: null,
    options: DEFAULT_OPTIONS,
    preview: null,
    previewing: false,
    profileDiff: [],
    comparison: null,
    loading: false,
    exporting: false,
    error: null,
    lastExport: null,
    async load() {
      set({ loading: true, error: null });
      await attempt(async () => set({ versions: await api.invoke('documents.list', {}) }));
      set({ loading: false });
    },
    async select(id) {
      set({ loading: true, error: null, draft: null, comparison: null, lastExport: null });
      await attempt(async () => {
        const selected = await api.invoke('documents.get', { id });
        const profileDiff = selected.kind === 'cv' ? await api.invoke('documents.diffWithProfile', { id }) : [];
        set({ selected, profileDiff, options: selected.options });
        await get().refreshPreview();
      });
      set({ loading: false });
    },
    async createFromProfile() {
      set({ loading: true, error: null });
      await attempt(async () => {
        const v = await api.invoke('documents.saveFromProfile', { options: get().options });
        await get().load();
        await get().select(v.id);
      });
      set({ loading: false });
    },
    setOptions(patch) {
      set({ options: { ...get().options, ...patch } });
      void get().refreshPreview();
    },
    editBlock(blockId, text) {
      draftFrom((d) => ({ ...d, content: setBlockText(d.content, blockId, text) }));
    },
    async resolveFlag(flagId, action) {
      const { selected, draft } = get();
      if (!selected) return;
      if (draft) return set({ error: 'Save or discard your edits before resolving a claim.' });
      set({ loading: true, error: null });
      await attempt(async () => {
        const v = await api.invoke('documents.resolveFlag', { id: selected.id, flagId, action });
        await get().load();
        await get().select(v.id);
      });
      set({ loading: false });
    },
    discardDraft() {
      set({ draft: null });
      void get().refreshPreview();
    },
    async saveDraft() {
      const { selected, draft, options } = get();
      if (!selected || !draft) return;
      await attempt(async () => {
        const v = await api.invoke('documents.save', {
          documentId: selected.documentId,
          jobId: selected.jobId,
          source: 'edited',
          title: selected.title,
          content: draft.content,
          flags: draft.flags,
          matchBefore: selected.matchBefore,
          matchAfter: selected.matchAfter,
          options,
        });
        await get().load();
        await get().select(v.id);
      });
    },
    async exportAs(format, pageUrl) {
      const { selected, options } = get();
      if (!selected) return;
      set({ exporting: true, error: null });
      await attempt(async () => {
        const file = await api.invoke('documents.export', {
          id: selected.id,
          format,
          template: options.template,
          paper: options.paper,
          ...(pageUrl ? { pageUrl } : {}),
        });
        downloadBase64(file.base64, file.mime, file.fileName);
        set({ lastExport: { fileName: file.fileName, warnings: file.warnings } });
      });
      set({ exporting: false });
    },
    async compareWith(otherId) {
      const selected = get().selected;
      if (!selected || otherId === null) return set({ comparison: null });
      await attempt(async () =>
        set({ comparison: await api.invoke('documents.compare', { a: otherId, b: selected.id }) }),
      );
    },
    async refreshPreview() {
      const d = current();
      if (!d) return set({ preview: null });
      const seq = ++previewSeq;
      set({ previewing: true });
      await attempt(async () => {
        const preview = await api.invoke('documents.preview', { content: d.content, options: get().options });
        if (seq === previewSeq) set({ preview });
      });
      if (seq === previewSeq) set({ previewing: false });
    },
  };
});
