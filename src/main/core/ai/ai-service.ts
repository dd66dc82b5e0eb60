import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AiSettings, AiStreamEvent, ProviderConfig, ProviderKind, TokenUsage } from '../../../shared/domain/ai';
import { AppError } from '../../../shared/ipc/result';
import type { ActivityLogStore } from './activity-log';
import { assertWithinBudget } from './budget';
import { callWithRetries, type CallContext } from './provider-call';
import type { ChatMessage, ModelProvider } from './provider';
import { estimateTokens } from './pricing';
import { DEFAULT_BACKOFF, type BackoffPolicy } from '../net/retry-policy';
import { createCircuitBreakers, type CircuitBreakers } from './resilience/circuit-breaker';
import { isRetryable } from './resilience/provider-error';
import { jsonInstruction, jsonSchemaFor, parseStructured, repairMessage } from './structured-output';

export interface StructuredRequest<T> {
  /** What the call is for, e.g. `profile.extract`; shown in the activity log. */
  task: string;
  schema: z.ZodType<T>;
  system?: string;
  /** The instruction. */
  prompt: string;
  /** The user's data the instruction works on (a CV, a job posting), sent after the prompt. */
  data?: string;
  maxTokens?: number;
  temperature?: number;
  stream?: boolean;
  signal?: AbortSignal;
  requestId?: string;
  /** Use these providers (in this order) instead of the user's chain, e.g. for "test connection". */
  providerIds?: string[];
  /** Use exactly these provider configs (the CLI's `ai ping` with flags). */
  providers?: ProviderConfig[];
  /**
   * An explicit request by the user (the "Test connection" button): it goes through even when the provider's
   * circuit breaker is open, and its success closes the breaker.
   */
  bypassBreaker?: boolean;
  onText?: (delta: string, restart: boolean) => void;
}

export interface StructuredResult<T> {
  value: T;
  requestId: string;
  providerId: string;
  providerKind: ProviderKind;
  model: string;
  usage: TokenUsage;
  costUsd: number | null;
  latencyMs: number;
  firstTokenMs: number | null;
  /** Provider calls made in all (retries and repairs included). */
  calls: number;
}

export interface AiServiceDeps {
  settings: () => AiSettings;
  /** Builds the provider for a config (with its key and the network gateway's fetch). */
  createProvider: (config: ProviderConfig) => Promise<ModelProvider>;
  log: ActivityLogStore;
  onStream?: (event: AiStreamEvent) => void;
  breakers?: CircuitBreakers;
  backoff?: BackoffPolicy;
  now?: () => Date;
  /** Repair rounds after output that does not parse (each is one more call). */
  repairRounds?: number;
}

/**
 * Structured generation over the user's ordered fallback chain: budget, circuit breaker, retries,
 * parse-or-repair, activity log and streaming events. The only way the rest of the app calls a model.
 */
export function createAiService(deps: AiServiceDeps) {
  const running = new Map<string, AbortController>();
  const breakers: CircuitBreakers = deps.breakers ?? createCircuitBreakers();

  /** Cancels a running request; true when there was one. */
  function cancel(requestId: string): boolean {
    const controller = running.get(requestId);
    controller?.abort();
    return Boolean(controller);
  }

  async function generate<T>(request: StructuredRequest<T>): Promise<StructuredResult<T>> {
    const requestId = request.requestId ?? randomUUID();
    const settings = deps.settings();
    const chain = request.providers ?? chainFor(settings, request.providerIds);
    const controller = new AbortController();
    const onOuterAbort = (): void => controller.abort();
    request.signal?.addEventListener('abort', onOuterAbort, { once: true });
    if (request.signal?.aborted) controller.abort();
    running.set(requestId, controller);
    const failures: { providerId: string; error: AppError }[] = [];
    try {
      for (const config of chain) {
        const breaker = breakers.for(config.id);
        if (request.bypassBreaker) breaker.reset();
        if (!breaker.tryAcquire()) {
          const seconds = Math.ceil(breaker.retryInMs() / 1000);
          failures.push({
            providerId: config.id,
            error: new AppError('PROVIDER', `${config.label} is paused for ${seconds} s after repeated failures.`),
          });
          continue;
        }
        try {
          const result = await runOn(config, settings, request, requestId, controller.signal);
          breaker.recordSuccess();
          emit({ requestId, providerId: config.id, delta: '', restart: false, done: true });
          return result;
        } catch (thrown) {
          const error = thrown instanceof AppError ? thrown : new AppError('INTERNAL', String(thrown));
          if (error.code === 'CANCELLED' || controller.signal.aborted) {
            breaker.release();
            throw new AppError('CANCELLED', 'The request was cancelled.');
          }
          // Only transient trouble (5xx, 429, network, timeouts that outlived the retries) counts
          // against a provider's health; a missing key or an over-budget month does not.
          if (isRetryable(error)) breaker.recordFailure();
          else breaker.release();
          failures.push({ providerId: config.id, error });
        }
      }
      throw summarise(failures);
    } finally {
      request.signal?.removeEventListener('abort', onOuterAbort);
      running.delete(requestId);
    }
  }

  function chainFor(settings: AiSettings, ids: string[] | undefined): ProviderConfig[] {
    const chain = ids
      ? ids.map((id) => settings.providers.find((p) => p.id === id)).filter((p): p is ProviderConfig => Boolean(p))
      : settings.providers.filter((p) => p.enabled);
    if (chain.length === 0) {
      throw new AppError(
        'PROVIDER',
        'No AI provider is set up. Add one in Settings → AI (a cloud key or an on-device model).',
      );
    }
    return chain;
  }

  async function runOn<T>(
    config: ProviderConfig,
    settings: AiSettings,
    request: StructuredRequest<T>,
    requestId: string,
    signal: AbortSignal,
  ): Promise<StructuredResult<T>> {
    const spec = jsonSchemaFor(request.task, request.schema);
    const system = [request.system, jsonInstruction(spec)].filter(Boolean).join('\n\n');
    const firstMessage = request.data ? `${request.prompt}\n\n${request.data}` : request.prompt;
    const messages: ChatMessage[] = [{ role: 'user', content: firstMessage }];
    const now = deps.now ?? (() => new Date());
    const estimatedInput = estimateTokens(system + firstMessage);
    assertWithinBudget(deps.log, settings, config, estimatedInput, now());
    const provider = await deps.createProvider(config);
    const ctx: CallContext = {
      requestId,
      task: request.task,
      config,
      provider,
      settings,
      log: deps.log,
      backoff: deps.backoff ?? DEFAULT_BACKOFF,
      signal,
      now,
      beforeAttempt: () => assertWithinBudget(deps.log, settings, config, estimatedInput, now()),
      onText: (delta, restart) => {
        request.onText?.(delta, restart);
        emit({ requestId, providerId: config.id, delta, restart, done: false });
      },
    };
    const usage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
    let cost: number | null = 0;
    let latencyMs = 0;
    let calls = 0;
    const rounds = deps.repairRounds ?? 1;
    let lastReason = '';
    for (let round = 0; round <= rounds; round++) {
      const out = await callWithRetries(ctx, {
        system,
        messages,
        jsonSchema: spec,
        maxTokens: request.maxTokens ?? 1024,
        ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
        stream: request.stream ?? false,
      });
      calls += 1;
      usage.inputTokens += out.response.usage.inputTokens;
      usage.outputTokens += out.response.usage.outputTokens;
      cost = cost === null || out.costUsd === null ? null : cost + out.costUsd;
      latencyMs += out.latencyMs;
      const parsed = parseStructured(out.response.text, request.schema, spec);
      if (parsed.ok) {
        out.commit('ok');
        return {
          value: parsed.value,
          requestId,
          providerId: config.id,
          providerKind: config.kind,
          model: out.response.model,
          usage,
          costUsd: cost,
          latencyMs,
          firstTokenMs: out.response.firstTokenMs,
          calls,
        };
      }
      lastReason = parsed.reason;
      out.commit('invalid_output', `The reply is ${parsed.reason}`);
      messages.push(
        { role: 'assistant', content: out.response.text },
        { role: 'user', content: repairMessage(parsed.reason, spec) },
      );
    }
    throw new AppError('PROVIDER', `${config.label} returned output that could not be used (${lastReason}).`, {
      providerId: config.id,
      retryable: false,
    });
  }

  function emit(event: AiStreamEvent): void {
    deps.onStream?.(event);
  }

  return { breakers, cancel, generate };
}
export type AiService = ReturnType<typeof createAiService>;

function summarise(failures: { providerId: string; error: AppError }[]): AppError {
  if (failures.length === 1) return failures[0]!.error;
  const codes = new Set(failures.map((f) => f.error.code));
  const code = codes.size === 1 ? failures[0]!.error.code : 'PROVIDER';
  const message = `No AI provider could complete this. ${failures.map((f) => f.error.message).join(' ')}`;
  return new AppError(code, message, {
    failures: failures.map((f) => ({ providerId: f.providerId, code: f.error.code, message: f.error.message })),
  });
}
