import { create } from 'zustand';
import type {
  FlagAction,
  LetterLength,
  LetterTone,
  SelectedItem,
  TailorProgress,
  TailorRun,
} from '../../../../shared/domain/tailor';
import { api } from '../../lib/api';

interface ProviderChoice {
  id: string;
  label: string;
  model: string;
}

/** What the user picks before Generate: the writer, and the cover letter's tone, length and key points. */
export interface GenerateChoice {
  providerId: string | null;
  model?: string;
  tone: LetterTone;
  length: LetterLength;
  /** Fact ids from `keyPointChoices` (none: the writer picks the strongest). */
  keyPoints: string[];
}

interface TailorState {
  providers: ProviderChoice[];
  /** The facts the selection stage proposes for the letter's key points, for the job on screen. */
  keyPointChoices: SelectedItem[];
  run: TailorRun | null;
  progress: TailorProgress[];
  /** What the model has written so far (shown as text). */
  text: string;
  running: boolean;
  loading: boolean;
  error: string | null;
  loadProviders(): Promise<void>;
  loadKeyPoints(jobId: string): Promise<void>;
  generate(jobId: string, choice: GenerateChoice): Promise<void>;
  cancel(): Promise<void>;
  resolveFlag(flagId: string, action: FlagAction): Promise<void>;
  reset(): void;
}

let unsubscribe: (() => void) | null = null;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The Generate flow: provider choice, live progress stage by stage with streamed text, the result and its flags. */
export const useTailor = create<TailorState>((set, get) => ({
  providers: [],
  keyPointChoices: [],
  run: null,
  progress: [],
  text: '',
  running: false,
  loading: false,
  error: null,
  async loadProviders() {
    try {
      const settings = await api.invoke('ai.settings.get', {});
      set({
        providers: settings.providers
          .filter((p) => p.enabled)
          .map((p) => ({ id: p.id, label: p.label, model: p.model })),
      });
    } catch (e) {
      set({ error: message(e) });
    }
  },
  async loadKeyPoints(jobId) {
    set({ keyPointChoices: [] });
    try {
      set({ keyPointChoices: await api.invoke('tailor.keyPoints', { jobId }) });
    } catch (e) {
      set({ error: message(e) });
    }
  },
  async generate(jobId, { providerId, model, tone, length, keyPoints }) {
    unsubscribe?.();
    set({ running: true, loading: true, error: null, progress: [], text: '', run: null });
    let runId: string | null = null;
    const early: TailorProgress[] = [];
    const offProgress = api.on('tailor.progress', (p) => {
      if (runId === null) return void early.push(p);
      if (p.runId !== runId) return;
      set({ progress: [...get().progress, p] });
      if (p.finished) void finish(p.runId);
    });
    const offText = api.on('tailor.text', (t) => {
      if (t.runId !== runId) return;
      set({ text: t.restart ? t.delta : get().text + t.delta });
    });
    unsubscribe = () => {
      offProgress();
      offText();
    };
    const finish = async (id: string) => {
      unsubscribe?.();
      unsubscribe = null;
      try {
        set({ run: await api.invoke('tailor.get', { runId: id }), running: false, loading: false });
      } catch (e) {
        set({ error: message(e), running: false, loading: false });
      }
    };
    try {
      const run = await api.invoke('tailor.start', {
        jobId,
        options: {
          providerId,
          tone,
          length,
          keyPoints,
          ...(providerId && model?.trim() ? { model: model.trim() } : {}),
        },
      });
      runId = run.id;
      set({ run, loading: false });
      const mine = early.filter((p) => p.runId === run.id);
      if (mine.length) set({ progress: mine });
      if (mine.some((p) => p.finished)) await finish(run.id);
    } catch (e) {
      unsubscribe?.();
      set({ error: message(e), running: false, loading: false });
    }
  },
  async cancel() {
    const run = get().run;
    if (!run) return;
    try {
      await api.invoke('tailor.cancel', { runId: run.id });
    } catch (e) {
      set({ error: message(e) });
    }
  },
  async resolveFlag(flagId, action) {
    const run = get().run;
    if (!run) return;
    set({ loading: true, error: null });
    try {
      set({ run: await api.invoke('tailor.resolveFlag', { runId: run.id, flagId, action }), loading: false });
    } catch (e) {
      set({ error: message(e), loading: false });
    }
  },
  reset() {
    unsubscribe?.();
    unsubscribe = null;
    set({ run: null, progress: [], text: '', running: false, loading: false, error: null });
  },
}));
