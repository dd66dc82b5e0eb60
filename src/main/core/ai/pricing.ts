import type { PriceEntry, ProviderKind, TokenUsage } from '../../../shared/domain/ai';
import { PRICE_TABLE } from './pricing-table';

/** The shipped price table (see pricing-table.ts for dates and sources). */
export const DEFAULT_PRICES: PriceEntry[] = PRICE_TABLE;

/** A dated snapshot of a model id: `-2025-04-14` or `-20251001`. */
const SNAPSHOT = /^-(?:\d{4}-\d{2}-\d{2}|\d{8})$/;

function matches(pattern: string, model: string): boolean {
  if (pattern.endsWith('*')) return model.startsWith(pattern.slice(0, -1));
  return pattern === model || (model.startsWith(pattern) && SNAPSHOT.test(model.slice(pattern.length)));
}

/** The most specific row (exact beats the longest prefix) for this provider kind and model. */
export function findPrice(prices: PriceEntry[], kind: ProviderKind, model: string): PriceEntry | null {
  let best: PriceEntry | null = null;
  let bestScore = -1;
  for (const row of prices) {
    if (row.kind !== kind || !matches(row.model, model)) continue;
    // Exact id beats a dated snapshot of a row's id, which beats any wildcard prefix (longest first).
    const score = row.model.endsWith('*')
      ? row.model.length - 1
      : row.model === model
        ? Number.MAX_SAFE_INTEGER
        : 1_000_000 + row.model.length;
    if (score > bestScore) {
      best = row;
      bestScore = score;
    }
  }
  return best;
}

/** Cost in USD of one call; null when the table has no price for the model (an unknown cost, never $0). */
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
