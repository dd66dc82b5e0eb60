import OpenAI from 'openai';
import type {
  ChatCompletionChunk,
  ChatCompletionCreateParamsBase,
} from 'openai/resources/chat/completions/completions';
import type { StructuredMode } from '../../../../shared/domain/ai';
import type { FetchLike, ModelProvider, ProviderRequest, ProviderResponse } from '../provider';
import { classifyProviderError } from '../resilience/provider-error';
import { modelTraits, outputBudget } from '../model-traits';
import { estimateTokens } from '../pricing';
import { toOpenAiStrictSchema } from '../schema-dialects';

export interface OpenAiProviderOptions {
  id: string;
  kind: 'openai' | 'openai-compatible';
  label: string;
  apiKey: string | null;
  baseUrl?: string;
  structuredMode?: StructuredMode;
  fetch?: FetchLike;
}

/**
 * OpenAI chat completions, and every server that speaks the same protocol (Ollama, LM Studio,
 * OpenRouter, Groq, vLLM) through `baseUrl`. Structured output via `response_format` json_schema
 * (default), json_object, or a forced function call ("tool").
 */
export function createOpenAiProvider(options: OpenAiProviderOptions): ModelProvider {
  const kind = options.kind;
  const mode: StructuredMode =
    options.structuredMode === 'tool' || options.structuredMode === 'json_object'
      ? options.structuredMode
      : 'json_schema';
  const client = new OpenAI({
    // Local servers (Ollama, LM Studio) accept any key; the SDK insists on a non-empty one.
    apiKey: options.apiKey ?? 'no-key',
    baseURL: options.baseUrl || undefined,
    maxRetries: 0, // AiService retries, honouring Retry-After
    timeout: 600_000, // AiService enforces the real timeout through the AbortSignal
    ...(options.fetch ? { fetch: options.fetch as never } : {}),
  });

  async function generate(request: ProviderRequest): Promise<ProviderResponse> {
    const started = performance.now();
    const params = buildParams(request);
    try {
      if (!request.stream) {
        const completion = await client.chat.completions.create(
          { ...params, stream: false },
          { signal: request.signal },
        );
        const choice = completion.choices[0];
        const text =
          mode === 'tool' && request.jsonSchema
            ? (choice?.message.tool_calls?.find((c) => c.type === 'function')?.function.arguments ??
              choice?.message.content ??
              '')
            : (choice?.message.content ?? '');
        return {
          text,
          usage: {
            inputTokens: completion.usage?.prompt_tokens ?? estimateTokens(JSON.stringify(params.messages)),
            outputTokens: completion.usage?.completion_tokens ?? estimateTokens(text),
          },
          model: completion.model || request.model,
          firstTokenMs: null,
          finishReason: choice?.finish_reason ?? null,
        };
      }
      const stream = await client.chat.completions.create(
        { ...params, stream: true, stream_options: { include_usage: true } },
        { signal: request.signal },
      );
      let text = '';
      let firstTokenMs: number | null = null;
      let usage: ChatCompletionChunk['usage'] = null;
      let model = request.model;
      let finishReason: string | null = null;
      for await (const chunk of stream) {
        if (chunk.model) model = chunk.model;
        if (chunk.usage) usage = chunk.usage;
        const choice = chunk.choices[0];
        if (!choice) continue;
        if (choice.finish_reason) finishReason = choice.finish_reason;
        const delta = choice.delta.content ?? choice.delta.tool_calls?.[0]?.function?.arguments ?? '';
        if (!delta) continue;
        firstTokenMs ??= Math.round(performance.now() - started);
        text += delta;
        request.onText?.(delta);
      }
      return {
        text,
        usage: {
          inputTokens: usage?.prompt_tokens ?? estimateTokens(JSON.stringify(params.messages)),
          outputTokens: usage?.completion_tokens ?? estimateTokens(text),
        },
        model,
        firstTokenMs,
        finishReason,
      };
    } catch (error) {
      throw classifyProviderError(error, options.id, options.label);
    }
  }

  function buildParams(request: ProviderRequest): ChatCompletionCreateParamsBase {
    const messages: ChatCompletionCreateParamsBase['messages'] = [];
    if (request.system) messages.push({ role: 'system', content: request.system });
    for (const m of request.messages) messages.push({ role: m.role, content: m.content });
    const params: ChatCompletionCreateParamsBase = { model: request.model, messages };
    const traits = modelTraits(kind, request.model);
    const budget = outputBudget(traits, request.maxTokens);
    if (kind === 'openai' || traits.reasoning) params.max_completion_tokens = budget;
    else params.max_tokens = budget;
    if (request.temperature !== undefined && traits.acceptsTemperature) params.temperature = request.temperature;
    const spec = request.jsonSchema;
    if (!spec) return params;
    if (mode === 'json_schema') {
      params.response_format = {
        type: 'json_schema',
        // Strict: the server guarantees the shape (the schema rewritten as strict mode requires).
        json_schema: { name: spec.name, schema: toOpenAiStrictSchema(spec.schema), strict: true },
      };
    } else if (mode === 'json_object') {
      params.response_format = { type: 'json_object' };
    } else {
      params.tools = [{ type: 'function', function: { name: spec.name, parameters: spec.schema } }];
      params.tool_choice = { type: 'function', function: { name: spec.name } };
    }
    return params;
  }

  return { id: options.id, kind, generate };
}
