import { create } from 'zustand';
import { BasicsInput, type ProfileSnapshot } from '../../../../shared/contract';
import type { Highlight, Profile } from '../../../../shared/domain/profile';
import type { ProfileDiff, VersionDetail, VersionSummary } from '../../../../shared/domain/profile-import';
import { api, errorMessage } from '../../lib/api';
import { newId } from './sections/section-fields';

/** Edits are saved this long after the last keystroke. */
export const AUTOSAVE_MS = 700;
/** Keystrokes closer together than this are one step for Undo. */
const UNDO_STEP_MS = 1_000;
const MAX_UNDO = 200;

/** What the save label says. It never says "saved" unless the core said so. */
export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

interface ProfileState {
  snapshot: ProfileSnapshot | null;
  loading: boolean;
  error: string | null;
  /** The profile as shown and edited: saved automatically, a moment after each change. */
  draft: Profile | null;
  saveState: SaveState;
  saveError: string | null;
  /** Basics fields that cannot be saved as typed ("email": "not a valid email address"). */
  fieldErrors: Record<string, string>;
  past: Profile[];
  future: Profile[];
  versions: VersionSummary[] | null;
  load(): Promise<void>;
  /** One edit of the draft; `step` names what is being typed so keystrokes merge into one Undo step. */
  edit(next: Profile, step?: string): void;
  undo(): void;
  redo(): void;
  /** Saves now (a pending edit, or a retry after a failure). Resolves to whether everything is saved. */
  flush(): Promise<boolean>;
  /** Puts a removed bullet back where it was (the Undo of its toast). */
  restoreBullet(entryId: string, field: string, bullet: Highlight, index: number): void;
  /** Adds a skill (from a job's missing list) and saves; resolves to its entry id, or null without a profile. */
  addSkill(name: string): string | null;
  /** Takes a profile the core saved elsewhere (an import, a restore): shown as is, history cleared. */
  adopt(snapshot: ProfileSnapshot): void;
  loadVersions(): Promise<void>;
  getVersion(id: number): Promise<VersionDetail | null>;
  diffVersions(from: number, to: number): Promise<ProfileDiff | null>;
  restoreVersion(id: number): Promise<boolean>;
}

/** Basics as the core's basics form would accept them, or the field errors that stop the save. */
function basicsErrors(profile: Profile): Record<string, string> {
  const b = profile.basics;
  const parsed = BasicsInput.safeParse({
    ...b,
    location: {
      city: b.location.city ?? '',
      region: b.location.region ?? '',
      countryCode: b.location.countryCode ?? '',
    },
  });
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
}

let timer: ReturnType<typeof setTimeout> | undefined;
let chain: Promise<boolean> = Promise.resolve(true);
let lastStep: { name: string; at: number } | null = null;

export const useProfile = create<ProfileState>((set, get) => {
  async function persist(): Promise<boolean> {
    const { draft, snapshot } = get();
    if (!draft) return true;
    if (snapshot && JSON.stringify(draft) === JSON.stringify(snapshot.profile)) {
      set({ saveState: 'saved', saveError: null });
      return true;
    }
    const fieldErrors = basicsErrors(draft);
    if (Object.keys(fieldErrors).length) {
      set({
        saveState: 'failed',
        fieldErrors,
        saveError: `Not saved: ${Object.entries(fieldErrors)
          .map(([k, m]) => `${k} is ${m}`)
          .join('; ')}.`,
      });
      return false;
    }
    set({ saveState: 'saving', fieldErrors: {} });
    try {
      const saved = await api.invoke('profile.save', { profile: draft });
      const current = get().draft === draft;
      set({ snapshot: saved, ...(current ? { saveState: 'saved', saveError: null } : {}) });
      return current || persist();
    } catch (error) {
      set({ saveState: 'failed', saveError: `Not saved: ${errorMessage(error)}` });
      return false;
    }
  }
  function schedule() {
    clearTimeout(timer);
    set({ saveState: 'pending' });
    timer = setTimeout(() => void get().flush(), AUTOSAVE_MS);
  }
  function show(draft: Profile, past: Profile[], future: Profile[]) {
    set({ draft, past, future, fieldErrors: basicsErrors(draft) });
    schedule();
  }

  return {
    snapshot: null,
    loading: false,
    error: null,
    draft: null,
    saveState: 'saved',
    saveError: null,
    fieldErrors: {},
    past: [],
    future: [],
    versions: null,
    async load() {
      set({ loading: true });
      try {
        const snapshot = await api.invoke('profile.get', {});
        // Unsaved edits stay on screen: a reload never throws away what the user typed.
        const keepDraft = get().draft && get().saveState !== 'saved';
        set({ snapshot, loading: false, error: null, ...(keepDraft ? {} : { draft: snapshot.profile }) });
      } catch (error) {
        set({ loading: false, error: errorMessage(error) });
      }
    },
    edit(next, step) {
      const { draft, past } = get();
      if (!draft || next === draft) return;
      const now = Date.now();
      const sameStep = !!step && lastStep?.name === step && now - lastStep.at < UNDO_STEP_MS;
      lastStep = step ? { name: step, at: now } : null;
      show(next, sameStep ? past : [...past, draft].slice(-MAX_UNDO), []);
    },
    undo() {
      const { draft, past, future } = get();
      const previous = past[past.length - 1];
      if (!draft || !previous) return;
      lastStep = null;
      show(previous, past.slice(0, -1), [draft, ...future]);
    },
    redo() {
      const { draft, past, future } = get();
      const next = future[0];
      if (!draft || !next) return;
      lastStep = null;
      show(next, [...past, draft], future.slice(1));
    },
    flush() {
      clearTimeout(timer);
      chain = chain.then(persist, persist);
      return chain;
    },
    restoreBullet(entryId, field, bullet, index) {
      const draft = get().draft;
      if (!draft) return;
      const next = structuredClone(draft) as unknown as Record<string, Record<string, unknown>[]>;
      for (const entries of Object.values(next)) {
        const entry = Array.isArray(entries) ? entries.find((e) => e.id === entryId) : undefined;
        const list = entry?.[field];
        if (entry && Array.isArray(list) && !list.some((b: Highlight) => b.id === bullet.id)) {
          entry[field] = [...list.slice(0, index), bullet, ...list.slice(index)];
          get().edit(next as unknown as Profile);
          return;
        }
      }
    },
    addSkill(name) {
      const draft = get().draft;
      if (!draft) return null;
      const existing = draft.skills.find((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase());
      if (existing) return existing.id;
      const id = newId('skill');
      get().edit({ ...draft, skills: [...draft.skills, { id, name, keywords: [] }] });
      void get().flush();
      return id;
    },
    adopt(snapshot) {
      clearTimeout(timer);
      lastStep = null;
      set({
        snapshot,
        draft: snapshot.profile,
        past: [],
        future: [],
        saveState: 'saved',
        saveError: null,
        fieldErrors: {},
        error: null,
      });
      void get().loadVersions();
    },
    async loadVersions() {
      try {
        set({ versions: await api.invoke('profile.versions.list', {}), error: null });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    async getVersion(id) {
      try {
        return await api.invoke('profile.versions.get', { id });
      } catch (error) {
        set({ error: errorMessage(error) });
        return null;
      }
    },
    async diffVersions(from, to) {
      try {
        return await api.invoke('profile.versions.diff', { from, to });
      } catch (error) {
        set({ error: errorMessage(error) });
        return null;
      }
    },
    async restoreVersion(id) {
      // Whatever is being typed is saved first, so the restore can itself be undone from Versions.
      await get().flush();
      try {
        get().adopt(await api.invoke('profile.versions.restore', { id }));
        return true;
      } catch (error) {
        set({ error: errorMessage(error) });
        return false;
      }
    },
  };
});
