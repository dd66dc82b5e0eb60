import type { AiSettings, ProviderConfig, TokenUsage } from '../../../shared/domain/ai';
import { AppError } from '../../../shared/ipc/result';
import type { ActivityLogStore } from './activity-log';
import type { ModelProvider, ProviderRequest, ProviderResponse } from './provider';
import { costOf } from './pricing';
import { retryDelay, sleep, type BackoffPolicy } from '../net/retry-policy';
import { errorDetails, providerError } from './resilience/provider-error';

export interface CallContext {
  requestId: string;
  task: string;
  config: ProviderConfig;
  provider: ModelProvider;
  settings: AiSettings;
  log: ActivityLogStore;
  backoff: BackoffPolicy;
  signal: AbortSignal;
  now: () => Date;
  /** Runs before every attempt (the budget check). */
  beforeAttempt: () => void;
  onText?: (delta: string, restart: boolean) => void;
}

/** What the caller asks for; the model, the signal and the text callback come from the context. */
export type CallInput = Omit<ProviderRequest, 'model' | 'signal' | 'onText'>;

export interface CallOutput {
  response: ProviderResponse;
  latencyMs: number;
  costUsd: number | null;
  /** Writes the call to the activity log once the caller knows whether the output was usable. */
  commit(outcome: 'ok' | 'invalid_output', reason?: string): void;
}

/**
 * One provider, one request: a per-attempt timeout, retries with backoff on retryable errors
 * (429, 5xx, network, timeout) honouring Retry-After, every attempt written to the activity log.
 */
export async function callWithRetries(ctx: CallContext, input: CallInput): Promise<CallOutput> {
  const { config } = ctx;
  const sent = JSON.stringify({
    system: input.system ?? null,
    messages: input.messages,
    schema: input.jsonSchema?.schema ?? null,
  });
  for (let attempt = 0; ; attempt++) {
    ctx.beforeAttempt();
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), config.timeoutMs);
    const signal = AbortSignal.any([ctx.signal, timeout.signal]);
    const started = performance.now();
    let restart = true;
    const write = (
      outcome: Parameters<CallOutput['commit']>[0] | 'error' | 'cancelled',
      extra: {
        received?: string;
        usage?: TokenUsage;
        cost?: number | null;
        firstTokenMs?: number | null;
        model?: string;
        error?: AppError;
      },
    ): void => {
      ctx.log.record({
        requestId: ctx.requestId,
        task: ctx.task,
        providerId: config.id,
        providerKind: config.kind,
        model: extra.model ?? config.model,
        sent,
        received: extra.received ?? '',
        inputTokens: extra.usage?.inputTokens ?? 0,
        outputTokens: extra.usage?.outputTokens ?? 0,
        costUsd: extra.cost ?? (extra.usage ? null : 0),
        latencyMs: Math.round(performance.now() - started),
        firstTokenMs: extra.firstTokenMs ?? null,
        outcome,
        errorCode: extra.error?.code ?? null,
        errorMessage: extra.error?.message ?? null,
        createdAt: ctx.now().toISOString(),
      });
    };
    try {
      const response = await ctx.provider.generate({
        model: config.model,
        ...(input.system !== undefined ? { system: input.system } : {}),
        messages: input.messages,
        ...(input.jsonSchema ? { jsonSchema: input.jsonSchema } : {}),
        maxTokens: input.maxTokens,
        ...(input.temperature !== undefined ? { temperature: input.temperature } : {}),
        stream: input.stream,
        signal,
        onText: (delta) => {
          ctx.onText?.(delta, restart);
          restart = false;
        },
      });
      const latencyMs = Math.round(performance.now() - started);
      const costUsd =
        costOf(ctx.settings.prices, config.kind, response.model, response.usage) ??
        costOf(ctx.settings.prices, config.kind, config.model, response.usage);
      return {
        response,
        latencyMs,
        costUsd,
        commit: (outcome, reason) =>
          write(outcome, {
            received: response.text,
            usage: response.usage,
            cost: costUsd,
            firstTokenMs: response.firstTokenMs,
            model: response.model,
            ...(reason ? { error: new AppError('PROVIDER', reason) } : {}),
          }),
      };
    } catch (thrown) {
      let error =
        thrown instanceof AppError
          ? thrown
          : providerError('PROVIDER', `${config.label} failed: ${String(thrown)}`, {
              providerId: config.id,
              retryable: false,
            });
      if (ctx.signal.aborted) {
        error = new AppError('CANCELLED', 'The request was cancelled.', { providerId: config.id, retryable: false });
        write('cancelled', { error });
        throw error;
      }
      if (timeout.signal.aborted) {
        error = providerError(
          'TIMEOUT',
          `${config.label} did not answer within ${Math.round(config.timeoutMs / 1000)} s.`,
          {
            providerId: config.id,
            retryable: true,
          },
        );
      }
      write('error', { error });
      const details = errorDetails(error);
      if (!details?.retryable || attempt >= config.maxRetries) throw error;
      const delay = retryDelay(attempt, details.retryAfterMs, ctx.backoff);
      if (delay === null) throw error;
      await sleep(delay, ctx.signal);
    } finally {
      clearTimeout(timer);
    }
  }
}
