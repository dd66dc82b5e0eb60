import type { AiSettings, BudgetStatus, ProviderConfig } from '../../../shared/domain/ai';
import { AppError } from '../../../shared/ipc/result';
import type { ActivityLogStore } from './activity-log';
import { findPrice } from './pricing';

/** The first instant of the current calendar month, UTC. */
export function monthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

export function budgetStatus(log: ActivityLogStore, settings: AiSettings, now: Date): BudgetStatus {
  const start = monthStart(now);
  const { spentUsd, calls, unpricedCalls } = log.spentSince(start.toISOString());
  const cap = settings.monthlyBudgetUsd;
  return {
    month: start.toISOString().slice(0, 7),
    spentUsd,
    capUsd: cap,
    remainingUsd: cap === null ? null : Math.max(0, cap - spentUsd),
    calls,
    unpricedCalls,
  };
}

/**
 * Whether a call to this provider counts against the budget: cloud providers always (even when
 * the price table has no row for the model), OpenAI-compatible servers only when priced above
 * zero (they are often a local Ollama), on-device never.
 */
export function isMetered(settings: AiSettings, provider: ProviderConfig): boolean {
  if (provider.kind === 'local') return false;
  const price = findPrice(settings.prices, provider.kind, provider.model);
  if (provider.kind === 'openai-compatible')
    return Boolean(price && (price.inputPerMTok > 0 || price.outputPerMTok > 0));
  return true;
}

/**
 * Throws BUDGET when the monthly cap is reached, or when the input of this call alone would pass it.
 */
export function assertWithinBudget(
  log: ActivityLogStore,
  settings: AiSettings,
  provider: ProviderConfig,
  estimatedInputTokens: number,
  now: Date,
): void {
  if (settings.monthlyBudgetUsd === null || !isMetered(settings, provider)) return;
  const status = budgetStatus(log, settings, now);
  const price = findPrice(settings.prices, provider.kind, provider.model);
  if (!price && !settings.allowUnpricedModels) {
    throw new AppError(
      'BUDGET',
      `Jobsmith has no price for ${provider.model || 'this model'} (${provider.label}), so it cannot keep the call within your monthly budget. ` +
        'Add its price in Settings → AI, or allow models of unknown cost there.',
      { providerId: provider.id, retryable: false, unpriced: true, model: provider.model },
    );
  }
  const inputCost = price ? (estimatedInputTokens * price.inputPerMTok) / 1_000_000 : 0;
  if (status.spentUsd + inputCost < settings.monthlyBudgetUsd) return;
  throw new AppError(
    'BUDGET',
    `The monthly AI budget of $${settings.monthlyBudgetUsd.toFixed(2)} is reached ($${status.spentUsd.toFixed(2)} spent in ${status.month}). ` +
      'Raise it in Settings → AI, or use an on-device model, which costs nothing.',
    { providerId: provider.id, retryable: false, spentUsd: status.spentUsd, capUsd: settings.monthlyBudgetUsd },
  );
}
