import type { PriceEntry, ProviderKind, TokenUsage } from '../../../shared/domain/ai';

/**
 * The default price table (USD per million tokens), which the user can edit in Settings → AI.
 * Prices change; these are list prices at the time of writing and are only a starting point.
 * `*` at the end of a model name matches any model that starts with the rest.
 */
export const DEFAULT_PRICES: PriceEntry[] = [
  { kind: 'openai', model: 'gpt-4o-mini*', inputPerMTok: 0.15, outputPerMTok: 0.6 },
  { kind: 'openai', model: 'gpt-4o*', inputPerMTok: 2.5, outputPerMTok: 10 },
  { kind: 'openai', model: 'gpt-4.1-nano*', inputPerMTok: 0.1, outputPerMTok: 0.4 },
  { kind: 'openai', model: 'gpt-4.1-mini*', inputPerMTok: 0.4, outputPerMTok: 1.6 },
  { kind: 'openai', model: 'gpt-4.1*', inputPerMTok: 2, outputPerMTok: 8 },
  { kind: 'openai', model: 'gpt-5-nano*', inputPerMTok: 0.05, outputPerMTok: 0.4 },
  { kind: 'openai', model: 'gpt-5-mini*', inputPerMTok: 0.25, outputPerMTok: 2 },
  { kind: 'openai', model: 'gpt-5*', inputPerMTok: 1.25, outputPerMTok: 10 },
  { kind: 'anthropic', model: 'claude-3-5-haiku*', inputPerMTok: 0.8, outputPerMTok: 4 },
  { kind: 'anthropic', model: 'claude-haiku-4*', inputPerMTok: 1, outputPerMTok: 5 },
  { kind: 'anthropic', model: 'claude-sonnet-4*', inputPerMTok: 3, outputPerMTok: 15 },
  { kind: 'anthropic', model: 'claude-3-7-sonnet*', inputPerMTok: 3, outputPerMTok: 15 },
  { kind: 'anthropic', model: 'claude-opus-4*', inputPerMTok: 15, outputPerMTok: 75 },
  { kind: 'local', model: '*', inputPerMTok: 0, outputPerMTok: 0 },
];

function matches(pattern: string, model: string): boolean {
  return pattern.endsWith('*') ? model.startsWith(pattern.slice(0, -1)) : pattern === model;
}

/** The most specific row (exact beats the longest prefix) for this provider kind and model. */
export function findPrice(prices: PriceEntry[], kind: ProviderKind, model: string): PriceEntry | null {
  let best: PriceEntry | null = null;
  let bestScore = -1;
  for (const row of prices) {
    if (row.kind !== kind || !matches(row.model, model)) continue;
    const score = row.model.endsWith('*') ? row.model.length - 1 : Number.MAX_SAFE_INTEGER;
    if (score > bestScore) {
      best = row;
      bestScore = score;
    }
  }
  return best;
}

/** Cost in USD of one call; null when the table has no price for the model. */
export function costOf(prices: PriceEntry[], kind: ProviderKind, model: string, usage: TokenUsage): number | null {
  const price = findPrice(prices, kind, model);
  if (!price) return null;
  const usd = (usage.inputTokens * price.inputPerMTok + usage.outputTokens * price.outputPerMTok) / 1_000_000;
  return Math.round(usd * 1e8) / 1e8;
}

/** A rough token count (≈4 characters per token) for when a server does not report usage. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
