import type { ProviderKind } from '../../../shared/domain/ai';

/**
 * What a model family accepts. OpenAI's reasoning models (o-series, gpt-5 and later, except the `-chat`
 * variants) reject any temperature but the default with a 400, and count hidden reasoning tokens against
 * `max_completion_tokens`: a small budget can come back empty.
 */
export interface ModelTraits {
  reasoning: boolean;
  acceptsTemperature: boolean;
}

const OPENAI_REASONING = /^(?:o\d(?:-|$)|gpt-5(?!(?:\.\d+)?-chat))/i;

export function modelTraits(kind: ProviderKind, model: string): ModelTraits {
  // Proxies (OpenRouter, Azure-style gateways) name the same models with a vendor prefix.
  const name = model.trim().replace(/^openai\//i, '');
  const reasoning = (kind === 'openai' || kind === 'openai-compatible') && OPENAI_REASONING.test(name);
  return { reasoning, acceptsTemperature: !reasoning };
}

/** Tokens a reasoning model may spend thinking before it writes the answer. */
export const REASONING_ALLOWANCE_TOKENS = 4096;

/** The output budget to ask for: the answer's budget, plus room to reason where the model reasons first. */
export function outputBudget(traits: ModelTraits, answerTokens: number): number {
  return traits.reasoning ? answerTokens + REASONING_ALLOWANCE_TOKENS : answerTokens;
}
