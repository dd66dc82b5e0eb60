import { Settings, SettingsPatch, type SettingKey } from '../../../shared/domain/settings';
import { AppError } from '../../../shared/ipc/result';
import { browserCandidates } from '../jobs/render/find-browser';
import type { SettingsRepo } from './settings-repo';

export interface SettingsServiceDeps {
  repo: SettingsRepo;
  clock?: () => Date;
}

type Listener = (next: Settings, previous: Settings) => void;

/** Typed settings over the key/value table, cached in memory (one writer: this service). */
export function createSettingsService(deps: SettingsServiceDeps) {
  const { repo } = deps;
  const clock = deps.clock ?? (() => new Date());
  const defaults = Settings.parse({});
  const listeners = new Set<Listener>();

  function load(): Settings {
    const stored = repo.all();
    const merged: Record<string, unknown> = { ...defaults };
    for (const [key, value] of Object.entries(stored)) {
      if (!(key in Settings.shape)) continue;
      const field = Settings.shape[key as keyof typeof Settings.shape];
      const parsed = field.safeParse(value);
      if (parsed.success) merged[key] = parsed.data;
    }
    return Settings.parse(merged);
  }

  let current = load();

  return {
    get(): Settings {
      return current;
    },
    update(patch: SettingsPatch): Settings {
      SettingsPatch.parse(patch);
      // The renderer may only pick a known browser: the path is launched as a program by the main process.
      if (patch.browserPath && !browserCandidates().includes(patch.browserPath)) {
        throw new AppError(
          'VALIDATION',
          `${patch.browserPath} is not one of the browsers Jobsmith knows (${browserCandidates().slice(0, 3).join(', ')}, …). Leave it empty to find one automatically.`,
        );
      }
      const now = clock().toISOString();
      // Only the keys the caller sent: a partial schema must not write defaults for the others.
      for (const key of Object.keys(patch) as SettingKey[]) {
        if (patch[key] === undefined) continue;
        repo.put(key, Settings.shape[key].parse(patch[key]), now);
      }
      const previous = current;
      current = load();
      for (const listener of listeners) listener(current, previous);
      return current;
    },
    onChange(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
