import { create } from 'zustand';

const KEY = 'jobsmith.onboarding';
type Flags = { dismissed: boolean; sawMatch: boolean };

function read(): Flags {
  try {
    const raw = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}') as Partial<Flags>;
    return { dismissed: raw.dismissed === true, sawMatch: raw.sawMatch === true };
  } catch {
    return { dismissed: false, sawMatch: false };
  }
}

interface OnboardingState extends Flags {
  dismiss(): void;
  /** A match explanation was shown: the "see the match" step is done. */
  markMatchSeen(): void;
}

/** First-run checklist progress that no core data records (kept on this computer, in this window's storage). */
export const useOnboarding = create<OnboardingState>((set, get) => {
  const save = (patch: Partial<Flags>) => {
    const next = { dismissed: get().dismissed, sawMatch: get().sawMatch, ...patch };
    globalThis.localStorage?.setItem(KEY, JSON.stringify(next));
    set(next);
  };
  return {
    ...read(),
    dismiss: () => save({ dismissed: true }),
    markMatchSeen: () => {
      if (!get().sawMatch) save({ sawMatch: true });
    },
  };
});
