import path from 'node:path';
import type { AiSettings, ProviderConfig } from '../../../shared/domain/ai';
import { AppError } from '../../../shared/ipc/result';
import { isBlockedAddress, normaliseHost } from '../net/address-guard';

/**
 * What AI settings coming from the renderer may point the main process at. A compromised renderer
 * must not be able to send a stored API key to another host, or load any file as a model:
 * - a base URL is https, or plain http only on this computer (a local Ollama / LM Studio);
 * - the openai and anthropic kinds talk only to their own hosts, unless the main process (CLI,
 *   tests) allows custom endpoints or the stored endpoint is left unchanged;
 * - an on-device model file lies inside the models folder.
 */
export interface EndpointPolicy {
  modelsDir: string;
  /** Set only in the main process (the CLI's --base-url, tests); never from the renderer. */
  allowCustomEndpoints: boolean;
}

const OWN_HOSTS: Partial<Record<ProviderConfig['kind'], string>> = {
  openai: 'api.openai.com',
  anthropic: 'api.anthropic.com',
};

const invalid = (message: string, providerId: string): AppError => new AppError('VALIDATION', message, { providerId });

export function isLoopbackHost(hostname: string): boolean {
  const host = normaliseHost(hostname);
  if (host === 'localhost') return true;
  return (
    /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1' || (isBlockedAddress(host) && host.startsWith('::ffff:127.'))
  );
}

export function checkAiSettings(next: AiSettings, previous: AiSettings, policy: EndpointPolicy): void {
  for (const provider of next.providers) {
    const before = previous.providers.find((p) => p.id === provider.id && p.kind === provider.kind);
    if (provider.baseUrl) checkBaseUrl(provider, before?.baseUrl === provider.baseUrl || policy.allowCustomEndpoints);
    if (provider.kind === 'local' && provider.model && provider.model !== before?.model)
      checkModelPath(provider.model, policy.modelsDir, provider.id);
  }
}

function checkBaseUrl(provider: ProviderConfig, customAllowed: boolean): void {
  let url: URL;
  try {
    url = new URL(provider.baseUrl!);
  } catch {
    throw invalid(`${provider.label}: "${provider.baseUrl}" is not a web address.`, provider.id);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw invalid(
      `${provider.label}: the base URL must use https (plain http only for a server on this computer, e.g. http://127.0.0.1:11434/v1).`,
      provider.id,
    );
  }
  if (url.username || url.password)
    throw invalid(`${provider.label}: the base URL must not carry a user name or password.`, provider.id);
  const own = OWN_HOSTS[provider.kind];
  if (own && url.hostname !== own && !customAllowed) {
    throw invalid(
      `${provider.label} sends your key only to ${own}. For another server, add an "OpenAI-compatible" provider instead.`,
      provider.id,
    );
  }
}

export function checkModelPath(file: string, modelsDir: string, providerId = 'local'): string {
  const resolved = path.resolve(file);
  const relative = path.relative(path.resolve(modelsDir), resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw invalid(
      `On-device models must be in Jobsmith's models folder (${modelsDir}). Download the model there or copy the .gguf file into it.`,
      providerId,
    );
  }
  return resolved;
}
