import { create } from 'zustand';
import type { Profile } from '../../../../shared/domain/profile';
import type {
  ImportImprovement,
  ImportMode,
  ImportPreview,
  ProfileDiff,
} from '../../../../shared/domain/profile-import';
import { applyImportChoices } from '../../../../shared/import-choices';
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
  /** "Improve with a model": null until checked; true when an AI provider is enabled in Settings → AI. */
  modelReady: boolean | null;
  improving: boolean;
  /** Characters of the model's answer received so far (its `ai.stream` events), for progress. */
  streamed: number;
  /** The model's reading, as disagreements with the draft (only values found in the document). */
  improvement: ImportImprovement | null;
  /** Paths of the disagreements whose model value the user takes. */
  chosen: Set<string>;
  improveError: string | null;
  checkModel(): Promise<void>;
  improveWithModel(): Promise<void>;
  cancelImprove(): void;
  toggleChoice(path: string): void;
  /** Writes the chosen model values into the draft and closes the list. */
  applyChoices(): void;
  dismissImprovement(): void;
}

let lastPrepare = 0;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

let unsubscribe: (() => void) | null = null;
let improveRequest: string | null = null;
/** The jobs' ids when the model read the document: its paths ("work.1.position") index them. */
let improvedJobs = '';
const jobIds = (p: Profile): string => p.work.map((w) => w.id).join(' ');
const noImprovement = {
  improving: false,
  streamed: 0,
  improvement: null,
  chosen: new Set<string>(),
  improveError: null,
};
const newWorkId = (): string => `work_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;

export const useImport = create<ImportState>((set, get) => {
  function begin(label: string): string {
    const taskId = `import-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    unsubscribe?.();
    get().cancelImprove();
    unsubscribe = api.on('progress', (p) => {
      if (p.taskId === taskId && get().phase === 'parsing') set({ progress: { label: p.label, fraction: p.fraction } });
    });
    set({
      phase: 'parsing',
      progress: { label, fraction: null },
      error: null,
      preview: null,
      draft: null,
      plan: null,
      ...noImprovement,
    });
    return taskId;
  }
  async function finish(parsing: Promise<ImportPreview>) {
    try {
      const preview = await parsing;
      set({
        phase: 'review',
        progress: null,
        preview,
        draft: preview.profile,
        uncertain: uncertainKeys(preview.profile, preview.uncertain),
        plan: null,
      });
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
        set({
          error: `"${file.name}" is ${(file.size / 1024 / 1024).toFixed(0)} MB; Jobsmith imports CVs up to 20 MB. Export it again without large images, or as plain PDF.`,
        });
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
        set({
          plan: { mode, diff: await api.invoke('profile.import.plan', { profile: draft, mode }) },
          planning: false,
        });
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
        const {
          versionId: _v,
          sections: _s,
          ...snapshot
        } = await api.invoke('profile.import.apply', {
          profile: draft,
          mode,
          source: { fileName: preview.fileName, format: preview.format },
        });
        useProfile.getState().adopt(snapshot);
        set({ phase: 'idle', preview: null, draft: null, uncertain: new Set(), plan: null, ...noImprovement });
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
      get().cancelImprove();
      set({
        phase: 'idle',
        preview: null,
        draft: null,
        progress: null,
        error: null,
        uncertain: new Set(),
        plan: null,
        ...noImprovement,
      });
    },
    modelReady: null,
    ...noImprovement,
    async checkModel() {
      try {
        const settings = await api.invoke('ai.settings.get', {});
        set({ modelReady: settings.providers.some((p) => p.enabled) });
      } catch (e) {
        set({ modelReady: false, improveError: errorMessage(e) });
      }
    },
    async improveWithModel() {
      const { preview, draft } = get();
      if (!preview || !draft || get().improving) return;
      const requestId = `import-improve-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
      improveRequest = requestId;
      improvedJobs = jobIds(draft);
      set({ improving: true, streamed: 0, improvement: null, chosen: new Set(), improveError: null });
      const stopStream = api.on('ai.stream', (e) => {
        if (e.requestId === requestId && improveRequest === requestId)
          set({ streamed: (e.restart ? 0 : get().streamed) + e.delta.length });
      });
      try {
        const improvement = await api.invoke('profile.import.improve', {
          text: preview.text,
          profile: draft,
          requestId,
        });
        if (improveRequest === requestId) set({ improvement });
      } catch (e) {
        if (improveRequest === requestId) set({ improveError: errorMessage(e) });
      } finally {
        stopStream();
        if (improveRequest === requestId) {
          improveRequest = null;
          set({ improving: false });
        }
      }
    },
    cancelImprove() {
      if (!improveRequest) return;
      api.invoke('ai.cancel', { requestId: improveRequest }).catch(() => undefined);
      improveRequest = null;
      set({ improving: false });
    },
    toggleChoice(path) {
      const chosen = new Set(get().chosen);
      if (chosen.has(path)) chosen.delete(path);
      else chosen.add(path);
      set({ chosen });
    },
    applyChoices() {
      const { draft, improvement, chosen } = get();
      if (!draft || !improvement) return;
      if (jobIds(draft) !== improvedJobs) {
        set({ improveError: 'Jobs were added or removed since the model read the document; ask the model again.' });
        return;
      }
      const picked = improvement.disagreements.filter((d) => chosen.has(d.path));
      set({ draft: applyImportChoices(draft, picked, newWorkId), ...noImprovement });
    },
    dismissImprovement() {
      set({ ...noImprovement });
    },
  };
});
