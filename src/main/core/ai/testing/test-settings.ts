import type { AiSettings, ProviderConfig } from '../../../../shared/domain/ai';
import { DEFAULT_PRICES } from '../pricing';

/** A provider config with test-friendly defaults (short timeout, fast retries). */
export function providerConfig(partial: Partial<ProviderConfig> & Pick<ProviderConfig, 'id' | 'kind'>): ProviderConfig {
  return {
    label: partial.id,
    enabled: true,
    model: partial.kind === 'anthropic' ? 'claude-haiku-4-5' : 'gpt-4o-mini',
    timeoutMs: 5000,
    maxRetries: 2,
    ...partial,
  };
}

export function aiSettings(providers: ProviderConfig[], partial: Partial<AiSettings> = {}): AiSettings {
  return {
    providers,
    prices: DEFAULT_PRICES,
    monthlyBudgetUsd: null,
    allowUnpricedModels: false,
    localIdleUnloadMinutes: 10,
    localContextSize: 512,
    ...partial,
  };
}
