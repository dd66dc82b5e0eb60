import type { ProviderKind, TokenUsage } from '../../../shared/domain/ai';

/**
 * The one interface every model provider implements: cloud (Anthropic, OpenAI, OpenAI-compatible)
 * and on-device (llama.cpp). A provider makes exactly one request; retries, fallback, budget,
 * parsing and the activity log live in `AiService`.
 */
export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface JsonSchemaSpec {
  /** A short identifier: used as the tool / schema name on the cloud. */
  name: string;
  schema: Record<string, unknown>;
}

export interface ProviderRequest {
  model: string;
  system?: string;
  messages: ChatMessage[];
  /** When set, the provider constrains its output to this JSON schema as far as it can. */
  jsonSchema?: JsonSchemaSpec;
  maxTokens: number;
  temperature?: number;
  /** Stream partial output through `onText`. */
  stream: boolean;
  onText?: (delta: string) => void;
  /** Aborts the request at the provider (user cancel or timeout). */
  signal: AbortSignal;
}

export interface ProviderResponse {
  text: string;
  usage: TokenUsage;
  /** The model that actually answered, as the provider reports it. */
  model: string;
  /** Milliseconds from the request to the first streamed text; null when not streamed. */
  firstTokenMs: number | null;
  finishReason: string | null;
}

export interface ModelProvider {
  readonly id: string;
  readonly kind: ProviderKind;
  generate(request: ProviderRequest): Promise<ProviderResponse>;
}

/** A fetch-compatible function; cloud SDKs are given the core network gateway's one. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
