import Anthropic from '@anthropic-ai/sdk';
import type { MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages/messages';
import type { StructuredMode } from '../../../../shared/domain/ai';
import type { FetchLike, ModelProvider, ProviderRequest, ProviderResponse } from '../provider';
import { classifyProviderError } from '../resilience/provider-error';
import { toAnthropicSchema } from '../schema-dialects';

export interface AnthropicProviderOptions {
  id: string;
  label: string;
  apiKey: string | null;
  baseUrl?: string;
  /** 'tool' (default): a forced tool call whose input is the result; 'json_schema': output_config.format. */
  structuredMode?: StructuredMode;
  fetch?: FetchLike;
}

/** Anthropic Messages API, plain or streamed (SSE), structured through a forced tool call. */
export function createAnthropicProvider(options: AnthropicProviderOptions): ModelProvider {
  const mode: 'tool' | 'json_schema' = options.structuredMode === 'json_schema' ? 'json_schema' : 'tool';
  const client = new Anthropic({
    apiKey: options.apiKey ?? '',
    baseURL: options.baseUrl || undefined,
    maxRetries: 0,
    timeout: 600_000,
    ...(options.fetch ? { fetch: options.fetch as never } : {}),
  });

  async function generate(request: ProviderRequest): Promise<ProviderResponse> {
    const started = performance.now();
    const params = buildParams(request);
    try {
      if (!request.stream) {
        const message = await client.messages.create({ ...params, stream: false }, { signal: request.signal });
        let text = '';
        for (const block of message.content) {
          if (block.type === 'tool_use') text = JSON.stringify(block.input);
          else if (block.type === 'text' && !(mode === 'tool' && params.tools)) text += block.text;
        }
        return {
          text,
          usage: { inputTokens: message.usage.input_tokens, outputTokens: message.usage.output_tokens },
          model: message.model || request.model,
          firstTokenMs: null,
          finishReason: message.stop_reason ?? null,
        };
      }
      const stream = await client.messages.create({ ...params, stream: true }, { signal: request.signal });
      let text = '';
      let firstTokenMs: number | null = null;
      let inputTokens = 0;
      let outputTokens = 0;
      let model = request.model;
      let finishReason: string | null = null;
      const wantTool = mode === 'tool' && Boolean(params.tools);
      for await (const event of stream) {
        if (event.type === 'message_start') {
          model = event.message.model || model;
          inputTokens = event.message.usage.input_tokens;
          outputTokens = event.message.usage.output_tokens;
        } else if (event.type === 'message_delta') {
          outputTokens = event.usage.output_tokens ?? outputTokens;
          if (event.usage.input_tokens) inputTokens = event.usage.input_tokens;
          finishReason = event.delta.stop_reason ?? finishReason;
        } else if (event.type === 'content_block_delta') {
          const delta =
            event.delta.type === 'input_json_delta'
              ? event.delta.partial_json
              : event.delta.type === 'text_delta' && !wantTool
                ? event.delta.text
                : '';
          if (!delta) continue;
          firstTokenMs ??= Math.round(performance.now() - started);
          text += delta;
          request.onText?.(delta);
        }
      }
      return { text, usage: { inputTokens, outputTokens }, model, firstTokenMs, finishReason };
    } catch (error) {
      throw classifyProviderError(error, options.id, options.label);
    }
  }

  function buildParams(request: ProviderRequest): MessageCreateParamsBase {
    const params: MessageCreateParamsBase = {
      model: request.model,
      max_tokens: request.maxTokens,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
    };
    if (request.system) params.system = request.system;
    // No temperature: this SDK version no longer accepts it on the Messages API.
    const spec = request.jsonSchema;
    if (!spec) return params;
    if (mode === 'json_schema') {
      // Constraints the format rejects (maxLength, minimum, ...) are removed here and checked locally by zod.
      params.output_config = { format: { type: 'json_schema', schema: toAnthropicSchema(spec.schema) } };
    } else {
      params.tools = [
        {
          name: spec.name,
          description: 'Return the result in exactly this structure.',
          input_schema: { type: 'object', ...spec.schema } as never,
        },
      ];
      params.tool_choice = { type: 'tool', name: spec.name };
    }
    return params;
  }

  return { id: options.id, kind: 'anthropic', generate };
}
