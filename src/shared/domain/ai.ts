import { z } from 'zod';

/**
 * AI domain: model providers (cloud and on-device), prices, budget, the activity log and
 * on-device model files. Shared with the renderer; API keys never appear in any of these shapes.
 */

export const ProviderKind = z.enum(['anthropic', 'openai', 'openai-compatible', 'local']);
export type ProviderKind = z.infer<typeof ProviderKind>;

/** How a cloud provider is asked for structured output. */
export const StructuredMode = z.enum(['json_schema', 'tool', 'json_object']);
export type StructuredMode = z.infer<typeof StructuredMode>;

export const ProviderId = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes');

export const ProviderConfig = z.object({
  id: ProviderId,
  kind: ProviderKind,
  label: z.string().trim().min(1).max(80),
  enabled: z.boolean().default(true),
  /** For openai-compatible servers (Ollama, LM Studio, OpenRouter, Groq, vLLM) and proxies. */
  baseUrl: z.string().trim().max(500).optional(),
  /** Cloud: the model name. Local: the absolute path of a .gguf file. */
  model: z.string().trim().max(500).default(''),
  structuredMode: StructuredMode.optional(),
  timeoutMs: z.number().int().min(1000).max(600_000).default(60_000),
  maxRetries: z.number().int().min(0).max(6).default(2),
});
export type ProviderConfig = z.infer<typeof ProviderConfig>;

/** A row of the price table: USD per million tokens. `model` matches exactly or as a prefix ending in `*`. */
export const PriceEntry = z.object({
  kind: ProviderKind,
  model: z.string().trim().min(1).max(200),
  inputPerMTok: z.number().min(0).max(10_000),
  outputPerMTok: z.number().min(0).max(10_000),
  /** When this price was published (YYYY-MM-DD); absent on rows the user added. */
  asOf: z.string().max(20).optional(),
  /** Where the price is listed. */
  source: z.string().max(300).optional(),
});
export type PriceEntry = z.infer<typeof PriceEntry>;

export const AiSettings = z.object({
  /** The fallback chain, in the order the user chose. */
  providers: z.array(ProviderConfig).max(20),
  prices: z.array(PriceEntry).max(500),
  /** Monthly budget cap in USD; null means no cap. */
  monthlyBudgetUsd: z.number().min(0).max(100_000).nullable(),
  /**
   * Whether a metered model with no row in the price table may be called while a budget is set. Its cost is
   * unknown, so by default it is refused rather than counted as $0.
   */
  allowUnpricedModels: z.boolean().default(false),
  /** Minutes after which an idle on-device model is unloaded. */
  localIdleUnloadMinutes: z.number().int().min(1).max(1440).default(10),
  localContextSize: z.number().int().min(256).max(131_072).default(4096),
});
export type AiSettings = z.infer<typeof AiSettings>;

export const TokenUsage = z.object({
  inputTokens: z.number().int().min(0),
  outputTokens: z.number().int().min(0),
});
export type TokenUsage = z.infer<typeof TokenUsage>;

export const CallOutcome = z.enum(['ok', 'error', 'cancelled', 'invalid_output', 'blocked']);
export type CallOutcome = z.infer<typeof CallOutcome>;

/** One row of the activity log: exactly what left the machine, and what came back. */
export const ActivityEntry = z.object({
  id: z.number().int(),
  requestId: z.string(),
  task: z.string(),
  providerId: z.string(),
  providerKind: ProviderKind,
  model: z.string(),
  /** The system prompt, the messages and the data, as sent. */
  sent: z.string(),
  received: z.string(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  /** null when the price table has no row for this model. */
  costUsd: z.number().nullable(),
  latencyMs: z.number().int(),
  firstTokenMs: z.number().int().nullable(),
  outcome: CallOutcome,
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  createdAt: z.string(),
});
export type ActivityEntry = z.infer<typeof ActivityEntry>;

export const ActivityQuery = z.object({
  search: z.string().trim().max(200).optional(),
  providerId: z.string().max(40).optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});
export type ActivityQuery = z.infer<typeof ActivityQuery>;

export const BudgetStatus = z.object({
  month: z.string(),
  spentUsd: z.number(),
  capUsd: z.number().nullable(),
  remainingUsd: z.number().nullable(),
  calls: z.number().int(),
  /** Calls this month whose cost is unknown (no price row); not included in spentUsd. */
  unpricedCalls: z.number().int().default(0),
});
export type BudgetStatus = z.infer<typeof BudgetStatus>;

export const PingResult = z.object({
  provider: z.string(),
  providerKind: ProviderKind,
  model: z.string(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  costUsd: z.number().nullable(),
  latencyMs: z.number().int(),
  firstTokenMs: z.number().int().nullable(),
  parsed: z.unknown(),
});
export type PingResult = z.infer<typeof PingResult>;

/** Partial output of a running generation, pushed as a contract event. */
export const AiStreamEvent = z.object({
  requestId: z.string(),
  providerId: z.string(),
  delta: z.string(),
  /** True when a new attempt (retry, repair or fallback) starts: drop the text shown so far. */
  restart: z.boolean(),
  done: z.boolean(),
});
export type AiStreamEvent = z.infer<typeof AiStreamEvent>;

export const LocalModelFile = z.object({
  fileName: z.string(),
  path: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string().nullable(),
  /** True when the sha256 matched a published checksum (Hugging Face's, or one the user gave). */
  checksumVerified: z.boolean(),
  modifiedAt: z.string(),
});
export type LocalModelFile = z.infer<typeof LocalModelFile>;

export const ModelRecommendation = z.object({
  id: z.string(),
  label: z.string(),
  uri: z.string(),
  sizeBytes: z.number().int(),
  fits: z.boolean(),
  recommended: z.boolean(),
  reason: z.string(),
});
export type ModelRecommendation = z.infer<typeof ModelRecommendation>;

export const HardwareInfo = z.object({
  totalRamBytes: z.number(),
  freeRamBytes: z.number(),
  gpu: z.string().nullable(),
  totalVramBytes: z.number(),
  freeVramBytes: z.number(),
  cpuCores: z.number().int(),
});
export type HardwareInfo = z.infer<typeof HardwareInfo>;

export const ModelDownloadStatus = z.object({
  downloadId: z.string(),
  uri: z.string(),
  fileName: z.string().nullable(),
  downloadedBytes: z.number(),
  totalBytes: z.number(),
  state: z.enum(['downloading', 'verifying', 'done', 'failed', 'cancelled']),
  error: z.string().nullable(),
});
export type ModelDownloadStatus = z.infer<typeof ModelDownloadStatus>;

/** Which providers have a key stored, never the key itself. */
export const KeyStatus = z.object({
  providerId: z.string(),
  hasKey: z.boolean(),
  source: z.enum(['store', 'env', 'none']),
});
export type KeyStatus = z.infer<typeof KeyStatus>;
