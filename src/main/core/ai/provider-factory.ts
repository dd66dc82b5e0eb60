import type { ProviderConfig } from '../../../shared/domain/ai';
import { AppError } from '../../../shared/ipc/result';
import type { SecretStore } from '../secrets/secret-store';
import { lookupApiKey } from './api-keys';
import type { FetchLike, ModelProvider } from './provider';
import { createAnthropicProvider } from './providers/anthropic-provider';
import { createOpenAiProvider } from './providers/openai-provider';

export interface ProviderFactoryDeps {
  secrets: SecretStore | null;
  /** The core network gateway's fetch; every cloud request goes through it. */
  fetch?: FetchLike;
  /** Builds the on-device provider (kept out of here so cloud-only callers never load llama.cpp). */
  createLocal?: (config: ProviderConfig) => Promise<ModelProvider>;
  env?: NodeJS.ProcessEnv;
  /** Offline mode: every HTTP provider is refused before any request (like the gateway does); on-device still works. */
  isOffline?: (url?: string) => boolean;
}

/** Builds the provider for a config, with its key from the secret store or the environment. */
export function createProviderFactory(deps: ProviderFactoryDeps): (config: ProviderConfig) => Promise<ModelProvider> {
  return async (config) => {
    if (config.kind === 'local') {
      if (!deps.createLocal) throw new AppError('PROVIDER', 'On-device models are not available here.');
      return deps.createLocal(config);
    }
    if (deps.isOffline?.(config.baseUrl || undefined)) {
      throw new AppError(
        'OFFLINE',
        `Jobsmith is in offline mode, so ${config.label} is not used. Use an on-device model, or turn offline mode off in Settings.`,
        { providerId: config.id, retryable: false },
      );
    }
    if (!config.model) {
      throw new AppError('BAD_INPUT', `${config.label} has no model set. Choose one in Settings → AI.`, {
        providerId: config.id,
        retryable: false,
      });
    }
    const { key } = lookupApiKey(deps.secrets, config, deps.env);
    if (!key && config.kind !== 'openai-compatible') {
      throw new AppError(
        'UNAUTHORIZED',
        `${config.label} has no API key. Add one in Settings → AI (or set ${config.kind === 'openai' ? 'OPENAI_API_KEY' : 'ANTHROPIC_API_KEY'} for the CLI).`,
        { providerId: config.id, retryable: false },
      );
    }
    if (config.kind === 'openai-compatible' && !config.baseUrl) {
      throw new AppError('BAD_INPUT', `${config.label} needs a base URL, e.g. http://127.0.0.1:11434/v1 for Ollama.`, {
        providerId: config.id,
        retryable: false,
      });
    }
    const common = {
      id: config.id,
      label: config.label,
      apiKey: key,
      ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}),
      ...(config.structuredMode ? { structuredMode: config.structuredMode } : {}),
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    };
    if (config.kind === 'anthropic') return createAnthropicProvider(common);
    return createOpenAiProvider({ ...common, kind: config.kind });
  };
}
