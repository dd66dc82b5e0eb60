import { create } from 'zustand';
import type { Profile } from '../../../../shared/domain/profile';
import type { ImportMode, ImportPreview, ProfileDiff } from '../../../../shared/domain/profile-import';
import { api, errorMessage } from '../../lib/api';
import { useProfile } from './profile-store';
import { resolveEdited, uncertainKeys } from './sections/uncertain';

/** Files over this are refused in the renderer before they are read (the core checks again). */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

type Phase = 'idle' | 'parsing' | 'review' | 'saving';

interface ImportState {
  phase: Phase;
  progress: { label: string; fraction: number | null } | null;
  preview: ImportPreview | null;
  /** The draft the user fixes during review (starts as the parsed profile). */
  draft: Profile | null;
  /** Field keys the parser was unsure of, by entry id ("<id>.startDate") or basics path. */
  uncertain: Set<string>;
  error: string | null;
  /** What saving would change in the stored profile, for the chosen mode (computed by the core, nothing stored). */
  plan: { mode: ImportMode; diff: ProfileDiff } | null;
  planning: boolean;
  parseFile(file: File): Promise<void>;
  parseGithub(username: string): Promise<void>;
  setDraft(profile: Profile): void;
  apply(mode: ImportMode): Promise<boolean>;
  planFor(mode: ImportMode): Promise<void>;
  clearPlan(): void;
  discard(): void;
  /** Asks the core to start the parser early (file picker opened, file dragged in). */
  prepare(): void;
}

let lastPrepare = 0;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

let unsubscribe: (() => void) | null = null;

export const useImport = create<ImportState>((set, get) => {
  function begin(label: string): string {
    const taskId = `import-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    unsubscribe?.();
    unsubscribe = api.on('progress', (p) => {
      if (p.taskId === taskId && get().phase === 'parsing') set({ progress: { label: p.label, fraction: p.fraction } });
    });
    set({ phase: 'parsing', progress: { label, fraction: null }, error: null, preview: null, draft: null });
    return taskId;
  }
  async function finish(parsing: Promise<ImportPreview>) {
    try {
      const preview = await parsing;
      set({ phase: 'review', progress: null, preview, draft: preview.profile, uncertain: uncertainKeys(preview.profile, preview.uncertain), plan: null });
    } catch (error) {
      set({ phase: 'idle', progress: null, error: errorMessage(error) });
    } finally {
      unsubscribe?.();
      unsubscribe = null;
    }
  }

  return {
    phase: 'idle',
    progress: null,
    preview: null,
    draft: null,
    uncertain: new Set(),
    error: null,
    plan: null,
    planning: false,
    async parseFile(file) {
      if (file.size > MAX_IMPORT_FILE_BYTES) {
        set({ error: `"${file.name}" is ${(file.size / 1024 / 1024).toFixed(0)} MB; Jobsmith imports CVs up to 20 MB. Export it again without large images, or as plain PDF.` });
        return;
      }
      const taskId = begin(`Reading ${file.name}`);
      const bytes = new Uint8Array(await file.arrayBuffer());
      await finish(api.invoke('profile.import.parse', { fileName: file.name, dataBase64: toBase64(bytes), taskId }));
    },
    async parseGithub(username) {
      begin(`Fetching ${username}'s repositories from GitHub`);
      await finish(api.invoke('profile.import.github', { username }));
    },
    setDraft(profile) {
      const { draft, uncertain } = get();
      // An edited flagged field counts as checked: its mark goes and "fields to check" drops.
      set({ draft: profile, plan: null, uncertain: draft ? resolveEdited(uncertain, draft, profile) : uncertain });
    },
    async planFor(mode) {
      const draft = get().draft;
      if (!draft) return;
      set({ planning: true, error: null });
      try {
        set({ plan: { mode, diff: await api.invoke('profile.import.plan', { profile: draft, mode }) }, planning: false });
      } catch (error) {
        set({ planning: false, error: errorMessage(error) });
      }
    },
    clearPlan: () => set({ plan: null }),
    async apply(mode) {
      const { draft, preview } = get();
      if (!draft || !preview) return false;
      set({ phase: 'saving', error: null });
      try {
        // Edits typed into the profile before the import are saved first: the import builds on them.
        await useProfile.getState().flush();
        const { versionId: _v, sections: _s, ...snapshot } = await api.invoke('profile.import.apply', { profile: draft, mode, source: { fileName: preview.fileName, format: preview.format } });
        useProfile.getState().adopt(snapshot);
        set({ phase: 'idle', preview: null, draft: null, uncertain: new Set(), plan: null });
        return true;
      } catch (error) {
        set({ phase: 'review', error: errorMessage(error) });
        return false;
      }
    },
    prepare() {
      if (Date.now() - lastPrepare < 60_000) return;
      lastPrepare = Date.now();
      // Only warms the parser up: a failure here shows when the file is parsed.
      api.invoke('profile.import.prepare', {}).catch(() => undefined);
    },
    discard() {
      set({ phase: 'idle', preview: null, draft: null, progress: null, error: null, uncertain: new Set(), plan: null });
    },
  };
});
