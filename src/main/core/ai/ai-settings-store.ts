import { AiSettings } from '../../../shared/domain/ai';
import { AppError } from '../../../shared/ipc/result';
import type { SettingsRepo } from '../settings/settings-repo';
import { DEFAULT_PRICES } from './pricing';
import { LEGACY_WILDCARD_ROWS } from './pricing-table';

/** The key of the AI settings in the app's key/value settings table. */
export const AI_SETTINGS_KEY = 'ai.config';

/** Out of the box: nothing is sent anywhere until the user enables a provider; a $5 monthly cap. */
export function defaultAiSettings(): AiSettings {
  return AiSettings.parse({
    providers: [
      {
        id: 'local',
        kind: 'local',
        label: 'On-device model',
        enabled: false,
        model: '',
        timeoutMs: 120_000,
        maxRetries: 0,
      },
      { id: 'openai', kind: 'openai', label: 'OpenAI', enabled: false, model: 'gpt-4o-mini' },
      { id: 'anthropic', kind: 'anthropic', label: 'Anthropic', enabled: false, model: 'claude-haiku-4-5' },
      {
        id: 'ollama',
        kind: 'openai-compatible',
        label: 'Ollama',
        enabled: false,
        baseUrl: 'http://127.0.0.1:11434/v1',
        model: 'llama3.2',
      },
    ],
    prices: DEFAULT_PRICES,
    monthlyBudgetUsd: 5,
  });
}

/**
 * Settings saved before prices were kept per model hold the old wildcard rows; they are replaced by the current
 * table. Rows the user added or changed stay, and win over the shipped row for the same model.
 */
function withCurrentPrices(settings: AiSettings): AiSettings {
  const own = settings.prices.filter((row) => !LEGACY_WILDCARD_ROWS.has(`${row.kind}:${row.model}`) && !row.source);
  const ownKeys = new Set(own.map((row) => `${row.kind}:${row.model}`));
  return { ...settings, prices: [...own, ...DEFAULT_PRICES.filter((row) => !ownKeys.has(`${row.kind}:${row.model}`))] };
}

export interface AiSettingsStore {
  get(): AiSettings;
  update(next: AiSettings): AiSettings;
  onChange(listener: (settings: AiSettings) => void): () => void;
}

/** AI settings as one validated JSON value in the settings table; a damaged value falls back to defaults. */
export function createAiSettingsStore(
  repo: Pick<SettingsRepo, 'all' | 'put'>,
  clock: () => Date = () => new Date(),
): AiSettingsStore {
  const listeners = new Set<(settings: AiSettings) => void>();
  const load = (): AiSettings => {
    const parsed = AiSettings.safeParse(repo.all()[AI_SETTINGS_KEY]);
    return parsed.success ? withCurrentPrices(parsed.data) : defaultAiSettings();
  };
  let current = load();
  return {
    get: () => current,
    update(next) {
      const valid = AiSettings.parse(next);
      const ids = new Set<string>();
      for (const p of valid.providers) {
        if (ids.has(p.id))
          throw new AppError('VALIDATION', `Two providers are called "${p.id}"; names must be unique.`);
        ids.add(p.id);
      }
      repo.put(AI_SETTINGS_KEY, valid, clock().toISOString());
      current = load();
      for (const listener of listeners) listener(current);
      return current;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
