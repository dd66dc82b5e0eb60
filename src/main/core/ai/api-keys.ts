import type { KeyStatus, ProviderConfig } from '../../../shared/domain/ai';
import type { SecretStore } from '../secrets/secret-store';

/** The secret-store name under which a provider's key is kept. */
export const keyName = (providerId: string): string => `ai.key.${providerId}`;

/** The standard environment variable read when the store has no key (the CLI, CI). */
export function envVarFor(config: Pick<ProviderConfig, 'kind'>): string | null {
  if (config.kind === 'openai') return 'OPENAI_API_KEY';
  if (config.kind === 'anthropic') return 'ANTHROPIC_API_KEY';
  return null;
}

export interface KeyLookup {
  key: string | null;
  source: KeyStatus['source'];
}

/** The key for a provider: the store first, then the environment. Never logged, never returned over IPC. */
export function lookupApiKey(
  secrets: SecretStore | null,
  config: Pick<ProviderConfig, 'id' | 'kind'>,
  env: NodeJS.ProcessEnv = process.env,
): KeyLookup {
  let stored: string | null = null;
  try {
    stored = secrets?.get(keyName(config.id)) ?? null;
  } catch {
    stored = null; // unreadable store (no keychain): fall back to the environment
  }
  if (stored) return { key: stored, source: 'store' };
  const variable = envVarFor(config);
  const fromEnv = variable ? env[variable]?.trim() : undefined;
  if (fromEnv) return { key: fromEnv, source: 'env' };
  return { key: null, source: 'none' };
}

export function keyStatus(
  secrets: SecretStore | null,
  config: ProviderConfig,
  env: NodeJS.ProcessEnv = process.env,
): KeyStatus {
  const { source } = lookupApiKey(secrets, config, env);
  return { providerId: config.id, hasKey: source !== 'none', source };
}
