import { create } from 'zustand';
import type { BasicsInput, ProfileSnapshot } from '../../../../shared/contract';
import { api, ApiError } from '../../lib/api';

interface ProfileState {
  snapshot: ProfileSnapshot | null;
  loading: boolean;
  error: string | null;
  load(): Promise<void>;
  /** Resolves to field errors keyed by path ("email"), or null when saved. */
  saveBasics(basics: BasicsInput): Promise<Record<string, string> | null>;
}

export const useProfile = create<ProfileState>((set) => ({
  snapshot: null,
  loading: false,
  error: null,
  async load() {
    set({ loading: true, error: null });
    const result = await api.call('profile.get', {});
    set(result.ok ? { snapshot: result.value, loading: false } : { error: result.error.message, loading: false });
  },
  async saveBasics(basics) {
    const result = await api.call('profile.saveBasics', { basics });
    if (result.ok) {
      set({ snapshot: result.value, error: null });
      return null;
    }
    const issues = (result.error.details as { issues?: { path: string[]; message: string }[] } | undefined)?.issues;
    if (result.error.code === 'VALIDATION' && issues?.length) {
      return Object.fromEntries(issues.map((i) => [i.path.slice(1).join('.') || 'form', i.message]));
    }
    throw new ApiError(result.error);
  },
}));
